"""Deprecated path: ``extract.compare`` now lives at ``extract.ask.compare``.

Kept so that ``from extract import compare`` and ``import extract.compare`` keep
working; this module *is* ``extract.ask.compare`` (the same module object, so
private names and monkeypatching behave as before).  New code should import
``extract.ask.compare``.
"""
import sys

from .ask import compare as _m

sys.modules[__name__] = _m

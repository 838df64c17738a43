"""Deprecated path: ``extract.queries`` now lives at ``extract.ask.queries``.

Kept so that ``from extract import queries`` and ``import extract.queries`` keep
working; this module *is* ``extract.ask.queries`` (the same module object, so
private names and monkeypatching behave as before).  New code should import
``extract.ask.queries``.
"""
import sys

from .ask import queries as _m

sys.modules[__name__] = _m

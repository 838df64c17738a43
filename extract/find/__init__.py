"""Find: the extraction stages, each a function of the normalised text.

In pipeline order: ``structure`` (body, heading tree, attachments) →
``metadata`` (title, issuer, region via ``regions``, dates) → ``tasks``
(numbered items; their units from ``units``: responsibility clauses, with
lists split by ``unit_lists``, division-of-labour tables in ``tables``,
unit names and department types in ``lexicon``) → ``deadlines`` →
``targets`` (numbers read by ``quantity`` and ``numerals``) → mentions and
the leading group (``units.find_mentions``, ``roster``).

The decisions are rules in ``rules/*.yaml`` (each with examples and
negatives); the Python here applies them.  Nothing here opens a database.
"""

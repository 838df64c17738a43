"""Resolve: document-wide rules, applied after every stage has run.

Empty for now.  Rules that look at a whole document at once -- a role
stated once for a whole section, a deadline given in a heading for every
task under it, a unit named by its abbreviation after its full name -- will
live here, each a function from a ``Document``'s facts to corrected facts,
called by ``pipeline.py`` after ``find`` and before the record is stored.
"""

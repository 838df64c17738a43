"""Ask: questions over a loaded database.

``lookup`` (connections, rows, plans by reference, department types) is the
ground floor; on it ``graph`` (the unit → task network), ``queries`` (who
owns what, tasks, units, targets, deadlines), ``plans`` (strict plan
references and labels), ``align`` and ``passages`` (task alignment, shared
text), ``compare`` (two or more plans side by side, rendered by ``report``)
and ``stats`` (the corpus at a glance).  Reads the database only; never
extracts.
"""

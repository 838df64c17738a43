"""Face: what a person touches.

``cli`` (the ``zhengce`` command and ``load``/``extract``/``eval``), with its
command groups ``cli_query`` (who, tasks, units, targets, deadlines, graph),
``cli_compare`` (compare, stats) and ``cli_web`` (serve, show); ``serve``
(Datasette with zhengce's plugin) and ``show`` (a plan with its facts
highlighted).  Only formats and prints: every answer comes from ``ask``.
"""

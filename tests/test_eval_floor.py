"""Accuracy only goes up: every score of `zhengce eval` stays at or above its floor.

Raise a floor when the pipeline improves; never lower one to make a change pass.
"""
import functools
from pathlib import Path

import pytest

from extract.evaluate import evaluate

ROOT = Path(__file__).resolve().parent.parent

# (gold folder, {score: floor})
FLOORS = {
    "corpus/gold": {
        "tasks.f1": 1.0, "responsibilities.f1": 1.0, "targets.f1": 1.0, "deadlines.f1": 1.0,
        "metadata.accuracy": 1.0,
        "target_fields.comparator": 1.0, "target_fields.growth": 1.0, "target_fields.per_year": 1.0,
        "target_fields.deadline": 1.0,
    },
    # The real development set (corpus/real/gold/CONVENTIONS.md): 31 real documents, PDFs
    # read as PDFs; rules are fixed against it, so these are development scores.
    "corpus/real/gold": {
        "tasks.f1": 0.996, "responsibilities.f1": 0.996, "targets.f1": 0.934, "deadlines.f1": 0.970,
        "metadata.accuracy": 0.992,
        "target_fields.comparator": 0.999, "target_fields.growth": 0.990, "target_fields.per_year": 0.984,
        "target_fields.aspirational": 0.993, "target_fields.deadline": 0.972,
    },
    # ... and per source folder (F1; metadata accuracy)
    "corpus/real/gold:zhejiang-pdf": {
        "tasks.f1": 0.999, "responsibilities.f1": 0.999, "targets.f1": 0.918, "deadlines.f1": 0.970,
        "metadata.accuracy": 0.971,
    },
    "corpus/real/gold:state-council-html": {
        "tasks.f1": 0.994, "responsibilities.f1": 0.995, "targets.f1": 0.899, "deadlines.f1": 0.961,
        "metadata.accuracy": 1.0,
    },
    "corpus/real/gold:shanghai-md": {
        "tasks.f1": 0.990, "responsibilities.f1": 0.962, "targets.f1": 0.976, "deadlines.f1": 0.999,
        "metadata.accuracy": 0.955,
    },
    "corpus/real/gold:work-reports": {"targets.f1": 0.960, "metadata.accuracy": 1.0},
    # 101 real documents, each batch scored once before anything changed (corpus/real/gold-fresh/
    # README.md): not fitted; a floor here only keeps later changes from making them worse
    "corpus/real/gold-fresh": {
        "tasks.f1": 0.988, "responsibilities.f1": 0.989, "targets.f1": 0.926, "deadlines.f1": 0.926,
        "metadata.accuracy": 0.983, "target_fields.deadline": 0.997, "target_fields.comparator": 0.990,
        "target_fields.growth": 0.964,
    },
    "corpus/real/gold-fresh:state-council-html": {"tasks.f1": 0.970, "targets.f1": 0.891, "deadlines.f1": 0.821},
    "corpus/real/gold-fresh:work-reports": {"targets.f1": 0.925},
    "corpus/real/gold-fresh:shanghai-md": {"targets.f1": 0.950, "deadlines.f1": 0.981},
    "corpus/real/gold-fresh:zhejiang-pdf": {
        "tasks.f1": 0.988, "responsibilities.f1": 0.994, "targets.f1": 0.948, "deadlines.f1": 0.960,
    },
    # 2,250 real documents of other provinces, years and fields (corpus/real/gold-probe/README.md):
    # each batch scored once before any change it prompted, then fitted (development scores;
    # batches 24-297 in part); re-based when batches 9-297 were added (a harder batch moves the set,
    # not the pipeline; on the 1,670 of before batches 216-238 tasks fell 0.892 -> 0.891 -- page marks
    # of sharing sites that had matched by containment -- and every other score held or rose; on the
    # 1,782 of before batches 232-238 every score held or rose; on the 1,835 of before batches 240-265
    # every score held or rose: 0.889 -> 0.890, 0.861, 0.813, 0.773 -> 0.774, 0.887; on the 2,037 of before
    # batches 266-273 every score held or rose: 0.891, 0.857, 0.807, 0.773 -> 0.783, 0.887; responsibilities lowered
    # 0.855 -> 0.854 only because the set grew; on the 2,095 of before batches 274-281 every score held or rose; on the
    # 2,158 of before batches 282-289 every score held or rose, responsibilities 0.854 -> 0.855, and the whole set's
    # fell to 0.852 with the batches that joined, so its floor 0.854 -> 0.851; batches 290-297 -- the last of the
    # thirty-second session, whose search budget ran out -- brought a task table and an interpretation page the
    # pipeline does not read, and tasks 0.888 -> 0.885 and responsibilities 0.851 -> 0.847 are lowered only for them:
    # on the 2,037 of the session's start every score held or rose, 0.891, 0.857 -> 0.858, 0.807, 0.773 -> 0.783,
    # 0.887 -> 0.888)
    "corpus/real/gold-probe": {
        "tasks.f1": 0.885, "responsibilities.f1": 0.847, "targets.f1": 0.805, "deadlines.f1": 0.782,
        "metadata.accuracy": 0.887,
    },
    # SYNTHETIC plans written for the tests in styles the seeds lack, and rules were tuned
    # on them (tests/data/synthetic-styles1/README.md): regression checks, not estimates
    "tests/data/synthetic-styles1/gold": {
        "tasks.f1": 1.0, "responsibilities.f1": 1.0, "targets.f1": 1.0, "deadlines.f1": 0.9917,
        "metadata.accuracy": 1.0,
        # growth: this gold (written before the real set) marks 新建/新培育/新引进 counts as rises;
        # GUIDE.md and the real set's annotators read them as counts (rules/quantity.yaml, flag.growth)
        "target_fields.comparator": 1.0, "target_fields.growth": 0.955, "target_fields.per_year": 1.0,
        "target_fields.deadline": 0.9945,
    },
    # a second SYNTHETIC set, by another annotator; rules were tuned on it too
    "tests/data/synthetic-styles2/gold": {
        "tasks.f1": 1.0, "responsibilities.f1": 1.0, "targets.f1": 0.922, "deadlines.f1": 0.9634,
        "metadata.accuracy": 0.9844,
        "target_fields.comparator": 1.0, "target_fields.growth": 0.918, "target_fields.per_year": 1.0,
        "target_fields.deadline": 0.9364,
    },
}


@functools.lru_cache(maxsize=None)
def _evaluate(folder: str):
    return evaluate(ROOT / folder)


@pytest.fixture(scope="module", params=sorted(FLOORS))
def report(request):
    folder, _, source = request.param.partition(":")
    rep = _evaluate(folder)
    if source:
        rep = rep.by_folder()[source]
    return request.param, rep.as_dict()


def test_scores_at_or_above_floor(report):
    gold, scores = report
    below = {}
    for key, floor in FLOORS[gold].items():
        group, name = key.split(".")
        value = scores[group][name] if group != "target_fields" else scores[group][name]
        if value + 1e-9 < floor:
            below[key] = (value, floor)
    assert not below, f"{gold}: scores below their floors (value, floor): {below}"

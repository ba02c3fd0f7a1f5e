"""Marking claims and entity mentions in clean text: offsets, nesting and escaping."""

from __future__ import annotations

import re

import pytest

from kg.web.marking import (
    ClaimSpan,
    Mention,
    find_mentions,
    mark_article,
    mark_quote,
    paragraph_bounds,
)

TEXT = "导语：\n据白皮书统计，微信小程序开发者突破 300 万，DAU 超过 4.5 亿。\n完"


@pytest.mark.parametrize("quote, paragraph", [
    ("DAU 超过 4.5 亿", "据白皮书统计，微信小程序开发者突破 300 万，DAU 超过 4.5 亿。"),
    ("导语", "导语："),
    ("完", "完"),
])
def test_paragraph_bounds(quote, paragraph):
    start = TEXT.index(quote)
    begin, end = paragraph_bounds(TEXT, start, start + len(quote))
    assert TEXT[begin:end] == paragraph


def test_mark_quote_escapes_the_text():
    html = mark_quote("a<b>DAU 超过 4.5 亿&c", 4, 16)
    assert str(html) == "a&lt;b&gt;<mark>DAU 超过 4.5 亿</mark>&amp;c"


@pytest.mark.parametrize("text, names, found", [
    ("微信小程序和微信", ["微信", "微信小程序"], ["微信小程序", "微信"]),
    ("QQMusic and QQ", ["QQ"], ["QQ"]),
    ("用 QQ 聊天", ["QQ"], ["QQ"]),
    ("腾讯发布", ["腾"], []),
    ("据阿拉丁统计", ["阿拉丁", "阿拉丁研究院"], ["阿拉丁"]),
])
def test_find_mentions(text, names, found):
    mentions = find_mentions(text, {n: (f"/entity/{n}", n) for n in names})
    assert [text[m.start:m.end] for m in mentions] == found


def test_mark_article_nests_mentions_inside_claim_marks_and_anchors_every_claim():
    start = TEXT.index("微信小程序开发者")
    end = TEXT.index("，DAU")
    dau = TEXT.index("DAU")
    claims = [ClaimSpan(start, end, "/claim/a", "a", 1),
              ClaimSpan(start + 5, end, "/claim/b", "b", 2),
              ClaimSpan(dau, TEXT.index("。\n完"), "/claim/c", "c", 3)]
    mentions = [Mention(start, start + 5, "/entity/weixin", "微信小程序")]
    html = str(mark_article(TEXT, claims, mentions))
    assert re.sub(r"<[^>]+>", "", html.replace("[1]", "").replace("[2]", "")
                  .replace("[3]", "")) == TEXT
    assert html.count("<mark") == 2  # a and b overlap: one mark, two links
    assert f'id="o-{start}"' in html and f'id="o-{start + 5}"' in html
    assert f'id="o-{dau}"' in html
    assert '<mark class="claim" title="a | b"><span class="anchor" id="o-' in html
    assert '<a class="ent" href="/entity/weixin" title="微信小程序">微信小程序</a>' in html
    assert '<sup class="cref"><a href="/claim/b" title="b">[2]</a></sup>' in html


def test_mark_article_drops_spans_outside_the_text():
    html = str(mark_article("短文", [ClaimSpan(1, 9, "/claim/x", "x", 1)], []))
    assert html == "短文"

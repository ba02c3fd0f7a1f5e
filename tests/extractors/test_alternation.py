"""Tests for the search helpers of `extractors.alternation`: the leading class of a pattern
and the search that tries a pattern only where that class occurs give `re`'s matches."""

from __future__ import annotations

import re

import pytest

from extractors.alternation import IndexedAlternation, finditer_at, leading_class


@pytest.mark.parametrize(("source", "expected"), [
    (r"abc", "a"),
    (r"(?<![\d.])(?P<m>1[0-2]|0?[1-9])\s*月", "0123456789"),
    (r"(?P<y>(?:19|20)\d{2})\s*年", "12"),
    (r"(?<![年今])(?P<h>上|下)半年", "上下"),
    (r"x*y+z", "xy"),
    (r"(?:a|b?)c", "abc"),
    (r"[\u4e00-\u4e02]", "\u4e00\u4e01\u4e02"),
    (r"^(?=q)qu", "q"),
])
def test_leading_class_holds_every_first_character(source, expected):
    lead = leading_class(re.compile(source))
    assert lead is not None
    assert set(expected) == {chr(c) for c in range(0x10000) if lead.fullmatch(chr(c))}


@pytest.mark.parametrize("source", [
    r"a*",  # can match the empty string
    r"\d+",  # a category: too many members to list
    r"[^a]b",  # a negated class
    r".b",
    r"(?i:a)b",  # case-insensitive
    r"(?P<x>a)(?P=x)?|\1",
])
def test_leading_class_is_none_when_not_plain(source):
    assert leading_class(re.compile(source)) is None


def test_leading_class_is_none_for_an_ignorecase_pattern():
    assert leading_class(re.compile("abc", re.IGNORECASE)) is None


@pytest.mark.parametrize(("source", "text"), [
    (r"(?<![\d.])(?P<m>1[0-2]|0?[1-9])\s*月", "1.5月 12月 012月 9 月 3月份"),
    (r"(?<![年今])(?P<h>上|下)半年", "上半年 今上半年 年下半年下半年"),
    (r"(?P<y>(?:19|20)\d{2})\s*年", "202020年 1999 年 20211年"),
    (r"aa", "aaaaa"),
])
def test_finditer_at_gives_res_matches(source, text):
    pattern = re.compile(source)
    positions = [m.start() for m in leading_class(pattern).finditer(text)]
    assert [(m.span(), m.groups()) for m in finditer_at(pattern, text, positions)] == \
        [(m.span(), m.groups()) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("alternatives", "text"), [
    (["微信小程序", "微信", "小程序", "(?<![A-Za-z])QQ(?![A-Za-z])"],
     "微信小程序QQ微信和小程序xQQ"),
    (["(?<![A-Za-z])微博", "微信", "百度"], "a微博 微博微信百度"),  # 微 also behind a look-behind
    (["腾讯视频", "腾讯", "腾", "讯"], "腾讯视频腾讯腾讯讯"),  # a one-character alternative
    (["百度APP", "百度", "app"], "百度App百度app"),
    (["微+信", "微博"], "微微信微博"),  # a repeated first character stays with re
])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_indexed_alternation_with_chinese_groups_finds_res_matches(alternatives, text, flags):
    pattern = re.compile("|".join(alternatives), flags)
    fast = IndexedAlternation(pattern)
    for start in range(len(text) + 1):
        assert [(m.span(), m.group(0)) for m in fast.finditer(text, start)] == \
            [(m.span(), m.group(0)) for m in pattern.finditer(text, start)]

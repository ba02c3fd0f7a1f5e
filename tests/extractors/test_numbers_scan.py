"""Tests for the quantity scan's shortcuts in `extractors.numbers`: `_candidates` skips to the
characters a quantity can start with and must find exactly what QUANTITY_RE.finditer finds;
`has_quantity` must agree with find_quantities."""

from __future__ import annotations

import pytest

from extractors.numbers import QUANTITY_RE, _candidates, find_quantities, has_quantity

TEXTS = [
    "",
    "没有数字的句子。",
    "小程序DAU超过4.5亿，同比增长12%。",
    "过半数商家表示，一半以上的门店已接入。",
    "百分之三十的用户来自三分之一的城市。",
    "全角数字１２３万和二点五倍",
    "过去半年里，过了一个月",
    "Web3.0和11.11购物节",
    "一起统一万物百货",
    "营收从1,200.5万元增至3,000万元",
    "| 5.8 | -6.1% |",
    "2019—2021年分别为10、12、15亿元",
]


@pytest.mark.parametrize("text", TEXTS)
def test_candidates_equal_finditer(text):
    assert [m.group(0) for m in _candidates(text)] == \
        [m.group(0) for m in QUANTITY_RE.finditer(text)]
    assert [m.span() for m in _candidates(text)] == [m.span() for m in QUANTITY_RE.finditer(text)]


@pytest.mark.parametrize("text", TEXTS)
def test_has_quantity(text):
    assert has_quantity(text) == bool(find_quantities(text))

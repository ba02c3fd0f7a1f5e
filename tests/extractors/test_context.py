"""Tests for `extractors.context.SpanIndex`: every lookup equals the scan it replaces, in the
mentions' original order (which need not be sorted, and may overlap or nest)."""

from __future__ import annotations

import pytest

from extractors.context import Span, SpanIndex

MENTIONS = [Span(10, 14), Span(0, 3), Span(10, 12), Span(2, 20), Span(12, 12), Span(15, 18),
            Span(10, 14)]
INDEX = SpanIndex(MENTIONS)
RANGES = [(0, 0), (0, 3), (0, 30), (2, 14), (10, 12), (10, 14), (11, 13), (12, 12), (12, 13),
          (13, 16), (15, 18), (19, 25), (-5, 1)]


@pytest.mark.parametrize(("lo", "hi"), RANGES)
def test_starting(lo, hi):
    assert INDEX.starting(lo, hi) == [m for m in MENTIONS if lo <= m.start < hi]


@pytest.mark.parametrize(("lo", "hi"), RANGES)
def test_ending(lo, hi):
    assert INDEX.ending(lo, hi) == [m for m in MENTIONS if lo <= m.end < hi]


@pytest.mark.parametrize(("start", "end"), RANGES)
def test_within(start, end):
    assert INDEX.within(start, end) == [m for m in MENTIONS
                                        if start <= m.start and m.end <= end]


@pytest.mark.parametrize(("start", "end"), RANGES)
def test_containing(start, end):
    assert INDEX.containing(start, end) == [m for m in MENTIONS
                                            if m.start <= start and end <= m.end]


def test_empty_index():
    empty = SpanIndex([])
    assert empty.starting(0, 9) == empty.ending(0, 9) == empty.within(0, 9) == \
        empty.containing(0, 9) == []

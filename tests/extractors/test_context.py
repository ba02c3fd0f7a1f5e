"""Tests for `extractors.context.SpanIndex`: every lookup equals the scan it replaces, in the
mentions' original order (which need not be sorted, and may overlap or nest), both for
mentions that come sorted by start and for mentions that do not."""

from __future__ import annotations

import pytest

from extractors.context import Span, SpanIndex

UNSORTED = [Span(10, 14), Span(0, 3), Span(10, 12), Span(2, 20), Span(12, 12), Span(15, 18),
            Span(10, 14)]
SORTED = sorted(UNSORTED, key=lambda m: m.start)
RANGES = [(0, 0), (0, 3), (0, 30), (2, 14), (10, 12), (10, 14), (11, 13), (12, 12), (12, 13),
          (13, 16), (15, 18), (19, 25), (-5, 1)]
CASES = [(mentions, lo, hi) for mentions in (UNSORTED, SORTED) for lo, hi in RANGES]


@pytest.mark.parametrize(("mentions", "lo", "hi"), CASES)
def test_starting(mentions, lo, hi):
    assert SpanIndex(mentions).starting(lo, hi) == [m for m in mentions if lo <= m.start < hi]


@pytest.mark.parametrize(("mentions", "lo", "hi"), CASES)
def test_ending(mentions, lo, hi):
    assert SpanIndex(mentions).ending(lo, hi) == [m for m in mentions if lo <= m.end < hi]


@pytest.mark.parametrize(("mentions", "start", "end"), CASES)
def test_within(mentions, start, end):
    assert SpanIndex(mentions).within(start, end) == [
        m for m in mentions if start <= m.start and m.end <= end]


@pytest.mark.parametrize(("mentions", "start", "end"), CASES)
def test_containing(mentions, start, end):
    assert SpanIndex(mentions).containing(start, end) == [
        m for m in mentions if m.start <= start and end <= m.end]


def test_empty_index():
    empty = SpanIndex([])
    assert empty.starting(0, 9) == empty.ending(0, 9) == empty.within(0, 9) == \
        empty.containing(0, 9) == []

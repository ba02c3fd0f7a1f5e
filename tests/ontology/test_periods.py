"""Periods to date bounds, comparators to value bounds: tables of input → expected."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.dates import period_bounds
from extractors.records import Claim
from ontology.mapping import claim_bounds


@pytest.mark.parametrize(("period", "expected"), [
    ("2021", (date(2021, 1, 1), date(2021, 12, 31))),
    ("2021-08", (date(2021, 8, 1), date(2021, 8, 31))),
    ("2020-02", (date(2020, 2, 1), date(2020, 2, 29))),
    ("2021-02", (date(2021, 2, 1), date(2021, 2, 28))),
    ("2021-04-04", (date(2021, 4, 4), date(2021, 4, 4))),
    ("2024-Q1", (date(2024, 1, 1), date(2024, 3, 31))),
    ("2024-Q4", (date(2024, 10, 1), date(2024, 12, 31))),
    ("2020-H1", (date(2020, 1, 1), date(2020, 6, 30))),
    ("2021-H2", (date(2021, 7, 1), date(2021, 12, 31))),
    ("2020-01/2020-08", (date(2020, 1, 1), date(2020, 8, 31))),
    ("2020-03/2020-05", (date(2020, 3, 1), date(2020, 5, 31))),
    ("2024/2029", (date(2024, 1, 1), date(2029, 12, 31))),
    ("2021-11-11/2021-11-13", (date(2021, 11, 11), date(2021, 11, 13))),
    ("2024-Q3/2025-H1", (date(2024, 7, 1), date(2025, 6, 30))),
    (" 2021 ", (date(2021, 1, 1), date(2021, 12, 31))),
])
def test_period_bounds(period, expected):
    assert period_bounds(period) == expected


@pytest.mark.parametrize("period", [
    "", "21", "2021-13", "2021-02-30", "2021-Q5", "2021-H3", "2021-8", "2021年",
    "2029/2024", "2020/2021/2022", "2021-W05", "today",
])
def test_period_bounds_refuses_what_is_not_a_period(period):
    assert period_bounds(period) is None


def claim(value: float, comparator: str, **bounds) -> Claim:
    return Claim(subject="微信小程序", metric="dau", kind="level", value=value, unit="count",
                 comparator=comparator, **bounds)


@pytest.mark.parametrize(("value", "comparator", "bounds", "expected"), [
    (450000000, "eq", {}, (450000000, 450000000)),
    (450000000, "gt", {}, (450000000, None)),
    (450000000, "lt", {}, (None, 450000000)),
    (450000000, "approx", {}, (None, None)),
    (-5.2, "eq", {}, (-5.2, -5.2)),
    (-5, "gt", {}, (None, -5)),  # 下降超过 5%: the change is below −5
    (-5, "lt", {}, (-5, None)),  # 下降不到 5%: the change is above −5
    (150, "approx", {"lower_bound": 100, "upper_bound": 200}, (100, 200)),
    (150, "gt", {"upper_bound": 200}, (150, 200)),
    (150, "eq", {"lower_bound": 120}, (120, 150)),
])
def test_claim_bounds(value, comparator, bounds, expected):
    assert claim_bounds(claim(value, comparator, **bounds)) == expected

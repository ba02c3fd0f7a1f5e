"""How pages write numbers and links: tables of cases."""

from __future__ import annotations

import pytest

from kg.web.labels import bounds, href, number, term


@pytest.mark.parametrize("value, text", [
    (0, "0"), (32.0, "32"), (0.125, "0.125"), (5000, "5,000"), (12000, "1.2万"),
    (450_000_000, "4.5亿"), (70_690_000_000, "706.9亿"), (3e12, "3万亿"), (-250_000, "-25万"),
])
def test_numbers_read_in_wan_and_yi(value, text):
    assert number(value) == text


@pytest.mark.parametrize("iri, link", [
    ("https://example.org/kg/claim/ab12", "/claim/ab12"),
    ("https://example.org/kg/entity/%E8%85%BE", "/entity/%E8%85%BE"),
    ("https://example.org/kg/ontology#Claim", "https://example.org/kg/ontology#Claim"),
    ("http://www.wikidata.org/entity/Q283233", "http://www.wikidata.org/entity/Q283233"),
    ("javascript:alert(1)", ""),
    ("urn:x:y", ""),
])
def test_links_to_minted_iris_stay_on_the_server(iri, link):
    assert href(iri, "https://example.org/kg/") == link


@pytest.mark.parametrize("claim, text", [
    ({"lower": 4.5e8, "upper": None, "unit": "count"}, "≥ 4.5亿"),
    ({"lower": None, "upper": 10, "unit": "percent"}, "≤ 10%"),
    ({"lower": 32, "upper": 32, "unit": "percent"}, "= 32%"),
    ({"lower": 1, "upper": 2, "unit": "times"}, "[1倍, 2倍]"),
    ({"lower": None, "upper": None, "unit": "CNY"}, ""),
])
def test_bounds(claim, text):
    assert bounds(claim) == text


@pytest.mark.parametrize("iri, lang, text", [
    ("https://example.org/kg/ontology#Forecast", "both", "预测 forecast"),
    ("https://example.org/kg/ontology#GreaterThan", "zh", "超过"),
    ("Fact", "en", "fact"),
])
def test_terms_are_bilingual(iri, lang, text):
    assert term(iri, lang) == text

"""One IRI per real-world entity, one node per distinct claim."""

from __future__ import annotations

import pytest

from extractors.records import Evidence
from ontology.mapping import claim_key, entity_key

from .conftest import dau_claim


@pytest.mark.parametrize(("label", "type", "entity_id", "expected"), [
    ("腾讯", "Company", "tencent", "tencent"),
    ("腾讯", "Company", None, "tencent"),  # known by its surface form
    ("腾讯控股", "Company", None, "tencent"),  # an alias
    ("微信小程序", "Platform", "wechat-miniprogram", "wechat-miniprogram"),
    ("京东", "MiniProgram", "jd", "jd.miniprogram"),  # the entry is the company
    ("京东", "MiniProgram", None, "jd.miniprogram"),
    ("百度", "Platform", "baidu", "baidu"),  # the entry has both types
    ("B站", "Platform", None, "bilibili"),
    ("凡泰极客", "Company", None, "凡泰极客"),  # not in the lexicon: keyed by its name
    ("某券商", "Company", None, "某券商"),
    ("Ｓｏｍｅ  Brand", "Company", None, "somebrand"),
    ("亲邻开门＋", "MiniProgram", None, "亲邻开门+.miniprogram"),  # NFKC: ＋ and + are one
    ("新奇小程序", "MiniProgram", None, "新奇小程序.miniprogram"),
    ("新奇平台", "Platform", None, "新奇平台.platform"),
    ("腾讯", "Company", "no-such-id", "tencent"),  # unknown id: fall back to the name
])
def test_entity_key(lexicon, label, type, entity_id, expected):
    assert entity_key(label, type, entity_id, lexicon) == expected


@pytest.mark.parametrize(("label", "type"), [("", "Company"), (" ", "Platform"),
                                             ("腾讯", "Metric"), ("腾讯", "Person")])
def test_entity_key_refuses_bad_input(lexicon, label, type):
    with pytest.raises(ValueError):
        entity_key(label, type, None, lexicon)


def test_claim_key_is_a_short_hex_digest():
    key = claim_key(dau_claim(), "a" * 64)
    assert len(key) == 20 and int(key, 16) >= 0


def test_repeated_statement_has_the_same_key():
    first = dau_claim()
    repeat = dau_claim(comparator="eq", evidence=[Evidence(0, 3, "据白皮")])
    assert claim_key(first, "a" * 64) == claim_key(repeat, "a" * 64)


@pytest.mark.parametrize("change", [
    {"value": 500000000.0}, {"metric": "mau"}, {"kind": "change"}, {"unit": "percent"},
    {"period": "2022"}, {"subject": "小程序"},
])
def test_a_different_statement_has_another_key(change):
    assert claim_key(dau_claim(), "a" * 64) != claim_key(dau_claim(**change), "a" * 64)


def test_the_same_statement_in_another_article_has_another_key():
    assert claim_key(dau_claim(), "a" * 64) != claim_key(dau_claim(), "b" * 64)

"""Provenance: sentences around quotes, the claim record, and the quote invariant."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import KGError
from kg.provenance import provenance, render_text, sentence_bounds
from kg.store import KnowledgeStore
from tests.kg.sample import QUOTE, TEXT, article_graphs


@pytest.mark.parametrize("text, quote, sentence", [
    ("前文。据统计，DAU 超过 4.5 亿；后文。", "DAU 超过 4.5 亿", "据统计，DAU 超过 4.5 亿；"),
    ("DAU 超过 4.5 亿", "DAU 超过 4.5 亿", "DAU 超过 4.5 亿"),
    ("标题\n  增长 32%！\n下一段", "增长 32%", "增长 32%！"),
    ("甲。乙增长32%。", "乙增长32%。", "乙增长32%。"),
    ("Is it 5%? Yes, 7%.", "7%", "Yes, 7%."),
    ("表头\n| 零售 | 100% |\n", "100%", "| 零售 | 100% |"),
])
def test_sentence_bounds(text, quote, sentence):
    start = text.index(quote)
    begin, end = sentence_bounds(text, start, start + len(quote))
    assert text[begin:end] == sentence


@pytest.fixture
def store():
    knowledge = KnowledgeStore.in_memory()
    text = TEXT + "\n又说：" + QUOTE + "。"
    iri, graph, entities = article_graphs(knowledge.space, text=text)
    knowledge.replace_article(iri, "corpus/sample.txt", graph, entities)
    return knowledge


def _claim(store: KnowledgeStore) -> str:
    rows = store.query("SELECT ?c WHERE { ?c a <https://example.org/kg/ontology#Claim> }")
    return rows.records()[0]["c"]


def test_provenance_record(store):
    record = provenance(store, _claim(store))
    assert (record["value"], record["lower_bound"], record["upper_bound"]) == (
        450000000, 450000000, None)
    assert (record["unit"], record["comparator"], record["kind"], record["modality"]) == (
        "count", "GreaterThan", "Level", "Fact")
    assert record["subject"]["label"] == "微信小程序"
    assert record["metric"]["key"] == "dau" or record["metric"]["iri"].endswith("/dau")
    assert record["attribution"]["label"] == "阿拉丁研究院"
    assert (record["period"], record["period_start"], record["period_end"]) == (
        "2021", "2021-01-01", "2021-12-31")
    first, second = record["evidence"]
    assert first["marked_sentence"] == ("据白皮书统计，微信小程序开发者突破 300 万，"
                                        "【DAU 超过 4.5 亿】；")
    assert second["marked_sentence"] == "又说：【DAU 超过 4.5 亿】。"
    assert first["article"] == {"iri": first["article"]["iri"], "title": "白皮书发布",
                                "path": "corpus/sample.txt", "published": "2022-01-19"}
    assert first["run"]["iri"].startswith("https://example.org/kg/run/")


def test_prefixed_iri_is_accepted(store):
    full = _claim(store)
    short = "claim:" + full.rsplit("/", 1)[-1]
    assert provenance(store, short)["claim"] == full


@pytest.mark.parametrize("iri", ["https://example.org/kg/claim/nope", "not an iri", "claim:"])
def test_unknown_claim_is_e303(store, iri):
    with pytest.raises(KGError) as caught:
        provenance(store, iri)
    assert caught.value.code == "E303"


def test_text_rendering_marks_the_quote(store):
    text = render_text(provenance(store, _claim(store)))
    for expected in ("value        450000000 (4.5亿) count", "subject      微信小程序",
                     "【DAU 超过 4.5 亿】", "offsets    ", "evidence 2/2", "ingested by"):
        assert expected in text


def test_every_stored_quote_is_the_clean_text_at_its_offsets(corpus_knowledge):
    """The invariant behind `kg provenance`: for every claim in the store, every evidence
    quote equals cleanText[start:end] of its article (checked independently of provenance)."""
    claims = corpus_knowledge.query(
        "SELECT ?c WHERE { ?c a <https://example.org/kg/ontology#Claim> }").records()
    assert claims
    texts = {}
    checked = 0
    for row in claims:
        record = provenance(corpus_knowledge, row["c"])
        assert record["evidence"], row["c"]
        for span in record["evidence"]:
            article = span["article"]["iri"]
            if article not in texts:
                texts[article] = corpus_knowledge.run_prepared(
                    "article_text", article=ox.NamedNode(article)).records()[0]["text"]
            assert texts[article][span["start"]:span["end"]] == span["quote"], span
            assert span["quote_matches"] is True
            assert f"【{span['quote']}】" in span["marked_sentence"]
            checked += 1
    assert checked >= len(claims)

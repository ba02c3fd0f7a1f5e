"""Tests for `extractors.pipeline`: the segmenter keeps lexicon names whole (and leaves
jieba's own tokenizers alone), extraction over the real corpus yields offsets that slice
the clean text, and `Extraction.to_json()` is what GUIDELINES section 5 says the scorer
reads."""

from __future__ import annotations

import json
import re
from pathlib import Path

import jieba
import pytest

ARTICLES = sorted(p.name for p in (Path(__file__).resolve().parents[2] / "corpus").glob("*.txt"))
METRIC_KEYS = {"dau", "mau", "users", "members", "customers", "developers", "practitioners",
               "count", "gmv", "sales", "revenue", "orders", "aov", "repurchase_rate",
               "retention_rate", "penetration_rate", "conversion_rate", "ctr", "usage_count",
               "usage_time_share", "share", "views", "rd_spend", "stake", "cost", "growth_rate",
               "other"}
# GUIDELINES section 4: a year, month, day, quarter or half, or a range of them.
PERIOD = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?|-Q[1-4]|-H[12])?"
                    r"(?:/\d{4}(?:-\d{2}(?:-\d{2})?)?)?")


# -- segmentation -------------------------------------------------------------------------------


@pytest.mark.parametrize(("text", "word"), [
    ("2021年微信小程序DAU超过4.5亿", "微信小程序"),
    ("据阿拉丁研究院统计，全网小程序数量已超700万", "阿拉丁研究院"),
    ("百度智能小程序日活超过3亿", "百度智能小程序"),
    ("企业微信连接的客户超过5亿", "企业微信"),
    ("微信小程序的日活跃用户超过4亿", "日活跃用户"),
    ("2020年同程艺龙约80.9%的平均月活用户来自微信小程序", "同程艺龙"),
])
def test_pipeline_keeps_lexicon_names_as_one_token(nlp, text, word):
    assert word in [token.text for token in nlp.make_doc(text)]


@pytest.fixture(scope="module")
def fresh_jieba() -> jieba.Tokenizer:
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    return tokenizer


@pytest.mark.parametrize(("text", "word"), [
    ("2021年微信小程序DAU超过4.5亿", "微信小程序"),
    ("据阿拉丁研究院统计，全网小程序数量已超700万", "阿拉丁研究院"),
])
def test_fresh_jieba_splits_what_the_pipeline_keeps_whole(nlp, fresh_jieba, text, word):
    assert word not in fresh_jieba.lcut(text)


def test_building_a_pipeline_leaves_jiebas_default_tokenizer_alone(nlp):
    assert "微信小程序" not in jieba.lcut("2021年微信小程序DAU超过4.5亿")


def test_a_process_builds_one_pipeline_and_parses_one_lexicon():
    """Called with the default directory or with "" (as `flows.work.process_batch` does),
    a worker gets the same pipeline and lexicon, not a second build of each."""
    from extractors.lexicons import load_cached
    from extractors.pipeline import shared_pipeline

    assert shared_pipeline() is shared_pipeline("")
    assert load_cached() is load_cached("")


def test_a_pipeline_does_not_load_jiebas_default_dictionary():
    """spaCy's jieba tokenizer loads jieba's process-wide dictionary when it is made; ours
    segments with its private tokenizer only (one dictionary load per worker, not two)."""
    import subprocess
    import sys

    code = ("import jieba; from extractors.pipeline import build_pipeline; "
            "nlp = build_pipeline(); nlp('微信小程序DAU超过4.5亿'); print(jieba.dt.initialized)")
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "False"


# -- extraction over the corpus -----------------------------------------------------------------


@pytest.mark.parametrize("name", ARTICLES)
def test_every_evidence_quote_is_the_clean_text_slice(corpus_extractions, name):
    extraction = corpus_extractions[name]
    text = extraction.article.clean_text
    spans = [e for c in extraction.claims for e in c.evidence]
    assert spans and [e.quote for e in spans] == [text[e.start:e.end] for e in spans]


@pytest.mark.parametrize("type_", [
    "Company", "MiniProgram", "Platform", "Date",
    pytest.param("Metric"),
])
def test_entity_text_is_the_clean_text_slice(corpus_extractions, type_):
    wrong = [(name, m.text, e.article.clean_text[m.start:m.end])
             for name, e in corpus_extractions.items() for m in e.entities
             if m.type == type_ and e.article.clean_text[m.start:m.end] != m.text]
    assert wrong == []


@pytest.mark.parametrize(("name", "reference_date"), [
    ("000_45a772e31e302e89.txt", "2022-01-19"),  # published in the front matter
    ("001_5cd21fb8f3ab241a.txt", "2021-10-26"),
    ("002_5af314aa995f4125.txt", "2020-12-31"),  # undated; its statements are about 2020
])
def test_reference_date(corpus_extractions, name, reference_date):
    assert corpus_extractions[name].reference_date == reference_date


# -- the JSON the scorer reads ------------------------------------------------------------------


@pytest.fixture(scope="module")
def documents(corpus_extractions) -> dict[str, dict]:
    """Each article's `to_json()`, through a JSON round trip as score.py will read it."""
    return {name: json.loads(json.dumps(e.to_json(), ensure_ascii=False))
            for name, e in corpus_extractions.items()}


@pytest.mark.parametrize("key", ["path", "published"])
def test_json_doc_keys(documents, key):
    assert all(key in doc["doc"] for doc in documents.values())


@pytest.mark.parametrize("key", ["type", "label", "text", "start", "end", "value"])
def test_json_entity_keys(documents, key):
    assert all(key in entity for doc in documents.values() for entity in doc["entities"])


@pytest.mark.parametrize("key", ["subject", "metric", "kind", "value", "unit", "comparator",
                                 "period", "modality", "attribution", "quote", "start", "end"])
def test_json_claim_keys(documents, key):
    assert all(key in claim for doc in documents.values() for claim in doc["claims"])


@pytest.mark.parametrize("name", ARTICLES)
def test_json_doc_path_names_the_article(documents, name):
    assert documents[name]["doc"]["path"].endswith(name)


@pytest.mark.parametrize(("field", "allowed"), [
    ("kind", {"level", "change"}),
    ("unit", {"count", "percent", "pp", "CNY", "USD", "times", "other"}),
    ("comparator", {"eq", "gt", "lt", "approx"}),
    ("modality", {"fact", "forecast"}),
    ("metric", METRIC_KEYS),
])
def test_json_claim_fields_use_the_guidelines_vocabulary(documents, field, allowed):
    used = {claim[field] for doc in documents.values() for claim in doc["claims"]}
    assert used - allowed == set()


def test_json_claim_periods_are_normalised(documents):
    periods = {c["period"] for doc in documents.values() for c in doc["claims"] if c["period"]}
    assert [p for p in periods if not PERIOD.fullmatch(p)] == []


def test_json_metric_entities_hold_a_metric_key(documents):
    values = {e["value"] for doc in documents.values() for e in doc["entities"]
              if e["type"] == "Metric"}
    assert values and values <= METRIC_KEYS


def test_json_date_entities_hold_a_normalised_date(documents):
    values = {e["value"] for doc in documents.values() for e in doc["entities"]
              if e["type"] == "Date"}
    assert values and [v for v in values if not PERIOD.fullmatch(v)] == []


@pytest.mark.parametrize("name", ARTICLES)
def test_json_claim_quote_is_the_clean_text_slice(documents, corpus_extractions, name):
    text = corpus_extractions[name].article.clean_text
    claims = documents[name]["claims"]
    assert [c["quote"] for c in claims] == [text[c["start"]:c["end"]] for c in claims]


@pytest.mark.parametrize(("text", "keys"), [
    ("业务的扩张可能会导致多个季度持续出现经营亏损的状况。", set()),
    ("2023年，美团新业务的经营亏损为46.9亿元。", {"other"}),
    ("2023年，美团的月活跃用户达到4.5亿。", {"mau"}),
])
def test_a_measure_without_a_key_is_a_metric_only_with_its_figure(extract_text, text, keys):
    """经营亏损 is `other`: named without a number it records nothing a key would say."""
    assert {e.value for e in extract_text(text).entities if e.type == "Metric"} == keys


def test_every_claim_period_is_a_date_of_the_article(extract_text, corpus_extractions):
    """2021年至2023年，…分别为A、B和C: the years each figure holds for are dates of the
    article, though the text writes them as one range."""
    extraction = extract_text("2021年至2023年，云枢科技的营收分别为3.2亿元、4.5亿元和6.1亿元。")
    dates = {e.value for e in extraction.entities if e.type == "Date"}
    assert {"2021", "2022", "2023", "2021/2023"} <= dates
    for name, ex in corpus_extractions.items():
        periods = {c.period for c in ex.claims if c.period}
        assert periods <= {e.value for e in ex.entities if e.type == "Date"}, name

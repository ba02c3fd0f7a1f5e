"""Fixtures for the ontology tests: the real lexicon, the default instance space and a
hand-made extraction of one real corpus sentence (seed 000, published 2022-01-19)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from extractors.records import Article, Claim, Evidence, Extraction, IngestionRun, Mention
from ontology.lexicon import Lexicon, load_lexicon
from ontology.namespaces import InstanceSpace

CORPUS_FILE = Path(__file__).resolve().parents[2] / "corpus" / "000_45a772e31e302e89.txt"
SENTENCE = "据白皮书统计，微信小程序开发者突破 300 万，DAU 超过 4.5 亿"
RUN_ID = "20261122T050000Z-test"


def span(text: str, quote: str, occurrence: int = 0) -> Evidence:
    """The evidence for the `occurrence`-th appearance of `quote` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return Evidence(start=start, end=start + len(quote), quote=quote)


def mention(text: str, type: str, label: str, entity_id: str | None = None) -> Mention:
    start = text.index(label)
    return Mention(type=type, label=label, text=label, start=start, end=start + len(label),
                   entity_id=entity_id)


def make_extraction(text: str = SENTENCE, *, path: str = "corpus/000_45a772e31e302e89.txt",
                    claims: list[Claim] | None = None,
                    entities: list[Mention] | None = None) -> Extraction:
    """One article holding `text`; by default with the sentence's entity (微信小程序) and its
    DAU and developer claims."""
    article = Article(path=path, sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
                      clean_text=text, title="阿拉丁指数丨《2021年度小程序互联网发展白皮书》发布",
                      author="鸟哥笔记", publisher="鸟哥笔记", categories=("新媒体",),
                      published="2022-01-19", source_format="html")
    if claims is None:
        claims = [dau_claim(text), developers_claim(text)]
    if entities is None:
        entities = [mention(text, "Platform", "微信小程序", "wechat-miniprogram")]
    return Extraction(article=article, reference_date="2022-01-19", claims=claims,
                      entities=entities)


def dau_claim(text: str = SENTENCE, *, occurrence: int = 0, **fields) -> Claim:
    """The sentence's DAU claim; `fields` replace any of its fields."""
    values = dict(subject="微信小程序", metric="dau", kind="level", value=450000000.0,
                  unit="count", comparator="gt", period="2021", attribution="阿拉丁研究院",
                  metric_label="DAU", subject_id="wechat-miniprogram")
    values.update(fields)
    if "evidence" not in values:
        values["evidence"] = [span(text, "DAU 超过 4.5 亿", occurrence)]
    return Claim(**values)


def developers_claim(text: str = SENTENCE) -> Claim:
    return Claim(subject="微信小程序", metric="developers", kind="level", value=3000000.0,
                 unit="count", comparator="gt", period="2021", attribution="白皮书",
                 metric_label="开发者", evidence=[span(text, "微信小程序开发者突破 300 万")])


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return load_lexicon()


@pytest.fixture
def space() -> InstanceSpace:
    return InstanceSpace()


@pytest.fixture
def run() -> IngestionRun:
    return IngestionRun(id=RUN_ID, started="2026-11-22T05:00:00Z", ended="2026-11-22T05:00:41Z",
                        flow_run_id="7c1e", ingested=1)

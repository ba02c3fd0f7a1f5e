"""Build the extraction pipeline and run it over articles.

`build_pipeline()` is the one place a pipeline is made: from `config.cfg`, with jieba's
dictionary extended by every lexicon name so that 微信小程序 or 阿拉丁研究院 stay one token
(jieba alone splits 微信小程序 into 微信/小/程序). The segmenter is a private
`jieba.Tokenizer`, not jieba's process-wide default, so two pipelines never share state.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import jieba
from spacy.language import Language
from spacy.util import load_config, load_model_from_config

import extractors.components  # noqa: F401  (registers the kg_* factories)
from extractors.lexicons import load_cached
from extractors.records import Article, Extraction, Mention
from extractors.segmenter import JiebaSegmenter, doc_text

CONFIG_PATH = Path(__file__).with_name("config.cfg")
DOMAIN_WORDS = ["小程序", "公众号", "私域", "公域", "复购率", "客单价", "月活", "日活", "同比",
                "环比", "百分点"]
"""Words of the field jieba's dictionary lacks, kept whole so that patterns such as
"X小程序" see a clean boundary."""
jieba.setLogLevel(60)  # jieba prints its cache loading to stderr otherwise


def segmenter_for(words: Iterable[str]) -> jieba.Tokenizer:
    """A private jieba tokenizer that keeps each of `words` whole."""
    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    for word in words:
        if len(word) > 1 and " " not in word:
            tokenizer.add_word(word, freq=max(tokenizer.suggest_freq(word), 1000))
    return tokenizer


def build_pipeline(lexicon_dir: str = "", config_path: Path = CONFIG_PATH) -> Language:
    """A spaCy `Language` for Chinese articles with the kg_* components, from `config_path`."""
    config = load_config(config_path)
    for name in ("kg_entities", "kg_metrics", "kg_claims"):
        config["components"][name]["lexicon_dir"] = lexicon_dir
    nlp = load_model_from_config(config, auto_fill=True, validate=True)
    lexicon = load_cached(lexicon_dir)
    words = [f for e in lexicon.entries for f in e.surface_forms]
    words += [f for c in lexicon.metrics for f in (c.label, *c.aliases, *c.hidden)]
    words += DOMAIN_WORDS
    nlp.tokenizer.jieba_seg = JiebaSegmenter(segmenter_for(words))
    return nlp


def shared_pipeline(lexicon_dir: str = "") -> Language:
    """One pipeline per process and lexicon directory, built on first use: for worker
    processes (a process pool, a Dask worker), which get work items, not a pipeline, and
    would otherwise build one (about 3 s) per item. Callers must not modify it."""
    return _pipeline_for(lexicon_dir)


@lru_cache(maxsize=2)
def _pipeline_for(lexicon_dir: str) -> Language:
    # Cached by a positional argument: lru_cache keys shared_pipeline() and
    # shared_pipeline("") apart, which built a second pipeline in the same process.
    return build_pipeline(lexicon_dir)


def _metric_mentions(doc) -> list[Mention]:
    """Metric mentions of the text plus one per claim metric (a claim names its metric even
    when the word is generic, e.g. 门店 next to 4100+家)."""
    text = doc_text(doc)
    mentions = list(doc._.kg_metrics or [])
    seen = {m.value for m in mentions}
    for claim in doc._.kg_claims or []:
        if claim.metric not in seen and claim.evidence:
            ev = claim.evidence[0]
            label = claim.metric_label or ""
            at = ev.quote.find(label) if label else -1
            start, end = (ev.start + at, ev.start + at + len(label)) if at >= 0 else (
                ev.start, ev.end)
            mentions.append(Mention("Metric", claim.metric, text[start:end], start, end,
                                    value=claim.metric))
            seen.add(claim.metric)
    return mentions


def _claim_periods(doc, stated: set[str]) -> list[Mention]:
    """A period a claim holds for that no date mention states as such (2021年至2023年，…分别为
    A、B和C: 2021, 2022 and 2023 each), at the claim's evidence: every period in the graph is
    a date of the article."""
    added: list[Mention] = []
    for claim in doc._.kg_claims or []:
        if claim.period and claim.period not in stated and claim.evidence:
            ev = claim.evidence[0]
            added.append(Mention("Date", claim.period, ev.quote, ev.start, ev.end,
                                 value=claim.period))
            stated.add(claim.period)
    return added


def extract(nlp: Language, article: Article) -> Extraction:
    """Run the pipeline over one article's clean text."""
    doc = nlp.make_doc(article.clean_text)
    doc._.kg_article = article
    for _, component in nlp.pipeline:
        doc = component(doc)
    dates = [Mention("Date", d.value, d.text, d.start, d.end, value=d.value)
             for d in doc._.kg_dates or [] if d.value]
    dates += _claim_periods(doc, {d.value for d in dates})
    entities = list(doc._.kg_entities or []) + _metric_mentions(doc) + dates
    entities.sort(key=lambda m: (m.start, m.type))
    return Extraction(article=article, entities=entities, claims=list(doc._.kg_claims or []),
                      reference_date=doc._.kg_reference_date)


def extract_all(nlp: Language, articles: Iterable[Article]) -> Iterator[Extraction]:
    for article in articles:
        yield extract(nlp, article)

"""Small hand-made extractions mapped by the real `ontology.mapping`, for store-level tests.

They exercise the store, queries and provenance without the spaCy pipeline; the end-to-end
tests run the real corpus through the real flow instead.
"""

from __future__ import annotations

import hashlib

from rdflib import Graph, URIRef

from extractors.records import Article, Claim, Evidence, Extraction, Mention
from ontology.lexicon import load_lexicon
from ontology.mapping import article_graph, entity_graph
from ontology.namespaces import InstanceSpace

TEXT = ("导语：\n据白皮书统计，微信小程序开发者突破 300 万，DAU 超过 4.5 亿；"
        "日均使用次数同比增长 32%。\n完")
QUOTE = "DAU 超过 4.5 亿"
RUN = "https://example.org/kg/run/20260101T000000Z-test"


def extraction(*, path: str = "corpus/sample.txt", text: str = TEXT) -> Extraction:
    """One article with one DAU claim (stated twice when the text repeats the quote)."""
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    article = Article(path=path, sha256=sha, clean_text=text, title="白皮书发布",
                      published="2022-01-19")
    starts = [i for i in range(len(text)) if text.startswith(QUOTE, i)]
    subject = text.index("微信小程序")
    return Extraction(
        article=article, reference_date="2022-01-19",
        entities=[Mention(type="Platform", label="微信小程序", text="微信小程序",
                          start=subject, end=subject + 5, entity_id="wechat-miniprogram")],
        claims=[Claim(subject="微信小程序", metric="dau", kind="level", value=450000000,
                      unit="count", comparator="gt", period="2021", attribution="阿拉丁研究院",
                      metric_label="DAU", subject_id="wechat-miniprogram",
                      evidence=[Evidence(start=s, end=s + len(QUOTE), quote=QUOTE)
                                for s in starts])])


def article_graphs(space: InstanceSpace, *, path: str = "corpus/sample.txt", text: str = TEXT,
                   run: str = RUN) -> tuple[URIRef, Graph, Graph]:
    """(article IRI, article graph, entity graph) as the flow would write them."""
    found = extraction(path=path, text=text)
    lexicon = load_lexicon()
    return (space.article(found.article.sha256),
            article_graph(found, run_iri=run, space=space, lexicon=lexicon),
            entity_graph(found, space=space, lexicon=lexicon))

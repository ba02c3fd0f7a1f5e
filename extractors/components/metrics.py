"""kg_metrics: mentions of measured quantities, keyed by the SKOS metric concepts."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.alternation import IndexedAlternation
from extractors.claims import metric_pattern
from extractors.lexicons import load_cached
from extractors.records import Mention
from extractors.segmenter import doc_text


class MetricTagger:
    """Tags the metric concepts' labels and aliases (not their hidden labels: 用户 or 门店
    alone name no metric until a number stands beside them; kg_claims adds those). Nor
    the forms of `other` (经营亏损, 市值): they are a key only as a claim's metric, which
    kg_claims adds; a mention without a figure says nothing the key would record."""

    def __init__(self, *, lexicon_dir: str):
        self.forms = {form: key for form, key in load_cached(lexicon_dir).metric_aliases().items()
                      if key != "other"}
        self.pattern = IndexedAlternation(metric_pattern(self.forms))

    def __call__(self, doc: Doc) -> Doc:
        doc._.kg_metrics = [Mention("Metric", self.forms[m.group(0)], m.group(0), m.start(),
                                    m.end(), value=self.forms[m.group(0)])
                            for m in self.pattern.finditer(doc_text(doc))]
        return doc


@Language.factory("kg_metrics", default_config={"lexicon_dir": ""},
                  assigns=["doc._.kg_metrics"])
def make_metric_tagger(nlp: Language, name: str, lexicon_dir: str) -> MetricTagger:
    return MetricTagger(lexicon_dir=lexicon_dir)

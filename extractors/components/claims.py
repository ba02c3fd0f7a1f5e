"""kg_claims: numeric claims assembled from the quantities, entities, metrics and dates."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.alternation import IndexedAlternation
from extractors.claims import ArticleContext, find_claims, metric_pattern
from extractors.lexicons import dictionary_words, load_cached
from extractors.segmenter import doc_text


class ClaimAssembler:
    """Reads the mentions the earlier components assigned and writes `doc._.kg_claims`."""

    def __init__(self, *, lexicon_dir: str):
        lexicon = load_cached(lexicon_dir)
        self.dictionary = dictionary_words()
        self.forms = lexicon.metric_aliases(hidden=True)
        strong = lexicon.metric_aliases()
        self.pattern = IndexedAlternation(metric_pattern(strong))
        self.hidden_pattern = IndexedAlternation(metric_pattern(
            {f: k for f, k in self.forms.items() if f not in strong}))

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.kg_article
        blocks = article.blocks if article and article.blocks else ((0, len(doc_text(doc))),)
        context = ArticleContext(
            text=doc_text(doc), blocks=blocks, headings=article.headings if article else (),
            entities=doc._.kg_entities or [], dates=doc._.kg_dates or [],
            metric_forms=self.forms, metric_pattern=self.pattern,
            hidden_pattern=self.hidden_pattern, word_info=self.dictionary.get)
        doc._.kg_claims = find_claims(context)
        return doc


@Language.factory("kg_claims", default_config={"lexicon_dir": ""},
                  requires=["doc._.kg_entities", "doc._.kg_dates"],
                  assigns=["doc._.kg_claims"])
def make_claim_assembler(nlp: Language, name: str, lexicon_dir: str) -> ClaimAssembler:
    return ClaimAssembler(lexicon_dir=lexicon_dir)

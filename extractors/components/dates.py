"""kg_dates: time expressions normalised against the article's reference date."""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from extractors.dates import find_dates, infer_reference_date
from extractors.segmenter import doc_text


class DateTagger:
    """Resolves relative dates against the publication date, else the year the text
    plainly reports on (GUIDELINES section 4), and records which one it used."""

    def __call__(self, doc: Doc) -> Doc:
        article = doc._.kg_article
        published = article.published if article else None
        reference = date.fromisoformat(published) if published else infer_reference_date(
            doc_text(doc))
        doc._.kg_reference_date = reference.isoformat() if reference else None
        blocks = article.blocks if article else ()
        doc._.kg_dates = find_dates(doc_text(doc), reference, blocks)
        return doc


@Language.factory("kg_dates", assigns=["doc._.kg_dates", "doc._.kg_reference_date"])
def make_date_tagger(nlp: Language, name: str) -> DateTagger:
    return DateTagger()

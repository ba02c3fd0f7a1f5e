"""spaCy components of the extraction pipeline, one per file, and the Doc extensions they
share. Importing this package registers the factories and declares the extensions once."""

from spacy.tokens import Doc

DOC_EXTENSIONS = ("kg_article", "kg_reference_date", "kg_entities", "kg_dates", "kg_metrics",
                  "kg_claims")

for _name in DOC_EXTENSIONS:
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)

from extractors.components import claims, dates, entities, metrics  # noqa: E402,F401

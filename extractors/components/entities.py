"""kg_entities: Company, MiniProgram and Platform mentions (lexicon + patterns)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractors.alternation import IndexedAlternation
from extractors.entities import TokenIndex, find_entities, lexicon_pattern
from extractors.lexicons import dictionary_words, load_cached
from extractors.segmenter import doc_text, token_bounds


class EntityTagger:
    """Finds entity mentions; the lexicon's names were added to the segmenter, so they are
    single tokens and the suffix patterns see clean word boundaries."""

    def __init__(self, nlp: Language, *, lexicon_dir: str):
        self.nlp = nlp
        self.lexicon = load_cached(lexicon_dir)
        self.pattern = IndexedAlternation(lexicon_pattern(self.lexicon))
        self.forms = self.lexicon.by_form()
        self.dictionary = dictionary_words()

    def __call__(self, doc: Doc) -> Doc:
        tokens = TokenIndex(*token_bounds(doc))
        doc._.kg_entities = find_entities(doc_text(doc), self.lexicon, self.pattern, self.forms,
                                          tokens, self.dictionary.get)
        spans = [doc.char_span(m.start, m.end, label=m.type, alignment_mode="expand")
                 for m in doc._.kg_entities]
        doc.spans["kg_entities"] = [s for s in spans if s is not None]
        return doc


@Language.factory("kg_entities", default_config={"lexicon_dir": ""},
                  assigns=["doc._.kg_entities", "doc.spans"])
def make_entity_tagger(nlp: Language, name: str, lexicon_dir: str) -> EntityTagger:
    return EntityTagger(nlp, lexicon_dir=lexicon_dir)

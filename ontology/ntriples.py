"""The article mapping of `ontology/mapping.py` written straight to N-Triples.

`mapping.article_graph` and `mapping.entity_graph` build rdflib graphs, which costs more
than extracting the article did (rdflib indexes every triple three ways and fires an event
per add). The ingest path needs text for the store, not a graph, so `article_ntriples`
writes the same triples as lines, reusing mapping.py's decisions (entity resolution, claim
keys and merging, bounds, periods, literal forms) and repeating only its shape: which
predicate carries which field. A test proves both give isomorphic graphs on the corpus,
so a change to one that the other lacks fails there.

Blank nodes (an annotation's target and selectors) get labels derived from the
annotation's IRI: unique in the whole store, and the same on every run.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from decimal import Decimal
from types import SimpleNamespace

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from extractors.dates import period_bounds
from extractors.records import Claim, Evidence, Extraction, Mention
from ontology.lexicon import Lexicon, normalise_name
from ontology.mapping import (
    COMPARATORS,
    CONTEXT_CHARS,
    KINDS,
    MODALITIES,
    TYPE_CLASSES,
    _code,
    _date_literal,
    _decimal,
    _Entity,
    _entity_mentions,
    _merged_claims,
    _Resolver,
    _script_lang,
    claim_bounds,
    evidence_text,
)
from ontology.namespaces import KG, OA, SCHEMA, WD, InstanceSpace


def _n(term: URIRef | str) -> str:
    return f"<{term}>"


def _terms(namespace, *names: str) -> SimpleNamespace:
    """Vocabulary terms as N-Triples IRIs, looked up once (namespace lookups are slow)."""
    return SimpleNamespace(**{name: _n(getattr(namespace, name)) for name in names})


A = _n(RDF.type)
_ZH, _EN = "zh", "en"
_KG = _terms(KG, "Claim", "attributionLabel", "cleanText", "comparator", "kind", "lowerBound",
             "metricLabel", "modality", "periodEnd", "periodStart", "referenceDate", "sha256",
             "sourceFormat", "sourcePath", "subjectLabel", "unit", "upperBound")
_OA = _terms(OA, "Annotation", "SpecificResource", "TextPositionSelector", "TextQuoteSelector",
             "end", "exact", "hasBody", "hasSelector", "hasSource", "hasTarget", "prefix",
             "start", "suffix")
_SCHEMA = _terms(SCHEMA, "Article", "author", "datePublished", "inLanguage", "mentions",
                 "observationAbout", "observationPeriod", "publisher", "sameAs", "value",
                 "variableMeasured")
_PROV = _terms(PROV, "wasAttributedTo", "wasDerivedFrom", "wasGeneratedBy")
_DCTERMS = _terms(DCTERMS, "subject", "title")
_SKOS = _terms(SKOS, "altLabel", "prefLabel")


def _text(value: str) -> str:
    """A string's N-Triples form (only \\, ", LF and CR must be escaped; most strings have
    none, and four `in` tests cost less than four replacements)."""
    if "\\" not in value and '"' not in value and "\n" not in value and "\r" not in value:
        return '"' + value + '"'
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"').replace(
        "\n", "\\n").replace("\r", "\\r") + '"'


def _plain(value: str) -> str:
    return _text(value)


def _tagged(value: str, lang: str) -> str:
    return f"{_text(value)}@{lang}"


def _typed(value: object, datatype: URIRef | str) -> str:
    return f"{_text(str(value))}^^<{datatype}>"


_DATE, _COUNT = str(XSD.date), str(XSD.nonNegativeInteger)


def _literal(literal: Literal) -> str:
    """An rdflib literal made by mapping.py (typed, tagged or plain) as N-Triples."""
    if literal.language:
        return _tagged(str(literal), literal.language)
    if literal.datatype is not None and literal.datatype != XSD.string:
        return _typed(str(literal), literal.datatype)
    return _plain(str(literal))


_CANONICAL_DECIMAL = re.compile(r"-?(?:0|[1-9]\d*)(?:\.\d*[1-9])?")
_DECIMAL = str(XSD.decimal)


def _decimal_text(value: float) -> str:
    """mapping._decimal's literal; its plain-notation text is written directly when rdflib
    would keep it as is (no leading zeros, no trailing zeros, no sign but "-")."""
    text = format(Decimal(repr(float(value))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if _CANONICAL_DECIMAL.fullmatch(text) and text != "-0":
        return _typed(text, _DECIMAL)
    return _literal(_decimal(value))


def _date_text(value: str) -> str:
    return _literal(_date_literal(value))


_FORMS: dict[int, tuple[Lexicon, dict]] = {}


def _forms(lexicon: Lexicon) -> dict:
    """`Lexicon.by_form()`, normalised once per lexicon object instead of once per article
    (keyed by identity: hashing a lexicon hashes all its entries)."""
    cached = _FORMS.get(id(lexicon))
    if cached is None or cached[0] is not lexicon:
        if len(_FORMS) > 8:
            _FORMS.clear()
        cached = _FORMS[id(lexicon)] = (lexicon, lexicon.by_form())
    return cached[1]


class _Entities:
    """The article's entity resolutions (mapping._Resolver), each made once: the article
    graph and the entity triples ask for the same ones."""

    def __init__(self, mentions: list[Mention], lexicon: Lexicon, space: InstanceSpace):
        by_label: dict[str, list] = {}
        names: dict[str, str] = {}  # a label recurs all through an article
        for mention in mentions:
            name = names.get(mention.label)
            if name is None:
                name = names[mention.label] = normalise_name(mention.label)
            by_label.setdefault(name, []).append(mention)
        # mapping._Resolver.build, without re-normalising every lexicon form per article
        self._resolver = _Resolver(lexicon, _forms(lexicon),
                                   {label: tuple(found) for label, found in by_label.items()})
        self._space = space
        self._found: dict[tuple, _Entity | None] = {}
        self._iris: dict[str, str] = {}
        self._metrics: dict[str, str] = {}

    def mention(self, mention) -> _Entity:
        key = ("m", mention.label, mention.type, mention.entity_id)
        if key not in self._found:
            self._found[key] = self._resolver.mention(mention)
        return self._found[key]

    def subject(self, claim: Claim) -> _Entity | None:
        key = ("n", claim.subject, claim.subject_type, claim.subject_id)
        if key not in self._found:
            self._found[key] = self._resolver.subject(claim)
        return self._found[key]

    def attribution(self, claim: Claim) -> _Entity | None:
        key = ("n", claim.attribution, None, claim.attribution_id)
        if key not in self._found:
            self._found[key] = self._resolver.attribution(claim)
        return self._found[key]

    def iri(self, entity: _Entity) -> str:
        if entity.key not in self._iris:
            self._iris[entity.key] = _n(self._space.entity(entity.key))
        return self._iris[entity.key]

    def metric(self, key: str) -> str:
        """A metric's IRI: an article's claims measure a handful of metrics, many times."""
        if key not in self._metrics:
            self._metrics[key] = _n(self._space.metric(key))
        return self._metrics[key]


@dataclass(frozen=True)
class ArticleTriples:
    """One article ready to store: its named graph and its shared entity triples, as
    N-Triples text (no duplicate lines)."""

    path: str
    sha256: str
    iri: str
    article: str
    entities: str
    claims: int
    triples: int


class _Lines:
    """Triples as N-Triples lines, each kept once, in the order first written."""

    def __init__(self):
        self._lines: dict[str, None] = {}

    def add(self, s: str, p: str, o: str) -> None:
        self._lines[f"{s} {p} {o} ."] = None

    def __len__(self) -> int:
        return len(self._lines)

    def text(self) -> str:
        return "\n".join(self._lines) + ("\n" if self._lines else "")


def article_ntriples(extraction: Extraction, *, run_iri: URIRef | str, space: InstanceSpace,
                     lexicon: Lexicon) -> ArticleTriples:
    """What `mapping.article_graph` and `mapping.entity_graph` give, as N-Triples text.

    Raises ValueError in the same cases as `mapping.article_graph` (an evidence span that
    does not fit the clean text, a code that is not the guidelines').
    """
    article = extraction.article
    mentions = _entity_mentions(extraction)
    resolver = _Entities(mentions, lexicon, space)
    mentioned = [resolver.mention(mention) for mention in mentions]
    run = _n(run_iri)
    article_iri = str(space.article(article.sha256))
    lines = _Lines()
    _add_article(lines, extraction, _n(article_iri), run)
    for entity in mentioned:
        lines.add(_n(article_iri), _SCHEMA.mentions, resolver.iri(entity))
    merged = _merged_claims(extraction.claims, article.sha256)
    for key, (claim, evidence) in merged.items():
        claim_iri = space.claim(key)
        _add_claim(lines, claim, _n(claim_iri), _n(article_iri), run, resolver)
        for span in evidence:
            _add_annotation(lines, span, claim_iri, _n(article_iri), article.clean_text,
                            article.path, space)
    entities = _entity_lines(extraction, mentioned, resolver)
    return ArticleTriples(path=article.path, sha256=article.sha256, iri=article_iri,
                          article=lines.text(), entities=entities.text(),
                          claims=len(extraction.claims), triples=len(lines) + len(entities))


def _add_article(lines: _Lines, extraction: Extraction, iri: str, run: str) -> None:
    article = extraction.article
    lines.add(iri, A, _SCHEMA.Article)
    lines.add(iri, _KG.sourcePath, _plain(article.path))
    lines.add(iri, _KG.sha256, _plain(article.sha256))
    lines.add(iri, _KG.cleanText, _tagged(article.clean_text, _ZH))
    lines.add(iri, _KG.sourceFormat, _plain(article.source_format))
    lines.add(iri, _SCHEMA.inLanguage, _plain("zh"))
    lines.add(iri, _PROV.wasGeneratedBy, run)
    if article.title:
        lines.add(iri, _DCTERMS.title, _tagged(article.title, _ZH))
    if article.published:
        lines.add(iri, _SCHEMA.datePublished, _date_text(article.published))
    if article.author:
        lines.add(iri, _SCHEMA.author, _plain(article.author))
    if article.publisher:
        lines.add(iri, _SCHEMA.publisher, _plain(article.publisher))
    for category in article.categories:
        lines.add(iri, _DCTERMS.subject, _plain(category))
    if extraction.reference_date:
        lines.add(iri, _KG.referenceDate, _date_text(extraction.reference_date))


def _add_claim(lines: _Lines, claim: Claim, iri: str, article: str, run: str,
               resolver: _Entities) -> None:
    lines.add(iri, A, _KG.Claim)
    lines.add(iri, _KG.subjectLabel, _plain(claim.subject))
    subject = resolver.subject(claim)
    if subject is not None:
        lines.add(iri, _SCHEMA.observationAbout, resolver.iri(subject))
    lines.add(iri, _SCHEMA.variableMeasured, resolver.metric(claim.metric))
    if claim.metric_label:
        lines.add(iri, _KG.metricLabel, _plain(claim.metric_label))
    lines.add(iri, _KG.kind, _n(_code(KINDS, claim.kind, "kind")))
    value = _decimal_text(claim.value)
    lines.add(iri, _SCHEMA.value, value)
    lines.add(iri, _KG.comparator, _n(_code(COMPARATORS, claim.comparator, "comparator")))
    lower, upper = claim_bounds(claim)
    # a bound the claim does not set is its value (most claims): written once, used thrice
    if lower is not None:
        lines.add(iri, _KG.lowerBound,
                  value if claim.lower_bound is None else _decimal_text(lower))
    if upper is not None:
        lines.add(iri, _KG.upperBound,
                  value if claim.upper_bound is None else _decimal_text(upper))
    lines.add(iri, _KG.unit, _plain(claim.unit))
    if claim.period:
        lines.add(iri, _SCHEMA.observationPeriod, _plain(claim.period))
        bounds = period_bounds(claim.period)
        if bounds is not None:
            lines.add(iri, _KG.periodStart, _typed(bounds[0].isoformat(), _DATE))
            lines.add(iri, _KG.periodEnd, _typed(bounds[1].isoformat(), _DATE))
    lines.add(iri, _KG.modality, _n(_code(MODALITIES, claim.modality, "modality")))
    if claim.attribution:
        lines.add(iri, _KG.attributionLabel, _plain(claim.attribution))
        source = resolver.attribution(claim)
        if source is not None:
            lines.add(iri, _PROV.wasAttributedTo, resolver.iri(source))
    lines.add(iri, _PROV.wasDerivedFrom, article)
    lines.add(iri, _PROV.wasGeneratedBy, run)


def _blanks(annotation: str) -> tuple[str, str, str]:
    """The labels of an annotation's target, position and quote nodes: one digest of the
    annotation's IRI, told apart by a role letter."""
    digest = hashlib.sha1(annotation.encode("utf-8")).hexdigest()[:24]
    return "_:t" + digest, "_:p" + digest, "_:q" + digest


def _add_annotation(lines: _Lines, span: Evidence, claim: URIRef, article: str, text: str,
                    path: str, space: InstanceSpace) -> None:
    exact = evidence_text(span, text, path)
    annotation = str(space.evidence(claim, span.start, span.end))
    target, position, quote = _blanks(annotation)
    node = _n(annotation)
    lines.add(node, A, _OA.Annotation)
    lines.add(node, _OA.hasBody, _n(claim))
    lines.add(node, _OA.hasTarget, target)
    lines.add(target, A, _OA.SpecificResource)
    lines.add(target, _OA.hasSource, article)
    lines.add(target, _OA.hasSelector, position)
    lines.add(target, _OA.hasSelector, quote)
    lines.add(position, A, _OA.TextPositionSelector)
    lines.add(position, _OA.start, f'"{span.start}"^^<{_COUNT}>')  # an int needs no escaping
    lines.add(position, _OA.end, f'"{span.end}"^^<{_COUNT}>')
    lines.add(quote, A, _OA.TextQuoteSelector)
    lines.add(quote, _OA.exact, _plain(exact))
    prefix = text[max(0, span.start - CONTEXT_CHARS):span.start]
    suffix = text[span.end:span.end + CONTEXT_CHARS]
    if prefix:
        lines.add(quote, _OA.prefix, _plain(prefix))
    if suffix:
        lines.add(quote, _OA.suffix, _plain(suffix))


def _entity_lines(extraction: Extraction, mentioned: list[_Entity], resolver: _Entities
                  ) -> _Lines:
    """mapping.entity_graph as lines (`mentioned`: the entities of the article's mentions)."""
    lines = _Lines()
    found = list(mentioned)
    for claim in extraction.claims:
        found.extend(e for e in (resolver.subject(claim), resolver.attribution(claim)) if e)
    described: set[str] = set()
    for entity in found:
        if entity.key not in described:
            described.add(entity.key)
            _describe(lines, entity, resolver.iri(entity))
    return lines


def _describe(lines: _Lines, entity: _Entity, iri: str) -> None:
    entry = entity.entry
    if entry is None:
        lines.add(iri, A, _n(TYPE_CLASSES[entity.type]))
        lines.add(iri, _SKOS.prefLabel, _tagged(entity.label, _ZH))
        return
    is_entry = entity.key == entry.id
    for type_name in entry.types if is_entry else (entity.type,):
        lines.add(iri, A, _n(TYPE_CLASSES[type_name]))
    if entry.label and entry.label != entry.label_en:
        lines.add(iri, _SKOS.prefLabel, _tagged(entry.label, _ZH))
    if entry.label_en:
        lines.add(iri, _SKOS.prefLabel, _tagged(entry.label_en, _EN))
    if not is_entry:
        return
    for alias in entry.aliases:
        lines.add(iri, _SKOS.altLabel, _tagged(alias, _script_lang(alias)))
    if entry.wikidata and entry.wikidata.startswith(str(WD)):
        lines.add(iri, _SCHEMA.sameAs, _n(WD[entry.wikidata[len(str(WD)):]]))

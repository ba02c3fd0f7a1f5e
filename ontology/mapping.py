"""Map extraction records to RDF: the article's named graph, the shared entity triples and
the ingestion run (design/DATA-MODEL.md).

Pure functions: records and settings in, a fresh `rdflib.Graph` out; nothing is read from
disk or kept between calls, so Prefect can run them anywhere and tests can compare graphs.
Standard vocabularies first (schema.org, PROV-O, Web Annotation, SKOS, Dublin Core); the
project's own terms come from the closed `KG` namespace, instance IRIs from
`InstanceSpace`.

Identity rules, which make re-ingestion idempotent and merge what should be merged:
- an article is its content hash (`space.article(sha256)`);
- an entity is its lexicon id or its normalised name, never the article (`entity_key`);
- a claim is what it states plus the article (`claim_key`): a statement repeated in one
  article is one claim node with one `oa:Annotation` per evidence span.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from rdflib import BNode, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS, XSD

from extractors.dates import period_bounds
from extractors.records import Claim, Evidence, Extraction, IngestionRun, Mention
from ontology.lexicon import ENTITY_TYPES, Lexicon, LexiconEntry, normalise_name
from ontology.namespaces import KG, OA, SCHEMA, WD, InstanceSpace

TYPE_CLASSES = {name: cls for cls, name in ENTITY_TYPES.items()}
KINDS = {"level": KG.Level, "change": KG.Change}
COMPARATORS = {"eq": KG.Equal, "gt": KG.GreaterThan, "lt": KG.LessThan,
               "approx": KG.Approximately}
MODALITIES = {"fact": KG.Fact, "forecast": KG.Forecast}
CONTEXT_CHARS = 16
"""Characters of clean text kept before and after a quote (oa:prefix, oa:suffix)."""

_CALENDAR_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


# --- identities -------------------------------------------------------------------------

def entity_key(label: str, type: str, entity_id: str | None, lexicon: Lexicon) -> str:
    """The key (last IRI segment) of the real-world entity a mention names.

    The lexicon id when the entity is known, by `entity_id` or by one of its surface forms;
    `f"{id}.{type.lower()}"` when the mention's type is not among the entry's types (京东
    the mini-program when the entry is the company). Otherwise the normalised name, plus
    `"." + type.lower()` unless the type is Company. Raises ValueError for a type other
    than Company, MiniProgram, Platform, or an empty label.
    """
    return _resolve(label, type, entity_id, lexicon, lexicon.by_form()).key


def claim_key(claim: Claim, article_sha256: str) -> str:
    """A digest of what the claim states (`Claim.identity()`) in which article: equal for
    repeats of one statement in one article, different across articles."""
    text = "\x1f".join(str(part) for part in (*claim.identity(), article_sha256))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:20]


def claim_bounds(claim: Claim) -> tuple[float | None, float | None]:
    """(lower, upper) bounds of the true quantity, as Wikidata records them.

    From the comparator: eq → both the value, gt → lower, lt → upper, approx → none. For a
    negative value (a decrease) the words bound its magnitude, so gt and lt swap sides
    ("下降超过 5%" is a change below −5). Bounds set on the claim win, side by side.
    """
    value = claim.value
    gt, lt = ("lt", "gt") if value < 0 else ("gt", "lt")
    lower = value if claim.comparator in ("eq", gt) else None
    upper = value if claim.comparator in ("eq", lt) else None
    if claim.lower_bound is not None:
        lower = claim.lower_bound
    if claim.upper_bound is not None:
        upper = claim.upper_bound
    return lower, upper


# --- entity resolution ------------------------------------------------------------------

@dataclass(frozen=True)
class _Entity:
    """A resolved entity: its key, the type it was named with, and its lexicon entry."""

    key: str
    label: str
    type: str
    entry: LexiconEntry | None


def _resolve(label: str, type: str, entity_id: str | None, lexicon: Lexicon,
             forms: dict[str, LexiconEntry]) -> _Entity:
    if type not in TYPE_CLASSES:
        raise ValueError(f"entity type {type!r} is not one of {', '.join(TYPE_CLASSES)}")
    name = normalise_name(label)
    if not name:
        raise ValueError(f"empty label for a {type} entity (entity_id={entity_id!r})")
    entry = (lexicon.entry(entity_id) if entity_id else None) or forms.get(name)
    if entry is not None:
        key = entry.id if type in entry.types else f"{entry.id}.{type.lower()}"
        return _Entity(key, label, type, entry)
    return _Entity(name if type == "Company" else f"{name}.{type.lower()}", label, type, None)


KIND_WORDS = (("小程序", "MiniProgram"), ("app", "Platform"), ("平台", "Platform"))
"""Words after a name that say which kind of entity it names (X小程序: X's mini-program;
compared in normalise_name's lower case)."""
QUOTES = "“”\"'「」『』‘’"


@dataclass(frozen=True)
class _Resolver:
    """Entity lookups for one extraction, built once per mapping call (no shared state)."""

    lexicon: Lexicon
    forms: dict[str, LexiconEntry]
    by_label: dict[str, tuple[Mention, ...]]

    @classmethod
    def build(cls, extraction: Extraction, lexicon: Lexicon) -> _Resolver:
        by_label: dict[str, list[Mention]] = {}
        for mention in _entity_mentions(extraction):
            by_label.setdefault(normalise_name(mention.label), []).append(mention)
        return cls(lexicon, lexicon.by_form(),
                   {label: tuple(found) for label, found in by_label.items()})

    def mention(self, mention: Mention) -> _Entity:
        return _resolve(mention.label, mention.type, mention.entity_id, self.lexicon,
                        self.forms)

    def named(self, label: str | None, type: str | None, entity_id: str | None
              ) -> _Entity | None:
        """The entity a claim's subject or attribution names: a known lexicon id, else an
        entity mention of the article with that label (of that type, if given), else a
        lexicon surface form. None for anything else (零售行业, 白皮书)."""
        name = normalise_name(label) if label else ""
        if not name:
            return None
        type = type if type in TYPE_CLASSES else None  # "Metric", "", None: no constraint
        entry = self.lexicon.entry(entity_id) if entity_id else None
        if entry is None:
            for mention in self.by_label.get(name, ()):
                if type in (None, mention.type):
                    return self.mention(mention)
            entry = self.forms.get(name)
        if entry is None:
            return self._by_kind_word(name, type)
        return _resolve(label, type or entry.types[0], entry.id, self.lexicon, self.forms)

    def _by_kind_word(self, name: str, type: str | None) -> _Entity | None:
        """橙意家居小程序, 唯品会App: a subject that is a known name and the word for its kind
        names that entity as that kind, so the claim links to the node analysts query."""
        for word, kind in KIND_WORDS:
            if name.endswith(word) and len(name) - len(word) >= 2 and type in (None, kind):
                return self.named(name[:-len(word)].strip(QUOTES), kind, None)
        return None

    def subject(self, claim: Claim) -> _Entity | None:
        return self.named(claim.subject, claim.subject_type, claim.subject_id)

    def attribution(self, claim: Claim) -> _Entity | None:
        return self.named(claim.attribution, None, claim.attribution_id)


def _entity_mentions(extraction: Extraction) -> list[Mention]:
    return [m for m in extraction.entities if m.type in TYPE_CLASSES]


# --- the article's named graph ----------------------------------------------------------

def article_graph(extraction: Extraction, *, run_iri: URIRef | str, space: InstanceSpace,
                  lexicon: Lexicon) -> Graph:
    """Everything that belongs in the article's named graph: the schema:Article node, its
    mentions, each distinct claim and one oa:Annotation per evidence span.

    Claims with the same `claim_key` are merged: the first one's fields, every distinct
    evidence span. Raises ValueError when an evidence span does not fit the clean text or
    its quote differs from the text at its offsets (an extractor bug that would otherwise
    point readers at the wrong words), or when a claim's kind, comparator or modality is
    not one of the guidelines' codes.
    """
    graph = _new_graph()
    run = URIRef(run_iri)
    article = extraction.article
    article_iri = space.article(article.sha256)
    resolver = _Resolver.build(extraction, lexicon)
    _add_article(graph, extraction, article_iri, run)
    for mention in _entity_mentions(extraction):
        graph.add((article_iri, SCHEMA.mentions, space.entity(resolver.mention(mention).key)))
    for key, (claim, evidence) in _merged_claims(extraction.claims, article.sha256).items():
        claim_iri = space.claim(key)
        _add_claim(graph, claim, claim_iri, article_iri, run, resolver, space)
        for span in evidence:
            _add_annotation(graph, span, claim_iri, article_iri, article.clean_text,
                            article.path, space)
    return graph


def _add_article(graph: Graph, extraction: Extraction, iri: URIRef, run: URIRef) -> None:
    article = extraction.article
    graph.add((iri, RDF.type, SCHEMA.Article))
    graph.add((iri, KG.sourcePath, Literal(article.path)))
    graph.add((iri, KG.sha256, Literal(article.sha256)))
    graph.add((iri, KG.cleanText, Literal(article.clean_text, lang="zh")))
    graph.add((iri, KG.sourceFormat, Literal(article.source_format)))
    graph.add((iri, SCHEMA.inLanguage, Literal("zh")))
    graph.add((iri, PROV.wasGeneratedBy, run))
    if article.title:
        graph.add((iri, DCTERMS.title, Literal(article.title, lang="zh")))
    if article.published:
        graph.add((iri, SCHEMA.datePublished, _date_literal(article.published)))
    if article.author:
        graph.add((iri, SCHEMA.author, Literal(article.author)))
    if article.publisher:
        graph.add((iri, SCHEMA.publisher, Literal(article.publisher)))
    for category in article.categories:
        graph.add((iri, DCTERMS.subject, Literal(category)))
    if extraction.reference_date:
        graph.add((iri, KG.referenceDate, _date_literal(extraction.reference_date)))


def _merged_claims(claims: list[Claim], sha256: str) -> dict[str, tuple[Claim, list[Evidence]]]:
    """Claims by key, in first-seen order: the first claim of a key and every distinct span."""
    merged: dict[str, tuple[Claim, list[Evidence]]] = {}
    for claim in claims:
        _, spans = merged.setdefault(claim_key(claim, sha256), (claim, []))
        for span in claim.evidence:
            if all((span.start, span.end) != (s.start, s.end) for s in spans):
                spans.append(span)
    return merged


def _code(table: dict[str, URIRef], value: str, field: str) -> URIRef:
    try:
        return table[value]
    except KeyError:
        raise ValueError(f"claim {field} {value!r} is not one of {', '.join(table)}") from None


def _add_claim(graph: Graph, claim: Claim, iri: URIRef, article: URIRef, run: URIRef,
               resolver: _Resolver, space: InstanceSpace) -> None:
    graph.add((iri, RDF.type, KG.Claim))
    graph.add((iri, KG.subjectLabel, Literal(claim.subject)))
    subject = resolver.subject(claim)
    if subject is not None:
        graph.add((iri, SCHEMA.observationAbout, space.entity(subject.key)))
    graph.add((iri, SCHEMA.variableMeasured, space.metric(claim.metric)))
    if claim.metric_label:
        graph.add((iri, KG.metricLabel, Literal(claim.metric_label)))
    graph.add((iri, KG.kind, _code(KINDS, claim.kind, "kind")))
    graph.add((iri, SCHEMA.value, _decimal(claim.value)))
    graph.add((iri, KG.comparator, _code(COMPARATORS, claim.comparator, "comparator")))
    lower, upper = claim_bounds(claim)
    if lower is not None:
        graph.add((iri, KG.lowerBound, _decimal(lower)))
    if upper is not None:
        graph.add((iri, KG.upperBound, _decimal(upper)))
    graph.add((iri, KG.unit, Literal(claim.unit)))
    if claim.period:
        graph.add((iri, SCHEMA.observationPeriod, Literal(claim.period)))
        bounds = period_bounds(claim.period)
        if bounds is not None:
            graph.add((iri, KG.periodStart, Literal(bounds[0], datatype=XSD.date)))
            graph.add((iri, KG.periodEnd, Literal(bounds[1], datatype=XSD.date)))
    graph.add((iri, KG.modality, _code(MODALITIES, claim.modality, "modality")))
    if claim.attribution:
        graph.add((iri, KG.attributionLabel, Literal(claim.attribution)))
        source = resolver.attribution(claim)
        if source is not None:
            graph.add((iri, PROV.wasAttributedTo, space.entity(source.key)))
    graph.add((iri, PROV.wasDerivedFrom, article))
    graph.add((iri, PROV.wasGeneratedBy, run))


def evidence_text(span: Evidence, text: str, path: str) -> str:
    """The clean text an evidence span covers. Raises ValueError naming `path` when the span
    does not fit the text or its quote is not what the text holds there (offsets drifted)."""
    if not 0 <= span.start < span.end <= len(text):
        raise ValueError(f"{path}: evidence span {span.start}-{span.end} does not fit the "
                         f"clean text ({len(text)} characters)")
    exact = text[span.start:span.end]
    if span.quote and span.quote != exact:
        raise ValueError(f"{path}: evidence quote {span.quote!r} differs from the clean text "
                         f"at {span.start}-{span.end} ({exact!r})")
    return exact


def _add_annotation(graph: Graph, span: Evidence, claim: URIRef, article: URIRef, text: str,
                    path: str, space: InstanceSpace) -> None:
    exact = evidence_text(span, text, path)
    annotation, target = space.evidence(claim, span.start, span.end), BNode()
    position, quote = BNode(), BNode()
    graph.add((annotation, RDF.type, OA.Annotation))
    graph.add((annotation, OA.hasBody, claim))
    graph.add((annotation, OA.hasTarget, target))
    graph.add((target, RDF.type, OA.SpecificResource))
    graph.add((target, OA.hasSource, article))
    graph.add((target, OA.hasSelector, position))
    graph.add((target, OA.hasSelector, quote))
    graph.add((position, RDF.type, OA.TextPositionSelector))
    graph.add((position, OA.start, Literal(span.start, datatype=XSD.nonNegativeInteger)))
    graph.add((position, OA.end, Literal(span.end, datatype=XSD.nonNegativeInteger)))
    graph.add((quote, RDF.type, OA.TextQuoteSelector))
    graph.add((quote, OA.exact, Literal(exact)))
    prefix = text[max(0, span.start - CONTEXT_CHARS):span.start]
    suffix = text[span.end:span.end + CONTEXT_CHARS]
    if prefix:
        graph.add((quote, OA.prefix, Literal(prefix)))
    if suffix:
        graph.add((quote, OA.suffix, Literal(suffix)))


# --- the shared entity graph ------------------------------------------------------------

def entity_graph(extraction: Extraction, *, space: InstanceSpace, lexicon: Lexicon) -> Graph:
    """The shared-graph description of every entity the article mentions or its claims
    name as subject or source: types, SKOS labels and, for lexicon entries, aliases and
    the Wikidata item.

    A node's description depends only on its key and the lexicon, except for a name the
    lexicon does not know, whose preferred label is the surface label it was met with.
    Metric concepts are not here: they are part of the ontology graph.
    """
    graph = _new_graph()
    resolver = _Resolver.build(extraction, lexicon)
    found = [resolver.mention(m) for m in _entity_mentions(extraction)]
    for claim in extraction.claims:
        found.extend(e for e in (resolver.subject(claim), resolver.attribution(claim)) if e)
    described: set[str] = set()
    for entity in found:
        if entity.key not in described:
            described.add(entity.key)
            _describe(graph, entity, space.entity(entity.key))
    return graph


def _describe(graph: Graph, entity: _Entity, iri: URIRef) -> None:
    entry = entity.entry
    if entry is None:
        graph.add((iri, RDF.type, TYPE_CLASSES[entity.type]))
        graph.add((iri, SKOS.prefLabel, Literal(entity.label, lang="zh")))
        return
    is_entry = entity.key == entry.id
    for type_name in entry.types if is_entry else (entity.type,):
        graph.add((iri, RDF.type, TYPE_CLASSES[type_name]))
    if entry.label and entry.label != entry.label_en:
        graph.add((iri, SKOS.prefLabel, Literal(entry.label, lang="zh")))
    if entry.label_en:
        graph.add((iri, SKOS.prefLabel, Literal(entry.label_en, lang="en")))
    if not is_entry:  # 京东 the mini-program: the company's aliases and item are not its own
        return
    for alias in entry.aliases:
        graph.add((iri, SKOS.altLabel, Literal(alias, lang=_script_lang(alias))))
    if entry.wikidata and entry.wikidata.startswith(str(WD)):
        graph.add((iri, SCHEMA.sameAs, WD[entry.wikidata[len(str(WD)):]]))


def _script_lang(text: str) -> str:
    """The language tag of an alias: `LexiconEntry` keeps aliases as plain strings, so the
    tag lexicon.ttl gave them is recovered from the script (汉字 → zh, else en)."""
    return "zh" if _CJK.search(text) else "en"


# --- the runs graph ---------------------------------------------------------------------

def run_graph(run: IngestionRun, *, space: InstanceSpace) -> Graph:
    """The ingestion run as a prov:Activity: times, the software that ran, Prefect's flow
    run id and the article counters. Raises ValueError for a timestamp that is not ISO 8601.

    A run that has not ended (`run.ended` is None) gets no end time and no counters: that
    is the record written with its first article, completed by the full record at the
    end, so a run killed midway stays visible as one that never finished.
    """
    graph = _new_graph()
    iri, software = space.run(run.id), space.software(run.software_version)
    graph.add((iri, RDF.type, PROV.Activity))
    graph.add((iri, RDF.type, KG.IngestionRun))
    graph.add((iri, PROV.startedAtTime, _datetime_literal(run.started)))
    if run.ended:
        graph.add((iri, PROV.endedAtTime, _datetime_literal(run.ended)))
    graph.add((iri, PROV.wasAssociatedWith, software))
    if run.flow_run_id:
        graph.add((iri, KG.prefectFlowRunId, Literal(run.flow_run_id)))
    if run.ended:
        graph.add((iri, KG.articlesIngested, Literal(run.ingested)))
        graph.add((iri, KG.articlesUnchanged, Literal(run.unchanged)))
        graph.add((iri, KG.articlesRejected, Literal(run.rejected)))
    graph.add((software, RDF.type, PROV.SoftwareAgent))
    graph.add((software, SCHEMA.name, Literal("kg-articles")))
    graph.add((software, SCHEMA.softwareVersion, Literal(run.software_version)))
    return graph


OUTCOMES = {"ingested": KG.Ingested, "replaced": KG.Replaced, "rejected": KG.Rejected}


def file_event_graph(run_iri: URIRef | str, path: str, outcome: str, *, space: InstanceSpace,
                     article: str | None = None, replaced: tuple[str, ...] = (),
                     reason: str | None = None) -> Graph:
    """What a run did with one file, for the runs graph (what `kg history PATH` reads).

    `outcome` is "ingested", "replaced" or "rejected"; `article` the article IRI stored,
    `replaced` the article IRIs dropped for the same path, `reason` the rejection's coded
    message. Raises KeyError for another outcome. The graph binds no prefixes: it only goes
    to the store, one per file, and binding them cost more than the rest.
    """
    graph = Graph(bind_namespaces="none")
    run, event = URIRef(str(run_iri)), space.file_event(run_iri, path)
    graph.add((run, KG.fileEvent, event))
    graph.add((event, RDF.type, KG.FileEvent))
    graph.add((event, KG.outcome, OUTCOMES[outcome]))
    graph.add((event, KG.filePath, Literal(path)))
    if article:
        graph.add((event, KG.storedArticle, URIRef(article)))
    for old in replaced:
        graph.add((event, KG.replacedArticle, URIRef(old)))
    if reason:
        graph.add((event, KG.rejectionReason, Literal(reason)))
    return graph


# --- literals -------------------------------------------------------------------------

def _decimal(value: float) -> Literal:
    """An xsd:decimal in plain notation (4.5 亿 → "450000000", never "4.5E+8", which is not
    a valid decimal lexical form)."""
    text = format(Decimal(repr(float(value))), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return Literal(text, datatype=XSD.decimal)


def _date_literal(text: str) -> Literal:
    """xsd:date, xsd:gYearMonth or xsd:gYear by precision; a plain literal if none fits."""
    datatypes = {10: XSD.date, 7: XSD.gYearMonth, 4: XSD.gYear}
    if _CALENDAR_DATE.fullmatch(text) and period_bounds(text) is not None:
        return Literal(text, datatype=datatypes[len(text)])
    return Literal(text)


def _datetime_literal(text: str) -> Literal:
    return Literal(datetime.fromisoformat(text), datatype=XSD.dateTime)


def _new_graph() -> Graph:
    graph = Graph()
    for prefix, namespace in (("kg", KG._NS), ("schema", SCHEMA), ("oa", OA), ("prov", PROV),
                              ("skos", SKOS), ("dcterms", DCTERMS), ("wd", WD)):
        graph.bind(prefix, namespace, replace=True)
    return graph


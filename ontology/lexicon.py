"""Load the lexicons (known entities, metric concepts) from their Turtle files.

Extraction needs plain Python lookups (surface form → entry), not a graph, so this module
reads `lexicon.ttl` and `metrics.ttl` once, when a pipeline is built, and returns frozen
records. The Turtle stays the single source of truth: adding an alias is a one-line edit
there, picked up at the next run.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SKOS

from ontology.namespaces import KG, SCHEMA

ONTOLOGY_DIR = Path(__file__).resolve().parent
ENTITY_TYPES = {KG.Company: "Company", KG.MiniProgram: "MiniProgram", KG.Platform: "Platform"}


def normalise_name(text: str) -> str:
    """The key names are compared by: NFKC, lower case, no whitespace."""
    # str.split() cuts at exactly the characters str.isspace() accepts, in C
    return "".join(unicodedata.normalize("NFKC", text).lower().split())


@dataclass(frozen=True)
class LexiconEntry:
    """A known entity: its id (the IRI's last segment), types, labels and aliases."""

    id: str
    iri: str
    types: tuple[str, ...]
    label: str
    """The preferred Chinese label (or the only label)."""
    label_en: str | None
    aliases: tuple[str, ...]
    wikidata: str | None
    marketplace: bool = False
    """The firm's name also names its marketplace (kg:runsMarketplace)."""

    @property
    def surface_forms(self) -> tuple[str, ...]:
        forms = [self.label, *self.aliases]
        if self.label_en:
            forms.append(self.label_en)
        return tuple(dict.fromkeys(f for f in forms if f))


@dataclass(frozen=True)
class MetricConcept:
    """A metric key of GUIDELINES section 3 as a SKOS concept."""

    key: str
    iri: str
    label: str
    label_en: str
    aliases: tuple[str, ...]
    hidden: tuple[str, ...] = ()
    """Generic nouns (用户, 门店) that name this metric only next to a number."""


@dataclass(frozen=True)
class Lexicon:
    """Known entities and metric concepts, with lookups by surface form."""

    entries: tuple[LexiconEntry, ...]
    metrics: tuple[MetricConcept, ...]

    def by_form(self) -> dict[str, LexiconEntry]:
        """Normalised surface form → entry (longer, more specific labels win ties)."""
        table: dict[str, LexiconEntry] = {}
        for entry in self.entries:
            for form in entry.surface_forms:
                table.setdefault(normalise_name(form), entry)
        return table

    def metric_aliases(self, *, hidden: bool = False) -> dict[str, str]:
        """Surface form → metric key, for every label and alias (and hidden label if asked)."""
        table: dict[str, str] = {}
        for concept in self.metrics:
            forms = [concept.label, concept.label_en, *concept.aliases]
            for form in forms + (list(concept.hidden) if hidden else []):
                if form and (concept.key != "other" or form not in (concept.label,)):
                    table.setdefault(form, concept.key)
        return table

    @cached_property
    def metric_words(self) -> frozenset[str]:
        """Every surface form of a metric, hidden ones included: words no name is."""
        return frozenset(self.metric_aliases(hidden=True))

    def entry(self, entry_id: str) -> LexiconEntry | None:
        return self._by_id.get(entry_id)

    @cached_property
    def _by_id(self) -> dict[str, LexiconEntry]:
        """Entries by id (the first one of an id), built on first use."""
        table: dict[str, LexiconEntry] = {}
        for entry in self.entries:
            table.setdefault(entry.id, entry)
        return table


def _literal(graph: Graph, node: URIRef, prop: URIRef, lang: str | None) -> str | None:
    values = [o for o in graph.objects(node, prop) if getattr(o, "language", None) == lang]
    return str(sorted(values)[0]) if values else None


def load_lexicon(directory: Path = ONTOLOGY_DIR) -> Lexicon:
    """Read `lexicon.ttl` and `metrics.ttl` from `directory`."""
    graph = Graph()
    graph.parse(directory / "lexicon.ttl", format="turtle")
    graph.parse(directory / "metrics.ttl", format="turtle")
    entries = []
    for node in sorted(set(graph.subjects(RDF.type, None))):
        types = tuple(sorted(ENTITY_TYPES[t] for t in graph.objects(node, RDF.type)
                             if t in ENTITY_TYPES))
        if not types:
            continue
        label = _literal(graph, node, SKOS.prefLabel, "zh") or _literal(
            graph, node, SKOS.prefLabel, "en") or _literal(graph, node, SKOS.prefLabel, None)
        aliases = tuple(sorted(str(o) for o in graph.objects(node, SKOS.altLabel)))
        same = [str(o) for o in graph.objects(node, SCHEMA.sameAs) if "wikidata" in str(o)]
        entries.append(LexiconEntry(
            id=str(node).rstrip("/").rsplit("/", 1)[-1], iri=str(node), types=types,
            label=label or "", label_en=_literal(graph, node, SKOS.prefLabel, "en"),
            aliases=aliases, wikidata=same[0] if same else None,
            marketplace=bool(graph.value(node, KG.runsMarketplace))))
    metrics = []
    for node in sorted(graph.subjects(SKOS.inScheme, KG.Metrics)):
        metrics.append(MetricConcept(
            key=str(graph.value(node, SKOS.notation)), iri=str(node),
            label=_literal(graph, node, SKOS.prefLabel, "zh") or "",
            label_en=_literal(graph, node, SKOS.prefLabel, "en") or "",
            aliases=tuple(sorted(str(o) for o in graph.objects(node, SKOS.altLabel))),
            hidden=tuple(sorted(str(o) for o in graph.objects(node, SKOS.hiddenLabel)))))
    return Lexicon(entries=tuple(entries), metrics=tuple(metrics))

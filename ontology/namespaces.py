"""The one place Python names RDF terms.

Every module refers to vocabulary terms through these closed namespaces (`_fail = True`:
a misspelt term raises at import instead of minting a wrong IRI). The project's own terms
are declared in `ontology/kg.ttl`; a test checks that every term listed here is defined
there and the other way round.

The instance namespaces (entities, articles, claims, runs …) hang off a configurable base
IRI, so they are built by `InstanceSpace` from settings rather than fixed here.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

DEFAULT_BASE = "https://example.org/kg/"


class KG(DefinedNamespace):
    """The project's ontology: only what no standard vocabulary already says."""

    _NS = Namespace("https://example.org/kg/ontology#")
    _fail = True

    # classes
    Company: URIRef
    MiniProgram: URIRef
    Platform: URIRef
    Claim: URIRef
    Metrics: URIRef  # the SKOS concept scheme of metric keys
    Kind: URIRef
    Comparator: URIRef
    Modality: URIRef
    IngestionRun: URIRef
    FileEvent: URIRef
    FileOutcome: URIRef

    # individuals
    Level: URIRef
    Change: URIRef
    Equal: URIRef
    GreaterThan: URIRef
    LessThan: URIRef
    Approximately: URIRef
    Fact: URIRef
    Forecast: URIRef
    Ingested: URIRef
    Replaced: URIRef
    Rejected: URIRef

    # properties of lexicon entries
    runsMarketplace: URIRef

    # properties of claims
    kind: URIRef
    comparator: URIRef
    modality: URIRef
    lowerBound: URIRef
    upperBound: URIRef
    unit: URIRef
    periodStart: URIRef
    periodEnd: URIRef
    metricLabel: URIRef
    subjectLabel: URIRef
    attributionLabel: URIRef

    # properties of articles and runs
    sourcePath: URIRef
    sha256: URIRef
    cleanText: URIRef
    sourceFormat: URIRef
    referenceDate: URIRef
    prefectFlowRunId: URIRef
    articlesIngested: URIRef
    articlesUnchanged: URIRef
    articlesRejected: URIRef

    # properties of file events (what a run did with each file)
    fileEvent: URIRef
    outcome: URIRef
    filePath: URIRef
    storedArticle: URIRef
    replacedArticle: URIRef
    rejectionReason: URIRef


SCHEMA = Namespace("https://schema.org/")
OA = Namespace("http://www.w3.org/ns/oa#")
WD = Namespace("http://www.wikidata.org/entity/")


_UNRESERVED = re.compile(r"[A-Za-z0-9_.~-]*")
"""The characters `quote` leaves as they are (RFC 3986 unreserved)."""


@dataclass(frozen=True)
class InstanceSpace:
    """Mints the IRIs of instances under one base IRI (a setting; `kg serve` answers it)."""

    base: str = DEFAULT_BASE

    def _iri(self, kind: str, key: str) -> URIRef:
        if not _UNRESERVED.fullmatch(key):  # digests and ids, most keys, quote to themselves
            key = quote(key, safe="-_.~")
        return URIRef(f"{self.base}{kind}/{key}")

    def entity(self, key: str) -> URIRef:
        return self._iri("entity", key)

    def metric(self, key: str) -> URIRef:
        return self._iri("metric", key)

    def article(self, sha256: str) -> URIRef:
        return self._iri("article", sha256)

    def claim(self, digest: str) -> URIRef:
        return self._iri("claim", digest)

    def run(self, run_id: str) -> URIRef:
        return self._iri("run", run_id)

    def evidence(self, claim: URIRef, start: int, end: int) -> URIRef:
        """One evidence annotation of `claim`: a fragment of the claim IRI, so the claim's
        evidence is addressable and re-mapping the same span yields the same IRI."""
        return URIRef(f"{claim}#ev-{start}-{end}")

    def file_event(self, run: URIRef | str, path: str) -> URIRef:
        """What run `run` did with the file at `path`: a fragment of the run IRI, one per
        run and path, so writing the same event twice (a retried task) adds nothing."""
        digest = hashlib.sha1(path.encode("utf-8")).hexdigest()[:16]
        return URIRef(f"{run}#file-{digest}")

    def software(self, version: str) -> URIRef:
        return self._iri("software", version)

    def graph(self, name: str) -> URIRef:
        """Names of the shared graphs: "entities", "ontology", "runs"."""
        return self._iri("graph", name)

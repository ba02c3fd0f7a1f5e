"""The records that flow between stages: an article read from disk, what extraction
found in it, and why a file was turned away.

These are the contract between `extractors/` (which produces them), `ontology/mapping.py`
(which turns them into triples) and `flows/` (which moves them around). They are plain,
picklable dataclasses so that Prefect can hand them between tasks and processes.

All offsets are Python `str` indices (Unicode code points) into `Article.clean_text`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass(frozen=True)
class Article:
    """One article after reading: metadata plus the clean text every offset refers to."""

    path: str
    """The path as given to the reader (kept relative when it was relative)."""
    sha256: str
    """Hex digest of the file's bytes: the article's identity."""
    clean_text: str
    title: str | None = None
    author: str | None = None
    publisher: str | None = None
    categories: tuple[str, ...] = ()
    published: str | None = None
    """ISO date (YYYY-MM-DD) from the front matter, or None."""
    source_format: str = "text"
    """One of "html", "markdown", "text"."""
    encoding: str = "utf-8"
    blocks: tuple[tuple[int, int], ...] = ()
    """(start, end) of each paragraph, heading or table row in `clean_text`."""
    headings: tuple[tuple[int, int], ...] = ()
    """(start, end) of the blocks that are headings (HTML h1-h6, Markdown #, short title lines)."""
    size_bytes: int = 0


@dataclass(frozen=True)
class Rejection:
    """A file the reader turned away, with a reason an analyst can act on."""

    path: str
    code: str
    """A code from the error catalogue (`kg.errors`), e.g. "E101"."""
    reason: str


@dataclass(frozen=True)
class Mention:
    """An entity, metric or date mention found in the clean text."""

    type: str
    """"Company", "MiniProgram", "Platform", "Metric" or "Date"."""
    label: str
    """Canonical name (lexicon preferred label, or the surface form for unknown names)."""
    text: str
    start: int
    end: int
    value: str | None = None
    """For Metric: the metric key; for Date: the normalised date; else None."""
    entity_id: str | None = None
    """The lexicon id (e.g. "tencent") for known names; None for names found by pattern."""


@dataclass(frozen=True)
class Evidence:
    """One span of clean text that states a claim."""

    start: int
    end: int
    quote: str


@dataclass
class Claim:
    """A numeric claim normalised the way Wikidata models a statement."""

    subject: str
    metric: str
    kind: str
    """"level" or "change"."""
    value: float
    unit: str
    """"count", "percent", "pp", "CNY", "USD", "times" or "other"."""
    comparator: str = "eq"
    """"eq", "gt", "lt" or "approx"."""
    period: str | None = None
    modality: str = "fact"
    attribution: str | None = None
    metric_label: str | None = None
    """The article's own wording of the metric."""
    subject_id: str | None = None
    """The lexicon id of the subject when it is a known entity."""
    subject_type: str | None = None
    attribution_id: str | None = None
    lower_bound: float | None = None
    upper_bound: float | None = None
    evidence: list[Evidence] = field(default_factory=list)

    def identity(self) -> tuple:
        """What the claim *is*: repeated statements with the same identity are one claim."""
        return (self.subject, self.metric, self.kind, round(self.value, 6), self.unit,
                self.period)


@dataclass
class Extraction:
    """Everything extraction found in one article."""

    article: Article
    entities: list[Mention] = field(default_factory=list)
    claims: list[Claim] = field(default_factory=list)
    reference_date: str | None = None
    """The date relative expressions were resolved against (published, or inferred)."""

    def to_json(self) -> dict:
        """The JSON object of GUIDELINES section 5 (what `score.py` reads), plus extras."""
        a = self.article
        claims = []
        for c in self.claims:
            first = c.evidence[0] if c.evidence else None
            d = asdict(c)
            d.pop("evidence")
            d.update(quote=first.quote if first else None,
                     start=first.start if first else None,
                     end=first.end if first else None,
                     evidence=[asdict(e) for e in c.evidence])
            claims.append(d)
        return {
            "doc": {"path": a.path, "sha256": a.sha256, "title": a.title,
                    "published": a.published, "reference_date": self.reference_date},
            "entities": [asdict(m) for m in self.entities],
            "claims": claims,
        }


@dataclass
class IngestionRun:
    """One execution of the ingest flow: a `prov:Activity` in the graph."""

    id: str
    """Unique run id (also the last segment of the run IRI)."""
    started: str
    """ISO 8601 UTC timestamp."""
    ended: str | None = None
    software_version: str = "0.1.0"
    flow_run_id: str | None = None
    """Prefect's flow run id, when run under Prefect."""
    ingested: int = 0
    unchanged: int = 0
    rejected: int = 0

"""The ingest flow: discover → read + extract (per batch) → map to RDF → write, then record the run.

Runs locally with no Prefect server configured (Prefect starts an ephemeral API; the first
start takes 10-15 s). Documents travel in batches, one task per batch and stage, because a
task per document costs more than the work. Only the store writes retry; reading and
extraction are deterministic, so a retry would fail the same way.

Unchanged files are recognised by the sha256 of their bytes before anything is parsed, so
re-ingesting an unchanged corpus reads and hashes files and does nothing else (the spaCy
pipeline is not even built). A run that changed nothing is not written to the graph either,
which keeps the store byte-for-byte the same.
"""

from __future__ import annotations

import hashlib
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from importlib import metadata

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.runtime import flow_run
from rdflib import Graph

from extractors.reader import MAX_BYTES, discover, parse_article
from extractors.records import Extraction, IngestionRun, Rejection
from kg.errors import DocumentRejected, E, KGError
from kg.store import KnowledgeStore
from ontology.lexicon import Lexicon, load_lexicon
from ontology.namespaces import DEFAULT_BASE, InstanceSpace

WRITE_RETRY_DELAYS = [1, 5]


class PipelineHolder:
    """Builds the spaCy pipeline on first use and keeps it for the rest of the flow run.

    Building takes about 2 s, so it happens once per run, and not at all when every file is
    unchanged. The holder is created by the flow and passed to the tasks explicitly.
    """

    def __init__(self):
        self._nlp = None

    def get(self):
        if self._nlp is None:
            from extractors.pipeline import build_pipeline

            self._nlp = build_pipeline()  # reads the same lexicon files from ontology/
        return self._nlp


@dataclass
class ArticleGraphs:
    """One article's triples, ready to write: its own graph and its shared entity triples."""

    path: str
    sha256: str
    iri: str
    article: Graph
    entities: Graph
    claims: int


@dataclass
class BatchResult:
    """What one stage produced for a batch: extractions or graphs, and what it turned away."""

    extractions: list[Extraction] = field(default_factory=list)
    graphs: list[ArticleGraphs] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds").replace("+00:00", "Z")


def new_run_id() -> str:
    """A sortable, unique run id: UTC timestamp plus a short random suffix."""
    return f"{datetime.now(UTC):%Y%m%dT%H%M%SZ}-{secrets.token_hex(3)}"


def software_version() -> str:
    try:
        return metadata.version("kg-articles")
    except metadata.PackageNotFoundError:
        return IngestionRun.software_version


def _read_bytes(path: str, max_bytes: int) -> bytes:
    """The file's bytes (at most max_bytes + 1, enough for the reader to reject it)."""
    try:
        with open(path, "rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise DocumentRejected(E.E107, path=path) from None
    except OSError as error:
        raise DocumentRejected(E.E106, path=path, detail=error.strerror or error) from None


@task(cache_policy=NONE)
def discover_documents(paths: list[str]) -> list[str]:
    """The article files under `paths` (raises DocumentRejected for a missing path)."""
    return [str(p) for p in discover(paths)]


@task(cache_policy=NONE)
def read_and_extract_batch(paths: list[str], pipeline: PipelineHolder, known: frozenset[str],
                           max_bytes: int = MAX_BYTES) -> BatchResult:
    """Read, hash and extract a batch; a bad file becomes a Rejection and the batch goes on."""
    logger = get_run_logger()
    result = BatchResult()
    for path in paths:
        try:
            data = _read_bytes(path, max_bytes)
            if hashlib.sha256(data).hexdigest() in known:
                result.unchanged.append(path)
                continue
            article = parse_article(data, path=path, max_bytes=max_bytes)
        except DocumentRejected as err:
            logger.warning("rejected %s", err)
            result.rejected.append(Rejection(path=err.path or path, code=err.code, reason=str(err)))
            continue
        try:
            result.extractions.append(_extract(pipeline, article))
        except Exception as err:  # one article's extraction bug must not sink the batch
            result.rejected.append(_rejection(path, err))
    return result


def _extract(pipeline: PipelineHolder, article) -> Extraction:
    from extractors.pipeline import extract

    return extract(pipeline.get(), article)


@task(cache_policy=NONE)
def map_batch(extractions: list[Extraction], run_iri: str, space: InstanceSpace,
              lexicon: Lexicon) -> BatchResult:
    """Turn extractions into triples (pure): the article graph and the entity triples.

    The mapping refuses an extraction whose evidence does not match the clean text (an
    extractor bug); that article becomes a Rejection (E201) and the batch goes on.
    """
    from ontology.mapping import article_graph, entity_graph

    result = BatchResult()
    for extraction in extractions:
        article = extraction.article
        try:
            result.graphs.append(ArticleGraphs(
                path=article.path, sha256=article.sha256, iri=str(space.article(article.sha256)),
                article=article_graph(extraction, run_iri=run_iri, space=space, lexicon=lexicon),
                entities=entity_graph(extraction, space=space, lexicon=lexicon),
                claims=len(extraction.claims)))
        except ValueError as err:
            result.rejected.append(_rejection(article.path, err))
    return result


def _rejection(path: str, err: Exception) -> Rejection:
    error = KGError(E.E201, path=path, detail=f"{type(err).__name__}: {err}")
    get_run_logger().warning("rejected %s", error)
    return Rejection(path=path, code=error.code, reason=str(error))


@task(cache_policy=NONE, retries=2, retry_delay_seconds=WRITE_RETRY_DELAYS)
def write_batch(store: KnowledgeStore, batch: list[ArticleGraphs], run_iri: str) -> dict:
    """Write each article in its own transaction; skip sha256s already stored.

    Safe to retry: an article this run already wrote counts as ingested, not unchanged.
    """
    logger = get_run_logger()
    written = {"ingested": [], "unchanged": [], "rejected": [], "claims": 0}
    for item in batch:
        stored = store.article_by_sha256(item.sha256)
        if stored is not None:
            if stored.run != run_iri:
                written["unchanged"].append(item.path)
                continue
        else:
            try:
                triples = store.replace_article(item.iri, item.path, item.article, item.entities)
            except KGError as err:
                if err.code != "E305":  # invalid RDF will not get better on a retry
                    raise
                written["rejected"].append(Rejection(item.path, err.code, str(err)))
                continue
            logger.info("stored %s (%d triples, %d claims)", item.path, triples, item.claims)
        written["ingested"].append(item.path)
        written["claims"] += item.claims
    return written


@task(cache_policy=NONE, retries=2, retry_delay_seconds=WRITE_RETRY_DELAYS)
def sync_ontology(store: KnowledgeStore) -> bool:
    """Load the ontology graph when the store has none or an older one."""
    from ontology import load_ontology_graph

    return store.sync_ontology(load_ontology_graph())


@task(cache_policy=NONE, retries=2, retry_delay_seconds=WRITE_RETRY_DELAYS)
def write_run(store: KnowledgeStore, run: IngestionRun, space: InstanceSpace) -> int:
    """Record the run as a prov:Activity in the runs graph (idempotent, so retry-safe)."""
    from ontology.mapping import run_graph

    return store.add_to_graph("runs", run_graph(run, space=space))


def _batches(items: list[str], size: int) -> list[list[str]]:
    size = max(1, size)
    return [items[i:i + size] for i in range(0, len(items), size)]


@flow(name="kg-ingest")
def ingest(paths: list[str], store_dir: str, batch_size: int = 50, base_iri: str = DEFAULT_BASE,
           max_bytes: int = MAX_BYTES,
           progress: Callable[[int, int], None] | None = None) -> dict:
    """Ingest the articles under `paths` into the store at `store_dir`; return a summary.

    `progress(done, total)` is called after each batch (the command line draws its bar).
    """
    logger = get_run_logger()
    space = InstanceSpace(base_iri)
    run = IngestionRun(id=new_run_id(), started=utc_now(), software_version=software_version(),
                       flow_run_id=str(flow_run.id) if flow_run.id else None)
    run_iri = str(space.run(run.id))
    files = discover_documents(paths)
    logger.info("%d article files under %s", len(files), ", ".join(paths))
    lexicon = load_lexicon()
    pipeline = PipelineHolder()
    rejected: list[Rejection] = []
    ingested, unchanged, claims, done = [], [], 0, 0
    with KnowledgeStore.open(store_dir, space=space) as store:
        sync_ontology(store)
        known = frozenset(store.article_hashes())
        for batch in _batches(files, batch_size):
            read = read_and_extract_batch(batch, pipeline, known, max_bytes)
            mapped = map_batch(read.extractions, run_iri, space, lexicon)
            written = write_batch(store, mapped.graphs, run_iri)
            ingested += written["ingested"]
            unchanged += read.unchanged + written["unchanged"]
            rejected += read.rejected + mapped.rejected + written["rejected"]
            claims += written["claims"]
            done += len(batch)
            if progress is not None:
                progress(done, len(files))
        run.ended = utc_now()
        run.ingested, run.unchanged, run.rejected = len(ingested), len(unchanged), len(rejected)
        if ingested:
            write_run(store, run, space)
        totals = store.stats()
    summary = {
        "run": run_iri if ingested else None, "flow_run_id": run.flow_run_id,
        "files": len(files), "ingested": len(ingested), "unchanged": len(unchanged),
        "rejected": [{"path": r.path, "code": r.code, "reason": r.reason} for r in rejected],
        "claims_ingested": claims,
        "articles": totals["articles"], "claims": totals["claims"],
        "entities": totals["entities"], "triples": totals["triples"],
    }
    logger.info("ingested %d, unchanged %d, rejected %d; store: %d articles, %d claims, "
                "%d entities, %d triples", len(ingested), len(unchanged), len(rejected),
                totals["articles"], totals["claims"], totals["entities"], totals["triples"])
    return summary

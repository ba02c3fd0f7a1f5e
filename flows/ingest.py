"""The ingest flow: discover → read + extract + map to RDF (per batch) → write, then record the run.

Runs locally with no Prefect server configured (Prefect starts an ephemeral API; the first
start takes 10-15 s). Documents travel in batches, one task per batch, because a task per
document costs more than the work. The batches run on the flow's task runner (a thread, a
process pool or a Dask cluster: `flows.runners`), `workers` of them at a time, and come
back as N-Triples that the flow writes in order; only the flow opens the store. Only the
store writes retry; reading and extraction are deterministic, so a retry would fail the
same way.

Unchanged files are recognised by the sha256 of their bytes before anything is parsed, in
the flow itself (one scan of the kg:sha256 index gives every stored one), so re-ingesting
an unchanged corpus reads and hashes files and does nothing else (no worker starts, no
pipeline is built). A run that neither stored nor rejected a file is not written to
the graph either, which keeps the store byte-for-byte the same.

The store is opened under its write lock (waiting up to `lock_timeout` for another run).
Each article becomes visible in one transaction with the run's start record and what the
run did to the file (a changed file's whole replacement; for new files, their batch's
last step after the bulk load: `KnowledgeStore.add_articles`); the run's end time,
counters and rejections are added at the end. A run killed midway therefore leaves whole
articles that name a known run (one without an end), plus at most one batch of invisible
bulk-loaded graphs that the next run sweeps; it skips what was stored (same sha256) and
finishes the rest.
"""

from __future__ import annotations

import secrets
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime
from importlib import metadata

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NONE
from prefect.runtime import flow_run
from rdflib import Graph

from extractors.reader import MAX_BYTES, discover
from extractors.records import IngestionRun, Rejection
from flows.runners import sharing_api
from flows.work import Processed, process_batch, triage
from kg.backends import open_store
from kg.errors import KGError
from kg.store import KnowledgeStore
from ontology.namespaces import DEFAULT_BASE, InstanceSpace
from ontology.ntriples import ArticleTriples

WRITE_RETRY_DELAYS = [1, 5]


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


@task(cache_policy=NONE)
def discover_documents(paths: list[str]) -> list[str]:
    """The article files under `paths` (raises DocumentRejected for a missing path)."""
    return [str(p) for p in discover(paths)]


@task(cache_policy=NONE, retries=2, retry_delay_seconds=WRITE_RETRY_DELAYS)
def write_batch(store: KnowledgeStore, batch: list[ArticleTriples], run_iri: str,
                run_record: Graph | None = None, reextract: bool = False) -> dict:
    """Write a batch's articles; skip sha256s already stored (unless `reextract`: then the
    stored graph of the same bytes is replaced by the new extraction, as a changed file's).

    New files go in together (`KnowledgeStore.add_articles`: bulk, then one transaction that
    makes them visible); changed files one by one, each replacing its older graph in one
    transaction. Either way the run's start record (`run_record`) and the file's event
    (ingested, or replaced with the dropped graph) go in with the article. Safe to retry: an
    article this run already wrote counts as ingested, not unchanged.
    """
    from ontology.mapping import file_event_graph

    logger = get_run_logger()
    written = {"ingested": [], "replaced": [], "unchanged": [], "rejected": [], "claims": 0}
    new: list[tuple[ArticleTriples, Graph]] = []
    new_hashes: set[str] = set()
    copies: list[ArticleTriples] = []  # the same bytes as a new article of this batch
    for item in batch:
        if item.sha256 in new_hashes:
            copies.append(item)
            continue
        stored = store.article_by_sha256(item.sha256)
        earlier = stored is not None and stored.run != run_iri  # stored by an earlier run
        if earlier and not reextract:
            written["unchanged"].append(item.path)
            continue
        if stored is None or earlier:  # else this run stored it already (a retried batch)
            old = tuple(a.iri for a in store.articles(path=item.path) if a.iri != item.iri)
            if earlier:
                old += (item.iri,)  # re-extracted: the same bytes' older extraction goes
            event = file_event_graph(run_iri, item.path, "replaced" if old else "ingested",
                                     space=store.space, article=item.iri, replaced=old)
            if not old and not store.has_graph(item.iri):
                new.append((item, event))
                new_hashes.add(item.sha256)
                continue
            try:
                triples = store.replace_article(item.iri, item.path, item.article, item.entities,
                                                run_graph=(run_record or Graph()) + event)
            except KGError as err:
                if err.code != "E305":  # invalid RDF will not get better on a retry
                    raise
                written["rejected"].append(Rejection(item.path, err.code, str(err)))
                continue
            logger.info("stored %s (%d triples, %d claims)", item.path, triples, item.claims)
            if old:
                written["replaced"].append(item.path)
        written["ingested"].append(item.path)
        written["claims"] += item.claims
    stored_new = _add_new(store, new, run_record or Graph(), written["rejected"])
    if stored_new:
        logger.info("stored %d new articles (%d triples, %d claims)", len(stored_new),
                    sum(i.triples for i in stored_new), sum(i.claims for i in stored_new))
    for item in stored_new:
        written["ingested"].append(item.path)
        written["claims"] += item.claims
    _settle_copies(copies, [item for item, _ in new], stored_new, written)
    return written


def _settle_copies(copies: list[ArticleTriples], originals: list[ArticleTriples],
                   stored: list[ArticleTriples], written: dict) -> None:
    """A file with the same bytes as a new article of its batch shares that article's fate:
    ingested when it was stored (as a copy in a later batch or run would be), rejected
    with the same reason when it was not."""
    stored_hashes = {item.sha256 for item in stored}
    for item in copies:
        if item.sha256 in stored_hashes:
            written["ingested"].append(item.path)
            written["claims"] += item.claims
            continue
        original = next(first.path for first in originals if first.sha256 == item.sha256)
        why = next(r for r in written["rejected"] if r.path == original)
        reason = why.reason.replace(original, f"{item.path} (the same bytes as {original})", 1)
        written["rejected"].append(Rejection(item.path, why.code, reason))


def _add_new(store: KnowledgeStore, new: list[tuple[ArticleTriples, Graph]], run_record: Graph,
             rejected: list[Rejection]) -> list[ArticleTriples]:
    """Store new articles, each with its file event, together; when one of them is invalid
    RDF (E305), one by one, so that only that file is rejected (appended to `rejected`).
    Returns the articles stored."""
    if not new:
        return []
    events = Graph()
    for _, event in new:
        events += event
    try:
        store.add_articles([item for item, _ in new], (run_record + events).serialize(format="nt"))
        return [item for item, _ in new]
    except KGError as err:
        if err.code != "E305":
            raise
    stored = []
    for item, event in new:
        try:
            store.add_articles([item], (run_record + event).serialize(format="nt"))
        except KGError as err:
            if err.code != "E305":
                raise
            rejected.append(Rejection(item.path, err.code, str(err)))
            continue
        stored.append(item)
    return stored


@task(cache_policy=NONE, retries=2, retry_delay_seconds=WRITE_RETRY_DELAYS)
def sync_ontology(store: KnowledgeStore) -> bool:
    """Load the ontology graph when the store has none or an older one."""
    from ontology import load_ontology_graph

    return store.sync_ontology(load_ontology_graph())


@task(cache_policy=NONE, retries=2, retry_delay_seconds=WRITE_RETRY_DELAYS)
def write_run(store: KnowledgeStore, run: IngestionRun, space: InstanceSpace,
              rejected: list[Rejection] | None = None) -> int:
    """Record the run as a prov:Activity in the runs graph, with an event per rejected file,
    in one transaction (idempotent, so retry-safe)."""
    from ontology.mapping import file_event_graph, run_graph

    graph = run_graph(run, space=space)
    run_iri = space.run(run.id)
    for rejection in rejected or []:
        graph += file_event_graph(run_iri, rejection.path, "rejected", space=space,
                                  reason=rejection.reason)
    return store.add_to_graph("runs", graph)


extract_batch = task(process_batch, name="read-extract-map", cache_policy=NONE)
"""Read, hash, extract and map a batch (`flows.work.process_batch`): pure, so it runs on
any task runner; deterministic, so it does not retry."""


def _batches(items: list[str], size: int) -> list[list[str]]:
    size = max(1, size)
    return [items[i:i + size] for i in range(0, len(items), size)]


@flow(name="kg-ingest")
def ingest(paths: list[str], store_dir: str, batch_size: int = 100, base_iri: str = DEFAULT_BASE,
           max_bytes: int = MAX_BYTES, lock_timeout: float = 300.0,
           progress: Callable[[int, int], None] | None = None, workers: int = 1,
           reextract: bool = False) -> dict:
    """Ingest the articles under `paths` into the store at `store_dir`; return a summary.

    `store_dir` is a directory, or a SPARQL endpoint written `sparql+http://host:port/…`
    (`kg.backends.open_store`). Batches are read, extracted and mapped on the flow's task
    runner (`flows.runners.task_runner`; pick one with `ingest.with_options(task_runner=…)`),
    `workers` of them at a time, and written in order by the flow.

    `progress(done, total)` is called after each batch (the command line draws its bar).
    `lock_timeout` is how long to wait for another run holding the store (then E306).
    `reextract` extracts files already stored again and replaces their graphs (they count
    as replaced): after the extractors or the lexicons improved, an unchanged file would
    otherwise keep the claims an older version found.
    """
    from ontology.mapping import run_graph

    logger = get_run_logger()
    space = InstanceSpace(base_iri)
    run = IngestionRun(id=new_run_id(), started=utc_now(), software_version=software_version(),
                       flow_run_id=str(flow_run.id) if flow_run.id else None)
    run_iri = str(space.run(run.id))
    files = discover_documents(paths)
    logger.info("%d article files under %s", len(files), ", ".join(paths))
    rejected: list[Rejection] = []
    ingested, replaced, unchanged, claims, done = [], [], [], 0, 0
    holder = f"ingestion run {run.id}" + (f" (flow run {run.flow_run_id})"
                                          if run.flow_run_id else "")
    run_record = run_graph(run, space=space)  # not ended yet: the start, written per article
    with open_store(store_dir, space=space, holder=holder, wait=lock_timeout,
                    on_wait=lambda message: logger.warning("%s", message)) as store:
        sync_ontology(store)
        for iri in store.sweep_unfinished():
            logger.warning("removed %s: an unfinished article graph left by a killed run", iri)
        known = frozenset() if reextract else frozenset(store.article_hashes())
        entities_before = store.entity_count()
        # Batches run on the flow's task runner (threads, processes or a Dask cluster),
        # at most `workers` + 1 at a time, and are written here in order, one by one.
        # Unchanged files are found here (read and hashed), so they never reach a worker.
        pending: deque = deque()
        batches = iter(_batches(files, batch_size))
        with sharing_api():  # workers on this machine report to this run's API
            while True:
                while len(pending) <= max(1, workers) and (batch := next(batches, None)):
                    todo, same, unreadable = triage(batch, known, max_bytes)
                    future = extract_batch.submit(todo, run_iri=run_iri, base_iri=base_iri,
                                                  max_bytes=max_bytes) if todo else None
                    pending.append((batch, future, Processed(unchanged=same, rejected=unreadable)))
                if not pending:
                    break
                batch, future, read = pending.popleft()
                if future is not None:
                    done_batch = future.result()
                    read.articles = done_batch.articles
                    read.rejected += done_batch.rejected
                for rejection in read.rejected:
                    logger.warning("rejected %s", rejection.reason)
                written = write_batch(store, read.articles, run_iri, run_record, reextract)
                # Prefect keeps every task's result for the whole run, and its parameters
                # in cycles the garbage collector frees late: empty the batch itself (the
                # list both hold), so that memory stays flat however long the corpus.
                read.articles.clear()
                ingested += written["ingested"]
                replaced += written["replaced"]
                unchanged += read.unchanged + written["unchanged"]
                rejected += read.rejected + written["rejected"]
                claims += written["claims"]
                done += len(batch)
                if progress is not None:
                    progress(done, len(files))
        run.ended = utc_now()
        run.ingested, run.unchanged, run.rejected = len(ingested), len(unchanged), len(rejected)
        if ingested or rejected:
            write_run(store, run, space, rejected)
        totals = store.totals()
    summary = {
        "run": run_iri if ingested or rejected else None, "flow_run_id": run.flow_run_id,
        "files": len(files), "ingested": len(ingested), "replaced": len(replaced),
        "unchanged": len(unchanged),
        "rejected": [{"path": r.path, "code": r.code, "reason": r.reason} for r in rejected],
        "claims_ingested": claims, "entities_new": totals["entities"] - entities_before,
        "articles": totals["articles"], "claims": totals["claims"],
        "entities": totals["entities"], "triples": totals["triples"],
        "paths": {"ingested": ingested, "replaced": replaced, "unchanged": unchanged},
    }
    logger.info("ingested %d, unchanged %d, rejected %d; store: %d articles, %d claims, "
                "%d entities, %d triples", len(ingested), len(unchanged), len(rejected),
                totals["articles"], totals["claims"], totals["entities"], totals["triples"])
    return summary

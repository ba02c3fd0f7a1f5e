"""The work of an ingestion, one batch of files at a time, as plain functions: read, hash,
extract, map to N-Triples.

No Prefect here: the ingest flow wraps `process_batch` in a task, and the benchmarks call it
directly, so both run and measure the same code. Everything a batch needs comes in its
arguments or is built once per process (`shared_pipeline`, the lexicon), so the same batch
runs in the flow's own process, in a process pool or on a Dask worker, with the same result.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

from extractors.reader import MAX_BYTES, parse_article
from extractors.records import Extraction, Rejection
from kg.errors import DocumentRejected, E, KGError
from ontology.namespaces import DEFAULT_BASE, InstanceSpace
from ontology.ntriples import ArticleTriples


@dataclass
class Processed:
    """What a batch gave: articles ready to store, files already stored, files turned away."""

    articles: list[ArticleTriples] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    rejected: list[Rejection] = field(default_factory=list)
    clean_bytes: int = 0
    """UTF-8 bytes of clean text extracted (what throughput is measured in)."""


def read_bytes(path: str, max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes (at most max_bytes + 1, enough for the reader to reject it).
    Raises DocumentRejected E107 for a missing file, E106 for an unreadable one."""
    try:
        with open(path, "rb") as handle:
            return handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise DocumentRejected(E.E107, path=path) from None
    except OSError as error:
        raise DocumentRejected(E.E106, path=path, detail=error.strerror or error) from None


def triage(paths: list[str], known: frozenset[str], max_bytes: int = MAX_BYTES
           ) -> tuple[list[str], list[str], list[Rejection]]:
    """(to extract, unchanged, unreadable) among `paths`: a file whose sha256 is `known` is
    unchanged. Reading and hashing is all it costs, so the flow does it itself and sends
    only the rest to its workers (a re-ingest of an unchanged corpus starts none)."""
    todo, unchanged, rejected = [], [], []
    for path in paths:
        try:
            data = read_bytes(path, max_bytes)
        except DocumentRejected as err:
            rejected.append(Rejection(path=err.path or path, code=err.code, reason=str(err)))
            continue
        (unchanged if hashlib.sha256(data).hexdigest() in known else todo).append(path)
    return todo, unchanged, rejected


def extraction_failed(path: str, err: Exception) -> Rejection:
    """An article whose extraction or mapping raised: E201 with the exception named."""
    error = KGError(E.E201, path=path, detail=f"{type(err).__name__}: {err}")
    return Rejection(path=path, code=error.code, reason=str(error))


def process_batch(paths: list[str], known: frozenset[str] = frozenset(), *, run_iri: str,
                  base_iri: str = DEFAULT_BASE, max_bytes: int = MAX_BYTES,
                  lexicon_dir: str = "") -> Processed:
    """Read, hash, extract and map each file of `paths`, in order.

    A file whose sha256 is in `known` is unchanged and not parsed; a file the reader turns
    away, or whose extraction or mapping fails, becomes a Rejection and the batch goes on.
    """
    from extractors.lexicons import load_cached
    from extractors.pipeline import extract, shared_pipeline
    from ontology.ntriples import article_ntriples

    space = InstanceSpace(base_iri)
    done = Processed()
    for path in paths:
        try:
            data = read_bytes(path, max_bytes)
            if hashlib.sha256(data).hexdigest() in known:
                done.unchanged.append(path)
                continue
            article = parse_article(data, path=path, max_bytes=max_bytes)
        except DocumentRejected as err:
            done.rejected.append(Rejection(path=err.path or path, code=err.code,
                                           reason=str(err)))
            continue
        try:
            extraction: Extraction = extract(shared_pipeline(lexicon_dir), article)
            done.articles.append(article_ntriples(extraction, run_iri=run_iri, space=space,
                                                  lexicon=load_cached(lexicon_dir)))
        except Exception as err:  # one article's extractor bug must not sink the batch
            done.rejected.append(extraction_failed(path, err))
            continue
        done.clean_bytes += len(article.clean_text.encode("utf-8"))
    return done

"""Which store a location names: a directory (the embedded Oxigraph store) or a SPARQL
endpoint written `sparql+http://host:port/path` (`sparql+https://…` for TLS), which any
SPARQL 1.1 Protocol and Graph Store Protocol server can hold (Oxigraph server, Virtuoso,
Jena Fuseki, GraphDB, QLever).

Both kinds answer the same interface (`KnowledgeStore`'s): the command line and the ingest
flow open whatever `--store` names through `open_store` and never ask which it is.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from ontology.namespaces import InstanceSpace

REMOTE_SCHEMES = ("sparql+http://", "sparql+https://")


def is_remote(location: str | Path) -> bool:
    """True for a `sparql+http(s)://` endpoint URL."""
    return isinstance(location, str) and location.startswith(REMOTE_SCHEMES)


def display(location: str | Path) -> str:
    """The location for messages: an endpoint's password replaced by ***."""
    text = str(location)
    if is_remote(text):
        parts = urlsplit(text)
        if parts.password:
            netloc = parts.netloc.replace(f":{parts.password}@", ":***@", 1)
            return urlunsplit(parts._replace(netloc=netloc))
    return text


def open_store(location: str | Path, *, space: InstanceSpace | None = None,
               create: bool = True, **local_options):
    """The store at `location`: a `RemoteStore` for an endpoint URL, else the on-disk
    `KnowledgeStore` (`local_options`: its lock holder, wait and on_wait). Raises KGError
    E302 for a directory that cannot be a store, E307 for an endpoint that does not answer.
    """
    if is_remote(location):
        from kg.remote_store import RemoteStore

        return RemoteStore.open(str(location), space=space)
    from kg.store import KnowledgeStore

    return KnowledgeStore.open(location, space=space, create=create, **local_options)

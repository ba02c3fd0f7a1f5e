"""SPARQL 1.1 Protocol details that need no server: content negotiation and refusals.

Pure functions over strings, shared by the request handlers (`sparql`, `pages`) and the
worker processes (`worker`), so both sides agree on what a client asked for.
"""

from __future__ import annotations

import re

import pyoxigraph as ox

HTML = "text/html"
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/xml": ox.QueryResultsFormat.XML,
}
"""Media types for SELECT and ASK results, the server's preference first."""
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
"""Media types for CONSTRUCT and DESCRIBE results (and dereferenced IRIs)."""
FORMAT_NAMES = {
    "json": "application/sparql-results+json", "xml": "application/sparql-results+xml",
    "csv": "text/csv", "tsv": "text/tab-separated-values",
    "ttl": "text/turtle", "turtle": "text/turtle", "nt": "application/n-triples",
    "jsonld": "application/ld+json", "rdfxml": "application/rdf+xml", "html": HTML,
}
"""Short names for the `format=` request parameter, which overrides the Accept header."""

_ACCEPT_ITEM = re.compile(r"^\s*([^;\s]+)\s*(.*)$")


def parse_accept(header: str | None) -> list[tuple[str, float]]:
    """(media range, q) pairs of an Accept header; no header means */*."""
    if not header or not header.strip():
        return [("*/*", 1.0)]
    ranges = []
    for item in header.split(","):
        match = _ACCEPT_ITEM.match(item)
        if not match:
            continue
        media, params = match.group(1).lower(), match.group(2)
        quality = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key.strip().lower() == "q":
                try:
                    quality = max(0.0, min(1.0, float(value)))
                except ValueError:
                    quality = 0.0
        ranges.append((media, quality))
    return ranges


def _quality(media: str, ranges: list[tuple[str, float]]) -> float:
    """The q the client gives `media`: the most specific matching range wins."""
    kind = media.split("/")[0]
    best, specificity = 0.0, -1
    for given, quality in ranges:
        if given == media:
            rank = 2
        elif given == f"{kind}/*":
            rank = 1
        elif given == "*/*":
            rank = 0
        else:
            continue
        if rank > specificity:
            best, specificity = quality, rank
    return best


def negotiate(accept: str | None, offers: list[str]) -> str | None:
    """The offer the client prefers (ties go to the earlier offer); None if none is
    acceptable. `offers` are exact media types in the server's order of preference."""
    ranges = parse_accept(accept)
    scored = [(_quality(offer, ranges), -n, offer) for n, offer in enumerate(offers)]
    quality, _, offer = max(scored)
    return offer if quality > 0 else None


def prefers_html(accept: str | None) -> bool:
    """True when a browser is asking: text/html is acceptable and no RDF or SPARQL results
    type is preferred to it (curl's */* alone does not count as asking for HTML)."""
    ranges = parse_accept(accept)
    html = _quality(HTML, ranges)
    if html == 0 or not any(given in (HTML, "application/xhtml+xml") for given, _ in ranges):
        return False
    machine = [*RESULT_FORMATS, *GRAPH_FORMATS]
    return all(_quality(m, ranges) <= html or m in ("text/plain", "application/xml")
               for m in machine)


# --- refused operations --------------------------------------------------------------------

_NOT_CODE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'        # long strings first: they may hold quotes
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"                   # IRIs, which may hold '#'
    r"|#[^\n]*",                              # comments
    re.S)
_REFUSED = re.compile(r"(?<![\w?$:.-])(SERVICE|LOAD)(?![\w:-])", re.I)


def refused_operation(text: str) -> str | None:
    """"SERVICE" or "LOAD" when the query or update uses one, else None.

    Strings, IRIs and comments are blanked first, so a literal "SERVICE", an IRI ending in
    /load or a variable ?service do not count; keywords are case-insensitive as in SPARQL.
    Both would make this server fetch from other hosts on an outside user's behalf, which
    an endpoint for outside users must not do (Oxigraph does run SERVICE over HTTP).
    """
    code = _NOT_CODE.sub(lambda m: " " * len(m.group(0)), text)
    match = _REFUSED.search(code)
    return match.group(1).upper() if match else None

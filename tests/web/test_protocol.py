"""Content negotiation and the refusal of SERVICE and LOAD: tables of cases."""

from __future__ import annotations

import pytest

from kg.web.protocol import negotiate, prefers_html, refused_operation

RESULTS = ["application/sparql-results+json", "application/sparql-results+xml", "text/csv",
           "text/tab-separated-values"]
CHROME = ("text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,"
          "*/*;q=0.8")


@pytest.mark.parametrize("accept, expected", [
    (None, "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/csv", "text/csv"),
    ("text/*", "text/csv"),
    ("application/sparql-results+xml, application/rdf+xml", "application/sparql-results+xml"),
    ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
    ("application/sparql-results+json;q=0.1, */*;q=0.2", "application/sparql-results+xml"),
    ("image/png", None),
    ("text/csv;q=0", None),
])
def test_negotiate(accept, expected):
    assert negotiate(accept, RESULTS) == expected


@pytest.mark.parametrize("accept, expected", [
    (CHROME, True),
    ("text/html", True),
    ("*/*", False),
    (None, False),
    ("application/sparql-results+xml, application/rdf+xml", False),
    ("text/turtle, text/html;q=0.5", False),
    ("text/html, text/turtle", True),
])
def test_prefers_html(accept, expected):
    assert prefers_html(accept) is expected


@pytest.mark.parametrize("text, expected", [
    ("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }", "SERVICE"),
    ("select * where { service silent <http://x/> { ?s ?p ?o } }", "SERVICE"),
    ("SELECT * WHERE {\nSERVICE\n?endpoint { ?s ?p ?o } }", "SERVICE"),
    ("LOAD <http://x/data.ttl>", "LOAD"),
    ("load silent <http://x/data.ttl> into graph <http://g/>", "LOAD"),
    ('SELECT ("SERVICE" AS ?x) WHERE {}', None),
    ("SELECT ('''a SERVICE\nLOAD''' AS ?x) WHERE {}", None),
    ("SELECT ?service WHERE { ?service ?p ?o }", None),
    ("PREFIX service: <http://x/> SELECT * WHERE { ?s service:load ?o }", None),
    ("SELECT * WHERE { ?s <http://x/SERVICE> ?o } # SERVICE in a comment", None),
    ("SELECT * WHERE { ?s <http://x/#> ?o . SERVICE <http://y/> {} }", "SERVICE"),
    ('SELECT * WHERE { ?s ?p "a\\"b" . SERVICE <http://y/> {} }', "SERVICE"),
    ("SELECT * WHERE { FILTER(?x < 3 && ?y > 2) SERVICE <http://y/> {} }", "SERVICE"),
])
def test_refused_operation(text, expected):
    assert refused_operation(text) == expected

"""Which store `--store` names, where a server's endpoints are, and how bindings reach a
server that has no bindings (tables of cases; no server needed)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.backends import display, is_remote
from kg.errors import KGError
from kg.remote_store import Endpoints, with_values
from kg.settings import Settings


@pytest.mark.parametrize("location, query, update, data", [
    ("sparql+http://127.0.0.1:7878/", "http://127.0.0.1:7878/query",
     "http://127.0.0.1:7878/update", "http://127.0.0.1:7878/store"),
    ("sparql+http://h:8890/sparql", "http://h:8890/sparql", "http://h:8890/sparql",
     "http://h:8890/sparql-graph-crud"),
    ("sparql+http://u:p@h:8890/sparql-auth", "http://h:8890/sparql-auth",
     "http://h:8890/sparql-auth", "http://h:8890/sparql-graph-crud-auth"),
    ("sparql+http://h:3030/ds", "http://h:3030/ds/query", "http://h:3030/ds/update",
     "http://h:3030/ds/data"),
    ("sparql+https://h/repositories/kg", "https://h/repositories/kg",
     "https://h/repositories/kg/statements", "https://h/repositories/kg/rdf-graphs/service"),
    ("sparql+http://h:1/x?query=/q&update=/u&data=/d", "http://h:1/q", "http://h:1/u",
     "http://h:1/d"),
])
def test_endpoints_from_location(location, query, update, data):
    endpoints = Endpoints.from_location(location)
    assert (endpoints.query, endpoints.update, endpoints.data) == (query, update, data)


def test_credentials_become_digest_auth_and_never_show():
    endpoints = Endpoints.from_location("sparql+http://dba:secret@h:8890/sparql-auth")
    assert endpoints.auth is not None and "secret" not in endpoints.query
    assert display("sparql+http://dba:secret@h:8890/sparql-auth") == \
        "sparql+http://dba:***@h:8890/sparql-auth"


@pytest.mark.parametrize("value, remote", [
    ("sparql+http://h:1/", True), ("sparql+https://h/x", True), ("data/kg", False),
    ("http://h:1/", False),
])
def test_is_remote(value, remote):
    assert is_remote(value) is remote
    settings = Settings.resolve(store=value, environ={})
    assert (settings.store_url is not None) is remote
    assert settings.store_location == (value if remote else str(Path(value)))


@pytest.mark.parametrize("query, expected", [
    ("SELECT ?a WHERE { ?a ?p ?o }", 'SELECT ?a WHERE { VALUES (?a) { (<http://x/a>) } ?a ?p ?o }'),
    ("# WHERE { in a comment\nSELECT * { ?a ?p ?o }",
     '# WHERE { in a comment\nSELECT * { VALUES (?a) { (<http://x/a>) } ?a ?p ?o }'),
    ('SELECT ("{" AS ?b) ?a WHERE { ?a ?p ?o }',
     'SELECT ("{" AS ?b) ?a WHERE { VALUES (?a) { (<http://x/a>) } ?a ?p ?o }'),
    ("CONSTRUCT { ?a ?p ?o } WHERE { ?a ?p ?o }",
     'CONSTRUCT { ?a ?p ?o } WHERE { VALUES (?a) { (<http://x/a>) } ?a ?p ?o }'),
])
def test_bindings_become_a_values_block(query, expected):
    assert with_values(query, {"a": ox.NamedNode("http://x/a")}) == expected


def test_binding_values_are_escaped_not_pasted():
    text = with_values("SELECT ?s WHERE { ?s ?p ?o }", {"o": 'a" } DROP ALL ; #'})
    assert 'VALUES (?o) { ("a\\" } DROP ALL ; #") }' in text


def test_a_query_without_a_group_cannot_take_bindings():
    with pytest.raises(KGError) as err:
        with_values("ASK", {"a": "x"})
    assert err.value.code == "E401"

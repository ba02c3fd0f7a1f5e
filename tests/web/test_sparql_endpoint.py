"""The SPARQL 1.1 Protocol at /sparql, over real HTTP against the real server and store."""

from __future__ import annotations

import csv
import io
import json
import time
import xml.etree.ElementTree as ET

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

from tests.web.conftest import MAX_ROWS, TIMEOUT, TOKEN

KG = "https://example.org/kg/"
WECHAT = f"{KG}entity/wechat"
SKOS = "http://www.w3.org/2004/02/skos/core#"
LABELS = (f"SELECT ?label WHERE {{ <{WECHAT}> <{SKOS}prefLabel> ?label }} ORDER BY ?label")
CONSTRUCT = f"CONSTRUCT WHERE {{ <{WECHAT}> ?p ?o }}"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
"""A five-way cross join of the whole store: about 10^18 solutions to count."""


# --- rdflib's SPARQLStore as the client -------------------------------------------------------

@pytest.mark.parametrize("fmt", ["xml", "json", "csv", "tsv"])
def test_rdflib_sparqlstore_selects_in_every_format(live, fmt):
    graph = Graph(store=SPARQLStore(f"{live.url}/sparql", returnFormat=fmt))
    labels = {str(row.label) for row in graph.query(LABELS)}
    assert labels == {"WeChat", "微信"}


def test_rdflib_sparqlstore_reads_triples_and_asks(live):
    graph = Graph(store=SPARQLStore(f"{live.url}/sparql"))
    pref = URIRef(f"{SKOS}prefLabel")
    assert Literal("微信", lang="zh") in set(graph.objects(URIRef(WECHAT), pref))
    assert graph.query(f"ASK {{ <{WECHAT}> ?p ?o }}").askAnswer is True


def test_rdflib_sparqlstore_constructs(live):
    graph = Graph(store=SPARQLStore(f"{live.url}/sparql"))
    result = graph.query(CONSTRUCT).graph
    assert (URIRef(WECHAT), URIRef(f"{SKOS}prefLabel"), Literal("WeChat", lang="en")) in result


# --- plain HTTP: methods and formats -------------------------------------------------------------

def _labels_from(media: str, body: str) -> set[str]:
    if "json" in media:
        return {b["label"]["value"] for b in json.loads(body)["results"]["bindings"]}
    if "xml" in media:
        ns = {"r": "http://www.w3.org/2005/sparql-results#"}
        return {el.text for el in ET.fromstring(body).iterfind(".//r:literal", ns)}
    if media == "text/csv":
        return {row["label"] for row in csv.DictReader(io.StringIO(body))}
    lines = body.strip().splitlines()[1:]  # TSV: terms in Turtle syntax
    return {line.split('"')[1] for line in lines}


@pytest.mark.parametrize("media", ["application/sparql-results+json",
                                   "application/sparql-results+xml", "text/csv",
                                   "text/tab-separated-values"])
@pytest.mark.parametrize("how", ["GET", "POST form", "POST direct"])
def test_select_in_every_format_and_method(client, media, how):
    headers = {"Accept": media}
    if how == "GET":
        response = client.get("/sparql", params={"query": LABELS}, headers=headers)
    elif how == "POST form":
        response = client.post("/sparql", data={"query": LABELS}, headers=headers)
    else:
        response = client.post("/sparql", content=LABELS.encode(), headers={
            **headers, "Content-Type": "application/sparql-query"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media
    assert _labels_from(media, response.text) == {"WeChat", "微信"}


@pytest.mark.parametrize("media, fmt", [("text/turtle", "turtle"),
                                        ("application/n-triples", "nt"),
                                        ("application/ld+json", "json-ld"),
                                        ("application/rdf+xml", "xml")])
def test_construct_in_every_rdf_format(client, media, fmt):
    response = client.get("/sparql", params={"query": CONSTRUCT}, headers={"Accept": media})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].split(";")[0] == media
    graph = Graph().parse(data=response.text, format=fmt)
    assert (URIRef(WECHAT), URIRef(f"{SKOS}prefLabel"), Literal("微信", lang="zh")) in graph


def test_describe_returns_turtle(client):
    response = client.get("/sparql", params={"query": f"DESCRIBE <{WECHAT}>"},
                          headers={"Accept": "text/turtle"})
    assert response.status_code == 200
    assert len(Graph().parse(data=response.text, format="turtle")) >= 4


def test_ask_in_json(client):
    response = client.get("/sparql", params={"query": f"ASK {{ <{WECHAT}> ?p ?o }}"},
                          headers={"Accept": "application/sparql-results+json"})
    assert response.json()["boolean"] is True


def test_format_parameter_overrides_accept(client):
    response = client.get("/sparql", params={"query": LABELS, "format": "csv"},
                          headers={"Accept": "application/sparql-results+json"})
    assert response.headers["content-type"].startswith("text/csv")


def test_default_graph_uri_restricts_the_dataset(client):
    query = f"SELECT ?p WHERE {{ <{WECHAT}> ?p ?o }}"
    inside = client.get("/sparql", params={"query": query, "default-graph-uri":
                                           f"{KG}graph/entities"}, headers={"Accept": "text/csv"})
    outside = client.get("/sparql", params={"query": query, "default-graph-uri":
                                            f"{KG}graph/runs"}, headers={"Accept": "text/csv"})
    assert len(inside.text.splitlines()) > 1
    assert outside.text.splitlines() == ["p"]


# --- refusals and limits -----------------------------------------------------------------------

@pytest.mark.parametrize("query", [
    "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }",
    "SELECT * WHERE { ?s ?p ?o . service silent <http://127.0.0.1:9/sparql> { ?s ?p ?x } }",
])
def test_service_is_refused(client, query):
    response = client.get("/sparql", params={"query": query})
    assert response.status_code == 400
    assert "E403" in response.text and "SERVICE" in response.text


def test_the_word_service_in_a_string_is_not_refused(client):
    response = client.get("/sparql", params={"query": 'SELECT ("SERVICE" AS ?x) WHERE {}'},
                          headers={"Accept": "text/csv"})
    assert response.status_code == 200
    assert response.text.splitlines() == ["x", "SERVICE"]


def test_malformed_query_gets_400_with_the_parsers_message(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p "})
    assert response.status_code == 400
    assert response.text.startswith("E401 the SPARQL query is malformed: error at 1:")


def test_missing_query_gets_400(client):
    response = client.get("/sparql", headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 400
    assert "E413" in response.text


def test_unsupported_body_type_gets_415(client):
    response = client.post("/sparql", content=b"{}", headers={"Content-Type": "application/json"})
    assert response.status_code == 415


def test_unacceptable_format_gets_406(client):
    response = client.get("/sparql", params={"query": LABELS}, headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "E414" in response.text


def test_result_size_limit(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE { ?s ?p ?o }"},
                          headers={"Accept": "text/csv"})
    assert response.status_code == 422
    assert f"more than {MAX_ROWS} rows" in response.text


def test_slow_query_hits_the_time_limit_and_the_server_recovers(client):
    started = time.monotonic()
    response = client.get("/sparql", params={"query": SLOW})
    elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert response.text.startswith(f"E410 the query ran longer than the {TIMEOUT:g} s")
    assert elapsed < TIMEOUT + 5
    again = client.get("/sparql", params={"query": LABELS}, headers={"Accept": "text/csv"})
    assert again.status_code == 200


# --- updates -------------------------------------------------------------------------------------

UPDATE = (f'INSERT DATA {{ GRAPH <{KG}graph/test> {{ <{KG}entity/test-only> '
          f'<{SKOS}prefLabel> "只为测试"@zh }} }}')


def test_update_without_the_token_is_forbidden(client):
    for headers in ({}, {"Authorization": "Bearer wrong"}):
        response = client.post("/sparql", data={"update": UPDATE}, headers=headers)
        assert response.status_code == 403
        assert "E412" in response.text
    direct = client.post("/sparql", content=UPDATE.encode(),
                         headers={"Content-Type": "application/sparql-update"})
    assert direct.status_code == 403


def test_update_with_the_token_is_applied_and_visible(client):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    ask = f'ASK {{ <{KG}entity/test-only> ?p "只为测试"@zh }}'
    try:
        response = client.post("/sparql", data={"update": UPDATE}, headers=auth)
        assert response.status_code == 204, response.text
        assert client.get("/sparql", params={"query": ask}).json()["boolean"] is True
    finally:
        client.post("/sparql", content=f"DROP SILENT GRAPH <{KG}graph/test>".encode(),
                    headers={**auth, "Content-Type": "application/sparql-update"})
    assert client.get("/sparql", params={"query": ask}).json()["boolean"] is False


def test_rdflib_update_store_with_the_token(live):
    store = SPARQLUpdateStore(f"{live.url}/sparql", f"{live.url}/sparql",
                              headers={"Authorization": f"Bearer {TOKEN}"})
    store.update(UPDATE)
    try:
        assert store.query(f"ASK {{ <{KG}entity/test-only> ?p ?o }}").askAnswer is True
    finally:
        store.update(f"DROP SILENT GRAPH <{KG}graph/test>")


def test_load_is_refused_even_with_the_token(client):
    response = client.post("/sparql", data={"update": "LOAD <http://127.0.0.1:9/x.ttl>"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 400
    assert "E403" in response.text and "LOAD" in response.text


def test_update_by_get_is_refused(client):
    response = client.get("/sparql", params={"update": UPDATE})
    assert response.status_code == 405


def test_browser_clients_of_other_origins_may_query(client):
    preflight = client.options("/sparql", headers={
        "Origin": "https://yasgui.example", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 200
    response = client.get("/sparql", params={"query": LABELS},
                          headers={"Origin": "https://yasgui.example", "Accept": "text/csv"})
    assert response.headers["access-control-allow-origin"] == "*"

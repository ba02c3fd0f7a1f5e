"""The browser's pages and the dereferencing of minted IRIs, against the real store."""

from __future__ import annotations

import html
import re
from collections import defaultdict

import httpx
import pytest
from rdflib import Graph, URIRef

KG = "https://example.org/kg/"
BROWSER = {"Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"}
TURTLE = {"Accept": "text/turtle"}


def path_of(iri: str) -> str:
    assert iri.startswith(KG)
    return "/" + iri[len(KG):]


def page(client, path: str, **params) -> str:
    response = client.get(path, params=params, headers=BROWSER)
    assert response.status_code == 200, f"{path}: {response.status_code} {response.text[:300]}"
    assert response.headers["content-type"].startswith("text/html")
    assert "<script" not in response.text  # every page works without JavaScript
    return response.text


def marks(text: str) -> list[str]:
    return [html.unescape(m) for m in re.findall(r"<mark>(.*?)</mark>", text, re.S)]


@pytest.fixture(scope="module")
def evidence(facts) -> dict[str, set[str]]:
    quotes = defaultdict(set)
    for row in facts["evidence"]:
        quotes[row["claim"]].add(row["exact"])
    return quotes


def test_every_claim_page_marks_exactly_its_evidence_quotes(client, evidence):
    assert len(evidence) > 50
    for claim, quotes in evidence.items():
        text = page(client, path_of(claim))
        assert set(marks(text)) == quotes, claim
        assert "采集运行 Ingestion run" in text and "/run/" in text


def test_claim_page_shows_value_subject_metric_period_and_links_into_the_article(client, facts):
    row = next(r for r in facts["evidence"] if r["metricKey"] == "dau")
    text = page(client, path_of(row["claim"]))
    for label in ("数值 Value", "范围 Bounds", "主体 Subject", "指标 Metric", "时期 Period",
                  "性质 Modality", "数据来源 Attribution", 'href="/metric/dau"'):
        assert label in text
    anchor = re.search(r'href="(/article/[0-9a-f]+)#o-(\d+)"', text)
    assert anchor, "no link to the article at the quote's offset"
    article = page(client, anchor.group(1))
    assert f'id="o-{anchor.group(2)}"' in article


def test_article_pages_show_the_whole_clean_text_with_claims_and_entities_marked(client, facts,
                                                                                live):
    import pyoxigraph as ox

    from kg.store import KnowledgeStore

    store = KnowledgeStore(ox.Store.read_only(str(live.store_dir)))
    for iri in facts["articles"]:
        text = page(client, path_of(iri))
        body = re.search(r'<div class="text" lang="zh">(.*?)</div>', text, re.S).group(1)
        plain = html.unescape(re.sub(r"<[^>]+>", "", re.sub(
            r'<sup class="cref">.*?</sup>', "", body)))
        clean = store.run_prepared("article_text", article=ox.NamedNode(iri)).records()[0]["text"]
        assert plain == clean
        assert '<mark class="claim"' in body and '<a class="ent"' in body
        claims = {r["claim"] for r in facts["evidence"] if r["article"] == iri}
        for claim in claims:
            assert f'href="{path_of(claim)}"' in body


def test_entity_page_shows_types_names_wikidata_and_claims_by_metric(client):
    text = page(client, "/entity/wechat")
    for expected in ("平台 platform", "微信", "WeChat", "Weixin",
                     'href="http://www.wikidata.org/entity/Q283233"', "提及它的文章"):
        assert expected in text
    research = page(client, "/entity/aladdin-research")
    assert "数据来源 attributed to" in research
    assert re.search(r'<h3><a href="/metric/\w+">', research)


def test_metric_page_charts_every_dated_claim_with_a_link(client, facts):
    text = page(client, "/metric/dau")
    svg = re.search(r"<svg.*?</svg>", text, re.S).group(0)
    points = re.findall(r'<a href="(/claim/[^"]+)" class="point (fact|forecast)"', svg)
    dau_claims = {path_of(r["claim"]) for r in facts["evidence"] if r["metricKey"] == "dau"}
    assert {p for p, _ in points} == dau_claims
    assert {kind for _, kind in points} == {"fact", "forecast"}
    assert "事实 fact" in svg and "预测 forecast" in svg


@pytest.mark.parametrize("query, expected", [
    ("腾讯", "/entity/tencent"),
    ("wechat", "/entity/wechat"),
    ("WeChat", "/entity/wechat"),
    ("小程序", "/entity/alipay-miniprogram"),
    ("日活", "/metric/dau"),
])
def test_search_finds_names_and_aliases(client, query, expected):
    assert f'href="{expected}"' in page(client, "/search", q=query)


def test_search_without_hits_says_so(client):
    assert "没有找到" in page(client, "/search", q="不存在的公司名称")


def test_home_and_query_pages(client):
    home = page(client, "/")
    assert 'href="/metric/dau"' in home and "/article/" in home
    query = page(client, "/query")
    assert "dau_wechat_miniprogram" in query and "<textarea" in query


def test_home_lists_the_articles_a_page_at_a_time_with_their_claim_counts(corpus_knowledge):
    from kg.web.data import home

    counted = corpus_knowledge.query("""
        PREFIX kg: <https://example.org/kg/ontology#>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?article ?path (COUNT(DISTINCT ?claim) AS ?claims) WHERE {
          ?article kg:sourcePath ?path . OPTIONAL { ?claim prov:wasDerivedFrom ?article }
        } GROUP BY ?article ?path""").records()
    expected = {row["article"]: (row["path"], row["claims"]) for row in counted}
    assert len(expected) == 5
    shown = [home(corpus_knowledge, page=n, per_page=2) for n in (1, 2, 3)]
    assert [s["pages"] for s in shown] == [3, 3, 3]
    assert [s["first"] for s in shown] == [1, 3, 5]
    listed = [(a["article"], a["path"], a["claims"]) for s in shown for a in s["articles"]]
    assert [len(s["articles"]) for s in shown] == [2, 2, 1]
    assert {a: (p, c) for a, p, c in listed} == expected
    assert [p for _, p, _ in listed] == sorted(p for p, _ in expected.values())
    assert all(s["counts"]["articles"] == 5 and s["metrics"] for s in shown)
    assert home(corpus_knowledge, page=4, per_page=2) is None
    assert home(corpus_knowledge, page=0, per_page=2) is None


def test_home_page_is_paged_and_rejects_a_page_that_is_not_one(client):
    first = page(client, "/", page="1")
    assert first.count('<li><a href="/article/') == 5 and 'rel="next"' not in first
    missing = client.get("/", params={"page": "2"}, headers=BROWSER)
    assert missing.status_code == 404 and "no page 2" in missing.text
    assert client.get("/", params={"page": "9" * 5000}, headers=BROWSER).status_code == 404
    for wrong in ("0", "-1", "two", "1.5", "２"):
        response = client.get("/", params={"page": wrong}, headers=BROWSER)
        assert response.status_code == 400, wrong
        assert "a page is a whole number from 1" in html.unescape(response.text)


def test_a_small_page_size_links_the_pages_in_order(corpus_store, tmp_path):
    from kg.web.app import ServerConfig
    from tests.web.conftest import copy_store, start_server

    server = start_server(ServerConfig(store_dir=copy_store(corpus_store.store_dir,
                                                            tmp_path / "store"),
                                       workers=1, articles_per_page=2))
    try:
        with httpx.Client(base_url=server.url, timeout=30) as client:
            texts = [page(client, "/", page=str(n)) for n in (1, 2, 3)]
    finally:
        server.stop()
    assert [t.count('<li><a href="/article/') for t in texts] == [2, 2, 1]
    assert ["第 1 / 3 页", "第 2 / 3 页", "第 3 / 3 页"] == [
        re.search(r"第 \d+ / \d+ 页", t).group(0) for t in texts]
    assert 'href="/?page=2" rel="next"' in texts[0] and 'rel="prev"' not in texts[0]
    assert 'href="/?page=1" rel="prev"' in texts[1] and 'href="/?page=3" rel="next"' in texts[1]
    assert 'href="/?page=2" rel="prev"' in texts[2] and 'rel="next"' not in texts[2]
    assert "5–5 / 5" in texts[2]


def test_query_page_runs_an_example_through_the_endpoint(client):
    example = open("examples/dau_wechat_miniprogram.rq", encoding="utf-8").read()
    text = page(client, "/sparql", query=example)
    assert "<table" in text and "?claim" in text
    assert re.search(r'<a href="/claim/[0-9a-f]+">claim:', text)


def test_query_page_shows_errors(client):
    response = client.get("/sparql", params={"query": "SELECT * WHERE {"}, headers=BROWSER)
    assert response.status_code == 400
    assert 'class="error"' in response.text and "E401" in response.text


# --- dereferencing -------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def minted(facts) -> list[str]:
    claim = facts["evidence"][0]["claim"]
    article = facts["articles"][0]
    return [f"{KG}entity/wechat", f"{KG}metric/dau", claim, article, f"{KG}graph/entities",
            f"{KG}software/0.1.0"]


def test_every_kind_of_minted_iri_dereferences_to_html_and_turtle(client, minted, facts):
    runs = Graph().parse(data=client.get(path_of(facts["articles"][0]), headers=TURTLE).text,
                         format="turtle")
    run = next(str(o) for o in runs.objects(URIRef(facts["articles"][0]),
                                            URIRef("http://www.w3.org/ns/prov#wasGeneratedBy")))
    for iri in [*minted, run]:
        page(client, path_of(iri))
        response = client.get(path_of(iri), headers=TURTLE)
        assert response.status_code == 200, iri
        assert response.headers["content-type"].startswith("text/turtle")
        graph = Graph().parse(data=response.text, format="turtle")
        assert len(graph) > 0, iri
        if "/graph/" not in iri:
            assert (URIRef(iri), None, None) in graph, iri


def test_claim_turtle_includes_its_evidence_annotations(client, facts):
    row = facts["evidence"][0]
    graph = Graph().parse(data=client.get(path_of(row["claim"]), headers=TURTLE).text,
                          format="turtle")
    exact = {str(o) for o in graph.objects(None, URIRef("http://www.w3.org/ns/oa#exact"))}
    assert row["exact"] in exact


def test_percent_encoded_entity_iris_dereference(client, live):
    import pyoxigraph as ox

    store = ox.Store.read_only(str(live.store_dir))
    iri = next(q.subject.value for q in store.quads_for_pattern(None, None, None, ox.NamedNode(
        f"{KG}graph/entities")) if "%" in q.subject.value)
    text = page(client, path_of(iri))
    assert "实体 Entity" in text
    graph = Graph().parse(data=client.get(path_of(iri), headers=TURTLE).text, format="turtle")
    assert (URIRef(iri), None, None) in graph


@pytest.mark.parametrize("fmt, media", [("ttl", "text/turtle"), ("nt", "application/n-triples"),
                                        ("jsonld", "application/ld+json")])
def test_format_parameter_on_iris(client, fmt, media):
    response = client.get("/entity/wechat", params={"format": fmt}, headers=BROWSER)
    assert response.headers["content-type"].startswith(media)


def test_unknown_iris_are_404_in_html_and_turtle(client):
    assert client.get("/claim/0000", headers=BROWSER).status_code == 404
    assert client.get("/claim/0000", headers=TURTLE).status_code == 404
    assert client.get("/no/such/page", headers=BROWSER).status_code == 404

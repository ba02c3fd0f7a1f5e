"""What each page shows, read from the store with the prepared `kg/queries/web_*.rq`.

Functions take a `KnowledgeStore` (the request's read-only view) and an IRI, bind the IRI
into a prepared query (never into query text) and fold the rows into plain dicts for the
templates. They return None when the store has nothing at that IRI, which the pages turn
into a 404.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from kg.errors import KGError
from kg.provenance import provenance
from kg.results import python_value
from kg.store import KnowledgeStore, with_value_rows
from kg.web.marking import paragraph_bounds

SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SAME_AS = "https://schema.org/sameAs"
HAS_BODY = "http://www.w3.org/ns/oa#hasBody"


def _term_rows(knowledge: KnowledgeStore, name: str, **bindings) -> list[dict]:
    result = knowledge.run_prepared(name, **bindings)
    return [dict(zip(result.variables, row, strict=True)) for row in result.term_rows()]


def _labelled(terms) -> list[tuple[str, str | None]]:
    """(text, language) pairs of literal terms, without repeats, in the given order."""
    seen, out = set(), []
    for term in terms:
        if isinstance(term, ox.Literal) and (term.value, term.language) not in seen:
            seen.add((term.value, term.language))
            out.append((term.value, term.language))
    return out


def names(knowledge: KnowledgeStore, iri: str) -> dict:
    """A node's names: {"pref": [(text, lang)], "alt": [(text, lang)]}."""
    rows = _term_rows(knowledge, "web_labels", node=ox.NamedNode(iri))
    def of(local: str):
        return _labelled(r["label"] for r in rows if r["property"].value == f"{SKOS}{local}")

    return {"pref": of("prefLabel"), "alt": of("altLabel")}


def statements(knowledge: KnowledgeStore, iri: str) -> list[dict]:
    """Every (property, value, graph) about a node, values as pyoxigraph terms."""
    rows = _term_rows(knowledge, "web_node", node=ox.NamedNode(iri))
    return [{"property": r["property"].value, "value": r["value"], "graph": r["graph"].value}
            for r in rows]


def claim(knowledge: KnowledgeStore, iri: str) -> dict | None:
    """`kg.provenance.provenance` plus, for each evidence span, its whole paragraph with
    the quote's offsets inside it (the page marks the quote there)."""
    try:
        record = provenance(knowledge, iri)
    except KGError:
        return None
    texts: dict[str, str] = {}
    for span in record["evidence"]:
        article = span["article"]["iri"]
        if article not in texts:
            found = knowledge.run_prepared("article_text", article=ox.NamedNode(article))
            texts[article] = next(iter(found.records()), {}).get("text") or ""
        text, start, end = texts[article], span["start"], span["end"]
        span["paragraph"] = None
        if isinstance(start, int) and isinstance(end, int) and 0 <= start <= end <= len(text):
            begin, finish = paragraph_bounds(text, start, end)
            span["paragraph"] = {"text": text[begin:finish], "start": start - begin,
                                 "end": end - begin}
    return record


def article(knowledge: KnowledgeStore, iri: str) -> dict | None:
    """Metadata, clean text, evidence spans and the names of the entities it mentions."""
    rows = knowledge.run_prepared("web_article", article=ox.NamedNode(iri)).records()
    if not rows:
        return None
    record = {key: next((r[key] for r in rows if r[key] is not None), None)
              for key in rows[0] if key != "keyword"}
    record["keywords"] = sorted({r["keyword"] for r in rows if r["keyword"]})
    record["text"] = record["text"] or ""
    record["spans"] = knowledge.run_prepared("web_article_claims",
                                             article=ox.NamedNode(iri)).records()
    entity_names: dict[str, str] = {}
    for row in knowledge.run_prepared("web_article_entities",
                                      article=ox.NamedNode(iri)).records():
        entity_names.setdefault(row["label"], row["entity"])
    record["entity_names"] = entity_names
    return record


def entity(knowledge: KnowledgeStore, iri: str) -> dict | None:
    """Types, names, Wikidata links, claims grouped by (role, metric), mentioning articles."""
    about = statements(knowledge, iri)
    if not about:
        return None
    groups: dict[tuple, list[dict]] = defaultdict(list)
    seen = set()
    for row in knowledge.run_prepared("web_entity_claims", entity=ox.NamedNode(iri)).records():
        if (row["role"], row["claim"]) in seen:
            continue
        seen.add((row["role"], row["claim"]))
        key = (row["role"], row["metric"], row["metricKey"], row["metricZh"], row["metricEn"])
        groups[key].append(row)
    return {
        "iri": iri,
        "types": sorted({s["value"].value for s in about if s["property"] == RDF_TYPE}),
        "same_as": sorted({s["value"].value for s in about if s["property"] == SAME_AS}),
        **names(knowledge, iri),
        "groups": [{"role": k[0], "metric": k[1], "key": k[2], "zh": k[3], "en": k[4],
                    "claims": v} for k, v in sorted(groups.items(),
                                                    key=lambda kv: (kv[0][0] != "subject",
                                                                    -len(kv[1]), kv[0][2] or ""))],
        "articles": knowledge.run_prepared("web_entity_articles",
                                           entity=ox.NamedNode(iri)).records(),
    }


def metric(knowledge: KnowledgeStore, iri: str) -> dict | None:
    """The metric concept's names and notation, and every claim measuring it."""
    about = statements(knowledge, iri)
    if not about:
        return None
    notation = next((python_value(s["value"]) for s in about
                     if s["property"] == f"{SKOS}notation"), None)
    definition = _labelled(s["value"] for s in about if s["property"] == f"{SKOS}definition")
    claims, seen = [], set()
    for row in knowledge.run_prepared("web_metric_claims", metric=ox.NamedNode(iri)).records():
        if row["claim"] not in seen:
            seen.add(row["claim"])
            claims.append(row)
    return {"iri": iri, "key": notation, "definition": definition, "claims": claims,
            **names(knowledge, iri)}


def run(knowledge: KnowledgeStore, iri: str) -> dict | None:
    """An ingestion run's statements and the articles it wrote."""
    about = statements(knowledge, iri)
    if not about:
        return None
    return {"iri": iri, "statements": about,
            "articles": knowledge.run_prepared("web_run_articles",
                                               run=ox.NamedNode(iri)).records()}


def search(knowledge: KnowledgeStore, text: str) -> list[dict]:
    """Entities and metrics with a name or alias containing `text` (case-insensitive),
    one hit per node, shortest matching name first."""
    needle = text.strip().lower()
    if not needle:
        return []
    hits: dict[str, dict] = {}
    for row in knowledge.run_prepared("web_search", needle=needle).records():
        hit = hits.setdefault(row["node"], {"iri": row["node"], "types": set(), "matched": []})
        hit["types"].add(row["type"])
        if row["matched"] not in hit["matched"]:
            hit["matched"].append(row["matched"])
    for hit in hits.values():
        hit.update(names(knowledge, hit["iri"]))
        hit["types"] = sorted(hit["types"])
    return list(hits.values())


ARTICLES_PER_PAGE = 50
"""Articles listed on one page of the home page."""


def overview(knowledge: KnowledgeStore) -> dict:
    """What the home page shows of the whole store: headline counts, the metrics with their
    claim counts, and every article in path order (IRI terms). Each grows with the store
    (0.2 s at 1,000 articles, 0.7 s at 10,000), so the server computes it once per store
    state."""
    counts = next(iter(knowledge.run_prepared("stats").records()), {})
    articles = sorted(knowledge.run_prepared("web_article_order").rows,
                      key=lambda row: (row[1].value, row[0].value))  # by path, as SPARQL would
    return {"counts": counts, "metrics": knowledge.run_prepared("web_metrics").records(),
            "order": [article for article, _ in articles]}


def home(knowledge: KnowledgeStore, page: int = 1, per_page: int = ARTICLES_PER_PAGE,
         whole: dict | None = None) -> dict | None:
    """The overview (`whole`, read when not given) with page `page` (from 1) of the articles:
    title, date and claim count of each, and the number of pages. None for a page past the
    last (a store without articles has one, empty, page). Only the page's articles are
    read: listing every article with its claim count took 76 ms at 1,000 articles."""
    whole = whole or overview(knowledge)
    order = whole["order"]
    pages = max(1, -(-len(order) // per_page))
    if not 1 <= page <= pages:
        return None
    on_page = order[(page - 1) * per_page:page * per_page]
    articles = knowledge.query(with_value_rows(knowledge.prepared("web_articles"), "article",
                                               on_page)).records() if on_page else []
    return {"counts": whole["counts"], "metrics": whole["metrics"], "articles": articles,
            "page": page, "pages": pages, "per_page": per_page,
            "first": (page - 1) * per_page + 1}


def description(knowledge: KnowledgeStore, iri: str) -> list[ox.Triple]:
    """The triples an RDF client gets for `iri`: a whole named graph when `iri` names one
    (an article IRI names its graph), else the node's concise bounded description (its
    statements, following blank nodes), plus the evidence annotations whose body it is."""
    store, node = knowledge.oxigraph, ox.NamedNode(iri)
    if store.contains_named_graph(node):
        return sorted({q.triple for q in store.quads_for_pattern(None, None, None, node)},
                      key=str)
    todo = [node] + [q.subject for q in store.quads_for_pattern(None, ox.NamedNode(HAS_BODY),
                                                                 node)]
    triples, done = set(), set()
    while todo:
        subject = todo.pop()
        if subject in done:
            continue
        done.add(subject)
        for quad in store.quads_for_pattern(subject, None, None):
            triples.add(quad.triple)
            if isinstance(quad.object, ox.BlankNode):
                todo.append(quad.object)
    return sorted(triples, key=str)

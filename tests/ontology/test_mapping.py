"""Records → graphs: the article's named graph, the shared entity graph and the run graph."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS, PROV, RDF, SKOS

from extractors.records import Article, Claim, Evidence, Extraction
from ontology import validate
from ontology.mapping import article_graph, entity_graph, run_graph
from ontology.namespaces import KG, OA, SCHEMA, WD

from .conftest import CORPUS_FILE, RUN_ID, SENTENCE, dau_claim, make_extraction, mention, span


def graphs(extraction, lexicon, space) -> tuple[Graph, Graph]:
    article = article_graph(extraction, run_iri=space.run(RUN_ID), space=space, lexicon=lexicon)
    return article, entity_graph(extraction, space=space, lexicon=lexicon)


def union(extraction, lexicon, space, run) -> Graph:
    article, entities = graphs(extraction, lexicon, space)
    return article + entities + run_graph(run, space=space)


def claims_of(graph: Graph) -> list:
    return sorted(graph.subjects(RDF.type, KG.Claim))


def dau_node(graph: Graph, space):
    return next(graph.subjects(SCHEMA.variableMeasured, space.metric("dau")))


def test_the_sentence_is_real_corpus_text():
    if not CORPUS_FILE.exists():
        pytest.skip("corpus not checked out")
    assert SENTENCE in CORPUS_FILE.read_text(encoding="utf-8")


def test_article_entities_and_run_conform_to_the_shapes(lexicon, space, run):
    conforms, _, text = validate(union(make_extraction(), lexicon, space, run))
    assert conforms, text


@pytest.mark.parametrize(("prop", "expected"), [
    (RDF.type, SCHEMA.Article),
    (DCTERMS.title, Literal("阿拉丁指数丨《2021年度小程序互联网发展白皮书》发布", lang="zh")),
    (SCHEMA.datePublished, Literal(date(2022, 1, 19))),
    (SCHEMA.author, Literal("鸟哥笔记")),
    (SCHEMA.publisher, Literal("鸟哥笔记")),
    (DCTERMS.subject, Literal("新媒体")),
    (KG.sourcePath, Literal("corpus/000_45a772e31e302e89.txt")),
    (KG.cleanText, Literal(SENTENCE, lang="zh")),
    (KG.sourceFormat, Literal("html")),
    (KG.referenceDate, Literal(date(2022, 1, 19))),
])
def test_article_node(lexicon, space, prop, expected):
    extraction = make_extraction()
    article, _ = graphs(extraction, lexicon, space)
    assert (space.article(extraction.article.sha256), prop, expected) in article


@pytest.mark.parametrize(("reference_date", "datatype"), [
    ("2022-01-19", "date"), ("2020-07", "gYearMonth"), ("2020", "gYear"),
    ("2021-Q4", None), ("2021-02-30", None),
])
def test_reference_date_is_typed_by_its_precision(lexicon, space, reference_date, datatype):
    extraction = make_extraction()
    extraction.reference_date = reference_date
    article, _ = graphs(extraction, lexicon, space)
    found = article.value(space.article(extraction.article.sha256), KG.referenceDate)
    assert str(found) == reference_date
    assert (found.datatype and found.datatype.split("#")[-1]) == datatype


def test_article_was_generated_by_the_run(lexicon, space):
    extraction = make_extraction()
    article, _ = graphs(extraction, lexicon, space)
    iri = space.article(extraction.article.sha256)
    assert (iri, PROV.wasGeneratedBy, space.run(RUN_ID)) in article


def test_article_mentions_each_entity_once(lexicon, space):
    extraction = make_extraction()
    extraction.entities.append(extraction.entities[0])
    article, _ = graphs(extraction, lexicon, space)
    mentions = list(article.objects(space.article(extraction.article.sha256), SCHEMA.mentions))
    assert mentions == [space.entity("wechat-miniprogram")]


@pytest.mark.parametrize(("prop", "expected"), [
    (KG.subjectLabel, Literal("微信小程序")),
    (SCHEMA.observationAbout, URIRef("https://example.org/kg/entity/wechat-miniprogram")),
    (KG.metricLabel, Literal("DAU")),
    (KG.kind, KG.Level),
    (SCHEMA.value, Literal(Decimal(450000000))),
    (KG.comparator, KG.GreaterThan),
    (KG.unit, Literal("count")),
    (SCHEMA.observationPeriod, Literal("2021")),
    (KG.periodStart, Literal(date(2021, 1, 1))),
    (KG.periodEnd, Literal(date(2021, 12, 31))),
    (KG.modality, KG.Fact),
    (KG.attributionLabel, Literal("阿拉丁研究院")),
    (PROV.wasAttributedTo, URIRef("https://example.org/kg/entity/aladdin-research")),
    (PROV.wasGeneratedBy, URIRef(f"https://example.org/kg/run/{RUN_ID}")),
])
def test_claim_node(lexicon, space, prop, expected):
    article, _ = graphs(make_extraction(), lexicon, space)
    assert (dau_node(article, space), prop, expected) in article


def test_claim_is_derived_from_the_article(lexicon, space):
    extraction = make_extraction()
    article, _ = graphs(extraction, lexicon, space)
    assert (dau_node(article, space), PROV.wasDerivedFrom,
            space.article(extraction.article.sha256)) in article


def test_value_is_a_plain_decimal(lexicon, space):
    article, _ = graphs(make_extraction(), lexicon, space)
    value = article.value(dau_node(article, space), SCHEMA.value)
    assert "E" not in str(value) and value.datatype == Literal(Decimal(1)).datatype


def test_attribution_that_is_no_entity_keeps_only_its_label(lexicon, space):
    article, _ = graphs(make_extraction(), lexicon, space)
    claim = next(article.subjects(SCHEMA.variableMeasured, space.metric("developers")))
    assert article.value(claim, KG.attributionLabel) == Literal("白皮书")
    assert article.value(claim, PROV.wasAttributedTo) is None


def test_subject_named_by_a_mention_without_lexicon_id_is_linked(lexicon, space):
    text = "某新平台月活超过 1 亿"
    claim = dau_claim(text, subject="某新平台", subject_id=None, metric="mau",
                      evidence=[span(text, "月活超过 1 亿")])
    extraction = make_extraction(text, claims=[claim],
                                 entities=[mention(text, "Platform", "某新平台")])
    article, _ = graphs(extraction, lexicon, space)
    assert article.value(claims_of(article)[0], SCHEMA.observationAbout) == \
        space.entity("某新平台.platform")


@pytest.mark.parametrize(("subject", "subject_id", "subject_type", "expected"), [
    ("微信小程序", "wechat-miniprogram", None, "wechat-miniprogram"),
    ("微信小程序", None, None, "wechat-miniprogram"),  # the article's mention
    ("京东", "jd", "MiniProgram", "jd.miniprogram"),
    ("腾讯", None, None, "tencent"),  # a lexicon form the article did not tag
    ("腾讯", None, "Metric", "tencent"),  # a type that is no entity type is ignored
    ("零售行业", None, None, None),
    ("某新平台", None, "Platform", None),  # unknown and not tagged as an entity
    # a known name and the word for its kind: that entity as that kind
    ("京东小程序", None, None, "jd.miniprogram"),
    ("“京东”小程序", None, None, "jd.miniprogram"),
    ("唯品会App", None, None, "vipshop.platform"),
    ("美团平台", None, None, "meituan.platform"),
    ("零售平台", None, None, None),
])
def test_claim_subject_link(lexicon, space, subject, subject_id, subject_type, expected):
    claim = dau_claim(subject=subject, subject_id=subject_id, subject_type=subject_type)
    article, _ = graphs(make_extraction(claims=[claim]), lexicon, space)
    found = article.value(claims_of(article)[0], SCHEMA.observationAbout)
    assert found == (None if expected is None else space.entity(expected))


def test_subject_that_is_no_entity_is_not_linked(lexicon, space):
    claim = dau_claim(subject="18至29岁用户", subject_id=None)
    article, _ = graphs(make_extraction(claims=[claim]), lexicon, space)
    assert article.value(claims_of(article)[0], SCHEMA.observationAbout) is None


@pytest.mark.parametrize(("comparator", "lower", "upper"), [
    ("eq", 450000000, 450000000),
    ("gt", 450000000, None),
    ("lt", None, 450000000),
    ("approx", None, None),
])
def test_bounds_follow_the_comparator(lexicon, space, comparator, lower, upper):
    article, _ = graphs(make_extraction(claims=[dau_claim(comparator=comparator)]), lexicon, space)
    node = claims_of(article)[0]
    found = (article.value(node, KG.lowerBound), article.value(node, KG.upperBound))
    assert tuple(None if v is None else int(v.toPython()) for v in found) == (lower, upper)


def test_period_the_mapping_cannot_read_keeps_only_its_text(lexicon, space):
    article, _ = graphs(make_extraction(claims=[dau_claim(period="去年")]), lexicon, space)
    node = claims_of(article)[0]
    assert article.value(node, SCHEMA.observationPeriod) == Literal("去年")
    assert article.value(node, KG.periodStart) is None


def test_quote_selector_is_the_clean_text_at_the_offsets(lexicon, space):
    extraction = make_extraction()
    article, _ = graphs(extraction, lexicon, space)
    evidence = extraction.claims[0].evidence[0]
    annotation = space.evidence(dau_node(article, space), evidence.start, evidence.end)
    target = article.value(annotation, OA.hasTarget)
    selectors = {article.value(s, RDF.type): s for s in article.objects(target, OA.hasSelector)}
    position, quote = selectors[OA.TextPositionSelector], selectors[OA.TextQuoteSelector]
    start, end = (article.value(position, p).toPython() for p in (OA.start, OA.end))
    assert str(article.value(quote, OA.exact)) == SENTENCE[start:end] == "DAU 超过 4.5 亿"


@pytest.mark.parametrize(("prop", "expected"), [
    (OA.prefix, "信小程序开发者突破 300 万，"),
    (OA.exact, "DAU 超过 4.5 亿"),
])
def test_quote_selector_keeps_context(lexicon, space, prop, expected):
    article, _ = graphs(make_extraction(), lexicon, space)
    assert (None, prop, Literal(expected)) in article


def test_quote_at_the_end_of_the_text_has_no_suffix(lexicon, space):
    article, _ = graphs(make_extraction(claims=[dau_claim()]), lexicon, space)
    assert (None, OA.suffix, None) not in article


def test_repeated_statement_is_one_claim_with_two_annotations(lexicon, space):
    text = f"{SENTENCE}。重申：{SENTENCE}"
    claims = [dau_claim(text, occurrence=0), dau_claim(text, occurrence=1, comparator="eq")]
    article, _ = graphs(make_extraction(text, claims=claims), lexicon, space)
    [claim] = claims_of(article)
    assert len(set(article.subjects(OA.hasBody, claim))) == 2


def test_merged_claim_keeps_the_first_statement_fields(lexicon, space):
    text = f"{SENTENCE}。重申：{SENTENCE}"
    claims = [dau_claim(text, occurrence=0), dau_claim(text, occurrence=1, comparator="eq")]
    article, _ = graphs(make_extraction(text, claims=claims), lexicon, space)
    assert list(article.objects(claims_of(article)[0], KG.comparator)) == [KG.GreaterThan]


def test_evidence_span_repeated_gives_one_annotation(lexicon, space):
    claim = dau_claim()
    claim.evidence.append(claim.evidence[0])
    article, _ = graphs(make_extraction(claims=[claim, dau_claim()]), lexicon, space)
    assert len(set(article.subjects(RDF.type, OA.Annotation))) == 1


def test_entity_in_two_articles_has_one_iri(lexicon, space):
    other_text = "视频号与微信小程序互联互通，某新平台上线"
    other = make_extraction(other_text, path="corpus/other.txt", claims=[], entities=[
        mention(other_text, "Platform", "微信小程序"), mention(other_text, "Platform", "某新平台")])
    first = make_extraction(SENTENCE + "，某新平台上线")
    first.entities.append(mention(first.article.clean_text, "Platform", "某新平台"))
    found = []
    for extraction in (first, other):
        article, _ = graphs(extraction, lexicon, space)
        found.append(set(article.objects(space.article(extraction.article.sha256),
                                         SCHEMA.mentions)))
    assert found[0] == found[1] == {space.entity("wechat-miniprogram"),
                                    space.entity("某新平台.platform")}


def test_known_entity_is_described_from_the_lexicon(lexicon, space):
    text = "腾讯发布白皮书"
    extraction = make_extraction(text, claims=[],
                                 entities=[mention(text, "Company", "腾讯", "tencent")])
    _, entities = graphs(extraction, lexicon, space)
    tencent = space.entity("tencent")
    assert {(tencent, RDF.type, KG.Company), (tencent, SKOS.prefLabel, Literal("腾讯", lang="zh")),
            (tencent, SKOS.prefLabel, Literal("Tencent", lang="en")),
            (tencent, SKOS.altLabel, Literal("腾讯控股", lang="zh")),
            (tencent, SCHEMA.sameAs, WD.Q860580)} <= set(entities)


def test_entity_of_another_type_than_its_entry_gets_its_own_node(lexicon, space):
    text = "京东小程序"
    extraction = make_extraction(text, claims=[],
                                 entities=[mention(text, "MiniProgram", "京东", "jd")])
    _, entities = graphs(extraction, lexicon, space)
    node = space.entity("jd.miniprogram")
    assert set(entities.objects(node, RDF.type)) == {KG.MiniProgram}
    assert (node, SCHEMA.sameAs, None) not in entities


def test_unknown_entity_is_labelled_with_its_surface_label(lexicon, space):
    text = "某新平台上线"
    extraction = make_extraction(text, claims=[],
                                 entities=[mention(text, "Platform", "某新平台")])
    _, entities = graphs(extraction, lexicon, space)
    assert set(entities) == {
        (space.entity("某新平台.platform"), RDF.type, KG.Platform),
        (space.entity("某新平台.platform"), SKOS.prefLabel, Literal("某新平台", lang="zh"))}


def test_claim_sources_are_described_even_when_not_mentioned(lexicon, space):
    _, entities = graphs(make_extraction(), lexicon, space)
    assert (space.entity("aladdin-research"), RDF.type, KG.Company) in entities


def test_metric_concepts_are_not_in_the_entity_graph(lexicon, space):
    _, entities = graphs(make_extraction(), lexicon, space)
    assert (space.metric("dau"), None, None) not in entities


@pytest.mark.parametrize(("prop", "expected"), [
    (RDF.type, PROV.Activity),
    (RDF.type, KG.IngestionRun),
    (PROV.startedAtTime, Literal(datetime(2026, 11, 22, 5, 0, tzinfo=UTC))),
    (PROV.endedAtTime, Literal(datetime(2026, 11, 22, 5, 0, 41, tzinfo=UTC))),
    (PROV.wasAssociatedWith, URIRef("https://example.org/kg/software/0.1.0")),
    (KG.prefectFlowRunId, Literal("7c1e")),
    (KG.articlesIngested, Literal(1)),
    (KG.articlesUnchanged, Literal(0)),
    (KG.articlesRejected, Literal(0)),
])
def test_run_node(space, run, prop, expected):
    assert (space.run(RUN_ID), prop, expected) in run_graph(run, space=space)


def test_software_agent_carries_its_version(space, run):
    software = space.software("0.1.0")
    graph = run_graph(run, space=space)
    assert {(software, RDF.type, PROV.SoftwareAgent),
            (software, SCHEMA.softwareVersion, Literal("0.1.0"))} <= set(graph)


def test_run_iri_may_be_given_as_a_string(lexicon, space):
    extraction = make_extraction()
    graph = article_graph(extraction, run_iri=str(space.run(RUN_ID)), space=space,
                          lexicon=lexicon)
    assert (None, PROV.wasGeneratedBy, space.run(RUN_ID)) in graph


@pytest.mark.parametrize(("evidence", "message"), [
    (Evidence(start=30, end=200, quote=""), "does not fit"),
    (Evidence(start=5, end=5, quote=""), "does not fit"),
    (Evidence(start=0, end=3, quote="DAU"), "differs from the clean text"),
])
def test_bad_evidence_is_refused(lexicon, space, evidence, message):
    extraction = make_extraction(claims=[dau_claim(evidence=[evidence])])
    with pytest.raises(ValueError, match=message):
        graphs(extraction, lexicon, space)


@pytest.mark.parametrize("field", [{"kind": "flow"}, {"comparator": ">"},
                                   {"modality": "rumour"}])
def test_unknown_code_is_refused(lexicon, space, field):
    with pytest.raises(ValueError, match="is not one of"):
        graphs(make_extraction(claims=[dau_claim(**field)]), lexicon, space)


GOLDEN = """
@prefix kg: <https://example.org/kg/ontology#> .
@prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix oa: <http://www.w3.org/ns/oa#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix art: <https://example.org/kg/article/> .
@prefix ent: <https://example.org/kg/entity/> .
@prefix metric: <https://example.org/kg/metric/> .
@prefix run: <https://example.org/kg/run/> .

art:{sha} a schema:Article ;
    kg:sourcePath "golden.txt" ; kg:sha256 "{sha}" ; kg:cleanText "DAU 超过 4.5 亿"@zh ;
    kg:sourceFormat "text" ; schema:inLanguage "zh" ; prov:wasGeneratedBy run:r1 .

<{claim}> a kg:Claim ;
    kg:subjectLabel "微信小程序" ; schema:observationAbout ent:wechat-miniprogram ;
    schema:variableMeasured metric:dau ; kg:kind kg:Level ;
    schema:value "450000000"^^xsd:decimal ; kg:lowerBound "450000000"^^xsd:decimal ;
    kg:comparator kg:GreaterThan ; kg:unit "count" ; kg:modality kg:Fact ;
    prov:wasDerivedFrom art:{sha} ; prov:wasGeneratedBy run:r1 .

<{claim}#ev-0-12> a oa:Annotation ;
    oa:hasBody <{claim}> ;
    oa:hasTarget [ a oa:SpecificResource ; oa:hasSource art:{sha} ;
        oa:hasSelector [ a oa:TextPositionSelector ;
                         oa:start "0"^^xsd:nonNegativeInteger ;
                         oa:end "12"^^xsd:nonNegativeInteger ],
                       [ a oa:TextQuoteSelector ; oa:exact "DAU 超过 4.5 亿" ] ] .
"""


def test_article_graph_matches_the_golden_graph(lexicon, space):
    text, sha = "DAU 超过 4.5 亿", "0" * 64
    claim = Claim(subject="微信小程序", metric="dau", kind="level", value=4.5e8, unit="count",
                  comparator="gt", subject_id="wechat-miniprogram",
                  evidence=[Evidence(0, 12, text)])
    extraction = Extraction(Article(path="golden.txt", sha256=sha, clean_text=text),
                            claims=[claim])
    got = article_graph(extraction, run_iri=space.run("r1"), space=space, lexicon=lexicon)
    claim_iri = next(got.subjects(RDF.type, KG.Claim))
    expected = Graph().parse(data=GOLDEN.replace("{sha}", sha).replace("{claim}", claim_iri),
                             format="turtle")
    _, missing, extra = graph_diff(to_isomorphic(expected), to_isomorphic(got))
    assert isomorphic(expected, got), (
        f"missing:\n{missing.serialize(format='nt')}\nextra:\n{extra.serialize(format='nt')}")

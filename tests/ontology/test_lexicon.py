"""lexicon.ttl parses into a real lexicon whose surface forms resolve to one entry each."""

from __future__ import annotations

from collections import defaultdict

import pytest
from rdflib import Graph

from ontology.lexicon import ONTOLOGY_DIR, normalise_name

GENERIC_WORDS = ["小程序", "企业", "品牌", "商家", "平台", "用户"]


def test_lexicon_is_a_real_lexicon_of_the_field(lexicon):
    assert len(lexicon.entries) >= 200


def test_lexicon_ids_are_unique(lexicon):
    ids = [entry.id for entry in lexicon.entries]
    assert len(ids) == len(set(ids))


def test_an_entry_has_one_preferred_label_per_language():
    """SKOS allows one prefLabel per language; two mean the same IRI was written twice in
    the Turtle, and its two entries silently merged into one node."""
    from rdflib.namespace import SKOS

    graph = Graph().parse(ONTOLOGY_DIR / "lexicon.ttl", format="turtle")
    labels = defaultdict(list)
    for entry, label in graph.subject_objects(SKOS.prefLabel):
        labels[(entry, label.language)].append(str(label))
    assert {str(k[0]): v for k, v in labels.items() if len(v) > 1} == {}


def test_every_entry_has_a_label(lexicon):
    assert [entry.id for entry in lexicon.entries if not entry.label] == []


def test_a_surface_form_belongs_to_one_entry(lexicon):
    owners = defaultdict(set)
    for entry in lexicon.entries:
        for form in entry.surface_forms:
            owners[normalise_name(form)].add(entry.id)
    assert {form: ids for form, ids in owners.items() if len(ids) > 1} == {}


@pytest.mark.parametrize("forms", [
    ("哔哩哔哩", "B站", "bilibili", "Bilibili"),
    ("微信", "WeChat", "Weixin", "微信生态"),
    ("字节跳动", "ByteDance", "字节"),
    ("腾讯", "Tencent", "腾讯控股"),
    ("阿里巴巴", "阿里", "Alibaba Group"),
    ("同程艺龙", "同程"),
    ("百度智能小程序", "百度小程序"),
    ("搜一搜", "微信搜一搜"),
    ("喜茶GO", "喜茶 GO"),
    ("Wind", "万得"),
    ("微信小商店", "小商店"),
])
def test_aliases_resolve_to_the_same_entry(lexicon, forms):
    table = lexicon.by_form()
    ids = {table[normalise_name(form)].id for form in forms}
    assert len(ids) == 1


@pytest.mark.parametrize("word", GENERIC_WORDS)
def test_generic_words_are_not_entities(lexicon, word):
    assert normalise_name(word) not in lexicon.by_form()


@pytest.mark.parametrize(("form", "types"), [
    ("腾讯", ("Company",)),
    ("微信小程序", ("Platform",)),
    ("视频号", ("Platform",)),
    ("美团优选", ("MiniProgram",)),
    ("屈臣氏", ("Company", "MiniProgram")),
    ("阿拉丁研究院", ("Company",)),
    ("QuestMobile", ("Company",)),
])
def test_entry_types(lexicon, form, types):
    assert lexicon.by_form()[normalise_name(form)].types == types


def test_wikidata_links_are_entity_iris(lexicon):
    links = [entry.wikidata for entry in lexicon.entries if entry.wikidata]
    assert links and all(link.startswith("http://www.wikidata.org/entity/Q") for link in links)


def test_lexicon_turtle_declares_only_entities():
    graph = Graph().parse(ONTOLOGY_DIR / "lexicon.ttl", format="turtle")
    subjects = {str(s) for s in graph.subjects()}
    assert all(s.startswith("https://example.org/kg/entity/") for s in subjects)

"""Query results as tables, SPARQL JSON and SPARQL CSV."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest

from kg.results import QueryResult, python_value, to_csv, to_json, to_table

XSD = "http://www.w3.org/2001/XMLSchema#"
ROWS = QueryResult(variables=("s", "label", "n"), rows=(
    (ox.NamedNode("https://example.org/kg/entity/tencent"), ox.Literal("腾讯", language="zh"),
     ox.Literal("3", datatype=ox.NamedNode(XSD + "integer"))),
    (ox.BlankNode("b1"), ox.Literal('say "hi",\nthen'), None),
))


def test_json_is_sparql_results_json():
    data = json.loads(to_json(ROWS))
    assert data["head"]["vars"] == ["s", "label", "n"]
    first, second = data["results"]["bindings"]
    assert first["s"] == {"type": "uri", "value": "https://example.org/kg/entity/tencent"}
    assert first["label"] == {"type": "literal", "value": "腾讯", "xml:lang": "zh"}
    assert first["n"] == {"type": "literal", "value": "3", "datatype": XSD + "integer"}
    assert second["s"] == {"type": "bnode", "value": "b1"}
    assert "n" not in second


def test_csv_quotes_and_leaves_unbound_empty():
    rows = list(csv.reader(io.StringIO(to_csv(ROWS))))
    assert rows == [["s", "label", "n"], ["https://example.org/kg/entity/tencent", "腾讯", "3"],
                    ["_:b1", 'say "hi",\nthen', ""]]


def test_table_aligns_wide_characters_and_shortens_iris():
    lines = to_table(ROWS, {"ent": "https://example.org/kg/entity/"}).splitlines()
    assert lines[2].startswith("ent:tencent  腾讯")
    assert lines[-1] == "(2 rows)"
    assert lines[0].index("label") == lines[2].index("腾讯")


@pytest.mark.parametrize("result, table, json_value", [
    (QueryResult(boolean=True), "true", {"head": {}, "boolean": True}),
    (QueryResult(boolean=False), "false", {"head": {}, "boolean": False}),
])
def test_ask_results(result, table, json_value):
    assert to_table(result) == table
    assert json.loads(to_json(result)) == json_value
    assert to_csv(result).split() == ["boolean", str(json_value["boolean"]).lower()]


@pytest.mark.parametrize("term, value", [
    (ox.Literal("42", datatype=ox.NamedNode(XSD + "integer")), 42),
    (ox.Literal("4.5", datatype=ox.NamedNode(XSD + "decimal")), 4.5),
    (ox.Literal("true", datatype=ox.NamedNode(XSD + "boolean")), True),
    (ox.Literal("2021-01-19", datatype=ox.NamedNode(XSD + "date")), "2021-01-19"),
    (ox.NamedNode("http://x/y"), "http://x/y"),
    (None, None),
])
def test_python_values(term, value):
    assert python_value(term) == value

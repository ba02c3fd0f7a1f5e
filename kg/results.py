"""SPARQL results as plain data, and the three ways the command line prints them.

pyoxigraph's result iterators can be read once and keep the store alive while they exist,
so `KnowledgeStore.query` turns them into a `QueryResult` at once; everything that prints
or post-processes results works on that value.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
_INTEGERS = {f"{XSD}{t}" for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                    "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                    "unsignedInt", "unsignedLong", "unsignedShort")}
_REALS = {f"{XSD}{t}" for t in ("decimal", "double", "float")}
TABLE_CELL_WIDTH = 60
"""Cells wider than this (in terminal columns) are cut in tables; use json or csv for all."""

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


@dataclass(frozen=True)
class QueryResult:
    """The answer to one query: rows for SELECT, a boolean for ASK, triples for CONSTRUCT."""

    variables: tuple[str, ...] = ()
    rows: tuple[tuple[Term | None, ...], ...] = ()
    boolean: bool | None = None
    triples: tuple[ox.Triple, ...] | None = None

    @classmethod
    def from_oxigraph(cls, result) -> QueryResult:
        if isinstance(result, ox.QueryBoolean):
            return cls(boolean=bool(result))
        if isinstance(result, ox.QueryTriples):
            return cls(variables=("subject", "predicate", "object"),
                       triples=tuple(result))
        names = tuple(v.value for v in result.variables)
        return cls(variables=names,
                   rows=tuple(tuple(solution[name] for name in names) for solution in result))

    @property
    def kind(self) -> str:
        if self.boolean is not None:
            return "ask"
        return "graph" if self.triples is not None else "select"

    def term_rows(self) -> list[tuple[Term | None, ...]]:
        """Rows of terms; a graph result is one (subject, predicate, object) row per triple."""
        if self.triples is not None:
            return [(t.subject, t.predicate, t.object) for t in self.triples]
        return list(self.rows)

    def records(self) -> list[dict[str, object]]:
        """Rows as dicts of Python values (see `python_value`); unbound variables are None."""
        return [{name: python_value(term) for name, term in zip(self.variables, row, strict=True)}
                for row in self.term_rows()]


def python_value(term: Term | None) -> object:
    """A literal's value as int/float/bool/str by datatype; an IRI as its string."""
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        datatype = term.datatype.value
        try:
            if datatype in _INTEGERS:
                return int(term.value)
            if datatype in _REALS:
                return float(term.value)
        except ValueError:
            return term.value
        if datatype == f"{XSD}boolean":
            return term.value in ("true", "1")
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode):
        return term.value
    return str(term)


def _json_term(term: Term) -> dict:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value != f"{XSD}string":
            out["datatype"] = term.datatype.value
        return out
    return {"type": "triple", "value": str(term)}


def to_json(result: QueryResult) -> str:
    """SPARQL 1.1 Query Results JSON (graph results use the same shape, one row per triple)."""
    if result.boolean is not None:
        return json.dumps({"head": {}, "boolean": result.boolean})
    bindings = [{name: _json_term(term) for name, term in zip(result.variables, row, strict=True)
                 if term is not None} for row in result.term_rows()]
    return json.dumps({"head": {"vars": list(result.variables)},
                       "results": {"bindings": bindings}}, ensure_ascii=False)


def to_csv(result: QueryResult) -> str:
    """SPARQL 1.1 CSV results: a header of variable names, then plain lexical values."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if result.boolean is not None:
        writer.writerows([["boolean"], [str(result.boolean).lower()]])
        return out.getvalue()
    writer.writerow(result.variables)
    for row in result.term_rows():
        writer.writerow(["" if t is None else str(python_value(t)) for t in row])
    return out.getvalue()


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _fit(text: str, width: int) -> str:
    text = text.replace("\n", "⏎")
    if _width(text) <= width:
        return text
    out, used = [], 0
    for ch in text:
        used += _width(ch)
        if used > width - 1:
            break
        out.append(ch)
    return "".join(out) + "…"


def _display(term: Term | None, prefixes: Mapping[str, str]) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in prefixes.items():
            if term.value.startswith(namespace) and len(term.value) > len(namespace):
                return f"{prefix}:{term.value[len(namespace):]}"
        return f"<{term.value}>"
    if isinstance(term, ox.Literal):
        return term.value
    return str(python_value(term))


def to_table(result: QueryResult, prefixes: Mapping[str, str] | None = None) -> str:
    """An aligned text table (CJK characters count two columns); IRIs shortened by prefix."""
    if result.boolean is not None:
        return "true" if result.boolean else "false"
    prefixes = prefixes or {}
    cells = [[_fit(_display(t, prefixes), TABLE_CELL_WIDTH) for t in row]
             for row in result.term_rows()]
    header = list(result.variables)
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(header)]

    def line(values: list[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True))

    lines = [line(header), "  ".join("-" * w for w in widths), *(line(r) for r in cells)]
    lines.append(f"({len(cells)} row{'s' if len(cells) != 1 else ''})")
    return "\n".join(s.rstrip() for s in lines)


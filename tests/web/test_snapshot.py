"""The server's read-only view: it follows commits by another opener and keeps old views."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from kg.errors import KGError
from kg.store import KnowledgeStore
from kg.web.snapshot import StoreView, open_read_only, signature
from ontology.namespaces import InstanceSpace

G = ox.NamedNode("https://example.org/kg/graph/test")


def _add(path, n: int) -> None:
    with KnowledgeStore.open(path, create=True) as knowledge:
        knowledge.oxigraph.extend([ox.Quad(ox.NamedNode(f"https://example.org/s{n}"),
                                           ox.NamedNode("https://example.org/p"),
                                           ox.Literal(n), G)])


def _size(knowledge: KnowledgeStore) -> int:
    return len(knowledge.oxigraph)


def test_a_view_follows_commits_and_old_views_stay_as_they_were(tmp_path):
    _add(tmp_path, 1)
    view = StoreView(tmp_path, space=InstanceSpace())
    before, generation = view.knowledge, view.generation
    assert view.refresh() is False  # nothing committed: nothing reopened
    _add(tmp_path, 2)
    assert signature(tmp_path) != generation
    assert view.refresh() is True
    assert view.generation != generation
    assert (_size(before), _size(view.knowledge)) == (1, 2)


def test_what_is_derived_from_a_view_is_computed_once_per_commit(tmp_path):
    _add(tmp_path, 1)
    view = StoreView(tmp_path, space=InstanceSpace())
    calls = []

    def size(knowledge):
        calls.append(knowledge)
        return _size(knowledge)

    first = view.knowledge
    assert [view.derived(first, "size", size) for _ in range(3)] == [1, 1, 1]
    assert len(calls) == 1
    _add(tmp_path, 2)
    assert view.refresh() is True
    assert view.derived(view.knowledge, "size", size) == 2
    assert view.derived(first, "size", size) == 1  # a request still on the old view
    assert view.derived(view.knowledge, "size", size) == 2
    assert len(calls) == 3


def test_a_view_reads_while_a_writer_holds_the_store(tmp_path):
    _add(tmp_path, 1)
    view = StoreView(tmp_path, space=InstanceSpace())
    with KnowledgeStore.open(tmp_path) as writer:
        writer.oxigraph.add(ox.Quad(ox.NamedNode("https://example.org/s9"),
                                    ox.NamedNode("https://example.org/p"), ox.Literal(9), G))
        assert view.refresh() is True
        assert _size(view.knowledge) == 2


@pytest.mark.parametrize("make", [lambda p: p / "missing", lambda p: p])
def test_opening_something_that_is_no_store_is_E302(tmp_path, make):
    with pytest.raises(KGError) as caught:
        open_read_only(make(tmp_path))
    assert caught.value.code == "E302"

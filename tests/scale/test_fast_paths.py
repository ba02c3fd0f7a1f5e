"""The faster code gives exactly what the plain code gives, on every article of the
samples and both development sets: jieba's tokens, spaCy's words and spaces, `re`'s
matches, and mapping.py's triples."""

from __future__ import annotations

import random
import re
from hashlib import sha1

import pytest
from rdflib import BNode, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from spacy.util import get_words_and_spaces

from extractors.alternation import IndexedAlternation
from extractors.claims import metric_pattern
from extractors.entities import lexicon_pattern
from extractors.lexicons import load_cached
from extractors.pipeline import extract, shared_pipeline
from extractors.reader import read_article
from extractors.segmenter import JiebaSegmenter, rjieba, words_and_spaces
from ontology.mapping import article_graph, entity_graph
from ontology.namespaces import InstanceSpace
from ontology.ntriples import article_ntriples
from tests.conftest import ROOT

ARTICLES = sorted([*(ROOT / "corpus").glob("*.txt"), *(ROOT / "eval").glob("dev*/corpus/*")])
RUN = "https://example.org/kg/run/test"


@pytest.fixture(scope="module")
def nlp():
    return shared_pipeline()


@pytest.fixture(scope="module", params=ARTICLES, ids=lambda p: p.name)
def text(request):
    return read_article(request.param).clean_text


@pytest.mark.skipif(rjieba is None, reason="rjieba is not installed: every block is jieba's")
def test_segmenter_gives_jiebas_tokens(nlp, text):
    segmenter: JiebaSegmenter = nlp.tokenizer.jieba_seg
    assert segmenter.fast is not None
    assert segmenter.lcut(text) == list(segmenter.tokenizer.cut(text))


@pytest.mark.parametrize("text", ["2020年1-8月，GMV达100-200亿元", "1.Web3.0时代", "C++与C#",
                                  "微信小程序DAU超4.5亿", "  开头 的空格\n\n与　全角空格 ", "",
                                  "社交 + 场景 - 内容 % # & _ . 完", "+", "4100+ 家", "A -B"])
def test_segmenter_gives_jiebas_tokens_on_symbols(nlp, text):
    segmenter: JiebaSegmenter = nlp.tokenizer.jieba_seg
    assert segmenter.lcut(text) == list(segmenter.tokenizer.cut(text))


def _separator_chars() -> list[str]:
    """Every character `SEPARATORS` lets through to jieba-rs."""
    import re

    from extractors.segmenter import SEPARATORS

    one = re.compile(f"[{SEPARATORS}]")
    return [chr(c) for c in range(0x10000) if one.fullmatch(chr(c))]


@pytest.mark.skipif(rjieba is None, reason="rjieba is not installed: every block is jieba's")
def test_segmenter_gives_jiebas_tokens_around_every_separator(nlp):
    """The separators jieba-rs is trusted with, each between, before and after blocks of
    words, numbers and Latin letters, in one text per character."""
    segmenter: JiebaSegmenter = nlp.tokenizer.jieba_seg
    chars = _separator_chars()
    assert len(chars) > 100
    for char in chars:
        text = (f"微信小程序{char}日活跃用户{char}{char}4.5亿{char}DAU{char}32%{char}"
                f"{char}阿拉丁研究院发布{char}\r\n据统计{char}")
        assert segmenter.lcut(text) == list(segmenter.tokenizer.cut(text)), repr(char)


@pytest.mark.skipif(rjieba is None, reason="rjieba is not installed: every block is jieba's")
def test_segmenter_gives_jiebas_tokens_on_random_mixtures(nlp):
    """Random strings of Chinese, digits, Latin letters, symbols, separators and characters
    outside both (emoji, rare ideographs, control characters): seeded, so reproducible."""
    import random

    segmenter: JiebaSegmenter = nlp.tokenizer.jieba_seg
    pool = (list("微信小程序用户规模达到亿万元同比增长的是了电商平台") + list("0123456789.%")
            + list("ABCxyz+#&_-") + _separator_chars()[::7]
            + ["\U0001f600", "\u3007", "\u9fff", "\x1c", "\ue000", "\u2e80"])
    rng = random.Random(6)
    for _ in range(1500):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 40)))
        assert segmenter.lcut(text) == list(segmenter.tokenizer.cut(text)), repr(text)


def _own_matches(text: str) -> list[tuple[int, int, bool]]:
    from extractors.segmenter import RE_OWN

    return [(m.start(), m.end(), m.lastgroup == "block") for m in RE_OWN.finditer(text)]


def test_own_spans_are_the_matches_of_re_own(text):
    from extractors.segmenter import own_spans

    assert list(own_spans(text)) == _own_matches(text)


def test_own_spans_are_the_matches_of_re_own_on_random_mixtures():
    import random

    from extractors.segmenter import own_spans

    pool = (list("微信小程序用户规模达到亿同比增长") + list("0123456789.%") + list("ABxy+#&_-")
            + _separator_chars()[::5] + ["\U0001f600", "\u3007", "\u9fff", "\x1c", "\ue000"])
    rng = random.Random(7)
    for _ in range(5000):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(0, 60)))
        assert list(own_spans(text)) == _own_matches(text), repr(text)


def test_words_and_spaces_are_spacys(nlp, text):
    tokens = nlp.tokenizer.jieba_seg.lcut(text)
    assert words_and_spaces(tokens, text) == get_words_and_spaces(tokens, text)


@pytest.mark.parametrize("tokens", [
    [" ", "A"], ["A", " ", " ", "B"], ["A", "\n", " ", "B"], ["A", " ", "\n", "B", " "],
    ["\u3000", "A", "\u3000"], ["A", "\r\n", "B"], ["A", "B"], [" "], [],
])
def test_words_and_spaces_table(tokens):
    text = "".join(tokens)
    assert words_and_spaces(tokens, text) == get_words_and_spaces(tokens, text)


def test_doc_text_is_the_text(nlp, text):
    from extractors.segmenter import doc_text, token_offsets

    doc = nlp.make_doc(text)
    assert doc_text(doc) == doc.text == text
    assert token_offsets(doc) == [(t.idx, t.idx + len(t.text)) for t in doc]


def test_doc_from_vocabulary_hashes_is_the_doc_from_strings(nlp, text):
    from spacy.tokens import Doc

    tokens = nlp.tokenizer.jieba_seg.lcut(text)
    words, spaces = words_and_spaces(tokens, text)
    fast, plain = nlp.make_doc(text), Doc(nlp.vocab, words=words, spaces=spaces)
    assert [(t.text, t.whitespace_, t.idx, t.like_num, t.is_punct) for t in fast] == [
        (t.text, t.whitespace_, t.idx, t.like_num, t.is_punct) for t in plain]


def test_remembered_hashes_start_over_and_stay_resolvable(monkeypatch):
    import spacy

    from extractors import segmenter

    vocab = spacy.blank("zh").vocab
    orths = segmenter.Orths(vocab)
    monkeypatch.setattr(segmenter, "ORTH_CACHE", 2)
    hashes = orths.of(["甲乙", "丙丁", "戊己", "甲乙"])
    assert len(orths) <= 2
    assert [vocab.strings[h] for h in hashes] == ["甲乙", "丙丁", "戊己", "甲乙"]
    with vocab.memory_zone():  # hashes remembered inside a zone outlive it
        inside = orths.of(["庚辛"])
    assert vocab.strings[inside[0]] == "庚辛"


def _patterns() -> list[re.Pattern]:
    lexicon = load_cached("")
    return [lexicon_pattern(lexicon), metric_pattern(lexicon.metric_aliases()),
            metric_pattern(lexicon.metric_aliases(hidden=True))]


def test_indexed_alternation_finds_res_matches(text):
    rng = random.Random(len(text))
    for pattern in _patterns():
        fast = IndexedAlternation(pattern)
        assert [m.span() for m in fast.finditer(text)] == \
            [m.span() for m in pattern.finditer(text)]
        for _ in range(50):
            start = rng.randrange(len(text) + 1)
            end = rng.randrange(start, len(text) + 1)
            assert [m.span() for m in fast.finditer(text, start, end)] == \
                [m.span() for m in pattern.finditer(text, start, end)]
            got, want = fast.search(text, start, end), pattern.search(text, start, end)
            assert (got and got.span()) == (want and want.span())


@pytest.mark.parametrize("alternatives, text", [
    (["(?<![A-Za-z])abc(?![A-Za-z])", "ab", "b"], "xabc abc ab cab b"),
    (["微信小程序", "微信", "小程序"], "微信小程序和小程序、微信"),
    (["\\.net", "net"], ".net dotnet"),
    (["TME", "tme"], "TME tme Tme"),
])
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_indexed_alternation_table(alternatives, text, flags):
    pattern = re.compile("|".join(alternatives), flags)
    fast = IndexedAlternation(pattern)
    assert [(m.span(), m.group(0)) for m in fast.finditer(text)] == \
        [(m.span(), m.group(0)) for m in pattern.finditer(text)]


def test_a_pattern_that_is_no_word_list_is_left_to_re():
    pattern = re.compile(r"a+|b*")
    fast = IndexedAlternation(pattern)
    assert not fast._usable
    assert [m.span() for m in fast.finditer("aab")] == [m.span() for m in pattern.finditer("aab")]


def _labelled(graph: Graph) -> set[tuple] | None:
    """The graph's triples with each blank node named by what surrounds it (colour
    refinement: the triples out of and into it, repeated until the names stop splitting);
    None when two blank nodes end up alike. Graphs whose labelled triples are equal are
    isomorphic, and this takes milliseconds where rdflib's general algorithm takes seconds
    for an article's thousand blank nodes."""
    blanks = {t for triple in graph for t in triple if isinstance(t, BNode)}
    colour = dict.fromkeys(blanks, "")
    distinct = 1
    while True:
        def name(term, colour=colour):
            return colour[term] if isinstance(term, BNode) else term.n3()
        colour = {b: sha1(repr((
            sorted((p.n3(), name(o)) for p, o in graph.predicate_objects(b)),
            sorted((name(s), p.n3()) for s, p in graph.subject_predicates(b)))).encode()
        ).hexdigest() for b in blanks}
        now = len(set(colour.values()))
        if now == distinct:
            break
        distinct = now
    if distinct != len(blanks):
        return None
    return {tuple(colour[t] if isinstance(t, BNode) else t.n3() for t in triple)
            for triple in graph}


def _same_graph(got: Graph, expected: Graph) -> bool:
    labelled = _labelled(got), _labelled(expected)
    if None in labelled:
        return isomorphic(got, expected)
    return labelled[0] == labelled[1]


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: p.name)
def test_ntriples_are_mappings_triples(nlp, path):
    extraction = extract(nlp, read_article(path))
    lexicon, space = load_cached(""), InstanceSpace()
    fast = article_ntriples(extraction, run_iri=RUN, space=space, lexicon=lexicon)
    for slow, text in ((article_graph(extraction, run_iri=RUN, space=space, lexicon=lexicon),
                        fast.article),
                       (entity_graph(extraction, space=space, lexicon=lexicon), fast.entities)):
        got = Graph().parse(data=text, format="nt")
        if not _same_graph(got, slow):
            _, extra, missing = graph_diff(to_isomorphic(got), to_isomorphic(slow))
            pytest.fail(f"{len(extra)} extra, {len(missing)} missing: {sorted(extra)[:3]} / "
                        f"{sorted(missing)[:3]}")
    assert fast.triples == len(article_graph(extraction, run_iri=RUN, space=space,
                                             lexicon=lexicon)) + \
        len(entity_graph(extraction, space=space, lexicon=lexicon))

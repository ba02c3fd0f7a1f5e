"""Fixtures for the extractor tests: one pipeline per session (building it parses the Turtle
lexicons and loads jieba's dictionary, about 3 s), the corpus extracted once, and a helper
that runs the real pipeline over a short text the way the reader would hand it over."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language

from extractors.pipeline import build_pipeline, extract
from extractors.reader import parse_article, read_article
from extractors.records import Extraction

CORPUS = Path(__file__).resolve().parents[2] / "corpus"
ARTICLES = sorted(p.name for p in CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def nlp() -> Language:
    return build_pipeline()


@pytest.fixture(scope="session")
def corpus_extractions(nlp) -> dict[str, Extraction]:
    """Every corpus article, read from disk and extracted once for the session."""
    return {name: extract(nlp, read_article(CORPUS / name)) for name in ARTICLES}


@pytest.fixture(scope="session")
def extract_text(nlp) -> Callable[..., Extraction]:
    """`extract_text(text, published=None)`: the extraction of a one-file article holding
    `text` (path "t.txt"); `published` goes into the front matter as its date. Results are
    cached because several table rows share a sentence; tests must not mutate them."""
    cache: dict[tuple[str, str | None], Extraction] = {}

    def run(text: str, published: str | None = None) -> Extraction:
        key = (text, published)
        if key not in cache:
            data = f"---\ndate: {published}\n---\n{text}" if published else text
            cache[key] = extract(nlp, parse_article(data.encode("utf-8"), path="t.txt"))
        return cache[key]

    return run

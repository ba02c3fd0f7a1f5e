"""Where extraction gets its lexicon: the Turtle files of `ontology/`, parsed once per
directory and process (parsing is the slow part of building a pipeline)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ontology.lexicon import ONTOLOGY_DIR, Lexicon, load_lexicon


@lru_cache(maxsize=4)
def load_cached(lexicon_dir: str = "") -> Lexicon:
    """The lexicon in `lexicon_dir` (the project's `ontology/` when empty)."""
    return load_lexicon(Path(lexicon_dir) if lexicon_dir else ONTOLOGY_DIR)

"""Where extraction gets its lexicon: the Turtle files of `ontology/`, parsed once per
directory and process (parsing is the slow part of building a pipeline)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from ontology.lexicon import ONTOLOGY_DIR, Lexicon, load_lexicon


def load_cached(lexicon_dir: str = "") -> Lexicon:
    """The lexicon in `lexicon_dir` (the project's `ontology/` when empty)."""
    return _lexicon_in(lexicon_dir)


@lru_cache(maxsize=4)
def _lexicon_in(lexicon_dir: str) -> Lexicon:
    # Cached by a positional argument: lru_cache keys load_cached() and load_cached("")
    # apart, which parsed the same Turtle files twice.
    return load_lexicon(Path(lexicon_dir) if lexicon_dir else ONTOLOGY_DIR)


@lru_cache(maxsize=1)
def dictionary_words() -> dict[str, tuple[int, str]]:
    """jieba's own dictionary as word → (frequency, part-of-speech tag).

    Whether an unknown word reads as a name (亲邻, 凡泰: absent; 屈臣氏: nr; 腾讯: nz) or as a
    common noun or verb (电商: n; 搭建: v) is the strongest cue the segmenter offers for
    names the lexicon lacks."""
    import jieba

    table: dict[str, tuple[int, str]] = {}
    with jieba.get_dict_file() as handle:  # decoded at once: 350,000 lines, built per worker
        lines = handle.read().decode("utf-8").split("\n")
    for line in lines:
        parts = line.split()
        if len(parts) >= 3:
            table[parts[0]] = (int(parts[1]), parts[2])
    return table

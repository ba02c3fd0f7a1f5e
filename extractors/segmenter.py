"""jieba's segmentation, token for token, at the speed of jieba-rs where the two agree.

`JiebaSegmenter.cut` returns exactly what `jieba.Tokenizer.cut(text)` (accurate mode, HMM
on) returns for the same dictionary: the Python tokenizer stays the source of truth (its
dictionary, user words and frequencies), and jieba-rs (through `rjieba`), loaded with a copy
of that dictionary and the same total frequency, does the work where it is known to agree:

- jieba cuts text into blocks of [\u4e00-\u9fd5a-zA-Z0-9+#&._%-] and segments each block
  on its own, so the blocks are the unit of the division of labour;
- a block of Chinese characters only is cut by jieba-rs with its HMM: the dictionary route
  and the HMM for unknown words are the same algorithm and model there;
- a block mixing Chinese with digits or Latin letters is where the two part ways (jieba-rs
  keeps "1-8" or "1.Web3.0" whole when its HMM sees them, jieba splits them): jieba-rs
  gives the dictionary route (its cut without HMM, which equals jieba's), and jieba's own
  rule for runs of single characters (the HMM step) is applied here in Python; when a run
  of Latin letters and digits could be either one dictionary word or single characters,
  the block goes to jieba itself;
- everything between blocks (punctuation, whitespace) follows jieba's rule directly.

Without `rjieba` installed, every block goes to jieba: slower, same tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import jieba
from jieba import finalseg

try:  # optional accelerator: same tokens without it
    import rjieba
except ImportError:  # pragma: no cover - exercised where rjieba is missing
    rjieba = None

RE_HAN = jieba.re_han_default
RE_SKIP = jieba.re_skip_default
RE_ENG = re.compile(r"[a-zA-Z0-9]+")
RE_CHINESE = re.compile("[\u4e00-\u9fd5]+")
TOTAL_FILLER = "\ue000\ue001"
"""A word no block can contain (private-use characters fall outside jieba's blocks): it
carries the difference between jieba's running total frequency, which counts re-added
words twice, and the sum of the frequencies copied to jieba-rs."""


def rust_copy(tokenizer: jieba.Tokenizer):
    """A jieba-rs segmenter with `tokenizer`'s dictionary and total, or None without rjieba."""
    if rjieba is None:
        return None
    tokenizer.check_initialized()
    fast = rjieba.Jieba.empty()
    total = 0
    for word, freq in tokenizer.FREQ.items():
        if freq > 0:
            fast.add_word(word, freq, None)
            total += freq
    if tokenizer.total > total:
        fast.add_word(TOTAL_FILLER, tokenizer.total - total, None)
    return fast


class JiebaSegmenter:
    """Drop-in for the `jieba_seg` of spaCy's ChineseTokenizer: `cut(text)` like jieba's."""

    def __init__(self, tokenizer: jieba.Tokenizer, *, accelerate: bool = True):
        self.tokenizer = tokenizer
        self.fast = rust_copy(tokenizer) if accelerate else None

    def cut(self, sentence: str, cut_all: bool = False, HMM: bool = True) -> Iterator[str]:  # noqa: N803
        """jieba's tokens of `sentence` (they concatenate to it)."""
        if self.fast is None or cut_all or not HMM:
            return self.tokenizer.cut(sentence, cut_all=cut_all, HMM=HMM)
        return iter(self.lcut(sentence))

    def lcut(self, sentence: str) -> list[str]:
        if self.fast is None:
            return self.tokenizer.lcut(sentence)
        words: list[str] = []
        for block in RE_HAN.split(sentence):
            if not block:
                continue
            if RE_HAN.match(block):
                if RE_CHINESE.fullmatch(block):
                    words += self.fast.cut(block, True)
                else:
                    words += self._mixed_block(block)
            else:
                for piece in RE_SKIP.split(block):
                    if RE_SKIP.match(piece):
                        words.append(piece)
                    else:
                        words += piece
        return words

    def _mixed_block(self, block: str) -> list[str]:
        """jieba's `__cut_DAG` over jieba-rs's dictionary route."""
        freq = self.tokenizer.FREQ
        route: list[str] = []
        for word in self.fast.cut(block, False):
            # without HMM both join runs of single letters and digits into one token: undo
            # that, unless the run is also a dictionary word (then the route is ambiguous)
            if len(word) > 1 and RE_ENG.fullmatch(word):
                if freq.get(word):
                    return list(self.tokenizer.cut(block))
                route += word
            else:
                route.append(word)
        words: list[str] = []
        buf = ""
        for word in route:
            if len(word) == 1:
                buf += word
                continue
            if buf:
                words += self._flush(buf)
                buf = ""
            words.append(word)
        if buf:
            words += self._flush(buf)
        return words

    def _flush(self, buf: str) -> list[str]:
        """A run of single characters, as jieba's HMM step cuts it."""
        if len(buf) == 1:
            return [buf]
        if self.tokenizer.FREQ.get(buf):
            return list(buf)
        return list(finalseg.cut(buf))

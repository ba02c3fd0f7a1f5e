"""jieba's segmentation, token for token, at the speed of jieba-rs where the two agree.

`JiebaSegmenter.cut` returns exactly what `jieba.Tokenizer.cut(text)` (accurate mode, HMM
on) returns for the same dictionary: the Python tokenizer stays the source of truth (its
dictionary, user words and frequencies), and jieba-rs (through `rjieba`), loaded with a copy
of that dictionary and the same total frequency, does the work where it is known to agree:

- jieba cuts text into blocks of [\u4e00-\u9fd5a-zA-Z0-9+#&._%-] and segments each block
  on its own, so the blocks are the unit of the division of labour;
- a block of Chinese characters, Latin letters and numbers (4.5, 32%) is cut by jieba-rs
  with its HMM: the dictionary route and the HMM for unknown words are the same algorithm
  and model there (a test compares every block of the corpora);
- a block with other symbols (1-8, 1.Web3.0, C++) is where the two part ways: jieba-rs's
  HMM step keeps "1-8" whole, jieba splits it. There jieba-rs gives the dictionary route
  (its cut without HMM, which equals jieba's), and jieba's own rule for runs of single
  characters (the HMM step) is applied here in Python; when a run of Latin letters and
  digits could be either one dictionary word or single characters, the block goes to
  jieba itself;
- everything between blocks (punctuation, whitespace) is one token per character (or
  "\r\n"), in both.

So the text goes to jieba-rs in long stretches, cut only around the blocks with other
symbols and around characters outside `SEPARATORS` (which jieba-rs may count as block
characters where jieba does not: 〇, rare ideographs): those few are handled here.

Without `rjieba` installed, every block goes to jieba: slower, same tokens.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, count

import jieba
import spacy.lang.zh as spacy_zh
from jieba import finalseg
from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc
from spacy.util import get_words_and_spaces, registry

try:  # optional accelerator: same tokens without it
    import rjieba
except ImportError:  # pragma: no cover - exercised where rjieba is missing
    rjieba = None

RE_HAN = jieba.re_han_default
RE_SKIP = jieba.re_skip_default
RE_ENG = re.compile(r"[a-zA-Z0-9]+")
RE_AGREED = re.compile(r"(?:[\u4e00-\u9fd5a-zA-Z]|\d+(?:\.\d+)?%?)+|[+#&._%\-]")
"""Blocks that jieba-rs's HMM cuts exactly as jieba does (a symbol alone, as in "A + B",
is one token in any segmenter)."""
BLOCK_CHARS = "\u4e00-\u9fd5a-zA-Z0-9+#&._%\\-"
"""The characters of jieba's blocks (`RE_HAN`), as a regex class body."""
SEPARATORS = ("\t\n\r \u00a0\u00a5\u00b0\u00b7\u00d7\u00f7!\"$'()*,/:;<=>?@\\[\\]^`{|}~"
              "\u2010-\u2027\u2030-\u205e\u3000-\u3004\u3008-\u3020\u3030-\u3037\u303c-\u303f"
              "\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65")
"""Whitespace and punctuation that both jieba and jieba-rs keep out of blocks, one token
per character ("\r\n" one token in both), so the stretches sent to jieba-rs may contain
them (each was compared in both, between and around blocks, with rjieba 0.2.2)."""
RE_OWN = re.compile(
    rf"(?P<block>(?<![{BLOCK_CHARS}])[{BLOCK_CHARS}]*[+#&._%\-][{BLOCK_CHARS}]*)"
    rf"|[^{BLOCK_CHARS}{SEPARATORS}]+")
"""What may not go to jieba-rs with HMM: a block with a symbol (unless `RE_AGREED`, such as
4.5 or 32%), a run of characters outside blocks and `SEPARATORS`. The look-behind makes a
block match only from its first character, so the search stays linear."""
SYMBOLS = frozenset("+#&._%-")
"""The block characters that are neither Chinese, Latin letters nor digits."""
RE_TRIGGER = re.compile(rf"[+#&._%\-]|[^{BLOCK_CHARS}{SEPARATORS}]")
"""Where an `RE_OWN` match can be: at a symbol, or at a character outside blocks and
`SEPARATORS`. A character class, which `re` scans for without trying the pattern at every
position (`RE_OWN`'s look-behind keeps it from doing so)."""
RE_BLOCK_RUN = re.compile(f"[{BLOCK_CHARS}]*")
RE_OTHER_RUN = re.compile(f"[^{BLOCK_CHARS}{SEPARATORS}]+")
DOC_TEXT = "kg_text"
"""Key of a Doc's text in `Doc.user_data` (see `doc_text`)."""
RUN_CACHE = 200_000
"""Runs of single characters whose HMM cut is remembered (then the memory starts over)."""
ORTH_CACHE = 500_000
"""Distinct words whose vocabulary hash is remembered (then the memory starts over)."""
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
        self._runs: dict[str, list[str]] = {}

    def cut(self, sentence: str, cut_all: bool = False, HMM: bool = True) -> Iterator[str]:  # noqa: N803
        """jieba's tokens of `sentence` (they concatenate to it)."""
        if self.fast is None or cut_all or not HMM:
            return self.tokenizer.cut(sentence, cut_all=cut_all, HMM=HMM)
        return iter(self.lcut(sentence))

    def lcut(self, sentence: str) -> list[str]:
        """`cut` as a list: jieba-rs's HMM cut of the stretches between the `RE_OWN` matches,
        which are cut here (one rjieba call per stretch, not one Python step per block)."""
        if self.fast is None:
            return self.tokenizer.lcut(sentence)
        words: list[str] = []
        done = 0
        for start, end, block in own_spans(sentence):
            if block and RE_AGREED.fullmatch(sentence, start, end):
                continue
            own = sentence[start:end]
            if done < start:
                words += self.fast.cut(sentence[done:start], True)
            words += self._mixed_block(own, self.fast.cut(own, False)) if block else _between(own)
            done = end
        if done < len(sentence):
            words += self.fast.cut(sentence[done:], True)
        return words

    def _mixed_block(self, block: str, tokens: list[str]) -> list[str]:
        """jieba's `__cut_DAG` over jieba-rs's dictionary route (`tokens`: its cut without
        HMM)."""
        freq = self.tokenizer.FREQ
        route: list[str] = []
        for word in tokens:
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
        """A run of single characters, as jieba's HMM step cuts it (a pure function of the
        run, so remembered: the same short runs recur all through a corpus)."""
        found = self._runs.get(buf)
        if found is None:
            if len(buf) == 1:
                found = [buf]
            elif self.tokenizer.FREQ.get(buf):
                found = list(buf)
            else:
                found = list(finalseg.cut(buf))
            if len(self._runs) >= RUN_CACHE:
                self._runs.clear()
            self._runs[buf] = found
        return found


def own_spans(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, is a block) of each match of `RE_OWN.finditer(text)`, found from its
    `RE_TRIGGER` characters: a block with a symbol reaches left and right over block
    characters from its first symbol (leftwards as a match on the reversed text, so both
    runs are scanned by `re`), any other match is a run of characters outside blocks and
    separators."""
    size = len(text)
    backwards = None
    pos = 0
    while trigger := RE_TRIGGER.search(text, pos):
        at = trigger.start()
        if text[at] in SYMBOLS:
            if backwards is None:
                backwards = text[::-1]
            # text[at - 1], text[at - 2], … are backwards[size - at], …; not left of pos
            start = at - (RE_BLOCK_RUN.match(backwards, size - at, size - pos).end()
                          - (size - at))
            end = RE_BLOCK_RUN.match(text, at).end()
            yield start, end, True
        else:
            end = RE_OTHER_RUN.match(text, at).end()
            yield at, end, False
        pos = end


def _between(text: str) -> list[str]:
    """jieba's tokens of text outside its blocks: a whitespace character (or "\r\n") alone,
    any other character alone."""
    words: list[str] = []
    for part in RE_SKIP.split(text):
        if RE_SKIP.match(part):
            words.append(part)
        else:
            words += part
    return words


def words_and_spaces(tokens: list[str], text: str) -> tuple[list[str], list[bool]]:
    """spaCy's `get_words_and_spaces` for tokens that concatenate to `text` exactly (as
    jieba's do), run by run of whitespace tokens rather than token by token: a single space
    after a word becomes that word's trailing space, any other whitespace run one token."""
    blanks = list(compress(count(), map(str.isspace, tokens)))
    words: list[str] = []
    spaces: list[bool] = []
    start = i = 0
    while i < len(blanks):
        j = i
        while j + 1 < len(blanks) and blanks[j + 1] == blanks[j] + 1:
            j += 1
        first, last = blanks[i], blanks[j]  # one run of whitespace tokens
        words += tokens[start:first]
        spaces += [False] * (first - start)
        run = "".join(tokens[first:last + 1])
        if first > 0 and run[0] == " ":  # the word before it keeps one space
            spaces[-1] = True
            run = run[1:]
        if run:
            words.append(run)
            spaces.append(False)
        start, i = last + 1, j + 1
    words += tokens[start:]
    spaces += [False] * (len(tokens) - start)
    return words, spaces


class Orths(dict):
    """Word → its hash in the vocabulary's StringStore, remembered.

    A Doc made from hashes looks each lexeme up by key; made from strings, it hashes every
    token's UTF-8 again (a third of the time of building the Doc). The strings are added
    to the store for good (not as a memory zone's transient strings), so a remembered
    hash always resolves; the memory starts over past `ORTH_CACHE` words."""

    def __init__(self, vocab):
        super().__init__()
        self._add = vocab.strings.add

    def __missing__(self, word: str) -> int:
        if len(self) >= ORTH_CACHE:
            self.clear()
        orth = self[word] = self._add(word, allow_transient=False)
        return orth

    def of(self, words: list[str]) -> list[int]:
        return list(map(self.__getitem__, words))


class ChineseTokenizer(spacy_zh.ChineseTokenizer):
    """spaCy's Chinese tokenizer, with the jieba path fed by `JiebaSegmenter` in one pass.

    Same words, spaces and Doc as spaCy's own for the same segmenter; the Doc also carries
    its text (`DOC_TEXT`), which spaCy otherwise rebuilds from the tokens on every
    `doc.text`.

    Built with the jieba segmenter, it does not load jieba's process-wide dictionary the
    way spaCy's does (about 0.6 s per process): `build_pipeline` gives it a
    `JiebaSegmenter` over a private tokenizer, and until then (or without one) the jieba
    module stands in, loading its dictionary on first use."""

    def __init__(self, vocab, segmenter: spacy_zh.Segmenter | str = spacy_zh.Segmenter.char):
        by_jieba = segmenter in (spacy_zh.Segmenter.jieba, spacy_zh.Segmenter.jieba.value)
        super().__init__(vocab, segmenter=spacy_zh.Segmenter.char if by_jieba else segmenter)
        if by_jieba:
            self.segmenter = spacy_zh.Segmenter.jieba.value
            self.jieba_seg = jieba
        self.orths = Orths(vocab)

    def __call__(self, text: str) -> Doc:
        if self.segmenter != spacy_zh.Segmenter.jieba or not isinstance(
                self.jieba_seg, JiebaSegmenter):
            return super().__call__(text)
        tokens = list(filter(None, self.jieba_seg.lcut(text)))
        if "".join(tokens) == text:
            words, spaces = words_and_spaces(tokens, text)
        else:  # not jieba's kind of tokens: let spaCy align them
            words, spaces = get_words_and_spaces(tokens, text)
        doc = Doc(self.vocab, words=self.orths.of(words), spaces=spaces)
        doc.user_data[DOC_TEXT] = text
        return doc


@registry.tokenizers("kg.ChineseTokenizer.v1")
def create_chinese_tokenizer(segmenter: spacy_zh.Segmenter = spacy_zh.Segmenter.char):
    """The tokenizer of config.cfg: `segmenter = "jieba"` as with spacy.zh.ChineseTokenizer."""

    def chinese_tokenizer_factory(nlp):
        return ChineseTokenizer(nlp.vocab, segmenter=segmenter)

    return chinese_tokenizer_factory


def doc_text(doc: Doc) -> str:
    """`doc.text`, built at most once per Doc (a Doc's text never changes)."""
    text = doc.user_data.get(DOC_TEXT)
    if text is None:
        text = doc.user_data[DOC_TEXT] = doc.text
    return text


def token_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """The start and the end offset of every token, as two lists, without making a Token
    object per token: both come from one array (a token ends `LENGTH` characters after its
    `IDX`)."""
    if not len(doc):
        return [], []
    array = doc.to_array([IDX, LENGTH])
    starts = array[:, 0]
    return starts.tolist(), (starts + array[:, 1]).tolist()


def token_offsets(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) of every token."""
    return list(zip(*token_bounds(doc), strict=True))

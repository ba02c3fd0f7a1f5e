"""Fast search for one big alternation of words (the lexicon's names, the metric forms).

Python's `re` tries every alternative at every position of the text once an alternative
begins with a look-behind (as the Latin names do), which makes a 600-name alternation cost
about a microsecond per character. `IndexedAlternation` gives the same matches (the same
`re.Match` objects: same spans, same groups) by looking only at positions whose character
can begin some alternative, and trying there only those alternatives, in their original
order, compiled as a smaller alternation of their own. Leftmost-first alternation picks the
first alternative that matches at the leftmost position, and alternatives that cannot match
the character there can never be that one, so the answer is unchanged.

Only the top-level alternatives are looked at; a pattern that is not a plain alternation of
literal words (optionally behind a look-behind) is left to `re` unchanged.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator


def longest_first(forms, *, latin: str, boundary: str, flags: int = 0) -> re.Pattern:
    """One alternation of `forms`, longest first, so the longest name wins where several
    start at one position; forms made only of the `latin` character class match only
    between characters outside `boundary` (MAU must not match inside MAUs)."""
    parts = []
    for form in sorted(forms, key=len, reverse=True):
        escaped = re.escape(form)
        if re.fullmatch(f"[{latin}]+", form):
            escaped = f"(?<![{boundary}])" + escaped + f"(?![{boundary}])"
        parts.append(escaped)
    return re.compile("|".join(parts), flags)


_LOOKBEHIND = re.compile(r"\(\?<[!=](?:\[(?:[^\]\\]|\\.)*\]|[^()\[\\]|\\.)*\)")


def _split_top_level(source: str) -> list[str] | None:
    """The top-level alternatives of a regex source, or None if it has groups around `|`."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(source):
        ch = source[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":  # a character class: "|" and ")" inside it are plain characters
            i = _class_end(source, i)
            if i < 0:
                return None
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(source[start:i])
            start = i + 1
        i += 1
    parts.append(source[start:])
    return parts


def _class_end(source: str, start: int) -> int:
    """The index after the "]" closing the class that opens at `start`, or -1."""
    i = start + 1
    if source[i:i + 1] == "^":
        i += 1
    if source[i:i + 1] == "]":
        i += 1
    while i < len(source):
        if source[i] == "\\":
            i += 2
        elif source[i] == "]":
            return i + 1
        else:
            i += 1
    return -1


def _first_literal(alternative: str) -> str | None:
    """The first character an alternative consumes, if it starts with a literal (after
    optional look-behinds)."""
    rest = alternative
    while (m := _LOOKBEHIND.match(rest)) is not None:
        rest = rest[m.end():]
    if not rest:
        return None
    if rest[0] == "\\":
        # re.escape only escapes characters that are not letters, digits or "_"
        if len(rest) < 2 or rest[1].isalnum() or rest[1] == "_":
            return None
        first, after = rest[1], rest[2:3]
    elif rest[0] in ".^$*+?{}[]()|":
        return None
    else:
        first, after = rest[0], rest[1:2]
    return None if after and after in "*?{" else first


class IndexedAlternation:
    """A compiled alternation of words with `re.Pattern`'s `search` and `finditer`."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        parts = _split_top_level(pattern.pattern) if isinstance(pattern.pattern, str) else None
        firsts = [_first_literal(p) for p in parts] if parts else None
        self._usable = bool(firsts) and all(firsts)
        self._flags = pattern.flags
        self._parts = parts or []
        self._firsts = firsts or []
        if self._usable:
            chars = "".join(sorted(set(self._firsts)))
            self._starts = re.compile(f"[{re.escape(chars)}]", self._flags)
            self._singles = [re.compile(re.escape(c), self._flags) for c in self._firsts]
        self._by_char: dict[str, re.Pattern | None] = {}
        self._by_group: dict[tuple[int, ...], re.Pattern] = {}

    def _for_char(self, ch: str) -> re.Pattern | None:
        """The alternation of the alternatives that can begin with `ch`, in their order."""
        if ch not in self._by_char:
            group = tuple(i for i, single in enumerate(self._singles) if single.match(ch))
            if group and group not in self._by_group:
                source = "|".join(self._parts[i] for i in group)
                self._by_group[group] = re.compile(source, self._flags)
            self._by_char[ch] = self._by_group[group] if group else None
        return self._by_char[ch]

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize
                 ) -> Iterator[re.Match]:
        if not self._usable:
            yield from self.pattern.finditer(string, pos, endpos)
            return
        end = min(endpos, len(string))
        at = max(pos, 0)
        while (m := self._next(string, at, end)) is not None:
            yield m
            at = m.end()

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        if not self._usable:
            return self.pattern.search(string, pos, endpos)
        return self._next(string, max(pos, 0), min(endpos, len(string)))

    def _next(self, string: str, at: int, end: int) -> re.Match | None:
        """The leftmost match in string[at:end] (every alternative consumes a character)."""
        starts, by_char = self._starts, self._by_char
        while (candidate := starts.search(string, at, end)) is not None:
            i = candidate.start()
            ch = string[i]
            sub = by_char[ch] if ch in by_char else self._for_char(ch)
            if sub is not None and (m := sub.match(string, i, end)) is not None:
                return m
            at = i + 1
        return None

    def __getattr__(self, name: str):  # match, fullmatch, sub, flags, groups …: plain re
        return getattr(self.pattern, name)

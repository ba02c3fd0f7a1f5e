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

Alternatives that begin with a Chinese character need no such loop: regrouped by that
character, a(?:b|c)|d(?:e), they form a pattern `re` scans quickly by itself, because
each top-level alternative begins with a literal that matches only itself.

The same idea serves any pattern whose first character is plain to read: `leading_class`
lists the characters a match can begin with, and `finditer_at` tries the pattern only at
the positions of those characters (the date patterns, which begin with look-behinds).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from re import _constants as sre  # the parsed-pattern opcodes of `re._parser`
from re import _parser


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


def _is_ideograph(ch: str) -> bool:
    """A CJK ideograph: no case, so under any flags it matches itself and nothing else."""
    return "\u4e00" <= ch <= "\u9fff"


def _ideograph_groups(parts: list[str], firsts: list[str]) -> dict[str, list[str]]:
    """For each ideograph that begins alternatives, the rest of each of them, in order;
    only ideographs that begin no alternative behind a look-behind or repeated (微+)."""
    groups: dict[str, list[str]] = {}
    guarded = set()
    for part, first in zip(parts, firsts, strict=True):
        if not _is_ideograph(first):
            continue
        if part[0] == first and part[1:2] not in ("+", "*", "?", "{"):
            groups.setdefault(first, []).append(part[1:])
        else:
            guarded.add(first)
    return {ch: rests for ch, rests in groups.items() if ch not in guarded}


class IndexedAlternation:
    """A compiled alternation of words with `re.Pattern`'s `search` and `finditer`.

    Alternatives that begin with a Chinese character are regrouped by that character,
    a(?:b|c)|d(?:e), which `re` scans for quickly (it skips to the characters that begin
    a group, and only one group can match there); the others are found as above."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern
        parts = _split_top_level(pattern.pattern) if isinstance(pattern.pattern, str) else None
        firsts = [_first_literal(p) for p in parts] if parts else None
        self._usable = bool(firsts) and all(firsts) and pattern.groups == 0
        self._flags = pattern.flags
        self._parts = parts or []
        self._firsts = firsts or []
        self._grouped: re.Pattern | None = None
        self._starts: re.Pattern | None = None
        if self._usable:
            groups = _ideograph_groups(self._parts, self._firsts)
            if groups:
                self._grouped = re.compile("|".join(
                    ch + "(?:" + "|".join(rests) + ")" for ch, rests in groups.items()),
                    self._flags)
            chars = "".join(sorted(set(self._firsts) - set(groups)))
            if chars:
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
        """The leftmost match in string[at:end] (every alternative consumes a character):
        the grouped alternatives' first match, unless another alternative matches before
        it (at a given position only one of the two kinds can match)."""
        grouped = self._grouped.search(string, at, end) if self._grouped else None
        if self._starts is None:
            return grouped
        starts, by_char = self._starts, self._by_char
        before = grouped.start() if grouped else end
        while (candidate := starts.search(string, at, before)) is not None:
            i = candidate.start()
            ch = string[i]
            sub = by_char[ch] if ch in by_char else self._for_char(ch)
            if sub is not None and (m := sub.match(string, i, end)) is not None:
                return m
            at = i + 1
        return grouped

    def __getattr__(self, name: str):  # match, fullmatch, sub, flags, groups …: plain re
        return getattr(self.pattern, name)


def leading_class(pattern: re.Pattern) -> re.Pattern | None:
    """A one-character pattern matching every character a match of `pattern` can begin
    with, so that a search may skip the other positions (`re` itself skips only when a
    pattern begins with a literal or a class, not with a look-behind such as (?<![\\d.])).

    None when that is not plain to see: a pattern that can match the empty string, is not
    a `str` pattern, ignores case, or begins with a category, a negated class or a dot."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.IGNORECASE:
        return None
    first = _first_ranges(list(_parser.parse(pattern.pattern, pattern.flags)))
    if first is None or first[1]:
        return None
    ranges = sorted(first[0])
    return re.compile("[" + "".join(re.escape(chr(lo)) if lo == hi else
                                    f"{re.escape(chr(lo))}-{re.escape(chr(hi))}"
                                    for lo, hi in ranges) + "]", pattern.flags)


def _first_ranges(items: list) -> tuple[set[tuple[int, int]], bool] | None:
    """The code point ranges a parsed sequence can begin with, and whether it can match
    the empty string (then what follows it may begin the match too); None if unknown."""
    ranges: set[tuple[int, int]] = set()
    for op, av in items:
        if op in (sre.ASSERT, sre.ASSERT_NOT, sre.AT):
            continue  # zero width: the next item consumes the first character
        if op is sre.LITERAL:
            return ranges | {(av, av)}, False
        if op is sre.IN:
            inner = _class_ranges(av)
            return None if inner is None else (ranges | inner, False)
        if op is sre.SUBPATTERN:
            if av[1] & re.IGNORECASE:
                return None
            first = _first_ranges(av[3])
        elif op is sre.BRANCH:
            firsts = [_first_ranges(alternative) for alternative in av[1]]
            if any(f is None for f in firsts):
                return None
            first = (set().union(*(f[0] for f in firsts)), any(f[1] for f in firsts))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            first = _first_ranges(av[2])
            first = None if first is None else (first[0], first[1] or av[0] == 0)
        else:
            return None
        if first is None:
            return None
        ranges |= first[0]
        if not first[1]:
            return ranges, False
    return ranges, True


def _class_ranges(items: list) -> set[tuple[int, int]] | None:
    """The code point ranges of a parsed character class; None for categories (\\d) and
    negated classes, whose members are too many to list."""
    ranges = set()
    for op, av in items:
        if op is sre.LITERAL:
            ranges.add((av, av))
        elif op is sre.RANGE:
            ranges.add(av)
        else:
            return None
    return ranges


def finditer_at(pattern: re.Pattern, string: str, positions: Iterable[int]
                ) -> Iterator[re.Match]:
    """`pattern.finditer(string)`, trying only at `positions` (ascending, and holding
    every position where a match can begin, such as those of `leading_class`). Matches
    must not be empty. A look-behind still sees the characters before each position."""
    at = 0
    for i in positions:
        if i >= at and (m := pattern.match(string, i)) is not None:
            yield m
            at = m.end()

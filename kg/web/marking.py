"""Marking claims and entity mentions in an article's clean text, as safe HTML.

Offsets are Python `str` indices (Unicode code points), the unit of every
oa:TextPositionSelector in the store, so a span is cut from the same string it was
extracted from and the marked text is exactly the quote. All text goes through
`markupsafe.escape`; only the tags built here are markup.

Two layers, so the HTML nests properly: claims are the outer layer (`<mark>`; claims whose
spans overlap share one mark, followed by one numbered link per claim), entity mentions
the inner one (`<a class="ent">`, cut at a mark's edge if they cross it). Every claim
start gets an empty anchor `id="o-START"`, the target of the claim page's "view in the
article" link.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape

_LATIN = re.compile(r"[0-9A-Za-z]")


@dataclass(frozen=True)
class ClaimSpan:
    start: int
    end: int
    href: str
    title: str
    number: int
    """The claim's number on the page (its link text)."""


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    href: str
    title: str


def paragraph_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """(begin, end) of the paragraph (line of the clean text) holding text[start:end]."""
    begin = text.rfind("\n", 0, start) + 1
    stop = text.find("\n", max(start, end - 1) if end > start else start)
    return begin, len(text) if stop < 0 else stop


def mark_quote(text: str, start: int, end: int) -> Markup:
    """text with text[start:end] in one `<mark>`, the rest escaped."""
    return Markup("{}<mark>{}</mark>{}").format(text[:start], text[start:end], text[end:])


def find_mentions(text: str, names: dict[str, tuple[str, str]], *,
                  min_length: int = 2) -> list[Mention]:
    """Where the entities' names occur in `text`, longest name first, never overlapping.

    `names` maps a name or alias to (href, title). Names shorter than `min_length` are
    skipped (one-letter aliases would mark half the text). A Latin name must not continue
    a Latin word ("QQ" is not found inside "QQMusic"); Chinese has no word boundaries to
    respect.
    """
    taken = [False] * len(text)
    found = []
    for name in sorted(names, key=lambda n: (-len(n), n)):
        if len(name) < min_length:
            continue
        latin_edges = (_LATIN.match(name[0]), _LATIN.match(name[-1]))
        position = text.find(name)
        while position >= 0:
            stop = position + len(name)
            clear = not any(taken[position:stop])
            if latin_edges[0] and position > 0 and _LATIN.match(text[position - 1]):
                clear = False
            if latin_edges[1] and stop < len(text) and _LATIN.match(text[stop]):
                clear = False
            if clear:
                taken[position:stop] = [True] * len(name)
                href, title = names[name]
                found.append(Mention(position, stop, href, title))
            position = text.find(name, position + 1)
    return sorted(found, key=lambda m: m.start)


def _clusters(claims: list[ClaimSpan]) -> list[tuple[int, int, list[ClaimSpan]]]:
    """Claims grouped into runs of overlapping spans: (start, end, claims)."""
    groups: list[tuple[int, int, list[ClaimSpan]]] = []
    for claim in sorted(claims, key=lambda c: (c.start, c.end)):
        if groups and claim.start < groups[-1][1]:
            start, end, members = groups[-1]
            groups[-1] = (start, max(end, claim.end), [*members, claim])
        else:
            groups.append((claim.start, claim.end, [claim]))
    return groups


def _inner(text: str, begin: int, end: int, mentions: list[Mention],
           anchors: list[int]) -> Markup:
    """text[begin:end] with the mentions inside it linked and the anchors placed."""
    events = sorted([(m.start, 1, m) for m in mentions if m.start < end and m.end > begin]
                    + [(a, 0, a) for a in anchors if begin <= a < end],
                    key=lambda e: (max(e[0], begin), e[1]))
    anchor = Markup('<span class="anchor" id="o-{}"></span>')
    out, cursor = [], begin
    for position, kind, item in events:
        position = max(position, begin)
        if position < cursor:  # inside a mention already written (its anchors went first)
            continue
        out.append(escape(text[cursor:position]))
        if kind == 0:
            out.append(anchor.format(item))
            cursor = position
            continue
        stop = min(item.end, end)
        # an anchor inside the mention goes just before it: an <a> cannot be split
        out.extend(anchor.format(a) for a in anchors if position < a < stop)
        out.append(Markup('<a class="ent" href="{}" title="{}">{}</a>').format(
            item.href, item.title, text[position:stop]))
        cursor = stop
    out.append(escape(text[cursor:end]))
    return Markup("").join(out)


def mark_article(text: str, claims: list[ClaimSpan], mentions: list[Mention]) -> Markup:
    """The whole clean text with claims marked and entity mentions linked (see above).

    Claim spans outside the text (a stale offset) are dropped rather than cut wrongly.
    Newlines are kept as they are: the page shows the text with `white-space: pre-wrap`.
    """
    claims = [c for c in claims if 0 <= c.start < c.end <= len(text)]
    anchors = sorted({c.start for c in claims})
    out, cursor = [], 0
    for start, end, members in _clusters(claims):
        out.append(_inner(text, cursor, start, mentions, anchors))
        titles = " | ".join(m.title for m in members)
        out.append(Markup('<mark class="claim" title="{}">{}</mark>').format(
            titles, _inner(text, start, end, mentions, anchors)))
        out.append(Markup("").join(
            Markup('<sup class="cref"><a href="{}" title="{}">[{}]</a></sup>').format(
                m.href, m.title, m.number) for m in members))
        cursor = end
    out.append(_inner(text, cursor, len(text), mentions, anchors))
    return Markup("").join(out)

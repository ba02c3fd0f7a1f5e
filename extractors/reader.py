"""Read article files into `Article` records: bytes in, clean text and metadata out.

The reader is the only place that knows about encodings, front matter and markup. Everything
downstream works on `Article.clean_text`, so this module promises that the clean text is
what an analyst would see: HTML tags and attribute junk gone, Markdown markup gone, plain
text kept exactly as written. Every offset in the pipeline refers to that string, which is
why the text is only NFC-normalised (never NFKC: full-width punctuation stays full-width).

Public API: `discover`, `read_article`, `parse_article`. Problems are raised as
`DocumentRejected` with a code from `kg.errors` so the batch can go on without the file.
"""

from __future__ import annotations

import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import NamedTuple

import yaml
from bs4 import BeautifulSoup, CData, NavigableString, Tag

from extractors.records import Article
from kg.errors import DocumentRejected, E

SUFFIXES = frozenset({".txt", ".md", ".markdown", ".html", ".htm"})
MAX_BYTES = 20_000_000

Block = tuple[str, bool]
"""One paragraph of clean text and whether it is a heading."""

# -- decoding ----------------------------------------------------------------------------------

_MAGIC = (
    (b"%PDF", "looks like a PDF document"),
    (b"\x89PNG\r\n\x1a\n", "looks like a PNG image"),
    (b"\xff\xd8\xff", "looks like a JPEG image"),
    (b"GIF87a", "looks like a GIF image"),
    (b"GIF89a", "looks like a GIF image"),
    (b"PK\x03\x04", "looks like a ZIP archive, e.g. .docx or .xlsx"),
    (b"\x1f\x8b", "looks like a gzip archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "looks like an old Office document (.doc/.xls)"),
    (b"\x7fELF", "looks like an executable"),
)
_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
# Control characters that never occur in text; tab, newlines, form feed and vertical tab do.
_CONTROL_BYTES = bytes(c for c in range(32) if chr(c) not in "\t\n\r\f\v")
_CONTROL = re.compile("[" + re.escape(_CONTROL_BYTES.decode("ascii")) + "]")
_MAX_CONTROL_SHARE = 0.05
# Invisible characters that scraped pages carry; they would shift offsets without being seen.
# (A regex, not str.translate: translate looks every character of Chinese text up in a dict.)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")


def decode(data: bytes, *, path: str) -> tuple[str, str]:
    """Decode an article's bytes; return (text with '\\n' newlines, encoding used).

    Order: known binary signatures (E102), BOMs, NUL bytes or many control characters
    (E102), strict UTF-8, GB18030 (a superset of GBK and GB2312). Undecodable → E103.
    """
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise DocumentRejected(E.E102, path=path, detail=what)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = _decode_strict(data, encoding, path=path)
            _reject_control(text, path=path)
            return _newlines(text), encoding
    nul = data.find(b"\x00")
    if nul >= 0:
        raise DocumentRejected(E.E102, path=path, detail=(
            f"NUL byte at offset {nul}; UTF-16 text needs a byte-order mark"))
    _reject_control_bytes(data, path=path)
    try:
        return _newlines(data.decode("utf-8")), "utf-8"
    except UnicodeDecodeError as utf8_error:
        try:
            return _newlines(data.decode("gb18030")), "gb18030"
        except UnicodeDecodeError as gb_error:
            raise DocumentRejected(E.E103, path=path, detail=(
                f"UTF-8 fails at byte {utf8_error.start}, "
                f"GB18030 at byte {gb_error.start}")) from None


def _decode_strict(data: bytes, encoding: str, *, path: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DocumentRejected(E.E103, path=path, detail=(
            f"{encoding} after its byte-order mark fails at byte {error.start}")) from None


def _reject_control(text: str, *, path: str) -> None:
    """Raise E102 when more than 5% of the characters are control characters."""
    if not text:
        return
    share = 1 - (len(text) - len(_CONTROL.findall(text))) / len(text)
    if share > _MAX_CONTROL_SHARE:
        raise DocumentRejected(E.E102, path=path, detail=f"{share:.0%} control characters")


def _reject_control_bytes(data: bytes, *, path: str) -> None:
    """`_reject_control` of the bytes read as Latin-1 (one character per byte), counted on
    the bytes themselves."""
    if not data:
        return
    share = 1 - len(data.translate(None, _CONTROL_BYTES)) / len(data)
    if share > _MAX_CONTROL_SHARE:
        raise DocumentRejected(E.E102, path=path, detail=f"{share:.0%} control characters")


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def tidy(text: str) -> str:
    """NFC-normalise and drop zero-width characters; nothing else (no NFKC)."""
    return unicodedata.normalize("NFC", _ZERO_WIDTH.sub("", text))


# -- front matter --------------------------------------------------------------------------------

_FM_OPEN = re.compile(r"\A(?:[ \t]*\n)*---[ \t]*\n")
_FM_CLOSE = re.compile(r"^(?:---|\.\.\.)[ \t]*$", re.MULTILINE)


class _FrontMatterLoader(yaml.SafeLoader):
    """SafeLoader that keeps timestamps as strings, so a date keeps its own stated day."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [r for r in resolvers if r[0] != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}

if getattr(yaml, "__with_libyaml__", False):
    class _FastFrontMatterLoader(yaml.CSafeLoader):
        """`_FrontMatterLoader` with libyaml's parser: the same resolvers and constructors
        (they are Python in both), so the same fields, about five times faster."""

    _FastFrontMatterLoader.yaml_implicit_resolvers = _FrontMatterLoader.yaml_implicit_resolvers
else:  # pragma: no cover - PyYAML built without libyaml
    _FastFrontMatterLoader = None


def _load_front_matter(source: str) -> object:
    """The YAML of a front-matter block, read by libyaml when PyYAML has it. A block libyaml
    turns away is read again by the pure-Python loader, which then raises its own error:
    the message (and line) an analyst sees does not depend on how PyYAML was built."""
    if _FastFrontMatterLoader is not None:
        try:
            return yaml.load(source, Loader=_FastFrontMatterLoader)
        except (yaml.YAMLError, ValueError):
            pass
    return yaml.load(source, Loader=_FrontMatterLoader)


def split_front_matter(text: str, *, path: str) -> tuple[dict, str]:
    """Split a leading YAML block between '---' lines off the text; return (fields, body).

    Leading blank lines are allowed before the first '---'. A block that never closes, is
    not valid YAML, or is not a mapping raises E104 naming the line in the file.
    """
    opening = _FM_OPEN.match(text)
    if not opening:
        return {}, text
    first_line = text.count("\n", 0, opening.end()) + 1  # 1-based line of the first field
    closing = _FM_CLOSE.search(text, opening.end())
    if not closing:
        raise DocumentRejected(E.E104, path=path, detail=(
            f"opened by '---' on line {first_line - 1} but never closed"))
    try:
        fields = _load_front_matter(text[opening.end():closing.start()])
    except yaml.YAMLError as error:
        raise DocumentRejected(E.E104, path=path,
                               detail=_yaml_problem(error, first_line)) from None
    if fields is None:
        fields = {}
    if not isinstance(fields, dict):
        raise DocumentRejected(E.E104, path=path, detail=(
            f"line {first_line}: a {type(fields).__name__}, not a mapping of fields"))
    return fields, text[closing.end():].removeprefix("\n")


def _yaml_problem(error: yaml.YAMLError, first_line: int) -> str:
    """The YAML error in one line, with line numbers counted in the file, not the block."""
    mark = getattr(error, "problem_mark", None)
    if mark is None:
        return str(error)
    text = f"line {first_line + mark.line}: {error.problem}"
    context = getattr(error, "context_mark", None)
    if context is not None and error.context:
        text += f" ({error.context} on line {first_line + context.line})"
    return text


def text_field(value: object) -> str | None:
    """A front-matter value as one string (lists joined with '、'), or None when blank."""
    if value is None:
        return None
    if isinstance(value, list):
        text = "、".join(str(v).strip() for v in value if v is not None)
    else:
        text = str(value).strip()
    return tidy(text) or None


def categories_field(value: object) -> tuple[str, ...]:
    """Categories from a YAML list, or from a string separated by commas."""
    if value is None:
        return ()
    items = value if isinstance(value, list) else re.split(r"[,，]", str(value))
    return tuple(c for c in (text_field(v) for v in items) if c)


_CN_DATE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]")
_NUMERIC_DATE = re.compile(r"(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")


def parse_date(value: object) -> str | None:
    """Normalise a front-matter date to YYYY-MM-DD, or None when it cannot be read.

    The day is the one the date states in its own time zone ("Wed, 19 Jan 2022 23:30 -0500"
    is 2022-01-19); it is never converted to UTC.
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = text_field(value)
    if text is None:
        return None
    try:
        return datetime.fromisoformat(text).date().isoformat()
    except ValueError:
        pass
    match = _CN_DATE.search(text) or _NUMERIC_DATE.match(text)
    if match:
        try:
            return date(*map(int, match.groups())).isoformat()
        except ValueError:
            return None
    try:
        return parsedate_to_datetime(text).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


# -- HTML ---------------------------------------------------------------------------------------

_HTML_TAG = re.compile(
    r"<(?:p|div|br|h[1-6]|table|tr|td|th|span|section|article|ul|ol|li|img|a|b|strong|em|i|"
    r"blockquote|figure|pre|html|body|head|meta|!doctype)\b[^<>]*>",
    re.IGNORECASE,
)
_DROP_TAGS = ("script", "style", "noscript", "iframe", "svg", "head", "template", "object")
_BLOCK_TAGS = frozenset({
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "section", "article",
    "blockquote", "table", "ul", "ol", "figure", "figcaption", "pre", "header", "footer",
    "main", "aside", "nav", "dl", "dt", "dd", "hr", "caption", "details", "summary",
    "address", "center", "form", "fieldset", "tbody", "thead", "tfoot",
})
_HEADING_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Collapse every whitespace run except the ideographic space, which is content in Chinese.
_SPACES = re.compile(r"[^\S\u3000]+")


class _Close(NamedTuple):
    """Marks, on the traversal stack, the end of a block element."""

    name: str


def looks_like_html(body: str) -> bool:
    """True when the text contains at least one common HTML tag."""
    return _HTML_TAG.search(body) is not None


def _collapse(text: str) -> str:
    return _SPACES.sub(" ", tidy(text)).strip()


def html_blocks(markup: str) -> list[Block]:
    """The visible paragraphs of an HTML body, in order, each flagged if it is a heading.

    Block elements and <br> end a paragraph; inline text is concatenated without adding
    spaces; each table row is one paragraph with its cells joined by " | ". lxml repairs
    broken markup, so unclosed tags and bad attribute quoting still give clean text.
    """
    soup = BeautifulSoup(markup, "lxml")
    for junk in soup.find_all(_DROP_TAGS):
        junk.decompose()
    blocks: list[Block] = []
    inline: list[str] = []
    in_heading = 0

    def flush() -> None:
        text = _collapse("".join(inline))
        inline.clear()
        if text:
            blocks.append((text, in_heading > 0))

    # An explicit stack instead of recursion: deeply nested pages must not overflow.
    stack: list[object] = [soup]
    while stack:
        node = stack.pop()
        if isinstance(node, _Close):
            flush()
            if node.name in _HEADING_TAGS:
                in_heading -= 1
        elif isinstance(node, NavigableString):
            if type(node) in (NavigableString, CData):  # not comments, doctypes, etc.
                inline.append(str(node))
        elif isinstance(node, Tag):
            if node.name == "br":
                flush()
            elif node.name == "tr":
                flush()
                row = _row_text(node)
                if row:
                    blocks.append((row, in_heading > 0))
            else:
                if node.name in _BLOCK_TAGS:
                    flush()
                    if node.name in _HEADING_TAGS:
                        in_heading += 1
                    stack.append(_Close(node.name))
                stack.extend(reversed(node.contents))
    flush()
    return blocks


def _row_text(row: Tag) -> str:
    """A table row as one line, "零售 | 80% | 60%"; a row without cells gives its text."""
    cells = [_collapse(cell.get_text()) for cell in row.find_all(["td", "th"], recursive=False)]
    if not any(cells):
        return _collapse(row.get_text())
    return " | ".join(cells)


# -- Markdown -----------------------------------------------------------------------------------

_MD_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$")
_MD_SETEXT = re.compile(r"^\s{0,3}(?:=+|-+)\s*$")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(?:\s*\1){2,}\s*$")
_MD_TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+\|?\s*$")
_MD_PREFIX = re.compile(r"^\s*(?:>\s?)*(?:[-*+]\s+)?")
_MD_INLINE = (
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),          # images
    (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),      # links keep their text
    (re.compile(r"<(https?://[^<>\s]+)>"), r"\1"),      # autolinks keep the URL
    (re.compile(r"</?[A-Za-z][^<>]*>"), ""),            # inline HTML tags
    (re.compile(r"\*\*(.+?)\*\*"), r"\1"),
    (re.compile(r"__(.+?)__"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
)


def markdown_blocks(body: str) -> list[Block]:
    """The paragraphs of a Markdown body: one per non-empty line, markup removed.

    Headings come from '#' lines and setext underlines; table rows stay one line each with
    their cells joined by " | " (the |---| separator row is dropped); fenced code is kept
    verbatim. Each line is its own block so offsets stay simple.
    """
    blocks: list[Block] = []
    in_fence = False
    previous_blank = True
    for line in body.split("\n"):
        if _MD_FENCE.match(line):
            in_fence = not in_fence
        elif in_fence:
            if line.strip():
                blocks.append((tidy(line).rstrip(), False))
        elif _MD_SETEXT.match(line) and not previous_blank and blocks:
            blocks[-1] = (blocks[-1][0], True)
        elif _MD_RULE.match(line) or _MD_TABLE_SEPARATOR.match(line):
            pass
        elif heading := _MD_HEADING.match(line):
            blocks.append((_md_inline(heading.group(1)), True))
        else:
            blocks.append((_md_line(line), False))
        previous_blank = not line.strip()
    return [(text, is_heading) for text, is_heading in blocks if text]


def _md_line(line: str) -> str:
    stripped = line.strip()
    if stripped.startswith("|") or stripped.endswith("|"):
        cells = re.split(r"(?<!\\)\|", stripped.strip("|"))
        return " | ".join(_md_inline(cell) for cell in cells)
    return _md_inline(_MD_PREFIX.sub("", line, count=1))


def _md_inline(text: str) -> str:
    for pattern, replacement in _MD_INLINE:
        text = pattern.sub(replacement, text)
    return tidy(text).strip()


# -- plain text ---------------------------------------------------------------------------------

_NUMBERING = re.compile(
    r"^\s*(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十\d]{1,3}[）)]"
    r"|\d{1,2}(?:\.\d{1,2})*[.．、]|第[一二三四五六七八九十百\d]+[章节部分篇])"
)
_SENTENCE_FINAL = re.compile(r"[。！？；]")
_HEADING_MAX = 40
_NUMBERED_HEADING_MAX = 60


def text_blocks(body: str) -> list[Block]:
    """The lines of a plain-text body: each non-empty line is a block, kept exactly.

    Only trailing whitespace is removed. A line is a heading when it is short, has no
    sentence-final punctuation, is not a table row or bullet, and either starts with a
    section number ("一、", "1.", "（一）") or is followed by a longer line.
    """
    lines = [stripped for stripped in (tidy(line).rstrip() for line in body.split("\n"))
             if stripped.strip()]
    following = [*lines[1:], ""][:len(lines)]
    return [(line, _is_text_heading(line, after))
            for line, after in zip(lines, following, strict=True)]


def _is_text_heading(line: str, following: str) -> bool:
    text = line.strip()
    if _SENTENCE_FINAL.search(text) or "|" in text or text[-1] in ":：,，、":
        return False
    if text[0] in "-*•·":
        return False
    if _NUMBERING.match(text):
        return len(text) <= _NUMBERED_HEADING_MAX
    return len(text) <= _HEADING_MAX and len(following.strip()) > len(text)


# -- assembling the article ---------------------------------------------------------------------


def assemble(blocks: Iterable[Block]) -> tuple[str, tuple, tuple]:
    """Join blocks with '\\n'; return (clean_text, block spans, heading spans)."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    headings: list[tuple[int, int]] = []
    offset = 0
    for text, is_heading in blocks:
        span = (offset, offset + len(text))
        parts.append(text)
        spans.append(span)
        if is_heading:
            headings.append(span)
        offset = span[1] + 1
    return "\n".join(parts), tuple(spans), tuple(headings)


def body_format(body: str, suffix: str) -> str:
    """"html", "markdown" or "text": the suffix decides, else HTML tags in the body do.

    A Markdown file stays Markdown even with inline HTML (its tags are stripped as markup);
    treating it as HTML would merge its lines into one paragraph.
    """
    if suffix in (".html", ".htm"):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    return "html" if looks_like_html(body) else "text"


_BLOCK_READERS = {"html": html_blocks, "markdown": markdown_blocks, "text": text_blocks}


def parse_article(data: bytes, *, path: str, max_bytes: int = MAX_BYTES) -> Article:
    """Turn an article's bytes into an `Article`; pure, no file access.

    `path` is kept exactly as given and only used for the suffix and in messages.
    Raises `DocumentRejected`: E105 too large, E102 binary, E103 undecodable, E104 broken
    front matter, E101 no text.
    """
    if len(data) > max_bytes:
        raise DocumentRejected(E.E105, path=path, limit=max_bytes, size=len(data))
    text, encoding = decode(data, path=path)
    fields, body = split_front_matter(text, path=path)
    source_format = body_format(body, Path(path).suffix.lower())
    clean_text, blocks, headings = assemble(_BLOCK_READERS[source_format](body))
    if not clean_text.strip():
        raise DocumentRejected(E.E101, path=path)
    author = text_field(fields.get("author"))
    return Article(
        path=path,
        sha256=hashlib.sha256(data).hexdigest(),
        clean_text=clean_text,
        title=text_field(fields.get("title")),
        author=author,
        publisher=text_field(fields.get("publisher") or fields.get("source")) or author,
        categories=categories_field(fields.get("categories")),
        published=parse_date(fields.get("date", fields.get("published"))),
        source_format=source_format,
        encoding=encoding,
        blocks=blocks,
        headings=headings,
        size_bytes=len(data),
    )


# -- files ---------------------------------------------------------------------------------------


def read_article(path: str | Path, *, max_bytes: int = MAX_BYTES) -> Article:
    """Read one file and parse it; `Article.path` is `str(path)` as given.

    Raises `DocumentRejected`: E107 missing, E106 unreadable, E105 larger than `max_bytes`,
    and everything `parse_article` raises.
    """
    name = str(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read(max_bytes + 1)  # never load more than the limit allows
            if len(data) > max_bytes:
                size = os.fstat(handle.fileno()).st_size
                raise DocumentRejected(E.E105, path=name, limit=max_bytes, size=size)
    except FileNotFoundError:
        raise DocumentRejected(E.E107, path=name) from None
    except OSError as error:
        raise DocumentRejected(E.E106, path=name, detail=error.strerror or error) from None
    return parse_article(data, path=name, max_bytes=max_bytes)


def discover(paths: Iterable[str | Path]) -> list[Path]:
    """The article files under `paths`, sorted and without duplicates.

    Directories are walked recursively, skipping hidden files and directories and files
    with other suffixes. A named file must have a supported suffix (E108); a path that does
    not exist raises E107. Paths keep the form they were given in (relative stays relative).
    """
    found: dict[Path, Path] = {}
    for given in map(Path, paths):
        if given.is_dir():
            candidates: Iterable[Path] = _walk(given)
        elif given.is_file():
            if given.suffix.lower() not in SUFFIXES:
                raise DocumentRejected(E.E108, path=str(given), suffix=given.suffix)
            candidates = [given]
        elif given.exists():
            raise DocumentRejected(E.E106, path=str(given), detail="not a regular file")
        else:
            raise DocumentRejected(E.E107, path=str(given))
        for candidate in candidates:
            found.setdefault(candidate.resolve(), candidate)
    return sorted(found.values())


def _walk(root: Path) -> Iterator[Path]:
    for folder, dirs, files in os.walk(root):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            candidate = Path(folder, name)
            if not name.startswith(".") and candidate.suffix.lower() in SUFFIXES:
                yield candidate

#!/usr/bin/env python3
"""Mechanical checks for the gold files of an evaluation set (dev2 to dev5 use it; dev has
an older checker of its own).

Usage: check_gold.py SET_DIR      (e.g. eval/dev5: a folder with corpus/ and gold/)

For every gold/*.json: the JSON parses, it names an existing article in corpus/,
`published` agrees with the article's front matter, every claim has the fields and
values allowed by GUIDELINES.md, every quote occurs in the article's clean text
(front matter parsed off, HTML stripped; for Markdown also with the emphasis and
heading marks removed), and every claim's metric and period are listed in the
document's `metrics` and `dates`.  Exits 1 on any error.
"""
from __future__ import annotations

import json
import re
import sys
from datetime import datetime
from email.utils import parsedate_to_datetime
from pathlib import Path

from bs4 import BeautifulSoup

METRICS = {
    "dau", "mau", "users", "members", "customers", "developers", "practitioners", "count",
    "gmv", "sales", "revenue", "orders", "aov", "repurchase_rate", "retention_rate",
    "penetration_rate", "conversion_rate", "ctr", "usage_count", "usage_time_share",
    "share", "views", "rd_spend", "stake", "cost", "growth_rate", "other",
}
ENUMS = {
    "kind": {"level", "change"},
    "unit": {"count", "percent", "pp", "CNY", "USD", "times", "other"},
    "comparator": {"eq", "gt", "lt", "approx"},
    "modality": {"fact", "forecast"},
}
CLAIM_KEYS = ("subject", "subject_aliases", "metric", "metric_label", "kind", "value",
              "unit", "comparator", "period", "modality", "attribution", "quote")
ENTITY_TYPES = {"Company", "MiniProgram", "Platform"}
PERIOD_RE = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]))?"
                       r"(/\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]))?)?$")
FRONT_RE = re.compile(r"\A\s*---\n(.*?)\n---\n", re.S)


def split_front_matter(raw: str) -> tuple[dict, str]:
    m = FRONT_RE.match(raw)
    if not m:
        return {}, raw
    meta = {}
    for line in m.group(1).splitlines():
        if ":" in line and not line.startswith((" ", "-")):
            key, val = line.split(":", 1)
            meta[key.strip()] = val.strip().strip("'\"")
    return meta, raw[m.end():]


def published_of(meta: dict) -> str | None:
    date = meta.get("date")
    if not date:
        return None
    try:
        return datetime.strptime(date[:10], "%Y-%m-%d").date().isoformat()
    except ValueError:
        return parsedate_to_datetime(date).date().isoformat()


def clean_texts(path: Path) -> tuple[dict, list[str]]:
    """The article's clean text, plus variants every quote must also occur in."""
    meta, body = split_front_matter(path.read_text(encoding="utf-8"))
    if re.search(r"<(p|div|h\d|span|br)\b", body):
        return meta, [BeautifulSoup(body, "html.parser").get_text()]
    if path.suffix == ".md":
        plain = re.sub(r"^\s*(#{1,6}|>)\s*", "", body, flags=re.M)
        plain = re.sub(r"(\*\*|__|`)", "", plain)
        return meta, [body, plain]
    return meta, [body]


def check_doc(gold_path: Path, corpus: Path, errors: list[str]) -> dict:
    def err(msg):
        errors.append(f"{gold_path.name}: {msg}")

    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except ValueError as exc:
        err(f"invalid JSON ({exc})")
        return {}
    for key in ("file", "published", "entities", "metrics", "dates", "claims"):
        if key not in gold:
            err(f"missing top-level key {key!r}")
    art = corpus / gold.get("file", "")
    if not art.is_file():
        err(f"article {art} not found")
        return {}
    if Path(gold["file"]).stem != gold_path.stem:
        err("file stem differs from the gold file's stem")
    meta, texts = clean_texts(art)
    if published_of(meta) != gold.get("published"):
        err(f"published {gold.get('published')!r} != front matter {published_of(meta)!r}")
    for e in gold.get("entities", []):
        if e.get("type") not in ENTITY_TYPES or not e.get("name"):
            err(f"bad entity {e}")
        elif not any(n in texts[0] for n in [e["name"]] + e.get("aliases", [])):
            err(f"entity {e['name']!r} not found in the text")
    for m in gold.get("metrics", []):
        if m not in METRICS:
            err(f"unknown metric key {m!r}")
    for d in gold.get("dates", []):
        if not PERIOD_RE.match(d):
            err(f"badly normalised date {d!r}")
    seen = set()
    for i, c in enumerate(gold.get("claims", [])):
        where = f"claim {i} ({c.get('quote')!r})"
        for key in CLAIM_KEYS:
            if key not in c:
                err(f"{where}: missing {key!r}")
        for key, allowed in ENUMS.items():
            if c.get(key) not in allowed:
                err(f"{where}: {key}={c.get(key)!r} not allowed")
        if c.get("metric") not in METRICS:
            err(f"{where}: unknown metric {c.get('metric')!r}")
        elif c["metric"] not in gold.get("metrics", []):
            err(f"{where}: metric {c['metric']!r} missing from the metrics list")
        if not isinstance(c.get("value"), (int, float)) or isinstance(c.get("value"), bool):
            err(f"{where}: value is not a number")
        period = c.get("period")
        if period is not None and (not PERIOD_RE.match(period)
                                   or period not in gold.get("dates", [])):
            err(f"{where}: period {period!r} malformed or missing from dates")
        if c.get("attribution") is None and c.get("attribution_aliases"):
            err(f"{where}: attribution aliases without an attribution")
        quote = c.get("quote") or ""
        for text in texts:
            if quote not in text:
                err(f"{where}: quote not found in the clean text")
                break
        else:
            if not re.search(r"\d|[一二三四五六七八九十两百千万亿]", quote):
                err(f"{where}: quote has no number")
        key = (c.get("subject"), c.get("metric"), c.get("kind"), c.get("value"),
               c.get("unit"), period)
        if key in seen:
            err(f"{where}: duplicate claim")
        seen.add(key)
    length = len(re.sub(r"\s", "", texts[-1]))
    return {"claims": len(gold.get("claims", [])), "chars": length,
            "entities": len(gold.get("entities", []))}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    root = Path(argv[1])
    errors: list[str] = []
    golds = sorted((root / "gold").glob("*.json"))
    if not golds:
        print(f"no gold files under {root / 'gold'}")
        return 1
    for g in golds:
        stats = check_doc(g, root / "corpus", errors)
        print(f"{g.name}: {stats}")
    for articles in sorted((root / "corpus").iterdir()):
        if not (root / "gold" / f"{articles.stem}.json").is_file():
            errors.append(f"{articles.name}: no gold file")
    for e in errors:
        print("ERROR " + e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

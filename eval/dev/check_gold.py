#!/usr/bin/env python3
"""Mechanical checks for the dev set: every gold file parses, every quote is an exact
substring of the article's clean text (front matter removed, HTML stripped with bs4),
entity names occur in the text, periods are listed in `dates`, and fields use the
values GUIDELINES.md allows.  Usage: check_gold.py [DEV_DIR]"""
import json
import re
import sys
from pathlib import Path

import yaml
from bs4 import BeautifulSoup

METRICS = {"dau", "mau", "users", "members", "customers", "developers", "practitioners",
           "count", "gmv", "sales", "revenue", "orders", "aov", "repurchase_rate",
           "retention_rate", "penetration_rate", "conversion_rate", "ctr", "usage_count",
           "usage_time_share", "share", "views", "rd_spend", "stake", "cost", "growth_rate",
           "other"}
UNITS = {"count", "percent", "pp", "CNY", "USD", "times", "other"}
COMPS = {"eq", "gt", "lt", "approx"}
TYPES = {"Company", "MiniProgram", "Platform"}
DATE_RE = re.compile(r"^\d{4}(-(\d{2}(-\d{2})?|Q[1-4]|H[12]))?$")


def clean(raw: str):
    meta, body = None, raw
    m = re.match(r"\s*---\n(.*?)\n---\n", raw, re.S)
    if m:
        meta, body = yaml.safe_load(m.group(1)), raw[m.end():]
    if re.search(r"<(p|div|h2|table)\b", body):
        body = BeautifulSoup(body, "lxml").get_text()
    return meta, body


def published(meta):
    if not meta or "date" not in meta:
        return None
    d = meta["date"]
    if hasattr(d, "isoformat"):
        return d.isoformat()[:10]
    from email.utils import parsedate_to_datetime
    return parsedate_to_datetime(str(d)).date().isoformat()


def valid_date(v):
    return all(DATE_RE.match(p) for p in v.split("/"))


def main(dev=Path(__file__).parent):
    dev = Path(dev)
    errors, total = [], 0
    for gp in sorted((dev / "gold").glob("*.json")):
        g = json.loads(gp.read_text(encoding="utf-8"))
        art = dev / "corpus" / g["file"]
        meta, text = clean(art.read_text(encoding="utf-8"))
        err = lambda msg, name=gp.name: errors.append(f"{name}: {msg}")  # noqa: E731
        if Path(g["file"]).stem != gp.stem and g["file"][:-4] != gp.stem:
            err("file/stem mismatch")
        if g["published"] != published(meta):
            err(f"published {g['published']} != front matter {published(meta)}")
        for e in g["entities"]:
            if e["type"] not in TYPES:
                err(f"bad entity type {e}")
            for form in [e["name"], *e["aliases"]]:
                if form not in text:
                    err(f"entity form not in text: {form}")
        for d in g["dates"]:
            if not valid_date(d):
                err(f"bad date {d}")
        seen = set()
        for i, c in enumerate(g["claims"]):
            total += 1
            where = f"claim {i} {c['quote']!r}"
            if c["quote"] not in text:
                err(f"{where}: quote not in clean text")
            if not re.search(r"[0-9一二两三四五六七八九十百千万亿半]", c["quote"]):
                err(f"{where}: quote has no number")
            if c["metric"] not in METRICS or c["metric"] not in g["metrics"]:
                err(f"{where}: metric {c['metric']}")
            if c["unit"] not in UNITS or c["comparator"] not in COMPS:
                err(f"{where}: unit/comparator")
            if c["kind"] not in {"level", "change"} or c["modality"] not in {"fact", "forecast"}:
                err(f"{where}: kind/modality")
            if c["period"] is not None and c["period"] not in g["dates"]:
                err(f"{where}: period {c['period']} not in dates")
            if not isinstance(c["value"], (int, float)):
                err(f"{where}: value not a number")
            for f in ("subject_aliases", "attribution_aliases"):
                if not isinstance(c.get(f), list):
                    err(f"{where}: {f} missing")
            key = (c["subject"], c["metric"], c["kind"], c["unit"], c["value"], c["period"])
            if key in seen:
                err(f"{where}: duplicate claim {key}")
            seen.add(key)
        print(f"{gp.stem}: {len(g['claims'])} claims, {len(g['entities'])} entities, "
              f"{len(g['dates'])} dates, clean text {len(text.strip())} chars")
    for e in errors:
        print("ERROR", e)
    print(f"{total} claims checked, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))

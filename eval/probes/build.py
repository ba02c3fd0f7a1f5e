"""Write probes.json out as a scorer-ready set: one article per probe (corpus/) and its gold
in the shape of ../shared/eval/gold (gold/). Run from the repository root:

    python eval/probes/build.py

The gold's `metrics` and `dates` lists are derived from the claims (their keys and periods),
so only the claims and entities scores of this set are exact.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> None:
    probes = json.loads((HERE / "probes.json").read_text(encoding="utf-8"))
    for sub in ("corpus", "gold"):
        shutil.rmtree(HERE / sub, ignore_errors=True)
        (HERE / sub).mkdir()
    for probe in probes:
        name = f"{probe['id']}.txt"
        front = f"---\ndate: {probe['published']}\n---\n" if probe.get("published") else ""
        (HERE / "corpus" / name).write_text(front + probe["text"] + "\n", encoding="utf-8")
        claims = probe["claims"]
        gold = {
            "file": name,
            "published": probe.get("published"),
            "entities": [{"type": e["type"], "name": e["name"], "aliases": e.get("aliases", [])}
                         for e in probe.get("entities", [])],
            "metrics": sorted({c["metric"] for c in claims}),
            "dates": sorted({c["period"] for c in claims if c.get("period")}),
            "claims": claims,
        }
        (HERE / "gold" / f"{probe['id']}.json").write_text(
            json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(probes)} probes written to {HERE / 'corpus'} and {HERE / 'gold'}")


if __name__ == "__main__":
    main()

"""Make a synthetic corpus from the sample articles: the same prose with names, numbers and
years varied, so that a benchmark sees thousands of distinct articles of the real shape.

Deterministic: article i of seed s is the same file on every machine. Each article is one
of the samples (round robin) with
- every lexicon name of the sample swapped for another name of the same type (腾讯 → 阿里巴巴,
  微信小程序 → 支付宝小程序, QuestMobile → 艾瑞咨询), one mapping per article; a Latin-script
  name only as a whole word (Wind, not the Wind of Windows);
- every year (19xx/20xx) shifted by the same -3…+3 years, the front matter's date included;
- every other number outside HTML tags redrawn digit by digit (first digit stays non-zero),
  except days and months (digits before 月/日/号), which stay valid dates.
Articles whose bytes repeat an earlier one are redrawn, so every sha256 is distinct.

    python bench/make_corpus.py --articles 5000 --out data/bench/corpus-5000
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "corpus"
TAG = re.compile(r"(<[^<>]*>)")
FRONT_MATTER = re.compile(r"\A(\s*---\n.*?\n---\n)", re.S)
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
NUMBER = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?!\d)(?!\s*[月日号])")


VERSION = 2
"""Bumped when the same index and seed would give other text: a corpus made by an earlier
version is made again. 2: Latin-script names (QuestMobile, TalkingData, …) are swapped
too; before, every variant of a sample kept them, so one source was cited in a fifth of
the corpus."""


def lexicon_names() -> dict[str, list[str]]:
    """Preferred labels of the lexicon by first type (the swap pools)."""
    sys.path.insert(0, str(ROOT))
    from ontology.lexicon import load_lexicon

    pools: dict[str, list[str]] = {}
    for entry in load_lexicon().entries:
        if len(entry.label) >= 2:
            pools.setdefault(entry.types[0], []).append(entry.label)
    return {kind: sorted(set(names)) for kind, names in pools.items()}


def _name_pattern(name: str) -> str:
    """`name` as a regex; a name that begins or ends in a Latin letter or digit only where
    no other one continues it."""
    pattern = re.escape(name)
    if re.match(r"[A-Za-z0-9]", name):
        pattern = r"(?<![A-Za-z0-9])" + pattern
    if re.search(r"[A-Za-z0-9]$", name):
        pattern += r"(?![A-Za-z0-9])"
    return pattern


class Variator:
    """Turns one sample into article i of the corpus."""

    def __init__(self, samples: list[tuple[str, str]], pools: dict[str, list[str]], seed: int):
        self.samples = samples
        self.pools = pools
        self.seed = seed
        self.kind_of = {name: kind for kind, names in pools.items() for name in names}
        names = sorted(self.kind_of, key=len, reverse=True)
        self.names = re.compile("|".join(map(_name_pattern, names)))

    def article(self, index: int, attempt: int = 0) -> tuple[str, str]:
        """(file name, text) of article `index`."""
        stem, text = self.samples[index % len(self.samples)]
        rng = random.Random(f"{self.seed}:{index}:{attempt}")
        shift = rng.randint(-3, 3)
        swap: dict[str, str] = {}

        def name(m: re.Match) -> str:
            if m.group(0) not in swap:
                swap[m.group(0)] = rng.choice(self.pools[self.kind_of[m.group(0)]])
            return swap[m.group(0)]

        def year(m: re.Match) -> str:
            return str(int(m.group(0)) + shift)

        def number(m: re.Match) -> str:
            if YEAR.fullmatch(m.group(0)):
                return year(m)
            digits = [rng.choice("123456789") if i == 0 and ch != "0" else
                      ch if not ch.isdigit() or i == 0 else rng.choice("0123456789")
                      for i, ch in enumerate(m.group(0))]
            return "".join(digits)

        head = FRONT_MATTER.match(text)
        front, body = (head.group(1), text[head.end():]) if head else ("", text)
        front = YEAR.sub(year, front)
        pieces = TAG.split(body)
        for i in range(0, len(pieces), 2):  # text between tags only
            pieces[i] = NUMBER.sub(number, self.names.sub(name, pieces[i]))
        return f"{index:06d}_{stem}.txt", front + "".join(pieces)

    def articles(self, count: int) -> Iterator[tuple[str, bytes]]:
        seen: set[str] = set()
        for index in range(count):
            for attempt in range(100):
                name, text = self.article(index, attempt)
                data = text.encode("utf-8")
                digest = hashlib.sha256(data).hexdigest()
                if digest not in seen:
                    seen.add(digest)
                    break
            else:
                raise RuntimeError(f"article {index}: no distinct variant in 100 attempts")
            yield name, data


def make_corpus(out: Path, count: int, *, seed: int = 6, samples_dir: Path = SAMPLES,
                per_folder: int = 1000) -> int:
    """Write `count` articles under `out` (folders of `per_folder`); returns bytes written.

    An existing corpus with the same count and seed (recorded in out/.corpus) is kept."""
    marker = out / ".corpus"
    stamp = f"articles={count} seed={seed} version={VERSION}\n"
    if marker.exists() and marker.read_text() == stamp:
        return sum(p.stat().st_size for p in out.rglob("*.txt"))
    samples = [(p.stem.split("_")[0], p.read_text(encoding="utf-8"))
               for p in sorted(samples_dir.glob("*.txt"))]
    variator = Variator(samples, lexicon_names(), seed)
    total = 0
    for index, (name, data) in enumerate(variator.articles(count)):
        folder = out / f"{index // per_folder:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(data)
        total += len(data)
    marker.write_text(stamp)
    return total


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("--out", type=Path, default=None,
                        help="default: data/bench/corpus-<articles>")
    args = parser.parse_args(argv)
    out = args.out or ROOT / "data" / "bench" / f"corpus-{args.articles}"
    total = make_corpus(out, args.articles, seed=args.seed)
    print(f"{args.articles} articles, {total / 1e6:.1f} MB in {out}")


if __name__ == "__main__":
    main()

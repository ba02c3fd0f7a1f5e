"""`kg eval`: score extraction against gold annotations and show where it fails."""

from __future__ import annotations

import importlib.util
import json
import tempfile
from pathlib import Path

import click

from kg.cli import debug_option, kg, one_line_errors
from kg.errors import DocumentRejected

PROJECT = Path(__file__).resolve().parents[2]
DEFAULT_SCORER = PROJECT / "eval" / "score.py"
"""A copy of the annotation project's scorer (eval/README.md says where it comes from)."""


def load_scorer(path: Path):
    """Import the scorer module from `path` (it is a standard-library script, not a package)."""
    spec = importlib.util.spec_from_file_location("kg_eval_scorer", path)
    if spec is None or spec.loader is None:
        raise click.ClickException(f"cannot load the scorer at {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def articles_for_gold(folders: list[Path], gold: Path) -> list[Path]:
    """The article files of `folders` that have a gold file (matched by file stem)."""
    from extractors.reader import discover

    stems = {p.stem for p in gold.glob("*.json")}
    return [p for p in discover(folders) if p.stem in stems]


@kg.command("eval")
@click.argument("folders", nargs=-1, type=click.Path(exists=True, file_okay=False))
@click.option("--gold", "gold_dir", type=click.Path(exists=True, file_okay=False),
              default=None, help="Folder of gold JSON files (default: FOLDER/../gold, "
              "else ../shared/eval/gold).")
@click.option("--scorer", type=click.Path(exists=True, dir_okay=False), default=None,
              help=f"Scorer script (default: {DEFAULT_SCORER.relative_to(PROJECT)}).")
@click.option("--json", "as_json", is_flag=True, help="Print the scorer's summary as JSON.")
@debug_option
@one_line_errors
def evaluate(folders, gold_dir, scorer, as_json):
    """Score extraction on a folder of articles that have gold annotations, then list the
    misses of each article (missed claims, wrong fields, missed entities).

    \b
    Example:
      kg eval corpus/ --gold ../shared/eval/gold
      kg eval eval/dev/corpus --gold eval/dev/gold
    """
    from extractors.pipeline import build_pipeline, extract
    from extractors.reader import read_article

    folders = [Path(f) for f in folders] or [Path("corpus")]
    gold = Path(gold_dir) if gold_dir else _default_gold(folders[0])
    paths = articles_for_gold(folders, gold)
    if not paths:
        raise click.ClickException(f"no article in {', '.join(map(str, folders))} has a gold "
                                   f"file in {gold}")
    nlp = build_pipeline()
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False,
                                     encoding="utf-8") as out:
        for path in paths:
            try:
                extraction = extract(nlp, read_article(path))
            except DocumentRejected as err:
                click.echo(f"rejected {err}", err=True)
                continue
            out.write(json.dumps(extraction.to_json(), ensure_ascii=False) + "\n")
    module = load_scorer(Path(scorer) if scorer else DEFAULT_SCORER)
    args = [out.name, "--gold", str(gold), "--verbose"] + (["--json"] if as_json else [])
    try:
        module.main(args)
    finally:
        Path(out.name).unlink(missing_ok=True)


def _default_gold(folder: Path) -> Path:
    for candidate in (folder.parent / "gold", PROJECT.parent / "shared" / "eval" / "gold"):
        if candidate.is_dir():
            return candidate
    raise click.ClickException("no gold folder found; pass --gold DIR")

"""`kg history`: the ingestion runs, or what the runs did with one file."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import click

from kg.cli import debug_option, format_option, kg, one_line_errors, store_option
from kg.settings import Settings

SETTLED_FOLDERS = ("done", "rejected")
"""Inbox subfolders a file is moved to after a run (flows/inbox.py)."""


def path_forms(given: str) -> list[str]:
    """The strings a run may have recorded for the file at `given`: as given, absolute,
    resolved and relative to here, and the same for its inbox path when `given` lies in
    an inbox's done/ or rejected/ folder."""
    paths = [Path(given)]
    if paths[0].parent.name in SETTLED_FOLDERS:
        paths.append(paths[0].parent.parent / paths[0].name)
    forms: list[str] = []
    for path in paths:
        absolute = os.path.abspath(path)
        for form in (str(path), absolute, str(Path(absolute).resolve()),
                     os.path.relpath(absolute)):
            if form not in forms:
                forms.append(form)
    return forms


def file_history(store, given: str) -> list[dict]:
    """What the runs did with the file at `given`, oldest first.

    Matched by path (see `path_forms`) and, when the file exists, by its bytes: the paths
    that content was ingested from count too (a file moved to done/ after its run).
    """
    forms = path_forms(given)
    if Path(given).is_file():
        article = store.space.article(hashlib.sha256(Path(given).read_bytes()).hexdigest())
        forms += [r["path"] for r in store.run_prepared("history_article", article=article)
                  .records() if r["path"] not in forms]
    events: dict[tuple, dict] = {}
    for form in forms:
        for row in store.run_prepared("history_file", path=form).records():
            event = events.setdefault((row["run"], row["path"]), {**row, "replaced": []})
            if row["replaced"] and row["replaced"] not in event["replaced"]:
                event["replaced"].append(row["replaced"])
    return sorted(events.values(), key=lambda e: (str(e["started"]), e["run"]))


def _local(iri: str | None) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1] if iri else "-"


def render_file(given: str, events: list[dict]) -> str:
    if not events:
        return (f"no run ingested, replaced or rejected {given} (unchanged files are not "
                "recorded; list the runs with 'kg history')")
    lines = [f"{given}: {len(events)} event(s)"]
    for e in events:
        outcome = _local(e["outcome"]).lower()
        if outcome == "rejected":
            detail = e["reason"] or ""
        else:
            detail = f"stored article {_local(e['article'])}"
            if e["replaced"]:
                detail += f", dropped {', '.join(_local(r) for r in e['replaced'])}"
        ended = "" if e["ended"] else "  (run did not finish)"
        lines.append(f"{e['started']}  {outcome:<9} run {_local(e['run'])}  {detail}{ended}")
        lines.append(f"{'':<22}path {e['path']}"
                     + (f"  flow run {e['flowRunId']}" if e["flowRunId"] else ""))
    return "\n".join(lines)


def render_runs(runs: list[dict]) -> str:
    if not runs:
        return "no ingestion runs in the store yet"
    lines = []
    for r in runs:
        if r["ended"] is None:
            counts = "did not finish (killed, or still running)"
        else:
            counts = (f"ingested {r['ingested']}, unchanged {r['unchanged']}, "
                      f"rejected {r['rejected']}")
        flow = f"  flow run {r['flowRunId']}" if r["flowRunId"] else ""
        lines.append(f"{r['started']}  run {_local(r['run'])}  {counts}{flow}")
    return "\n".join(lines)


@kg.command()
@click.argument("path", required=False)
@store_option
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="How many runs to list without PATH (newest first).")
@click.option("--wait", type=click.FloatRange(min=0), default=30.0, show_default=True,
              help="Seconds to wait while a run is writing the store.")
@format_option("text", "json", default="text")
@debug_option
@one_line_errors
def history(path, store, limit, wait, fmt):
    """List the ingestion runs, or with PATH the runs that ingested, replaced or rejected
    that file, with when, the article stored or the reason given.

    PATH may be the path a run read (inbox/a.txt, corpus/a.txt) or where the inbox flow put
    the file afterwards (inbox/done/a.txt, inbox/rejected/a.txt).

    \b
    Example:
      kg history inbox/done/report.txt --store data/kg
      kg history --limit 5
    """
    from kg.store import KnowledgeStore

    settings = Settings.resolve(store=store)
    with KnowledgeStore.open(settings.store_dir, space=settings.space, create=False,
                             wait=wait, on_wait=lambda m: click.echo(m, err=True)) as knowledge:
        if path:
            found = file_history(knowledge, path)
        else:
            found = knowledge.run_prepared("history_runs").records()[:limit]
    if fmt == "json":
        click.echo(json.dumps(found, ensure_ascii=False, indent=2, default=str))
    else:
        click.echo(render_file(path, found) if path else render_runs(found))

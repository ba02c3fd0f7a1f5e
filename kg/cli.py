"""The `kg` command line: a thin layer over `kg.store`, `kg.provenance` and `flows.ingest`.

Every command documents itself with an example (a test enforces it). Expected failures
(KGError, unreadable files, a locked store) print one line on stderr and exit non-zero;
`--debug` shows the traceback instead. Heavy imports (Prefect, spaCy) happen inside the
commands that need them: `kg extract` must start fast and never imports Prefect, and
Prefect must not be imported before `apply_prefect_env` has set its environment.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path

import click

from kg.errors import DocumentRejected, E, KGError
from kg.settings import Settings, apply_prefect_env

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


# --- shared options ----------------------------------------------------------------------------

def store_option(func):
    return click.option("--store", "store", metavar="DIR|URL", default=None,
                        help="Store directory, or a SPARQL endpoint sparql+http://host:port/path "
                             "(default: $KG_STORE, else data/kg).")(func)


def debug_option(func):
    return click.option("--debug", is_flag=True,
                        help="Show tracebacks and Prefect's logs instead of one-line errors.")(func)


def format_option(*choices: str, default: str):
    return click.option("--format", "fmt", type=click.Choice(choices), default=default,
                        show_default=True, help="Output format.")


def one_line_errors(func):
    """Turn expected errors into one `Error: …` line and exit code 1 (traceback with --debug)."""

    @functools.wraps(func)
    def wrapper(*args, debug: bool = False, **kwargs):
        try:
            return func(*args, **kwargs)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as err:
            if debug:
                raise
            first = str(err).splitlines()[0] if str(err) else type(err).__name__
            if not isinstance(err, KGError | OSError):
                first = (f"unexpected {type(err).__name__}: {first} "
                         "(rerun with --debug for the traceback)")
            raise click.ClickException(first) from None

    return wrapper


def _open_store(store: str | None, *, create: bool = False):
    from kg.backends import open_store

    settings = Settings.resolve(store=store)
    return open_store(settings.store_location, space=settings.space, create=create)


def _echo_err(message: str) -> None:
    click.echo(message, err=True)


# --- the group ---------------------------------------------------------------------------------

@click.group(context_settings=CONTEXT)
def kg():
    """A knowledge graph of Chinese industry articles: entities and numeric claims, each
    with the evidence span it came from.

    \b
    Example:
      kg ingest corpus/ && kg query @examples/dau_wechat_miniprogram.rq
    """


@kg.command()
@click.argument("paths", nargs=-1, type=click.Path())
@store_option
@click.option("--batch-size", default=100, show_default=True, type=click.IntRange(min=1),
              help="Articles per Prefect task (each task costs ~0.15 s of Prefect's own).")
@click.option("--workers", default=1, show_default=True, type=click.IntRange(min=1),
              help="Batches extracted at once, by N processes beside the one that writes "
                   "(each takes ~3 s to start), or N Dask workers with --dask local.")
@click.option("--dask", "dask", metavar="ADDRESS|local", default=None,
              help="Extract on a Dask cluster: a scheduler address (tcp://host:8786) or "
                   "'local' for a LocalCluster of --workers processes (needs the dask extra).")
@click.option("--reextract", is_flag=True,
              help="Extract unchanged files again and replace their graphs (after an upgrade "
                   "of the extractors or the lexicons).")
@format_option("text", "json", default="text")
@debug_option
@one_line_errors
def ingest(paths, store, batch_size, workers, dask, reextract, fmt):
    """Ingest articles (default: corpus/) into the store through the Prefect flow.

    Unchanged files (same sha256) are skipped unless --reextract, changed files replace
    their article graph, and rejected files are listed with their reasons (exit code stays
    0 while anything could be ingested).

    \b
    Example:
      kg ingest corpus/ --store data/kg --batch-size 100
      kg ingest big-corpus/ --workers 2
      kg ingest big-corpus/ --dask tcp://scheduler:8786 --store sparql+http://127.0.0.1:7878/
      kg ingest corpus/ --reextract
    """
    debug = click.get_current_context().params.get("debug", False)
    missing = next((p for p in paths if not Path(p).exists()), None)
    if missing:  # say so now, not after Prefect's 15 s start-up
        raise KGError(E.E107, path=missing)
    settings = Settings.resolve(store=store)
    apply_prefect_env(settings, log_level="INFO" if debug else "CRITICAL")
    from flows.ingest import ingest as ingest_flow
    from flows.runners import task_runner
    from kg.backends import display

    _echo_err("starting the ingest flow (a first Prefect run starts a local API: ~15 s)…")
    bar = _ProgressBar()
    try:
        run = ingest_flow.with_options(task_runner=task_runner(workers, dask))
        summary = run(paths=list(paths) or ["corpus"], store_dir=settings.store_location,
                      batch_size=batch_size, base_iri=settings.base_iri, progress=bar.update,
                      workers=workers, reextract=reextract)
    finally:
        bar.close()
    if summary["files"] == 0:
        raise KGError(E.E502, paths=", ".join(paths) or "corpus")
    click.echo(json.dumps(summary, ensure_ascii=False, indent=2) if fmt == "json"
               else _summary_text(summary, display(settings.store_location)))
    if summary["ingested"] == 0 and summary["unchanged"] == 0:
        raise KGError(E.E503, count=summary["files"])


class _ProgressBar:
    """A click progress bar on stderr, created when the flow first reports the total."""

    def __init__(self):
        self._bar = None
        self._done = 0

    def update(self, done: int, total: int) -> None:
        if self._bar is None:
            self._bar = click.progressbar(length=total, label="articles", file=sys.stderr,
                                          show_pos=True)
            self._bar.__enter__()
        self._bar.update(done - self._done)
        self._done = done

    def close(self) -> None:
        if self._bar is not None:
            self._bar.__exit__(None, None, None)


def _summary_text(summary: dict, store_dir: Path | str) -> str:
    lines = [f"ingested   {summary['ingested']} article(s), {summary['claims_ingested']} claims"
             + (f" ({summary['replaced']} replacing an older graph)" if summary["replaced"]
                else ""),
             f"unchanged  {summary['unchanged']}"]
    rejected = summary["rejected"]
    if rejected:
        lines.append(f"rejected   {len(rejected)} file(s); the other files were processed:")
        lines.extend(f"  {r['reason']}" for r in rejected)
    else:
        lines.append("rejected   0")
    lines.append(f"store      {store_dir}: {summary['articles']} articles, {summary['claims']} "
                 f"claims, {summary['entities']} entities, {summary['triples']} triples")
    if summary["run"]:
        lines.append(f"run        <{summary['run']}>")
    return "\n".join(lines)


@kg.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@format_option("jsonl", "json", default="jsonl")
@debug_option
@one_line_errors
def extract(paths, fmt):
    """Extract entities and claims without a store: one JSON object per article.

    The objects have the shape of GUIDELINES section 5 (what eval/score.py reads).
    Rejected files are reported on stderr and skipped.

    \b
    Example:
      kg extract corpus/*.txt --format jsonl | python ../shared/eval/score.py -
    """
    from extractors.reader import discover, read_article

    files, articles = [], []
    for given in paths:
        try:
            files.extend(discover([given]))
        except DocumentRejected as err:
            _echo_err(f"skipped: {err}")
    for path in files:
        try:
            articles.append(read_article(path))
        except DocumentRejected as err:
            _echo_err(f"skipped: {err}")
    if not articles:
        raise KGError(E.E502, paths=", ".join(paths))
    from extractors.pipeline import build_pipeline
    from extractors.pipeline import extract as extract_article

    nlp = build_pipeline()
    objects = (extract_article(nlp, article).to_json() for article in articles)
    if fmt == "jsonl":
        for obj in objects:
            click.echo(json.dumps(obj, ensure_ascii=False))
    else:
        click.echo(json.dumps(list(objects), ensure_ascii=False, indent=2))


def _read_query(text: str) -> str:
    if not text.startswith("@"):
        return text
    path = Path(text[1:])
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise KGError(E.E402, path=path, detail=getattr(err, "strerror", None) or err) from None


def _parse_binding(value: str):
    import pyoxigraph as ox

    name, sep, term = value.partition("=")
    if not sep or not name.isidentifier():
        raise click.BadParameter(f"'{value}' is not NAME=VALUE", param_hint="--bind")
    if term.startswith("<") and term.endswith(">"):
        try:
            return name, ox.NamedNode(term[1:-1])
        except ValueError as err:
            raise click.BadParameter(f"bad IRI {term}: {err}", param_hint="--bind") from None
    return name, ox.Literal(term)


@kg.command()
@click.argument("query_text", metavar="QUERY|@FILE.rq")
@click.option("--bind", "binds", multiple=True, metavar="NAME=VALUE",
              help="Pre-bind ?NAME to a plain literal, or to an IRI written <…>. Repeatable.")
@store_option
@format_option("table", "json", "csv", default="table")
@debug_option
@one_line_errors
def query(query_text, binds, store, fmt):
    """Run a SPARQL query over all graphs (the default graph is their union).

    json is the SPARQL 1.1 JSON results format, csv the SPARQL CSV format. Values given
    with --bind reach the query as bindings, never as query text.

    \b
    Example:
      kg query @examples/dau_wechat_miniprogram.rq --format table
      kg query @kg/queries/claims_by_metric.rq --bind metricKey=gmv
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
    """
    from kg import results
    from kg.store import prefixes

    sparql = _read_query(query_text)
    bindings = dict(_parse_binding(b) for b in binds)
    with _open_store(store) as knowledge:
        result = knowledge.query(sparql, bindings=bindings)
        names = prefixes(knowledge.space)
    if fmt == "table":
        click.echo(results.to_table(result, names))
    elif fmt == "json":
        click.echo(results.to_json(result))
    else:
        click.echo(results.to_csv(result), nl=False)


@kg.command()
@click.argument("iri")
@store_option
@format_option("text", "json", default="text")
@debug_option
@one_line_errors
def provenance(iri, store, fmt):
    """Show where a claim comes from: value, bounds, subject, metric, period, every evidence
    sentence with the quote marked 【…】 and its offsets, and the ingestion run.

    IRI may be written in full or with a prefix (claim:…).

    \b
    Example:
      kg provenance https://example.org/kg/claim/9a1b… --format text
    """
    from kg.provenance import provenance as trace
    from kg.provenance import render_text

    with _open_store(store) as knowledge:
        record = trace(knowledge, iri)
    click.echo(json.dumps(record, ensure_ascii=False, indent=2) if fmt == "json"
               else render_text(record))


@kg.command()
@store_option
@debug_option
@one_line_errors
def validate(store):
    """Check the store against the SHACL shapes in ontology/ (RDFS inference on).

    Prints "conforms" or the violations; exits 1 when the store does not conform.

    \b
    Example:
      kg validate --store data/kg
    """
    with _open_store(store) as knowledge:
        conforms, report = knowledge.validate()
        path = knowledge.path
    if conforms:
        click.echo(f"conforms: {path} satisfies every SHACL shape")
        return
    click.echo(report)
    count = next((line.split("(")[1].split(")")[0] for line in report.splitlines()
                  if line.startswith("Results (")), "?")
    raise KGError(E.E304, path=path, count=count)


@kg.command()
@store_option
@format_option("trig", "nquads", "turtle", default="trig")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), default=None,
              help="Write to FILE instead of stdout.")
@debug_option
@one_line_errors
def export(store, fmt, output):
    """Export the store: TriG or N-Quads keep the named graphs, Turtle is their union.

    \b
    Example:
      kg export --format trig -o kg.trig
    """
    with _open_store(store) as knowledge:
        data = knowledge.export(fmt)
    if output:
        Path(output).write_bytes(data)
        _echo_err(f"wrote {len(data)} bytes to {output}")
    else:
        click.get_binary_stream("stdout").write(data)


@kg.command()
@store_option
@format_option("text", "json", default="text")
@debug_option
@one_line_errors
def stats(store, fmt):
    """Count articles, claims, evidence annotations, entities and triples (per graph too).

    \b
    Example:
      kg stats --store data/kg --format json
    """
    with _open_store(store) as knowledge:
        numbers = knowledge.stats()
        shared = {str(knowledge.space.graph(n)): n for n in ("entities", "ontology", "runs")}
    if fmt == "json":
        click.echo(json.dumps(numbers, ensure_ascii=False, indent=2))
        return
    lines = [f"{name:<12}{numbers[name]}" for name in
             ("articles", "claims", "annotations", "entities", "triples")]
    lines.append("graphs")
    for iri, name in shared.items():
        lines.append(f"  {name:<10}{numbers['graphs'].get(iri, 0)} triples")
    article_triples = sum(n for g, n in numbers["graphs"].items() if g not in shared)
    lines.append(f"  articles  {article_triples} triples in {numbers['article_graphs']} graphs")
    click.echo("\n".join(lines))


def main() -> None:
    """Console-script entry point (`kg = "kg.cli:main"`)."""
    kg(prog_name="kg")


from kg import commands  # noqa: E402,F401  (registers the commands kept in their own modules)

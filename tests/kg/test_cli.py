"""The `kg` command line, driven through click's CliRunner on the real corpus store."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import kg
from tests.conftest import CORPUS, CORPUS_FILES, ROOT

EXAMPLES = sorted((ROOT / "examples").glob("*.rq"))


def run(*args: str, **kwargs):
    return CliRunner().invoke(kg, list(args), **kwargs)


def assert_one_line_error(result, code: str):
    """Exit code 1, and the error is one `Error: Exxx …` line (the last line on stderr)."""
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert lines[-1].startswith(f"Error: {code} ")
    assert sum(line.startswith("Error:") for line in lines) == 1
    assert "Traceback" not in result.output


@pytest.mark.parametrize("name", sorted(kg.commands))
def test_every_command_has_help_with_an_example(name):
    result = run(name, "--help")
    assert result.exit_code == 0
    assert "Example:" in result.stdout
    assert f"kg {name}" in result.stdout.split("Example:", 1)[1]


def test_the_group_help_lists_every_command():
    result = run("--help")
    assert "Example:" in result.stdout
    for name in kg.commands:
        assert name in result.stdout


@pytest.fixture
def store_args(corpus_store):
    return ["--store", str(corpus_store.store_dir)]


def _claim(store_args) -> str:
    result = run("query", "SELECT ?c WHERE { ?c a <https://example.org/kg/ontology#Claim> } "
                 "ORDER BY ?c LIMIT 1", "--format", "csv", *store_args)
    return result.stdout.splitlines()[1]


def test_query_table(store_args):
    result = run("query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }", *store_args)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].strip() == "n"
    assert result.stdout.rstrip().endswith("(1 row)")


def test_query_json_is_sparql_results(store_args):
    result = run("query", "SELECT ?a ?path WHERE { ?a <https://example.org/kg/ontology#sourcePath>"
                 " ?path }", "--format", "json", *store_args)
    data = json.loads(result.stdout)
    assert data["head"]["vars"] == ["a", "path"]
    assert len(data["results"]["bindings"]) == 5


def test_query_csv(store_args):
    result = run("query", "SELECT ?path WHERE { ?a <https://example.org/kg/ontology#sourcePath>"
                 " ?path } ORDER BY ?path", "--format", "csv", *store_args)
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == ["path"]
    assert [r[0].rsplit("/", 1)[-1] for r in rows[1:]] == [p.name for p in CORPUS_FILES]


def test_query_binding_from_the_command_line(store_args):
    result = run("query", "@kg/queries/claims_by_metric.rq", "--bind", "metricKey=dau",
                 "--format", "json", *store_args)
    keys = {b["metricKey"]["value"] for b in json.loads(result.stdout)["results"]["bindings"]}
    assert keys == {"dau"}


def test_binding_an_unselected_variable_is_e404(store_args):
    result = run("query", "SELECT ?s WHERE { ?s ?p ?o }", "--bind", "o=x", *store_args)
    assert_one_line_error(result, "E404")


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.name)
def test_examples_run_and_find_something(store_args, example, monkeypatch):
    monkeypatch.chdir(ROOT)
    extra = ["--bind", "metricKey=gmv"] if example.name == "claims_for_metric.rq" else []
    result = run("query", f"@examples/{example.name}", "--format", "json", *extra, *store_args)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"]["bindings"], example.name


def test_malformed_query_is_one_line_e401(store_args):
    assert_one_line_error(run("query", "SELEC ?x WHERE {", *store_args), "E401")


def test_missing_query_file_is_e402(store_args, tmp_path):
    assert_one_line_error(run("query", f"@{tmp_path}/nope.rq", *store_args), "E402")


def test_missing_store_is_e302(tmp_path):
    assert_one_line_error(run("stats", "--store", str(tmp_path / "nowhere")), "E302")


def test_debug_shows_the_exception(tmp_path):
    result = run("stats", "--store", str(tmp_path / "nowhere"), "--debug")
    assert result.exit_code != 0
    assert getattr(result.exception, "code", None) == "E302"


def test_provenance_text(store_args):
    result = run("provenance", _claim(store_args), *store_args)
    assert result.exit_code == 0, result.output
    for label in ("value", "subject", "metric", "period", "evidence 1/", "sentence",
                  "offsets", "ingested by"):
        assert label in result.stdout
    assert "【" in result.stdout and "】" in result.stdout


def test_provenance_json(store_args):
    result = run("provenance", _claim(store_args), "--format", "json", *store_args)
    record = json.loads(result.stdout)
    assert record["evidence"] and all(e["quote_matches"] for e in record["evidence"])


def test_provenance_of_an_unknown_iri_is_e303(store_args):
    result = run("provenance", "https://example.org/kg/claim/nope", *store_args)
    assert_one_line_error(result, "E303")


def test_validate_conforms(store_args):
    result = run("validate", *store_args)
    assert result.exit_code == 0, result.stdout[-3000:]
    assert result.stdout.startswith("conforms")


@pytest.mark.parametrize("fmt, rdf_format", [
    ("trig", ox.RdfFormat.TRIG), ("nquads", ox.RdfFormat.N_QUADS),
    ("turtle", ox.RdfFormat.TURTLE)])
def test_export_to_a_file(store_args, corpus_store, tmp_path, fmt, rdf_format):
    target = tmp_path / f"out.{fmt}"
    result = run("export", "--format", fmt, "-o", str(target), *store_args)
    assert result.exit_code == 0, result.output
    quads = list(ox.parse(target.read_bytes(), rdf_format))
    if fmt == "turtle":
        assert 0 < len(quads) <= corpus_store.summary["triples"]
    else:
        assert len(quads) == corpus_store.summary["triples"]


def test_stats(store_args, corpus_store):
    text = run("stats", *store_args).stdout
    assert "articles    5" in text and "graphs" in text
    numbers = json.loads(run("stats", "--format", "json", *store_args).stdout)
    assert numbers["triples"] == corpus_store.summary["triples"]
    assert numbers["claims"] == corpus_store.summary["claims"]


def test_extract_prints_one_object_per_article_and_skips_rejected(tmp_path):
    bad = tmp_path / "binary.txt"
    bad.write_bytes(b"\x00\x01\x02" * 50)
    result = run("extract", *map(str, CORPUS_FILES[:2]), str(bad), "--format", "jsonl")
    assert result.exit_code == 0, result.output
    objects = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["doc"]["path"] for o in objects] == list(map(str, CORPUS_FILES[:2]))
    assert all({"doc", "entities", "claims"} <= set(o) for o in objects)
    assert "E102" in result.stderr and str(bad) in result.stderr


def test_extract_never_imports_prefect():
    code = ("import sys; from kg.cli import kg; "
            f"kg.main(['extract', {str(CORPUS_FILES[0])!r}], standalone_mode=False); "
            "print('PREFECT', 'prefect' in sys.modules, file=sys.stderr)")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "PREFECT False" in done.stderr


def test_ingest_reports_rejections_and_exits_zero(tmp_path, prefect_harness):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS_FILES[4], folder)
    (folder / "empty.txt").write_bytes(b"")
    result = run("ingest", str(folder), "--store", str(tmp_path / "kg"), "--batch-size", "1")
    assert result.exit_code == 0, result.output
    assert "ingested   1 article(s)" in result.stdout
    assert "rejected   1 file(s)" in result.stdout and "E101" in result.stdout


def test_ingest_reextract_replaces_what_an_unchanged_file_had(tmp_path, prefect_harness):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(CORPUS_FILES[4], folder)
    store = str(tmp_path / "kg")
    assert run("ingest", str(folder), "--store", store).exit_code == 0
    again = run("ingest", str(folder), "--store", store)
    assert "ingested   0 article(s)" in again.stdout and "unchanged  1" in again.stdout
    result = run("ingest", str(folder), "--store", store, "--reextract")
    assert result.exit_code == 0, result.output
    assert "ingested   1 article(s)" in result.stdout
    assert "(1 replacing an older graph)" in result.stdout and "unchanged  0" in result.stdout


def test_ingest_with_nothing_ingestible_fails(tmp_path, prefect_harness):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    result = run("ingest", str(folder), "--store", str(tmp_path / "kg"))
    assert_one_line_error(result, "E503")


def test_ingest_of_a_missing_path_is_one_line(tmp_path, prefect_harness):
    result = run("ingest", str(tmp_path / "missing"), "--store", str(tmp_path / "kg"))
    assert_one_line_error(result, "E107")


def test_ingest_default_is_the_corpus_directory(tmp_path, prefect_harness, monkeypatch):
    monkeypatch.chdir(tmp_path)
    shutil.copytree(CORPUS, tmp_path / "corpus")
    result = run("ingest", "--store", str(tmp_path / "kg"), "--format", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["ingested"] == 5

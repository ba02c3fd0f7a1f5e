"""`kg eval`: the scorer's report plus per-article misses, on the real corpus and gold."""

from __future__ import annotations

import filecmp
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import kg
from kg.commands.evaluate import DEFAULT_SCORER

PROJECT = Path(__file__).resolve().parents[2]
SHARED_EVAL = PROJECT.parent / "shared" / "eval"
needs_shared = pytest.mark.skipif(
    not (SHARED_EVAL / "gold").is_dir(),
    reason="../shared/eval (the sample gold) is not beside the project")


@needs_shared
def test_vendored_scorer_matches_the_original():
    assert filecmp.cmp(DEFAULT_SCORER, SHARED_EVAL / "score.py", shallow=False)


@needs_shared
def test_eval_prints_the_report_and_the_misses_per_article():
    result = CliRunner().invoke(kg, ["eval", str(PROJECT / "corpus"),
                                     "--gold", str(SHARED_EVAL / "gold")])
    assert result.exit_code == 0, result.output
    assert "claims_full" in result.output
    assert "== 000_45a772e31e302e89" in result.output


@needs_shared
def test_eval_json_summary_scores_all_five_articles():
    result = CliRunner().invoke(kg, ["eval", str(PROJECT / "corpus"),
                                     "--gold", str(SHARED_EVAL / "gold"), "--json"])
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["documents_predicted"] == 5
    assert summary["claims_detected"]["f1"] > 0.9


def test_eval_without_matching_gold_is_one_clear_error(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "other.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(kg, ["eval", str(PROJECT / "corpus"),
                                     "--gold", str(tmp_path / "gold")])
    assert result.exit_code != 0
    assert "has a gold file" in result.output
    assert "Traceback" not in result.output

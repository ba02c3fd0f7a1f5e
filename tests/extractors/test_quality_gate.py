"""The quality gate: the pipeline runs over the five corpus articles, the shared scorer
compares its output with the gold annotations, and each score must stay at or above its
floor, so that a regression in extraction fails CI.

The floors sit a little under the scores extraction reaches today; raise them as it
improves, never lower them to make a change pass."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FLOORS = {
    "claims_detected": 0.95,
    "claims_full": 0.86,
    "entities_typed": 0.87,
    "metric_keys": 0.93,
    "dates": 0.95,
    "claim_fields_on_matched.attribution": 0.88,
    "claim_fields_on_matched.comparator": 0.95,
    "claim_fields_on_matched.modality": 0.95,
}
"""Score key → minimum. A plain key is that section's F1; "section.field" is a field's share
of correct values on matched claims."""

SCORER = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "score.py"
GOLD = SCORER.with_name("gold")


@pytest.fixture(scope="module")
def scores(corpus_extractions, tmp_path_factory) -> dict:
    """score.py's --json summary of the pipeline's output over the corpus."""
    if not SCORER.is_file() or not any(GOLD.glob("*.json")):
        pytest.skip(f"quality gate needs the shared evaluation set ({SCORER} and gold "
                    f"files in {GOLD}); not found")
    predictions = tmp_path_factory.mktemp("quality_gate") / "predictions.jsonl"
    predictions.write_text("".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n"
                                   for e in corpus_extractions.values()), encoding="utf-8")
    result = subprocess.run([sys.executable, str(SCORER), str(predictions), "--json"],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, f"score.py failed: {result.stderr}"
    return json.loads(result.stdout)


def score_of(summary: dict, key: str) -> float:
    section, _, field = key.partition(".")
    return summary[section][field] if field else summary[section]["f1"]


def test_every_gold_document_was_predicted(scores, corpus_extractions):
    assert scores["documents_predicted"] == scores["documents"] == len(corpus_extractions)


@pytest.mark.parametrize(("key", "floor"), FLOORS.items())
def test_score_stays_above_its_floor(scores, key, floor):
    value = score_of(scores, key)
    assert value >= floor, (f"{key} = {value} fell below its floor {floor}; "
                            f"run {SCORER} PRED.jsonl --verbose to list the misses")


EVAL = Path(__file__).resolve().parents[2] / "eval"
DEV_FLOORS = {
    "dev": {"claims_detected": 0.96, "claims_full": 0.87, "entities_typed": 0.90,
            "metric_keys": 0.92, "dates": 0.97},
    "dev2": {"claims_detected": 0.98, "claims_full": 0.91, "entities_typed": 0.89,
             "metric_keys": 0.95, "dates": 0.94},
    "dev3": {"claims_detected": 0.97, "claims_full": 0.92, "entities_typed": 0.91,
             "metric_keys": 0.94, "dates": 0.97},
    "dev4": {"claims_detected": 0.96, "claims_full": 0.85, "entities_typed": 0.95,
             "metric_keys": 0.94, "dates": 0.95},
    "dev5": {"claims_detected": 0.97, "claims_full": 0.87, "entities_typed": 0.94,
             "metric_keys": 0.92, "dates": 0.93},
    "dev6": {"claims_detected": 0.96, "claims_full": 0.87, "entities_typed": 0.93,
             "metric_keys": 0.97, "dates": 0.93},
    "dev7": {"claims_detected": 0.97, "claims_full": 0.87, "entities_typed": 0.93,
             "metric_keys": 0.95, "dates": 0.92},
    "dev8": {"claims_detected": 0.97, "claims_full": 0.89, "entities_typed": 0.91,
             "metric_keys": 0.96, "dates": 0.93},
    "dev9": {"claims_detected": 0.96, "claims_full": 0.84, "entities_typed": 0.92,
             "metric_keys": 0.95, "dates": 0.92},
    "dev10": {"claims_detected": 0.97, "claims_full": 0.85, "entities_typed": 0.93,
              "metric_keys": 0.96, "dates": 0.94},
    "dev11": {"claims_detected": 0.98, "claims_full": 0.91, "entities_typed": 0.95,
              "metric_keys": 0.96, "dates": 0.90},
    "dev12": {"claims_detected": 0.97, "claims_full": 0.91, "entities_typed": 0.95,
              "metric_keys": 0.91, "dates": 0.93},
    "dev13": {"claims_detected": 0.98, "claims_full": 0.92, "entities_typed": 0.94,
              "metric_keys": 0.94, "dates": 0.94},
    "dev14": {"claims_detected": 0.98, "claims_full": 0.92, "entities_typed": 0.94,
              "metric_keys": 0.94, "dates": 0.95},
    "dev15": {"claims_detected": 0.96, "claims_full": 0.70, "entities_typed": 0.73,
              "metric_keys": 0.93, "dates": 0.95},
    "probes": {"claims_detected": 0.98, "claims_full": 0.90, "entities_typed": 0.89},
}
"""Floors on the project's own evaluation sets (eval/<set>, see eval/README.md): articles in
the samples' styles that the rules were not written for line by line (dev15 never read), so
a drop here is a loss of generality even when the samples hold."""


@pytest.fixture(scope="module")
def dev_scores(nlp, tmp_path_factory) -> dict[str, dict]:
    """score.py's --json summary of the pipeline's output, per evaluation set."""
    from extractors.pipeline import extract
    from extractors.reader import discover, read_article

    summaries = {}
    for name in DEV_FLOORS:
        predictions = tmp_path_factory.mktemp(f"{name}_gate") / "predictions.jsonl"
        predictions.write_text("".join(
            json.dumps(extract(nlp, read_article(p)).to_json(), ensure_ascii=False) + "\n"
            for p in discover([EVAL / name / "corpus"])), encoding="utf-8")
        result = subprocess.run([sys.executable, str(EVAL / "score.py"), str(predictions),
                                 "--gold", str(EVAL / name / "gold"), "--json"],
                                capture_output=True, text=True, timeout=300, check=False)
        assert result.returncode == 0, f"score.py failed on eval/{name}: {result.stderr}"
        summaries[name] = json.loads(result.stdout)
    return summaries


@pytest.mark.parametrize(("name", "key", "floor"), [
    (name, key, floor) for name, floors in DEV_FLOORS.items() for key, floor in floors.items()])
def test_dev_score_stays_above_its_floor(dev_scores, name, key, floor):
    value = score_of(dev_scores[name], key)
    assert value >= floor, f"{key} on eval/{name} fell to {value:.3f} (floor {floor})"

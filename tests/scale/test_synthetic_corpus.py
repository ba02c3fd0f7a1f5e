"""The benchmarks' synthetic corpus: distinct articles of the samples' shape, every name
varied, made the same way on every machine."""

from __future__ import annotations

import hashlib

from bench.make_corpus import VERSION, Variator, lexicon_names, make_corpus

SAMPLE_CITING_QUESTMOBILE = "001"


def test_the_corpus_is_the_same_on_every_run_and_every_article_distinct(tmp_path):
    make_corpus(tmp_path / "a", 40, per_folder=15)
    make_corpus(tmp_path / "b", 40, per_folder=15)
    first = sorted(p.relative_to(tmp_path / "a") for p in (tmp_path / "a").rglob("*.txt"))
    second = sorted(p.relative_to(tmp_path / "b") for p in (tmp_path / "b").rglob("*.txt"))
    assert first == second and len(first) == 40
    assert all((tmp_path / "a" / p).read_bytes() == (tmp_path / "b" / p).read_bytes()
               for p in first)
    digests = {hashlib.sha256((tmp_path / "a" / p).read_bytes()).hexdigest() for p in first}
    assert len(digests) == 40
    assert (tmp_path / "a" / ".corpus").read_text().endswith(f"version={VERSION}\n")


def test_a_corpus_of_an_older_generator_is_made_again(tmp_path):
    make_corpus(tmp_path, 5)
    article = next(tmp_path.rglob("*.txt"))
    article.write_text("stale", encoding="utf-8")
    (tmp_path / ".corpus").write_text("articles=5 seed=6\n")
    make_corpus(tmp_path, 5)
    assert article.read_text(encoding="utf-8") != "stale"


def test_latin_script_names_are_varied_like_chinese_ones():
    """QuestMobile is cited by one sample: kept in every variant, it would be the source of
    a fifth of the corpus, and a question about it would answer thousands of rows. Some
    variants still cite it: another company of the sample can be swapped for it."""
    from bench.make_corpus import SAMPLES

    samples = [(p.stem.split("_")[0], p.read_text(encoding="utf-8"))
               for p in sorted(SAMPLES.glob("*.txt"))]
    variator = Variator(samples, lexicon_names(), seed=6)
    index = [stem for stem, _ in samples].index(SAMPLE_CITING_QUESTMOBILE)
    variants = [variator.article(index + 5 * i)[1] for i in range(40)]
    keeping = sum("QuestMobile" in text for text in variants)
    assert keeping <= 6, f"{keeping} of 40 variants still cite QuestMobile"


def test_a_latin_name_is_swapped_only_as_a_whole_word():
    pools = {"Company": ["Wind", "腾讯"]}
    variator = Variator([("x", "Windows 上的 Wind 数据，腾讯 2021 年")], pools, seed=1)
    texts = [variator.article(i)[1] for i in range(12)]
    assert all(text.startswith("Windows 上的 ") for text in texts)
    assert {text.split(" ")[2] for text in texts} == {"Wind", "腾讯"}

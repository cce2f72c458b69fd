"""The fresh screening sets (``evals/data/screening_fresh/{dev,holdout}``) and ``eval screening --set``.

The rows are checked for shape, balance and independence: no text shared with the own held-out
set, the screener's training rows or the public sets. The tests compare normalised texts only and
never print a row (the holdout half is not to be read). The CLI is driven through click's runner
with a stand-in screener (wiring), and once as a subprocess with the real screener."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner

from caredraft.cli import main
from caredraft.domain import Emotion, Route, Screening
from caredraft.evals import screening as screening_eval
from caredraft.evals.datasets import DATA_DIR, public_evalsets_dir, read_jsonl

LANGUAGES = ("en", "ru", "bg", "fa")
HALVES = ("fresh-dev", "fresh-holdout")
FRESH = DATA_DIR / "screening_fresh"
GUARDRAILS_DIR = Path(screening_eval.__file__).resolve().parents[1] / "guardrails"


def _norm(text: str) -> str:
    return " ".join(text.casefold().split())


def _fresh(set_name: str, lang: str | None = None) -> list[dict]:
    return screening_eval.load_rows(screening_eval.SETS[set_name], lang)


def _all_fresh() -> list[dict]:
    return [r for name in HALVES for r in _fresh(name)]


def _texts(paths) -> set[str]:
    return {_norm(row["text"]) for path in paths for row in read_jsonl(path) if isinstance(row.get("text"), str)}


def _count_shared(other: set[str]) -> int:
    """How many fresh texts ``other`` holds, whole or inside a longer text, or that hold one of its
    texts (20 characters or more) inside them: a count, so a failure never prints another set's
    rows (pytest shows the operands of a failing assertion)."""
    fresh = {_norm(r["text"]) for r in _all_fresh()}
    joined = "\x00".join(other)  # one search per fresh text for "inside a longer text"
    longer = [o for o in other if len(o) >= 20]
    return sum(1 for text in fresh if text in joined or any(o in text for o in longer))


# --- the rows ---------------------------------------------------------------------------------

def test_both_halves_are_packaged_for_every_language():
    for name in HALVES:
        folder = screening_eval.SETS[name]
        assert folder.parent == FRESH
        assert sorted(p.stem for p in folder.glob("*.jsonl")) == sorted(LANGUAGES)
    assert (FRESH / "README.md").is_file()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_counts_per_category_and_kind(lang):
    rows = _fresh("fresh-dev", lang) + _fresh("fresh-holdout", lang)
    assert 110 <= len(rows) <= 130
    for category in screening_eval.CRISIS_CATEGORIES:
        kinds = Counter(r["kind"] for r in rows if r["category"] == category)
        assert 7 <= sum(kinds.values()) <= 10, (category, kinds)
        assert kinds["explicit"] >= 3 and kinds["implied"] >= 4, (category, kinds)
    assert 7 <= sum(r["category"] == "hostility" for r in rows) <= 10
    ordinary = Counter(r["kind"] for r in rows if r["category"] == "ordinary")
    assert 56 <= sum(ordinary.values()) <= 72
    assert set(ordinary) == set(screening_eval.ORDINARY_KINDS) - {"pleasantry"}  # pleasantries: the hard set only
    assert min(ordinary.values()) >= 6, ordinary


@pytest.mark.parametrize("lang", LANGUAGES)
def test_halves_are_even_and_stratified(lang):
    dev, holdout = _fresh("fresh-dev", lang), _fresh("fresh-holdout", lang)
    assert abs(len(dev) - len(holdout)) <= 1
    strata_dev = Counter((r["category"], r["kind"]) for r in dev)
    strata_holdout = Counter((r["category"], r["kind"]) for r in holdout)
    for stratum in strata_dev | strata_holdout:
        assert abs(strata_dev[stratum] - strata_holdout[stratum]) <= 1, stratum
        # every crisis category x kind and every ordinary kind is measured in both halves
        assert strata_dev[stratum] and strata_holdout[stratum], stratum


def test_labels_agree_with_the_readme():
    rows = _all_fresh()  # load_rows already checks the allowed values of each field
    for r in rows:
        crisis = r["category"] in screening_eval.CRISIS_CATEGORIES
        assert (r["expect"] == Route.CLINICAL_REVIEW.value) == crisis, r["id"]
        assert (r["kind"] in ("explicit", "implied")) == crisis, r["id"]
        assert (r["category"] == "hostility") == (r["kind"] == "hostility") == (r["expect"] == "human_review"), r["id"]
        assert (r["category"] == "ordinary") == (r["expect"] == Route.AUTO.value), r["id"]
        assert r["emotion"] in {e.value for e in Emotion}, r["id"]
        assert re.fullmatch(rf"fresh-{r['lang']}-\d{{3}}", r["id"]), r["id"]
        assert len(r["text"].split()) >= 3, r["id"]


def test_each_file_holds_its_own_language():
    for name in HALVES:
        for lang in LANGUAGES:
            assert {r["lang"] for r in _fresh(name, lang)} == {lang}


def test_ids_unique_and_halves_disjoint():
    dev, holdout = _fresh("fresh-dev"), _fresh("fresh-holdout")
    ids = [r["id"] for r in dev + holdout]
    assert len(ids) == len(set(ids))
    assert not {_norm(r["text"]) for r in dev} & {_norm(r["text"]) for r in holdout}
    texts = [_norm(r["text"]) for r in dev + holdout]
    assert len(texts) == len(set(texts)), "a text appears twice"


def test_no_text_shared_with_the_own_set():
    own = _texts(sorted(screening_eval.OWN_SET_DIR.glob("*.jsonl")))
    assert len(own) > 100  # the own set was found
    shared = _count_shared(own)
    assert shared == 0, f"{shared} fresh texts are in the own set"


def test_no_text_shared_with_the_screeners_training_rows():
    paths = sorted(GUARDRAILS_DIR.glob("**/*.jsonl"))
    training = _texts(paths)
    assert any("training" in p.parts for p in paths) and len(training) > 100  # the rows were found
    shared = _count_shared(training)
    assert shared == 0, f"{shared} fresh texts are in the screener's data"


def test_no_text_shared_with_the_public_sets():
    folder = public_evalsets_dir()
    if folder is None:
        pytest.skip("shared/evalsets is not beside this checkout")
    public = _texts(sorted(folder.glob("*.jsonl")))
    assert len(public) > 100
    shared = _count_shared(public)
    assert shared == 0, f"{shared} fresh texts are in shared/evalsets"


# --- the command ------------------------------------------------------------------------------

class RecordingStandIn:
    """Records what it was asked to screen; routes by a marker so gating can be exercised."""

    def __init__(self, route: Route = Route.AUTO):
        self.route = route
        self.texts: list[str] = []

    def screen(self, text: str, *, language: str | None = None) -> Screening:
        self.texts.append(text)
        return Screening(language=language or "en", route=self.route, emotion=Emotion.NEUTRAL, reasons=[])

    def screen_many(self, texts, *, languages=None):
        languages = languages or [None] * len(texts)
        return [self.screen(t, language=l) for t, l in zip(texts, languages)]


def _invoke(tmp_path, monkeypatch, screener, *args):
    loaded = []
    monkeypatch.setattr(screening_eval, "load_screener", lambda settings: loaded.append(1) or screener)
    out = tmp_path / "reports"
    result = CliRunner().invoke(main, ["--data-dir", str(tmp_path / "data"), "eval", "screening",
                                       "--no-public", "--out", str(out), *args])
    return result, out, loaded


@pytest.mark.parametrize("set_name", HALVES)
def test_set_option_measures_that_half_and_is_not_gated(tmp_path, monkeypatch, set_name):
    screener = RecordingStandIn()
    result, out, _ = _invoke(tmp_path, monkeypatch, screener, "--set", set_name, "--lang", "bg")
    assert result.exit_code == 0, result.output
    expected = [r["text"] for r in read_jsonl(screening_eval.SETS[set_name] / "bg.jsonl")]
    assert screener.texts == expected  # exactly that half's rows, in order
    name = f"screening-{set_name}"
    data = json.loads((out / f"{name}.json").read_text(encoding="utf-8"))
    assert data["set"] == set_name and data["gated"] is False and data["gates"] == []
    assert data["languages"]["bg"]["n"] == len(expected)
    # an all-auto stand-in misses every crisis: still exit 0 and no gate lines, the set is never gated
    assert data["languages"]["bg"]["recall_explicit"] == 0.0
    markdown = (out / f"{name}.md").read_text(encoding="utf-8")
    assert "## Gates" not in markdown and set_name in markdown
    assert (out / f"{name}.png").read_bytes()[:4] == b"\x89PNG"
    assert not (out / "screening.json").exists()  # the own report is not overwritten


@pytest.mark.parametrize("set_name", HALVES)
def test_gate_is_refused_for_the_fresh_sets(tmp_path, monkeypatch, set_name):
    result, out, loaded = _invoke(tmp_path, monkeypatch, RecordingStandIn(), "--set", set_name, "--gate")
    assert result.exit_code == 2
    assert "--gate applies to the own set only" in result.output
    assert not loaded and not out.exists()  # refused before any screening


def test_set_and_set_dir_together_are_refused(tmp_path, monkeypatch):
    result, _, loaded = _invoke(tmp_path, monkeypatch, RecordingStandIn(), "--set", "fresh-dev",
                                "--set-dir", str(screening_eval.SETS["fresh-holdout"]))
    assert result.exit_code == 2 and "--set-dir" in result.output and not loaded


def test_own_set_stays_the_default_and_stays_gated(tmp_path, monkeypatch):
    screener = RecordingStandIn()  # routes everything auto: misses every own crisis
    result, out, _ = _invoke(tmp_path, monkeypatch, screener, "--gate", "--lang", "en")
    assert result.exit_code == 1  # the own set's gates still fail CI
    data = json.loads((out / "screening.json").read_text(encoding="utf-8"))
    assert data["set"] == "own" and data["gated"] is True and data["gates"]
    own_texts = {_norm(r["text"]) for r in read_jsonl(screening_eval.OWN_SET_DIR / "en.jsonl")}
    assert {_norm(t) for t in screener.texts} == own_texts


def test_set_dir_keeps_working(tmp_path, monkeypatch):
    folder = tmp_path / "set"
    folder.mkdir()
    (folder / "xx.jsonl").write_text(json.dumps({"id": "x-1", "lang": "xx", "text": "please update my card",
                                                 "expect": "auto", "category": "ordinary", "kind": "plain",
                                                 "emotion": "neutral"}) + "\n", encoding="utf-8")
    screener = RecordingStandIn()
    result, out, _ = _invoke(tmp_path, monkeypatch, screener, "--set-dir", str(folder), "--gate")
    assert screener.texts == ["please update my card"]
    data = json.loads((out / "screening.json").read_text(encoding="utf-8"))
    assert data["languages"]["xx"]["n"] == 1 and data["gated"] is True


def test_real_cli_and_screener_on_one_dev_language(tmp_path):
    """End to end as a user runs it: the installed command, the real screener, one dev file."""
    pytest.importorskip("caredraft.guardrails.screening")
    out = tmp_path / "reports"
    env = {**os.environ, "CAREDRAFT_DATA_DIR": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "caredraft.cli", "eval", "screening", "--set", "fresh-dev",
                           "--lang", "ru", "--no-public", "--out", str(out)],
                          capture_output=True, text=True, env=env, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    data = json.loads((out / "screening-fresh-dev.json").read_text(encoding="utf-8"))
    ru = data["languages"]["ru"]
    assert ru["n"] == len(_fresh("fresh-dev", "ru")) and data["gates"] == []
    assert sum(sum(row.values()) for row in ru["route_confusion"].values()) == ru["n"]
    assert ru["degraded"] == 0  # the real screener ran: no row fell back to an error route
    assert "| ru |" in done.stdout


# --- the hard set (implied crises and hard look-alikes; measure only) ---------------------------

def test_the_hard_set_is_packaged_labelled_and_independent():
    folder = screening_eval.SETS["hard"]
    assert sorted(p.stem for p in folder.glob("*.jsonl")) == sorted(LANGUAGES) and (folder / "README.md").is_file()
    rows = screening_eval.load_rows(folder)  # checks the allowed values of each field
    assert len(rows) == 705 and len({r["id"] for r in rows}) == len(rows)
    for r in rows:
        crisis = r["category"] in screening_eval.CRISIS_CATEGORIES
        assert (r["expect"] == Route.CLINICAL_REVIEW.value) == crisis, r["id"]
        assert (r["category"] == "ordinary") == (r["expect"] == Route.AUTO.value), r["id"]
    for lang in LANGUAGES:
        mine = [r for r in rows if r["lang"] == lang]
        assert sum(r["kind"] == "implied" for r in mine) >= 60
        assert {r["kind"] for r in mine if r["category"] == "ordinary"} == set(screening_eval.ORDINARY_KINDS)
    hard = {_norm(r["text"]) for r in rows}
    training = _texts(sorted((GUARDRAILS_DIR / "input" / "training").rglob("*.jsonl")))
    own = _texts(sorted(screening_eval.OWN_SET_DIR.glob("*.jsonl")))
    assert len(training) > 500 and len(own) > 100
    # counts, so a failure never prints the rows
    assert len(hard & training) == 0, "the hard set must never be trained on"
    assert len(hard & own) == 0 and len(hard & {_norm(r["text"]) for r in _all_fresh()}) == 0

"""CAREDRAFT_SCREENING_MODEL=both: the base and the tuned reader screen each message, the stricter
route wins (guardrails/two_readers.py). Real readers, real e5; the only double is a reader that
breaks, to show the failure is closed."""
from __future__ import annotations

from caredraft.domain import Emotion, Route, Screening
from caredraft.guardrails.screening import RulesSemanticScreener, build_screener
from caredraft.guardrails.two_readers import TwoReaderScreener, stricter_of
from caredraft.settings import Settings

# Implied harm to a third person that the base reader lets through and the tuned reader reads
# (written for this test, not taken from a labelled set).
POISONING = ("My uncle has been taking money from grandma for a year. I added something to the pills he "
             "takes at night. Please pause my plan for a month.")


def test_the_stricter_screening_wins_and_keeps_both_readers_flags() -> None:
    base = Screening(language="en", route=Route.AUTO, emotion=Emotion.ANGRY, emotion_confidence=0.7,
                     follow_up=True, priority="high", degraded=["emotion"])
    tuned = Screening(language="en", route=Route.CLINICAL_REVIEW, emotion=Emotion.SAD, priority="urgent",
                      reasons=["classifier: harm_to_others"], degraded=["rules"])
    merged = stricter_of(base, tuned, "tuned e5")
    assert merged.route == Route.CLINICAL_REVIEW and merged.priority == "urgent"
    assert merged.reasons == ["tuned e5 reader: classifier: harm_to_others"]
    assert merged.emotion == Emotion.ANGRY and merged.emotion_confidence == 0.7  # the base reader's
    assert merged.follow_up and merged.degraded == ["emotion", "rules"]
    # On a tie the first (base) reading stands as it is.
    assert stricter_of(tuned, base, "x").reasons == ["classifier: harm_to_others"]


def test_both_readers_catch_what_the_base_reader_misses(embedder, tmp_path) -> None:
    settings = Settings(data_dir=tmp_path, screening_model="both")
    screener = build_screener(settings, embedder)
    assert isinstance(screener, TwoReaderScreener)
    base = RulesSemanticScreener(Settings(data_dir=tmp_path), embedder)
    alone = base.screen(POISONING)
    both = screener.screen(POISONING)
    assert both.route == Route.CLINICAL_REVIEW
    if alone.route == Route.AUTO:  # today's base reader: the route comes from the tuned one, and says so
        assert both.reasons and all(r.startswith("tuned e5 reader: ") for r in both.reasons[:1])
    ordinary = screener.screen_many(["How do I download my invoice for March?", "Моля, сменете имейла ми."])
    assert [s.route for s in ordinary] == [Route.AUTO, Route.AUTO]


def test_a_broken_second_reader_fails_closed(embedder, tmp_path) -> None:
    class Broken:
        def screen_many(self, texts, *, languages=None):
            raise RuntimeError("engine crashed")

    first = RulesSemanticScreener(Settings(data_dir=tmp_path), embedder)
    out = TwoReaderScreener(first, Broken()).screen_many(["How do I download my invoice for March?", "I want to kill myself tonight."])
    assert out[0].route == Route.HUMAN_REVIEW and "second reader" in out[0].degraded
    assert out[1].route == Route.CLINICAL_REVIEW  # a crisis keeps its route


def test_without_a_tuned_reader_both_means_one_reading(embedder, tmp_path, monkeypatch) -> None:
    from caredraft.guardrails.input.tuned_e5 import TunedModelUnavailable

    def unavailable(folder):
        raise TunedModelUnavailable("read-only")

    monkeypatch.setattr("caredraft.guardrails.screening.tuned_model_file", unavailable)
    screener = build_screener(Settings(data_dir=tmp_path, screening_model="both"), embedder)
    assert isinstance(screener, RulesSemanticScreener) and screener.scorer.embedder is embedder

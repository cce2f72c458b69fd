"""CAREDRAFT_SCREENING_MODEL=both: the base reader screens each message and the tuned reader's
classifier gives a second opinion on crisis (guardrails/two_readers.py). Real readers, real e5; the
only doubles are a reader that breaks (the failure is closed) and one that records what it is asked."""
from __future__ import annotations

from caredraft.domain import Emotion, Route, Screening, Severity, Signal, SignalKind
from caredraft.guardrails.screening import RulesSemanticScreener, build_screener
from caredraft.guardrails.two_readers import TwoReaderScreener, second_opinion
from caredraft.settings import Settings

# An implied suicide (being a burden, a deadline) that the base reader lets through and the tuned
# reader reads (written for this test, not taken from a labelled set). Session 20's rules read the
# earlier example ("I added something to the pills he takes at night"), so the base reader caught it.
BURDEN = "Everyone will be better rested once I stop being their problem. Please delete my data by Friday."


def _crisis_signal(source: str) -> Signal:
    return Signal(kind=SignalKind.CRISIS, category="harm_to_others", severity=Severity.HIGH, evidence="pills",
                  start=0, end=5, source=source)


def test_the_second_readers_classifier_raises_to_clinical_review() -> None:
    base = Screening(language="en", route=Route.AUTO, emotion=Emotion.ANGRY, emotion_confidence=0.7,
                     follow_up=True, priority="high", reasons=["no signal"])
    tuned = Screening(language="en", route=Route.CLINICAL_REVIEW, emotion=Emotion.SAD, priority="urgent",
                      signals=[_crisis_signal("classifier")], reasons=["classifier: harm_to_others"])
    raised = second_opinion(base, tuned, "tuned e5")
    assert raised.route == Route.CLINICAL_REVIEW and raised.priority == "urgent"
    assert raised.reasons == ["tuned e5 reader: classifier: harm_to_others", "base reader: no signal"]
    assert raised.emotion == Emotion.ANGRY and raised.emotion_confidence == 0.7  # the base reader's
    assert raised.follow_up and raised.signals == tuned.signals


def test_the_second_readers_other_flags_are_not_taken() -> None:
    base = Screening(language="en", route=Route.AUTO, reasons=["no signal"])
    # An exemplar nearness alone, or a human-review route, from the tuned reader: the base reading stands.
    nearness = Screening(language="en", route=Route.CLINICAL_REVIEW, signals=[_crisis_signal("semantic")])
    unsure = Screening(language="en", route=Route.HUMAN_REVIEW, reasons=["hostility toward staff"])
    assert second_opinion(base, nearness, "tuned e5") == base
    assert second_opinion(base, unsure, "tuned e5") == base
    # A second reading that lost a component is no opinion: at least human review, and it says why.
    broken = Screening(language="en", route=Route.HUMAN_REVIEW, degraded=["semantic"])
    degraded = second_opinion(base, broken, "tuned e5")
    assert degraded.route == Route.HUMAN_REVIEW and degraded.degraded == ["second reader"]
    assert "semantic" in degraded.reasons[-1]


def test_both_readers_catch_what_the_base_reader_misses(embedder, tmp_path) -> None:
    settings = Settings(data_dir=tmp_path, screening_model="both")
    screener = build_screener(settings, embedder)
    assert isinstance(screener, TwoReaderScreener)
    base = RulesSemanticScreener(Settings(data_dir=tmp_path), embedder)
    alone = base.screen(BURDEN)
    both = screener.screen(BURDEN)
    assert alone.route == Route.AUTO  # if a rule learns to read it, this test needs another example
    assert both.route == Route.CLINICAL_REVIEW
    # the route comes from the tuned reader's classifier, and the reasons say so
    assert both.reasons[0].startswith("tuned e5 reader: ")
    assert any(r.startswith("tuned e5 reader: classifier") for r in both.reasons)
    assert any(s.source == "classifier" for s in both.signals)
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


def test_the_second_reader_is_not_asked_about_a_message_already_in_clinical_review(embedder, tmp_path) -> None:
    first = RulesSemanticScreener(Settings(data_dir=tmp_path), embedder)
    asked: list[list[str]] = []

    class Recording:
        def screen_many(self, texts, *, languages=None):
            asked.append(list(texts))
            return first.screen_many(texts, languages=languages)

    out = TwoReaderScreener(first, Recording()).screen_many(
        ["I want to kill myself tonight.", "How do I download my invoice for March?"], languages=["en", None])
    assert [s.route for s in out] == [Route.CLINICAL_REVIEW, Route.AUTO]
    assert asked == [["How do I download my invoice for March?"]]

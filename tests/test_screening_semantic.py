"""The semantic layer with the real e5 embeddings: exemplar coverage, crisis paraphrases
the rules do not know score near crisis, ordinary tickets do not, and long messages are
scored sentence by sentence."""

from __future__ import annotations

import pytest

from caredraft.domain import CrisisCategory, Emotion
from caredraft.guardrails.input.emotion import EmotionDetector
from caredraft.guardrails.input.semantic import LONG_MESSAGE_CHARS, SemanticScorer, load_exemplars, windows_of
from caredraft.settings import Settings


@pytest.fixture(scope="module")
def scorer(embedder) -> SemanticScorer:
    return SemanticScorer(embedder)


def test_exemplars_cover_every_category_in_every_language() -> None:
    ex = load_exemplars()
    for language in ("en", "ru", "bg", "fa"):
        cats = {label for label, lang in zip(ex.labels, ex.languages) if lang == language}
        assert cats >= {c.value for c in CrisisCategory} | {"safe"}, language


def test_exemplar_matrix_is_built_once(scorer) -> None:
    assert scorer.matrix() is scorer.matrix()
    assert scorer.matrix().shape == (len(scorer.exemplars.texts), 384)


@pytest.mark.parametrize("text", [
    "Everyone would be relieved if I simply stopped existing",  # no rule matches this
    "Думаю, всем станет проще, если я просто перестану существовать",
    "Вече нищо няма смисъл и искам просто да престана да съществувам",  # "... да изчезна" has a rule since session 12
])
def test_unruled_crisis_paraphrase_is_near_crisis(scorer, text: str) -> None:
    from caredraft.guardrails.input.crisis_rules import match_rules
    from caredraft.guardrails.input.language import detect_language

    language = detect_language(text).language
    assert not [h for h in match_rules(text, [language]) if h.is_crisis], "pick a phrasing the rules do not know"
    s = Settings()
    best = scorer.score_many([text])[0].best
    review = s.semantic_review_threshold_by_language.get(language, s.semantic_review_threshold)
    assert best.crisis >= review, best


@pytest.mark.parametrize("text", [
    "How do I update the card on my account?",
    "The video keeps freezing during my session, can you help?",
    "Как поменять тариф?",
])
def test_ordinary_ticket_is_not_near_crisis(scorer, text: str) -> None:
    s = Settings()
    best = scorer.score_many([text])[0].best
    assert not (best.crisis >= s.semantic_review_threshold and best.margin >= s.semantic_review_margin), best


def test_long_messages_are_scored_by_sentence() -> None:
    text = "Hello there. " + "I need help with my invoice please. " * 5 + "I want to disappear forever."
    assert len(text) > LONG_MESSAGE_CHARS
    spans = windows_of(text)
    assert spans[0] == (0, len(text)) and len(spans) > 2
    assert any(text[s:e].strip() == "I want to disappear forever." for s, e in spans)
    assert windows_of("short one") == [(0, 9)]


def test_hidden_sentence_scores_higher_than_whole(scorer) -> None:
    text = ("I have a question about the invoice I received in March for the premium plan. "
            "The amount seems higher than what I agreed to on the phone with your colleague. "
            "I wish I could go to sleep and never wake up. Please send me the breakdown.")
    result = scorer.score_many([text])[0]
    assert result.best.start > 0 and result.best.crisis > result.windows[0].crisis


@pytest.mark.parametrize("text,language,emotion", [
    ("This is outrageous, I'm furious with you", "en", Emotion.ANGRY),
    ("I'm so worried about the payment, what if it fails?", "en", Emotion.ANXIOUS),
    ("I don't understand this invoice at all", "en", Emotion.CONFUSED),
    ("Я в ярости, это безобразие", "ru", Emotion.ANGRY),
    ("Много съм притеснена за плащането", "bg", Emotion.ANXIOUS),
    ("خیلی غمگین هستم", "fa", Emotion.SAD),
    ("Please update my address", "en", Emotion.NEUTRAL),
])
def test_emotion_cues(text: str, language: str, emotion: Emotion) -> None:
    found, confidence = EmotionDetector().detect(text, language)
    assert found == emotion and 0 <= confidence <= 1

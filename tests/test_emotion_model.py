"""The emotion model: implicit emotions (no cue word) in four languages are named from the e5
vector, an explicit cue word is never outvoted, and without an embedder the cue words decide.
Every message is worded afresh for this test (none is a training or eval row)."""

from __future__ import annotations

import pytest

from caredraft.domain import Emotion
from caredraft.guardrails.input.emotion import LABELS, EmotionDetector, training_rows
from caredraft.knowledge_base.embedders import E5Embedder

E = Emotion

# No emotion word in any of them: the model must read the situation.
IMPLICIT = [
    ("en", "Two payments of 59 left my account on the same day and your chat bot keeps closing the conversation. Sort it out now.", E.ANGRY),
    ("en", "If my insurer gets the session invoices, could my employer find out what I'm being treated for?", E.ANXIOUS),
    ("en", "The email says the trial is free, the app says 9.99 and my bank shows 19.99. Which one is it?", E.CONFUSED),
    ("en", "Please send me the invoice for October as a PDF.", E.NEUTRAL),
    ("ru", "Письмо говорит одно, приложение другое, а в банке третья сумма. Какая из них правильная?", E.CONFUSED),
    ("ru", "Пришлите, пожалуйста, чек за сентябрь.", E.NEUTRAL),
    ("bg", "Пратете ми, моля, фактурата за септември.", E.NEUTRAL),
    ("bg", "В имейла пише едно, в приложението друго, а банката показва трета сума. Коя е вярната?", E.CONFUSED),
    ("fa", "لطفاً فاکتور ماه گذشته را برایم بفرستید.", E.NEUTRAL),
]

CUES = [
    ("en", "I am absolutely furious about this invoice", E.ANGRY),
    ("ru", "Я очень переживаю, что деньги не вернутся", E.ANXIOUS),
    ("bg", "Разочарована съм, очаквах повече от сесията", E.DISAPPOINTED),
    ("fa", "نمی‌فهمم چرا دو بار پول کم شده", E.CONFUSED),
]


@pytest.fixture(scope="module")
def embedder() -> E5Embedder:
    return E5Embedder()


@pytest.fixture(scope="module")
def detector(embedder, tmp_path_factory) -> EmotionDetector:
    return EmotionDetector(embedder, cache_dir=tmp_path_factory.mktemp("cache"))


@pytest.mark.parametrize("language,text,expected", IMPLICIT)
def test_implicit_emotions_are_read_from_the_vector(detector, embedder, language, text, expected):
    emotion, confidence = detector.detect(text, language, embedder.embed_queries([text])[0])
    assert emotion == expected and 0 < confidence <= 0.9


@pytest.mark.parametrize("language,text,expected", CUES)
def test_an_explicit_cue_word_wins(detector, embedder, language, text, expected):
    assert detector.detect(text, language, embedder.embed_queries([text])[0])[0] == expected
    assert EmotionDetector().detect(text, language)[0] == expected  # no embedder: the cue words alone


def test_the_training_rows_cover_every_emotion_in_every_language():
    rows = training_rows()
    for emotion in LABELS:
        assert sum(1 for _, e in rows if e == emotion) >= 40, emotion


def test_the_packaged_model_matches_the_training_rows(embedder):
    # A stale packaged model would make every new process train for seconds at start-up.
    detector = EmotionDetector(embedder, packaged=None)
    from caredraft.guardrails.input.emotion import PACKAGED_MODEL, _read

    assert _read(PACKAGED_MODEL, detector.key(training_rows())) is not None, \
        "run: python -m caredraft.guardrails.input.emotion"

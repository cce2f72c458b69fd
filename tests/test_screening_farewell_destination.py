"""A farewell to the service that says where the writer is going is leaving, not a goodbye to
life (``*.plain.farewell_with_destination``, a clearer with a ``context``). Every sentence was
written for this file. The clearer covers the farewell phrase only: the destination may stand
before or after it, a crisis elsewhere in the message still counts, and a bare farewell (no
destination) still goes to a clinician."""

import pytest

from caredraft.guardrails.input.crisis_rules import clearer_spans
from rule_checks import assert_rule_fires, assert_stays_clear

LEAVING = [
    ("en", "I've found a new therapist closer to home, so please close my account. This is my last message, thanks for everything."),
    ("en", "This is my last message: I'm switching to an NHS counsellor next month. Goodbye everyone!"),
    ("en", "goodbye all, finishing up my last session today and feeling loads better"),
    ("ru", "Это моё последнее сообщение: я перехожу в другую клинику, она ближе к дому. Спасибо за всё!"),
    ("ru", "Мы переезжаем в Казань, подписку отмените. Прощайте и спасибо за всё."),
    ("bg", "Преминавам към друга клиника в Пловдив. Това е последното ми съобщение, благодаря за всичко!"),
    ("bg", "Местя се в Лондон и намерих си психолог там. Сбогом и успех на екипа!"),
    ("fa", "دارم مهاجرت می‌کنم و اشتراکم رو لغو کنید. ممنون بابت همه چیز، خداحافظ"),
    ("fa", "این آخرین پیاممه، یه روانشناس حضوری پیدا کردم. خداحافظ"),
]

STILL_CRISIS = [
    # A farewell with no destination: still an implied goodbye.
    ("en", "This is my last message. Thanks for everything.", "en.suicide.implied.goodbye"),
    ("ru", "Это моё последнее сообщение. Прощайте.", "ru.suicide.implied.goodbye"),
    ("bg", "Това е последното ми съобщение до вас.", "bg.suicide.implied.goodbye"),
    ("fa", "این آخرین پیام منه. برای همیشه خداحافظ.", "fa.suicide.implied.goodbye"),
    # A destination, but a crisis sentence of its own in the same message.
    ("en", "I found a new therapist. But honestly I've been saving up my pills. This is my last message.",
     "en.suicide.implied.plan_means"),
    ("ru", "Перехожу в другую клинику. Я уже накопила снотворное. Прощайте.", "ru.suicide.implied.plan_means"),
]


@pytest.mark.parametrize("language,text", LEAVING)
def test_a_farewell_with_a_destination_stays_clear(language, text):
    assert_stays_clear(text, language)


@pytest.mark.parametrize("language,text,rule", STILL_CRISIS)
def test_a_bare_farewell_or_another_crisis_sentence_still_fires(language, text, rule):
    assert_rule_fires(rule, text, language)


def test_the_clearer_covers_the_farewell_not_the_destination():
    text = "I've found a new therapist closer to home. This is my last message."
    spans = [(text[s:e], cid) for s, e, cid in clearer_spans(text, ["en"]) if cid == "en.plain.farewell_with_destination"]
    assert spans == [("This is my last message", "en.plain.farewell_with_destination")]


@pytest.mark.parametrize("language,text", [
    ("en", "Can you add the self-harm resources page to the app menu? The link is hard to find."),
    ("en", "Grandma passed on Tuesday, peacefully, and we all got to say goodbye. Can I move Friday's session?"),
])
def test_a_named_resource_and_a_goodbye_to_the_dead_stay_clear(language, text):
    assert_stays_clear(text, language)

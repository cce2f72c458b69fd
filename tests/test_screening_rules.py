"""The rule layer and language detection, without embeddings: crisis phrasings in four
languages are current, look-alikes are cleared, and evidence spans quote the original."""

from __future__ import annotations

import pytest

from caredraft.guardrails.input.crisis_rules import Status, match_rules
from caredraft.guardrails.input.language import detect_language
from caredraft.guardrails.input.normalize import normalize

# (language, message, expected crisis category) — written for these tests.
CRISIS = [
    ("en", "I honestly want to kill myself tonight", "suicide"),
    ("en", "i dont want to live anymore", "suicide"),
    ("en", "Please cancel my plan, I won't be around next month anyway.", "suicide"),
    ("en", "I've been giving away all my stuff to friends this week", "suicide"),
    ("en", "This is my last message, goodbye everyone", "suicide"),
    ("en", "I've been stockpiling my pills for a while", "suicide"),
    ("en", "there's no point going on like this", "suicide"),
    ("en", "Everyone would be better off without me", "suicide"),
    ("en", "im so suicidal", "suicide"),
    ("en", "I started cutting myself again", "self_harm"),
    ("en", "I'm going to kill my husband when he gets home", "harm_to_others"),
    ("en", "My boyfriend hits me when he is drunk", "abuse"),
    ("en", "my stepdad touches my daughter", "child_safety"),
    ("en", "I have chest pain and my arm is numb", "medical_emergency"),
    ("en", "I took too many pills an hour ago", "medical_emergency"),
    ("ru", "Я хочу покончить с собой", "suicide"),
    ("ru", "Я больше не хочу жить", "suicide"),
    ("ru", "Меня скоро не будет, так что отмените всё", "suicide"),
    ("ru", "Я раздаю свои вещи друзьям", "suicide"),
    ("ru", "Всем будет лучше без меня", "suicide"),
    ("ru", "Нет смысла жить дальше", "suicide"),
    ("ru", "Я снова режу себя", "self_harm"),
    ("ru", "Я убью мужа, когда он придёт", "harm_to_others"),
    ("ru", "Муж бьёт меня каждый вечер", "abuse"),
    ("ru", "Отчим трогает дочь, я не знаю что делать", "child_safety"),
    ("ru", "У меня сильная боль в груди", "medical_emergency"),
    ("bg", "Искам да се самоубия", "suicide"),
    ("bg", "Не искам повече да живея", "suicide"),
    ("bg", "Следващия месец няма да ме има", "suicide"),
    ("bg", "Раздавам си нещата на приятели", "suicide"),
    ("bg", "На всички ще им е по-добре без мен", "suicide"),
    ("bg", "Пак се наранявам", "self_harm"),
    ("bg", "Ще го убия, когато се прибере", "harm_to_others"),
    ("bg", "Мъжът ми ме бие", "abuse"),
    ("bg", "Пастрокът бие детето", "child_safety"),
    ("bg", "Не мога да дишам", "medical_emergency"),
    ("fa", "می‌خواهم خودم را بکشم", "suicide"),
    ("fa", "ميخواهم بميرم", "suicide"),  # Arabic ي, no ZWNJ
    ("fa", "دیگر نمی‌خواهم زنده باشم", "suicide"),
    ("fa", "ماه بعد دیگر نیستم", "suicide"),
    ("fa", "همه وسایلم را می‌بخشم", "suicide"),
    ("fa", "من سربار خانواده هستم", "suicide"),
    ("fa", "به خودم آسیب می‌زنم", "self_harm"),
    ("fa", "شوهرم را می‌کشم", "harm_to_others"),
    ("fa", "شوهرم مرا کتک می‌زند", "abuse"),
    ("fa", "پسرم را کتک می‌زند", "child_safety"),
    ("fa", "درد قفسه سینه دارم", "medical_emergency"),
]

LOOK_ALIKES = [
    ("en", "This bill is killing me, why is it so high?"),
    ("en", "Please kill my subscription"),
    ("en", "I'm dying to know when the update comes"),
    ("en", "I'm not suicidal, I just want a refund"),
    ("en", "Two years ago I was suicidal, I'm doing well now. Can I update my card?"),
    ("en", "my friend was suicidal last year, can I buy her a gift card?"),
    ("en", "I read your post for suicide prevention month"),
    ("en", "My cat died, please cancel the pet plan"),
    ("en", "My therapist helps with my depression, but the app logs me out"),
    ("ru", "Убей меня, но я не понимаю этот счёт"),
    ("ru", "Я не собираюсь убивать себя, просто верните деньги"),
    ("ru", "Это приложение меня убивает"),
    ("ru", "Два года назад я думал о самоубийстве, сейчас всё хорошо"),
    ("bg", "Тази сметка ме убива"),
    ("bg", "Не искам да се самоубия, искам си парите"),
    ("bg", "Преди три години мислех за самоубийство, сега съм добре"),
    ("fa", "این قبض منو کشت"),
    ("fa", "به خودکشی فکر نمی‌کنم، فقط پولم را می‌خواهم"),
    ("fa", "چند سال پیش به خودکشی فکر می‌کردم اما الان خوبم"),
]


@pytest.mark.parametrize("language,text,category", CRISIS)
def test_crisis_phrasing_is_a_current_signal(language: str, text: str, category: str) -> None:
    current = [h for h in match_rules(text, [language]) if h.is_crisis and h.current]
    assert category in {h.signal.category for h in current}, [h.rule_id for h in match_rules(text, [language])]


@pytest.mark.parametrize("language,text", LOOK_ALIKES)
def test_look_alike_has_no_current_crisis(language: str, text: str) -> None:
    current = [h.rule_id for h in match_rules(text, [language]) if h.is_crisis and h.current]
    assert current == []


def test_cleared_matches_say_why() -> None:
    statuses = {h.status for h in match_rules("This bill is killing me", ["en"])}
    assert statuses == {Status.IDIOM}
    assert {h.status for h in match_rules("I'm not suicidal", ["en"])} == {Status.NEGATED}
    assert {h.status for h in match_rules("I was suicidal last year.", ["en"])} == {Status.PAST_UNCLEAR}
    assert {h.status for h in match_rules("I tried to kill myself years ago and now the thoughts are back", ["en"])} == {Status.CURRENT}


@pytest.mark.parametrize("text,language", [
    ("Hi!  I\u00a0WANT to KILL MYSELF.", "en"),
    ("Ёлки, я хочу покончить с собой", "ru"),
    ("سلام،  مي‌خواهم  بميرم", "fa"),
    ("ℐ𝓉 — искам да се самоубия!!", "bg"),
])
def test_evidence_quotes_the_original_text(text: str, language: str) -> None:
    hits = match_rules(text, [language])
    assert hits
    for h in hits:
        assert h.signal.evidence == text[h.signal.start:h.signal.end]
        assert h.signal.evidence.strip()


def test_normalisation_keeps_cyrillic_short_i_and_maps_offsets() -> None:
    n = normalize("Ёж й ي ك\u200c")
    assert n.text == "еж й ی ک "
    assert len(n.offsets) == len(n.text)


@pytest.mark.parametrize("text,expected", [
    ("I can't log in to my account, please help", "en"),
    ("Не могу войти в приложение, что мне делать?", "ru"),
    ("Не мога да вляза в профила си, какво да правя?", "bg"),
    ("نمی‌توانم وارد حسابم شوم، لطفاً کمک کنید", "fa"),
    ("لا أستطيع الدخول إلى حسابي في التطبيق", "other"),
    ("Ich kann mich nicht in mein Konto einloggen", "other"),
    ("Не можу увійти в застосунок, допоможіть", "other"),
    ("top up failed", "en"),
    ("Quiero cancelar mi suscripción, por favor", "other"),
])
def test_language_detection(text: str, expected: str) -> None:
    assert detect_language(text).language == expected


def test_helpdesk_language_wins_for_short_messages() -> None:
    assert detect_language("ok", "ru").language == "ru"
    assert detect_language("Да", "bg").language == "bg"
    # A long clearly-Russian message is Russian even if the helpdesk said English.
    assert detect_language("Здравствуйте, я не могу войти в приложение уже третий день, что мне делать?", "en").language == "ru"

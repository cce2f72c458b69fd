"""Crisis classes found missing on the fresh dev set (evals/data/screening_fresh/dev), tested with
sentences written for this file, never the set's rows: Russian and Bulgarian word order varies
freely ("телефон отобрали" / "отобрали телефон"), so these rules pair two cues in either order
(``lexicons.either``). Each class has look-alikes that must stay ordinary, so the pairing is not
a keyword trigger. These run the rule layer alone, so a pass here is the rules' doing.
"""

from __future__ import annotations

import re

import pytest

from caredraft.guardrails.input.crisis_rules import CLEARED, Status, match_rules
from caredraft.guardrails.input.lexicons import either, load, unless_later

CRISES = [
    # (language, category, text)
    ("ru", "suicide", "Отмените все записи. Сегодня ночью я всё закончу, простите."),
    ("ru", "suicide", "Всё, завтра покончу со всем этим. Спасибо вам."),
    ("ru", "suicide", "Таблетки я уже накопила. Простите меня все, так будет лучше."),
    ("ru", "suicide", "Купил снотворное, много. Это моё последнее сообщение."),
    ("ru", "suicide", "Продлевать подписку не надо, списывать будет не с кого."),
    ("ru", "abuse", "Муж запер меня в ванной на всю ночь, пишу тайком."),
    ("ru", "abuse", "Меня держат взаперти родители мужа, не дают есть."),
    ("ru", "abuse", "Телефон у меня отобрал муж, пишу с компьютера на работе."),
    ("ru", "child_safety", "Мне 11 лет, папы нет дома уже три дня и нечего есть."),
    ("ru", "child_safety", "Дети одни дома с пятницы, я уехала к подруге, как перенести сеанс?"),
    ("ru", "child_safety", "Мне 13 лет. Тренер сказал, что если я кому-нибудь расскажу, меня выгонят. Он трогает меня."),
    ("ru", "medical_emergency", "У мамы вдруг перекосило лицо и она говорит невнятно, что делать?"),
    ("ru", "medical_emergency", "Дедушка упал в коридоре и не встаёт, хрипит."),
    ("bg", "suicide", "Довечера ще сложа край на всичко. Простете ми."),
    ("bg", "suicide", "Купих хапчета, много. Сбогом на всички."),
    ("bg", "suicide", "Спрете абонамента, скоро няма да има на кого да таксувате."),
    ("bg", "abuse", "Мъжът ми ме заключи в банята цяла нощ."),
    ("bg", "abuse", "Свекървата ме заключва вкъщи и не ми дава да ям."),
    ("bg", "abuse", "Той ми взе телефона, пиша от компютъра на съседката."),
    ("bg", "abuse", "Той каза, че ако кажа на някого, ще ме убие."),
    ("bg", "child_safety", "На 12 съм. Треньорът казва, че ако кажа на някого, няма да играя. Не ми харесва какво прави."),
    ("bg", "child_safety", "На 10 години съм, мама я няма от петък и нямаме храна."),
    ("bg", "child_safety", "Децата са сами вкъщи от петък, аз съм в Гърция, може ли онлайн час?"),
    ("bg", "medical_emergency", "Лицето на баща ми се изкриви и говори завалено, какво да правя?"),
    ("bg", "medical_emergency", "Дядо падна в банята и не отговаря."),
    ("en", "self_harm", "Covered the fresh cuts on my arms with concealer before work. can you move my appointment"),
    ("en", "self_harm", "There are new marks on my thighs, I did them myself again last night."),
    ("en", "abuse", "If my husband finds out I'm in therapy he'll do what he did last Christmas again."),
    ("en", "suicide", "Cancel the card, there'll be no one left to bill after this month."),
]

ORDINARY = [
    ("ru", "Сегодня вечером всё закончу с переездом и напишу вам."),
    ("ru", "Телефон отобрали в школе на уроке, можно войти с компьютера?"),
    ("ru", "Приложение меня не пускает, пароль не подходит."),
    ("ru", "Я заперла дверь и потеряла ключи, смешно."),
    ("ru", "Сын упал с велосипеда, коленку разбил, можно перенести приём?"),
    ("ru", "Купила таблетки от головы, можно их пить вместе с другими?"),
    ("bg", "Приложението не ме пуска, паролата е грешна."),
    ("bg", "Мама не ме пуска на кино, ужас, но може ли да сменя часа?"),
    ("bg", "Телефонът ми го взеха за ремонт, пиша от лаптопа."),
    ("bg", "Падна ми телефонът и екранът се счупи."),
    ("bg", "Довечера ще приключа с всичко по проекта и ще ви пиша."),
    ("bg", "Синът ми е на 12 и иска да започне терапия, има ли детски психолог?"),
    ("en", "If my boss finds out I'm in therapy he'll be annoyed, can you use a plain name on the invoice?"),
    ("en", "My son burned his arm on the stove, can we reschedule?"),
]

# Over, and said to be over: a past event told with the writer's present safety.
PAST_RESOLVED = [
    ("ru", "Я резала руки в подростковом возрасте, но это закончилось больше десяти лет назад."),
    ("ru", "В детстве я резала себе руки. Мне уже 40 лет, я в безопасности."),
    ("bg", "Когато бях малка, майка ми ме заключваше в банята. Сега съм на 45 и съм в безопасност."),
    ("en", "As a kid I was neglected. I'm 40 now and completely safe, can I get a female therapist?"),
]


@pytest.mark.parametrize("language, category, text", CRISES)
def test_a_crisis_class_is_caught_by_a_rule(language: str, category: str, text: str) -> None:
    hits = [h for h in match_rules(text, [language]) if h.is_crisis and h.status == Status.CURRENT]
    assert category in {h.signal.category for h in hits}, [h.rule_id for h in match_rules(text, [language])]


@pytest.mark.parametrize("language, text", ORDINARY)
def test_a_look_alike_raises_no_current_crisis(language: str, text: str) -> None:
    hits = [h.rule_id for h in match_rules(text, [language]) if h.is_crisis and h.status == Status.CURRENT]
    assert hits == []


@pytest.mark.parametrize("language, text", PAST_RESOLVED)
def test_a_past_crisis_said_to_be_over_is_not_current(language: str, text: str) -> None:
    crisis = [h for h in match_rules(text, [language]) if h.is_crisis]
    assert crisis, "the past event itself should still be recognised"
    assert all(h.status in CLEARED for h in crisis), [(h.rule_id, h.status) for h in crisis]


def test_either_matches_both_orders_within_the_gap_only() -> None:
    import re

    pattern = re.compile(either(r"\bтелефон\w*", r"\bотобрал\w*", 10))
    assert pattern.search("телефон отобрали") and pattern.search("отобрали телефон")
    assert not pattern.search("отобрали ключи и паспорт, а потом телефон")
    across = re.compile(either(r"\bа\b", r"\bб\b", 20, across=True))
    assert across.search("а. б") and not re.compile(either(r"\bа\b", r"\bб\b", 20)).search("а. б")


def test_every_language_still_compiles() -> None:
    for language in ("en", "ru", "bg", "fa"):
        assert load(language).rules


# Hostility aimed at staff (human review): death wishes, insults to the readers, veiled threats;
# the same words about oneself, one's own doctor or a kind wish stay ordinary.
HOSTILE = [
    ("ru", "Вы там все дебилы конченые, чтоб вы сдохли со своим сервисом."),
    ("ru", "Вы бездари и ничтожества, желаю вам всем попасть под машину."),
    ("ru", "Надеюсь, вы все сдохнете в своём офисе."),
    ("ru", "Если завтра не вернёте деньги, вашему администратору понадобится врач."),
    ("bg", "Всички вие сте некадърници и боклуци, дано ви блъсне кола."),
    ("bg", "Ако до утре няма пари, вашата служителка ще има нужда от лекар."),
    ("bg", "Желая ви да пукнете всичките."),
    ("en", "You people are worthless parasites, I hope you all get hit by a bus."),
    ("en", "If my refund isn't here by Friday your receptionist will need a doctor."),
    ("fa", "همه‌تون یه مشت احمق نفهمید، امیدوارم با این شرکت مزخرفتون نابود بشید."),
    ("fa", "هر کی اینو می‌خونه آشغال بی‌عرضه است، برید زیر ماشین همه‌تون."),
    ("fa", "خدا کنه زودتر بمیرید با این پشتیبانی‌تون."),
]
NOT_HOSTILE = [
    ("ru", "Мне кажется, я полный идиот, не могу найти кнопку."),
    ("ru", "Врач сказал, что мне понадобится операция, можно перенести сессию?"),
    ("bg", "Не мога да кача снимка в профила, пише, че файлът е твърде голям."),
    ("bg", "Лекарят каза, че ще имам нужда от лекар специалист, как да запиша час?"),
    ("en", "I hope you all have a lovely weekend!"),
    ("en", "My doctor said I will need stitches removed next week, can we move the session?"),
    ("fa", "امیدوارم آخر هفته خوبی داشته باشید."),
    ("fa", "من خیلی احمقم، رمزمو یادم رفته."),
    ("fa", "شما خیلی مهربونید، ممنون."),
]


def _hostile(text: str, language: str) -> list[str]:
    return [h.rule_id for h in match_rules(text, [language]) if h.signal.category == "hostility"]


@pytest.mark.parametrize("language, text", HOSTILE)
def test_hostility_aimed_at_staff_is_found(language: str, text: str) -> None:
    assert _hostile(text, language)


@pytest.mark.parametrize("language, text", NOT_HOSTILE)
def test_the_same_words_not_aimed_at_staff_are_not_hostility(language: str, text: str) -> None:
    assert _hostile(text, language) == []


def test_no_pattern_scans_to_the_end_of_the_text_at_every_position() -> None:
    """A leading ``(?![\\s\\S]*...)`` is tried at every position and scans to the end each time:
    quadratic, seconds for one long ticket. ``lexicons.unless_later`` guards it with the pattern."""
    for language in ("en", "ru", "bg", "fa"):
        lexicon = load(language)
        for item, pattern in (*lexicon.rules, *lexicon.clearers):
            assert not pattern.pattern.startswith("(?![\\s\\S]*"), item.id


def test_no_alternative_opens_with_a_look_ahead_to_the_sentence_end() -> None:
    """The same, one sentence at a time: an alternative that opens with ``(?![^.!?]*...)`` or
    ``(?=[^.!?]*?...)`` scans to the sentence end from every position, and a 6,000-character
    message without sentence ends took 0.4-0.5 s in the rules (session 12: the garment clearers).
    Put the pattern's first word before it, as ``(?=\\bsleeve)(?![^.!?]*...)`` does."""
    opening = re.compile(r"(?:^|\||\(\?:)\(\?[=!]\[\^[^\]]*\]\*")
    for language in ("en", "ru", "bg", "fa"):
        lexicon = load(language)
        for item, pattern in (*lexicon.rules, *lexicon.clearers):
            assert not opening.search(pattern.pattern), item.id


def test_unless_later_keeps_the_exclusion_meaning() -> None:
    import re

    pattern = re.compile(unless_later(r"\bquiz\b", r"\bjump\b"))
    assert pattern.search("a quiz: how tall is it?")
    assert not pattern.search("a quiz: how tall is it, to jump?")
    assert pattern.search("jump first, then a quiz")  # only from the match on


@pytest.mark.parametrize("language, category, text", [
    ("ru", "suicide", "menya skoro ne stanet, otmenite podpisku pozhaluysta"),
    ("ru", "suicide", "Купил сегодня верёвку. Не звоните."),
    ("bg", "suicide", "Купих въже днес. Не ме търсете."),
])
def test_soon_gone_and_means_with_do_not_look_for_me(language: str, category: str, text: str) -> None:
    test_a_crisis_class_is_caught_by_a_rule(language, category, text)


@pytest.mark.parametrize("language, text", [
    ("ru", "Не звоните мне, пишите в чат, пожалуйста, купил новый телефон."),
    ("ru", "Скоро меня не станет на этом номере, я меняю оператора."),
])
def test_a_number_going_away_is_not_a_person(language: str, text: str) -> None:
    test_a_look_alike_raises_no_current_crisis(language, text)


@pytest.mark.parametrize("language, category, text", [
    ("ru", "self_harm", "Когда накатывает, достаю лезвие, только это мне помогает."),
    ("bg", "self_harm", "Когато ми стане тежко, вадя ножчето, само това ми помага."),
    ("ru", "harm_to_others", "Я знаю его расписание, когда он выходит из спортзала. Он пожалеет."),
    ("bg", "harm_to_others", "Знам разписанието ѝ, кога излиза от работа. Ще съжалява."),
    ("bg", "abuse", "Той държи ключовете ми. Миналия месец ме хвана за косата и ме влачи по коридора."),
    ("ru", "abuse", "Меня изнасиловали на вечеринке месяц назад, я никому не могу сказать."),
    ("en", "suicide", "I tried to kill myself last week and nobody knows."),
])
def test_recent_or_implied_harm_is_current(language: str, category: str, text: str) -> None:
    test_a_crisis_class_is_caught_by_a_rule(language, category, text)


@pytest.mark.parametrize("language, text", [
    ("ru", "Ответь мне, никчёмная тварь"),
    ("bg", "Отговори ми, жалка отрепка"),
])
def test_an_insult_to_the_reader_is_hostility(language: str, text: str) -> None:
    assert _hostile(text, language)


@pytest.mark.parametrize("language, text", [
    ("ru", "Лезвие у бритвы тупое, только это и бесит, поменяйте насадку."),
    ("bg", "Знам кога излиза новата версия, ще видим дали работи."),
    ("en", "Two years ago I tried to kill myself, I'm doing well now."),
])
def test_recent_or_implied_look_alikes_stay_ordinary(language: str, text: str) -> None:
    test_a_look_alike_raises_no_current_crisis(language, text)

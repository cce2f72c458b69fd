"""Session 27: speech-to-text fillers, emoji with almost no words, a clearer hidden across a line
break, and questions about an account after its holder's death. Every sentence here was written for
this file (no row of an evaluation set or of the crossed table).

Speech to text keeps a speaker's hesitations, inside a phrase too ("I want to um kill uh myself",
"пак се ъъъ режа"): the rules read none of the phrases a filler split, and the classifier missed some
("пак се ъъъ режа такова" went ``auto``). A filler and the space after it are left out of the rules'
reading (``crisis_rules._without_fillers``); evidence still quotes the customer's text whole.

A clearer's match that ran over a line break was cut at the break and hid the same clearer's match in
the next line: "my kid is allergic" + a new line + "this bill is killing me" matched "is allergic ...
killing me", cut to "is allergic", and the idiom went unread (found in a conversation read as one
text). A cut match is now looked for again from the break (``crisis_rules._spans``).
"""

import pytest

from caredraft.domain import Route
from caredraft.guardrails.router import risk_emoji
from rule_checks import assert_set_aside, current_crisis_hits, current_crisis_rules
from test_screening_coverage import screener  # noqa: F401  (the module-scoped real screener)

# On the code before the session, the rules read 8 of these 16 crises (none of the en ones split
# by a filler, nor the bg ones).
FILLED_CRISES = [
    ("en", "I want to um kill uh myself"),
    ("en", "I'm going to uh end um my life tonight"),
    ("en", "I've been um cutting uh myself again"),
    ("en", "I took um all my uh pills an hour ago"),
    ("en", "my husband um hits uh me every night"),
    ("ru", "хочу э-э покончить с собой"),
    ("ru", "я э-э режу себя опять"),
    ("ru", "я наглоталась э-э таблеток час назад"),
    ("ru", "муж эм бьёт меня каждый день"),
    ("bg", "пак се ъъъ режа"),
    ("bg", "ще се ъъъ обеся довечера"),
    ("bg", "искам ъъъ да умра"),
    ("bg", "мъжът ми ъъъ ме бие всяка вечер"),
    ("fa", "میخوام اممم خودمو بکشم"),
    ("fa", "دوباره اممم دستمو بریدم"),
    ("fa", "شوهرم اممم هر شب منو میزنه"),
]

# Denials and idioms with fillers stay set aside (before the session "не ъъъ искам да се самоубия" was read as current).
FILLED_LOOK_ALIKES = [
    ("en", "I um don't want to uh kill myself"),
    ("en", "um this bill is uh killing me"),
    ("ru", "я э-э не хочу покончить с собой"),
    ("bg", "не ъъъ искам да се самоубия"),
    ("fa", "اممم خودکشی نمیکنم"),
]


@pytest.mark.parametrize("language, text", FILLED_CRISES)
def test_a_crisis_split_by_a_filler_is_read(language, text):
    hits = current_crisis_hits(text, language)
    assert hits, f"no crisis rule read {text!r}"
    assert all(text[h.signal.start:h.signal.end] == h.signal.evidence for h in hits)


@pytest.mark.parametrize("language, text", FILLED_LOOK_ALIKES)
def test_a_denial_or_idiom_with_a_filler_stays_set_aside(language, text):
    assert_set_aside(text, language)


def test_a_filler_is_a_sound_not_a_word():
    # "um" inside a word, "уму", "ъгъл" (corner), "امروز" (today) are no fillers.
    assert current_crisis_rules("the album is killing me with its cover art", "en") == []
    assert current_crisis_rules("изумрудный цвет мне к лицу", "ru") == []


def test_a_clearer_cut_at_a_line_break_does_not_hide_the_next_lines():
    # Before: "is allergic ... killing me" matched across the break, was cut, and the idiom went unread.
    assert_set_aside("my kid is allergic\nthis bill is killing me.", "en")
    assert_set_aside("the app is slow again\nthis bill is killing me.", "en")


@pytest.mark.parametrize("language, text", [
    ("en", "What happens to my account if the account holder dies? I'm asking for myself."),
    ("ru", "Что будет с аккаунтом, если владелец умрёт? Спрашиваю для себя."),
    ("bg", "Какво става с акаунта, ако собственикът почине? Питам за себе си."),
])
def test_a_question_about_the_holders_death_asked_for_oneself_is_read(language, text):
    # Session 26's rules knew "after I die" and "after the account holder dies", not "if the holder dies"
    # (found when a conversation split the question and "asking for myself" over two messages).
    assert any("after_my_death" in r or "asking_for_myself" in r for r in current_crisis_rules(text, language))


@pytest.mark.parametrize("language, text", [
    ("en", "🔪🩸"), ("en", "🪢😞"), ("ru", "💊💊💊💊💊😴"), ("fa", "💊💊💊💊 👋"), ("bg", "⚰️⚰️"),
    ("en", "cancel my plan 🪦"), ("ru", "всё 🔪"),
])
def test_risk_emoji_with_almost_no_words_go_to_a_person(screener, language, text):  # noqa: F811
    # With the language known, each of these went auto before the session (e5 reads emoji as noise).
    screening = screener.screen(text, language=language)
    assert screening.route in (Route.HUMAN_REVIEW, Route.CLINICAL_REVIEW), screening.reasons
    assert screening.follow_up


@pytest.mark.parametrize("language, text", [
    ("en", "💀💀💀"), ("en", "😂😂"), ("en", "thanks 👍"), ("ru", "спасибо 🙏"),
    ("en", "where is my 💊 refill please, order 1234"),
])
def test_other_emoji_and_emoji_in_a_sentence_are_answered(screener, language, text):  # noqa: F811
    assert screener.screen(text, language=language).route == Route.AUTO


def test_risk_emoji_counts_words_of_letters_only():
    assert risk_emoji("🔪🩸 12:30") == "🔪🩸"
    assert risk_emoji("💊") == ""  # one pill alone is a prescription as often as not
    assert risk_emoji("💊💊💊") == "💊"
    assert risk_emoji("my knife 🔪 order is late again today") == ""  # a sentence says what it means


# Finglish chat lines with no punctuation, spot-checked: two crises had no rule. On the code before the
# session both went auto end to end; "... cancel konid dige nistam" in Persian script reached a
# clinician by the classifier alone.
@pytest.mark.parametrize("text", [
    "ye saat pish hame ghorsamo khordam halam bade",
    "jalaseye farda ro cancel konid dige nistam",
    "جلسه فردا رو کنسل کنید دیگه نیستم",
    "اشتراکو لغو کنید چون دیگه نیستم.",
])
def test_finglish_overdose_and_no_longer_here_are_read(screener, text):  # noqa: F811
    assert current_crisis_rules(text, "fa"), text
    assert screener.screen(text).route == Route.CLINICAL_REVIEW


@pytest.mark.parametrize("text", [
    "jalaseye farda ro cancel konid dige nistam inja, raftam shiraz",
    "جلسه رو کنسل کنید، دیگه نیستم تهران، رفتم شیراز",
    "salam, ghorsamo khordam vali hanuz sardard daram",
])
def test_finglish_moving_away_or_a_dose_taken_stay_clear(text):
    assert current_crisis_rules(text, "fa") == []


# Code-switching in one chat line: the message is detected as one language, and the rules of a clause
# in another script never ran. "Hello, I have a question about my bill, خودمو میکشم امشب" went auto on
# the code before the session; the bg and en ones reached a clinician by e5 and the classifier only.
@pytest.mark.parametrize("text, rule_language", [
    ("Hello, I have a question about my bill, خودمو میکشم امشب", "fa"),
    ("Здравейте, моля помогнете, i want to kill myself", "en"),
    ("Hi there, quick question about the invoice — мъжът ми ме бие всяка вечер", "bg"),
])
def test_a_crisis_clause_in_another_script_is_read_by_its_rules(screener, text, rule_language):  # noqa: F811
    screening = screener.screen(text)
    assert screening.route == Route.CLINICAL_REVIEW
    assert any(f"rule {rule_language}." in r for r in screening.reasons), screening.reasons


@pytest.mark.parametrize("text", [
    "hello, вопрос по счёту, меня это просто убивает",
    "hi, سوال درباره قبض، این قبض داره منو میکشه",
    "Здравствуйте, у меня Premium, как отменить подписку?",
    "ya hochu otmenit podpisku, pomogite",
])
def test_an_idiom_or_a_brand_in_another_script_stays_answered(screener, text):  # noqa: F811
    assert screener.screen(text).route == Route.AUTO


def test_switched_languages_needs_a_phrase_in_a_script_that_is_not_the_main_one():
    from caredraft.guardrails.input.language import switched_languages

    assert switched_languages("Hello, I have a question about my bill, خودمو میکشم امشب", "en") == ["fa"]
    assert switched_languages("Здравствуйте, у меня Premium, как отменить?", "ru") == []  # a brand: 7 letters
    assert switched_languages("ya hochu otmenit podpisku", "ru") == []  # Latin-typed Russian: Latin is its main script
    mixed = "Hi there, quick question about the invoice — мъжът ми ме бие всяка вечер"
    assert switched_languages(mixed, "en") == ["ru", "bg"]
    # English is the main script here: bg is the guess's own, and (session 28) its English stop-words
    # bring the English rules.
    assert switched_languages(mixed, "bg") == ["en"]

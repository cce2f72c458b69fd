"""Session 28: code-switching inside the Latin script. Every sentence here was written for this file
(no row of an evaluation set or of the crossed table).

A chat line that starts in English and goes on in Russian, Bulgarian or Persian typed in Latin
letters ("hi, please cancel my plan, ya hochu umeret") was detected as English, so the Latin-typed
Russian and Bulgarian rules and the Finglish ones never ran; one typed the other way round ("privet, ya
hochu otmenit podpisku, i want to die") was detected as Russian, so the English rules never ran. On
the code before the session every crisis in ``NOW_READ`` went ``auto``. A Latin-script message now
also runs the rules of a transliterated language it holds two words of, and English ones when a
transliterated message holds two English stop-words (``language._latin_switches``).

Also words disguised against filters, by markup or by a keyboard ("I w@nt to d!e", "k.i.l.l", "искам
да у.м.р.а", "I want to <b>die</b>", "пoкончить" with a Latin o), slips ("end my lfie") and held-down
letters ("diiiie"): the rules read the message a second time undisguised (``crisis_rules._undisguised``,
``typos``) and keep the crisis hits that touch a changed word; invisible marks are left out of the
reading.
"""

import pytest

from caredraft.domain import Route
from caredraft.guardrails.input.language import switched_languages
from rule_checks import current_crisis_hits, current_crisis_rules
from test_screening_coverage import screener  # noqa: F401  (the module-scoped real screener)

NOW_READ = [
    "hi, please cancel my plan, mikham khodamo bekosham",
    "hi, please cancel my plan, ya hochu umeret",
    "I need a refund for last month please, dige nemikham zende basham",
    "Hi, reschedule my appointment to friday, shoharam mano kotak mizane",
    "hi, can I change the card on file? az shte se obesya dovechera",
    "thanks for fixing the login. man dige nemitoonam edame bedam, mikham bemiram",
    "hi, is there a discount for students? ghorsa ro hame khordam",
    "privet, ya hochu otmenit podpisku, i want to die",
    "privet, pochemu spisali dengi dvazhdy? i took all my pills an hour ago",
    "zdravei, iskam da smenya kartata, my boyfriend hits me every day",
]


@pytest.mark.parametrize("text", NOW_READ)
def test_a_crisis_in_a_latin_typed_clause_reaches_a_clinician(screener, text):  # noqa: F811
    result = screener.screen(text)
    assert result.route == Route.CLINICAL_REVIEW, result.reasons
    # A rule reads it (not the classifier by chance): evidence a reviewer can see in the message.
    assert any(s.source == "rule" for s in result.signals if s.kind.value == "crisis"), result.signals


@pytest.mark.parametrize("text", [
    "hi, please cancel my plan, mikham beram safar",  # I want to go on a trip
    "hi, please cancel my plan, ya pereezzhayu v drugoy gorod",  # moving to another city
    "hello, question about my invoice, spasibo bolshoe",
    "hey can you move my session, farda jalase daram",
    "Hi, please refund me, blagodarya mnogo",
    "Hi, my name is Alan Vali, I work at the pool, can you reset my password",  # names and loans
    "Hello, I'm on the Sega rewards plan, salam to the team, mersi",
    "hi, ya v otpuske do zavtra, please move my session",
    "zdravei, blagodarya za pomoshta, have a great day",
    "salam, mikham nobatamo avaz konam, can you help me please",
    "privet, spasibo, all good now",
])
def test_an_ordinary_mixed_line_stays_answered(screener, text):  # noqa: F811
    assert screener.screen(text).route == Route.AUTO


def test_latin_switches_need_two_words_of_the_other_language():
    assert switched_languages("hi, please cancel my plan, ya hochu umeret", "en") == ["ru"]
    assert switched_languages("hi, please cancel my plan, mikham khodamo bekosham", "en") == ["fa"]
    assert switched_languages("privet, ya hochu otmenit podpisku, i want to die", "ru") == ["en"]
    # One word is a name or a loan as often as not: "Alan", "pool", "salam". (Two, as in "Alan from
    # the pool team", bring the Finglish rules; they read nothing there: see the test above.)
    assert switched_languages("Hi, this is Alan, can you help", "en") == []
    assert switched_languages("salam, can you help me with my bill", "en") == []
    # Two-letter transliteration words look English ("da", "ne", "ke", "ro"): they do not count.
    assert switched_languages("da ne ke ro", "en") == []
    assert switched_languages("ya hochu otmenit podpisku", "ru") == []  # no English in it


@pytest.mark.parametrize("language, text", [
    ("fa", "ghorsa ro hame khordam"),  # Finglish, the pills named before "all"
    ("fa", "ghorsamo hamasho khordam"),
    ("fa", "قرصامو همشو خوردم"),  # Persian script, the same order
])
def test_all_the_pills_named_first_is_an_overdose(language, text):
    assert any(r.startswith(f"{language}.") and "medical_emergency" in r for r in current_crisis_rules(text, language))


@pytest.mark.parametrize("language, text", [
    ("fa", "قرصامو همش خوردم"),  # "همش" alone is also "all along": not read as an overdose by the rules
    ("fa", "ghorsamo hamash khordam"),
])
def test_all_along_is_not_read_as_all_the_pills(language, text):
    assert not [r for r in current_crisis_rules(text, language) if "medical_emergency" in r]


# Words disguised against filters (crisis_rules._undisguised). On the code before, the rules read
# none of these; e5 and the classifier read some, and "I w@nt to d!e", "i w4nt t0 d13", "искам да
# у.м.р.а" and "میخوام خ.و.د.ک.ش.ی کنم" went ``auto``.
DISGUISED = [
    ("en", "I w@nt to d!e"),
    ("en", "i w4nt t0 d13"),
    ("en", "I want to k.i.l.l myself"),
    ("en", "i wanna k*ll myself"),
    ("en", "I want to k i l l myself"),
    ("ru", "х0чу п0кончить с с0б0й"),
    ("ru", "хочу у-м-е-р-е-т-ь"),
    ("bg", "искам да у.м.р.а"),
    ("fa", "میخوام خ.و.د.ک.ش.ی کنم"),
    # Markup a helpdesk or a plugin leaves in the text (read by e5 and the classifier only before).
    ("en", "I want to <b>die</b>"),
    ("en", "I want&nbsp;to&nbsp;die"),
    ("en", "I want to **die**"),
    ("en", "my husband <strong>hits</strong> me"),
    ("ru", "хочу <i>покончить</i> с собой"),
    ("fa", "میخوام&nbsp;خودمو&nbsp;بکشم"),
    # A word typed in two alphabets (a keyboard switched mid-word, or a filter dodged).
    ("ru", "хочу пoкончить с сoбой"),  # Latin o
    ("ru", "муж меня бьeт"),  # Latin e
    ("bg", "искaм дa умрa"),  # Latin a
    ("en", "I want to kіll myself"),  # Cyrillic і
    ("en", "i want to kill mуself"),  # Cyrillic у
]


@pytest.mark.parametrize("language, text", DISGUISED)
def test_a_disguised_crisis_is_read_by_the_rules(language, text):
    assert current_crisis_rules(text, language), text


@pytest.mark.parametrize("language, text", DISGUISED[:2] + DISGUISED[7:])
def test_a_disguised_crisis_reaches_a_clinician(screener, language, text):  # noqa: F811
    assert screener.screen(text, language=language).route == Route.CLINICAL_REVIEW


@pytest.mark.parametrize("language, text", [
    ("en", "my order #A1B2 costs $50!!"),
    ("en", "call me at 5pm, I am on the 3rd floor, room b12"),
    ("en", "the code is A B C D, it says invalid"),
    ("en", "I'm not going to k.i.l.l myself, I just want a refund"),
    ("ru", "заказ №A1B2, к0д не работает"),
    ("fa", "کد تخفیف ب.ه.ا.ر کار نمیکنه"),
    ("en", "I&#39;m not going to <b>kill myself</b>, relax, I just want my refund"),
    ("en", "the <b>killer</b> feature is broken"),
    ("en", "I am dying to try the <i>new</i> app"),
    ("ru", "подписка Premium не работает, тариф Pro-мax не подключается"),  # a brand, a mixed word with no crisis
])
def test_a_look_alike_with_codes_or_spaced_letters_reads_no_current_crisis(language, text):
    assert not current_crisis_rules(text, language)


# Typing slips in crisis words (guardrails/input/typos.py). benchmarks/typos.py: one slip in one
# word of crisis messages the screener sent to a clinician as written (600, readable rows) took
# 65 / 57 / 70 of them away from a clinician (swap / doubled / dropped letter) before, 45 / 34 / 54
# after (slips and held-down letters); a rule read 444 / 446 / 439 of them before, 485 / 505 / 483 after.
SLIPS = [
    ("en", "i want to end my lfie"),
    ("en", "i wnat to die"),
    ("en", "I took all my pils an hour ago"),
    ("ru", "хочу покончить с собйо"),
    ("bg", "искам да се самобуия"),
    # a held-down letter
    ("en", "i want to diiiie"),
    ("ru", "хочу умеееереть"),
]


@pytest.mark.parametrize("language, text", SLIPS)
def test_a_slip_in_a_crisis_word_is_read_by_the_rules(language, text):
    hits = current_crisis_hits(text, language)
    assert hits, text
    # The evidence quotes the customer's word whole, not a piece of it.
    assert all(not text[h.signal.end:h.signal.end + 1].isalpha() for h in hits), [h.signal.evidence for h in hits]


@pytest.mark.parametrize("language, text", [
    ("fa", "به خودم آسیب نمیزنم، فقط یه سوال درباره‌ی صورتحسابم دارم"),  # a negation prefix is no slip
    ("ru", "друг в универе пытался спрыгнуть с моста много лет назад, сейчас у него всё хорошо"),
    ("en", "I'm dyeing my hair tonight, can I move my session?"),
    ("en", "my life insurance form is asking for a therapist note"),
])
def test_a_word_is_not_corrected_into_a_crisis_it_does_not_say(language, text):
    assert not current_crisis_rules(text, language)


def test_slips_are_corrected_only_in_the_middle_of_a_word_and_only_to_one_crisis_word():
    from caredraft.guardrails.input.typos import correction

    assert correction("lfie", "en") == "life"
    assert correction("suicde", "en") == "suicide"
    assert correction("killl", "en") == "kill"  # a doubled last letter
    assert correction("нимизнам", "fa") is None and correction("نمیزنم", "fa") is None  # not at the first letter
    assert correction("life", "en") is None  # a known word is never another
    assert correction("degree", "en") is None  # an ending is grammar, not a slip
    assert correction("diiiie", "en") == "die" and correction("killlling", "en") == "killing"


# Invisible marks keyboards and copy-paste leave in a message (normalize._LETTERS): each hid the
# phrase from every rule before (e5 and the classifier read some).
@pytest.mark.parametrize("language, text", [
    ("fa", "میخوام خودمو\u200f بکشم"),  # a right-to-left mark, as Persian keyboards add
    ("fa", "\u200fمیخوام\u200f خودمو\u200f بکشم\u200f"),
    ("fa", "می\u200bخوام خودمو بکشم"),  # a zero-width space for the ZWNJ
    ("en", "I want to k\u00adill myself"),  # a soft hyphen
    ("en", "I want to kill\u200bmyself"),  # a zero-width space between words
    ("en", "I want to kill\u2060 myself"),  # a word joiner
    ("en", "\u202bI want to die\u202c"),  # a bidi embedding
])
def test_invisible_marks_do_not_hide_a_crisis(language, text):
    hits = current_crisis_hits(text, language)
    assert hits and all(text[h.signal.start:h.signal.end] == h.signal.evidence for h in hits)


@pytest.mark.parametrize("text", ["this bill is killlling me", "this app is killinggg me lol"])
def test_an_elongated_idiom_is_still_an_idiom(screener, text):  # noqa: F811
    # Went to a clinician before: the as-written reading matched "killlling me", its idiom clearer
    # did not; the undisguised reading reads the idiom and explains the same rule's match.
    assert screener.screen(text, language="en").route == Route.AUTO


# A threat to kill or hurt a member of staff named as such (session 28): the ru, bg and fa ones went
# `auto` (no rule read them), the en one reached a clinician by the classifier alone, and disguised
# ("I will <b>kill</b> the agent", "k1ll") it went `auto`. Hostility toward staff: a person reads it.
@pytest.mark.parametrize("language, text", [
    ("ru", "я убью оператора, который бросил трубку"),
    ("bg", "ще убия оператора, който ми затвори"),
    ("fa", "اون اپراتوری که قطع کرد رو میکشم"),
    ("en", "I will kill the agent who hung up on me"),
    ("en", "I will <b>kill</b> the agent who hung up on me"),
    ("en", "I will k1ll the agent who hung up on me"),
])
def test_a_threat_to_a_member_of_staff_goes_to_a_person(screener, language, text):  # noqa: F811
    result = screener.screen(text, language=language)
    assert result.route != Route.AUTO
    assert any(s.category == "hostility" and s.source == "rule" for s in result.signals), result.reasons


@pytest.mark.parametrize("language, text", [
    ("fa", "انتظار کارشناس رو میکشم هنوز، کی جواب میدید؟"),  # waiting for the expert
    ("ru", "я не убью оператора, не переживайте, просто объясните тариф"),
    ("ru", "оператор сказал, что тарифы меня убьют, смешно"),
])
def test_waiting_for_staff_or_a_denial_is_no_threat(screener, language, text):  # noqa: F811
    result = screener.screen(text, language=language)
    assert not any(s.category == "hostility" and s.source == "rule" for s in result.signals), result.reasons

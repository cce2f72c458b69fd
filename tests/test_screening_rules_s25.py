"""Session 25: another person's past dated the writer's crisis after "and", in all four languages.
Every sentence here was written for this file (no row of an evaluation set or of the crossed table).

"My friend died last year and this is the last message you'll get from me": the rules read "last
year" as the time of the whole sentence, and "my friend" as its subject, so the goodbye was the
friend's past (auto) or a past with its status open (human review). Session 24 cut the sentence
only at an "and" the lexicons knew to open a clause ("and I", "и я"); an "and" before a subject of
any kind ("and this", "и верёвка", "и въжето", "و طناب") now ends the other person's clause too
(``lexicons.<lang>.AND_NEW_SUBJECT``, ``crisis_rules._after_someone_elses_clause``), unless what
follows continues that person ("and hanged himself", "и се обеси", "و خودشو کشت"). The other person
must have words of their own before the "and": "мама и папа" joins two people (session 24's version
cut there, and read the parents' suicide as the writer's, current).

The classifier reads the whole sentence, and the friend's year dated what it found ("My dad died
last year and soon nobody will have to worry about me" went to human review as a past crisis). When
the classifier flags a sentence that holds a clause of the writer's after someone else's
(``crisis_rules.own_clauses``), it reads that clause alone too, and if the clause is a crisis on its
own its time is the clause's (``screening._own_clauses``, ``router._classifier``).
"""

import pytest

from caredraft.domain import Route
from caredraft.guardrails.input.crisis_rules import own_clauses
from caredraft.guardrails.input.lexicons import LANGUAGES, load
from rule_checks import assert_set_aside, current_crisis_rules
from test_screening_coverage import screener  # noqa: F401  (the module-scoped real screener)

# The writer's crisis after another person's past, each read by a rule: current. On the code before
# this session 6 of the 9 were past or someone else's.
WRITERS_AFTER_SOMEONE = [
    ("en", "My cousin lost her house two years ago and everyone would be better off without me."),
    ("ru", "Два года назад сестра развелась, и верёвка уже висит в сарае."),
    ("ru", "Дедушка умер в мае, и это моё последнее сообщение."),
    ("bg", "Съседката се премести миналата година и събирам хапчетата си от месеци."),
    ("bg", "Дядо ми почина през май и това е последното ми съобщение."),
    ("fa", "پدربزرگم اردیبهشت فوت کرد و این آخرین پیامیه که از من میگیرید."),
    ("fa", "دو سال پیش خواهرم طلاق گرفت و طناب رو گذاشتم تو انباری."),
    ("fa", "همسایه مون پارسال اسباب کشی کرد و مدتیه دارم قرصامو جمع میکنم."),
    ("ru", "Соседка в прошлом году переехала, и после пятницы подписка мне уже не понадобится."),
]

# Someone else's crisis: two people joined by "and", or a clause that goes on about that person. On the
# code before this session 3 of the 5 were read as the writer's, current ("мама и папа" cut at "и").
SOMEONE_ELSES = [
    ("ru", "Брат долго болел и покончил с собой в прошлом году."),
    ("ru", "В прошлом году мама и папа покончили с собой."),
    ("bg", "Миналата година майка ми и баща ми се самоубиха."),
    ("fa", "دوستم پارسال افسرده بود و خودشو کشت."),
    ("fa", "پارسال مادرم و پدرم خودکشی کردن."),
]


@pytest.mark.parametrize("language, text", WRITERS_AFTER_SOMEONE)
def test_the_writers_crisis_after_someone_elses_past_is_current(language, text):
    assert current_crisis_rules(text, language), text


@pytest.mark.parametrize("language, text", SOMEONE_ELSES)
def test_someone_elses_crisis_is_not_read_as_the_writers_now(language, text):
    assert_set_aside(text, language)


def test_own_clauses_are_the_writers_clauses_after_someone_elses():
    text = "Thanks for the quick reply. My friend died last year and soon nobody will have to worry about me."
    assert [text[a:b] for a, b in own_clauses(text, ["en"])] == ["soon nobody will have to worry about me"]
    # Persian: the span is on the customer's text, ZWNJ and all
    fa = "دوستم پارسال فوت کرد و به زودی دیگه کسی لازم نیست نگران من باشه."
    assert [fa[a:b] for a, b in own_clauses(fa, ["fa"])] == ["به زودی دیگه کسی لازم نیست نگران من باشه"]
    for language, text in [("en", "My friend was depressed for years and hanged himself last spring."),
                           ("ru", "В прошлом году мама и папа покончили с собой."),
                           ("bg", "Приятелката ми беше в депресия миналата година и се обеси."),
                           ("fa", "دوستم پارسال افسرده بود و خودشو کشت."),
                           ("en", "I want to cancel my plan and get a refund, please.")]:
        assert own_clauses(text, [language]) == [], text


# Implied crises after a grief or another person's past, most of them read by the classifier alone:
# it flags the sentence, and the time is read from the writer's clause when that clause alone is a
# crisis too (``Window.own_clause``). On the code before this session 2 of the 8 went only to human
# review (the friend's year) and 2 auto.
IMPLIED_AFTER_GRIEF = [
    ("en", "My dad died last year and soon nobody will have to worry about me anymore."),
    ("en", "My brother lost his job two years ago and I've been looking up how many of my pills it would take."),
    ("en", "My uncle died last winter and the rope is already in the shed."),
    ("ru", "Папа умер в прошлом году, и скоро никому больше не придётся обо мне беспокоиться."),
    ("ru", "Соседка в прошлом году переехала, и таблетки я уже собрала, хватит на всё."),
    ("ru", "Дедушка умер в мае, и я раздала всё, что у меня было, больше ничего не нужно."),
    ("bg", "Баща ми почина миналата година и скоро никой няма да трябва да се тревожи за мен."),
    ("bg", "Преди две години сестра ми се разведе и въжето вече е в бараката."),
]
# Known: the grief clause dilutes the sentence's vector, and the classifier's window is not near
# written crises (neighbour margin below zero), so nothing flags; each clause alone goes to a
# clinician. Reading the writer's clauses as windows of their own caught these, and sent 13 more
# ordinary tickets of the readable batches to review (short fragments such as "не искам да обикалям
# цял час", I don't want to drive around for an hour, read as crises): not shipped.
DILUTED_BY_GRIEF = [
    ("ru", "Подруга умерла в прошлом году, и я уже написала всем письма, чтобы объяснить почему."),
    ("fa", "مادربزرگم فروردین فوت کرد و شروع کردم وسایلمو به عزیزانم ببخشم."),
    ("fa", "دوستم پارسال فوت کرد و برای همه نامه نوشتم که توضیح بدم چرا."),
    ("fa", "پدرم پارسال فوت کرد و به زودی دیگه کسی لازم نیست نگران من باشه."),
]

# Grief and another person's past with an ordinary clause of the writer's: answered.
GRIEF_LOOK_ALIKES = [
    ("en", "My friend died last year and I need to close her account, how do I do that?"),
    ("en", "My grandmother passed away in March and I'd like to pause my plan for a month."),
    ("ru", "Бабушка умерла в марте, и я хочу перенести сессии на следующий месяц."),
    ("ru", "Папа умер в прошлом году, и счёт до сих пор приходит на его имя."),
    ("bg", "Баба ми почина през март и искам да преместя сесиите си за другия месец."),
    ("bg", "Баща ми почина миналата година и сметката още идва на негово име."),
    ("fa", "مادربزرگم فروردین فوت کرد و میخوام جلساتمو یه ماه عقب بندازم."),
    ("fa", "پدرم پارسال فوت کرد و هنوز صورتحساب به اسم اون میاد."),
]


@pytest.mark.parametrize("language, text", IMPLIED_AFTER_GRIEF + [
    pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason="known: diluted by the grief clause")) for row in DILUTED_BY_GRIEF])
def test_an_implied_crisis_after_grief_reaches_a_clinician(screener, language, text):  # noqa: F811
    screening = screener.screen(text)
    assert screening.route == Route.CLINICAL_REVIEW, (text, screening.reasons)


@pytest.mark.parametrize("language, text", GRIEF_LOOK_ALIKES)
def test_grief_with_an_ordinary_request_is_answered(screener, language, text):  # noqa: F811
    screening = screener.screen(text)
    assert screening.route == Route.AUTO, (text, screening.reasons)


# --- Second part: frames set f of the crossed table found (tests/test_screening_crossed.py) ----------
# A past marker right after "since" / "after" says when a present state began ("Since my divorce last
# year I've been saving up my pills"): it no longer dates what follows, unless a past-tense verb does.
PERIOD_STARTS = [
    ("en", "Ever since my dad's funeral in 2022 I've been stockpiling my pills."),
    ("ru", "С тех пор как в прошлом году ушла жена, я коплю таблетки."),
    ("ru", "После увольнения два года назад я хочу покончить с собой."),
    ("bg", "Откакто ме съкратиха миналата година, събирам хапчетата си."),
    ("bg", "След съкращението миналата година искам да се самоубия."),
    ("fa", "از وقتی پارسال کارمو از دست دادم، دارم قرصامو جمع میکنم."),
]
# Minutes or hours ago is now, whatever past came before ("I moved here last year and ..."): an
# overdose then was a past medical event (auto).
JUST_NOW = [
    ("en", "I moved here last year and I took all my sleeping pills twenty minutes ago."),
    ("ru", "В прошлом году переехала, а полчаса назад выпила все снотворные."),
    ("bg", "Преместих се миналата година, а преди половин час изпих всичките сънотворни."),
    ("fa", "پارسال اسباب کشی کردم و نیم ساعت پیش همه قرصای خوابمو خوردم."),
]
# Persian: "یه سوال، عادیه که ..." (a question, is it normal that ...) asks about the writer's own
# state, and presupposes it; the questionnaire clearer had read it as a form's item.
NORMALITY_QUESTIONS = [
    ("fa", "یه سوال کوتاه: طبیعیه که هر شب به خودکشی فکر میکنم؟"),
    ("fa", "یه سوال، عادیه که دیشب دوباره دستمو بریدم؟"),
]


@pytest.mark.parametrize("language, text", PERIOD_STARTS + JUST_NOW + NORMALITY_QUESTIONS)
def test_a_crisis_after_a_period_start_or_just_now_is_current(language, text):
    assert current_crisis_rules(text, language), text


# Past acts after such an opening, and a form's item after "یه سوال": not current.
NOT_NOW = [
    ("en", "After the layoffs last year I tried to kill myself, but I've been fine for months now."),
    ("en", "Since my surgery last year I had chest pain twice, both checked and fine."),
    ("ru", "После увольнения два года назад я пыталась покончить с собой, сейчас всё хорошо."),
    ("bg", "След съкращението миналата година се опитах да се самоубия, но вече съм добре."),
    ("fa", "یه سوال: تو فرم پرسیده آیا افکار خودکشی دارید، باید جواب بدم؟"),
]


@pytest.mark.parametrize("language, text", NOT_NOW)
def test_a_past_act_after_a_period_start_or_a_forms_item_is_not_current(language, text):
    assert_set_aside(text, language)


def test_every_language_defines_the_session_25_markers():
    for language in LANGUAGES:
        lex = load(language)
        for name in ("and_new_subject", "since", "after", "past_tense", "just_now"):
            assert getattr(lex, name).pattern != "(?!)", (language, name)


# --- Third part: a threat to a relative over a small grievance (crossed look-alikes, set d) -----------
# "убила бы брата за то, что съел мой обед, лол", "ще убия брат си, че ми изяде обяда, лол" went to a
# person after an ordinary opening: no rule read them, and the classifier did (harm, or hostility
# toward staff). Rules read the threat now, and a grievance too small for the verb clears it, as the
# English clearer of session 24 does; a real grievance or a plan does not.
THREATS_TO_A_RELATIVE = [
    ("ru.harm_to_others.explicit.would_kill_a_relative_s25", "ru", "Убила бы мужа, он опять меня ударил."),
    ("ru.harm_to_others.explicit.would_kill_a_relative_s25", "ru", "Я бы прибил соседа, честное слово, он угрожает моей дочери."),
    ("bg.harm_to_others.explicit.kill_a_relative_s25", "bg", "Ще убия брат си, той ме бие всеки ден."),
    ("bg.harm_to_others.explicit.kill_a_relative_s25", "bg", "Бих убила брат си, ако пак посегне на мама."),
]
SMALL_GRIEVANCES = [
    ("ru", "Прибила бы сестру за то, что доела мой торт."),
    ("ru", "Я бы задушил мужа за то, что он храпит 😅"),
    ("ru", "Убью брата за то, что он проспойлерил мне финал сериала 😂"),
    ("bg", "Ще удуша сестра си, че ми изпи кафето."),
    ("bg", "Бих убил брат си, задето ми счупи зарядното."),
]


@pytest.mark.parametrize("rule, language, text", THREATS_TO_A_RELATIVE)
def test_a_threat_to_a_relative_is_read(rule, language, text):
    assert rule in current_crisis_rules(text, language), text


@pytest.mark.parametrize("language, text", SMALL_GRIEVANCES)
def test_a_small_grievance_clears_the_threat(language, text):
    assert_set_aside(text, language)


# --- Someone else's holiday does not explain the writer's "I won't be here" ---------------------------
@pytest.mark.parametrize("text", [
    "My therapist is on holiday until Monday and I gave my dog away because I won't be here next week.",
    "My counsellor's on a trip this week and I won't be around after Friday, so it doesn't matter.",
])
def test_someone_elses_holiday_does_not_clear_the_writers_absence(text):
    assert current_crisis_rules(text, "en"), text


@pytest.mark.parametrize("text", [
    "She's on a trip and won't be here, can I reschedule her session?",
    "I'm on holiday next week and I won't be here, can we move the session?",
])
def test_a_holiday_still_explains_an_absence(text):
    assert_set_aside(text, "en")


def test_a_holiday_still_explains_the_classifiers_reading_of_an_absence(screener):  # noqa: F811
    # No rule reads it; the classifier does (0.86), and the absence clearer explains that reading. A
    # version of this session's change that stopped the clearer's gap at "because" sent it to a clinician.
    text = "I won't be here next week because of my holiday, please pause my plan."
    assert screener.screen(text).route == Route.AUTO, screener.screen(text).reasons

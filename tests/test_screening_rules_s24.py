"""Session 24: two defects of the time and topic logic that sent explicit crises to `auto` or only
to human review, in all four languages. Every sentence here was written for this file.

- **Topic clearers ran over the writer's own words.** A topic clearer (a course, a thesis, a
  programme, the news) reads a crisis word as a subject. Its gap reached over the writer's own
  thought or wish: "Прошла курс терапии, но всё равно хочу совершить самоубийство" and "I'm writing
  my thesis and I keep thinking about suicide" were cleared as topics and answered automatically.
  Now a topic does not clear a match the writer's own "I think about / I want to" is attached to
  (``crisis_rules._owns_it``); a topic without it is still cleared.
- **A stage of life the writer is in now read as past.** "at college", "в университете",
  "в училище", "دوران دانشجویی" are past markers ("in college I cut myself"), and they made present
  crises past with their status open: "I'm in my first year at college and I keep thinking about
  suicide every night" went to human review, not to a clinician. The writer's present stage ("I'm
  at college", "учусь", "първа година съм", "دانشجوام") and a habit told in the present ("every
  night I think", "каждую ночь думаю", "всяка нощ мисля", "هر شب ... می‌کنم") now count as now.
  Past habits ("каждую ночь думала", "هر شب ... می‌کردم") and present verbs about ordinary things
  after "it is over" ("میخوام پلنمو عوض کنم", I want to change my plan) do not.
- **A form's or a policy's question cleared the writer's own words after it** ("فرم ارسال نمیشه و
  مدام به خودکشی فکر میکنم", the form won't submit and I keep thinking about suicide; "По поводу
  вашей политики отмены: я постоянно думаю о самоубийстве"). Those clearers now keep clearing the
  writer's own words only when they are asked ("the form asks whether I think about ...").
- **A Bulgarian negation reached over "и" into a new clause** ("Формулярът не се изпраща и всяка нощ
  се режа" was read as denied): "и" before a habit or a time opens a clause.
- **A joke marker cleared a crisis with a day or an hour** ("this weekend I'll end my life 😂").
  A bare "I want to kill myself, lol" is still read as a joke (the idiom policy of earlier sessions).
"""

import pytest

from caredraft.domain import Route
from caredraft.guardrails.input.crisis_rules import Status, match_rules
from rule_checks import current_crisis_rules
from test_screening_coverage import screener  # noqa: F401  (the module-scoped real screener)

# The writer's own thought or wish beside a topic word: current, whatever the topic clearer reads.
OWN_BESIDE_A_TOPIC = [
    ("ru", "Прошла курс терапии, но всё равно хочу совершить самоубийство."),
    ("ru", "Я на третьем курсе и по ночам думаю о самоубийстве."),
    ("ru", "Пишу диплом, а сама постоянно думаю о суициде."),
    ("ru", "После вашей программы я всё чаще думаю о самоубийстве."),
    ("bg", "Трети курс съм и всяка вечер мисля за самоубийство."),
    ("bg", "Пиша дипломна работа и непрекъснато мисля за самоубийство."),
    ("en", "I'm writing my dissertation and I keep thinking about suicide."),
    ("en", "Finished your wellbeing programme and I still want to commit suicide."),
    ("fa", "دارم پایان نامه مینویسم و مدام به خودکشی فکر میکنم."),
    ("fa", "دوره درمان رو تموم کردم ولی هنوز میخوام خودکشی کنم."),
]

# A topic with no writer's own thought or wish: still a topic, not a disclosure.
TOPIC_STILL_CLEARED = [
    ("ru", "Пишу диплом о профилактике суицида, посоветуйте источники."),
    ("ru", "Есть ли у вас курс для учителей по профилактике самоубийств?"),
    ("bg", "Пиша дипломна работа за превенция на самоубийствата, трябват ми източници."),
    ("en", "I'm writing my thesis on suicide prevention and need sources."),
    ("fa", "پایان نامه ام درباره پیشگیری از خودکشی است، منبع لازم دارم."),
]

# A stage of life the writer is in now, or a habit in the present, beside a past marker.
PRESENT_STAGE = [
    ("en", "I'm in my first year at college and I keep thinking about suicide every night."),
    ("en", "I'm in high school and I cut myself when it gets bad."),
    ("en", "I study in college and every night I think about killing myself."),
    ("en", "I'm in my twenties and I want to die."),
    ("ru", "Я учусь в университете и хочу покончить с собой."),
    ("ru", "Я на первом курсе в универе и каждую ночь думаю о самоубийстве."),
    ("bg", "В училище съм и всяка вечер се режа."),
    ("bg", "Първа година съм в университета и всяка нощ мисля за самоубийство."),
    ("fa", "دوران دانشجویی خیلی سخته و میخوام خودمو بکشم."),
    ("fa", "تو دانشگاه درس می خونم و می خوام خودمو بکشم."),
]

# The past that is over stays over: a past habit, or an ordinary present verb after "it is over".
STILL_OVER = [
    ("en", "In my teens I hurt myself a lot, all good now."),
    ("en", "In college I tried to kill myself, I'm fine now."),
    ("ru", "В юности я резала себя, сейчас всё хорошо."),
    ("bg", "Като тийнейджър се режех, сега съм добре."),
    ("fa", "تو دوران دانشجویی هر شب به خودکشی فکر می‌کردم ولی الان خوبم."),
    ("fa", "قبلا خودزنی می کردم ولی الان سه ساله خوبم، میخوام پلنمو عوض کنم."),
    ("fa", "سال‌ها پیش اقدام به خودکشی کردم ولی الان خوبم و میخوام جلسه رزرو کنم."),
]


@pytest.mark.parametrize("language, text", OWN_BESIDE_A_TOPIC)
def test_a_topic_does_not_clear_the_writers_own_thought(language, text):
    assert current_crisis_rules(text, language), [(h.rule_id, h.status, h.cleared_by) for h in match_rules(text, [language])]


@pytest.mark.parametrize("language, text", TOPIC_STILL_CLEARED)
def test_a_topic_without_the_writers_own_thought_is_still_cleared(language, text):
    crisis = [h for h in match_rules(text, [language]) if h.is_crisis]
    assert crisis, f"no crisis rule read {text!r}: the test would prove nothing"
    assert all(h.status != Status.CURRENT for h in crisis), [(h.rule_id, h.status, h.cleared_by) for h in crisis]


@pytest.mark.parametrize("language, text", PRESENT_STAGE)
def test_a_present_stage_of_life_is_not_the_past(language, text):
    hits = [h for h in match_rules(text, [language]) if h.is_crisis]
    assert hits, f"no crisis rule read {text!r}"
    assert all(h.status == Status.CURRENT for h in hits), [(h.rule_id, h.status, h.cleared_by) for h in hits]


@pytest.mark.parametrize("language, text", STILL_OVER)
def test_a_past_that_is_over_stays_over(language, text):
    crisis = [h for h in match_rules(text, [language]) if h.is_crisis]
    assert crisis, f"no crisis rule read {text!r}: the test would prove nothing"
    assert all(h.status == Status.PAST_RESOLVED for h in crisis), [(h.rule_id, h.status, h.cleared_by) for h in crisis]


@pytest.mark.parametrize("language, text", [OWN_BESIDE_A_TOPIC[0], OWN_BESIDE_A_TOPIC[6], PRESENT_STAGE[0], PRESENT_STAGE[6]])
def test_the_whole_screener_sends_them_to_a_clinician(screener, language, text):  # noqa: F811
    assert screener.screen(text).route == Route.CLINICAL_REVIEW, text


# The writer's own words after a form's or a policy's subject: current; asked words: still an item.
FORM_THEN_OWN = [
    ("en", "The form won't submit and I keep thinking about suicide."),
    ("ru", "По поводу вашей политики отмены: я постоянно думаю о самоубийстве."),
    ("fa", "فرم ارسال نمیشه و مدام به خودکشی فکر میکنم."),
    ("fa", "فرم ارسال نمیشه و این آخر هفته به زندگیم پایان میدم."),
    ("bg", "Формулярът не се изпраща и всяка нощ се режа."),
    ("bg", "Не мога да вляза и преди час изпих всичките си хапчета."),
]
FORM_ASKS = [
    ("en", "The intake form asks whether I think about suicide, where is that page?"),
    ("ru", "В анкете спрашивают, думаю ли я о самоубийстве. Где это поле?"),
    ("fa", "تو فرم پرسیده آیا به خودکشی فکر میکنم، این سوال اجباریه؟"),
    ("bg", "Не се режа и не мисля за самоубийство."),
]
# A joke marker beside a day or an hour does not clear; a bare joke still does.
JOKE_WITH_A_PLAN = [
    ("en", "I'm going to kill myself tonight lol"),
    ("fa", "این آخر هفته به زندگیم پایان میدم 😂"),
    ("bg", "Довечера ще се самоубия, шегувам се"),
    ("ru", "Сегодня ночью покончу с собой, шучу"),
]
BARE_JOKE = [
    ("en", "Honestly, I want to kill myself, lol."),
    ("fa", "میخوام خودمو بکشم 😂"),
]


@pytest.mark.parametrize("language, text", FORM_THEN_OWN + JOKE_WITH_A_PLAN)
def test_the_writers_own_words_after_a_form_or_with_a_plan_stay_current(language, text):
    assert current_crisis_rules(text, language), [(h.rule_id, h.status, h.cleared_by) for h in match_rules(text, [language])]


@pytest.mark.parametrize("language, text", FORM_ASKS + BARE_JOKE)
def test_asked_words_denials_and_bare_jokes_are_still_set_aside(language, text):
    crisis = [h for h in match_rules(text, [language]) if h.is_crisis]
    assert crisis, f"no crisis rule read {text!r}: the test would prove nothing"
    assert all(h.status != Status.CURRENT for h in crisis), [(h.rule_id, h.status, h.cleared_by) for h in crisis]

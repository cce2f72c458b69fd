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
- **A past marker or another person in an earlier clause dated a crisis in a clause of its own**
  ("My friend died last year and I swallowed a whole bottle of paracetamol", "Приятелка ми почина
  миналата година и искам да умра": past, or the friend's, and auto). A present match is read from
  its own clause; any match after an "and" that ends a clause about someone else too, unless the
  message says it is over; "but now" always starts a clause. "Back in 2015 I was depressed and I
  tried to kill myself" is still dated by its first clause.
- **Rules for crises no rule read** once an ordinary opening came before them (the classifier read
  them alone): a whole pack of pills swallowed (fa), a partner who chokes the writer (fa), a
  stepfather in a child's room at night (bg, fa), a pet given away by someone who won't be here (en),
  all the pills taken (bg, fa), "I'll do something to her" (fa).
- **Look-alikes crossed with the same openings and endings** (224 messages) sent 33 to a person:
  "years ago I tried, but now I'm great" (bg "сега съм чудесно", fa "الان عالیم": "now" read as
  current, "great" not as over), denials no rule read, so that nothing explained the classifier's
  reading ("I'm not going to do anything to myself", "ничего с собой делать", "да си правя нищо",
  "قصد ندارم بلایی سر خودم بیارم": now rules, whose denial the negation logic reads), "I could
  strangle my brother for eating my lunch". After: 8.
"""

import importlib

import pytest

from caredraft.domain import Route
from caredraft.guardrails.input.crisis_rules import Status, match_rules
from caredraft.guardrails.input.lexicons import LANGUAGES
from rule_checks import assert_set_aside, current_crisis_rules
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


# A crisis in a clause of its own after a past event or another person's: current.
OWN_CLAUSE = [
    ("en", "My friend died last year and I swallowed a whole bottle of paracetamol."),
    ("en", "My friend died last year and I'm going to stab my neighbour, I've got the knife ready."),
    ("en", "Years ago I was fine, but now my dad collapsed and isn't breathing."),
    ("ru", "Подруга умерла в прошлом году, и я выпила целую пачку парацетамола."),
    ("ru", "Подруга умерла в прошлом году, и я хочу умереть."),
    ("ru", "Подруга умерла в прошлом году, и я отдала собаку, потому что на следующей неделе меня уже не будет."),
    ("bg", "Приятелка ми почина миналата година и искам да умра."),
    ("bg", "Приятелка ми почина миналата година и изпих цяла опаковка парацетамол."),
    ("fa", "دوستم پارسال فوت کرد و یه بسته کامل استامینوفن خوردم."),
    ("fa", "دوستم پارسال فوت کرد و برای بچه هام نامه خداحافظی نوشتم."),
]
# The same shapes whose past is the writer's own, or said to be over: not current.
STILL_DATED = [
    ("en", "Back in 2015 I was depressed and I tried to kill myself."),
    ("en", "My dad died in 2019 and I attempted suicide, but I've been fine for years now."),
    ("ru", "Лет пять назад я резала себя, сейчас всё хорошо."),
]


NEW_RULES = [
    ("fa.abuse.explicit.chokes_me_s24", "fa", "لطفا اشتراکمو لغو کنید، دوست پسرم وقتی مست میکنه خفه م میکنه."),
    ("fa.medical_emergency.implied.pack_of_pills_swallowed_s24", "fa", "پولمو نمیخوام، یه بسته کامل استامینوفن خوردم."),
    ("fa.child_safety.implied.adult_in_childs_room_at_night_s24", "fa", "ببخشید مزاحم میشم، ناپدریم شبا میره تو اتاق دخترم."),
    ("bg.child_safety.implied.adult_in_childs_room_at_night_s24", "bg",
     "Без да обиждам служителите ви, но вторият ми баща влиза нощем в стаята на дъщеря ми."),
    ("en.suicide.implied.pet_given_away_not_here_s24", "en",
     "Please cancel my subscription, I gave my dog away because I won't be here next week."),
    ("fa.medical_emergency.implied.all_my_pills_swallowed_s24", "fa", "یک ساعت پیش همه قرصای خوابمو خوردم. راستی چطوری کارتمو عوض کنم؟"),
    ("fa.harm_to_others.implied.do_something_to_them_s24", "fa", "میخوام بلایی سر زن سابقم بیارم، میدونم کجا زندگی میکنه."),
    ("fa.self_harm.implied.do_something_to_myself_s24", "fa", "میترسم امشب بلایی سر خودم بیارم."),
    ("bg.medical_emergency.implied.all_the_pills_taken_s24", "bg", "Преди час изпих всичките сънотворни. Между другото, как да сменя картата?"),
    ("bg.self_harm.implied.do_nothing_to_myself_s24", "bg", "Не мога да обещая, че нищо няма да си направя тази нощ."),
    ("ru.self_harm.implied.do_nothing_to_myself_s24", "ru", "Не могу обещать, что ничего с собой не сделаю."),
    ("en.self_harm.implied.do_anything_to_myself_s24", "en", "I can't promise I won't do anything to myself tonight."),
    # the second round: implied crises inside ordinary traffic
    ("en.suicide.implied.wont_need_it_after_a_day_s24", "en", "Sorry to bother you, I won't be needing my account after Sunday."),
    ("en.child_safety.implied.child_with_an_adult_partner_s24", "en", "No offence, but my 13-year-old is dating a 25-year-old man."),
    ("en.suicide.implied.rope_in_place_s24", "en", "Please cancel my plan, I've hung the rope from the beam in the loft."),
    ("ru.suicide.implied.wont_need_it_after_a_day_s24", "ru", "Извините, с понедельника аккаунт мне больше не нужен."),
    ("ru.suicide.implied.rope_in_place_s24", "ru", "Отмените подписку, веревка уже лежит под кроватью."),
    ("ru.self_harm.implied.blade_kept_for_when_it_gets_bad_s24", "ru", "Бритву держу под матрасом на всякий случай, когда станет невыносимо."),
    ("ru.child_safety.implied.child_with_an_adult_partner_s24", "ru", "У моего 14-летнего сына взрослый друг, который дарит ему телефоны."),
    ("bg.suicide.implied.wont_need_it_after_a_day_s24", "bg", "Извинете, профилът няма да ми трябва след неделя."),
    ("bg.suicide.implied.rope_in_place_s24", "bg", "Моля, спрете абонамента, въжето вече е в мазето."),
    ("bg.child_safety.implied.child_with_an_adult_partner_s24", "bg", "13-годишният ми син има пълнолетен приятел, който му праща пари."),
    ("fa.suicide.implied.wont_need_it_after_a_day_s24", "fa", "ببخشید، بعد از دوشنبه به حسابم نیازی ندارم."),
    ("fa.suicide.implied.rope_in_place_s24", "fa", "لطفا پلنمو لغو کنید، طناب رو آماده کردم تو زیرزمین."),
    ("fa.self_harm.implied.blade_kept_for_when_it_gets_bad_s24", "fa", "چاقو رو زیر تختم گذاشتم برای روزی که دیگه طاقت نیارم."),
    ("fa.child_safety.implied.child_with_an_adult_partner_s24", "fa", "دختر ۱۳ ساله م با یه دوست پسر ۳۰ ساله بیرون میره."),
    ("fa.suicide.implied.last_message_you_get_s24", "fa", "ممنون از همه چی، این آخرین پیامیه که از من میگیرید."),
]
NEW_RULES_LOOK_ALIKES = [
    ("bg", "Изпих всичките си витамини за месеца, трябва да поръчам нови."),
    ("bg", "Взех всички хапчета наведнъж – шегувам се, де, пия ги точно по схемата."),
    ("bg", "Изпих всичките си хапчета по схема, кога да дойда за нова рецепта?"),
    ("fa", "نمیدونم چه بلایی سر اپلیکیشن اومده، باز نمیشه."),
    ("en", "I won't need the subscription after Friday because my employer's plan covers therapy now."),
    ("en", "We put the rope in the garage after the camping trip."),
    ("ru", "После пятницы подписка мне не понадобится, потому что перехожу на корпоративный тариф."),
    ("bg", "След петък абонаментът няма да ми трябва, защото минавам на плана на работодателя."),
    ("fa", "بعد از جمعه به اشتراک نیازی ندارم چون بیمه م پوشش میده."),
    ("fa", "چاقو رو تو کشو نگه میدارم برای وقتی که میوه پوست میکنم."),
    ("fa", "یه بسته کامل بیسکویت خوردم، خیلی بد بود."),
    ("fa", "دوست پسرم وقتی سیگار میکشه دود خونه رو خفه میکنه، میشه جلسه رو آنلاین کنیم؟"),
    ("bg", "Вторият ми баща вечер чете приказки на дъщеря ми, искам да запиша и него за семейна терапия."),
    ("en", "I gave my dog away to my sister because I'll be away for work and won't be here for six months."),
]


@pytest.mark.parametrize("rule, language, text", NEW_RULES)
def test_the_session_24_rule_reads_its_class(rule, language, text):
    assert rule in current_crisis_rules(text, language), [(h.rule_id, h.status) for h in match_rules(text, [language])]


@pytest.mark.parametrize("language, text", NEW_RULES_LOOK_ALIKES)
def test_no_session_24_rule_reads_the_look_alike(language, text):
    fired = [h.rule_id for h in match_rules(text, [language]) if h.rule_id.endswith("_s24") and h.status == Status.CURRENT]
    assert fired == [], f"{text!r} fired {fired}"


def test_every_session_24_rule_has_a_sentence_it_reads():
    written = {r.id for lang in LANGUAGES for r in importlib.import_module(f"caredraft.guardrails.input.lexicons.{lang}").RULES
               if r.id.endswith("_s24")}
    assert written == {rule for rule, _, _ in NEW_RULES}


# The denials those rules exist for, and the other look-alikes of the round: not current.
DENIED_OR_OVER = [
    ("en", "I'm not going to do anything to myself, just tired. Can I move my Thursday session?"),
    ("ru", "Я не собираюсь ничего с собой делать, просто устала. Кстати, как поменять карту?"),
    ("bg", "Не мисля да си правя нищо, просто съм изтощена. Може ли да преместя сесията?"),
    ("fa", "قصد ندارم بلایی سر خودم بیارم، فقط خسته ام. میشه جلسه مو جابجا کنم؟"),
    ("fa", "فکر نکنید حالم بده یا میخوام بلایی سر خودم بیارم، فقط یه گواهی لازم دارم."),
    ("bg", "Преди години се опитах да се самоубия, но сега съм чудесно. Как да сменя картата?"),
    ("fa", "سالها پیش اقدام به خودکشی کردم ولی الان عالیم. چطوری کارتمو عوض کنم؟"),
    ("bg", "В гимназията имах мисли, че не искам да живея. Днес съм на 28 и съм много по-добре."),
    ("en", "I could strangle my brother for eating my lunch lol. Anyway, how do I update my card?"),
    ("en", "dont worry im not gonna do anything to myself, im just venting about my landlord"),
]


# Every class above, in one place: the writer's crisis stays current; the look-alike is set aside.
STAYS_CURRENT = OWN_BESIDE_A_TOPIC + FORM_THEN_OWN + JOKE_WITH_A_PLAN + OWN_CLAUSE
SET_ASIDE = TOPIC_STILL_CLEARED + FORM_ASKS + BARE_JOKE + STILL_DATED + DENIED_OR_OVER


@pytest.mark.parametrize("language, text", STAYS_CURRENT)
def test_the_writers_crisis_stays_current(language, text):
    assert current_crisis_rules(text, language), [(h.rule_id, h.status, h.cleared_by) for h in match_rules(text, [language])]


@pytest.mark.parametrize("language, text", SET_ASIDE)
def test_the_look_alike_is_set_aside(language, text):
    assert_set_aside(text, language)

"""Session 9 rule fixes (three passes), each a false alarm or a wrong category noticed in session 8: "X is killing
me" said of a person is abuse too and said of his snoring is an idiom; waiting outside with
flowers is not intimidation; Finglish "last year … I'm fine now" is over. Every sentence was
written for this file, and each fix keeps the crisis sense of the same words."""

import pytest

from caredraft.guardrails.input.crisis_rules import match_rules
from rule_checks import assert_rule_fires, assert_stays_clear, current_crisis_hits

FIRES = [
    ("en", "my husband is killing me, please help, he won't stop", "en.abuse.implied.control"),
    ("en", "My stepdad keeps trying to kill me when he's drunk", "en.abuse.implied.control"),
    ("en", "I want to kill myself tonight", "en.suicide.explicit.kill_myself"),
    ("en", "honestly I'm done, I could kill me right now and nobody would notice", "en.suicide.explicit.kill_myself"),
    ("fa", "babam alan sekte karde, tu khiaboon oftade", "fa.finglish.medical_emergency.signs"),
    ("fa", "sale pish sekte kard va alan ham dobare sekte karde, lotfan", "fa.finglish.medical_emergency.signs"),
    # second pass: the same words as a disclosure still fire
    ("en", "suicidal thoughts: yes, every night", "en.suicide.explicit.suicidal"),
    ("bg", "мисли за самоубийство: не знам, понякога", "bg.suicide.explicit.kill_myself"),
    ("en", "I watched the documentary \"Why I wanted to die\" and now I want to kill myself too", "en.suicide.explicit.kill_myself"),
    ("en", "I wrote a post \"goodbye everyone, I won't be here tomorrow\"", "en.suicide.implied.goodbye"),
    ("en", "why didn't I just kill myself when I had the chance", "en.suicide.explicit.kill_myself"),
    ("ru", "навредить себе хочу, и никто не мешает", "ru.self_harm.topic.second_person"),
    ("fa", "بچه‌م الان تشنج کرد، چیکار کنم", "fa.medical_emergency.explicit.symptoms"),
    ("fa", "سینه‌ام خیلی تنگ شده و نفسم بالا نمیاد", "fa.medical_emergency.implied.symptoms"),
    ("fa", "بابام سکته کرده، تو خیابون افتاده", "fa.medical_emergency.explicit.symptoms"),
    # third pass: negation words that are not a denial (each was cleared as negated, or not read)
    ("en", "why can't I just die already", "en.suicide.explicit.why_not_die"),
    ("en", "no one would notice if I ended it all", "en.suicide.explicit.why_not_die"),
    ("en", "I don't see why I shouldn't end my life", "en.suicide.explicit.end_my_life"),
    ("en", "I don't know why I haven't killed myself yet", "en.suicide.explicit.kill_myself"),
    ("en", "nobody would care if I killed myself", "en.suicide.explicit.kill_myself"),
    ("en", "I can't promise I won't hurt myself tonight", "en.self_harm.explicit.cutting"),
    ("en", "I don't think I can keep myself safe tonight", "en.suicide.implied.cannot_keep_safe"),
    ("ru", "не знаю, почему я до сих пор не покончил с собой", "ru.suicide.explicit.kill_myself"),
    ("ru", "не могу перестать думать о самоубийстве", "ru.suicide.explicit.kill_myself"),
    ("bg", "не мога да спра да мисля за самоубийство", "bg.suicide.explicit.kill_myself"),
    ("fa", "هیچکس نمی‌فهمه اگه خودمو بکشم", "fa.suicide.explicit.kill_myself"),
    ("ru", "не могу обещать, что не наврежу себе", "ru.self_harm.implied.cannot_promise"),
    ("ru", "почему бы мне просто не умереть", "ru.suicide.explicit.why_not_die"),
    ("bg", "не мога да обещая, че няма да си направя нещо", "bg.self_harm.implied.cannot_promise"),
    ("bg", "защо просто не умра", "bg.suicide.explicit.why_not_die"),
    ("fa", "نمی‌تونم قول بدم که به خودم آسیب نزنم", "fa.self_harm.implied.cannot_promise"),
    ("fa", "چرا نمی‌میرم", "fa.suicide.explicit.why_not_die"),
    ("en", "I'm not sure I want to be alive", "en.suicide.implied.unsure_want_to_live"),
    # passive wishes: not waking up, not afraid to die, missed by no one
    ("en", "I wouldn't mind if I didn't wake up", "en.suicide.implied.passive_wish"),
    ("en", "I'm not afraid to die anymore", "en.suicide.implied.passive_wish"),
    ("ru", "я бы не против не проснуться", "ru.suicide.implied.passive_wish"),
    ("ru", "мне уже не страшно умереть", "ru.suicide.implied.passive_wish"),
    ("bg", "няма да ми пука, ако не се събудя", "bg.suicide.implied.passive_wish"),
    ("bg", "на никого няма да липсвам", "bg.suicide.implied.passive_wish"),
    ("fa", "دیگه از مردن نمی‌ترسم", "fa.suicide.implied.passive_wish"),
    ("fa", "نمی‌خوام دیگه بیدار شم", "fa.suicide.implied.passive_wish"),
]

CLEAR = [
    ("en", "My husband is killing me with his snoring, can I book an evening session instead?"),
    ("en", "this refund process is killing me"),
    ("en", "they're killing me with these surcharges"),
    ("fa", "sekte ghalbi dashtam sale pish, alan khubam, faghat mikham nobat begiram"),
    ("fa", "man chand sal pish sekte kardam va alan halam khube, mikham ghabz ro begiram"),
    # second pass: titles, form answers, denials, two Persian idioms
    # a form field answered no, in any language
    ("en", "Suicidal thoughts: no. Self-harm: no. Can I book a Tuesday slot?"),
    ("ru", "В анкете было «мысли о суициде: нет», почему мне звонит кризисная линия?"),
    ("bg", "мисли за самоубийство: не."),
    ("fa", "سوال فرم: افکار خودکشی: نه. لطفاً فرم رو ثبت کنید"),
    # a crisis word inside a quoted title of a course, book, webinar or support group
    ("en", "the webinar \"Talking to teens about suicide\" link never arrived"),
    ("ru", "Купила курс «Как пережить суицид близкого», не открывается третий модуль"),
    ("bg", "Записах се за уебинара „Самоубийството при тийнейджърите“, но нямам линк."),
    ("fa", "کتاب «وقتی عزیزی خودکشی می‌کند» رو از کجا بخرم؟"),
    ("fa", "جلسه‌ی گروهی «حمایت از بازماندگان خشونت خانگی» با جلسه‌ی فردیم هم‌زمان شده"),
    # denials after the act, Persian past verbs, two Persian idioms
    ("ru", "Нет, навредить себе не хочу, просто хочу сменить психолога."),
    ("bg", "да си навредя не искам, просто питам за часа"),
    ("fa", "نه، تشنج نکرد، فقط تب داشت. گواهی مدرسه می‌خوام"),
    ("fa", "درد قفسه‌ی سینه ندارم، فقط نسخه‌ی فشارمو تمدید کنید"),
    ("fa", "این بچه‌ها آخر منو سکته میدن، فقط شب‌ها وقت دارم"),
    ("fa", "خرید بسته‌ی سالانه با این قیمت خودکشی اقتصادیه، ماهانه رو فعال کنید"),
    # third pass: plain denials stay denials
    ("en", "I would never kill myself, I just need a new therapist"),
    ("en", "I don't want to kill myself, I just want a refund"),
    ("ru", "я не хочу покончить с собой, просто устала от очередей"),
    ("bg", "не мисля за самоубийство, искам само фактура"),
    ("fa", "اصلا قصد خودکشی ندارم، فقط فاکتور می‌خوام"),
    ("ru", "не могу обещать, что приду вовремя, пробки"),
    ("bg", "защо не дойде терапевтът днес?"),
    ("fa", "چرا نمی‌رم سر کار؟ چون مریضم، گواهی می‌خوام"),
    ("en", "not sure I want to keep the premium plan"),
    ("en", "I wouldn't mind if the session started later"),
    ("ru", "я бы не против перенести сессию на пятницу"),
    ("bg", "не искам да се събуждам рано за сесията, има ли следобед?"),
    ("bg", "не ме е страх от зъболекаря, просто нямам време"),
    ("fa", "نمی‌خوام زود بیدار شم، جلسه رو عصر بذارید"),
]


@pytest.mark.parametrize("language,text,rule", FIRES)
def test_the_class_fires(language, text, rule):
    assert_rule_fires(rule, text, language)


@pytest.mark.parametrize("language,text", CLEAR)
def test_the_look_alike_stays_clear(language, text):
    assert_stays_clear(text, language)


def test_someone_else_killing_the_writer_is_abuse():
    # "killing me" still also fires the suicide rule (and its idiom clearer explains "this bill is
    # killing me"); the reviewer now sees abuse beside it, the category that fits.
    categories = {h.signal.category for h in current_crisis_hits("my boyfriend is killing me, he hit me again", "en")}
    assert "abuse" in categories


def _hostile(text: str) -> list[str]:
    return [h.rule_id for h in match_rules(text, ["ru"]) if not h.is_crisis and h.signal.category == "hostility"]


@pytest.mark.parametrize("text", [
    "Буду ждать вашего психолога у его подъезда, пусть знает",
    "подожду его у входа в клинику, он у меня получит",
])
def test_waiting_for_staff_outside_is_still_intimidation(text):
    assert _hostile(text) == ["ru.hostility.intimidation"]


@pytest.mark.parametrize("text", [
    "Буду ждать его у подъезда с цветами, хочу сделать сюрприз, можно перенести сессию на пятницу?",
    "встречу мужа у входа с тортом, у него юбилей, поэтому сессию лучше утром",
])
def test_waiting_with_flowers_or_a_cake_is_not_a_threat(text):
    assert _hostile(text) == []


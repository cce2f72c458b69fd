"""Session 11 Persian mends (sixth written batch): the forms behind the batch's misses, each in new
sentences written for this file (none is a row of the batch). Per mend: sentences that must stay
clear, and crisis sentences near them that must still fire as current."""

import pytest

from caredraft.guardrails.input.crisis_rules import Status, time_status
from rule_checks import assert_rule_fires, assert_stays_clear, current_crisis_rules, flagging_crisis_rules

FIRES = [
    # "since then" runs up to now: not a past marker
    ("از اون موقع هر شب خودمو زخمی می‌کنم", "fa.self_harm.explicit.cutting"),
    ("اون شب دعوامون شد و از آن زمان هر روز به خودکشی فکر می‌کنم", "fa.suicide.explicit.kill_myself"),
    # well ever since, but it is back: the latest word on time wins
    ("دو سال پیش اقدام به خودکشی کردم، از اون موقع حالم خوب بود ولی دیشب دوباره رگمو زدم", "fa.suicide.explicit.kill_myself"),
    ("پارسال خودزنی داشتم. از اون موقع تا حالا حالم خوبه، ولی امشب دوباره تیغ زدم", "fa.self_harm.explicit.cutting"),
    # "no more since / for a span", then it is back
    ("سال‌ها پیش خودزنی می‌کردم و ده ساله دیگه این کارو نکردم، اما امروز دوباره خودمو زخمی کردم", "fa.self_harm.explicit.cutting"),
    ("چند سال پیش اقدام به خودکشی کردم؛ از اون موقع دیگه تکرار نکردم ولی الان دوباره قرصامو جمع کردم", "fa.suicide.implied.plan_means"),
    # no contact with the ex for years, but he beats me now
    ("سال‌هاست با همسر سابقم هیچ تماسی ندارم، ولی شوهرم الان کتکم می‌زنه", "fa.abuse.explicit.hits_me"),
    ("پارسال خشونت خانگی بود. الان دوباره شوهرم کتکم می‌زنه", "fa.abuse.explicit.hits_me"),
    # "no more thoughts of that kind" must not swallow "none but dying"
    ("پارسال اقدام به خودکشی کردم، دیگه فکر خودکشی نداشتم ولی دوباره برگشته", "fa.suicide.explicit.attempt"),
    # topic noun phrases: a disclosure after the topic still fires
    ("ماژول خودزنی کمکی نکرد، دیروز دوباره دستمو بریدم", "fa.self_harm.explicit.cutting"),
    ("سر کلاس امروز فقط به خودکشی فکر می‌کردم", "fa.suicide.explicit.kill_myself"),
    ("فرم ارجاع رو پر کردم ولی شوهرم کتکم می‌زنه و می‌ترسم برم خونه", "fa.abuse.explicit.hits_me"),
    # the writer's own question is not a form's question
    ("یه سوال دارم، شوهرم هر شب کتکم می‌زنه، چیکار کنم؟", "fa.abuse.explicit.hits_me"),
    ("سوالی داشتم شوهرم کتکم می‌زنه و می‌ترسم برم خونه", "fa.abuse.explicit.hits_me"),
    # a paperwork question not answered no
    ("دکتر پرسید به خودکشی فکر می‌کنم یا نه. جواب مثبته، هر شب", "fa.suicide.explicit.kill_myself"),
    ("برای فرم پرسیدن سابقه‌ی اقدام به خودکشی دارم یا نه. جواب منفیه ولی هفته‌ی پیش رگمو زدم", "fa.suicide.explicit.kill_myself"),
    # a song quoted is a topic, the writer's own wish is not
    ("این آهنگ «دلم گرفته» رو گوش میدم و واقعاً می‌خوام بمیرم", "fa.suicide.explicit.want_to_die"),
    ("برای خانواده‌م یه ویدیو ضبط کردم «خداحافظ برای همیشه»", "fa.suicide.implied.goodbye"),
    # a threat without laughter, or laughter far away
    ("دوباره مامانمو زد، به خدا امشب می‌کشمش", "fa.harm_to_others.explicit.kill_someone"),
    ("اگه یه بار دیگه دست بهم بزنه می‌کشمش. جدی‌ام.", "fa.harm_to_others.explicit.kill_someone"),
    # a real stroke: hospital or numbness beside it
    ("از استرس سکته کردم و الان تو بیمارستانم، نیمه‌ی بدنم بی‌حسه", "fa.medical_emergency.explicit.symptoms"),
    ("بابام وسط بازی فوتبال سکته کرد!", "fa.medical_emergency.explicit.symptoms"),
]

CLEAR = [
    # well ever since / no more since
    "چهار سال پیش یه بار اقدام به خودکشی کردم. از اون موقع تا حالا حالم خوب بوده و فقط برای تمدید نسخه پیام دادم.",
    "زمانی که دانشجو بودم خودزنی می‌کردم؛ از اون به بعد دیگه این کارو تکرار نکردم.",
    "سال‌ها پیش خودزنی داشتم و بیش از ده ساله که دیگه این کارو نکردم. فقط یه سوال درباره‌ی بیمه دارم.",
    "در نوجوانی خودزنی داشتم ولی خیلی وقته که دست به تیغ نزدم.",
    # no contact for a span
    "چند سال پیش همسر سابقم کتکم می‌زد. سال‌هاست باهاش هیچ تماسی ندارم و فقط مدارک طلاق رو می‌خوام.",
    "پارسال خشونت خانگی رو تجربه کردم؛ از اون موقع با شوهر سابقم هیچ ارتباطی نداریم.",
    # no more thoughts of that kind
    "دو سال پیش به خودکشی فکر می‌کردم، دیگه هیچ فکری از این جنس ندارم.",
    "پارسال اقدام به خودکشی داشتم. دیگه فکر خودکشی ندارم.",
    # now ... I am great
    "سال‌ها پیش اقدام به خودکشی کردم؛ الان سر کار جدیدم هستم و حالم عالیه.",
    # a topic named for a course, protocol or paperwork
    "ماژول خودزنی دوره رو کی باز می‌کنید؟",
    "پروتکل ارجاع موارد خشونت خانگی رو برای کلینیک‌مون لازم داریم.",
    "پایان‌نامه‌م درباره‌ی ریسک اوردوز در سالمندانه، منابع معرفی می‌کنید؟",
    "بند مربوط به خودکشی تو قرارداد بیمه رو توضیح میدید؟",
    # a paperwork question answered no in other words
    "تو فرم استخدام پرسیده بودن سابقه‌ی خودزنی دارم یا نه؛ جواب منفیه. گواهی می‌دید؟",
    "مشاور مدرسه پرسید به خودکشی فکر می‌کنم یا نه. هیچ‌کدوم.",
    "سوال ۷ پرسشنامه: آیا تا به حال اقدام به خودکشی کرده‌اید؟ این سوال اجباریه؟",
    # a song or advert quoted
    "تو تیزر جدیدتون ترانه‌ای بود که می‌گفت «می‌خوام بمیرم تو بغلت»، به نظرم مناسب نیست.",
    "روی بیلبورد نوشتید «خودکشی راه حل نیست»، فونتش خوب خونده نمیشه.",
    # "I'll kill him" with laughter
    "خواهرم باز شارژرمو برداشته، می‌کشمش 😂",
    "اگه دوباره رمز اینترنت رو عوض کنه می‌کشمش خخخ",
    # "I had a heart attack" as shock
    "از ترس سکته کردم وقتی قبض برق رو دیدم!",
    "پنالتی آخر رو زدیم، سکته کردم! حالا نوبت هفته‌ی بعدم رو عوض کنید.",
    "وقتی نتیجه‌ی کنکور اومد داشتم سکته می‌کردم از خوشحالی",
]


@pytest.mark.parametrize("text,rule", FIRES)
def test_the_crisis_still_fires(text, rule):
    assert_rule_fires(rule, text, "fa")


@pytest.mark.parametrize("text", CLEAR)
def test_the_look_alike_stays_clear(text):
    assert_stays_clear(text, "fa")


@pytest.mark.parametrize("text", [
    # "none but dying" is not "no more such thoughts"
    "پارسال اقدام به خودکشی کردم و دیگه هیچ فکری ندارم جز اینکه بمیرم",
    # well since, then not well
    "دو سال پیش خودزنی داشتم. از اون موقع حالم خوب نبوده",
])
def test_open_past_still_goes_to_a_person(text):
    assert flagging_crisis_rules(text, "fa") != []


@pytest.mark.parametrize("text", [
    "خواهرم دیشب پیام داد که از همه ممنونه و حلالش کنیم، از اون موقع گوشیش خاموشه",
    "از آن زمان پسرم از اتاقش بیرون نمیاد و غذا نمی‌خوره",
])
def test_since_then_reads_as_now(text):
    assert time_status(text, ["fa"]) == Status.CURRENT


@pytest.mark.parametrize("text", [
    "اون موقع خیلی به خودکشی فکر می‌کردم",  # "that time" alone is still the past
    "سه سال پیش اقدام به خودکشی کردم، از اون موقع حالم خوب نبوده",  # not well since: still open
])
def test_open_past_stays_open(text):
    assert time_status(text, ["fa"]) == Status.PAST_UNCLEAR


@pytest.mark.parametrize("text", ["رگم را زدم", "دیشب رگ دستم را زدم و خون بند نمی‌آید", "رگ‌هایم را زدم"])
def test_written_persian_object_marker_before_the_verb(text):
    """The formal object marker with a space ("رگم را زدم") as well as the spoken one ("رگمو زدم")."""
    assert current_crisis_rules(text, "fa"), text


@pytest.mark.parametrize("text", ["رگ دستش را زد", "دکتر رگ دستم را زد تا خون بگیرد"])
def test_someone_else_finding_a_vein_is_not_self_harm(text):
    assert_stays_clear(text, "fa")

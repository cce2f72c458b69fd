"""Session 10 Persian mends for negation that does not deny the risk (tests/data/negation/fa.jsonl
shows the classes; every sentence here was written for this file, none is a row of that table).
Per mend: sentences where it must fire, and look-alikes that must stay clear (plain denials,
idioms, tasks, other people's past), so that a denial still reads as a denial."""

import pytest

from rule_checks import assert_rule_fires, assert_stays_clear, flagging_crisis_rules

FIRES = [
    # double negative: "no day / night that I don't ..." (the "هیچ" is not a denial)
    ("هیچ روزی نیست که به خودکشی فکر نکنم، حتی سر کار", "fa.suicide.explicit.kill_myself"),
    ("هیچ روزی نیست که به خودکشی فکر نکنم، حتی سر کار", "fa.suicide.implied.no_day_without"),
    ("شبی نیست که به مرگ فکر نکنم و خوابم نمی‌بره", "fa.suicide.implied.no_day_without"),
    ("هیچ شبی نمی‌گذره که خودمو زخمی نکنم", "fa.self_harm.implied.no_day_without"),
    ("هیچ روزی بدون فکر خودکشی نمی‌گذره", "fa.suicide.implied.no_day_without"),
    # "نه تنها" (not only)
    ("نه تنها به خودکشی فکر می‌کنم، بلکه نقشه هم کشیدم", "fa.suicide.explicit.kill_myself"),
    ("نه فقط به خودکشی فکر می‌کنم، تاریخشم معلوم کردم", "fa.suicide.explicit.kill_myself"),
    # nobody will miss / find me; I told no one
    ("هیچ‌کس دلش برام تنگ نمیشه اگه خودمو بکشم", "fa.suicide.explicit.kill_myself"),
    ("هیچکس پیدام نمی‌کنه وقتی خودمو بکشم", "fa.suicide.explicit.kill_myself"),
    ("به هیچ‌کس نگفتم که می‌خوام بمیرم", "fa.suicide.explicit.want_to_die"),
    # unable to stop (formal "قادر به ... نیستم", "توانایی ... ندارم")
    ("قادر به ترک خودزنی نیستم و هر هفته بدتر می‌شود", "fa.self_harm.implied.cannot_stop_formal"),
    ("توانایی کنترل خودزنی را ندارم، کمکم کنید", "fa.self_harm.implied.cannot_stop_formal"),
    ("قادر به کنترل افکار خودکشی نیستم", "fa.suicide.implied.cannot_stop_formal"),
    ("دیگر توانایی توقف فکر مرگ را ندارم", "fa.suicide.implied.cannot_stop_formal"),
    # a denial, then the means or the act
    ("قصد خودکشی ندارم ولی قرص‌های خوابمو جمع کردم", "fa.suicide.implied.denial_then_means"),
    ("خودکشی نمی‌کنم، اما طناب رو آماده کردم", "fa.suicide.implied.denial_then_means"),
    ("خودزنی نمی‌کنم، فقط گاهی با تیغ دستمو می‌برم", "fa.self_harm.implied.denial_then_act"),
    ("اهل خودزنی نیستم، ولی دیشب خودمو بریدم", "fa.self_harm.implied.denial_then_act"),
    # it's not that I don't want to die
    ("اینطور نیست که نخوام خودمو بکشم، فقط می‌ترسم", "fa.suicide.explicit.not_that_i_dont_want"),
    ("این جوری نیست که نخوام بمیرم، فقط هنوز وقتش نشده", "fa.suicide.explicit.not_that_i_dont_want"),
    # why shouldn't I (asked of oneself)
    ("اصلا چرا از بالکن نپرم؟ کسی منتظرم نیست", "fa.suicide.explicit.why_not_act"),
    ("چرا همین الان رگمو نزنم", "fa.suicide.explicit.why_not_act"),
    ("چرا قرصامو یه جا نخورم که تموم شه", "fa.suicide.explicit.why_not_act"),
    ("یه سوال دارم، اصلا چرا از پل نپرم", "fa.suicide.explicit.why_not_act"),
    # cannot promise I won't
    ("قول نمیدم امشب خودمو نکشم", "fa.suicide.implied.cannot_promise_alive"),
    ("مطمئن نیستم تا آخر هفته زنده بمونم", "fa.suicide.implied.cannot_promise_alive"),
    ("مطمئن نیستم امشب دستمو نبرم", "fa.self_harm.implied.cannot_promise_cut"),
    ("قول نمی‌دم دیگه به خودم آسیب نزنم", "fa.self_harm.implied.cannot_promise_cut"),
    # not just scratches any more
    ("دیگه فقط یه خراش نیست، این بار خیلی عمیق بریدم", "fa.self_harm.implied.not_just_scratches"),
    ("این بار فقط خط نیست، زخمم خونریزی داره", "fa.self_harm.implied.not_just_scratches"),
    # no way out but death
    ("هیچ راهی جز مردن برام نمونده", "fa.suicide.implied.no_way_out_but_death"),
    ("راه نجاتی نمی‌بینم جز مرگ", "fa.suicide.implied.no_way_out_but_death"),
    ("تنها راهم مرگه", "fa.suicide.implied.no_way_out_but_death"),
    # not alive by a near date
    ("نوبت ماه بعد رو کنسل کنید، تا ماه بعد زنده نیستم", "fa.suicide.implied.not_alive_by_then"),
    ("تا جمعه دیگه زنده نیستم", "fa.suicide.implied.not_alive_by_then"),
    # refusing rescue
    ("دیگه نمی‌خوام کسی نجاتم بده", "fa.suicide.implied.refuses_rescue"),
    ("لازم نیست آمبولانس بفرستید، قرص‌هامو خوردم", "fa.suicide.implied.refuses_rescue"),
    # ending my life (noun) and ending it tonight
    ("به پایان دادن به زندگیم فکر می‌کنم", "fa.suicide.explicit.ending_my_life_noun"),
    ("فکر تموم کردن زندگیم ولم نمی‌کنه", "fa.suicide.explicit.ending_my_life_noun"),
    ("همین امشب دیگه تمومش می‌کنم، خداحافظ", "fa.suicide.implied.ending_it_tonight"),
    ("دیگه امشب تمومش میکنم، خسته شدم", "fa.suicide.implied.ending_it_tonight"),
    # at an edge, to throw oneself off
    ("رفتم لب پشت‌بوم نشستم تا خودمو پرت کنم", "fa.suicide.implied.edge_throw"),
    ("الان لبه‌ی پنجره ایستادم که خودمو بندازم پایین", "fa.suicide.implied.edge_throw"),
    # a denial of intent to hurt others, then one's own risk, still fires
    ("قصد ندارم به کسی آسیب بزنم ولی امشب خودمو می‌کشم", "fa.suicide.explicit.kill_myself"),
    # a research purpose does not hide the writer's own disclosure
    ("برای پروژه‌ی دانشگاه می‌پرسم ولی راستش من خودم امشب می‌خوام خودکشی کنم", "fa.suicide.explicit.kill_myself"),
    ("اگه مراجعی بگه می‌خواد خودکشی کنه چیکار می‌کنید؟ من امشب می‌خوام خودکشی کنم", "fa.suicide.explicit.kill_myself"),
    # recent self-harm, not said to be over
    ("پارسال خودزنی می‌کردم و الان دوباره شروع کردم", "fa.self_harm.explicit.cutting"),
]

CLEAR = [
    # double negatives without a crisis, and plain denials
    "هیچ روزی نیست که با بچه‌ها بازی نکنم، فقط ساعت جلسه رو عوض کنید",
    "هیچ روزی به خودکشی فکر نکردم",
    "هیچ‌وقت خودمو نمی‌کشم، فقط خسته‌ام",
    "نه، به خودکشی فکر نمی‌کنم",
    # nobody + something ordinary
    "هیچ‌کس دلش برای قبض‌های شما تنگ نمیشه",
    "هیچکس پیدام نمی‌کنه تو این ساختمون، آدرس رو دقیق بفرستید",
    # unable to ... something else; denials
    "قادر به پرداخت قسط این ماه نیستم",
    "افکار خودکشی ندارم، فقط نسخه می‌خوام",
    "هیچ‌وقت خودزنی نکردم",
    # a denial, then something ordinary
    "نه، قصد خودکشی ندارم، فقط می‌خوام قرارداد رو فسخ کنم",
    "خودزنی نمی‌کنم، ولی نگرانم دوستم این کارو بکنه",
    # it's not that I don't want ... something else; it's not that I want to die
    "اینطور نیست که نخوام بیام جلسه، فقط وقت ندارم",
    "این طور نیست که بخوام بمیرم، فقط خسته‌ام",
    # why not ... ordinary
    "چرا قرص‌های فشارمو نخورم؟ دکتر گفته ادامه بدم؟",
    "چرا از پل رد نشم؟ راهش کوتاه‌تره",
    # cannot promise ... ordinary
    "مطمئن نیستم تا فردا بتونم بیام",
    "قول نمی‌دم زود برسم، ترافیکه",
    # scratches on things
    "دیگه فقط یه خراش نیست، کل در ماشین فرو رفته",
    "این فقط یه خراش نیست، گوشیم کامل شکسته",
    # no way out but ... ordinary
    "هیچ راهی جز تماس با پشتیبانی نمونده",
    "تنها راه جلوگیری از مرگ بیمار همین بود",
    # away, not dead
    "تا جمعه در شهر نیستم، جلسه رو عقب بندازید",
    "تا اون موقع خونه نیستم",
    # rescue words that are not a refusal of rescue
    "نیازی به آمبولانس نیست، فقط پام پیچ خورده",
    "نمی‌خوام کلاس نجات غریق ثبت‌نام کنم",
    # ending a contract; a denial of ending my life; finishing a task
    "پایان دادن به قرارداد رو می‌خوام",
    "هرگز به پایان دادن به زندگیم فکر نکردم",
    "این پروژه رو امشب دیگه تمومش می‌کنم",
    "سریال رو امشب دیگه تمومش میکنم",
    # at an edge for something else
    "تا لب پل رفتم و از رودخونه عکس گرفتم",
    "رفتم لبه‌ی پشت‌بام که کولر رو تعمیر کنم",
    # a question in a form, about the bill
    "تو پرسشنامه سوال درباره‌ی خودکشی رو نفهمیدم",
    # a correction of what was said
    "من نگفتم می‌خوام بمیرم، گفتم می‌خوام برنامه رو حذف کنم",
    "نگفتم خودمو می‌کشم، گفتم خودمو می‌رسونم",
    # no intention of hurting anyone
    "اصلاً قصد ندارم به کسی آسیب بزنم، فقط عصبانی‌ام",
    "هیچ قصدی ندارم به کسی صدمه بزنم، فقط شکایت دارم",
    # a policy or research question about clients
    "برای پایان‌نامه‌ام می‌پرسم: اگه مراجعی بگه قصد خودکشی داره، به پلیس خبر میدید؟",
    "برای کلاس پرستاری: با بیماری که افکار خودکشی داره چطور صحبت کنیم؟",
    # over, said to be over
    "سه سال پیش خودزنی می‌کردم، الان دو ساله که دیگه نکردم",
    "در دانشگاه افکار خودکشی داشتم که با درمان برطرف شد",
    "قبلاً فکر می‌کردم دلیلی برای زندگی ندارم، ولی اون روزا تموم شد",
    "خواهرم پارسال خودزنی می‌کرد، الان درمان شده و سر کار میره",
    # someone else's past
    "عموم پنج سال پیش خودکشی کرد، می‌خوام با مشاور سوگ صحبت کنم",
]

STILL_FLAGGED = [
    # past, not said to be over (an unrelated "resolved" elsewhere does not close it)
    "دو سال پیش اقدام به خودکشی کردم، مشکل پرداختم برطرف شد؟",
    # another person named, but the writer comes back as the subject
    "عموم نمی‌دونه ولی من پارسال اقدام به خودکشی کردم",
]


@pytest.mark.parametrize("text,rule", FIRES)
def test_the_mend_fires(text, rule):
    assert_rule_fires(rule, text, "fa")


@pytest.mark.parametrize("text", CLEAR)
def test_the_look_alike_stays_clear(text):
    assert_stays_clear(text, "fa")


@pytest.mark.parametrize("text", STILL_FLAGGED)
def test_open_past_still_goes_to_a_person(text):
    assert flagging_crisis_rules(text, "fa") != []


# Session 10, second pass: the forms behind the second writer's rows, each in new words (none is a
# row of tests/data/negation/fa.jsonl), with look-alikes that must stay clear.
FIRES_2 = [
    ("دیگه نمی‌خوام وجود داشته باشم، خسته‌م", "fa.suicide.explicit.dont_want_to_exist"),
    ("دلم نمی‌خواد دیگه تو این دنیا باشم", "fa.suicide.explicit.dont_want_to_exist"),
    ("دیگه هیچ انگیزه‌ای برای زنده موندن ندارم", "fa.suicide.implied.no_will_to_live"),
    ("تمایلی به ادامه‌ی زندگی ندارم، لطفاً جلسه‌ها رو لغو کنید", "fa.suicide.implied.no_will_to_live"),
    ("اگه بچه‌هام نبودن، خودمو کشته بودم", "fa.suicide.explicit.if_not_for"),
    ("اگر ایمانم نبود تا الان به زندگیم پایان داده بودم", "fa.suicide.explicit.if_not_for"),
    ("age bacheham nabudan khodamo koshte budam", "fa.suicide.explicit.if_not_for"),
    ("جایی رو بلدم که بعد از خوردن قرص‌ها هیچ‌کس پیدام نمی‌کنه", "fa.suicide.implied.nobody_will_find"),
    ("می‌رم یه جایی که هیچکس جسدمو پیدا نکنه، طناب هم برداشتم", "fa.suicide.implied.nobody_will_find"),
    ("اگه بمیرم هیچ‌کس متوجه نمیشه", "fa.suicide.implied.nobody_would_notice"),
    ("اگر خودمو بکشم کسی دلش برام تنگ نمیشه", "fa.suicide.implied.nobody_would_notice"),
    ("برای خودکشی چه مقدار استامینوفن لازمه؟", "fa.suicide.implied.lethal_amount"),
    ("چه تعداد از قرص‌های خوابم برای تموم کردن همه چی بسه؟", "fa.suicide.implied.lethal_amount"),
    ("به اورژانس زنگ نزنید، همه‌ی قرصامو خوردم", "fa.suicide.implied.taken_refuses_rescue"),
    ("قرصا رو خوردم، به مامانم خبر ندید", "fa.suicide.implied.taken_refuses_rescue"),
    ("آماده‌ی رفتن از این دنیا هستم", "fa.suicide.implied.leave_this_world"),
    ("می‌خوام از این دنیا برم، دیگه بسه", "fa.suicide.implied.leave_this_world"),
    ("تصمیممو گرفتم، فقط بگید اگه مردم پولم به کی می‌رسه", "fa.suicide.implied.decided_if_i_die"),
    ("نصیحت نمی‌خوام، تصمیممو گرفتم؛ اگه نباشم گربه‌م مال خواهرمه", "fa.suicide.implied.decided_if_i_die"),
    ("سیگارمو رو مچم خاموش کردم که آروم شم", "fa.self_harm.implied.cigarette_on_body"),
    ("هر شب سیگار رو روی رونم خاموش می‌کنم", "fa.self_harm.implied.cigarette_on_body"),
    ("دیگه فقط فکر نیست، رفتم سر پل و پایینو نگاه کردم", "fa.suicide.implied.beyond_thoughts"),
    ("این دیگه فقط یه خیال نیست، قرصامو جمع کردم", "fa.suicide.implied.beyond_thoughts"),
    ("الان رو پشت بومم، چرا نپرم؟", "fa.suicide.explicit.why_not_jump_end"),
    ("چرا همین امشب تمومش نکنم؟", "fa.suicide.explicit.why_not_jump_end"),
    ("chera emshab tamumesh nakonam", "fa.suicide.explicit.why_not_jump_end"),
    # "who said I don't want to ...?" affirms
    ("کی گفته من نمی‌خوام خودمو بکشم؟", "fa.suicide.explicit.kill_myself"),
]

CLEAR_2 = [
    # plain denials and wants about other things
    "نمی‌خوام بمیرم، فقط خسته‌ام",
    "نمی‌خوام تو این هوای آلوده نفس بکشم، جلسه رو آنلاین کنید",
    "نمی‌خوام از این دنیا برم، فقط کمک می‌خوام",
    # no will to go on with a marriage, a city, a series
    "حوصله‌ی ادامه‌ی زندگی با شوهرم رو ندارم، زوج‌درمانی دارید؟",
    "تمایلی به ادامه‌ی زندگی در این شهر ندارم، دنبال مشاور مهاجرت هستم",
    # if it weren't for X ... something else
    "اگه کمک شما نبود، تا حالا از کار اخراج شده بودم",
    "اگه بچه‌هام نبودن خیلی وقت پیش رفته بودم خارج",
    # nobody finds me / if I die, about something ordinary
    "هیچکس پیدام نمی‌کنه تو این ساختمون، آدرس رو دقیق بفرستید",
    "اگه بمیرم هم این قبض رو پرداخت نمی‌کنم",
    # amounts of medicine for an illness; medicine taken as prescribed
    "چند تا قرص آهن برای کم‌خونی لازمه؟",
    "چه مقدار دارو برای درمان سرماخوردگی کافیه؟",
    "زنگ نزنید به دکتر، قرصامو سر وقت خوردم",
    "به مامانم خبر ندید، امروز قرصامو نخوردم",
    # someone else left this world; a decision about an account or organ donation
    "مادرم پارسال از این دنیا رفت",
    "تصمیممو گرفتم، اشتراک رو لغو کنید",
    "تصمیم گرفتم اگه مردم اعضای بدنمو اهدا کنن",
    # cigarettes put out elsewhere; not just an idea, about a company or a concert
    "سیگارمو رو زیرسیگاری خاموش کردم",
    "دیگه فقط یه ایده نیست، شرکتمونو ثبت کردیم",
    "دیگه فقط حرف نیست، بلیط کنسرتو خریدم",
    # why not ... ordinary, on a bridge for something else
    "چرا امشب پروژه رو تمومش نکنم؟",
    "الان رو پل طبیعتم، چرا نیام جلسه؟",
    # a reported question answered no; who said I want ...? (a rhetorical denial)
    "پرسیده بودید فکر خودکشی دارم یا نه؛ نه، ندارم.",
    "کی گفته من می‌خوام بمیرم؟ فقط خسته‌ام",
    # a policy question about clients, with its purpose
    "اگه یه کاربر تو چت بگه می‌خواد خودکشی کنه، پروتکل‌تون چیه؟ برای آموزش همکارای جدید می‌پرسم",
    "در مورد خودزنی، اگه دانش‌آموز بگه مدرسه به خانواده خبر میده؟ روالشو می‌خوام بدونم",
    # moving away; a relative's suicide years ago; over since school
    "ماه بعد دیگه اینجا نیستم، دارم مهاجرت می‌کنم به آلمان",
    "پسرخاله‌ام سه سال پیش خودکشی کرد و هنوز دلم براش تنگه",
    "دوران دبیرستان خودزنی می‌کردم ولی سال‌هاست که تموم شده",
]

STILL_FLAGGED_2 = [
    "پرسیده بودید فکر خودکشی دارم یا نه؛ آره، دارم.",
    "دیگه اینجا نیستم، دارم میرم، خداحافظ همه",
    "دوستم دیشب خودکشی کرد، الان بیمارستانه",
]


@pytest.mark.parametrize("text,rule", FIRES_2)
def test_the_second_pass_mend_fires(text, rule):
    assert_rule_fires(rule, text, "fa")


@pytest.mark.parametrize("text", CLEAR_2)
def test_the_second_pass_look_alike_stays_clear(text):
    assert_stays_clear(text, "fa")


@pytest.mark.parametrize("text", STILL_FLAGGED_2)
def test_the_second_pass_keeps_open_cases_flagged(text):
    assert flagging_crisis_rules(text, "fa") != []

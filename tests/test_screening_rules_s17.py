"""Session 17's rule mends, each beside the crisis it must not clear. Every sentence was written for
this file (none comes from an evaluation set or a written batch).

- Russian and Bulgarian "не ... ли" (and Bulgarian "дали не") ask, they do not deny: "спросила, не
  хочу ли я убить себя. Да, хочу." was read as negated and went to auto.
- A reported question answered no at once after it ("The nurse asked if I wanted to hurt myself. Of
  course not.", "Конечно нет!", "— не, разбира се", "نه، اصلاً") is the question's, not the writer's;
  answered yes, not answered, or answered "no, but ..." with a crisis of its own, it stays.
- Russian gets the "asked ... I answered no" clearer the other three languages had, and reads the
  question asked of oneself with "ли" inside the phrase ("Не покончить ли мне с собой?").
- A negative word inside an "if" clause belongs to the condition: "If you don't refund me today I'll
  kill myself" (no comma) was read as negated and went to auto; "If I'm honest I don't want to die"
  stays a denial.
- Someone else's age then ("when he was 16", "когда ему было 16", "когато беше на 16", "وقتی ۱۶
  سالش بود") dates their crisis as past, like the writer's own "when I was 16" did; "когда мне было
  плохо" is no age, so "..., я пыталась покончить с собой вчера" is current again.
- "Did it again", told right after a past crisis, makes it current in all four languages.
- Forms found by probes written for this session: violence "again" by an unnamed "he" (ru, bg, fa),
  pain as the only relief (four languages), the bare Bulgarian "се режех", Persian sleeves hiding
  marks and blades hidden with many words between; blades put away from a child are child-proofing."""

import pytest

from caredraft.guardrails.input.crisis_rules import Status, match_rules
from rule_checks import assert_stays_clear, current_crisis_rules

CLEAR = [
    ("en", "The nurse asked if I wanted to hurt myself. Of course not, I was just exhausted after the night shift."),
    ("en", "My GP asked whether I'd thought about killing myself. No. I only need the sick note re-sent."),
    ("ru", "Психолог спросила, хочу ли я покончить с собой, я сразу ответила нет. Хочу перенести сессию на пятницу."),
    ("ru", "Сестра спросила, не хочу ли я навредить себе. Конечно нет! Просто устала стоять в очередях."),
    ("ru", "Врач уточнял, нет ли у меня мыслей о самоубийстве. Нет, таких мыслей нет, мне нужна только справка."),
    ("bg", "Попитаха ме дали не мисля да се самоубия — не, разбира се. Кога е следващият ми час?"),
    ("bg", "Терапевтката ме попита дали не искам да се самонаранявам, казах не. Искам друга дата."),
    ("fa", "پرستار پرسید که آیا می‌خوام خودکشی کنم. نه، اصلاً. فقط یه نوبت جدید می‌خوام."),
]


@pytest.mark.parametrize("language,text", CLEAR)
def test_a_question_answered_no_is_clear(language, text):
    assert_stays_clear(text, language)


STAYS = [
    ("ru", "Мама спросила, не хочу ли я убить себя. Да, хочу.", "ru.suicide.explicit.kill_myself"),
    ("ru", "Психолог спросила, не хочу ли я покончить с собой. Я промолчала.", "ru.suicide.explicit.kill_myself"),
    ("ru", "Не покончить ли мне с собой, раз всё так вышло?", "ru.suicide.explicit.should_i_s17"),
    ("bg", "Мама ме попита дали не мисля да се самоубия. Да, мисля.", "bg.suicide.explicit.kill_myself"),
    ("bg", "Не искаш ли да се самоубиеш, пита ме брат ми всеки ден. Вече наистина искам.", "bg.suicide.explicit.kill_myself"),
    ("en", "The nurse asked if I wanted to kill myself. I didn't answer.", "en.suicide.explicit.kill_myself"),
    ("en", "She asked if I wanted to hurt myself. Yes. Every night.", "en.self_harm.explicit.cutting"),
    ("fa", "پرستار پرسید که آیا می‌خوام خودکشی کنم. آره.", "fa.suicide.explicit.kill_myself"),
]


@pytest.mark.parametrize("language,text,rule", STAYS)
def test_a_question_not_answered_no_stays(language, text, rule):
    assert rule in current_crisis_rules(text, language)


def test_no_but_a_crisis_of_its_own_stays():
    """The answer clears only the question's words: a crisis told after it is the writer's own."""
    text = "My mom asked if I'm suicidal. No, but I keep thinking about ending it."
    assert current_crisis_rules(text, "en")
    assert Status.NEGATED in {h.status for h in match_rules(text, ["en"]) if h.rule_id == "en.suicide.explicit.suicidal"}


def test_a_plain_negation_is_still_one():
    """The exception is the question's "не ... ли", not every "не": a plain denial stays a denial."""
    assert not current_crisis_rules("Я не хочу покончить с собой, просто устала от вашей поддержки.", "ru")
    assert not current_crisis_rules("Не искам да се самоубия, просто ми върнете парите.", "bg")


CONDITIONS = [
    ("en", "If you don't refund me today I'll kill myself, I'm not joking.", "en.suicide.explicit.kill_myself"),
    ("en", "If nobody calls me back I will kill myself.", "en.suicide.explicit.kill_myself"),
    ("en", "If I don't get help soon I might hurt myself.", "en.self_harm.explicit.cutting"),
    ("ru", "Если вы не вернёте деньги сегодня я покончу с собой.", "ru.suicide.explicit.kill_myself"),
    ("bg", "Ако не ми върнете парите аз ще се самоубия.", "bg.suicide.explicit.kill_myself"),
]


@pytest.mark.parametrize("language,text,rule", CONDITIONS)
def test_a_negative_in_the_condition_does_not_deny_the_consequence(language, text, rule):
    assert rule in current_crisis_rules(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "If I'm honest I don't want to die, I just want my money back."),
    ("en", "Even if I'm struggling I would never kill myself."),
    ("ru", "Если что, я не собираюсь покончить с собой, просто верните деньги."),
    ("bg", "Ако питате, аз не искам да се самоубия, просто ми върнете парите."),
])
def test_a_denial_inside_a_conditional_sentence_stays_a_denial(language, text):
    assert not current_crisis_rules(text, language)


SOMEONE_ELSES_PAST = [
    ("en", "My brother tried to kill himself when he was 16. He is 30 now. Can I book a session for him?"),
    ("en", "My sister self-harmed when she was a teenager. Can I book a session for her?"),
    ("ru", "Мой брат пытался покончить с собой, когда ему было 16. Сейчас ему 30. Можно записать его?"),
    ("bg", "Брат ми се опита да се самоубие, когато беше на 16. Сега е на 30. Може ли да го запиша?"),
    ("fa", "برادرم وقتی ۱۶ سالش بود اقدام به خودکشی کرد. الان ۳۰ سالشه. می‌تونم براش وقت بگیرم؟"),
]


@pytest.mark.parametrize("language,text", SOMEONE_ELSES_PAST)
def test_someone_elses_crisis_dated_by_their_age_is_past(language, text):
    statuses = {h.status for h in match_rules(text, [language]) if h.is_crisis}
    assert statuses and statuses <= {Status.REPORTED_PAST}


def test_a_bad_time_is_no_age():
    """"когда мне было плохо" (when I felt bad) is no past: yesterday's attempt stays current."""
    assert "ru.suicide.explicit.attempt" in current_crisis_rules("Когда мне было плохо, я пыталась покончить с собой вчера.", "ru")
    assert not current_crisis_rules("Когда мне было пятнадцать, я пыталась покончить с собой.", "ru")


DID_IT_AGAIN = [
    ("en", "I used to cut myself in school. Last night I did it again.", "en.self_harm.explicit.cutting"),
    ("ru", "Раньше я резала себя. Вчера ночью снова это сделала.", "ru.self_harm.explicit.cutting"),
    ("bg", "Навремето се режех. Снощи пак го направих.", "bg.self_harm.explicit.cut_oneself_s17"),
    ("fa", "قبلاً خودزنی می‌کردم. دیشب دوباره این کارو کردم.", "fa.self_harm.explicit.cutting"),
]


@pytest.mark.parametrize("language,text,rule", DID_IT_AGAIN)
def test_did_it_again_makes_a_past_crisis_current(language, text, rule):
    assert rule in current_crisis_rules(text, language)
    # without the return, the same past stays open for a person (not current, not cleared)
    first_sentence = text.split(". ")[0] + "."
    assert rule not in current_crisis_rules(first_sentence, language)


FORMS = [
    ("ru", "Если он ещё раз меня ударит, я не знаю, выживу ли.", "ru.abuse.explicit.hits_me_again_s17"),
    ("ru", "Он снова меня ударил, пишу с телефона подруги.", "ru.abuse.explicit.hits_me_again_s17"),
    ("bg", "Ако пак ме удари, не знам дали ще оцелея. Може ли сесия онлайн?", "bg.abuse.explicit.hits_me_again_s17"),
    ("fa", "اگه دوباره منو بزنه نمی‌دونم زنده می‌مونم یا نه.", "fa.abuse.explicit.hits_me_again_s17"),
    ("en", "Only the pain calms me down when everything gets too much.", "en.self_harm.implied.pain_calms_me_s17"),
    ("bg", "Само болката ме успокоява, когато всичко стане твърде много.", "bg.self_harm.implied.pain_calms_me_s17"),
    ("ru", "Только боль меня успокаивает, когда всего становится слишком много.", "ru.self_harm.implied.pain_calms_me_s17"),
    ("fa", "فقط درد آرومم می‌کنه وقتی همه چی زیادی میشه.", "fa.self_harm.implied.pain_calms_me_s17"),
    ("bg", "Преди се режех. Напоследък пак ми се иска.", "bg.self_harm.explicit.cut_oneself_s17"),
    ("fa", "باز کل تابستون آستین بلند پوشیدم که جاها معلوم نشه.", "fa.self_harm.implied.sleeves_hide_marks_s17"),
    ("fa", "تیغ‌ها رو تو یه جعبه زیر تخت قایم کردم ولی دقیقاً می‌دونم کجان.", "fa.self_harm.explicit.blades_hidden_s17"),
]


@pytest.mark.parametrize("language,text,rule", FORMS)
def test_the_form_fires(language, text, rule):
    assert rule in current_crisis_rules(text, language)


@pytest.mark.parametrize("language,text", [
    ("ru", "Меня опять ударило током от розетки в кабинете, почините."),
    ("bg", "Пак ме удари мигрената, отменете часа ми."),
    ("bg", "Пак ме удари токът от зарядното в чакалнята."),
    ("bg", "Вчера се рязах докато готвех, затова закъснях."),
    ("bg", "Скрих ножчетата от детето, да не ги намери."),
    ("ru", "Спрятала лезвия от ребёнка на верхнюю полку."),
    ("fa", "تیغ‌ها رو از دست بچه قایم کردم."),
    ("en", "Painkillers only help me for an hour, can the doctor call me?"),
])
def test_the_look_alike_of_a_form_is_clear(language, text):
    assert_stays_clear(text, language)


def test_a_cleared_match_says_why_in_words():
    """A reviewer reads the clearer's note, not only its id."""
    hits = match_rules("Психолог спросила, хочу ли я покончить с собой, я сразу ответила нет.", ["ru"])
    hit = next(h for h in hits if h.rule_id == "ru.suicide.explicit.kill_myself")
    assert hit.why_cleared == "a question asked and answered no (ru.topic.asked_if_answered_no_s17)"
    negated = next(h for h in match_rules("I'm not suicidal, just need a refund.", ["en"]) if h.is_crisis)
    assert negated.why_cleared == "negation"


@pytest.mark.parametrize("language,text", [
    ("en", "I've been following her for a week and I know when she leaves work. I want to cancel Thursday."),
    ("bg", "Следя я от седмица и знам кога си тръгва от работа. Искам да отменя сесията в четвъртък."),
    ("ru", "Я слежу за ней неделю и знаю, когда она уходит с работы. Хочу отменить сессию в четверг."),
    ("fa", "یه هفته‌ست تعقیبش می‌کنم و می‌دونم کی از سر کار میره. می‌خوام جلسه پنجشنبه رو کنسل کنم."),
])
def test_following_someone_whose_routine_is_known_is_harm_to_others(language, text):
    assert f"{language}.harm_to_others.implied.following_routine_s17" in current_crisis_rules(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "I know when my husband leaves work, please call me then."),
    ("bg", "Следя новините и знам кога се прибира мъжът ми, обадете се след това."),
    ("ru", "Я слежу за новостями и знаю, когда он возвращается из командировки, позвоните потом."),
])
def test_a_known_schedule_alone_is_no_threat(language, text):
    assert f"{language}.harm_to_others.implied.following_routine_s17" not in current_crisis_rules(text, language)


IMPLIED_SUICIDE = [
    ("en", "I found a way to make the pain stop forever. Cancel my sessions.", "en.suicide.implied.pain_stopped_forever_s17"),
    ("fa", "یه راهی پیدا کردم که درد برای همیشه تموم شه. جلسه‌هامو کنسل کنید.", "fa.suicide.implied.pain_stopped_forever_s17"),
    ("en", "I don't see myself after New Year, so don't renew the subscription.", "en.suicide.implied.no_future_past_date_s17"),
    ("bg", "Не виждам себе си след Нова година, затова не подновявайте абонамента.", "bg.suicide.implied.no_future_past_date_s17"),
    ("ru", "Не вижу себя после Нового года, поэтому не продлевайте подписку.", "ru.suicide.implied.no_future_past_date_s17"),
    ("fa", "خودمو بعد از عید نمی‌بینم، واسه همین اشتراکو تمدید نکنید.", "fa.suicide.implied.no_future_past_date_s17"),
    ("en", "Tomorrow it will all be over. I just need a receipt for the last payment.", "en.suicide.implied.all_over_tomorrow_s17"),
    ("bg", "Утре всичко ще е свършило. Искам само разписка за последното плащане.", "bg.suicide.implied.all_over_tomorrow_s17"),
    ("en", "I paid the bills three months ahead so there are no problems after me.", "en.suicide.implied.no_problems_after_me_s17"),
    ("bg", "Платих сметките три месеца напред, за да няма проблеми след мен.", "bg.suicide.implied.no_problems_after_me_s17"),
    ("ru", "Оплатила счета на три месяца вперёд, чтобы после меня не было проблем.", "ru.suicide.implied.no_problems_after_me_s17"),
    ("en", "If anything happens to me, the password for the account is in the envelope on my desk.", "en.suicide.implied.if_anything_happens_s17"),
    ("bg", "Ако нещо ми се случи, паролата за профила е в плика на бюрото.", "bg.suicide.implied.if_anything_happens_s17"),
    ("ru", "Если со мной что-то случится, пароль от профиля в конверте на столе.", "ru.suicide.implied.if_anything_happens_s17"),
    ("fa", "اگه برام اتفاقی افتاد، رمز حساب تو پاکت روی میزه.", "fa.suicide.implied.if_anything_happens_s17"),
    ("en", "I wanted to say thank you before I go. You were always kind.", "en.suicide.implied.thanks_before_i_go_s17"),
    ("bg", "Исках да ви благодаря, преди да си отида. Винаги бяхте мили.", "bg.suicide.implied.thanks_before_i_go_s17"),
    ("ru", "Хотела сказать спасибо, пока я ещё здесь. Вы всегда были добры.", "ru.suicide.implied.thanks_while_still_here_s17"),
    ("fa", "می‌خواستم قبل از رفتنم تشکر کنم. همیشه مهربون بودید.", "fa.suicide.implied.thanks_before_i_go_s17"),
]


@pytest.mark.parametrize("language,text,rule", IMPLIED_SUICIDE)
def test_the_implied_suicide_form_fires(language, text, rule):
    assert rule in current_crisis_rules(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "I don't see myself in this job after New Year, can I change my plan?"),
    ("en", "Hopefully it will all be over soon once you refund me."),
    ("en", "I'm having surgery on Monday; if anything happens to me, my husband has the password."),
    ("en", "If anything happens to me on the trip, my sister has the keys to the flat."),
    ("en", "Found a way to make the noise stop, thanks."),
    ("bg", "Не виждам себе си в тази работа след Нова година."),
    ("bg", "Утре всичко ще е приключило с изпитите, тогава ще ви пиша."),
    ("bg", "Имам операция в понеделник, ако нещо ми се случи, паролата е у мъжа ми."),
    ("ru", "Не вижу себя в этой профессии после Нового года."),
    ("ru", "Ложусь на операцию, если со мной что-то случится, пароль у мужа."),
    ("fa", "فردا عمل دارم، اگه برام اتفاقی افتاد رمز حساب دست شوهرمه."),
    ("fa", "دردم با این دارو برای همیشه تموم شد، ممنون از دکتر."),
    ("fa", "خودمو تا آخر سال تو این شغل نمی‌بینم."),
    ("en", "Thanks before I go on holiday, you were always kind with scheduling."),
    ("bg", "Искам да ви благодаря, преди да си отида на почивка."),
    ("ru", "Спасибо, пока я ещё в офисе, отправлю документы."),
    ("fa", "می‌خواستم قبل از رفتنم به سفر تشکر کنم."),
])
def test_the_look_alike_of_an_implied_form_is_clear(language, text):
    assert_stays_clear(text, language)


def test_a_clearer_ends_with_its_sentence():
    """"فرم" (form) inside "فرمایید." (please renew) used to run its gap over the full stop into the next
    sentence, a disclosure, and explain it away; a clearer's span now ends with its sentence."""
    from caredraft.guardrails.input.crisis_rules import _clearer_matches, _reading

    text = "با سلام، نسخه‌ی پماد سوختگی را تمدید فرمایید. زخم‌های جدید ساعدم هنوز تازه‌اند."
    norm = _reading(text, "fa").text
    second = norm.index("زخم")
    assert not any(start < second < end for _, start, end in _clearer_matches("fa", norm))
    # an abbreviation's full stop does not end the sentence
    from caredraft.guardrails.input.crisis_rules import _within_sentence

    norm = _reading("Prescription renewal please, dr. Petrov is not answering. Thanks", "en").text
    assert _within_sentence(norm, 0, len(norm)) == norm.index("answering.") + len("answering")


@pytest.mark.parametrize("language,text", [
    ("en", "Just wanted to say goodbye, my new job covers therapy through their own provider so I'm switching over."),
    ("bg", "Това ще е последното ми писмо до вас, защото от утре фирмата ми покрива друга платформа."),
    ("ru", "Прощайте, дорогие! Ухожу в декрет, вернусь через год, заморозьте подписку."),
    ("fa", "این آخرین پیاممه چون درمانم با موفقیت تموم شد، ممنون از همه."),
])
def test_a_goodbye_with_an_ordinary_reason_is_clear(language, text):
    assert_stays_clear(text, language)


@pytest.mark.parametrize("language,text,rule", [
    ("en", "I wanted to say goodbye. My new job starts Monday and I won't need anything anymore, the pills are ready.",
     "en.suicide.implied.final_signs"),
    ("ru", "Прощайте. Вопрос закрыт, я всё решила, таблетки собраны.", "ru.suicide.implied.pills_hoarded"),
])
def test_a_crisis_beside_such_a_goodbye_stays(language, text, rule):
    assert rule in current_crisis_rules(text, language)


@pytest.mark.parametrize("text,status", [
    ("Перенесите сессию на раньше, я режу себя каждый вечер.", Status.CURRENT),
    ("Отправьте письмо не раньше понедельника, я решила покончить с собой.", Status.CURRENT),
    ("Раньше я резала себя.", Status.PAST_UNCLEAR),
    ("Я раньше резала себя, сейчас всё хорошо.", Status.PAST_RESOLVED),
])
def test_earlier_in_a_request_is_no_past(text, status):
    """"раньше" is "formerly" only beside a past or its subject; "на раньше" asks for an earlier slot."""
    assert status in {h.status for h in match_rules(text, ["ru"]) if h.is_crisis}

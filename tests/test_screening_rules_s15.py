"""Session 15's rules, by form, each beside look-alikes that must keep their reading. Every sentence
was written for this file (none comes from the batch the forms were found on).

- A denial is shared by the items of its list ("no thoughts of ending my life or hurting myself"),
  forwards, and in Persian also backwards (the denying verb ends the sentence); not across "I",
  a negative word of an item's own, or a comma alone.
- A crisis word alone is a topic when the writer denies the risk elsewhere ("the self-harm screener
  ... I always answer no"), unless the denial is taken back before it, the clause is the writer's
  own ("I self-harm"), the word is a Persian verb ("خودکشی کنم"), or it is back or recent.
- A denial taken back ("but that was a lie") or hedged ("Probably.") is no denial.
- "It is over" in more words, "now" with a well state, and a return told in a sentence of its own.
- New crisis forms in four languages, and look-alikes of them."""

import pytest

from caredraft.guardrails.input.crisis_rules import Status, match_rules
from rule_checks import assert_rule_fires, assert_stays_clear, current_crisis_rules


def _statuses(text: str, language: str) -> dict[str, Status]:
    return {h.rule_id: h.status for h in match_rules(text, [language]) if h.is_crisis}


# --- a denial shared by its list -----------------------------------------------------------------

SHARED = [
    ("en", "For the record: I'm not thinking about ending my life or about hurting myself. I need a receipt."),
    ("en", "no urge to overdose or to cut, the app just logged me out"),
    ("ru", "У меня нет мыслей о суициде или о самоповреждении, просто поменяйте время."),
    ("bg", "Нямам мисли за самоубийство или самонараняване, искам само фактура."),
    ("fa", "به خودکشی یا آسیب زدن به خودم فکر نمی‌کنم، فقط رسید می‌خوام."),
]


@pytest.mark.parametrize("language,text", SHARED)
def test_a_denial_is_shared_by_its_list(language, text):
    assert current_crisis_rules(text, language) == [], _statuses(text, language)


NOT_SHARED = [
    ("en", "I'm not suicidal and I will hurt myself tonight if he comes back."),
    ("en", "not suicidal, cutting myself every night though"),
    ("en", "I'm not going to kill myself but I cut myself last night."),
    ("ru", "Я не хочу умирать, но режу себя каждый вечер."),
    ("en", "I self-harmed at uni today and I can't stop shaking."),
]


@pytest.mark.parametrize("language,text", NOT_SHARED)
def test_a_statement_beside_a_denial_keeps_its_own_reading(language, text):
    assert current_crisis_rules(text, language), _statuses(text, language)


# --- a crisis word alone, and a denial -----------------------------------------------------------

TOPICS = [
    ("en", "Why does the app show me the suicide hotline every login? I'm not at risk, it's just awkward at work."),
    ("en", "The intake asks about self-harm each time and I always answer no. Can it be skipped?"),
    ("ru", "Бот спрашивает про самоповреждения перед каждой сессией. Я отвечаю «нет», можно отключить?"),
    ("bg", "В анкетата има въпрос за самоубийство, отговорих „не“. Защо ми звънят от кризисната линия?"),
    ("fa", "توی فرم یه سوال درباره‌ی خودکشی بود، «نه» زدم. چرا هنوز پیام می‌فرستید؟"),
]


@pytest.mark.parametrize("language,text", TOPICS)
def test_a_crisis_word_is_a_topic_when_the_writer_denies_the_risk(language, text):
    assert current_crisis_rules(text, language) == [], _statuses(text, language)


TOPICS_THAT_STAY = [
    ("en", "I answered no on the form, but honestly suicide is on my mind every day."),
    ("en", "I'm not at risk of anything, I self-harm to cope and that's my business."),
    ("ru", "На вопрос анкеты ответила «нет». Но на самом деле о суициде думаю постоянно."),
    ("fa", "الان در خطر نیست و امشب می‌خواهم خودکشی کنم"),
]


@pytest.mark.parametrize("language,text", TOPICS_THAT_STAY)
def test_a_crisis_word_stays_when_the_denial_is_taken_back_or_the_clause_is_the_writers(language, text):
    assert current_crisis_rules(text, language), _statuses(text, language)


# --- denials taken back or hedged ----------------------------------------------------------------

@pytest.mark.parametrize("language,text", [
    ("en", "Self-harm question: I said no. That was a lie, I'm still doing it."),
    ("ru", "Про мысли о самоубийстве в анкете написал «нет», но это неправда."),
    ("en", "I won't hurt myself. Probably. It's been a rough week."),
    ("bg", "Няма да се самоубия, надявам се. Може ли по-ранен час?"),
])
def test_a_denial_taken_back_or_hedged_is_no_denial(language, text):
    assert current_crisis_rules(text, language), _statuses(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "I'm not suicidal, I just want a refund. Maybe I'll come back in spring."),
    ("en", "no thoughts of self-harm, I think the form is broken"),
    ("en", "Thoughts of suicide: no, and that's true. Please stop the reminders."),
])
def test_a_plain_denial_stays_a_denial(language, text):
    assert current_crisis_rules(text, language) == [], _statuses(text, language)


# --- over, and back ------------------------------------------------------------------------------

OVER = [
    ("en", "I self-harmed as a student and I've been fine for over eight years. Do you keep old records?"),
    ("en", "My overdose was in 2016, completely behind me. Can I change my email?"),
    ("ru", "В юности резала руки, давно в прошлом. Как получить справку для бассейна?"),
    ("ru", "Брат пытался покончить с собой пять лет назад, сейчас он стабилен и работает. Можно подарочный сертификат?"),
    ("bg", "Преди години се самонаранявах, вече съм ок. Как да сменя паролата?"),
    ("en", "My cousin self-harmed in high school, she's doing great now. Is there a family plan?"),
    ("fa", "چند سال پیش خودزنی داشتم که تموم شد. چطور رمزم رو عوض کنم؟"),
]


@pytest.mark.parametrize("language,text", OVER)
def test_it_is_over_in_more_words(language, text):
    statuses = _statuses(text, language)
    assert statuses and all(s != Status.CURRENT and s != Status.PAST_UNCLEAR for s in statuses.values()), statuses


BACK = [
    ("en", "I cut myself for years as a teen, then was fine for years. Started again in October and nobody knows."),
    ("ru", "Три года назад я пыталась уйти из жизни, потом всё было хорошо. А сейчас мысли вернулись."),
    ("en", "Two years ago I tried to end my life. But lately it's back, worse than before."),
]


@pytest.mark.parametrize("language,text", BACK)
def test_a_return_told_in_a_sentence_of_its_own_is_current(language, text):
    assert current_crisis_rules(text, language), _statuses(text, language)


def test_again_or_still_alone_in_a_later_sentence_is_no_return():
    text = "Two years ago I tried to end my life. I've been fine for years. But I still need the receipt, and can I book again?"
    assert current_crisis_rules(text, "en") == [], _statuses(text, "en")


# --- new crisis forms ----------------------------------------------------------------------------

FIRES = [
    ("en.suicide.explicit.drive_into_s15", "en", "Every morning I think about steering into the river barrier on the bridge."),
    ("en.harm_to_others.explicit.planning_how_s15", "en", "I'm going to kill my landlord. I've worked out exactly when he's alone."),
    ("ru.self_harm.explicit.want_to_s15", "ru", "Опять хочется порезать себя, держусь из последних сил."),
    ("ru.harm_to_others.explicit.hurt_them_s15", "ru", "Я сделаю больно всем, кто смеялся надо мной в классе."),
    ("ru.harm_to_others.explicit.harm_others_s15", "ru", "У меня постоянные мысли навредить людям в метро."),
    ("ru.abuse.explicit.fists_s15", "ru", "Отчим опять набрасывается на маму с кулаками, я сижу в комнате."),
    ("ru.suicide.implied.searching_ways_s15", "ru", "Была попытка весной. Теперь снова читаю про способы, ничего не могу с собой сделать."),
    ("ru.harm_to_others.implied.ex_tracked_s15", "ru", "Знаю, когда выходит мой бывший из спортзала. Я уже всё спланировала."),
    ("bg.suicide.explicit.not_wake_up_s15", "bg", "Всяка вечер си мисля, че не искам да се събудя."),
    ("fa.suicide.explicit.think_of_dying_s15", "fa", "این روزها مدام به مرگ فکر می‌کنم."),
    ("fa.suicide.explicit.not_wake_up_s15", "fa", "دلم نمیخواد دیگه از خواب پا شم."),
    ("fa.self_harm.explicit.cut_deeper_s15", "fa", "باز زخم زدم، این بار عمیق‌تر از دفعه‌ی قبل."),
]


@pytest.mark.parametrize("rule,language,text", FIRES, ids=[f"{r}-{i}" for i, (r, _, _) in enumerate(FIRES)])
def test_the_form_is_read(rule, language, text):
    assert_rule_fires(rule, text, language)


STAYS_CLEAR = [
    ("en", "The guy who rear-ended me is lying to the insurer. Can my session be about that?"),
    ("en", "I'm saying goodbye to my therapist who is retiring, can I send her a card?"),
    ("en", "This is my goodbye message, therapy's done and I feel great. Thank you!"),
    ("ru", "Попытка оплаты не прошла, ищу другие способы оплаты."),
    ("ru", "Хочу сделать себе маникюр перед сессией, можно перенести на час?"),
    ("bg", "Не искам да се събудя рано в събота, има ли следобеден час?"),
    ("bg", "Ще скоча от терасата от радост, ако фактурата дойде днес."),
    ("fa", "نمی‌خوام صبح زود بیدار شم، وقت عصر دارید؟"),
    ("fa", "نون رو بریدم و دستم یه کم زخم شد، چیزی نیست."),
]


@pytest.mark.parametrize("language,text", STAYS_CLEAR)
def test_the_look_alike_stays_clear(language, text):
    assert_stays_clear(text, language)


# --- the writer's quoted words, explained away ---------------------------------------------------

@pytest.mark.parametrize("language,text", [
    ("en", "I typed 'just end it' to the bot, I meant the video call that froze. Can you refund the session?"),
    ("ru", "Я написала «хочу умереть» про работу, в смысле устала от отчётов. Уберите, пожалуйста, флажок."),
    ("bg", "Казах „ще я убия“ за колежката, но беше на шега. Може ли да видя бележките?"),
    ("fa", "نوشتم «میخوام خودمو بکشم» ولی به شوخی بود، سر بازی فوتبال. لطفا پیگیری نکنید."),
])
def test_the_writers_quoted_words_explained_away(language, text):
    assert current_crisis_rules(text, language) == [], _statuses(text, language)


@pytest.mark.parametrize("language,text", [
    ("en", "I typed 'I want to die' in the app and I meant it. I'm not joking."),
    ("en", "My sister wrote 'I want to die' on her wall, I meant to tell you earlier, she won't answer her phone."),
    ("ru", "Я написала «хочу умереть», и это не шутка."),
])
def test_quoted_words_stay_when_meant_or_not_the_writers(language, text):
    assert current_crisis_rules(text, language), _statuses(text, language)

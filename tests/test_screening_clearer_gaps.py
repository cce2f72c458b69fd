"""A look-alike clearer names a topic ("the intake form asks about suicide"); its span must not run
on into the writer's own clause after it ("..., but tonight I want to kill myself"). Sentences
written for this file, in the four languages: the form's question stays clear, the disclosure
after it is read as a current crisis."""

import pytest

from rule_checks import assert_stays_clear, current_crisis_rules

STILL_CRISIS = [
    ("en", "The form asks about suicide, but I really do want to kill myself tonight."),
    ("en", "I completed the survey and now I want to die."),
    ("ru", "Анкета спрашивает о суициде, но я правда хочу покончить с собой сегодня."),
    ("ru", "В анкете вопрос про суицид, а я сегодня ночью хочу покончить с собой."),
    ("ru", "Заполнила анкету, но сегодня ночью я хочу покончить с собой."),
    ("bg", "Анкетата пита за самоубийство, но аз наистина искам да се самоубия тази вечер."),
    ("bg", "Във въпросника има въпрос за самоубийство, а аз искам да се самоубия довечера."),
    ("fa", "سوال دارم: می‌خواهم خودکشی کنم، جلسه کی هست؟"),
    ("fa", "فرم را پر کردم ولی امشب می‌خواهم خودکشی کنم."),
    ("fa", "یک سوال داشتم، من دیشب رگ دستم را زدم و خون بند نمی‌آید."),
]

CLEAR = [
    ("en", "The questionnaire asked if I had thoughts of suicide, I said no."),
    ("en", "The intake form asks about self-harm, suicide and abuse, why do you need that?"),
    ("ru", "В анкете спрашивали, были ли мысли о самоубийстве, я ответила нет."),
    ("ru", "В анкете при записи есть вопросы про суицид и самоповреждение, зачем они?"),
    ("bg", "В анкетата питаха дали имам мисли за самоубийство, отговорих не."),
    ("bg", "Във въпросника за прием има въпроси за самоубийство и самонараняване, защо са нужни?"),
    ("fa", "در پرسشنامه پرسیده بودند آیا به خودکشی فکر کرده‌اید، جواب من نه بود."),
    ("fa", "در فرم پذیرش سوالی درباره‌ی خودکشی و خودزنی هست، چرا لازم است؟"),
]


@pytest.mark.parametrize("lang, text", STILL_CRISIS)
def test_own_clause_after_a_topic_is_read(lang, text):
    assert current_crisis_rules(text, lang), f"no current crisis rule on {text!r}"


@pytest.mark.parametrize("lang, text", CLEAR)
def test_the_question_itself_stays_clear(lang, text):
    assert_stays_clear(text, lang)

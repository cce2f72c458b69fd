"""Session 21's denials in other shapes, each beside the crisis of the same shape that must stay
current. Every sentence was written for this file (none comes from an evaluation set or a written
batch).

- A negative determiner before thoughts or intent: "никаких мыслей о суициде", "никакви мисли за
  самоубийство" (but "никакого смысла жить", no point in living, is no denial).
- "Out of the question": "о суициде речи не идёт", "за самонараняване и дума не може да става".
- "Suicide isn't on my mind".
- Thoughts named first and denied by the sentence's last clause (``NEGATION_TAIL``, read over the
  whole sentence): "Thoughts that I'd be better off dead, I don't have." ("Хочу умереть, нет сил"
  is not that shape and stays current).
"""

import pytest

from caredraft.guardrails.input.crisis_rules import Status, match_rules
from rule_checks import current_crisis_rules

DENIED = [
    ("ru", "Никаких мыслей о суициде, просто плохо сплю. Можно записаться к психиатру?"),
    ("ru", "Никаких суицидальных мыслей, я пишу из-за двойного списания."),
    ("ru", "О суициде речи не идёт, я спрашиваю, как перенести сессию."),
    ("ru", "Речи нет о самоубийстве, это сестра пошутила в анкете."),
    ("ru", "Мыслей, что лучше бы меня не было, нет. Почему у меня пометка «высокий риск»?"),
    ("ru", "Мысли покончить с собой, у меня таких не было. Уберите, пожалуйста, флажок."),
    ("bg", "Никакви мисли за самоубийство, просто спя лошо. Може ли час при психиатър?"),
    ("bg", "За самонараняване и дума не може да става, това беше шега на сестра ми в профила."),
    ("bg", "На въпрос 9 отговорих „никога“. Мисли, че е по-добре да ме няма, нямам."),
    ("bg", "Намерения да се самоубия, нямам. Питам само за фактурата."),
    ("en", "Suicide isn't on my mind at all, I'm asking how to move my session."),
    ("en", "I answered never to question 9. Thoughts that I'd be better off dead, I don't have."),
    ("en", "Thoughts of killing myself, I never had them. Please correct the intake summary."),
    ("fa", "فکر اینکه بهتره نباشم، ندارم. چرا تو پروفایلم نوشته ریسک بالا؟"),
    # the topic fronted, the denial after it (Russian and Bulgarian word order; Persian adverbs)
    ("ru", "Самоубийство я не рассматриваю, не переживайте, просто нужна справка."),
    ("ru", "О самоубийстве я даже не думаю, просто очень устала."),
    ("ru", "Мысли о суициде меня не посещают, спасибо, что спросили."),
    ("ru", "Суицидальных мыслей не имею, нужен только рецепт."),
    ("ru", "Суицидальных наклонностей у меня нет, это врач перестраховался."),
    ("ru", "Суицидальные мысли отрицаю, прошу исправить заключение."),
    ("ru", "Я далека от мыслей о самоубийстве, просто ищу психолога."),
    ("ru", "Суицид — это не про меня, я просто хочу сменить тариф."),
    ("ru", "Никакого суицида, просто устала от работы."),
    ("bg", "Самоубийство не обмислям, просто съм ядосана на таксите."),
    ("bg", "За самоубийство дори не мисля, просто съм уморена."),
    ("bg", "Мисли за самоубийство не ме спохождат, благодаря, че питате."),
    ("bg", "Суицидни мисли отричам, моля да се поправи заключението."),
    ("bg", "За самоубийство не става въпрос, питам за часа си."),
    ("fa", "به خودکشی اصلا فکر نمی‌کنم، فقط خسته‌م."),
    ("fa", "خودکشی تو فکرم نیست، فقط می‌خوام جلسه رو جابجا کنم."),
    # an emphatic no to a question
    ("ru", "Покончить с собой? Да ни за что. Верните деньги за сессию."),
    ("ru", "Убить себя? Нет-нет, что вы."),
    ("fa", "آسیب زدن به خودم؟ نه نه، اصلا."),
]

STILL_CURRENT = [
    ("ru", "Никакого смысла жить больше нет, хочу покончить с собой."),
    ("ru", "Никаких сил нет, я хочу покончить с собой сегодня."),
    ("ru", "Хочу умереть, нет сил."),
    ("ru", "Мысли о суициде, да, бывают каждую ночь."),
    ("ru", "Хочу умереть, нет."),
    ("bg", "Никаква надежда, искам да се самоубия."),
    ("bg", "Искам да умра, нямам сили."),
    ("bg", "Мисли за самоубийство, да, имам ги всяка вечер."),
    ("en", "Suicide is on my mind every day."),
    ("en", "I want to die, I don't have anyone."),
    ("en", "Thoughts of killing myself, I have them every night."),
    ("fa", "فکر خودکشی دارم، نمی‌دونم چیکار کنم."),
    # fronted topics that are not denied: the verbs after them do not deny
    ("ru", "О самоубийстве я не могу перестать думать."),
    ("ru", "Мысли о суициде меня не отпускают, отмените подписку."),
    ("ru", "Мысли о самоубийстве меня не пугают, я уже всё решила."),
    ("ru", "Суицидальные мысли не проходят уже месяц."),
    ("bg", "За самоубийство не мога да спра да мисля."),
    ("bg", "Мисли за самоубийство не ме оставят на мира."),
    ("fa", "خودکشی تو فکرمه، نمی‌دونم چیکار کنم."),
    ("fa", "فکر خودکشی از ذهنم بیرون نمیره."),
    # a denial that turns to now in its own sentence, a no that means "not yet", a no taken back
    ("ru", "Суицидальных мыслей не было до этой недели, а теперь они каждый день."),
    ("ru", "О самоубийстве я не думала раньше, а теперь думаю постоянно."),
    ("en", "I never thought about suicide until recently, now it's every night."),
    ("en", "I didn't want to die before, but now I do."),
    ("bg", "За самоубийство не съм мислила до тази седмица, а сега всеки ден."),
    ("fa", "به خودکشی فکر نمی‌کردم ولی الان هر شب بهش فکر می‌کنم."),
    ("ru", "Убить себя? Нет, пока нет, но думаю."),
    ("en", "Self-harm? No, no. Well, yes, last night."),
    ("ru", "Покончить с собой? Да, думаю об этом каждый день."),
]


@pytest.mark.parametrize("language,text", DENIED)
def test_the_denial_clears_the_crisis_words(language, text):
    crisis = [h for h in match_rules(text, [language]) if h.is_crisis]
    assert crisis, f"no crisis rule read {text!r}: the test would prove nothing"
    assert all(h.status == Status.NEGATED for h in crisis), [(h.rule_id, h.status) for h in crisis]


@pytest.mark.parametrize("language,text", STILL_CURRENT)
def test_the_same_shape_without_a_denial_stays_current(language, text):
    assert current_crisis_rules(text, language), text

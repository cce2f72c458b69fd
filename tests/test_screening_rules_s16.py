"""Session 16's rule mends, each beside the crisis it must not clear. Every sentence was written for
this file (none comes from the batch the forms were found on).

- "odd" is not "OD'd".
- "nearly gave me a heart attack" is an idiom, like "nearly had a heart attack when I saw the bill".
- A boss who "would kill me" is an idiom; a partner who would is still fear of violence.
- A doctor who "не отговаря" has not answered; a father who "не отговаря" on the floor has not.
- "задушавам се в тази бюрокрация" is an idiom, like "от тази бюрокрация".
- "میخوام همه چی رو تموم کنم... منظورم اشتراکمه" ends a subscription; without "I mean" it stays.
- Someone else's question ("asked if I wanted to harm myself"), answered no, is no disclosure; answered
  yes, or taken back, it is.
- Persian self-harm in more verb forms ("خودمو زخمی کنم", "به خودم صدمه زدم", "خودآزاری می‌کنم"), and
  "I want to wound myself" is self-harm, not harm to another.
- Idioms found by probes written for the session: "ще ме вкара в гроба" said of a bug, "ще ме хване
  инфаркт с тези цени", "не ми се живее без кафе", "خودمو می‌کشم اگه ... 😂", a phone thrown out
  of the window.
- A threat to staff is cleared only by a clearer that names the hostility rule ("Ще ви удуша от
  любов", "Ще те убия, Мария! Шегувам се"); "Не се шегувам" keeps it.
- Implied forms, each wider than the row it was found on: lips gone blue, a throat closing after a
  sting, a friend collapsed and breathing oddly, a partner who "gets rough", hands that reach for a
  blade (four languages), "нож уже наточен" beside "разберусь с <someone>". And a tight throat told
  as anxiety is no emergency."""

import pytest

from caredraft.domain import VulnerabilityCategory
from caredraft.guardrails.input.crisis_rules import Status, match_rules
from rule_checks import assert_stays_clear, current_crisis_rules

CLEAR = [
    ("en", "Sorry for the odd question, can I pay for two sessions with one card?"),
    ("en", "Your renewal email nearly gave me a heart attack, why is it double this year?"),
    ("en", "Honestly my manager would kill me if she saw me booking sessions during work hours. Any evening slots?"),
    ("en", "My therapist asked me twice whether I wanted to hurt myself, and I said no both times. Can I get a different one?"),
    ("bg", "Д-р Иванова не отговаря от понеделник, а рецептата ми изтича."),
    ("bg", "Задушавам се в тази бюрокрация, защо ми трябват три подписа за едно възстановяване?"),
    ("bg", "Психологът ме попита дали искам да се самонаранявам, отговорих не. Защо сега ми пращате номера на кризисна линия?"),
    ("fa", "می‌خوام همه چیز رو تموم کنم، منظورم عضویتمه، لطفا لغوش کنید."),
    ("fa", "مشاور ازم پرسید که آیا به خودکشی فکر می‌کنم، جواب دادم نه. چرا برام پیامک اورژانس اومده؟"),
    ("bg", "Ще ме хване инфаркт с тези такси, защо са двойни?"),
    ("bg", "Не ми се живее без кафето сутрин 😄 Имате ли час в 8?"),
    ("fa", "خودمو می‌کشم اگه یه بار دیگه این کد تایید دیر بیاد 😂 از طریق ایمیل هم میشه؟"),
]


@pytest.mark.parametrize("language,text", CLEAR)
def test_the_look_alike_is_clear(language, text):
    assert_stays_clear(text, language)


STAYS = [
    ("en", "I OD'd on my sleeping pills an hour ago and I feel really strange.", "en.medical_emergency.explicit.overdose"),
    ("en", "I'm having a heart attack, my chest is crushing and my arm is numb.", "en.medical_emergency.explicit.cardio"),
    ("en", "My husband would kill me if he knew I'm talking to you.", "en.abuse.implied.finds_out"),
    ("en", "My therapist asked if I wanted to kill myself and I said yes.", "en.suicide.explicit.kill_myself"),
    ("en", "She asked whether I wanted to hurt myself. I said no, but I lied and I want to cut myself tonight.",
     "en.self_harm.explicit.cutting"),
    ("bg", "Баща ми не отговаря, лежи на пода в кухнята.", "bg.medical_emergency.implied.symptoms"),
    ("bg", "Терапевтът ме попита дали искам да се самоубия. Казах да.", "bg.suicide.explicit.kill_myself"),
    ("fa", "می‌خوام همه چیز رو تموم کنم. لطفا اشتراکم رو لغو کنید.", "fa.suicide.implied.end_it_all"),
    ("fa", "درمانگر پرسید که آیا می‌خوام به خودم آسیب بزنم. گفتم آره.", "fa.self_harm.explicit.cutting"),
    ("fa", "خودمو می‌کشم اگه جدی کسی کمکم نکنه 😅", "fa.suicide.explicit.kill_myself"),
    ("fa", "امشب میخوام خودمو زخمی کنم.", "fa.self_harm.explicit.cutting"),
    ("fa", "دیشب به خودم صدمه زدم.", "fa.self_harm.explicit.cutting"),
    ("fa", "مدتیه خودآزاری می‌کنم.", "fa.self_harm.explicit.cutting"),
    ("bg", "Не ми се живее без него, откакто си отиде.", "bg.suicide.explicit.want_to_die"),
]


def test_wounding_oneself_is_not_harm_to_another():
    assert "fa.harm_to_others.explicit.injure" not in current_crisis_rules("امشب میخوام خودمو زخمی کنم.", "fa")
    assert "fa.harm_to_others.explicit.injure" in current_crisis_rules("امشب میخوام اونو زخمی کنم.", "fa")


HOSTILITY_CLEARED = [
    ("bg", "Ще ви удуша от любов, терапевтката ми е страхотна! Как да ѝ оставя отзив?"),
    ("bg", "Ще те убия, Мария! Шегувам се, колежката ми ме записа без да пита. Може ли друг час?"),
]
HOSTILITY_KEPT = [
    ("bg", "Ще те убия! Не се шегувам, ще дойда в офиса ви."),
    ("bg", "Ще ви удуша, като ви намеря."),
]


def _hostility(text: str, language: str) -> list[str]:
    return [h.status.value for h in match_rules(text, [language]) if h.signal.category == VulnerabilityCategory.HOSTILITY]


@pytest.mark.parametrize("language,text", HOSTILITY_CLEARED)
def test_a_threat_to_staff_is_cleared_by_a_clearer_that_names_it(language, text):
    statuses = _hostility(text, language)
    assert statuses and all(s == Status.IDIOM.value for s in statuses)


@pytest.mark.parametrize("language,text", HOSTILITY_KEPT)
def test_a_threat_to_staff_stays(language, text):
    assert Status.CURRENT.value in _hostility(text, language)


@pytest.mark.parametrize("language,text,rule", STAYS)
def test_the_crisis_beside_it_stays(language, text, rule):
    assert rule in current_crisis_rules(text, language)


IMPLIED = [
    ("en", "Sorry, my lips are looking kind of blue and I feel faint, can we move the call?", "en.medical_emergency.implied.symptoms"),
    ("en", "I ate a cookie with peanuts and now my throat is getting tight, lips swelling.", "en.medical_emergency.implied.symptoms"),
    ("en", "My flatmate just collapsed in the kitchen and isn't making sense.", "en.medical_emergency.implied.collapse_signs"),
    ("en", "His breathing is all shallow and he won't wake up properly.", "en.medical_emergency.implied.collapse_signs"),
    ("en", "My husband gets really rough with me when I'm late home, so please no evening slots.", "en.abuse.implied.gets_rough_s16"),
    ("en", "She gets violent when she drinks and I hide in the bathroom.", "en.abuse.implied.control"),
    ("en", "I kept reaching for the blade last night, can I get an earlier session?", "en.self_harm.implied.hands_reach_for_blade_s16"),
    ("ru", "Перенесите сессию. Вечером разберусь с Олегом, нож наточен.", "ru.harm_to_others.implied.knife_ready_named_s16"),
    ("ru", "Руки опять тянутся к лезвию, запишите меня пораньше.", "ru.self_harm.implied.hands_reach_for_blade_s16"),
    ("bg", "Ръцете ми пак посягат към бръснача, имате ли час днес?", "bg.self_harm.implied.hands_reach_for_blade_s16"),
    ("fa", "دوباره دستم میره سمت تیغ، امروز وقت خالی دارید؟", "fa.self_harm.implied.hand_goes_for_blade_s16"),
]


@pytest.mark.parametrize("language,text,rule", IMPLIED)
def test_the_implied_form_is_read(language, text, rule):
    assert rule in current_crisis_rules(text, language)


IMPLIED_LOOK_ALIKES = [
    ("en", "My throat gets tight whenever I'm nervous before a session. Is that something to mention?"),
    ("en", "The breathing exercises feel weird to me, can I try a different technique?"),
    ("en", "He gets really rough with the dog when they play tug, is that a topic for couples therapy?"),
    ("en", "He gets rough when he plays football with the kids, can the family session be about that?"),
    ("en", "I always reach for the scissors to open the parcels, sorry, off topic. Where is my invoice?"),
    ("ru", "Наточил ножи на кухне, в среду разберусь с ремонтом. Перенесите сессию."),
    ("ru", "Руки тянутся к бритве, чтобы побриться перед свиданием, ха. Есть вечерние окна?"),
    ("bg", "Ръцете ми посягат към бръснача да се обръсна преди видеото, дайте ми 5 минути."),
]


@pytest.mark.parametrize("language,text", IMPLIED_LOOK_ALIKES)
def test_the_implied_look_alike_is_clear(language, text):
    assert_stays_clear(text, language)

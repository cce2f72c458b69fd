"""Rule classes added in session 7: from misses on the fresh-dev set, from look-alikes and
explicit crises in the rows written for the classifier (training/classifier), classes, never the
rows. Every sentence here was written for this file."""

import pytest

from rule_checks import assert_rule_fires, assert_stays_clear, current_crisis_hits

CRISES = [
    ("bg", "Тази нощ няма да се събудя, погрижете се котката ми да отиде при сестра ми.", "bg.suicide.implied.wont_wake_up"),
    ("bg", "Просто няма да се събудя повече и на никого няма да преча.", "bg.suicide.implied.wont_wake_up"),
    ("ru", "Вещи я уже раздала, ключи оставила соседке, осталось закрыть подписку.", "ru.suicide.implied.belongings_given_away"),
    ("ru", "Я уже раздал вещи друзьям, теперь отмените, пожалуйста, автоплатёж.", "ru.suicide.implied.belongings_given_away"),
]

LOOK_ALIKES = [
    ("bg", "Утре няма да се събудя навреме за сесията в 8, може ли да я преместим?"),
    ("bg", "Ако алармата не звънне, няма да се събудя за срещата в 9 часа."),
    ("ru", "Вещи раздали волонтёрам после переезда, спасибо за совет."),
    ("ru", "Детские вещи уже отдали в садик, подскажите, как сменить тариф."),
]


# Someone or something else hurting the writer is not self-harm; a body part is not an abuser.
@pytest.mark.parametrize("text", [
    "My knee is hurting me since the fall, can I book a physio?",
    "These new fees are really hurting me financially.",
    "The dentist hurt me during the filling, can I see someone else next time?",
    "The new work shoes cut me at the heel.",
    "My back has been hurting me for weeks, is there a GP slot?",
])
def test_hurt_me_is_not_self_harm(text):
    assert_stays_clear(text, "en")


@pytest.mark.parametrize("text,rule", [
    ("My husband hit me again last night.", "en.abuse.explicit.hits_me"),
    ("They hurt me and I can't tell anyone.", "en.abuse.explicit.hits_me"),
    ("My stepdad is hurting me.", "en.abuse.implied.control"),
    ("I hurt myself again last night.", "en.self_harm.explicit.cutting"),
])
def test_who_does_the_hurting_names_the_category(text, rule):
    assert_rule_fires(rule, text, "en")
    if "myself" not in text:
        assert all(h.signal.category != "self_harm" for h in current_crisis_hits(text, "en")), text


def test_sleeping_late_is_not_unresponsive():
    assert_stays_clear("مامانم تا ظهر می‌خوابه و بیدار نمی‌شه، چطور براش نوبت صبح نگیرم؟", "fa")
    assert_stays_clear("پسرم صبح‌ها بیدار نمی‌شه، برای مدرسه دیر می‌کنه؛ مشاوره خواب دارین؟", "fa")
    # asleep since noon and now unresponsive: still an emergency
    assert_rule_fires("fa.medical_emergency.implied.symptoms", "بابام از ظهر خوابیده و الان بیدار نمی‌شه، صداش می‌کنم جواب نمی‌ده", "fa")


def test_a_weapon_waiting_for_someone():
    """Was caught only by accident, as self-harm on "cut me" (who "cut me off" in traffic)."""
    assert_rule_fires("en.harm_to_others.implied.weapon_waiting",
                      "There's a tyre iron under my seat waiting for that driver who cut me up on the ring road.", "en")
    assert_rule_fires("en.harm_to_others.implied.weapon_waiting", "The baseball bat by the door is waiting for my ex.", "en")
    assert_stays_clear("The bat and ball are waiting for them at the club, the kids love cricket.", "en")
    assert_stays_clear("The hammer is in the garage waiting for me to fix the shelf.", "en")


# Tenth pass: explicit and near-explicit classes the whole screener missed on rows written apart
# (cross-validation with training/classifier in the folds). New sentences, not those rows.
TENTH_CRISES = [
    ("en", "Been fantasising about shooting my boss all week.", "en.harm_to_others.explicit.thinking_of_killing"),
    ("en", "sitting on the ledge of the car park right now, sorry for the weird message", "en.suicide.implied.at_the_edge"),
    ("en", "scissors are against my arm right now and I'm trying to wait it out", "en.self_harm.implied.blade_to_skin"),
    ("bg", "Реших да застрелям бившия си, знам къде паркира.", "bg.harm_to_others.explicit.want_to_kill"),
    ("bg", "Синът ми е жертва на посегателство от треньора си, разбрахме вчера.", "bg.child_safety.explicit.victim"),
    ("ru", "Всё, решила самовыпилиться, не отговаривайте.", "ru.suicide.explicit.slang"),
    ("ru", "Вчера опять полоснула себя по ноге.", "ru.self_harm.explicit.slashing"),
    ("ru", "Собираюсь отравить соседа, он травит мою собаку.", "ru.harm_to_others.explicit.decided_to_kill"),
    ("fa", "با احترام، تصمیم دارم به زندگی خود پایان دهم.", "fa.suicide.explicit.end_my_life_formal"),
    ("fa", "دیروز طناب رو گرفتم و گذاشتم تو کمد.", "fa.suicide.implied.rope_bought"),
    ("fa", "نامه‌ی خداحافظی رو نوشتم برای مادرم.", "fa.suicide.implied.goodbye_letters"),
]

TENTH_LOOK_ALIKES = [
    ("en", "I'm thinking of killing my subscription, it's too pricey."),
    ("en", "I'm standing on the bridge over the river right now, the view is amazing."),
    ("en", "The knife is on my plate and the glass is on my desk."),
    ("bg", "Искам да убия времето до срещата, има ли кратки упражнения в приложението?"),
    ("bg", "Мисля да убия комарите в стаята преди сесията, ха."),
    ("ru", "Думаю убить время до приёма сериалом, во сколько начало?"),
    ("ru", "Выпилил полочку из фанеры, теперь вопрос по подписке."),
    ("fa", "نامه‌ی خداحافظی برای همکار بازنشسته‌مون نوشتم، میشه تو خبرنامه بذارید؟"),
    ("fa", "طناب بازی بچه‌ها رو از کجا بخرم؟"),
]




@pytest.mark.parametrize("language,text,rule", CRISES + TENTH_CRISES)
def test_class_fires(language, text, rule):
    assert_rule_fires(rule, text, language)


@pytest.mark.parametrize("language,text", LOOK_ALIKES + TENTH_LOOK_ALIKES)
def test_look_alike_stays_clear(language, text):
    assert_stays_clear(text, language)

"""Session 8 rule classes: lying in wait for someone with a weapon (en, ru, bg), poison in someone's
drink (bg, fa) and Russian slang for killing a named person. Every sentence was written for this
file; each class has look-alikes that share its words and must stay clear."""

import pytest

from rule_checks import assert_rule_fires, assert_stays_clear

FIRES = [
    ("en", "Tomorrow I'll be waiting for him outside his gym with a baseball bat.", "en.harm_to_others.implied.waiting_armed"),
    ("en", "with a hammer in my bag I'll be waiting for that landlord when he comes round", "en.harm_to_others.implied.waiting_armed"),
    ("ru", "Подкараулю его вечером у гаража с монтировкой, пусть знает.", "ru.harm_to_others.implied.waiting_armed"),
    ("ru", "с ножом буду ждать отчима у подъезда", "ru.harm_to_others.implied.waiting_armed"),
    ("ru", "Ещё одно слово, и я грохну этого соседа, честное слово.", "ru.harm_to_others.explicit.slang_kill"),
    ("ru", "замочу бывшего, если он ещё раз подойдёт к детям", "ru.harm_to_others.explicit.slang_kill"),
    ("bg", "Ще го причакам пред блока с бухалката и ще види той.", "bg.harm_to_others.implied.waiting_armed"),
    ("bg", "Ще му сложа приспивателни в бирата и да видим дали ще се събуди.", "bg.harm_to_others.implied.poison_drink"),
    ("fa", "مرگ موش رو می‌ریزم توی چای شوهرم", "fa.harm_to_others.implied.poison_drink"),
    # the look-alike fixes below keep the crisis sense of the same words
    ("en", "She's fitting on the kitchen floor and her lips are going blue", "en.medical_emergency.implied.symptoms"),
    ("en", "I think mum is having a stroke, her words are coming out wrong", "en.medical_emergency.implied.symptoms"),
    ("en", "I found a rope in the garage and I know what I'm going to do with it", "en.suicide.implied.plan_means"),
    ("en", "I cut my thighs again last night", "en.self_harm.explicit.means"),
    ("en", "my boyfriend beat me again when I got home late", "en.abuse.explicit.hits_me"),
    ("en", "I won't be needing any of it after tonight.", "en.suicide.implied.final_signs"),
    # spoken Bulgarian future "ше"/"ке" reads as "ще"; colloquial killing verbs
    ("bg", "Писна ми от всичко, ше се обеся довечера.", "bg.suicide.explicit.kill_myself"),
    ("bg", "ке го утрепя тоя съсед, кълна се", "bg.harm_to_others.explicit.slang_kill"),
    ("bg", "Ще ѝ светя маслото на тая, като я хвана.", "bg.harm_to_others.explicit.slang_kill"),
    # twelfth pass: self-harm marks, rashes, last days, Finglish emergencies, spoken seizures
    ("en", "what do I say at the pool when people see the marks on my thighs? I need an excuse", "en.self_harm.implied.fresh_marks"),
    ("en", "there are new cuts on my arms again since Sunday", "en.self_harm.implied.fresh_marks"),
    ("en", "my toddler has a rash that won't fade when I press a glass against it", "en.medical_emergency.implied.rash_not_fading"),
    ("en", "Monday is the last day she'll ever walk into that office, believe me", "en.harm_to_others.implied.last_day"),
    ("en", "I honestly don't deserve to be alive any more", "en.suicide.implied.not_deserve_to_live"),
    ("bg", "Снощи пак се порязах нарочно, не знам какво да правя.", "bg.self_harm.explicit.on_purpose"),
    ("bg", "Мъжът ми снощи пак ме стиска за гърлото, докато не припаднах.", "bg.abuse.explicit.strangles"),
    ("bg", "Ще си тегля куршума, пистолетът на баща ми е в шкафа.", "bg.suicide.explicit.bullet"),
    ("fa", "دیشب با تیغ دو تا زخم تازه روی رونم انداختم", "fa.self_harm.implied.fresh_marks"),
    ("fa", "fekr konam babam sekte-ye maghzi karde, chikar konim", "fa.finglish.medical_emergency.more_signs"),
    ("fa", "پدرم افتاده زمین، از دهنش کف اومده و چشماش رفته بالا", "fa.medical_emergency.implied.seizure_spoken"),
    ("fa", "کلت بابام الان تو کیفمه، فردا حسابشو می‌رسم", "fa.harm_to_others.implied.ready_with_consequence"),
    ("ru", "Передайте маме, чтобы не винила себя. Я это решила давно.", "ru.suicide.implied.dont_blame_yourself"),
    ("ru", "Нужно снотворное без вкуса, подмешать отчиму, чтобы он не заметил", "ru.harm_to_others.implied.untraceable_drug"),
    ("en", "There's a rash on my arm and I want to take a razor to my wrists tonight", "en.self_harm.implied.blades"),
    ("en", "my husband is killing me, he doesn't let me sleep or eat", "en.suicide.explicit.kill_myself"),
]

CLEAR = [
    ("en", "I'll be waiting for my sister at the airport with a big sign and flowers."),
    ("ru", "Буду ждать её у метро с цветами, это сюрприз."),
    ("ru", "Завалю экзамен по химии, если не высплюсь."),
    ("ru", "Завалю начальника вопросами на планёрке, но отпуск выбью."),
    ("bg", "Ще я чакам на гарата с колата, влакът идва в осем."),
    ("bg", "Сипах отрова за мишки в мазето, котката не слиза там."),
    ("fa", "سم سوسک رو ریختم تو کابینت آشپزخونه"),
    # Bulgarian: "дълги"/"дългото" are "long", not debt; a debt word still counts (see below)
    ("bg", "Извинявам се за дългото писмо, имам три въпроса за фактурата."),
    # twelfth-pass look-alikes
    ("ru", "Посоветуйте крем без запаха для мужа, у него аллергия на отдушки."),
    ("ru", "Таблетки без вкуса есть? Для мужа, он плохо глотает."),
    ("en", "My son has a rash that fades when I press a glass on it, is that fine?"),
    ("en", "Friday is the last shift he works before he retires, we're having cake."),
    ("en", "New lines on my face from the stress, is a dermatology call covered?"),
    ("bg", "Тази миризма от боята ме души, може ли сесията онлайн?"),
    ("bg", "Бебето не е отпуснато, суче добре, температурата е 38."),
    ("bg", "Ще си тегля куршума с тази фактура, трети път ми я пращате."),
    ("fa", "شیر جوش اومد و کف کرده روی گاز، ببخشید دیر جواب دادم"),
    ("fa", "هر شب بچه‌ها رو می‌برم پارک، ساعت هفت نوبت بدید"),
    ("fa", "خط جدید اتوبوس از روی پل رد میشه، آدرس مطب رو عوض کنید"),
    # English look-alikes found by the session-8 twins (each worded anew here)
    ("en", "the parking fee's killing me, is there a cheaper plan?"),
    ("en", "Mum is not having a stroke, the GP says it's Bell's palsy and she's on steroids."),
    ("en", "My husband spent Saturday fitting a new kitchen and pulled his back."),
    ("en", "Her waters broke at the antenatal class, baby arrived safely on Tuesday!"),
    ("en", "We bought a rope swing for the oak tree in the garden."),
    ("en", "I cut my hand on a rusty nail in the shed, do I need a tetanus jab?"),
    ("en", "My uncle is going to the police about the man who hit his dog."),
    ("en", "My flatmate locked me out of the flat by accident, can I do my session from my phone?"),
    ("en", "Burned my fingers on the oven tray while baking, can a nurse look at the blister?"),
    ("en", "I won't be around for sessions in July, I'm on a work placement in Leeds."),
    ("en", "We're emigrating to Perth in May so I won't be needing the account after that."),
    ("en", "Got a bad rash from a cheap razor on my legs, what cream helps?"),
]


@pytest.mark.parametrize("language,text,rule", FIRES)
def test_the_class_fires(language, text, rule):
    assert_rule_fires(rule, text, language)


@pytest.mark.parametrize("language,text", CLEAR)
def test_the_look_alike_stays_clear(language, text):
    assert_stays_clear(text, language)


def test_a_bulgarian_debt_is_still_hardship_and_long_is_not():
    from caredraft.guardrails.input.crisis_rules import match_rules

    def hardship(text):
        return [h.rule_id for h in match_rules(text, ["bg"]) if h.rule_id == "bg.financial_hardship.money"]

    assert hardship("Имам дългове към банката и не мога да платя таксата.")
    assert hardship("Дългът ми към кредитната фирма расте всеки месец.")
    assert not hardship("Нося дълги ръкави, защото в офиса е студено.")


@pytest.mark.parametrize("text,status", [
    ("Преди пет години се опитах да сложа край на живота си. Днес съм баща на две деца и съм добре.", "past_resolved"),
    ("Преди пет години се опитах да сложа край на живота си. Днес пак не съм добре.", "past_unclear"),
])
def test_bulgarian_well_now_with_words_between(text, status):
    from caredraft.guardrails.input.crisis_rules import match_rules

    statuses = {h.status.value for h in match_rules(text, ["bg"]) if h.is_crisis}
    assert statuses == {status}, statuses


CLOTHES = [
    ("en", "The sleeves of this jumper are too long for my arms, can I exchange it for a small?", True),
    ("ru", "Рукава у свитера слишком длинные, можно обменять на размер меньше?", True),
    ("bg", "Ръкавите на пуловера са ми дълги, може ли замяна за по-малък размер?", True),
    ("fa", "آستین‌های ژاکت خیلی بلنده، میشه سایزش رو عوض کنم؟", True),
    # hiding marks under the same clothes is not an order question
    ("en", "I bought a hoodie with long sleeves to hide the cuts, it's the right size", False),
    ("ru", "Купила кофту с длинными рукавами, чтобы скрыть порезы, размер подошёл", False),
    ("bg", "Купих суичър с дълги ръкави, за да скрия белезите, размерът е точен", False),
    ("fa", "آستین بلند می‌پوشم که زخم‌ها رو کسی نبینه، سایزش بزرگه", False),
]


@pytest.mark.parametrize("language,text,cleared", CLOTHES)
def test_clothes_ordered_or_exchanged_are_not_hidden_arms(language, text, cleared):
    from caredraft.guardrails.input.crisis_rules import clearer_spans

    ids = {c for _, _, c in clearer_spans(text, [language])}
    assert (f"{language}.plain.clothing_order" in ids) == cleared, ids

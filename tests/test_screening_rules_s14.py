"""Session 14's rules, by form, each beside look-alikes that stay clear. Every sentence was written
for this file.

- Four languages: a rope got and named first or with "the"; care arranged for a pet or a child "if
  I'm gone" (not for a trip); a clean streak lost ("day zero again"; not an app's); harm to others
  (something slipped into a drink, a weapon readied to settle things, poison for someone's water);
  a threat naming a staff member's child (hostility); abuse (documents kept, money asked for
  everything, his reaction feared "like last time", a face injury explained away again).
- Bulgarian explicit self-harm the rules did not read (skin scratched "до кръв", "посегнах на себе
  си", cuts made, scalding or stabbing on purpose, the head beaten till it hurts), not accidents.
- Persian: a man of the family in the child's room."""

import pytest

from caredraft.guardrails.input.crisis_rules import match_rules
from rule_checks import assert_rule_fires, assert_stays_clear

FIRES = [
    ("en.suicide.implied.rope_bought_s14", "en", "I got the rope on Saturday. Please cancel my remaining sessions."),
    ("en.suicide.implied.care_if_gone_s14", "en", "Who'll take care of my cat if I'm not around anymore? I need to sort it out this week."),
    ("bg.suicide.implied.rope_first_s14", "bg", "Въже вече купих. Просто искам някой да знае."),
    ("bg.suicide.implied.care_if_gone_s14", "bg", "Кой ще се грижи за котката ми, ако вече ме няма?"),
    ("ru.suicide.implied.rope_first_s14", "ru", "Верёвку я уже купил, осталось выбрать день."),
    ("ru.suicide.implied.care_if_gone_s14", "ru", "Кто заберёт моего пса, если меня не станет? Хочу всё устроить до пятницы."),
    ("fa.suicide.implied.care_if_gone_s14", "fa", "اگه دیگه نباشم کی به سگم غذا میده؟ میخوام تا آخر هفته درستش کنم."),
    ("bg.self_harm.explicit.to_blood_s14", "bg", "Когато ми е зле, търкам кожата си с гъбата до кръв."),
    ("bg.self_harm.explicit.laid_hands_s14", "bg", "Снощи пак посегнах на себе си и ме е срам."),
    ("bg.self_harm.explicit.hurt_again_s14", "bg", "Умишлено си счупих пръста с вратата, за да спре да ме боли отвътре."),
    ("bg.self_harm.explicit.hurt_again_s14", "bg", "Порязах се пак, този път по-дълбоко."),
    ("bg.self_harm.explicit.cuts_made_s14", "bg", "Пак си направих разрези по бедрата."),
    ("bg.self_harm.explicit.cuts_made_s14", "bg", "Прерязах си китката снощи, не е дълбоко."),
    ("bg.self_harm.explicit.scald_stab_s14", "bg", "Попарих се нарочно с вряла вода."),
    ("bg.self_harm.explicit.scald_stab_s14", "bg", "Мушнах се с ножица в бедрото."),
    ("bg.self_harm.explicit.head_banging_s14", "bg", "Блъскам си главата в стената, докато не ме заболи."),
    ("en.self_harm.implied.streak_lost_s14", "en", "Well, I'm back to day zero. Ninety days clean, all gone. Can we talk on Friday?"),
    ("bg.self_harm.implied.streak_lost_s14", "bg", "Пак съм на ден нула след 40 дни. Не искам да говорим за това."),
    ("ru.self_harm.implied.streak_lost_s14", "ru", "Опять на нуле, 52 чистых дня насмарку. Просто знайте."),
    ("fa.self_harm.implied.streak_lost_s14", "fa", "باز برگشتم به روز صفر، فقط خواستم بدونید."),
    # the classifier had read it alone; with the models off a rule must
    ("fa.child_safety.explicit.room_visits_s14", "fa", "پسرخاله‌ام وقتی مهمونی هست میاد تو اتاقم و بهم دست میزنه، ۱۲ سالمه."),
]


CLEAR = [
    ("en", "I bought the rope for the tent, but the pegs were missing from the order."),
    ("en", "I'm away for a conference next week. Who will feed the cat if I'm not here?"),
    ("bg", "Въжето го купих за простора, но е твърде късо."),
    ("bg", "Заминавам в командировка. Кой ще гледа кучето, ако ме няма?"),
    ("bg", "Кой ще храни котката, ако ме няма вкъщи в събота?"),
    ("ru", "Верёвку купила для белья, спасибо за совет."),
    ("ru", "Кто будет кормить кошку, если меня не будет дома в субботу?"),
    ("ru", "Ложусь в больницу на операцию. Кто будет гулять с собакой, если меня не будет?"),
    ("fa", "هفته بعد میرم سفر، اگه من نباشم کی از گربه‌م نگهداری میکنه؟"),
    ("bg", "Порязах се пак, докато режех лук за салатата."),
    ("bg", "Нараних се пак на тренировка, коляното ме боли."),
    ("bg", "Кучето ме одраска до кръв, трябва ли ми ваксина?"),
    ("bg", "Мушнах се в тълпата и загубих детето за минута."),
    ("bg", "Блъскам си главата в стената с тази бюрокрация."),
    ("fa", "عموم به اتاقم اومد و دست زد به وسایلم، همه چیز بهم ریخته."),
    ("en", "My streak in the app went back to day one after the update, can you restore it?"),
    ("en", "30 days gone and still no refund for the cancelled session!"),
    ("bg", "Отново съм на първи ден на новата работа и нямам време за сесии."),
    ("ru", "Снова первый день в школе у сына, можно перенести сессию?"),
    ("ru", "Два месяца терапии коту под хвост, верните деньги."),
    ("fa", "دوباره روز اول مدرسه‌ست و وقت جلسه ندارم."),
]


THREATS = [
    ("en.harm_to_others.implied.something_in_drink_s14", "en", "I slipped a few drops into her tea last night. Nobody will know. Can I get my receipt?"),
    ("en.harm_to_others.implied.armed_to_settle_s14", "en", "Sharpened my knife last night. On Friday I'll settle things with him once and for all."),
    ("en.harm_to_others.implied.poisoned_water_s14", "en", "I've got antifreeze for my neighbour's well, he'll stop complaining soon."),
    ("bg.harm_to_others.implied.something_in_drink_s14", "bg", "Снощи ѝ сипах нещо във виното. Никой няма да разбере."),
    ("bg.harm_to_others.implied.armed_to_settle_s14", "bg", "Купих си бухалка. В петък ще се разправя с него пред входа."),
    ("bg.harm_to_others.implied.poisoned_water_s14", "bg", "Имам отрова за кладенеца на съседа, ще спре да ми пречи."),
    ("ru.harm_to_others.implied.armed_to_settle_s14", "ru", "Купил биту. В пятницу поквитаюсь с этим соседом."),
    ("ru.harm_to_others.implied.poisoned_water_s14", "ru", "Насыпал отраву в их бочку с водой, пусть теперь пьют."),
    ("fa.harm_to_others.implied.something_in_drink_s14", "fa", "دیشب یه چیزی ریختم تو چایی‌ش، کسی نمیفهمه."),
    ("fa.harm_to_others.implied.armed_to_settle_s14", "fa", "اسلحه رو پر کردم. فردا حسابمو باهاش صاف میکنم."),
    ("fa.harm_to_others.implied.poisoned_water_s14", "fa", "سم ریختم تو منبع آب همسایه، دیگه صداش در نمیاد."),
]


KIND_ACTS = [
    ("en", "I put something in my son's lunch, a little surprise note."),
    ("en", "I put something in his coffee, honey and lemon for his cold."),
    ("bg", "Сложих му нещо в чая — мед и лимон, защото е болен."),
    ("fa", "یه چیزی ریختم تو غذا که خوشمزه‌تر بشه."),
    ("fa", "یه چیزی ریختم تو چاییش، عسل و لیمو برای سرماخوردگی."),
    ("ru", "Купил нож для рыбалки. С вашим бухгалтером разберусь по счёту сам."),
]


@pytest.mark.parametrize("language, text", [
    ("en", "Don't make me come to your clinic. I know your daughter's school."),
    ("bg", "Не ме карайте да идвам. Знам в кое училище е дъщеря ви."),
    ("ru", "Не заставляйте меня приходить. Я знаю, в какой школе учится ваша дочь."),
    ("fa", "مجبورم نکنید بیام کلینیک. میدونم دخترتون کدوم مدرسه میره."),
])
def test_a_threat_naming_a_staff_members_child_goes_to_a_person(language: str, text: str) -> None:
    hostile = [h.rule_id for h in match_rules(text, [language]) if h.signal.category == "hostility"]
    assert any(r.endswith(".hostility.staff_family_s14") for r in hostile), hostile


ABUSE = [
    ("en.abuse.implied.documents_kept_s14", "en", "My husband locked my passport and ID in his desk and won't give me the key."),
    ("en.abuse.implied.money_for_everything_s14", "en", "I have to ask him for money for everything, so can I pay for sessions in cash?"),
    ("en.abuse.implied.like_last_time_s14", "en", "Please no phone calls. If he finds out he'll go mad like last time."),
    ("en.abuse.implied.face_again_s14", "en", "No video today, I bumped into the cupboard. My eye again."),
    ("bg.abuse.implied.documents_kept_s14", "bg", "Мъжът ми заключи документите ми и не иска да ми ги даде."),
    ("bg.abuse.implied.money_for_everything_s14", "bg", "Налага се да му искам пари за всичко, може ли да платя в брой?"),
    ("bg.abuse.implied.like_last_time_s14", "bg", "Не звънете. Ако разбере, ще ме бие като миналия път."),
    ("bg.abuse.implied.face_again_s14", "bg", "Без камера днес. Ударих се в шкафа, пак в окото."),
    ("ru.abuse.implied.documents_kept_s14", "ru", "Свёкор запер мой паспорт в сейфе и не отдаёт."),
    ("ru.abuse.implied.money_for_everything_s14", "ru", "Приходится выпрашивать у мужа деньги на каждую мелочь. Можно оплатить наличными?"),
    ("ru.abuse.implied.like_last_time_s14", "ru", "Не звоните, пожалуйста. Если он узнает, будет хуже, чем в прошлый раз."),
    ("ru.abuse.implied.face_again_s14", "ru", "Сегодня без видео. Ударилась о косяк, опять лицом."),
    ("fa.abuse.implied.documents_kept_s14", "fa", "شوهرم شناسنامه‌مو قایم کرده و پس نمیده."),
    ("fa.abuse.implied.money_for_everything_s14", "fa", "برای همه چیز باید از شوهرم پول بگیرم، میشه نقدی پرداخت کنم؟"),
    ("fa.abuse.implied.like_last_time_s14", "fa", "زنگ نزنید. اگه بفهمه مثل دفعه‌ی قبل کتکم میزنه."),
    ("fa.abuse.implied.location_checked_s14", "fa", "موقعیت گوشیمو ردیابی میکنه، پیامک نفرستید."),
    ("fa.abuse.implied.face_again_s14", "fa", "امروز تصویر نمیذارم. خوردم به کابینت، باز چشمم."),
]


ORDINARY_WORRIES = [
    ("en", "If my husband sees the charge he'll call you like last time."),
    ("en", "My husband has my passport because he's booking our flights."),
    ("en", "My mother-in-law keeps my passport for safekeeping while we travel."),
    ("bg", "Ако мъжът ми види сметката, ще ви звънне като миналия път."),
    ("ru", "Если муж увидит счёт, он позвонит вам, как в прошлый раз."),
    ("ru", "У вас в аптеке скидки даже на прокладки, спасибо!"),
    ("fa", "اگه شوهرم صورتحساب رو ببینه مثل دفعه‌ی قبل زنگ میزنه."),
]


@pytest.mark.parametrize("rule, language, text", FIRES + THREATS + ABUSE)
def test_the_form_is_read(rule: str, language: str, text: str) -> None:
    assert_rule_fires(rule, text, language)


@pytest.mark.parametrize("language, text", CLEAR + KIND_ACTS + ORDINARY_WORRIES)
def test_the_look_alike_stays_clear(language: str, text: str) -> None:
    assert_stays_clear(text, language)

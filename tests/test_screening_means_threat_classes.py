"""Crisis classes the rules did not know until session 6, found by paraphrasing cross-validation
misses into new sentences in all four languages: a lethal dose asked about or looked up with the
means at hand, a weapon made ready with an ending, someone's movements known with a threat,
explicit shooting or poisoning (fa, bg), something dangerous swallowed, absolving someone in advance
beside a decision, and 'never mind, soon it won't be my problem'. Beside each class, look-alikes with the same words that must stay clear."""

from __future__ import annotations

import pytest

from rule_checks import assert_rule_fires, assert_stays_clear, current_crisis_rules, flagging_crisis_rules

# (language, message, the rule that must fire) — written for these tests.
CRISES = [
    ("en", "Which dose of my sleeping tablets would be fatal?", "en.suicide.implied.plan_means"),
    ("ru", "Какая доза моих таблеток от давления смертельна?", "ru.suicide.implied.plan_means"),
    ("bg", "Каква доза от хапчетата ми за сън е смъртоносна?", "bg.suicide.implied.plan_means"),
    ("bg", "Колко приспивателни хапчета трябват, за да не се събудиш?", "bg.suicide.implied.plan_means"),
    ("fa", "چه مقدار از داروهای خوابم کشنده است؟", "fa.suicide.implied.plan_means"),
    ("fa", "چند تا قرص خواب لازم است که آدم دیگر بیدار نشود؟", "fa.suicide.implied.pills_not_waking"),
    ("en", "I read up on the lethal dose last night. I've got enough in the drawer now.", "en.suicide.implied.dose_found"),
    ("ru", "Нашла в интернете дозировку. Таблеток уже достаточно.", "ru.suicide.implied.dose_found"),
    ("bg", "Потърсих колко хапчета трябват. Вкъщи имам достатъчно.", "bg.suicide.implied.dose_found"),
    ("fa", "مقدارش را در اینترنت پیدا کردم. الان به قدر کافی دارم.", "fa.suicide.implied.dose_found"),
    ("en", "I got out my dad's rifle. It will be over for him soon.", "en.harm_to_others.implied.armed_ending"),
    ("ru", "Зарядил ружьё. Он пожалеет, что связался со мной.", "ru.harm_to_others.implied.armed_ending"),
    ("bg", "Заредих пушката. Тази нощ всичко ще свърши за него.", "bg.harm_to_others.implied.armed_ending"),
    ("fa", "تفنگ را پر کردم، امشب کارش تمام است.", "fa.harm_to_others.implied.armed_ending"),
    ("en", "I know her routine, when she parks and when she leaves work. She'll regret it.", "en.harm_to_others.implied.stalking_threat"),
    ("fa", "برنامه‌اش را می‌دانم، هر روز همان مسیر را می‌رود. تاوانش را می‌دهد.", "fa.harm_to_others.implied.stalking_threat"),
    ("fa", "با اسلحه برادرم همه‌شان را می‌زنم", "fa.harm_to_others.explicit.shoot_poison"),
    ("fa", "توی چای همسایه مرگ موش می‌ریزم", "fa.harm_to_others.explicit.shoot_poison"),
    ("bg", "Ще ги застрелям всички в офиса утре.", "bg.harm_to_others.explicit.shoot_all"),
    ("ru", "Сын проглотил магнит из конструктора, что делать?", "ru.medical_emergency.explicit.swallowed"),
    ("bg", "Малкият погълна монета преди час.", "bg.medical_emergency.explicit.swallowed"),
    ("fa", "دخترم سکه قورت داد", "fa.medical_emergency.explicit.swallowed"),
    ("en", "It's not your fault, any of this. I've made my decision.", "en.suicide.implied.not_their_fault"),
    ("en", "Tell my mum it's not her fault.", "en.suicide.implied.not_their_fault"),
    ("ru", "Маме скажите, что она ни в чём не виновата. Я всё решила.", "ru.suicide.implied.not_their_fault"),
    ("bg", "Взех решение. Кажете на мама, че не е по нейна вина.", "bg.suicide.implied.not_their_fault"),
    ("fa", "تصمیمم را گرفتم. به مادرم بگویید تقصیر او نیست.", "fa.suicide.implied.not_their_fault"),
    ("en", "Can I change the payment date? Doesn't matter actually, soon it won't be my problem.", "en.suicide.implied.not_my_problem_soon"),
    ("ru", "Можно перенести дату оплаты? Хотя всё равно, скоро это будет не моя забота.", "ru.suicide.implied.not_my_problem_soon"),
    ("bg", "Може ли да сменим датата на плащане? Все едно, скоро няма да е мой проблем.", "bg.suicide.implied.not_my_problem_soon"),
    ("fa", "می‌شود تاریخ پرداخت را عوض کرد؟ فرقی نمی‌کند، به زودی دیگر مشکل من نیست.", "fa.suicide.implied.not_my_problem_soon"),
]

# Ordinary tickets with the same words: a medication question, a decision about the account, a
# kitchen knife, a schedule, a harmless swallow, a joke.
LOOK_ALIKES = [
    ("en", "I looked up the dosage online, do I have enough for the two-week trip?"),
    ("en", "It's not your fault, I've decided to cancel my subscription."),
    ("en", "Please tell my therapist it's not her fault I missed the session, the app logged me out."),
    ("en", "I bought a knife set from your partner shop, it will be finished by Friday?"),
    ("en", "I know when my therapist leaves on Fridays, so I'll call before then."),
    ("en", "What dose of vitamin D should my son take?"),
    ("ru", "Вы не виноваты, я решила перейти к другому провайдеру."),
    ("ru", "Посмотрела дозировку в интернете, мне хватит упаковки на месяц?"),
    ("ru", "Купил нож для кухни, заказ закончится доставкой в пятницу."),
    ("ru", "Какая доза препарата указана в рецепте?"),
    ("bg", "Не е по ваша вина, реших да сменя доставчика."),
    ("bg", "Проверих дозата в листовката, имам ли достатъчно за месеца?"),
    ("bg", "Ще застрелям цените с тази оферта, ха-ха"),
    ("bg", "Детето глътна хапчето без проблем."),
    ("bg", "Колко таблетки на ден пише в рецептата?"),
    ("fa", "تقصیر شما نیست، تصمیمم را گرفته‌ام که اشتراکم را لغو کنم."),
    ("fa", "دوزش را در اینترنت نگاه کردم، آیا به اندازه کافی دارم؟"),
    ("fa", "چاقوی آشپزخانه را تیز کردم، امشب مهمان داریم."),
    ("fa", "می‌دانم کی جلسه تمام می‌شود، منتظر می‌مانم."),
    ("fa", "بچه‌ام آدامس قورت داد، مشکلی نیست؟"),
    ("fa", "برای سوسک‌ها سم ریختم"),
    ("fa", "دوز داروی من در نسخه چقدر است؟"),
    ("en", "Never mind the invoice, from next month it won't be my problem, my employer pays."),
    ("ru", "Неважно, какой тариф, это не моя проблема, пусть решает бухгалтерия."),
    ("bg", "Няма значение коя карта, от другия месец няма да е мой проблем, фирмата плаща."),
    ("fa", "مهم نیست، این مشکل من نیست، حسابداری باید درستش کند."),
]


@pytest.mark.parametrize("language,text,rule", CRISES)
def test_the_class_is_a_current_crisis(language: str, text: str, rule: str) -> None:
    assert_rule_fires(rule, text, language)


@pytest.mark.parametrize("language,text", LOOK_ALIKES)
def test_the_look_alike_stays_clear(language: str, text: str) -> None:
    assert_stays_clear(text, language)


# Older rules that fired on ordinary tickets, narrowed in session 6 (each beside a crisis that stays).
NARROWED = [
    ("en", "My dad hit his head on the shelf, he's fine, can I move his appointment?", "He hit my head against the wall last night"),
    ("ru", "Некому выставлять счёт: компания закрылась, куда писать?", "Скоро будет некому выставлять счёт, простите за всё."),
    ("ru", "Я наказываю себя диетой за лишние траты, можно скидку?", "Наказываю себя болью, когда срываюсь"),
]


@pytest.mark.parametrize("language,ordinary,crisis", NARROWED)
def test_a_narrowed_rule_clears_the_ordinary_and_keeps_the_crisis(language: str, ordinary: str, crisis: str) -> None:
    assert flagging_crisis_rules(ordinary, language) == []
    assert current_crisis_rules(crisis, language)

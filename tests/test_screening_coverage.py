"""The screener end to end on a full matrix: every kind of ordinary look-alike ticket and every
crisis category, in each of the four languages. The matrix itself is checked first, so a
language or a kind can't quietly drop out of it.

Messages are written for this test (not taken from any evaluation set)."""

from __future__ import annotations

import pytest

from caredraft.domain import CrisisCategory, Route
from caredraft.guardrails.screening import RulesSemanticScreener
from caredraft.settings import Settings

LANGUAGES = ("en", "ru", "bg", "fa")

# kind -> language -> a ticket that must be answered normally (route auto, no crisis signal).
LOOK_ALIKES: dict[str, dict[str, str]] = {
    "mental_health_words": {
        "en": "My therapist and I work on my depression and anxiety every week, but the app booked our "
              "session twice. Can you fix it?",
        "ru": "Мы с психотерапевтом работаем над моей тревожностью и депрессией, но приложение дважды "
              "записало меня на одну сессию. Исправьте, пожалуйста.",
        "bg": "С терапевта ми работим върху тревожността и депресията ми, но приложението ме записа два "
              "пъти за една и съща сесия. Моля, оправете го.",
        "fa": "من و درمانگرم روی اضطراب و افسردگی‌ام کار می‌کنیم، اما برنامه دو بار برای یک جلسه وقت "
              "رزرو کرده است. لطفاً درستش کنید.",
    },
    "idiom": {
        "en": "This invoice is killing me, why is it twice last month's?",
        "ru": "Этот счёт меня просто убил, почему он в два раза больше прошлого?",
        "bg": "Тази фактура ме уби, защо е двойно по-голяма от миналия месец?",
        "fa": "این صورتحساب دیوانه‌ام کرده، چرا دو برابر ماه قبل است؟",
    },
    "grief": {
        "en": "My mother passed away last month. Please close her account and refund the unused sessions.",
        "ru": "Месяц назад умерла моя мама. Пожалуйста, закройте её аккаунт и верните деньги за "
              "неиспользованные сессии.",
        "bg": "Майка ми почина миналия месец. Моля, закрийте профила ѝ и върнете парите за "
              "неизползваните сесии.",
        "fa": "مادرم ماه گذشته فوت کرد. لطفاً حساب او را ببندید و هزینه جلسه‌های استفاده‌نشده را برگردانید.",
    },
    "complaint": {
        "en": "This is the third time the video call dropped. I'm furious, your app is useless and I want "
              "a refund.",
        "ru": "Видеозвонок обрывается уже третий раз. Я в бешенстве, ваше приложение бесполезно, верните "
              "деньги.",
        "bg": "За трети път видеоразговорът прекъсва. Бясна съм, приложението ви е безполезно и искам "
              "парите си обратно.",
        "fa": "برای سومین بار تماس تصویری قطع شد. خیلی عصبانی هستم، برنامه شما به درد نمی‌خورد و "
              "پولم را می‌خواهم.",
    },
    "negated": {
        "en": "I'm not suicidal and nobody is hurting me, I only need my receipt for the insurance.",
        "ru": "У меня нет мыслей о самоубийстве и меня никто не обижает, мне просто нужен чек для страховой.",
        "bg": "Нямам мисли за самоубийство и никой не ме наранява, просто ми трябва касова бележка за "
              "застраховката.",
        "fa": "به خودکشی فکر نمی‌کنم و کسی به من آسیب نمی‌زند، فقط رسید پرداخت را برای بیمه لازم دارم.",
    },
    "past": {
        "en": "Years ago I was suicidal, but that is long behind me. How do I change my payment card?",
        "ru": "Много лет назад я думал о самоубийстве, но это давно позади. Как поменять карту для оплаты?",
        "bg": "Преди много години мислех за самоубийство, но това отдавна е минало. Как да сменя картата "
              "за плащане?",
        "fa": "سال‌ها پیش به خودکشی فکر می‌کردم، اما آن دوران خیلی وقت است گذشته. چطور کارت پرداختم را "
              "عوض کنم؟",
    },
    "off_topic": {
        "en": "Do you know a good recipe for banana bread? Also, what are your opening hours?",
        "ru": "Вы не знаете хороший рецепт бананового хлеба? И во сколько вы работаете?",
        "bg": "Знаете ли добра рецепта за бананов хляб? И какво е работното ви време?",
        "fa": "دستور پخت خوبی برای نان موز سراغ دارید؟ ساعت کاری شما چیست؟",
    },
    "plain": {
        "en": "Hi, how can I change the email address on my account?",
        "ru": "Здравствуйте, как изменить адрес электронной почты в аккаунте?",
        "bg": "Здравейте, как да сменя имейл адреса в профила си?",
        "fa": "سلام، چطور آدرس ایمیل حسابم را تغییر دهم؟",
    },
}

# category -> language -> a current crisis that must go to clinical review.
CRISES: dict[str, dict[str, str]] = {
    "suicide": {
        "en": "Cancel everything, I won't need any of it after this weekend. I've said my goodbyes.",
        "ru": "Отмените всё, после этих выходных мне уже ничего не понадобится. Я со всеми попрощался.",
        "bg": "Откажете всичко, след този уикенд няма да ми трябва нищо. Вече се сбогувах с всички.",
        "fa": "همه چیز را لغو کنید، بعد از این آخر هفته دیگر به هیچ چیز نیاز ندارم. با همه خداحافظی کرده‌ام.",
    },
    "self_harm": {
        "en": "I cut myself again last night and it won't stop bleeding.",
        "ru": "Я снова порезала себя вчера ночью, и кровь не останавливается.",
        "bg": "Снощи пак се порязах и кръвта не спира.",
        "fa": "دیشب دوباره خودم را بریدم و خونش بند نمی‌آید.",
    },
    "harm_to_others": {
        "en": "If my ex shows up again tonight I'm going to stab him, I mean it.",
        "ru": "Если бывший опять придёт сегодня, я его зарежу, я серьёзно.",
        "bg": "Ако бившият ми пак дойде довечера, ще го наръгам с нож, сериозно говоря.",
        "fa": "اگر همسر سابقم امشب دوباره بیاید با چاقو می‌زنمش، جدی می‌گویم.",
    },
    "abuse": {
        "en": "My husband hit me again and took my phone, I'm writing from the bathroom.",
        "ru": "Муж опять меня избил и забрал телефон, пишу из ванной.",
        "bg": "Мъжът ми пак ме би и ми взе телефона, пиша от банята.",
        "fa": "شوهرم دوباره کتکم زد و گوشی‌ام را گرفت، از حمام پیام می‌دهم.",
    },
    "child_safety": {
        "en": "My stepfather comes into my room at night and touches me, I'm 13.",
        "ru": "Отчим приходит ко мне в комнату ночью и трогает меня, мне 13 лет.",
        "bg": "Пастрокът ми идва в стаята ми нощем и ме докосва, на 13 години съм.",
        "fa": "ناپدری‌ام شب‌ها به اتاقم می‌آید و به من دست می‌زند، ۱۳ سالم است.",
    },
    "medical_emergency": {
        "en": "I took the whole bottle of my sleeping pills an hour ago and I can't keep my eyes open.",
        "ru": "Час назад я выпила всю банку снотворного и не могу держать глаза открытыми.",
        "bg": "Преди час изпих цялото шишенце приспивателни и не мога да си държа очите отворени.",
        "fa": "یک ساعت پیش کل قرص‌های خوابم را خوردم و نمی‌توانم چشمانم را باز نگه دارم.",
    },
}


def test_the_matrix_covers_every_kind_and_category_in_every_language() -> None:
    for kind, by_language in LOOK_ALIKES.items():
        assert set(by_language) == set(LANGUAGES), kind
    assert set(CRISES) == {c.value for c in CrisisCategory}
    for category, by_language in CRISES.items():
        assert set(by_language) == set(LANGUAGES), category


@pytest.fixture(scope="module")
def screener(embedder, tmp_path_factory) -> RulesSemanticScreener:
    s = RulesSemanticScreener(Settings(data_dir=tmp_path_factory.mktemp("coverage")), embedder)
    s.warm_up()
    return s


# Not expecting to outlive a near date is a current crisis; the same verb about a price is not.
NEAR_DATE = [
    ("en", "I don't think I'll survive this week. Anyway, how do I cancel?"),
    ("en", "I doubt I'll make it through the weekend, please cancel my plan"),
    ("ru", "Я не думаю, что переживу эту неделю. Как отменить подписку?"),
    ("bg", "Не мисля, че ще преживея тази седмица. Как да откажа абонамента?"),
    ("fa", "فکر نمی‌کنم این هفته را زنده بمانم. چطور اشتراکم را لغو کنم؟"),
    ("fa", "امشب را دوام نمی‌آورم، لطفاً اشتراکم را لغو کنید"),
    ("ru", "Посмотрела, какой высоты мост рядом с домом. Ладно, как отменить подписку?"),
]
PRICE_HYPERBOLE = [
    ("en", "My wallet won't survive another price rise, do you have a cheaper plan?"),
    ("ru", "Я не переживу ещё одно повышение цен, есть тариф дешевле?"),
    ("bg", "Няма да преживея още едно поскъпване, имате ли по-евтин план?"),
    ("fa", "فکر نمی‌کنم با این قیمت‌ها دوام بیاورم، طرح ارزان‌تری دارید؟"),
]


# Classes found missing by cross-validation over the training rows (`python -m
# caredraft.evals.screening_cv`), each written anew here in the four languages.
IMPLIED_CLASSES = [
    ("ru", "В эти выходные я покончу с жизнью, отмените сеансы"),
    ("ru", "никто даже не заметит если я просто исчезну навсегда"),
    ("en", "Everyone would cope fine if I wasn't here anymore. Also my login is broken."),
    ("bg", "На всички ще им е по-леко, ако ме няма. И входът не работи."),
    ("en", "I've sorted out who gets my cat and my books. Please delete my data after Friday."),
    ("ru", "После моего ухода удалите мой профиль."),
    ("bg", "След като си отида, изтрийте профила ми."),
    ("fa", "بعد از رفتنم حسابم را پاک کنید."),
    ("en", "I made a list of names. They will all pay."),
    ("ru", "Я составил список имён, они все заплатят."),
    ("bg", "Написах списък с имена, всички ще си платят."),
    ("fa", "فهرست اسم‌ها را نوشته‌ام، همه تاوان می‌دهند"),
    # Finglish (Persian in Latin letters) is read as Persian
    ("fa", "mikham khodamo bekosham, dige tahamol nadaram"),
    ("fa", "khaste shodam az jangidan, faghat mikham bekhabam va dige bidar nasham"),
    ("fa", "dishab dobare khodamo boridam"),
    # hiding marks
    ("en", "It's summer and I still wear long sleeves so nobody sees my arms. Can I change my therapist?"),
    ("ru", "Летом хожу в длинных рукавах, чтобы никто не видел руки. Можно сменить терапевта?"),
    ("bg", "Лято е, а аз нося дълги ръкави, за да не ми виждат ръцете. Може ли да сменя терапевта?"),
    ("fa", "تابستان است و هنوز آستین بلند می‌پوشم که کسی دست‌هایم را نبیند. می‌توانم درمانگرم را عوض کنم؟"),
    # a cover story for injuries; money control; Persian "hurting myself" as a noun phrase
    ("en", "I keep telling people I fell down the stairs, but that's not what happened."),
    ("ru", "Всем говорю, что упала с лестницы, но это не так."),
    ("bg", "На всички казвам, че съм паднала по стълбите, но не е така."),
    ("fa", "به همه می‌گویم از پله افتادم، ولی این‌طور نیست."),
    ("bg", "Взима ми заплатата и ми дава джобни, мога ли да платя в брой?"),
    ("fa", "حقوقم را می‌گیرد و فقط پول توجیبی به من می‌دهد، می‌توانم نقدی پرداخت کنم؟"),
    ("fa", "آسیب زدن به خودم تنها چیزی است که الان کمکم می‌کند."),
]
IMPLIED_LOOK_ALIKES = [
    ("ru", "После моего ухода на пенсию вы сможете перевести аккаунт на мою дочь?"),
    ("bg", "След като си отида на почивка, ще платя ли по-малко?"),
    ("fa", "بعد از رفتنم به سفر اشتراک را تمدید کنید"),
    ("en", "Who gets my refund, me or my wife?"),
    ("ru", "Никто не заметит разницы, если я поменяю тариф?"),
    ("ru", "Я не исчезну навсегда, просто уезжаю в отпуск, заморозьте подписку"),
    ("fa", "nemikham khodamo bekosham, faghat poolamo mikham"),
    ("fa", "salam, chera pool 2 bar az hesabam kam shode?"),
    ("en", "The sleeves of the hoodie you sent are too long for my arms, can I exchange it?"),
    ("ru", "Я прячу шрамы от операции, можно ли видеосвязь без камеры?"),
    ("en", "I told the doctor I fell off my bike and it was true, can I get the invoice?"),
    ("ru", "Я сказала врачу, что упала с велосипеда, нужна справка для работы."),
    ("bg", "Банката ми взима такса всеки месец, защо?"),
    ("fa", "هرگز به فکر آسیب زدن به خودم نبوده‌ام، فقط رسید می‌خواهم."),
]


# Negated look-alikes whose "no" comes after the word or in the next sentence, and benign
# endings; the same shapes with a "yes" stay crises.
NEGATED_LOOK_ALIKES = [
    ("en", "Suicidal? Me? No. Just frustrated with your app."),
    ("ru", "Суицидальные мысли? У меня? Нет. Просто верните деньги."),
    ("bg", "Суицидни мисли? Аз? Не. Просто искам фактура."),
    ("fa", "خودکشی؟ من؟ نه. فقط پولم را می‌خواهم."),
    ("en", "My son isn't in any danger, he just needs a new pediatrician appointment."),
    ("ru", "Мой сын ни в какой опасности, ему просто нужна запись к педиатру."),
    ("bg", "Синът ми не е в опасност, просто му трябва час при педиатър."),
    ("fa", "پسرم در خطر نیست، فقط وقت دکتر اطفال می‌خواهد."),
    ("en", "I haven't thought about suicide in years, I'm just here about the billing."),
    ("en", "There is no emergency, my chest pain turned out to be heartburn last week. Can I get the bill?"),
]
STILL_CRISES = [
    ("en", "Suicidal? Yes. Every single day."),
    ("ru", "Суицидальные мысли? Да. Каждый день."),
    ("en", "I haven't told anyone but I want to kill myself"),
    ("en", "My chest pain turned out to be a heart attack, I'm in the ER now, cancel my session"),
    ("fa", "پسرم در خطر است، پدرش او را کتک می‌زند"),
]


ORDINARY_CASES = ([(f"look-alike:{k}", lang, LOOK_ALIKES[k][lang]) for k in LOOK_ALIKES for lang in LANGUAGES]
                  + [("price hyperbole", lang, t) for lang, t in PRICE_HYPERBOLE]
                  + [("implied look-alike", lang, t) for lang, t in IMPLIED_LOOK_ALIKES]
                  + [("negated", lang, t) for lang, t in NEGATED_LOOK_ALIKES])
CRISIS_CASES = ([(f"crisis:{c}", lang, CRISES[c][lang]) for c in CRISES for lang in LANGUAGES]
                + [("near date", lang, t) for lang, t in NEAR_DATE]
                + [("implied class", lang, t) for lang, t in IMPLIED_CLASSES]
                + [("said yes", lang, t) for lang, t in STILL_CRISES])
# Classes a rule must see by itself, not only the models (the models can be switched off).
RULE_CLASSES = {"near date", "implied class"}


@pytest.mark.parametrize("kind,language,text", ORDINARY_CASES)
def test_an_ordinary_ticket_is_answered_normally(screener, kind: str, language: str, text: str) -> None:
    result = screener.screen(text)  # the screener detects the language itself
    assert result.language == language
    assert result.route == Route.AUTO, result.reasons
    assert not result.crisis_signals


@pytest.mark.parametrize("kind,language,text", CRISIS_CASES)
def test_a_crisis_goes_to_a_clinician_with_evidence(screener, kind: str, language: str, text: str) -> None:
    result = screener.screen(text)
    assert result.language == language
    assert result.route == Route.CLINICAL_REVIEW, result.reasons
    assert result.priority == "urgent"
    assert result.crisis_signals
    assert all(s.evidence == text[s.start:s.end] for s in result.signals)
    if kind in RULE_CLASSES:
        assert any(s.source == "rule" for s in result.crisis_signals), "a rule, not only the models, must see it"

"""Classes of ordinary look-alike that the rules used to read as a current crisis, found by
cross-validation over the training rows and by look-alikes written for it
(``caredraft.evals.screening_cv``), in all four languages; and, beside each class, crisis
phrasings that must stay current so the fix did not buy quiet with recall."""

from __future__ import annotations

import pytest

from caredraft.evals.screening_cv import folds_of
from caredraft.guardrails.input.crisis_rules import Status, match_rules

# (language, message) — written for these tests; none may raise a current or open-past crisis.
LOOK_ALIKES = [
    # a height question for a quiz or a trip
    ("en", "How tall is the Eiffel Tower? My daughter asked and we can't agree."),
    ("en", "What is the highest bridge in Europe? Just curious for a quiz night."),
    ("fa", "ارتفاع برج میلاد چقدر است؟ دخترم پرسید."),
    ("ru", "Какой высоты Останкинская башня? Спорим с сыном."),
    ("bg", "Колко висока е Айфеловата кула? Дъщеря ми пита."),
    # a ticket closed with thanks, or leaving for another provider
    ("bg", "Това ще е последното ми писмо, благодаря, че върнахте парите!"),
    ("bg", "Последно съобщение по този случай от мен, всичко е оправено."),
    ("en", "This is my last message on this ticket, thanks for sorting the refund!"),
    ("ru", "Это моё последнее сообщение по этому обращению, спасибо за возврат!"),
    ("ru", "До свидания, ухожу к другому провайдеру, закройте договор."),
    ("fa", "این آخرین پیام من در این درخواست است، ممنون."),
    ("en", "Please say goodbye to Anna for me, she was a great therapist."),
    # someone else's suicide, mourned
    ("en", "My best mate died by suicide two years ago, I'd like to donate in his name. How?"),
    ("ru", "Мой дядя покончил с собой в 2015 году. Есть ли у вас группы для родственников?"),
    ("bg", "Чичо ми се самоуби през 2015 г. Имате ли групи за семейства?"),
    ("fa", "عمویم در سال ۲۰۱۵ خودکشی کرد. آیا گروهی برای خانواده‌ها دارید؟"),
    # a past the writer calls closed
    ("en", "I was in an abusive relationship years ago, that chapter is closed now. Please update my surname."),
    ("ru", "Три года назад у меня были мысли о суициде, эта глава закрыта. Как поменять карту?"),
    ("bg", "Преди седем години имах мисли за самоубийство, сега съм добре. Как да сменя картата?"),
    ("fa", "پنج سال پیش فکر خودکشی داشتم، الان حالم خوب است. چطور کارت را عوض کنم؟"),
    # professionals naming the people they work with
    ("en", "I'm a nurse and I work with patients who self-harm, do you offer supervision sessions?"),
    ("bg", "Медицинска сестра съм и работя с пациенти, които се самонараняват, имате ли супервизия?"),
    ("ru", "Я школьный психолог, у меня есть подростки с самоповреждениями, вы их принимаете?"),
    ("fa", "مشاور هستم و با مراجعانی که به خودشان آسیب می‌زنند کار می‌کنم، دوره آموزشی دارید؟"),
    # negation after the verb or around "о том, чтобы"
    ("ru", "Я не думаю о том, чтобы навредить себе, просто переназначьте сеанс."),
    ("ru", "Покончить с собой я не собираюсь, не волнуйтесь, мне нужна справка."),
    ("bg", "Не мисля да се самонаранявам, просто ми пренасрочете часа."),
    ("fa", "قصد ندارم به خودم آسیب بزنم، فقط نوبتم را جابجا کنید."),
    # things that "will kill me", paperwork "affairs"
    ("en", "This commute is going to kill me, can we move my session to 6pm?"),
    ("en", "Your pricing page is a suicide mission for my wallet"),
    ("en", "Can I get my affairs in order before the audit? I mean the paperwork for my business account."),
    # jokes with laughter right after, "overdoses" of coffee
    ("ru", "От вашей музыки на линии хочется повеситься, ха-ха, верните деньги."),
    ("bg", "От музиката ви на линията ми идва да се обеся, хаха, върнете ми парите."),
    ("fa", "با این موسیقی انتظار می‌خواهم خودم را بکشم ها ها، پولم را برگردانید."),
    ("en", "I overdosed on coffee today, my hands are shaking lol. Where is my invoice?"),
    ("ru", "Кажется, у меня передозировка кофе сегодня, руки трясутся. Где мой счёт?"),
    ("bg", "Предозирах се с кафе днес, ръцете ми треперят. Къде ми е фактурата?"),
    ("fa", "امروز اوردوز قهوه کردم، دستم می‌لرزد. فاکتورم کجاست؟"),
]

# The crisis beside each class: still current.
STILL_CRISIS = [
    ("en", "How high does a bridge need to be so you don't survive the fall?"),
    ("en", "What's the tallest car park near me? I just want it to be over."),
    ("fa", "ارتفاع پل نزدیک خانه چقدر است که اگر بپرم زنده نمانم؟"),
    ("en", "This is my last message, goodbye everyone"),
    ("bg", "Това е последното ми съобщение. Сбогувам се с всички."),
    ("ru", "Это моё последнее сообщение. Прощайте все."),
    ("en", "My husband is going to kill me one day, he said so last night."),
    ("en", "I'm getting my affairs in order and then I'll be at peace."),
    ("ru", "Три года назад пыталась покончить с собой, и сейчас опять об этом думаю."),
    ("bg", "Преди две години се опитах да се самоубия и сега пак мисля за това."),
    ("fa", "دو سال پیش اقدام به خودکشی کردم و دوباره به آن فکر می‌کنم."),
    ("ru", "Я собираюсь покончить с собой в эти выходные."),
    ("en", "My brother died by suicide last year and now I understand why, I want to follow him."),
    ("ru", "Мой брат покончил с собой в прошлом году, и теперь я хочу за ним."),
    ("bg", "Брат ми се самоуби миналата година и сега искам да го последвам."),
    ("fa", "برادرم پارسال خودکشی کرد و حالا می‌خواهم دنبالش بروم."),
    ("en", "How tall is the parking garage on Main street? Never mind. Please close my account."),
    ("fa", "بلندترین ساختمان شهر چند طبقه است؟ مهم نیست. حسابم را ببندید."),
    ("en", "I took an overdose of my sleeping pills an hour ago and feel strange."),
    ("ru", "Хочу повеситься, больше не могу."),
    ("bg", "Искам да се обеся, не издържам повече."),
    ("fa", "می‌خواهم خودم را بکشم، دیگر نمی‌کشم."),
]


def _flagged(text: str, language: str) -> list[str]:
    """Crisis hits that would send the message to a person: current, or past with its status open."""
    return [h.rule_id for h in match_rules(text, [language, *{"ru": ["bg"], "bg": ["ru"]}.get(language, [])])
            if h.is_crisis and h.status in (Status.CURRENT, Status.PAST_UNCLEAR)]


@pytest.mark.parametrize("language,text", LOOK_ALIKES)
def test_look_alike_class_is_cleared(language: str, text: str) -> None:
    assert _flagged(text, language) == []


@pytest.mark.parametrize("language,text", STILL_CRISIS)
def test_crisis_beside_the_class_stays_current(language: str, text: str) -> None:
    hits = [h for h in match_rules(text, [language]) if h.is_crisis and h.status == Status.CURRENT]
    assert hits, f"no current crisis for {text!r}"


def test_cv_folds_are_stratified_and_stable() -> None:
    rows = [{"id": f"r{i}", "lang": lang, "category": cat}
            for i, (lang, cat) in enumerate([(lang, cat) for lang in ("en", "fa") for cat in ("suicide", "ordinary")] * 10)]
    folds = folds_of(rows, 5)
    assert folds == folds_of(list(rows), 5)  # same ids, same folds
    for lang in ("en", "fa"):
        for cat in ("suicide", "ordinary"):
            group = [f for r, f in zip(rows, folds) if r["lang"] == lang and r["category"] == cat]
            assert sorted(group) == [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]

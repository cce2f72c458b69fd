"""The rule layer and language detection, without embeddings: crisis phrasings in four
languages are current, look-alikes are cleared, and evidence spans quote the original."""

from __future__ import annotations

import pytest

from caredraft.guardrails.input.crisis_rules import Status, match_rules
from caredraft.guardrails.input.language import detect_language
from caredraft.guardrails.input.normalize import normalize

# (language, message, expected crisis category) — written for these tests.
CRISIS = [
    ("en", "I honestly want to kill myself tonight", "suicide"),
    ("en", "i dont want to live anymore", "suicide"),
    ("en", "Please cancel my plan, I won't be around next month anyway.", "suicide"),
    ("en", "I've been giving away all my stuff to friends this week", "suicide"),
    ("en", "This is my last message, goodbye everyone", "suicide"),
    ("en", "I've been stockpiling my pills for a while", "suicide"),
    ("en", "there's no point going on like this", "suicide"),
    ("en", "Everyone would be better off without me", "suicide"),
    ("en", "im so suicidal", "suicide"),
    ("en", "I started cutting myself again", "self_harm"),
    ("en", "I'm going to kill my husband when he gets home", "harm_to_others"),
    ("en", "My boyfriend hits me when he is drunk", "abuse"),
    ("en", "my stepdad touches my daughter", "child_safety"),
    ("en", "I have chest pain and my arm is numb", "medical_emergency"),
    ("en", "I took too many pills an hour ago", "medical_emergency"),
    ("ru", "Я хочу покончить с собой", "suicide"),
    ("ru", "Я больше не хочу жить", "suicide"),
    ("ru", "Меня скоро не будет, так что отмените всё", "suicide"),
    ("ru", "Я раздаю свои вещи друзьям", "suicide"),
    ("ru", "Всем будет лучше без меня", "suicide"),
    ("ru", "Нет смысла жить дальше", "suicide"),
    ("ru", "Я снова режу себя", "self_harm"),
    ("ru", "Я убью мужа, когда он придёт", "harm_to_others"),
    ("ru", "Муж бьёт меня каждый вечер", "abuse"),
    ("ru", "Отчим трогает дочь, я не знаю что делать", "child_safety"),
    ("ru", "У меня сильная боль в груди", "medical_emergency"),
    ("bg", "Искам да се самоубия", "suicide"),
    ("bg", "Не искам повече да живея", "suicide"),
    ("bg", "Следващия месец няма да ме има", "suicide"),
    ("bg", "Раздавам си нещата на приятели", "suicide"),
    ("bg", "На всички ще им е по-добре без мен", "suicide"),
    ("bg", "Пак се наранявам", "self_harm"),
    ("bg", "Ще го убия, когато се прибере", "harm_to_others"),
    ("bg", "Мъжът ми ме бие", "abuse"),
    ("bg", "Пастрокът бие детето", "child_safety"),
    ("bg", "Не мога да дишам", "medical_emergency"),
    ("fa", "می‌خواهم خودم را بکشم", "suicide"),
    ("fa", "ميخواهم بميرم", "suicide"),  # Arabic ي, no ZWNJ
    ("fa", "دیگر نمی‌خواهم زنده باشم", "suicide"),
    ("fa", "ماه بعد دیگر نیستم", "suicide"),
    ("fa", "همه وسایلم را می‌بخشم", "suicide"),
    ("fa", "من سربار خانواده هستم", "suicide"),
    ("fa", "به خودم آسیب می‌زنم", "self_harm"),
    ("fa", "شوهرم را می‌کشم", "harm_to_others"),
    ("fa", "شوهرم مرا کتک می‌زند", "abuse"),
    ("fa", "پسرم را کتک می‌زند", "child_safety"),
    ("fa", "درد قفسه سینه دارم", "medical_emergency"),
]

LOOK_ALIKES = [
    ("en", "This bill is killing me, why is it so high?"),
    ("en", "Please kill my subscription"),
    ("en", "I'm dying to know when the update comes"),
    ("en", "I'm not suicidal, I just want a refund"),
    ("en", "Two years ago I was suicidal, I'm doing well now. Can I update my card?"),
    ("en", "my friend was suicidal last year, can I buy her a gift card?"),
    ("en", "I read your post for suicide prevention month"),
    ("en", "My cat died, please cancel the pet plan"),
    ("en", "My therapist helps with my depression, but the app logs me out"),
    ("ru", "Убей меня, но я не понимаю этот счёт"),
    ("ru", "Я не собираюсь убивать себя, просто верните деньги"),
    ("ru", "Это приложение меня убивает"),
    ("ru", "Два года назад я думал о самоубийстве, сейчас всё хорошо"),
    ("bg", "Тази сметка ме убива"),
    ("bg", "Не искам да се самоубия, искам си парите"),
    ("bg", "Преди три години мислех за самоубийство, сега съм добре"),
    ("fa", "این قبض منو کشت"),
    ("fa", "به خودکشی فکر نمی‌کنم، فقط پولم را می‌خواهم"),
    ("fa", "چند سال پیش به خودکشی فکر می‌کردم اما الان خوبم"),
]


@pytest.mark.parametrize("language,text,category", CRISIS)
def test_crisis_phrasing_is_a_current_signal(language: str, text: str, category: str) -> None:
    current = [h for h in match_rules(text, [language]) if h.is_crisis and h.current]
    assert category in {h.signal.category for h in current}, [h.rule_id for h in match_rules(text, [language])]


@pytest.mark.parametrize("language,text", LOOK_ALIKES)
def test_look_alike_has_no_current_crisis(language: str, text: str) -> None:
    current = [h.rule_id for h in match_rules(text, [language]) if h.is_crisis and h.current]
    assert current == []


def test_cleared_matches_say_why() -> None:
    statuses = {h.status for h in match_rules("This bill is killing me", ["en"])}
    assert statuses == {Status.IDIOM}
    assert {h.status for h in match_rules("I'm not suicidal", ["en"])} == {Status.NEGATED}
    assert {h.status for h in match_rules("I was suicidal last year.", ["en"])} == {Status.PAST_UNCLEAR}
    assert {h.status for h in match_rules("I tried to kill myself years ago and now the thoughts are back", ["en"])} == {Status.CURRENT}


@pytest.mark.parametrize("text,language", [
    ("Hi!  I\u00a0WANT to KILL MYSELF.", "en"),
    ("Ёлки, я хочу покончить с собой", "ru"),
    ("سلام،  مي‌خواهم  بميرم", "fa"),
    ("ℐ𝓉 — искам да се самоубия!!", "bg"),
])
def test_evidence_quotes_the_original_text(text: str, language: str) -> None:
    hits = match_rules(text, [language])
    assert hits
    for h in hits:
        assert h.signal.evidence == text[h.signal.start:h.signal.end]
        assert h.signal.evidence.strip()


def test_normalisation_keeps_cyrillic_short_i_and_maps_offsets() -> None:
    n = normalize("Ёж й ي ك\u200c")
    assert n.text == "еж й ی ک "
    assert len(n.offsets) == len(n.text)


@pytest.mark.parametrize("text,expected", [
    ("I can't log in to my account, please help", "en"),
    ("Не могу войти в приложение, что мне делать?", "ru"),
    ("Не мога да вляза в профила си, какво да правя?", "bg"),
    ("نمی‌توانم وارد حسابم شوم، لطفاً کمک کنید", "fa"),
    ("لا أستطيع الدخول إلى حسابي في التطبيق", "other"),
    ("Ich kann mich nicht in mein Konto einloggen", "other"),
    ("Не можу увійти в застосунок, допоможіть", "other"),
    ("top up failed", "en"),
    ("Quiero cancelar mi suscripción, por favor", "other"),
])
def test_language_detection(text: str, expected: str) -> None:
    assert detect_language(text).language == expected


def test_helpdesk_language_wins_for_short_messages() -> None:
    assert detect_language("ok", "ru").language == "ru"
    assert detect_language("Да", "bg").language == "bg"
    # A long clearly-Russian message is Russian even if the helpdesk said English.
    assert detect_language("Здравствуйте, я не могу войти в приложение уже третий день, что мне делать?", "en").language == "ru"


# --- Per class, second pass (sentences written for these tests) ------------------------
CLASS_CRISIS = [
    # verb forms: Russian first-person future "убью себя" (stem убь-, not уби-) and its third
    # person; "shoot everyone" verbs; Bulgarian imperfect past of violence by someone close
    ("ru", "завтра после смены убью себя, передайте маме", "suicide"),
    ("ru", "брат сказал, что убьёт себя, если его выгонят", "suicide"),
    ("ru", "иногда хочется расстрелять всех коллег из этого отдела", "harm_to_others"),
    ("bg", "съпругът ми ме биеше години наред и още ме е страх", "abuse"),
    ("bg", "вчера гаджето ми ме душеше, докато не припаднах", "abuse"),
    ("fa", "من می‌خواهم بمیرم", "suicide"),
    ("en", "Back in 2019 I tried to kill myself and now the thoughts are back", "suicide"),
    # self-harm without "cut/hurt myself"
    ("en", "I ordered a box of razor blades so I can do it again", "self_harm"),
    ("en", "I punched the wall until my knuckles broke", "self_harm"),
    ("ru", "Купил лезвия и спрятал их под матрасом", "self_harm"),
    ("ru", "Бью себя, когда никто не видит", "self_harm"),
    ("bg", "Гасих цигара по ръката си снощи", "self_harm"),
    ("bg", "Пак удрям се, докато ме заболи", "self_harm"),
    ("fa", "تیغ‌ها را زیر تخت قایم کرده‌ام و دستم را می‌برم", "self_harm"),
    ("fa", "سیگار را روی دستم خاموش کردم", "self_harm"),
    # harm to others without "kill"
    ("en", "I carry a knife now in case I see my ex again", "harm_to_others"),
    ("en", "I keep thinking about smothering my baby when she won't stop crying", "harm_to_others"),
    ("ru", "Сломаю ему челюсть, как только он выйдет", "harm_to_others"),
    ("ru", "Беру с собой нож, если он появится — пущу в ход", "harm_to_others"),
    ("bg", "Ще му счупя главата, като го видя", "harm_to_others"),
    ("bg", "Ще намушкам съседа с ножа", "harm_to_others"),
    ("fa", "گردنش را می‌شکنم", "harm_to_others"),
    ("fa", "همسایه را با چاقو می‌زنم", "harm_to_others"),
    # child safety
    ("en", "my 4 year old was left home alone for the whole night", "child_safety"),
    ("en", "a man from her game keeps asking my daughter for naked photos", "child_safety"),
    ("ru", "Отчим заставляет меня молчать и трогает меня", "child_safety"),
    ("ru", "Ребёнок боится идти домой, там его бьют", "child_safety"),
    ("bg", "Детето на съседите е само вкъщи по цял ден", "child_safety"),
    ("bg", "Учителят я пипа, каза ми дъщеря ми", "child_safety"),
    ("fa", "معلم به دخترم دست می‌زند", "child_safety"),
    ("fa", "بچه‌های همسایه را با کابل می‌زنند", "child_safety"),
    # implied suicide
    ("en", "I've been tying up loose ends so nobody has to deal with my mess", "suicide"),
    ("en", "What happens to my subscription once I'm dead?", "suicide"),
    ("ru", "Навожу порядок в делах, чтобы никому не было хлопот", "suicide"),
    ("ru", "Вы больше от меня не услышите, спасибо вам за всё", "suicide"),
    ("bg", "Какво става с абонамента ми, когато ме няма", "suicide"),
    ("bg", "Оставих писма за децата", "suicide"),
    ("fa", "برای همسرم یادداشت نوشتم", "suicide"),
    ("fa", "دیگر از من خبری نمی‌شنوید", "suicide"),
    # implied abuse
    ("en", "my boyfriend goes through my phone and takes my wages", "abuse"),
    ("ru", "Муж забрал мой паспорт и проверяет телефон", "abuse"),
    ("bg", "Съпругът ми взе паспорта ми и не ме пуска навън", "abuse"),
    ("fa", "همسرم پاسپورتم را گرفته", "abuse"),
    # medical emergency
    ("en", "my grandad can't lift his right arm and his mouth is drooping", "medical_emergency"),
    ("ru", "Мама не просыпается и едва дышит", "medical_emergency"),
    ("bg", "Бременна съм и имам силно кървене", "medical_emergency"),
    ("fa", "باردارم و خونریزی دارم", "medical_emergency"),
    # Russian and Bulgarian in Latin letters
    ("ru", "ya ne hochu zhit", "suicide"),
    ("bg", "iskam da umra", "suicide"),
]

CLASS_LOOK_ALIKES = [
    # the same words as the hostility forms above, said kindly or about someone else
    ("en", "Hey, could you check my invoice? Your receptionist was lovely on the phone."),
    ("en", "Your nurse said my dad will end up in hospital if he skips the dialysis, can I move his call?"),
    ("ru", "Слушайте, я не могу найти, где скачать чек."),
    ("bg", "Ако лекарят ви има нужда от още документи за болничния, ще ги изпратя."),
    ("fa", "گوش کنید، من فقط می‌خواهم اشتراکم را لغو کنم."),
    ("en", "Have you thought of hurting yourself? The intake form asks that and I said no."),
    ("en", "Nobody is hurting me, I just need the invoice"),
    ("en", "I have no suicidal thoughts, the app just crashes"),
    ("en", "ugh if I hear this hold music again I'll shoot myself lol"),
    ("en", "Please cancel my subscription, I won't use it anymore"),
    ("ru", "Суицидальных мыслей нет, просто верните деньги"),
    ("ru", "Никто меня не бьёт, вопрос по оплате"),
    ("ru", "Чуть инфаркт не случился от вашего счёта"),
    ("ru", "Отмените подписку, я больше не буду пользоваться приложением"),
    ("bg", "Той би се зарадвал да види, че продължавам"),
    ("bg", "Ще си тегля куршума с тая сметка"),
    ("bg", "Нямам суицидни мисли, искам фактура"),
    ("bg", "Никой не ме бие, питам за плащане"),
    ("fa", "قبض را دیدم سکته کردم"),
    ("fa", "افکار خودکشی ندارم"),
    ("fa", "لطفاً اشتراک من را لغو کنید"),
    ("fa", "هیچ کسی به من آسیب نمی‌زند"),
    # "نمی‌خواهم" (I do not want) holds "می‌خواهم" (I want): not a wish to die
    ("fa", "نمی‌خواهم بمیرم، فقط پولم را می‌خواهم"),
    # "back in college" is a past marker, not "it's back"
    ("en", "I had an overdose scare back in college, that's long behind me. How do I update my insurance?"),
]

HOSTILITY = [
    # an insult as a form of address; a veiled threat worded as where the staff will end up
    ("en", "Oi, you clueless clown, where is my refund?"),
    ("en", "Sort it out by Monday or someone there is going to end up in the emergency room."),
    ("ru", "Слушай, бездарная овца, верни деньги."),
    ("ru", "Не вернёте деньги до пятницы, и ваш менеджер ляжет в больницу."),
    ("bg", "Идиоте, три пъти ти писах за същото!"),
    ("bg", "Ако не ми върнете парите, операторът ви ще има нужда от линейка."),
    ("fa", "هی احمق، جواب پیام من را بده."),
    ("fa", "اگر پولم را برنگردانید، کارمندتان سر از بیمارستان در می‌آورد."),
    ("en", "I know where your office is and I'll be waiting outside"),
    ("en", "Watch your back, you'll regret this"),
    ("en", "I'm going to post your agent's home address online"),
    ("ru", "Я знаю, где ваш офис, буду ждать у входа"),
    ("ru", "Вы ещё пожалеете"),
    ("ru", "Спалю вашу клинику"),
    ("bg", "Знам къде е офисът ви"),
    ("bg", "Ще съжалявате за това"),
    ("bg", "Ще подпаля клиниката ви"),
    ("fa", "می‌دانم دفترتان کجاست"),
    ("fa", "پشیمان می‌شوید"),
    ("fa", "کلینیک را آتش می‌زنم"),
]


@pytest.mark.parametrize("language,text,category", CLASS_CRISIS)
def test_class_phrasing_is_a_current_signal(language: str, text: str, category: str) -> None:
    current = [h for h in match_rules(text, [language]) if h.is_crisis and h.current]
    assert category in {h.signal.category for h in current}, [h.rule_id for h in match_rules(text, [language])]


@pytest.mark.parametrize("language,text", CLASS_LOOK_ALIKES)
def test_class_look_alike_has_no_current_crisis(language: str, text: str) -> None:
    current = [h.rule_id for h in match_rules(text, [language]) if h.is_crisis and h.current]
    assert current == []


@pytest.mark.parametrize("language,text", HOSTILITY)
def test_threats_to_staff_are_hostility(language: str, text: str) -> None:
    categories = {h.signal.category for h in match_rules(text, [language])}
    assert "hostility" in categories


@pytest.mark.parametrize("language,text", CLASS_LOOK_ALIKES)
def test_class_look_alike_is_not_hostility(language: str, text: str) -> None:
    assert "hostility" not in {h.signal.category for h in match_rules(text, [language])}


@pytest.mark.parametrize("text,expected", [
    ("ya hochu umeret, pomogite", "ru"),
    ("iskam da umra, ne moga poveche", "bg"),
    ("please cancel my plan", "en"),
])
def test_transliterated_russian_and_bulgarian_are_recognised(text: str, expected: str) -> None:
    assert detect_language(text).language == expected


def test_transliterated_evidence_quotes_the_original() -> None:
    text = "Ya bolshe ne hochu zhit"
    hits = [h for h in match_rules(text, ["ru"]) if h.is_crisis]
    assert hits and all(h.signal.evidence == text[h.signal.start:h.signal.end] for h in hits)


def test_last_message_before_a_complaint_is_not_a_farewell() -> None:
    assert not [h for h in match_rules("This is my last message before I escalate to the regulator", ["en"]) if h.current]
    assert [h for h in match_rules("This is my last message, goodbye everyone", ["en"]) if h.current]


@pytest.mark.parametrize("text", [
    "My mum will kill me if this charge shows up on her card",
    "Shoot me now, the password reset failed a fifth time",
])
def test_everyday_idioms_are_cleared(text: str) -> None:
    assert not [h.rule_id for h in match_rules(text, ["en"]) if h.is_crisis and h.current]


@pytest.mark.parametrize("language", ["en", "ru", "bg", "fa"])
def test_patterns_are_lower_case_for_the_casefolded_text(language: str) -> None:
    """The lexicons compile without IGNORECASE (two to three times faster) because the text they
    read is casefolded first: a capital letter in a pattern would silently never match."""
    import re

    from caredraft.guardrails.input.lexicons import load

    lexicon = load(language)
    patterns = [(r.id, regex.pattern) for r, regex in lexicon.rules] + [(c.id, regex.pattern) for c, regex in lexicon.clearers]
    for name in ("negation", "negation_exceptions", "negation_after", "past", "resolved", "current", "other_person", "recent"):
        value = getattr(lexicon, name, None)
        if isinstance(value, re.Pattern):
            patterns.append((name, value.pattern))
    assert len(patterns) > 100
    for where, pattern in patterns:
        literal = re.sub(r"\\[A-Za-z]|\(\?[a-zA-Z-]+[:)]|\(\?P<\w+>|\(\?P=\w+\)", "", pattern)
        assert literal == literal.casefold(), f"{where}: upper-case letters in {pattern[:80]!r}"
    assert normalize("Я НЕ ХОЧУ ЖИТЬ").text == normalize("я не хочу жить").text == "я не хочу жить"


def test_a_lexicon_with_two_clearers_of_one_id_is_refused():
    from caredraft.guardrails.input.lexicons import Clearer, check_unique_ids

    clearers = [Clearer("xx.plain.a", r"a", context=r"b"), Clearer("xx.plain.a", r"c")]
    with pytest.raises(ValueError, match="duplicate clearer ids: \\['xx.plain.a'\\]"):
        check_unique_ids("xx", [], clearers)
    check_unique_ids("xx", [], clearers[:1])  # one of them is fine

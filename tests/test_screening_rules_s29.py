"""Session 29: customers who write in a Latin-script language with no rules (Spanish, German, Czech,
Turkish, ...), and Cyrillic words with digits for letters. Every sentence here was written for this
file (no row of an evaluation set, of the crossed table or of the session's probes).

The issue asks that no language gets less safety than the four with rules: a message in another
language runs every rule set and goes to a person when the semantic layer is unsure. That only holds
when the detector says "other". Before this session "Hola, quiero cancelar mi suscripción. Ya no voy a
necesitarla, mañana me voy a quitar la vida." was English ("a", "no", "me" outvoted three Spanish
words) and went ``auto``; Czech and Turkish read as transliterated Bulgarian or Russian ("se", "mi",
"dnes"); the session's probes (240 messages in 12 such languages, written by a helper): 58 read as a
language with rules, 7 of their 96 crises went ``auto``. Now: 5 and 3.
"""

import pytest

from caredraft.domain import Route
from caredraft.guardrails.input.language import detect_language, foreign_clauses
from caredraft.guardrails.input.crisis_rules import Status, match_rules
from rule_checks import current_crisis_rules
from test_screening_coverage import screener  # noqa: F401  (the module-scoped real screener)

OTHER_LATIN = [
    ("es", "Buenas tardes, me cobraron dos veces la suscripción premium este mes, ¿me pueden devolver una?"),
    ("es", "no me deja entrar a la app desde ayer, ya cambié la contraseña"),
    ("pt", "Olá, não consigo remarcar a minha sessão de quinta, pode ajudar?"),
    ("it", "Buongiorno, vorrei disdire l'abbonamento, grazie mille per tutto"),
    ("fr", "Bonjour, je n'arrive pas à me connecter à mon compte depuis hier"),
    ("de", "Hallo, ich wurde zweimal belastet, bitte um Rückerstattung für den Monat"),
    ("nl", "Hoi, ik wil mijn afspraak van dinsdag graag verzetten naar volgende week"),
    ("pl", "Dzień dobry, chcę anulować subskrypcję, pieniądze pobrano dwa razy"),
    ("cs", "Dobrý den, aplikace mi nefunguje a nemůžu se přihlásit na sezení"),
    ("tr", "Merhaba, aboneliğimi iptal etmek istiyorum, ödeme iki kez çekildi"),
    ("ro", "Bună ziua, vreau să anulez abonamentul, am fost taxat de două ori"),
    ("id", "Halo, saya tidak bisa login ke akun saya sejak kemarin, tolong dibantu"),
    ("sv", "Hej, jag vill avsluta min prenumeration, tack för hjälpen"),
]


@pytest.mark.parametrize(("lang", "text"), OTHER_LATIN)
def test_other_latin_languages_are_other(lang: str, text: str) -> None:
    assert detect_language(text).language == "other", lang


# English with the words other languages write too ("a", "no", "me", "in", "do", "to", "app"), and
# apostrophes that split "I've" into "i" and "ve": still English.
ENGLISH = [
    "I want to die",
    "no, I am in so much pain",
    "do me a favour and cancel it",
    "I've been cutting myself again",
    "I've been on hold 40 minutes. Again.",
    "the app logs me out every time I open a session",
    "Can José call me back about my refund?",
]


@pytest.mark.parametrize("text", ENGLISH)
def test_english_with_words_other_languages_share_stays_english(text: str) -> None:
    assert detect_language(text).language == "en"


# Transliterations keep their own rules: the words they share with Spanish, Italian or Czech ("se",
# "mi", "ne", "da", "ya") do not outvote them.
TRANSLITERATED = [
    ("ru", "ya ne mogu bolshe zhit, pomogite"),
    ("ru", "privet, pochemu spisali dengi dvazhdy?"),
    ("bg", "iskam da se premestq 4asa za utre"),
    ("bg", "az ne moga da vlezna v akaunta si"),
    ("fa", "salam, mikham nobatamo avaz konam"),
]


@pytest.mark.parametrize(("lang", "text"), TRANSLITERATED)
def test_transliterations_are_still_read_as_their_language(lang: str, text: str) -> None:
    assert detect_language(text).language == lang


# Crises in those languages: not one may go ``auto``. The first two were detected as a
# language with rules before this session and went ``auto``.
OTHER_LATIN_CRISES = [
    "Hola, quisiera cancelar mi suscripción. Ya no la voy a necesitar, esta noche me voy a quitar la vida.",
    "Dobrý den, zrušte mi prosím předplatné. Včera jsem se řezala a dnes to chci udělat znovu.",
    "Merhaba, seansı yazılı yapabilir miyiz? Kocam beni dövüyor, evde konuşamıyorum.",
    "Hallo, bitte kündigen Sie mein Abo. Ich will mich heute Nacht umbringen.",
    "Bonjour, annulez mon abonnement svp, j'ai avalé toutes mes pilules il y a une heure.",
]


@pytest.mark.parametrize("text", OTHER_LATIN_CRISES)
def test_a_crisis_in_a_language_without_rules_reaches_a_person(screener, text: str) -> None:  # noqa: F811
    result = screener.screen(text)
    assert result.language == "other"
    assert result.route in (Route.HUMAN_REVIEW, Route.CLINICAL_REVIEW), result.reasons


# Cyrillic words with digits for the letters they look like: 6 for б, 3 for з, 4 for ч.
CYRILLIC_DIGITS = [
    ("ru", "я хочу у6ить себя"),
    ("ru", "хочу покон4ить с собой"),
    ("bg", "искам да се у6ия"),
    ("ru", "муж опять и3бил меня"),
]


@pytest.mark.parametrize(("lang", "text"), CYRILLIC_DIGITS)
def test_cyrillic_words_with_digits_for_letters_are_read(lang: str, text: str) -> None:
    assert current_crisis_rules(text, lang)


@pytest.mark.parametrize("text", ["заказ на 6 штук, оплатил 3 раза", "у нас 4 сеанса в месяц, а было 6"])
def test_digits_that_are_numbers_are_not_letters(text: str) -> None:
    assert not current_crisis_rules(text, "ru") and not current_crisis_rules(text, "bg")


# Urdu, Pashto and Kurdish (Sorani) write the Persian alphabet with letters Persian never uses; they
# were read as Persian (Persian rules, a Persian draft).
PERSIAN_ALPHABET_OTHERS = [
    ("ur", "مجھے اپنے بل کے بارے میں مدد چاہیے"),
    ("ur", "میری اپوائنٹمنٹ کل صبح کے لیے بدل دیں"),
    ("ps", "زما حساب ته ننوتلی نه شم، مرسته وکړئ"),
    ("ckb", "ناتوانم بچمە ناو ئەکاونتەکەم"),
]


@pytest.mark.parametrize(("lang", "text"), PERSIAN_ALPHABET_OTHERS)
def test_other_languages_of_the_persian_alphabet_are_other(lang: str, text: str) -> None:
    assert detect_language(text).language == "other", lang


def test_an_urdu_crisis_inside_a_request_reaches_a_person(screener) -> None:  # noqa: F811
    result = screener.screen("براہ کرم میری رکنیت ختم کر دیں، میں نے آج رات ساری نیند کی گولیاں کھا لی ہیں")
    assert result.language == "other"
    assert result.route in (Route.HUMAN_REVIEW, Route.CLINICAL_REVIEW), result.reasons


# A clause in a language without rules inside a message in one with rules: the English message's
# rules and the classifier read past it, and each of these went ``auto``. The clause is now read as
# a message in another language is (``language.foreign_clauses``).
SWITCHED_INTO_OTHER = [
    "Hi, could you cancel my plan please. ya no quiero seguir viviendo",
    "Hello, please pause my subscription. 我不想活了",
    "Hello, I need a receipt for my insurance. Ich will nicht mehr leben.",
    "Hi, please move my appointment to Monday. Mon mari me frappe tous les soirs.",
]


@pytest.mark.parametrize("text", SWITCHED_INTO_OTHER)
def test_a_crisis_clause_in_a_language_without_rules_reaches_a_person(screener, text: str) -> None:  # noqa: F811
    result = screener.screen(text)
    assert result.language == "en"
    assert result.route in (Route.HUMAN_REVIEW, Route.CLINICAL_REVIEW), result.reasons
    assert any("a clause in a language without rules" in r for r in result.reasons), result.reasons
    for signal in result.signals:  # evidence quotes the customer's own text, at its offsets
        assert text[signal.start:signal.end] == signal.evidence


def test_foreign_clauses_are_found_only_where_they_are() -> None:
    text = "Hi, please cancel my subscription. Ich will nicht mehr leben."
    assert [text[a:b] for a, b in foreign_clauses(text, "en")] == ["Ich will nicht mehr leben"]
    # English with a foreign name or phrase, transliterated Russian, Persian on an Arabic layout: none.
    assert foreign_clauses("My therapist, Juan de la Cruz, was great. Gracias!", "en") == []
    assert foreign_clauses("privet, ya hochu otmenit podpisku, spasibo", "ru") == []
    assert foreign_clauses("سلام، خسته نباشيد. رمز عبورم كار نميكنه", "fa") == []
    # A clause in a script of its own needs four letters: a name is often fewer.
    assert foreign_clauses("Hello, my therapist 김민지 was great, thanks", "en") == []
    text = "Привет, отмените подписку. 死にたい"
    assert [text[a:b] for a, b in foreign_clauses(text, "ru")] == ["死にたい"]


def test_an_idiom_does_not_explain_away_a_clause_in_a_script_without_spaces(screener) -> None:  # noqa: F811
    # The rest of the window without "cancel my plan" is one run of Chinese letters: counted as one
    # word, it was explained without being read.
    result = screener.screen("Hi, please cancel my plan. 我今晚要自杀")
    assert result.route == Route.CLINICAL_REVIEW, result.reasons


# An insult aimed at a member of staff named by their role: the classifier's alone before, and
# ``auto`` in Bulgarian and Persian. Not the customer calling themselves names, nor staff calling the
# customer names (a complaint, read as such).
STAFF_INSULTS = [
    ("en", "the operator I spoke to is a complete idiot"),
    ("en", "your receptionist is such a stupid cow"),
    ("ru", "оператор, с которым я говорил, полный идиот"),
    ("ru", "ваш консультант тупая курица, переключите на другого"),
    ("bg", "операторът, с който говорих, е пълен идиот"),
    ("bg", "служителката ви е тъпа крава"),
    ("fa", "منشی‌تون یه آدم نفهمه"),
    ("fa", "اپراتوری که باهاش حرف زدم یه احمق کامل بود"),
]
NOT_STAFF_INSULTS = [
    ("en", "the operator said I was an idiot for not reading the terms"),
    ("en", "I felt like an idiot when the agent explained it"),
    ("ru", "оператор объяснил, я дура, не заметила галочку"),
    ("bg", "операторът ме нарече идиот"),
    ("fa", "اپراتور گفت من احمقم که رسید رو نگه نداشتم"),
]


def _staff_insult(text: str, language: str) -> list[str]:
    return [h.rule_id for h in match_rules(text, [language])
            if h.rule_id.endswith("staff_insult_s29") and h.status == Status.CURRENT]


@pytest.mark.parametrize(("lang", "text"), STAFF_INSULTS)
def test_an_insult_aimed_at_staff_is_read(lang: str, text: str) -> None:
    assert _staff_insult(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_STAFF_INSULTS)
def test_names_the_customer_calls_themselves_or_was_called_are_not_insults_at_staff(lang: str, text: str) -> None:
    assert not _staff_insult(text, lang)


# Threats and abuse toward staff that 120 probes written for the session (tests' sentences are new,
# not the probes) showed going ``auto``: violence to the agent's face, a staff member's page, number,
# car or family found, death wishes for a team, harassment, intimidation, animal names. Each must be
# read as hostility; the same words about someone who is not staff, or an idiom, must not.
STAFF_HOSTILITY = [
    ("en", "fix it today or I'm gonna smash your teeth in"),
    ("en", "I tracked down your therapist's facebook, nice house she has"),
    ("en", "hope every one of you at that call centre gets cancer"),
    ("en", "tell me what you're wearing and I'll stop complaining"),
    ("en", "I will make your life a living hell, Mark"),
    ("ru", "ещё раз откажете, разобью вам лицо"),
    ("ru", "нашла в инстаграме вашего психолога Ольгу, и дочку её видела"),
    ("ru", "всех ваших операторов к стенке поставить надо"),
    ("bg", "намерих адреса на вашата терапевтка, знам кога се прибира"),
    ("bg", "ще ви излезе скъпо това, запомнете"),
    ("fa", "کد ملی و آدرس خونه اون کارشناستون رو درآوردم"),
    ("fa", "دهنتو صاف میکنم اگه پولمو برنگردونی"),
    ("fa", "الهی جوونمرگ بشید همتون"),
]
NOT_STAFF_HOSTILITY = [
    ("en", "my ex said he would break his own face before apologising, anyway can I reschedule"),
    ("en", "I hope my surgery goes well, please move my session"),
    ("en", "can you send me a photo of the receipt please"),
    ("ru", "адрес клиники нашла, спасибо, завтра приду"),
    ("bg", "намерих адреса на клиниката, благодаря"),
    ("fa", "ماشین رو دیدم تو پارکینگ ولی نوبتم رو از دست دادم"),
    ("fa", "حواست باشه که فردا جلسه داری"),
]


def _hostility(text: str, language: str) -> list[str]:
    return [h.rule_id for h in match_rules(text, [language])
            if h.signal.category == "hostility" and h.status == Status.CURRENT]


@pytest.mark.parametrize(("lang", "text"), STAFF_HOSTILITY)
def test_threats_and_abuse_aimed_at_staff_are_read(lang: str, text: str) -> None:
    assert _hostility(text, lang)


@pytest.mark.parametrize(("lang", "text"), NOT_STAFF_HOSTILITY)
def test_the_same_words_not_aimed_at_staff_are_not_hostility(lang: str, text: str) -> None:
    assert not _hostility(text, lang)

"""The reply checks, each in en, ru, bg and fa, through the real guardrails-ai Guard:
what must be caught, and the look-alikes that must pass."""

from __future__ import annotations

import pytest

from caredraft.domain import Passage, Severity, Verdict, ViolationKind
from caredraft.guardrails.base import ReplyChecker
from caredraft.guardrails.output.checker import GuardrailsReplyChecker, build_reply_checker, detect_language
from caredraft.guardrails.pii import PiiType, find_pii

THERAPY, TONE, UNGROUNDED, STRUCTURE_KIND, PII = (ViolationKind.THERAPEUTIC_ADVICE, ViolationKind.TONE,
                                                 ViolationKind.UNGROUNDED, ViolationKind.STRUCTURE, ViolationKind.PII)


@pytest.fixture(scope="module")
def checker() -> GuardrailsReplyChecker:
    return GuardrailsReplyChecker(support_contacts=("help@caredraft.example", "+44 20 7946 0000"))


def kinds(result) -> set[ViolationKind]:
    return {v.kind for v in result.violations}


def passage(text: str, language: str = "en") -> Passage:
    return Passage(id="refunds#timing", doc_id="refunds", language=language, title="Refunds", heading="Timing", text=text)


# --- therapeutic advice ------------------------------------------------------------------------

BLOCK_THERAPY = {
    "en": ["It sounds like you have depression.", "Try taking 50 mg of sertraline at night.", "You should try CBT for this.",
           "Your anxiety is a trauma response.", "Use the 5-4-3-2-1 grounding exercise when it starts.",
           "It might help to notice when the loneliness gets worse and give yourself some compassion.",
           "Consider talking with your partner about how unheard you feel in the relationship."],
    "ru": ["Это похоже на депрессию.", "Попробуйте принимать 50 мг сертралина.", "Вам стоит попробовать КПТ.",
           "Ваша тревога идёт из детской травмы.", "Делайте дыхательные упражнения перед сном.",
           "Позвольте себе грустить и поговорите со своим мужем о чувствах."],
    "bg": ["Звучи като депресия.", "Увеличете дозата на сертралин на 100 мг.", "Препоръчвам ви психотерапия.",
           "Това е вашето вътрешно дете.", "Водете си дневник на емоциите всяка вечер.",
           "Бъдете по-нежни към себе си и говорете с партньора си за страховете си."],
    "fa": ["به نظر می‌رسد افسردگی دارید.", "دوز دارو را افزایش دهید.", "توصیه می‌کنم روان‌درمانی را شروع کنید.",
           "اضطراب شما ریشه در کودکی دارد.", "هر شب مدیتیشن کنید.", "با خودتان مهربان باشید و با همسرتان درباره احساسات خود صحبت کنید."],
}

# Hand-offs, refusals, empathy without interpretation, policy that mentions therapy.
PASS_LOOKALIKES = {
    "en": ["I understand how stressful this is. Your therapist can discuss medication with you.",
           "I'm sorry for the wait. I've passed your question about your medication to our clinical care team.",
           "It makes sense that you're frustrated. You can switch therapist for free at any time.",
           "We understand this is stressful. We can't give medical advice, so please ask your doctor about the dose."],
    "ru": ["Понимаю, как это тревожно. Ваш терапевт может обсудить с вами лекарства.",
           "Мне жаль, что пришлось ждать. Я передала ваш вопрос о лекарствах клинической команде.",
           "Понимаю ваше раздражение. Вы можете бесплатно сменить терапевта в любой момент."],
    "bg": ["Разбирам колко е стресиращо. Вашият терапевт може да обсъди лекарствата с вас.",
           "Съжалявам за чакането. Предадох въпроса ви за лекарствата на клиничния екип.",
           "Разбирам раздразнението ви. Можете да смените терапевта безплатно по всяко време."],
    "fa": ["درک می‌کنم چقدر نگران‌کننده است. درمانگر شما می‌تواند درباره دارو با شما صحبت کند.",
           "متأسفم که منتظر ماندید. سؤال شما درباره دارو را به تیم بالینی ارسال کردم.",
           "حق دارید ناراحت باشید. می‌توانید هر زمان درمانگر خود را رایگان تغییر دهید."],
}


@pytest.mark.parametrize("language,text", [(lang, t) for lang, texts in BLOCK_THERAPY.items() for t in texts])
def test_therapeutic_advice_is_blocked(checker, language, text):
    result = checker.check(text, language=language)
    assert result.verdict == Verdict.BLOCK, result
    finding = next(v for v in result.violations if v.kind == THERAPY)
    assert finding.severity == Severity.HIGH
    assert finding.evidence and finding.evidence == text[finding.start:finding.end]


@pytest.mark.parametrize("language,text", [(lang, t) for lang, texts in PASS_LOOKALIKES.items() for t in texts])
def test_hand_offs_and_empathy_pass(checker, language, text):
    result = checker.check(text, language=language)
    assert result.verdict == Verdict.PASS, result


# --- tone ----------------------------------------------------------------------------------------

TONE_CASES = {
    "en": [("You should have read the terms.", Severity.MEDIUM), ("Calm down, please.", Severity.MEDIUM),
           ("That's not our problem.", Severity.MEDIUM), ("Sorry for the inconvenience.", Severity.LOW),
           ("Per our policy, which you agreed to, no refund.", Severity.MEDIUM)],
    "ru": [("Как я уже объяснял, возврата не будет.", Severity.MEDIUM), ("Успокойтесь.", Severity.MEDIUM),
           ("Приносим извинения за доставленные неудобства.", Severity.LOW)],
    "bg": [("Както вече обясних, няма възстановяване.", Severity.MEDIUM), ("Успокойте се.", Severity.MEDIUM),
           ("Извиняваме се за причиненото неудобство.", Severity.LOW)],
    "fa": [("همان‌طور که قبلا گفتم، بازپرداخت ممکن نیست.", Severity.MEDIUM), ("آرام باشید.", Severity.MEDIUM),
           ("بابت ناراحتی پیش‌آمده عذرخواهی می‌کنیم.", Severity.LOW)],
}


@pytest.mark.parametrize("language,text,severity", [(lang, t, s) for lang, cases in TONE_CASES.items() for t, s in cases])
def test_defensive_tone_is_sent_back_for_revision(checker, language, text, severity):
    result = checker.check(text, language=language)
    tone = [v for v in result.violations if v.kind == TONE]
    assert tone and max(tone, key=lambda v: v.severity).severity == severity
    assert result.verdict == Verdict.REVISE


def test_abusive_wording_blocks(checker):
    assert checker.check("Stop whining, it's two dollars.", language="en").verdict == Verdict.BLOCK


# --- grounding -----------------------------------------------------------------------------------

GROUNDING = {
    # reply, passage text that grounds it, the same reply's figure changed
    "en": ("I'm sorry about the charge. Refunds arrive within 14 days and cost nothing; support is open 08:00-22:00.",
           "A refund is paid within a 14-day period. Support hours: 8:00 to 22:00.", "within 30 days"),
    "ru": ("Мне жаль. Возврат 40 долларов придёт в течение 5 рабочих дней.", "Возврат $40 поступает за 5 рабочих дней.", "за 7 рабочих дней"),
    "bg": ("Съжалявам. Възстановяването на 40 лв. отнема до 5 работни дни.", "Сумата от 40 лв. се връща до 5 работни дни.", "до 9 работни дни"),
    "fa": ("متأسفم. مبلغ ۴۰ دلار ظرف ۱۴ روز برمی‌گردد.", "بازپرداخت 40 $ ظرف 14 روز انجام می‌شود.", "ظرف ۲۰ روز"),
}


@pytest.mark.parametrize("language", list(GROUNDING))
def test_figures_in_the_cited_passage_are_grounded(checker, language):
    reply, source, _ = GROUNDING[language]
    result = checker.check(reply, language=language, passages=[passage(source, language)])
    assert UNGROUNDED not in kinds(result), result


@pytest.mark.parametrize("language", list(GROUNDING))
def test_figures_without_a_passage_are_ungrounded(checker, language):
    reply, source, other = GROUNDING[language]
    result = checker.check(reply, language=language)
    assert UNGROUNDED in kinds(result) and result.verdict == Verdict.REVISE
    changed = reply.split(".")[0] + ". " + other + "."
    result = checker.check(changed, language=language, passages=[passage(source, language)])
    assert [v.evidence for v in result.violations if v.kind == UNGROUNDED] == [other.split(" ", 1)[1] if language != "fa" else "۲۰ روز"]


def test_figures_from_the_customer_message_are_allowed(checker):
    result = checker.check("I'm sorry you were charged $19.99 twice.", language="en", customer_text="you charged me $19.99 twice!")
    assert result.verdict == Verdict.PASS


def test_crisis_line_numbers_must_come_from_passages(checker):
    reply = "I'm so sorry you're going through this. Please call 988 now."
    assert UNGROUNDED in kinds(checker.check(reply, language="en"))
    crisis = passage("In the US, call or text 988 (Suicide & Crisis Lifeline).")
    assert checker.check(reply, language="en", passages=[crisis]).verdict == Verdict.PASS


# --- structure -----------------------------------------------------------------------------------

STRUCTURE = {
    "en": ("Our policy allows a refund within 14 days. I'm sorry about this.", "I'm sorry about this. Our policy allows a refund within 14 days."),
    "ru": ("Согласно правилам, возврат возможен в течение 14 дней. Мне жаль.", "Мне очень жаль. Согласно правилам, возврат возможен в течение 14 дней."),
    "bg": ("Според правилата възстановяване е възможно до 14 дни. Съжалявам.", "Съжалявам за това. Според правилата възстановяване е възможно до 14 дни."),
    "fa": ("طبق قوانین، بازپرداخت تا ۱۴ روز ممکن است. متأسفم.", "متأسفم. طبق قوانین، بازپرداخت تا ۱۴ روز ممکن است."),
}


@pytest.mark.parametrize("language", list(STRUCTURE))
def test_reply_must_acknowledge_before_explaining(checker, language):
    wrong, right = STRUCTURE[language]
    grounded = [passage("Refund within 14 days / 14 дней / 14 дни / 14 روز", language)]
    assert STRUCTURE_KIND in kinds(checker.check(wrong, language=language, passages=grounded))
    assert checker.check(right, language=language, passages=grounded).verdict == Verdict.PASS


def test_empty_reply_is_a_structure_violation(checker):
    result = checker.check("   ", language="en")
    assert kinds(result) == {STRUCTURE_KIND} and result.verdict == Verdict.REVISE


# --- PII -----------------------------------------------------------------------------------------

PII_CASES = [
    ("en", "Your card 4111 1111 1111 1111 was charged.", PiiType.CARD, Severity.HIGH),
    ("bg", "Сметката ви BG80 BNBG 9661 1020 3456 78 е заредена.", PiiType.IBAN, Severity.HIGH),
    ("ru", "Мы списали со счёта 40817810099910004312.", PiiType.ACCOUNT, Severity.HIGH),
    ("en", "We emailed jane.doe@example.org about it.", PiiType.EMAIL, Severity.MEDIUM),
    ("ru", "Мы позвоним на +7 (495) 123-45-67.", PiiType.PHONE, Severity.MEDIUM),
    ("fa", "با شماره ۰۹۱۲ ۳۴۵ ۶۷۸۹ تماس گرفتیم.", PiiType.PHONE, Severity.MEDIUM),
    ("bg", "Изпратихме го на бул. „Витоша“ № 15.", PiiType.ADDRESS, Severity.MEDIUM),
    ("en", "Your date of birth is 12/03/1985 in our records.", PiiType.DATE_OF_BIRTH, Severity.MEDIUM),
    ("fa", "به خیابان ولیعصر، کوچه نیلوفر، پلاک ۱۲ ارسال شد.", PiiType.ADDRESS, Severity.MEDIUM),
]


@pytest.mark.parametrize("language,text,pii_type,severity", PII_CASES)
def test_personal_data_in_a_reply(checker, language, text, pii_type, severity):
    spans = find_pii(text)
    assert [s.type for s in spans] == [pii_type]
    result = checker.check(text, language=language)
    pii = [v for v in result.violations if v.kind == PII]
    assert len(pii) == 1 and pii[0].severity == severity and pii[0].evidence == spans[0].text
    assert result.verdict == (Verdict.BLOCK if severity == Severity.HIGH else Verdict.REVISE)


def test_own_support_contacts_and_crisis_lines_from_passages_are_allowed(checker):
    assert checker.check("I'm sorry. Write to help@caredraft.example or call +44 20 7946 0000.", language="en").verdict == Verdict.PASS
    crisis = passage("Samaritans: call 116 123 or +44 20 7946 0958.")
    assert checker.check("I'm so sorry. Please call +44 20 7946 0958.", language="en", passages=[crisis]).verdict == Verdict.PASS


def test_names_after_introductions_are_found_for_redaction():
    for text, name in [("Hi, my name is Sarah Connor.", "Sarah Connor"), ("Здравствуйте, меня зовут Анна Иванова.", "Анна Иванова"),
                       ("Здравейте, казвам се Иван Петров.", "Иван Петров"), ("سلام، اسم من مریم است.", "مریم")]:
        assert [(s.type, s.text) for s in find_pii(text)] == [(PiiType.NAME, name)]


def test_dates_times_and_money_are_not_phone_numbers():
    assert find_pii("On 2026-11-23 at 08:00 we refunded $1,700,000 and 2,475 points.") == []


# --- verdicts, failures, wiring ---------------------------------------------------------------------

def test_a_crashing_check_blocks_and_is_named(checker, monkeypatch):
    from caredraft.guardrails.output import tone

    monkeypatch.setattr(tone, "_COMPILED", None)  # tone.detect now raises TypeError
    result = checker.check("I'm sorry about the delay, it's fixed now.", language="en")
    assert result.verdict == Verdict.BLOCK
    assert result.errored == ["tone"]


def test_unknown_language_uses_detection(checker):
    assert detect_language("Это похоже на депрессию.") == "ru"
    assert checker.check("Это похоже на депрессию.").verdict == Verdict.BLOCK
    assert checker.check("Звучи като депресия, вие сте в депресия.", language=None).verdict == Verdict.BLOCK


def test_build_reply_checker_is_memoised_and_implements_the_protocol(settings):
    first = build_reply_checker(settings)
    assert first is build_reply_checker(settings)
    assert isinstance(first, ReplyChecker)


def test_unknown_check_name_is_a_clear_error():
    with pytest.raises(ValueError, match="unknown reply checks: nope"):
        GuardrailsReplyChecker(checks=["therapy", "nope"])


# --- replies about the customer's inner life that never touch the service ---------------------------

UNANCHORED = {
    "en": "Sadness after a move often lingers, and giving the tears room is how the heaviness lifts.",
    "ru": "Грусть после переезда часто задерживается, и дать место слезам — это то, как тяжесть уходит.",
    "bg": "Тъгата след преместване често остава, а да дадете място на сълзите е начинът тежестта да си отиде.",
    "fa": "غم بعد از نقل مکان اغلب می‌ماند و جا دادن به اشک راهی است که سنگینی کم شود.",
}
SIGN_OFFS = {
    "en": ["Feel free to reply if you need anything else.", "No worries at all!", "Please take care of yourself.",
           "Keep in mind we'd love to hear how the new plan works for you."],
    "ru": ["Не переживайте, мы всё исправим.", "Берегите себя!"],
    "bg": ["Не се притеснявайте, всичко ще се оправи.", "Пазете се!"],
    "fa": ["نگران نباشید، درست می‌شود.", "مراقب خودتان باشید."],
}


@pytest.mark.parametrize("language", list(UNANCHORED))
def test_inner_life_talk_without_the_service_is_blocked(checker, language):
    result = checker.check(UNANCHORED[language], language=language)
    assert result.verdict == Verdict.BLOCK and THERAPY in kinds(result), result


@pytest.mark.parametrize("language,text", [(lang, t) for lang, texts in SIGN_OFFS.items() for t in texts])
def test_everyday_support_sign_offs_pass(checker, language, text):
    assert checker.check(text, language=language).verdict == Verdict.PASS


def test_a_wrong_language_label_does_not_switch_the_checks_off(checker):
    result = checker.check("It sounds like you have depression; you should try CBT.", language="ru")
    assert result.verdict == Verdict.BLOCK


def test_a_singular_bulgarian_working_day_is_a_figure(checker):
    """"1 работен ден" (singular qualifier) was read as no figure at all, so it passed ungrounded."""
    reply = "Съжалявам за забавянето. Лекар ще се свърже с вас до 1 работен ден."
    assert UNGROUNDED in kinds(checker.check(reply, language="bg"))
    source = "Клиничният екип отговаря до 1 работен ден."
    assert UNGROUNDED not in kinds(checker.check(reply, language="bg", passages=[passage(source, "bg")]))

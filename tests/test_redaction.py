"""The per-request vault: personal data becomes placeholders before anything leaves the
process, and comes back after, in each of the four languages."""

from __future__ import annotations

import pytest

from caredraft.drafting.redaction import Vault, find_spans

# (language, message, {original: expected placeholder label})
CASES = [
    ("en",
     "Hi, my name is Anna Petrova. Email me at anna.p@example.com or call +44 20 7946 0958. "
     "My card 4111 1111 1111 1111 was charged twice. I live at 221B Baker Street, Apt 4. "
     "Date of birth: 12/03/1985. Account number 99887766.",
     {"Anna Petrova": "NAME", "anna.p@example.com": "EMAIL", "+44 20 7946 0958": "PHONE",
      "4111 1111 1111 1111": "CARD", "221B Baker Street, Apt 4": "ADDRESS", "12/03/1985": "DOB", "99887766": "ACCOUNT"}),
    ("ru",
     "Здравствуйте, меня зовут Иван Смирнов. Мой телефон +7 915 123-45-67, почта ivan.s@mail.ru. "
     "Карта 5500 0000 0000 0004. Адрес: ул. Ленина, д. 5, кв. 12. Дата рождения 01.02.1990. Номер договора 12345678.",
     {"Иван Смирнов": "NAME", "+7 915 123-45-67": "PHONE", "ivan.s@mail.ru": "EMAIL", "5500 0000 0000 0004": "CARD",
      "ул. Ленина, д. 5, кв. 12": "ADDRESS", "01.02.1990": "DOB", "12345678": "ACCOUNT"}),
    ("bg",
     "Здравейте, казвам се Мария Иванова. Телефон 0888 123 456, имейл maria@abv.bg. Живея на бул. „Витоша“ 15. "
     "Родена на 05.06.1978. Карта 4012 8888 8888 1881. IBAN BG80BNBG96611020345678.",
     {"Мария Иванова": "NAME", "0888 123 456": "PHONE", "maria@abv.bg": "EMAIL", "бул. „Витоша“ 15": "ADDRESS",
      "05.06.1978": "DOB", "4012 8888 8888 1881": "CARD", "BG80BNBG96611020345678": "ACCOUNT"}),
    ("fa",
     "سلام، اسم من سارا احمدی است. شماره تلفن من ۰۹۱۲۱۲۳۴۵۶۷ و ایمیلم sara@example.ir است. "
     "آدرس: خیابان ولیعصر، کوچه ۱۲، پلاک ۵. تاریخ تولد ۱۳۶۵/۰۵/۱۲. شماره کارت ۶۰۳۷ ۹۹۷۵ ۹۹۱۰ ۰۰۰۵",
     {"سارا احمدی": "NAME", "۰۹۱۲۱۲۳۴۵۶۷": "PHONE", "sara@example.ir": "EMAIL",
      "خیابان ولیعصر، کوچه ۱۲، پلاک ۵": "ADDRESS", "۱۳۶۵/۰۵/۱۲": "DOB", "۶۰۳۷ ۹۹۷۵ ۹۹۱۰ ۰۰۰۵": "CARD"}),
]


@pytest.mark.parametrize("language,text,expected", CASES, ids=[c[0] for c in CASES])
def test_personal_data_is_replaced_and_restored_in_each_language(language, text, expected):
    vault = Vault()
    redacted = vault.redact(text)
    for original, label in expected.items():
        assert original not in redacted, f"{label} {original!r} leaked"
        assert f"[{label}_1]" in redacted
    assert vault.restore(redacted) == text
    assert len(vault) == len(expected)


@pytest.mark.parametrize("text", [
    "My refund of 49.99 was due on 12.03.2025 and the session on 14 March 2025 at 10:30 never happened.",
    "Верните 1500 рублей за сессию 3 марта, пожалуйста.",
    "Искам възстановяване на 40 лева за сесията от 2 май.",
    "لطفا ۵۰۰ هزار تومان جلسه ۱۲ اسفند را برگردانید.",
])
def test_ordinary_amounts_and_appointment_dates_are_left_alone(text):
    # Figures the model needs to answer (amounts, appointment dates) are not personal data.
    vault = Vault()
    assert vault.redact(text) == text
    assert len(vault) == 0


def test_the_same_value_gets_the_same_placeholder_across_texts_of_one_request():
    vault = Vault()
    first = vault.redact("my name is Anna Petrova, write to anna@example.com")
    second = vault.redact("Thanks Anna Petrova, we will write to anna@example.com")
    assert "[NAME_1]" in first and "[NAME_1]" in second
    assert "[EMAIL_1]" in first and "[EMAIL_1]" in second
    assert "Anna" not in second


def test_vaults_are_independent_per_request():
    one, two = Vault(), Vault()
    one.redact("my email is a@example.com")
    assert two.restore("write to [EMAIL_1]") == "write to [EMAIL_1]"
    assert one.restore("write to [EMAIL_1]") == "write to a@example.com"


def test_placeholders_the_vault_never_issued_are_reported():
    vault = Vault()
    vault.redact("call me on +1 415 555 0100")
    assert vault.unknown_placeholders("we called [PHONE_1] and [EMAIL_3]") == ["[EMAIL_3]"]
    # The model may change the case of a placeholder; it is still ours.
    assert vault.restore("we called [phone_1]") == "we called +1 415 555 0100"


def test_a_placeholder_typed_by_the_customer_is_not_reused():
    vault = Vault()
    redacted = vault.redact("literally [EMAIL_1] and my real one is x@example.com")
    assert "[EMAIL_2]" in redacted
    assert vault.restore(redacted) == "literally [EMAIL_1] and my real one is x@example.com"


def test_spans_do_not_overlap():
    spans = find_spans("Card 4111 1111 1111 1111, phone 020 7946 0958, born 1 May 1980")
    for a, b in zip(spans, spans[1:]):
        assert a.end <= b.start
    assert [s.label for s in spans] == ["CARD", "PHONE", "DOB"]

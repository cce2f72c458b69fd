"""A customer's e-mail reply that quotes the support side's words back (guardrails/quotes.py).

Written in session 28. Before it, "Thank you, I got it." above a quote of caredraft's own holding
message went to a clinician in every language (the crisis lines' "Suicide & Crisis Lifeline", "if you
feel you might act on these thoughts"), and so did any reply quoting an agent's footer with a crisis
line. The quoted lines the support side provably wrote are now left out; everything else is read.
"""

from __future__ import annotations

import pytest

from caredraft.domain import Route, Ticket
from caredraft.guardrails.quotes import SupportWords, quoted_lines, without_support_quotes

CRISIS = {"en": ("I want to end my life tonight.", "us"),
          "ru": ("Я хочу покончить с собой сегодня ночью.", "ru"),
          "bg": ("Искам да сложа край на живота си тази вечер.", "bg"),
          "fa": ("میخوام امشب به زندگیم پایان بدم.", "ir")}
THANKS = {"en": "Thank you, I got your message.", "ru": "Спасибо, сообщение получила.",
          "bg": "Благодаря, получих съобщението.", "fa": "ممنون، پیامتون رو گرفتم."}
# Reply headers as the mail clients of each language write them.
HEADERS = {"en": "On Mon, 1 Dec 2026 at 10:02, Lumen Care <care@lumen.example> wrote:",
           "ru": "Пн, 1 дек. 2026 г. в 10:02, Lumen Care <care@lumen.example>:",
           "bg": "На пн, 1.12.2026 г. в 10:02 Lumen Care <care@lumen.example> написа:",
           "fa": "در تاریخ دوشنبه ۱ دسامبر ۲۰۲۶، Lumen Care <care@lumen.example> نوشت:"}
FOOTER = "If you ever have thoughts of suicide or self-harm, please call or text 988 any time."


def _quoted(text: str, marks: bool = True) -> str:
    return "\n".join((f"> {line}" if line else ">") if marks else line for line in text.split("\n"))


@pytest.fixture(scope="module")
def holding(pipeline):
    """caredraft's own holding message in each language, as the pipeline writes it (crisis lines
    from the knowledge base included)."""
    drafts = {}
    for language, (text, country) in CRISIS.items():
        result = pipeline.run(Ticket(text=text, language=language, country=country))
        assert result.route == Route.CLINICAL_REVIEW and result.draft.producer == "holding"
        drafts[language] = result.draft.text
    return drafts


@pytest.mark.parametrize("language", list(CRISIS))
@pytest.mark.parametrize("marks", [True, False], ids=["with >", "outlook"])
def test_a_reply_quoting_the_holding_message_is_read_as_the_customers_words_only(pipeline, holding, language, marks):
    reply = f"{THANKS[language]}\n\n{HEADERS[language]}\n{_quoted(holding[language], marks)}"
    screening = pipeline.screen(Ticket(text=reply, language=language))
    assert screening.route == Route.AUTO, screening.reasons
    assert any("quoted line" in r for r in screening.reasons)


def test_the_screener_alone_reads_such_replies_as_a_crisis(pipeline, holding):
    """What the tests above would fail on: the screener reading the whole reply (measured in session
    28: en, bg, fa with ">" marks and en without them went to a clinician, 4 of 8)."""
    replies = [(language, f"{THANKS[language]}\n\n{HEADERS[language]}\n{_quoted(holding[language], marks)}")
               for language in CRISIS for marks in (True, False)]
    routes = [pipeline.screener.screen(reply, language=language).route for language, reply in replies]
    assert routes.count(Route.CLINICAL_REVIEW) >= 2, routes


@pytest.mark.parametrize("language", list(CRISIS))
def test_a_crisis_written_above_the_quote_still_reaches_a_clinician(pipeline, holding, language):
    text, _ = CRISIS[language]
    reply = f"{text}\n\n{HEADERS[language]}\n{_quoted(holding[language])}"
    screening = pipeline.screen(Ticket(text=reply, language=language))
    assert screening.route == Route.CLINICAL_REVIEW
    assert all(s.end <= len(text) for s in screening.crisis_signals)  # the evidence is the customer's line
    assert all(reply[s.start:s.end] == s.evidence for s in screening.crisis_signals)


def test_a_quoted_line_of_the_customers_own_is_still_read(pipeline, holding):
    # Inline reply: the customer answers between the quoted lines, without ">" marks.
    lines = holding["en"].split("\n")
    reply = "\n".join([THANKS["en"], "", HEADERS["en"], _quoted(lines[0]), "I don't want to be alive anymore.",
                       _quoted("\n".join(lines[1:]))])
    assert pipeline.screen(Ticket(text=reply, language="en")).route == Route.CLINICAL_REVIEW
    # A quote of the customer's own earlier words (unknown to the support side) is read too.
    quoting_self = f"see below\n\nOn Mon, 1 Dec 2026, Sam <sam@example.com> wrote:\n> I don't want to be alive anymore"
    assert pipeline.screen(Ticket(text=quoting_self, language="en")).route == Route.CLINICAL_REVIEW


def test_an_agents_footer_is_left_out_only_when_the_agents_message_is_known(pipeline):
    reply = f"Thanks, that worked!\n\n{HEADERS['en']}\n> We have refunded the double charge.\n> {FOOTER}"
    unknown = pipeline.screen(Ticket(text=reply, language="en"))
    assert unknown.route == Route.CLINICAL_REVIEW  # whose words they are cannot be proven: read
    known = pipeline.screen(Ticket(text=reply, language="en", history=[
        {"role": "customer", "text": "You charged me twice for November."},
        {"role": "agent", "text": f"Sorry about that. We have refunded the double charge. {FOOTER}"}]))
    assert known.route == Route.AUTO, known.reasons


def test_the_customers_own_text_above_the_quote_is_never_left_out():
    words = SupportWords([FOOTER])
    text = f"{FOOTER}\n\n{HEADERS['en']}\n> {FOOTER}"
    masked, left_out = without_support_quotes(text, words)
    assert left_out == 1
    assert masked.startswith(FOOTER)  # the customer typed it (pasted it) themselves: read
    assert len(masked) == len(text) and masked.count("\n") == text.count("\n")
    assert "988" not in masked[len(FOOTER):] and "wrote" not in masked  # the quote and its header are gone


def test_a_line_is_left_out_only_when_every_sentence_of_it_is_the_support_sides():
    words = SupportWords([FOOTER, "We have refunded the double charge."])
    assert words.wrote("> " + FOOTER[:40].strip())  # a line the mail client wrapped
    assert words.wrote("We have refunded the double charge. " + FOOTER)  # two texts on one line
    assert not words.wrote(FOOTER + " I might do it tonight.")  # the customer's own sentence on the line
    assert not words.wrote("Hi Sam,")  # too short to tell


def test_quoted_lines_start_at_a_reply_header_or_a_quote_mark():
    text = "top line\n> marked\nplain\n\n-----Original Message-----\nFrom: Care <c@x.example>\nbelow"
    assert [q.text for q in quoted_lines(text)] == ["marked", "From: Care <c@x.example>", "below"]
    assert quoted_lines("no quote here\nat all") == []


def test_the_draft_answers_the_new_words_not_the_quoted_message(pipeline):
    new = "Thanks. How do I change the card you charge each month?"
    quote = ("> We're sorry you were charged twice. We have refunded the duplicate payment; a refund\n"
             "> usually reaches your bank within 5 to 10 business days.")
    reply = f"{new}\n\n{HEADERS['en']}\n{quote}"
    alone = pipeline.run(Ticket(text=new, language="en"))
    answered = pipeline.run(Ticket(text=reply, language="en"))
    assert answered.route == alone.route == Route.AUTO
    assert answered.draft.citations == alone.draft.citations  # (its wording may differ: the emotion is read on the whole reply)
    # What it would have been about: the whole reply retrieves the quoted refund, not the card.
    whole = [p.citation for p in pipeline.retrieve(Ticket(text=reply, language="en"), "en", [])]
    assert whole[:1] != [p.citation for p in answered.passages][:1], whole

"""Policy text quoted verbatim from a cited passage is the company's approved wording: the
tone and therapy checks judge only what the reply adds; without the passage it is judged."""

from __future__ import annotations

from caredraft.domain import Passage, Verdict
from caredraft.guardrails.output.checker import GuardrailsReplyChecker

POLICY = ("A good relationship with your therapist matters a lot. If you feel the relationship is not right "
          "for you, you can switch therapist at any time without giving a reason.")
REPLY = ("I understand this has been uncomfortable, and it's completely reasonable to ask. "
         "Here is what our policy says: " + POLICY + " I can start the switch for you today.")
PASSAGE = Passage(id="switch-therapist#how-to-switch", doc_id="switch-therapist", language="en",
                  title="Switching therapist", heading="How to switch", text=POLICY)


def test_quoted_policy_is_not_judged_as_counselling():
    checker = GuardrailsReplyChecker()
    assert checker.check(REPLY, language="en", passages=[PASSAGE]).verdict == Verdict.PASS


def test_the_same_words_without_the_passage_are_still_checked():
    checker = GuardrailsReplyChecker()
    bad = "Calm down. " + REPLY
    result = checker.check(bad, language="en", passages=[PASSAGE])
    assert result.verdict != Verdict.PASS
    assert any(v.kind.value == "tone" and "Calm down" in v.evidence for v in result.violations)


def test_policy_words_the_reply_does_not_cite_count_as_its_own():
    result = GuardrailsReplyChecker().check(REPLY, language="en", passages=[])
    assert result.verdict == Verdict.BLOCK
    assert any(v.kind.value == "therapeutic_advice" for v in result.violations)

"""One draft per language through the LLM path (test server on 127.0.0.1) next to the rules
draft for the same message, to read side by side.

The "LLM" answers are scripted on the test server (no model runs here): the script shows the
whole path — redaction, prompt, function call over HTTP, citation check, placeholder restore,
reply checks — and what reaches the agent, including the ``producer`` and whether the
scripted answer survived the checks.

    .venv/bin/python benchmarks/llm_vs_rules.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from caredraft.domain import Emotion, Route, Screening, Ticket  # noqa: E402
from caredraft.drafting.llm import LLMDrafter  # noqa: E402
from caredraft.drafting.redaction import Vault  # noqa: E402
from caredraft.drafting.rules import RulesDrafter  # noqa: E402
from caredraft.guardrails.output.checker import build_reply_checker  # noqa: E402
from caredraft.knowledge_base.loader import load_path  # noqa: E402
from caredraft.knowledge_base.store import passage_from_chunk  # noqa: E402
from caredraft.settings import SAMPLE_KB_DIR, Settings  # noqa: E402
from llm_server import LLMServer  # noqa: E402

CASES = {
    "en": ("My name is Anna Petrova. You charged my card twice this month and I'm honestly fed up. When do I get it back?",
           {"acknowledgement": "[NAME_1], I'm sorry you were charged twice this month; being fed up with that is completely understandable.",
            "explanation": "Once we confirm the duplicate charge, we reverse it in full within 2 business days, and your bank usually shows the money back within 5-10 business days.",
            "next_step": "I've asked our billing team to confirm the duplicate now and I'll write to you here as soon as it is reversed."}),
    "ru": ("Меня зовут Иван Смирнов. С карты дважды списали оплату за месяц, я очень раздражён. Когда вернут деньги?",
           {"acknowledgement": "[NAME_1], мне жаль, что оплату списали дважды, ваше раздражение понятно.",
            "explanation": "Как только мы подтвердим повторное списание, мы полностью вернём лишнюю сумму в течение 2 рабочих дней, а банк обычно зачисляет деньги обратно за 5-10 рабочих дней.",
            "next_step": "Я уже попросил(а) команду оплаты подтвердить повторное списание и напишу вам здесь, как только деньги будут возвращены."}),
    "bg": ("Казвам се Мария Иванова. Таксувахте картата ми два пъти този месец и съм ядосана. Кога ще ми върнете парите?",
           {"acknowledgement": "[NAME_1], съжалявам, че сте таксувана два пъти, разбираемо е да сте ядосана.",
            "explanation": "След като потвърдим двойното плащане, връщаме изцяло излишната сума в рамките на 2 работни дни, а банката обикновено показва парите след 5-10 работни дни.",
            "next_step": "Вече помолих екипа по плащанията да потвърди двойното плащане и ще ви пиша тук веднага щом сумата бъде върната."}),
    "fa": ("اسم من سارا احمدی است. این ماه دو بار از کارتم پول کم شد و واقعاً عصبانی هستم. کی پولم برمی‌گردد؟",
           {"acknowledgement": "[NAME_1]، متاسفم که این ماه دو بار از شما پول کم شده است؛ عصبانیت شما کاملاً قابل درک است.",
            "explanation": "بعد از تأیید تراکنش تکراری، مبلغ را ظرف 2 روز کاری به‌طور کامل برمی‌گردانیم و معمولاً 5 تا 10 روز کاری طول می‌کشد تا بانک آن را نشان دهد.",
            "next_step": "از تیم پرداخت خواسته‌ام تراکنش تکراری را تأیید کند و به محض بازگشت مبلغ، همین‌جا به شما خبر می‌دهم."}),
}
EMOTION = {"en": Emotion.FRUSTRATED, "ru": Emotion.ANGRY, "bg": Emotion.ANGRY, "fa": Emotion.ANGRY}


def main() -> None:
    docs, _ = load_path(SAMPLE_KB_DIR)
    server = LLMServer().start()
    settings = Settings(data_dir=Path("/tmp/caredraft-llm-vs-rules"), drafter="llm", llm_base_url=server.base_url,
                        llm_model="scripted")
    checker = build_reply_checker(settings)
    rules = RulesDrafter(settings)
    llm = LLMDrafter(settings, checker=checker, rules=rules)
    for language, (message, answer) in CASES.items():
        passages = [passage_from_chunk(c, score=0.9 if c.passage_id == "refunds#double-charges" else 0.5)
                    for d in docs if d.language == language and d.doc_id == "refunds" for c in d.chunks]
        passages.sort(key=lambda p: -p.score)
        ticket = Ticket(text=message, language=language)
        screening = Screening(language=language, route=Route.AUTO, emotion=EMOTION[language], emotion_confidence=0.8)
        server.script({"args": {"cited_passage_ids": [f"{language}:refunds#double-charges"], **answer}})
        llm_draft = llm.draft(ticket, screening, passages)
        rules_draft = rules.draft(ticket, screening, passages)
        probe = Vault()
        probe.redact(message)
        leaked = [value for value in probe.originals if value in server.all_request_text()]
        print(f"===== {language} =====\ncustomer: {message}")
        print(f"--- LLM path (producer={llm_draft.producer}, citations={llm_draft.citations}) ---\n{llm_draft.text}")
        print(f"--- rules (citations={rules_draft.citations}) ---\n{rules_draft.text}")
        print(f"(personal data sent to the endpoint: {leaked or 'none'})\n")
    server.stop()


if __name__ == "__main__":
    main()

"""`caredraft screen` end to end, as a subprocess: JSON Lines in, one line out per input,
a bad line in the middle becomes an error line and the rest go on."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path


def _run(args: list[str], tmp_path: Path, stdin: str | None = None) -> subprocess.CompletedProcess:
    cli = Path(sys.executable).with_name("caredraft")
    return subprocess.run([str(cli), "--data-dir", str(tmp_path / "data"), "screen", *args], input=stdin,
                          capture_output=True, text=True, timeout=600)


def test_screen_file_with_a_bad_line(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": "I want to kill myself"}),
        json.dumps({"id": "b", "text": "How do I change my email?", "lang": "en"}),
        "{not json",
        json.dumps({"id": "d", "text": ""}),
        json.dumps({"id": "e", "text": "Этот счёт меня убивает, почему так дорого?"}),
        json.dumps({"id": "f", "text": "می‌خواهم بمیرم", "lang": "fa"}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    proc = _run([str(path), "--batch-size", "2"], tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(out) == 6
    assert [o.get("id") for o in out] == ["a", "b", None, "d", "e", "f"]
    assert out[0]["route"] == "clinical_review" and out[0]["signals"][0]["category"] == "suicide"
    s = out[0]["signals"][0]
    assert "I want to kill myself"[s["start"]:s["end"]] == s["evidence"]
    assert out[1]["route"] == "auto" and out[1]["language"] == "en"
    assert out[2]["line"] == 3 and "invalid JSON" in out[2]["error"]
    assert out[3]["id"] == "d" and "error" in out[3]
    assert out[4]["route"] == "auto" and out[4]["language"] == "ru"
    assert out[5]["route"] == "clinical_review" and out[5]["language"] == "fa"
    assert "screened 4 message(s), 2 error line(s)" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_screen_reads_stdin(tmp_path: Path) -> None:
    proc = _run(["-"], tmp_path, stdin=json.dumps({"id": 7, "text": "Мъжът ми ме бие"}) + "\n")
    assert proc.returncode == 0, proc.stderr
    [line] = [json.loads(x) for x in proc.stdout.splitlines()]
    assert line["id"] == 7 and line["route"] == "clinical_review" and line["language"] == "bg"
    assert set(line) >= {"id", "route", "language", "emotion", "signals", "reasons"}


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    proc = _run([str(tmp_path / "nope.jsonl")], tmp_path)
    assert proc.returncode != 0 and "Traceback" not in proc.stderr and "nope.jsonl" in proc.stderr


def test_a_line_with_a_history_is_read_in_its_conversation(tmp_path: Path) -> None:
    earlier = [{"role": "customer", "text": "Мужчина, с которым я живу, вчера избил меня и забрал телефон."},
               {"role": "agent", "text": "Спасибо, что написали."}]
    lines = [
        json.dumps({"id": "alone", "text": "Можно счёт прислать на почту?", "lang": "ru"}, ensure_ascii=False),
        json.dumps({"id": "thread", "text": "Можно счёт прислать на почту?", "lang": "ru", "history": earlier},
                   ensure_ascii=False),
        json.dumps({"id": "bad-role", "text": "ok", "history": [{"role": "bot", "text": "x"}]}),
        json.dumps({"id": "bad-type", "text": "ok", "history": "earlier"}),
        json.dumps({"id": "last", "text": "How do I change my email?", "lang": "en"}),
    ]
    proc = _run(["-", "--batch-size", "8"], tmp_path, stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [o.get("id") for o in out] == ["alone", "thread", "bad-role", "bad-type", "last"]  # input order kept
    assert out[0]["route"] == "auto" and all("turn" not in s for s in out[0]["signals"])
    assert out[1]["route"] == "clinical_review"
    quoted = [s for s in out[1]["signals"] if "turn" in s]
    assert quoted and all(earlier[s["turn"]]["text"][s["start"]:s["end"]] == s["evidence"] for s in quoted)
    assert "history[0]" in out[2]["error"] and "history must be a list" in out[3]["error"]
    assert out[4]["route"] == "auto"
    assert "screened 3 message(s), 2 error line(s)" in proc.stderr


def test_a_reply_quoting_the_support_side_is_read_without_the_quote(tmp_path: Path) -> None:
    # Sentences of the English holding message and of the sample knowledge base's US crisis lines,
    # as a customer's mail client quotes them back; the "known" line's agent footer is in its history.
    holding = ("> If you are in immediate danger or feel you might act on these thoughts, please contact\n"
               "> emergency services or a crisis line now. You don't have to wait for us.\n>\n"
               "> - In the United States, you can call or text 988 to reach the Suicide & Crisis Lifeline at any time.")
    header = "On Mon, 1 Dec 2026 at 10:02, Lumen Care <care@lumen.example> wrote:"
    footer = "If you ever have thoughts of suicide or self-harm, please call or text 988 any time."
    agent = [{"role": "agent", "text": f"We have refunded the double charge. {footer}"}]
    lines = [
        json.dumps({"id": "holding", "text": f"Thanks, got it.\n\n{header}\n{holding}", "lang": "en"}),
        json.dumps({"id": "footer-unknown", "text": f"Thanks!\n\n{header}\n> {footer}", "lang": "en"}),
        json.dumps({"id": "footer-known", "text": f"Thanks!\n\n{header}\n> {footer}", "lang": "en", "history": agent}),
        json.dumps({"id": "crisis-above", "text": f"I want to kill myself.\n\n{header}\n{holding}", "lang": "en"}),
    ]
    proc = _run(["-"], tmp_path, stdin="\n".join(lines) + "\n")
    assert proc.returncode == 0, proc.stderr
    out = {o["id"]: o for o in map(json.loads, proc.stdout.splitlines())}
    assert out["holding"]["route"] == "auto", out["holding"]["reasons"]
    assert any("quoted line" in r for r in out["holding"]["reasons"])
    assert out["footer-unknown"]["route"] == "clinical_review"  # whose words they are is not known: read
    assert out["footer-known"]["route"] == "auto", out["footer-known"]["reasons"]
    assert out["crisis-above"]["route"] == "clinical_review"

"""``POST /v1/drafts/stream`` through the real HTTP stack: uvicorn on 127.0.0.1 serving the
stream router, the real pipeline parts (screener, Chroma + e5 knowledge base, reply checker,
rules drafter) and the LLM drafter talking to ``tests/llm_server.py`` over HTTP."""

from __future__ import annotations

import json
import socket
import threading
import time

import httpx
import pytest
import uvicorn

from caredraft.drafting.llm import LLMDrafter
from caredraft.settings import Settings

MESSAGE = "I was charged twice for this month and I'm really annoyed. How long until I get my money back?"
GOOD = {
    "cited_passage_ids": ["en:refunds#double-charges"],
    "acknowledgement": "I'm sorry you were charged twice, and I understand why that is annoying.",
    "explanation": ("Once support confirms the duplicate charge, we reverse it in full within 2 business days. "
                    "Your bank usually shows the money back within 5-10 business days."),
    "next_step": "I have asked our billing team to confirm the duplicate charge now, and I will update you here.",
}
# Clean for two sentences, then therapeutic advice at the very end: a late violation.
LATE_VIOLATION = {
    **GOOD,
    "next_step": ("I have asked our billing team to confirm the duplicate charge now. In the meantime, try some "
                  "deep breathing exercises to calm your anxiety, and ask your doctor whether an antidepressant "
                  "could help with the stress. Take care."),
}


ADMIN_KEY = "cd_0123456789_stream-test-admin-key-not-a-secret"
AUTH = {"Authorization": f"Bearer {ADMIN_KEY}"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def pipeline(kb_settings, llm_server, knowledge_base):
    from caredraft.drafting.rules import RulesDrafter
    from caredraft.guardrails.output.checker import build_reply_checker
    from caredraft.guardrails.screening import build_screener
    from caredraft.pipeline import Pipeline

    settings = llm_server.settings_for(kb_settings)
    checker = build_reply_checker(settings)
    rules = RulesDrafter(settings, knowledge_base=knowledge_base)
    drafter = LLMDrafter(settings, checker=checker, rules=rules, knowledge_base=knowledge_base)
    return Pipeline(settings=settings, screener=build_screener(settings, knowledge_base.embedder),
                    knowledge_base=knowledge_base, drafter=drafter, checker=checker, fallback_drafter=rules)


@pytest.fixture(scope="module")
def base_url(pipeline, tmp_path_factory):
    """The service's own app (create_app) with this router, served by uvicorn on loopback."""
    from caredraft.api.app import create_app

    settings = Settings(**{**pipeline.settings.model_dump(), "bootstrap_admin_key": ADMIN_KEY,
                           "database_url": f"sqlite:///{tmp_path_factory.mktemp('stream') / 'review.db'}"})
    app = create_app(settings, pipeline=pipeline)
    assert "/v1/drafts/stream" in app.openapi()["paths"]  # served by the real app factory
    port = _free_port()
    uv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=uv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not uv.started:
        assert time.monotonic() < deadline and thread.is_alive(), "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    uv.should_exit = True
    thread.join(timeout=10)


def post_stream(base_url: str, payload: dict) -> list[tuple[str, dict]]:
    """POST and read the server-sent events as (event, data) pairs, as a browser would."""
    events: list[tuple[str, dict]] = []
    with httpx.Client(timeout=30) as client:
        with client.stream("POST", f"{base_url}/v1/drafts/stream", json=payload, headers=AUTH) as response:
            assert response.status_code == 200, response.read()
            assert response.headers["content-type"].startswith("text/event-stream")
            event, data = "message", []
            for line in response.iter_lines():
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:"):
                    data.append(line[5:].lstrip())
                elif line == "" and data:
                    events.append((event, json.loads("\n".join(data))))
                    event, data = "message", []
    return events


def test_a_clean_draft_streams_sentence_by_sentence_then_final(base_url, llm):
    llm.script({"args": GOOD, "chunk_size": 9})
    events = post_stream(base_url, {"text": MESSAGE, "language": "en", "ticket_id": "T-1"})
    names = [e for e, _ in events]

    assert names[0] == "screening" and names[-1] == "final"
    assert "retract" not in names and "error" not in names, events
    deltas = [d["text"] for e, d in events if e == "delta"]
    assert len(deltas) >= 3  # released sentence by sentence, not in one piece
    final = events[-1][1]
    assert final["draft"]["producer"] == "llm", final
    assert "".join(deltas) == final["draft"]["text"]
    assert final["check"]["verdict"] == "pass"
    assert final["route"] == "auto"
    assert llm.requests[0]["stream"] is True


def test_a_late_violation_is_retracted_and_replaced_by_the_final_draft(base_url, llm):
    llm.script({"args": LATE_VIOLATION, "chunk_size": 9}, {"args": GOOD})
    events = post_stream(base_url, {"text": MESSAGE, "language": "en"})
    names = [e for e, _ in events]

    assert names[0] == "screening"
    assert "delta" in names and "retract" in names, events
    retract_at = names.index("retract")
    assert all(n == "delta" for n in names[1:retract_at])
    assert names[retract_at + 1:] == ["final"]
    # Nothing of the violating sentence ever reached the client.
    streamed = "".join(d["text"] for e, d in events if e == "delta")
    assert "breathing" not in streamed and "antidepressant" not in streamed
    assert events[retract_at][1]["reason"] == "llm_failed_checks"
    assert "therapeutic_advice" in events[retract_at][1]["violations"]
    final = events[-1][1]
    assert final["draft"]["producer"] == "llm_revised"
    assert "breathing" not in final["draft"]["text"]
    assert len(llm.requests) == 2 and llm.requests[1].get("stream") is not True


def test_a_server_error_mid_request_ends_in_the_rules_fallback(base_url, llm):
    llm.script({"status": 500})
    events = post_stream(base_url, {"text": MESSAGE, "language": "en"})
    assert [e for e, _ in events] == ["screening", "final"]
    assert events[-1][1]["draft"]["producer"] == "fallback:llm_error"


def test_crisis_gets_one_final_holding_message_and_no_llm_call(base_url, llm):
    events = post_stream(base_url, {"text": "I can't go on anymore, tonight I'm going to kill myself.", "language": "en"})
    assert [e for e, _ in events] == ["screening", "final"]
    final = events[-1][1]
    assert final["route"] == "clinical_review"
    assert final["draft"]["producer"] == "holding"
    assert final["draft"]["ready_to_send"] is False
    assert llm.requests == []


def test_bad_input_and_missing_keys_get_clear_errors_not_a_stream(base_url, llm):
    with httpx.Client(timeout=10) as client:
        empty = client.post(f"{base_url}/v1/drafts/stream", json={"text": ""}, headers=AUTH)
        typo = client.post(f"{base_url}/v1/drafts/stream", json={"txet": "hello"}, headers=AUTH)
        anonymous = client.post(f"{base_url}/v1/drafts/stream", json={"text": "hello"})
    assert empty.status_code == 422 and typo.status_code == 422
    assert anonymous.status_code == 401
    assert "text" in empty.text
    assert llm.requests == []

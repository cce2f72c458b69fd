"""Only clinicians and admins read a crisis customer's words, wherever the API returns a
crisis item: the stored draft, the create response, a replayed create, and the stream.
The routing reasons quote the evidence, so they are redacted for other roles as well."""

from __future__ import annotations

import json
import uuid

from api.conftest import CRISIS

QUOTED = "kill myself"  # in CRISIS; the screener's reasons and evidence quote it


def _events(text: str) -> list[tuple[str, dict]]:
    events, name = [], None
    for line in text.splitlines():
        if line.startswith("event:"):
            name = line.split(":", 1)[1].strip()
        elif line.startswith("data:") and name:
            events.append((name, json.loads(line.split(":", 1)[1])))
    return events


def test_an_agent_never_reads_the_crisis_evidence_but_a_clinician_does(api):
    key = uuid.uuid4().hex
    with api.client("agent") as agent:
        created = agent.post("/v1/drafts", json={"text": CRISIS}, headers={"Idempotency-Key": key})
        replayed = agent.post("/v1/drafts", json={"text": CRISIS}, headers={"Idempotency-Key": key})
        fetched = agent.get(f"/v1/drafts/{created.json()['id']}")
    for response in (created, replayed, fetched):
        body = response.json()
        assert body["route"] == "clinical_review" and body["redacted"] is True
        assert body["customer_text"] is None and body["screening"] is None
        assert QUOTED not in response.text, "no quoted evidence anywhere, reasons included"
        assert any("clinician" in reason for reason in body["reasons"])
    with api.client("admin") as admin:  # drafts are an agent's (and admin's) endpoint; clinicians use the queue
        full = admin.get(f"/v1/drafts/{created.json()['id']}").json()
    assert full["redacted"] is False and full["customer_text"] == CRISIS
    assert any(QUOTED in reason for reason in full["reasons"]), "admins keep the quoted reasons"
    with api.client("clinician") as clinician:
        item = clinician.get(f"/v1/review/items/{created.json()['id']}").json()
    assert item["customer_text"] == CRISIS and any(QUOTED in reason for reason in item["reasons"])


def test_the_stream_leaves_the_crisis_evidence_out_for_an_agent(api):
    with api.client("agent") as agent:
        streamed = agent.post("/v1/drafts/stream", json={"text": CRISIS})
    assert streamed.status_code == 200
    events = _events(streamed.text)
    assert [name for name, _ in events] == ["screening", "final"]
    assert QUOTED not in streamed.text
    screening, final = events[0][1], events[1][1]
    assert screening["route"] == "clinical_review" and screening["signals"] == [] and screening["redacted"]
    assert final["route"] == "clinical_review" and final["draft"]["ready_to_send"] is False
    assert final["screening"]["signals"] == [] and final["redacted"] is True
    with api.client("admin") as admin:  # admins may read everything
        full = admin.post("/v1/drafts/stream", json={"text": CRISIS})
    assert QUOTED in full.text

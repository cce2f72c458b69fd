"""The review workflow over real HTTP: queues, role boundaries, claim/approve/edit/reject,
ordering, the audit log, the edits export, and a restart that keeps the queue."""

from __future__ import annotations

import json
import subprocess
import sys
import time

from api.conftest import CRISIS, ORDINARY, start_api
from api.fakes import BrokenRunPipeline


def _queue_ids(api, role: str, queue: str, status: str = "open") -> list[str]:
    with api.client(role) as client:
        response = client.get(f"/v1/review/{queue}", params={"status": status})
    assert response.status_code == 200, response.text
    return [item["id"] for item in response.json()["items"]]


def test_only_clinicians_and_admins_see_the_clinical_queue(api):
    crisis = api.draft(CRISIS)
    for role in ("clinician", "admin"):
        assert crisis["id"] in _queue_ids(api, role, "clinical_review")
    for role in ("agent", "reviewer"):
        with api.client(role) as client:
            listing = client.get("/v1/review/clinical_review")
            item = client.get(f"/v1/review/items/{crisis['id']}")
            claim = client.post(f"/v1/review/items/{crisis['id']}/claim")
        for response in (listing, item, claim):
            assert response.status_code == 403, (role, response.text)
            assert response.json()["error"]["code"] == "forbidden"
            assert CRISIS not in response.text


def test_agents_cannot_work_any_queue(api):
    with api.client("agent") as agent:
        assert agent.get("/v1/review/human_review").status_code == 403
        crisis = api.draft(CRISIS)
        approve = agent.post(f"/v1/review/items/{crisis['id']}/approve")
    assert approve.status_code == 403


def test_claim_then_approve_with_edits_stores_the_final_text_and_audits_it(api):
    crisis = api.draft(CRISIS)
    final = "Thank you for telling us. A member of our clinical team is calling you right now."
    with api.client("clinician") as clinician:
        claimed = clinician.post(f"/v1/review/items/{crisis['id']}/claim")
        assert claimed.status_code == 200 and claimed.json()["status"] == "claimed"
        assert claimed.json()["claimed_by"].endswith(":test-clinician")
        with api.client("admin") as admin:  # someone else cannot take over a claimed item
            assert admin.post(f"/v1/review/items/{crisis['id']}/claim").status_code == 409
        approved = clinician.post(f"/v1/review/items/{crisis['id']}/approve", json={"edited_text": final})
        assert approved.status_code == 200, approved.text
        assert approved.json()["status"] == "approved" and approved.json()["final_text"] == final
        assert approved.json()["draft"]["text"] == crisis["draft"]["text"], "the draft is kept beside the final text"
        again = clinician.post(f"/v1/review/items/{crisis['id']}/reject", json={"reason": "changed my mind"})
        assert again.status_code == 409
    assert crisis["id"] not in _queue_ids(api, "clinician", "clinical_review")
    assert crisis["id"] in _queue_ids(api, "clinician", "clinical_review", status="approved")
    with api.client("admin") as admin:
        audit = admin.get("/v1/audit", params={"item_id": crisis["id"]}).json()
    assert [entry["action"] for entry in audit] == ["review.approve_edited", "review.claim"]
    assert all(entry["actor"].endswith(":test-clinician") for entry in audit)
    with api.client("agent") as agent:  # the agent sees the approved final text
        assert agent.get(f"/v1/drafts/{crisis['id']}").json()["final_text"] == final


def test_approve_as_is_and_reject_with_reason(api):
    first, second = api.draft(CRISIS + " one"), api.draft(CRISIS + " two")
    with api.client("admin") as admin:
        approved = admin.post(f"/v1/review/items/{first['id']}/approve")
        rejected = admin.post(f"/v1/review/items/{second['id']}/reject", json={"reason": "needs a call, not a message"})
        no_reason = admin.post(f"/v1/review/items/{second['id']}/reject", json={})
    assert approved.status_code == 200 and approved.json()["final_text"] is None
    assert rejected.status_code == 200 and rejected.json()["status"] == "rejected"
    assert rejected.json()["decision_reason"] == "needs a call, not a message"
    assert no_reason.status_code == 422


def test_queue_orders_most_severe_first_then_oldest(api):
    ids = _queue_ids(api, "clinician", "clinical_review")
    with api.client("clinician") as clinician:
        items = clinician.get("/v1/review/clinical_review").json()["items"]
    keys = [(-item["severity_rank"], item["created_at"]) for item in items]
    assert keys == sorted(keys) and len(ids) == len(items)


def test_reviewers_work_the_human_queue(pipeline, backend, tmp_path):
    # A broken pipeline sends ordinary messages to human review: a reliable way to fill that queue.
    api = start_api(BrokenRunPipeline(pipeline), backend, tmp_path / "data")
    try:
        api.create_keys()
        older, newer = api.draft(ORDINARY), api.draft(ORDINARY + " Please hurry.")
        ids = _queue_ids(api, "reviewer", "human_review")
        assert ids.index(older["id"]) < ids.index(newer["id"]), "same severity: oldest first"
        with api.client("reviewer") as reviewer:
            approved = reviewer.post(f"/v1/review/items/{older['id']}/approve", json={"edited_text": "We refunded you."})
        assert approved.status_code == 200 and approved.json()["final_text"] == "We refunded you."
        assert older["id"] in _queue_ids(api, "clinician", "human_review", status="approved")
    finally:
        api.server.stop()


def test_restart_keeps_the_queue_and_resumes_unfinished_requests(pipeline, backend, tmp_path):
    from caredraft.domain import Ticket
    from caredraft.review.repository import SqlRepository

    first = start_api(pipeline, backend, tmp_path / "data")
    first.create_keys()
    crisis = first.draft(CRISIS)
    first.server.stop()

    # A request stored but never processed, as a crash between "received" and "stored" leaves it.
    repository = SqlRepository.from_url(backend)
    stranded, created = repository.create_received(idempotency_key="crashed-" + crisis["id"], request_hash="x",
                                                   ticket=Ticket(text=CRISIS + " again"))
    repository.close()
    assert created and stranded.status.value == "received"

    second = start_api(pipeline, backend, tmp_path / "data")
    try:
        second.keys = first.keys  # the keys live in the database too
        ids = _queue_ids(second, "clinician", "clinical_review")
        assert crisis["id"] in ids
        assert stranded.id in ids, "the stranded request was processed at start-up"
        with second.client("clinician") as clinician:
            item = clinician.get(f"/v1/review/items/{crisis['id']}").json()
        assert item["waited_seconds"] > 0
    finally:
        second.server.stop()


def test_export_edits_writes_draft_and_final_pairs(api, tmp_path):
    crisis = api.draft(CRISIS + " export")
    with api.client("clinician") as clinician:
        clinician.post(f"/v1/review/items/{crisis['id']}/approve", json={"edited_text": "Final reply for export."})
    out = tmp_path / "edits.jsonl"
    env_url = api.settings.resolved_database_url
    completed = subprocess.run(
        [sys.executable, "-m", "caredraft.cli", "export", "edits", "--out", str(out)],
        env={"CAREDRAFT_DATABASE_URL": env_url, "PATH": "/usr/bin:/bin"}, capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stderr
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    mine = [row for row in rows if row["id"] == crisis["id"]]
    assert mine and mine[0]["final"] == "Final reply for export." and mine[0]["draft"] == crisis["draft"]["text"]


def test_waited_seconds_grows_while_an_item_waits(api):
    crisis = api.draft(CRISIS + " waiting")
    with api.client("clinician") as clinician:
        before = clinician.get(f"/v1/review/items/{crisis['id']}").json()["waited_seconds"]
        time.sleep(0.3)
        after = clinician.get(f"/v1/review/items/{crisis['id']}").json()["waited_seconds"]
    assert after >= before + 0.25

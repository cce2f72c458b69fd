"""Probes, Prometheus metrics, the OpenAPI document, keys and the append-only audit log."""

from __future__ import annotations

import subprocess
import sys

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from api.conftest import CRISIS, ORDINARY, start_api
from api.fakes import WarmUpRecordingPipeline


def test_liveness_and_readiness(api):
    with api.client() as anonymous:
        assert anonymous.get("/healthz").json() == {"status": "ok"}
        ready = anonymous.get("/readyz")
    assert ready.status_code == 200, ready.text
    assert ready.json() == {"status": "ready", "checks": {"database": "ok", "pipeline": "ok", "knowledge_base": "ok"}}


def test_the_server_warms_the_pipeline_up_before_it_reports_ready(pipeline, backend, tmp_path):
    # The exemplar embeddings and the classifier load at start-up, not on the first customer's message.
    recording = WarmUpRecordingPipeline(pipeline)
    api = start_api(recording, backend, tmp_path / "data")
    try:
        with api.client() as anonymous:
            assert anonymous.get("/readyz").status_code == 200
    finally:
        api.server.stop()
    assert recording.warmed == 1


def test_metrics_count_drafts_by_route_errors_by_code_and_latencies(api):
    api.draft(CRISIS + " metrics")
    with api.client() as anonymous:
        anonymous.post("/v1/screen", json={"text": ORDINARY})  # 401
        body = anonymous.get("/metrics").text
    assert 'caredraft_drafts_total{route="clinical_review"}' in body
    assert 'caredraft_errors_total{code="unauthorized"}' in body
    assert 'caredraft_http_request_seconds_bucket{le="0.005",method="POST",path="/v1/drafts",status="201"}' in body
    assert "caredraft_pipeline_seconds_count" in body
    assert "kill" not in body


def test_checks_endpoint_counts_violations_by_kind(api):
    with api.client("agent") as agent:
        passages = agent.get("/v1/kb/passages", params={"doc_id": "billing", "lang": "en"}).json()
        checked = agent.post("/v1/checks", json={"text": "I understand how frustrating this is.", "language": "en",
                                                 "citations": [f"en:{passages[0]['id']}"]})
        unknown = agent.post("/v1/checks", json={"text": "Hello.", "citations": ["en:nope#nothing"]})
    assert checked.status_code == 200 and checked.json()["verdict"] in ("pass", "revise", "block")
    assert unknown.status_code == 422 and "nope#nothing" in unknown.json()["error"]["message"]


def test_screen_endpoint_finds_crisis_evidence(api):
    with api.client("agent") as agent:
        screening = agent.post("/v1/screen", json={"text": CRISIS, "language": "en"}).json()
    assert screening["route"] == "clinical_review"
    assert any(s["kind"] == "crisis" for s in screening["signals"])


def test_openapi_is_usable_by_a_client_generator(api):
    with api.client() as anonymous:
        spec = anonymous.get("/openapi.json").json()
    operations = [op for path in spec["paths"].values() for op in path.values()]
    ids = [op["operationId"] for op in operations]
    assert len(ids) == len(set(ids)) and "createDraft" in ids and "approveReviewItem" in ids
    assert all(op.get("tags") for op in operations)
    assert "ErrorResponse" in spec["components"]["schemas"]
    create = spec["paths"]["/v1/drafts"]["post"]
    assert create["responses"]["409"]["content"]["application/json"]["schema"]["$ref"].endswith("/ErrorResponse")
    assert {"HTTPBearer", "APIKeyHeader"} <= set(spec["components"]["securitySchemes"])


def test_keys_are_stored_hashed_and_listed_without_secrets(api):
    with api.client("admin") as admin:
        created = admin.post("/v1/keys", json={"role": "reviewer", "name": "night shift"}).json()
        listed = admin.get("/v1/keys").json()
    assert created["key"].startswith(f"cd_{created['id']}_")
    assert created["key"] not in str(listed) and any(k["id"] == created["id"] for k in listed)
    from caredraft.review.repository import SqlRepository

    repository = SqlRepository.from_url(api.settings.resolved_database_url)
    try:
        stored = repository.get_key(key_id=created["id"])
        assert stored.key_hash != created["key"] and len(stored.key_hash) == 64
    finally:
        repository.close()


def test_audit_log_refuses_update_and_delete_in_the_database(api):
    api.draft(CRISIS + " audit")
    from caredraft.review.repository import SqlRepository

    repository = SqlRepository.from_url(api.settings.resolved_database_url)
    try:
        assert repository.audit_entries(limit=1)
        for statement in ("UPDATE audit_log SET actor = 'someone else'", "DELETE FROM audit_log"):
            with pytest.raises(DBAPIError, match="append-only"):
                with repository.engine.begin() as connection:
                    connection.execute(text(statement))
        assert not hasattr(repository, "delete_audit") and not hasattr(repository, "update_audit")
    finally:
        repository.close()


def test_cli_created_key_works_against_the_server(api, tmp_path):
    completed = subprocess.run(
        [sys.executable, "-m", "caredraft.cli", "keys", "create", "--role", "clinician", "--name", "cli-made"],
        env={"CAREDRAFT_DATABASE_URL": api.settings.resolved_database_url, "PATH": "/usr/bin:/bin"},
        capture_output=True, text=True, timeout=120, cwd=tmp_path,
    )
    assert completed.returncode == 0, completed.stderr
    key = completed.stdout.strip()
    with api.server.client(key) as clinician:
        assert clinician.get("/v1/review/clinical_review").status_code == 200
        assert clinician.post("/v1/keys", json={"role": "admin", "name": "escalate"}).status_code == 403
    bad = subprocess.run([sys.executable, "-m", "caredraft.cli", "keys", "create", "--role", "overlord"],
                         capture_output=True, text=True, timeout=120, cwd=tmp_path,
                         env={"CAREDRAFT_DATABASE_URL": api.settings.resolved_database_url, "PATH": "/usr/bin:/bin"})
    assert bad.returncode == 2 and "Traceback" not in bad.stderr

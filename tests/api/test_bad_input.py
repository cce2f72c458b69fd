"""Bad input over real HTTP: always a clear JSON error with a 4xx, never a 500 or a traceback,
and never the customer's text echoed back."""

from __future__ import annotations

import uuid

import httpx
import pytest

from api.conftest import ORDINARY


def _post(api, path: str, *, role: str = "agent", **kwargs) -> httpx.Response:
    headers = {"Idempotency-Key": uuid.uuid4().hex, **kwargs.pop("headers", {})}
    with api.client(role) as client:
        return client.post(path, headers=headers, **kwargs)


def _assert_error(response: httpx.Response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    error = response.json()["error"]
    assert set(error) == {"code", "message", "details"} and error["message"]
    if code:
        assert error["code"] == code
    assert "Traceback" not in response.text
    return error


@pytest.mark.parametrize("body", [{"text": ""}, {"text": "   \n\t "}, {}])
def test_empty_message_is_422(api, body):
    _assert_error(_post(api, "/v1/drafts", json=body), 422, "invalid_input")


def test_message_over_the_limit_is_413_with_the_limit_named(api):
    text = "a" * (api.settings.max_message_chars + 1)
    error = _assert_error(_post(api, "/v1/drafts", json={"text": text}), 413, "payload_too_large")
    assert str(api.settings.max_message_chars) in error["message"]
    _assert_error(_post(api, "/v1/screen", json={"text": text}), 413, "payload_too_large")
    long_turn = {"text": ORDINARY, "history": [{"role": "customer", "text": text}]}
    _assert_error(_post(api, "/v1/screen", json=long_turn), 413, "payload_too_large")


def test_body_over_the_byte_limit_is_413_even_when_chunked(api):
    big = b'{"text": "' + b"a" * (api.settings.max_body_bytes + 10) + b'"}'
    _assert_error(_post(api, "/v1/drafts", content=big, headers={"Content-Type": "application/json"}),
                  413, "payload_too_large")

    def chunks():
        for _ in range(0, len(big), 65536):
            yield big[:65536]

    _assert_error(_post(api, "/v1/drafts", content=chunks(), headers={"Content-Type": "application/json"}),
                  413, "payload_too_large")


def test_malformed_json_is_400(api):
    error = _assert_error(_post(api, "/v1/drafts", content=b'{"text": "hi",', headers={"Content-Type": "application/json"}),
                          400, "malformed_json")
    assert "JSON" in error["message"]


def test_non_utf8_body_is_a_clear_4xx(api):
    body = '{"text": "привет"}'.encode("cp1251")
    response = _post(api, "/v1/drafts", content=body, headers={"Content-Type": "application/json"})
    assert 400 <= response.status_code < 500
    _assert_error(response, response.status_code)


def test_unknown_fields_are_rejected_by_name(api):
    error = _assert_error(_post(api, "/v1/drafts", json={"text": ORDINARY, "langauge": "en"}), 422, "invalid_input")
    assert "langauge" in error["message"]
    assert ORDINARY not in str(error), "validation errors never echo the customer's text"


def test_wrong_types_and_patterns_are_422(api):
    for body in ({"text": 42}, {"text": ORDINARY, "history": "no"}, {"text": ORDINARY, "country": "Narnia"},
                 {"text": ORDINARY, "history": [{"role": "bot", "text": "x"}]}):
        _assert_error(_post(api, "/v1/drafts", json=body), 422, "invalid_input")
    for body in ({"text": ORDINARY, "history": "no"}, {"text": ORDINARY, "history": [{"role": "bot", "text": "x"}]},
                 {"text": ORDINARY, "history": [{"role": "customer"}]}):
        _assert_error(_post(api, "/v1/screen", json=body), 422, "invalid_input")


def test_wrong_content_type_is_415(api):
    _assert_error(_post(api, "/v1/drafts", content=ORDINARY.encode(), headers={"Content-Type": "text/plain"}),
                  415, "unsupported_media_type")
    _assert_error(_post(api, "/v1/checks", data={"text": "x"}), 415, "unsupported_media_type")


def test_missing_or_wrong_key_is_401(api):
    with api.client() as anonymous:
        _assert_error(anonymous.post("/v1/screen", json={"text": ORDINARY}), 401, "unauthorized")
        _assert_error(anonymous.get("/v1/review/human_review"), 401, "unauthorized")
        bad = anonymous.get("/v1/kb/passages", headers={"Authorization": "Bearer cd_0123456789_" + "x" * 40})
        _assert_error(bad, 401, "unauthorized")
        wrong_secret = api.keys["agent"][:-4] + "zzzz"
        _assert_error(anonymous.get("/v1/kb/passages", headers={"X-API-Key": wrong_secret}), 401, "unauthorized")
        ok = anonymous.get("/v1/kb/passages", headers={"X-API-Key": api.keys["agent"]})
        assert ok.status_code == 200


def test_wrong_role_is_403(api):
    _assert_error(_post(api, "/v1/drafts", role="reviewer", json={"text": ORDINARY}), 403, "forbidden")
    _assert_error(_post(api, "/v1/keys", role="agent", json={"role": "admin", "name": "x"}), 403, "forbidden")
    _assert_error(_post(api, "/v1/kb/documents", role="clinician", json={"content": "# x"}), 403, "forbidden")


def test_revoked_key_stops_working(api):
    with api.client("admin") as admin:
        created = admin.post("/v1/keys", json={"role": "agent", "name": "short-lived"}).json()
        with api.server.client(created["key"]) as temporary:
            assert temporary.get("/v1/kb/passages").status_code == 200
            assert admin.delete(f"/v1/keys/{created['id']}").json()["revoked_at"]
            _assert_error(temporary.get("/v1/kb/passages"), 401, "unauthorized")


def test_unknown_paths_and_methods_use_the_error_shape(api):
    with api.client("agent") as agent:
        _assert_error(agent.get("/v1/nothing-here"), 404, "not_found")
        _assert_error(agent.delete("/v1/drafts"), 405, "method_not_allowed")
        _assert_error(agent.get("/v1/review/unknown_queue"), 422, "invalid_input")


def test_nul_characters_are_refused_with_422_on_every_database(api):
    """Found by fuzzing on PostgreSQL, whose text columns cannot hold NUL: refused up front."""
    _assert_error(_post(api, "/v1/drafts", json={"text": "refund please\u0000"}), 422, "invalid_input")
    _assert_error(_post(api, "/v1/screen", json={"text": "\u0000"}), 422, "invalid_input")
    with api.client("agent") as client:
        response = client.get("/v1/drafts/abc%00def")
    assert response.status_code in (404, 422) and "Traceback" not in response.text

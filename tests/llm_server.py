"""The test suite's own OpenAI-compatible chat-completions server, on 127.0.0.1.

It speaks the real wire format so the real ``openai`` and LangChain clients can talk to it:

* ``POST /v1/chat/completions`` non-streaming: a ``chat.completion`` JSON object;
* with ``"stream": true``: ``text/event-stream`` of ``chat.completion.chunk`` objects as
  ``data: {...}`` lines, ending with ``data: [DONE]``;
* when the request offers ``tools``, a scripted answer comes back as a ``tool_calls``
  entry (function name + JSON ``arguments``; in streaming, as argument fragments);
  with a ``json_schema``/``json_object`` response format, as JSON message content;
  otherwise as plain content.

Each test scripts the answers as a queue (:meth:`LLMServer.script`); an unscripted call
gets HTTP 500 so a surprise request cannot pass silently. Like llama.cpp's Python server,
it refuses an assistant turn whose ``content`` is not a string (e.g. ``null`` beside ``tool_calls``). Every request body is recorded
(:attr:`LLMServer.requests`) so tests can assert what left caredraft.

A scripted answer is a dict:
``{"args": {...}}`` the structured answer; ``{"arguments_raw": "..."}`` tool-call arguments
sent verbatim (for malformed JSON); ``{"content": "..."}`` plain text, no tool call;
``{"status": 500}`` an error; plus optional ``"delay"`` (seconds before answering) and
``"chunk_delay"`` (seconds between streamed chunks), ``"chunk_size"`` (characters per
streamed argument fragment, default 12).
"""

from __future__ import annotations

import json
import threading
import time
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


class LLMServer:
    def __init__(self) -> None:
        self._queue: deque[dict[str, Any]] = deque()
        self._lock = threading.Lock()
        self.requests: list[dict[str, Any]] = []  # parsed JSON bodies, in arrival order
        self.raw_bodies: list[bytes] = []
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------------
    def start(self) -> "LLMServer":
        server = self

        class Handler(_Handler):
            owner = server

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True  # a handler asleep in a timeout test must not block shutdown
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="llm-test-server", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()

    @property
    def base_url(self) -> str:
        assert self._httpd is not None
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}/v1"

    # -- scripting ----------------------------------------------------------------------------
    def script(self, *answers: dict[str, Any]) -> None:
        with self._lock:
            self._queue.extend(answers)

    def reset(self) -> None:
        with self._lock:
            self._queue.clear()
            self.requests.clear()
            self.raw_bodies.clear()

    def _next(self) -> dict[str, Any] | None:
        with self._lock:
            return self._queue.popleft() if self._queue else None

    @property
    def pending(self) -> int:
        return len(self._queue)

    def settings_for(self, base, **overrides):
        """``base`` (caredraft Settings) pointed at this server with the LLM drafter chosen."""
        from caredraft.settings import Settings

        return Settings(**{**base.model_dump(), "drafter": "llm", "llm_base_url": self.base_url,
                           "llm_model": "test-model", "llm_timeout": 30.0, **overrides})

    def all_request_text(self) -> str:
        """Every byte caredraft sent, decoded (for leak checks)."""
        return "\n".join(b.decode("utf-8") for b in self.raw_bodies)


class _Handler(BaseHTTPRequestHandler):
    owner: LLMServer
    protocol_version = "HTTP/1.1"
    # Headers and body go out in separate writes; with Nagle on, delayed ACKs add ~40 ms a call.
    disable_nagle_algorithm = True

    def log_message(self, *args) -> None:  # keep pytest output clean
        pass

    def do_POST(self) -> None:  # noqa: N802 (http.server naming)
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length)
        try:
            body = json.loads(raw)
        except ValueError:
            return self._json(400, {"error": {"message": "body is not JSON", "type": "invalid_request_error"}})
        with self.owner._lock:
            self.owner.raw_bodies.append(raw)
            self.owner.requests.append(body)
        if self.path.rstrip("/") not in ("/v1/chat/completions", "/chat/completions"):
            return self._json(404, {"error": {"message": f"no route {self.path}", "type": "not_found"}})
        for message in body.get("messages", []):
            # As strict as llama.cpp's Python server (measured): an assistant turn needs string content.
            if message.get("role") == "assistant" and not isinstance(message.get("content"), str):
                return self._json(500, {"error": {"message": "assistant content must be a string",
                                                  "type": "invalid_request_error"}})
        answer = self.owner._next()
        if answer is None:
            return self._json(500, {"error": {"message": "no scripted response left", "type": "server_error"}})
        if answer.get("delay"):
            time.sleep(float(answer["delay"]))
        if answer.get("status", 200) != 200:
            return self._json(int(answer["status"]), {"error": {"message": "scripted failure", "type": "server_error"}})
        if body.get("stream"):
            return self._stream(body, answer)
        return self._json(200, _completion(body, answer))

    # -- responses ----------------------------------------------------------------------------
    def _json(self, status: int, payload: dict) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def _stream(self, body: dict, answer: dict) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream")
        self.send_header("Cache-Control", "no-cache")
        self.send_header("Connection", "close")
        self.end_headers()
        self.close_connection = True
        try:
            for i, chunk in enumerate(_chunks(body, answer)):
                self.wfile.write(b"data: " + json.dumps(chunk, ensure_ascii=False).encode() + b"\n\n")
                self.wfile.flush()
                if answer.get("chunk_delay") and i > 0:  # the opening role chunk goes out at once
                    time.sleep(float(answer["chunk_delay"]))
            self.wfile.write(b"data: [DONE]\n\n")
            self.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading (e.g. a violation mid-stream): that is allowed


def _mode(body: dict) -> str:
    if body.get("tools"):
        return "tool"
    fmt = (body.get("response_format") or {}).get("type")
    if fmt in ("json_schema", "json_object"):
        return "json"
    return "text"


def _tool_name(body: dict) -> str:
    choice = body.get("tool_choice")
    if isinstance(choice, dict):
        return choice.get("function", {}).get("name") or body["tools"][0]["function"]["name"]
    return body["tools"][0]["function"]["name"]


def _payload(answer: dict) -> str:
    if "arguments_raw" in answer:
        return answer["arguments_raw"]
    if "args" in answer:
        return json.dumps(answer["args"], ensure_ascii=False)
    return answer.get("content", "")


def _envelope(body: dict, obj: str) -> dict:
    return {"id": "chatcmpl-test", "object": obj, "created": int(time.time()), "model": body.get("model", "test"),
            "system_fingerprint": "fp_test"}


def _completion(body: dict, answer: dict) -> dict:
    mode = _mode(body) if ("args" in answer or "arguments_raw" in answer) else "text"
    message: dict[str, Any] = {"role": "assistant", "content": None}
    finish = "stop"
    if mode == "tool":
        message["tool_calls"] = [{"id": "call_test_1", "type": "function",
                                  "function": {"name": _tool_name(body), "arguments": _payload(answer)}}]
        finish = "tool_calls"
    else:
        message["content"] = _payload(answer)
    return {**_envelope(body, "chat.completion"),
            "choices": [{"index": 0, "message": message, "logprobs": None, "finish_reason": finish}],
            "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}}


def _chunks(body: dict, answer: dict):
    mode = _mode(body) if ("args" in answer or "arguments_raw" in answer) else "text"
    payload = _payload(answer)
    size = int(answer.get("chunk_size", 12))
    pieces = [payload[i:i + size] for i in range(0, len(payload), size)] or [""]
    env = _envelope(body, "chat.completion.chunk")

    def chunk(delta: dict, finish: str | None = None) -> dict:
        return {**env, "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}]}

    if mode == "tool":
        yield chunk({"role": "assistant", "content": None, "tool_calls": [
            {"index": 0, "id": "call_test_1", "type": "function", "function": {"name": _tool_name(body), "arguments": ""}}]})
        for piece in pieces:
            yield chunk({"tool_calls": [{"index": 0, "function": {"arguments": piece}}]})
        yield chunk({}, "tool_calls")
    else:
        yield chunk({"role": "assistant", "content": ""})
        for piece in pieces:
            yield chunk({"content": piece})
        yield chunk({}, "stop")

"""Checks on the raw request before FastAPI parses it: body size (413) and content type (415).

The body is read here up to ``max_body_bytes`` (also for chunked uploads without a
Content-Length) and replayed to the app, so an oversized body is refused without being
buffered in full.
"""

from __future__ import annotations

import json

from starlette.types import ASGIApp, Message, Receive, Scope, Send

BODY_METHODS = {"POST", "PUT", "PATCH"}


def _error(status: int, code: str, message: str) -> bytes:
    return json.dumps({"error": {"code": code, "message": message, "details": {}}}).encode()


class BodyGuard:
    def __init__(self, app: ASGIApp, *, max_body_bytes: int, on_error=None) -> None:
        self.app = app
        self.max_body_bytes = max_body_bytes
        self.on_error = on_error  # metrics hook: code -> None

    async def _reject(self, send: Send, status: int, code: str, message: str) -> None:
        if self.on_error is not None:
            self.on_error(code)
        body = _error(status, code, message)
        await send({"type": "http.response.start", "status": status,
                    "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]})
        await send({"type": "http.response.body", "body": body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
        declared = headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
            await self._reject(send, 413, "payload_too_large",
                               f"the request body is larger than {self.max_body_bytes} bytes")
            return

        chunks, size, more = [], 0, True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body_bytes:
                await self._reject(send, 413, "payload_too_large",
                                   f"the request body is larger than {self.max_body_bytes} bytes")
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        body = b"".join(chunks)

        content_type = headers.get("content-type", "").split(";")[0].strip().lower()
        if body and content_type not in ("application/json", "") and not content_type.endswith("+json"):
            await self._reject(send, 415, "unsupported_media_type",
                               f"send the request body as application/json, not {content_type[:80]}")
            return

        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

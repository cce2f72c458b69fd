"""Local stand-ins for the Zendesk and Chatwoot REST APIs, served by a real uvicorn on loopback.

They speak the documented request and response shapes of the endpoints caredraft uses
(developer.zendesk.com "Tickets > Update Ticket", "Ticket Comments > List Comments";
developers.chatwoot.com "Messages > Create New Message / Get messages", "Conversation
Labels", "Toggle Priority", "Conversation Assignments"), check the credentials, record every
request, and can be set to fail (503) and then recover, or to apply a write and then fail
(a response lost after the write).
"""

from __future__ import annotations

import base64
import itertools
import threading
from dataclasses import dataclass, field

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

NOW = "2026-01-01T00:00:00Z"


@dataclass
class Recorded:
    method: str
    path: str
    query: dict
    body: dict | None


@dataclass
class StandIn:
    """What a stand-in remembers and how it misbehaves."""

    requests: list[Recorded] = field(default_factory=list)
    down: bool = False  # every call answers 503
    fail_after_write: int = 0  # the next N writes are applied, then answered with 500
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, request: Request, body: dict | None) -> None:
        with self.lock:
            self.requests.append(Recorded(request.method, request.url.path, dict(request.query_params), body))

    def writes(self, path_part: str = "") -> list[Recorded]:
        with self.lock:
            return [r for r in self.requests if r.method in ("PUT", "POST") and path_part in r.path]

    def lost_response(self) -> bool:
        with self.lock:
            if self.fail_after_write > 0:
                self.fail_after_write -= 1
                return True
            return False


def _unavailable() -> JSONResponse:
    return JSONResponse({"error": "ServiceUnavailable", "description": "down for the test"}, status_code=503)


# -- Zendesk ----------------------------------------------------------------------------------
AGENT_ID = 900001  # the API user (caredraft's token belongs to this agent)
HUMAN_AGENT_ID = 900002  # a person on the support team


class ZendeskStandIn(StandIn):
    def __init__(self, *, email: str, token: str) -> None:
        super().__init__()
        self.credentials = "Basic " + base64.b64encode(f"{email}/token:{token}".encode()).decode()
        self.tickets: dict[int, dict] = {}
        self.users: dict[int, dict] = {AGENT_ID: {"id": AGENT_ID, "name": "caredraft", "role": "agent"},
                                       HUMAN_AGENT_ID: {"id": HUMAN_AGENT_ID, "name": "Sam", "role": "agent"}}
        self._ids = itertools.count(700000)
        self.app = self._build()

    def add_ticket(self, ticket_id: int, *, requester_id: int = 800001, comments: list[tuple[int, str, bool]] = ()):
        """comments: (author_id, body, public), oldest first."""
        self.users.setdefault(requester_id, {"id": requester_id, "name": "Customer", "role": "end-user"})
        ticket = {"id": ticket_id, "requester_id": requester_id, "priority": "normal", "status": "open",
                  "tags": [], "comments": []}
        for author_id, body, public in comments:
            ticket["comments"].append(self._comment(author_id, body, public))
        self.tickets[ticket_id] = ticket
        return ticket

    def _comment(self, author_id: int, body: str, public: bool) -> dict:
        return {"id": next(self._ids), "type": "Comment", "author_id": author_id, "body": body,
                "html_body": f"<p>{body}</p>", "plain_body": body, "public": public, "attachments": [],
                "audit_id": next(self._ids), "via": {"channel": "api"}, "created_at": NOW}

    def notes(self, ticket_id: int) -> list[dict]:
        """Comments caredraft wrote (author: the API agent)."""
        ticket = self.tickets.get(ticket_id) or {"comments": []}
        return [c for c in ticket["comments"] if c["author_id"] == AGENT_ID]

    def _build(self) -> FastAPI:
        app = FastAPI()

        @app.middleware("http")
        async def _gate(request: Request, call_next):
            if self.down:
                self.record(request, None)
                return _unavailable()
            if request.headers.get("authorization") != self.credentials:
                return JSONResponse({"error": "Couldn't authenticate you"}, status_code=401)
            return await call_next(request)

        @app.get("/api/v2/tickets/{ticket_id}/comments.json")
        def list_comments(ticket_id: int, request: Request):
            self.record(request, None)
            ticket = self.tickets.get(ticket_id)
            if ticket is None:
                return JSONResponse({"error": "RecordNotFound", "description": "Not found"}, status_code=404)
            comments = list(ticket["comments"])
            if request.query_params.get("sort_order") == "desc":
                comments.reverse()
            body = {"comments": comments, "next_page": None, "previous_page": None, "count": len(comments)}
            if "users" in request.query_params.get("include", ""):
                ids = {c["author_id"] for c in comments}
                body["users"] = [self.users[i] for i in ids if i in self.users]
            return body

        @app.put("/api/v2/tickets/{ticket_id}.json")
        async def update_ticket(ticket_id: int, request: Request):
            payload = await request.json()
            self.record(request, payload)
            ticket = self.tickets.get(ticket_id) or self.add_ticket(ticket_id)
            update = payload["ticket"]
            if "comment" in update:
                comment = update["comment"]
                ticket["comments"].append(self._comment(AGENT_ID, comment.get("body", ""),
                                                        comment.get("public", True)))  # Zendesk's default: public
            if "priority" in update:
                ticket["priority"] = update["priority"]
            if "tags" in update:
                ticket["tags"] = list(update["tags"])
            for tag in update.get("additional_tags", []):
                if tag not in ticket["tags"]:
                    ticket["tags"].append(tag)
            if self.lost_response():
                return JSONResponse({"error": "InternalError"}, status_code=500)
            public = {k: v for k, v in ticket.items() if k != "comments"}
            return {"ticket": public, "audit": {"id": next(self._ids), "ticket_id": ticket_id, "created_at": NOW}}

        return app


# -- Chatwoot ---------------------------------------------------------------------------------
class ChatwootStandIn(StandIn):
    def __init__(self, *, token: str, account_id: int) -> None:
        super().__init__()
        self.token = token
        self.account_id = account_id
        self.conversations: dict[int, dict] = {}
        self._ids = itertools.count(5000)
        self.app = self._build()

    def conversation(self, conversation_id: int, *, labels: list[str] | None = None) -> dict:
        return self.conversations.setdefault(conversation_id, {"labels": list(labels or []), "priority": None,
                                                               "team_id": None, "messages": []})

    def notes(self, conversation_id: int) -> list[dict]:
        return list(self.conversation(conversation_id)["messages"])

    def _build(self) -> FastAPI:
        app = FastAPI()
        prefix = "/api/v1/accounts/{account_id}/conversations/{conversation_id}"

        @app.middleware("http")
        async def _gate(request: Request, call_next):
            if self.down:
                self.record(request, None)
                return _unavailable()
            if request.headers.get("api_access_token") != self.token:
                return JSONResponse({"error": "You need to sign in or sign up before continuing."}, status_code=401)
            return await call_next(request)

        def _conv(account_id: int, conversation_id: int):
            if account_id != self.account_id:
                return None
            return self.conversation(conversation_id)

        @app.get(prefix + "/messages")
        def list_messages(account_id: int, conversation_id: int, request: Request):
            self.record(request, None)
            conv = _conv(account_id, conversation_id)
            if conv is None:
                return JSONResponse({"error": "Resource could not be found"}, status_code=404)
            return {"meta": {"labels": conv["labels"], "additional_attributes": {}}, "payload": conv["messages"]}

        @app.post(prefix + "/messages")
        async def create_message(account_id: int, conversation_id: int, request: Request):
            payload = await request.json()
            self.record(request, payload)
            conv = _conv(account_id, conversation_id)
            if conv is None:
                return JSONResponse({"error": "Resource could not be found"}, status_code=404)
            message = {"id": next(self._ids), "content": payload.get("content"),
                       "message_type": payload.get("message_type", "outgoing"),
                       "content_type": payload.get("content_type", "text"),
                       "private": bool(payload.get("private", False)), "conversation_id": conversation_id,
                       "account_id": account_id, "created_at": 1767225600, "content_attributes": {},
                       "sender": {"id": 1, "type": "user"}}
            conv["messages"].append(message)
            if self.lost_response():
                return JSONResponse({"error": "InternalError"}, status_code=500)
            return message

        @app.get(prefix + "/labels")
        def list_labels(account_id: int, conversation_id: int, request: Request):
            self.record(request, None)
            conv = _conv(account_id, conversation_id)
            return {"payload": conv["labels"]} if conv is not None else JSONResponse({}, status_code=404)

        @app.post(prefix + "/labels")
        async def set_labels(account_id: int, conversation_id: int, request: Request):
            payload = await request.json()
            self.record(request, payload)
            conv = _conv(account_id, conversation_id)
            conv["labels"] = list(payload["labels"])  # documented: the list replaces the existing labels
            return {"payload": conv["labels"]}

        @app.post(prefix + "/toggle_priority")
        async def toggle_priority(account_id: int, conversation_id: int, request: Request):
            payload = await request.json()
            self.record(request, payload)
            conv = _conv(account_id, conversation_id)
            if payload.get("priority") not in ("urgent", "high", "medium", "low", "none"):
                return JSONResponse({"error": "invalid priority"}, status_code=422)
            conv["priority"] = payload["priority"]
            return {}

        @app.post(prefix + "/assignments")
        async def assign(account_id: int, conversation_id: int, request: Request):
            payload = await request.json()
            self.record(request, payload)
            conv = _conv(account_id, conversation_id)
            if "team_id" in payload:
                conv["team_id"] = payload["team_id"]
                return {"id": payload["team_id"], "name": "crisis", "description": "", "allow_auto_assign": True,
                        "account_id": account_id, "is_member": False}
            return {}

        return app

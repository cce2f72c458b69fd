"""Sample webhook payloads the tests send, copied from the vendors' documentation and only
given the ids and texts each test needs (``deepcopy`` + overrides, the shapes unchanged).

- Zendesk ``ticket.comment_added`` and ``ticket.created``: developer.zendesk.com,
  "Webhooks > Event types > Ticket events" (the example payloads "Comment created" and
  "Ticket created"; the same examples are mirrored in dust-tt/dust
  front/lib/triggers/built-in-webhooks/zendesk/schemas/ticket_comment_added.ts and ticket_created.ts).
- Zendesk trigger webhook body: developer.zendesk.com "Creating webhooks to interact with
  third-party systems" (the JSON body is the admin's own, built from placeholders such as
  ``{{ticket.id}}``); the README gives the body caredraft expects.
- Chatwoot ``message_created``: chatwoot/docs docs/product/others/webhook-events.md,
  "Webhook Event payload samples > message_created".
- Zendesk comments list and ticket update shapes (served by the stand-in): developer.zendesk.com
  "Ticket Comments > List Comments" and "Tickets > Update Ticket".
"""

from __future__ import annotations

import copy

ZENDESK_COMMENT_ADDED = {
    "account_id": 22129848,
    "detail": {
        "actor_id": "8447388090495",
        "assignee_id": "8447388090494",
        "brand_id": "8447346621310",
        "created_at": "2025-01-08T10:12:07Z",
        "custom_status": "8447320465790",
        "description": "Customer is experiencing login issues with the mobile app",
        "external_id": None,
        "form_id": "8646151517822",
        "group_id": "8447320466430",
        "id": "5158",
        "is_public": True,
        "organization_id": "8447346622462",
        "priority": "HIGH",
        "requester_id": "8447388090494",
        "status": "OPEN",
        "subject": "Cannot login to mobile app",
        "submitter_id": "8447388090494",
        "tags": ["mobile", "login", "priority-support"],
        "type": "PROBLEM",
        "updated_at": "2025-01-08T14:25:30Z",
        "via": {"channel": "web_service"},
    },
    "event": {
        "comment": {
            "id": "9876543210",
            "body": "We are investigating this issue and will update you shortly.",
            "is_public": True,
            "author": {"id": "8447388090495", "is_staff": True, "name": "Support Agent"},
        }
    },
    "id": "d4f5c389-8f4a-4c2e-a1b9-8e4f39c71d52",
    "subject": "zen:ticket:5158",
    "time": "2025-01-08T14:25:30.123456789Z",
    "type": "zen:event-type:ticket.comment_added",
    "zendesk_event_version": "2022-11-06",
}

ZENDESK_TICKET_CREATED = {
    "account_id": 22129848,
    "detail": {
        "actor_id": "8447388090494",
        "assignee_id": "8447388090494",
        "brand_id": "8447346621310",
        "created_at": "2025-01-08T10:12:07Z",
        "custom_status": "8447320465790",
        "description": "Customer is experiencing login issues with the mobile app",
        "external_id": None,
        "form_id": "8646151517822",
        "group_id": "8447320466430",
        "id": "5158",
        "is_public": True,
        "organization_id": "8447346622462",
        "priority": "HIGH",
        "requester_id": "8447388090494",
        "status": "OPEN",
        "subject": "Cannot login to mobile app",
        "submitter_id": "8447388090494",
        "tags": ["mobile", "login"],
        "type": "PROBLEM",
        "updated_at": "2025-01-08T10:12:07Z",
        "via": {"channel": "web_service"},
    },
    "event": {},
    "id": "cbe4028c-7239-495d-b020-f22348516046",
    "subject": "zen:ticket:5158",
    "time": "2025-01-08T10:12:07.672717030Z",
    "type": "zen:event-type:ticket.created",
    "zendesk_event_version": "2022-11-06",
}

CHATWOOT_MESSAGE_CREATED = {
    "id": 118,
    "content": "hi",
    "created_at": "2021-07-23T18:02:48.000Z",
    "message_type": "incoming",
    "content_type": "text",
    "private": False,
    "content_attributes": {},
    "source_id": None,
    "sender": {"id": 14, "name": "little-haze-776", "avatar": "", "type": "contact"},
    "inbox": {"id": 1, "name": "Acme Support"},
    "conversation": {
        "additional_attributes": {
            "browser": {"device_name": "Unknown", "browser_name": "Chrome", "platform_name": "macOS",
                        "browser_version": "92.0.4515.107", "platform_version": "10.15.7"},
            "referer": "http://localhost:3000/widget_tests",
            "initiated_at": {"timestamp": "Fri Jul 23 2021 23:32:48 GMT+0530 (India Standard Time)"},
        },
        "can_reply": True,
        "channel": "Channel::WebWidget",
        "id": 10,
        "inbox_id": 1,
        "contact_inbox": {"id": 12, "contact_id": 14, "inbox_id": 1,
                          "source_id": "405f1d30-1af3-4fa0-8ffd-11ea3f86101e",
                          "created_at": "2021-07-23T18:01:48.739Z", "updated_at": "2021-07-23T18:01:48.739Z",
                          "hmac_verified": False},
        "messages": [{"id": 120, "content": "Get notified by email", "account_id": 1, "inbox_id": 1,
                      "conversation_id": 10, "message_type": 3, "created_at": 1627063369,
                      "updated_at": "2021-07-23T18:02:49.000Z", "private": False, "status": "sent",
                      "source_id": None, "content_type": "input_email", "content_attributes": {},
                      "sender_type": None, "sender_id": None, "external_source_ids": {}}],
        "meta": {
            "sender": {"additional_attributes": {}, "custom_attributes": {}, "email": None, "id": 14,
                       "identifier": None, "name": "little-haze-776", "phone_number": None,
                       "pubsub_token": "baRUMaAnAB6geeGXUXBsJwDS", "thumbnail": "", "type": "contact"},
            "assignee": {"id": 1, "name": "John", "available_name": "John", "avatar_url": "",
                         "type": "user", "availability_status": "online"},
        },
        "status": "open",
        "unread_count": 1,
        "agent_last_seen_at": 0,
        "contact_last_seen_at": 0,
        "timestamp": 1627063369,
    },
    "account": {"id": 1, "name": "Acme Inc"},
    "event": "message_created",
}


def zendesk_comment_added(ticket_id: int, comment_id: int, text: str, *, staff: bool = False,
                          public: bool = True) -> dict:
    payload = copy.deepcopy(ZENDESK_COMMENT_ADDED)
    payload["detail"]["id"] = str(ticket_id)
    payload["subject"] = f"zen:ticket:{ticket_id}"
    comment = payload["event"]["comment"]
    comment.update(id=str(comment_id), body=text, is_public=public)
    comment["author"]["is_staff"] = staff
    if not staff:
        comment["author"].update(id=payload["detail"]["requester_id"], name="Customer")
    return payload


def zendesk_ticket_created(ticket_id: int) -> dict:
    payload = copy.deepcopy(ZENDESK_TICKET_CREATED)
    payload["detail"]["id"] = str(ticket_id)
    payload["subject"] = f"zen:ticket:{ticket_id}"
    return payload


def chatwoot_message_created(conversation_id: int, message_id: int, text: str, *, account_id: int = 1,
                             message_type: str = "incoming", private: bool = False) -> dict:
    payload = copy.deepcopy(CHATWOOT_MESSAGE_CREATED)
    payload.update(id=message_id, content=text, message_type=message_type, private=private)
    payload["conversation"]["id"] = conversation_id
    payload["account"]["id"] = account_id
    if message_type != "incoming":
        payload["sender"] = {"id": 1, "name": "John", "type": "user"}
    return payload

"""API keys (admin): create (the secret is shown once), list, revoke; and the audit log."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from caredraft.api.deps import AuditorDep, KeysAdminDep, RepoDep
from caredraft.api.errors import AUTH_ERRORS, BODY_ERRORS, responses
from caredraft.api.schemas import AuditEntryPublic, KeyCreate, KeyCreated, KeyPublic
from caredraft.review.keys import hash_key, new_key

router = APIRouter(prefix="/v1", tags=["admin"])


def _public(record) -> KeyPublic:
    return KeyPublic(id=record.id, name=record.name, role=record.role, created_at=record.created_at,
                     revoked_at=record.revoked_at)


@router.post("/keys", operation_id="createKey", status_code=201, response_model=KeyCreated,
             summary="Create an API key", responses=responses(*AUTH_ERRORS, *BODY_ERRORS))
def create_key(body: KeyCreate, principal: KeysAdminDep, repository: RepoDep) -> KeyCreated:
    key_id, raw = new_key()
    record = repository.create_key(key_id=key_id, name=body.name, role=body.role.value, key_hash=hash_key(raw))
    repository.append_audit(actor=principal.actor, action="keys.create", item_id=key_id,
                            details={"role": body.role.value, "name": body.name})
    return KeyCreated(**_public(record).model_dump(), key=raw)


@router.get("/keys", operation_id="listKeys", response_model=list[KeyPublic], summary="List API keys",
            responses=responses(*AUTH_ERRORS))
def list_keys(_: KeysAdminDep, repository: RepoDep) -> list[KeyPublic]:
    return [_public(r) for r in repository.list_keys()]


@router.delete("/keys/{key_id}", operation_id="revokeKey", response_model=KeyPublic, summary="Revoke an API key",
               responses=responses(*AUTH_ERRORS, 404))
def revoke_key(key_id: Annotated[str, Path(max_length=16)], principal: KeysAdminDep,
               repository: RepoDep) -> KeyPublic:
    record = repository.revoke_key(key_id=key_id)
    repository.append_audit(actor=principal.actor, action="keys.revoke", item_id=key_id, details={})
    return _public(record)


@router.get("/audit", operation_id="listAudit", response_model=list[AuditEntryPublic],
            summary="Read the append-only audit log (newest first)", responses=responses(*AUTH_ERRORS, 422))
def list_audit(_: AuditorDep, repository: RepoDep,
               item_id: Annotated[str | None, Query(max_length=200)] = None,
               limit: Annotated[int, Query(ge=1, le=1000)] = 100) -> list[AuditEntryPublic]:
    return [AuditEntryPublic(**vars(e)) for e in repository.audit_entries(item_id=item_id, limit=limit)]

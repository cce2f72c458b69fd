"""Dependencies as ``Annotated[..., Depends()]`` aliases: what each route needs, by name.

Authentication: ``Authorization: Bearer <key>`` or ``X-API-Key: <key>``. Authorisation:
one permission per route family (see ``caredraft.review.keys.ROLE_PERMISSIONS``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Callable

from fastapi import Depends, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from caredraft.errors import Forbidden, Unauthorized
from caredraft.review.base import Repository
from caredraft.review.keys import Permission, Role, can, key_id_of, matches
from caredraft.review.service import DraftService
from caredraft.settings import Settings

_bearer = HTTPBearer(auto_error=False, description="Authorization: Bearer <API key>")
_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="X-API-Key: <API key>")


@dataclass(frozen=True)
class Principal:
    key_id: str
    name: str
    role: Role

    @property
    def actor(self) -> str:
        """How the audit log names whoever acted."""
        return f"{self.key_id}:{self.name}"

    def can(self, permission: Permission) -> bool:
        return can(self.role, permission)


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_repository(request: Request) -> Repository:
    return request.app.state.repository


def get_pipeline(request: Request):
    return request.app.state.pipeline


def get_service(request: Request) -> DraftService:
    return request.app.state.service


SettingsDep = Annotated[Settings, Depends(get_settings)]
RepoDep = Annotated[Repository, Depends(get_repository)]
PipelineDep = Annotated[object, Depends(get_pipeline)]
ServiceDep = Annotated[DraftService, Depends(get_service)]


def current_principal(
    repository: RepoDep,
    bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
    api_key: Annotated[str | None, Depends(_api_key_header)],
) -> Principal:
    raw = (bearer.credentials if bearer else None) or api_key
    if not raw:
        raise Unauthorized("an API key is required: send 'Authorization: Bearer <key>' or 'X-API-Key: <key>'")
    record = repository.get_key(key_id=key_id_of(raw))
    if record is None or record.revoked_at is not None or not matches(raw, record.key_hash):
        raise Unauthorized("the API key is unknown or revoked")
    return Principal(key_id=record.id, name=record.name, role=Role(record.role))


PrincipalDep = Annotated[Principal, Depends(current_principal)]


def require(permission: Permission) -> Callable[[Principal], Principal]:
    def check(principal: PrincipalDep) -> Principal:
        if not principal.can(permission):
            raise Forbidden(f"the role '{principal.role.value}' may not do this (needs {permission.value})",
                            details={"role": principal.role.value, "needs": permission.value})
        return principal

    return check


AgentDep = Annotated[Principal, Depends(require(Permission.DRAFT))]
KbReaderDep = Annotated[Principal, Depends(require(Permission.KB_READ))]
KbWriterDep = Annotated[Principal, Depends(require(Permission.KB_WRITE))]
KeysAdminDep = Annotated[Principal, Depends(require(Permission.KEYS))]
AuditorDep = Annotated[Principal, Depends(require(Permission.AUDIT))]

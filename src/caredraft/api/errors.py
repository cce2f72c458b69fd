"""Every error the API returns has one shape: ``{"error": {"code", "message", "details"}}``.

One table maps the ``caredraft.errors`` classes to HTTP statuses; request validation,
malformed bodies and unknown routes are converted to the same shape. Nothing here ever
echoes the request body back (it may hold customer text), and no traceback reaches a client.
"""

from __future__ import annotations

import logging

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from sqlalchemy.exc import DataError
from starlette.exceptions import HTTPException as StarletteHTTPException

from caredraft import errors

log = logging.getLogger(__name__)


class UnsupportedMediaType(errors.InvalidInput):
    code = "unsupported_media_type"


STATUS_BY_ERROR: dict[type[errors.CaredraftError], int] = {
    errors.InvalidInput: 422,
    UnsupportedMediaType: 415,
    errors.KnowledgeBaseError: 422,
    errors.NotFound: 404,
    errors.Unauthorized: 401,
    errors.Forbidden: 403,
    errors.Conflict: 409,
    errors.PayloadTooLarge: 413,
    errors.BackendUnavailable: 503,
    errors.SignatureInvalid: 401,
    errors.ReplayedDelivery: 401,
    errors.IntegrationNotConfigured: 404,
    errors.HelpdeskUnavailable: 503,
}

CODE_BY_STATUS = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
                  405: "method_not_allowed", 409: "conflict", 413: "payload_too_large",
                  415: "unsupported_media_type", 422: "invalid_input", 503: "backend_unavailable"}


class ErrorDetail(BaseModel):
    code: str = Field(description="Stable machine-readable name, e.g. invalid_input, forbidden.")
    message: str = Field(description="What went wrong, for a person.")
    details: dict = Field(default_factory=dict)


class ErrorResponse(BaseModel):
    error: ErrorDetail


def status_for(exc: errors.CaredraftError) -> int:
    for cls in type(exc).__mro__:  # most specific class first
        if cls in STATUS_BY_ERROR:
            return STATUS_BY_ERROR[cls]
    return 500


def error_response(request: Request, status: int, code: str, message: str, details: dict | None = None,
                   headers: dict | None = None) -> JSONResponse:
    metrics = getattr(request.app.state, "metrics", None)
    if metrics is not None:
        metrics.errors.labels(code=code).inc()
    body = ErrorResponse(error=ErrorDetail(code=code, message=message, details=details or {}))
    return JSONResponse(body.model_dump(), status_code=status, headers=headers)


def _validation_details(exc: RequestValidationError) -> tuple[str, str, dict]:
    problems = []
    for error in exc.errors():
        if error.get("type") == "json_invalid":
            return "malformed_json", "the request body is not valid JSON", {}
        # Deliberately without error["input"]: that may be customer text.
        problems.append({"loc": [str(part) for part in error.get("loc", ())], "msg": str(error.get("msg", "")),
                         "type": str(error.get("type", ""))})
    first = problems[0] if problems else {"loc": [], "msg": "invalid request"}
    where = ".".join(first["loc"][1:] or first["loc"]) or "request"
    return "invalid_input", f"invalid request: {where}: {first['msg']}", {"errors": problems}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(errors.CaredraftError)
    async def _caredraft_error(request: Request, exc: errors.CaredraftError) -> JSONResponse:
        # Webhook signature errors are not about API keys: no Bearer challenge for them.
        bearer = isinstance(exc, errors.Unauthorized) and not isinstance(exc, (errors.SignatureInvalid,
                                                                                errors.ReplayedDelivery))
        headers = {"WWW-Authenticate": "Bearer"} if bearer else None
        if getattr(exc, "retry_after", None):
            headers = {**(headers or {}), "Retry-After": str(exc.retry_after)}
        return error_response(request, status_for(exc), exc.code, exc.message, exc.details, headers)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(request: Request, exc: RequestValidationError) -> JSONResponse:
        code, message, details = _validation_details(exc)
        return error_response(request, 400 if code == "malformed_json" else 422, code, message, details)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        code = CODE_BY_STATUS.get(exc.status_code, "http_error")
        message = exc.detail if isinstance(exc.detail, str) else code.replace("_", " ")
        if exc.status_code == 400 and "parsing the body" in message:
            code, message = "malformed_body", "the request body could not be read as UTF-8 JSON"
        return error_response(request, exc.status_code, code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(DataError)
    async def _data_error(request: Request, exc: DataError) -> JSONResponse:
        # The database refused a value the client sent (e.g. a NUL in a path or query on
        # PostgreSQL): the client's mistake, not ours.
        return error_response(request, 422, "invalid_input", "the request contains characters that cannot be stored")

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        # A bug, not a client mistake: logged with its type only (the message may quote input).
        log.error("unhandled %s on %s %s", type(exc).__name__, request.method, request.url.path)
        return error_response(request, 500, "internal_error", "internal error; the request was not completed")


_DESCRIPTIONS = {400: "Malformed body", 401: "Missing or unknown API key", 403: "Role not allowed",
                 404: "Not found", 409: "Conflict", 413: "Too large", 415: "Body is not JSON",
                 422: "Invalid input", 503: "Backend unavailable"}


def responses(*statuses: int) -> dict:
    """OpenAPI ``responses=`` entries documenting the error shape for the given statuses."""
    return {status: {"model": ErrorResponse, "description": _DESCRIPTIONS.get(status, "Error")} for status in statuses}


AUTH_ERRORS = (401, 403)
BODY_ERRORS = (400, 413, 415, 422)

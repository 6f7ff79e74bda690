"""One error shape for every failure: `{"error": {"type": ..., "message": ...}}`.

Handlers replace FastAPI's defaults (validation, HTTP errors) and catch everything else, so no
stack trace ever reaches a client: unexpected errors are logged and answered with a bare 500.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.requests import ClientDisconnect
from starlette.routing import Match

from analyzer.errors import (
    AnalyzerError,
    ChecksNotJudged,
    DocumentTooLarge,
    IngestError,
    JudgeError,
    LLMNotConfigured,
    RubricError,
    StoreError,
    UnsupportedFormat,
    UpstreamModelError,
)

log = logging.getLogger(__name__)

HTTP_TYPES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "validation_error",
    500: "internal_error",
    502: "upstream_error",
    503: "unavailable",
}


class ErrorBody(BaseModel):
    type: str
    message: str


class ErrorResponse(BaseModel):
    """The JSON body of every error response."""

    error: ErrorBody


class ApiError(Exception):
    """An error meant for the client: HTTP status, a stable type and a readable message."""

    def __init__(
        self,
        status: int,
        type_: str,
        message: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.type = type_
        self.message = message
        self.headers = dict(headers or {})


def not_found(what: str) -> ApiError:
    return ApiError(404, "not_found", f"{what} not found")


def error_status(exc: AnalyzerError) -> int:
    """The HTTP status for a core error."""
    if isinstance(exc, DocumentTooLarge):
        return 413
    if isinstance(exc, UnsupportedFormat):
        return 415
    if isinstance(exc, IngestError | RubricError | LLMNotConfigured):
        return 422
    if isinstance(exc, UpstreamModelError | JudgeError | ChecksNotJudged):
        return 502
    if isinstance(exc, StoreError):
        return 503
    return 500


def from_analyzer_error(exc: AnalyzerError, name: str | None = None) -> ApiError:
    message = exc.message if name is None else f"{name}: {exc.message}"
    return ApiError(error_status(exc), exc.kind, message)


def error_response(
    status: int, type_: str, message: str, headers: Mapping[str, str] | None = None
) -> JSONResponse:
    body = ErrorResponse(error=ErrorBody(type=type_, message=message))
    return JSONResponse(body.model_dump(), status_code=status, headers=dict(headers or {}))


def describe_validation(errors: Sequence[Any]) -> str:
    """`body.checks: Input should be a valid string; ...` from pydantic's error list."""
    parts = []
    for error in errors[:5]:
        where = ".".join(str(p) for p in error.get("loc", ()))
        parts.append(f"{where}: {error.get('msg', 'invalid')}" if where else error.get("msg", ""))
    return "; ".join(parts) or "invalid request"


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.type, exc.message, exc.headers)


async def _analyzer_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, AnalyzerError)
    api_error = from_analyzer_error(exc)
    if api_error.status >= 500:
        log.warning("core error answered with %d: %s", api_error.status, exc)
    return error_response(api_error.status, api_error.type, api_error.message)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    return error_response(422, "validation_error", describe_validation(exc.errors()))


#: FastAPI's words for a body it could not decode (e.g. JSON that is not UTF-8): a 400 that no
#: route documents; it is answered as the documented 422 instead.
BODY_PARSE_FAILED = "There was an error parsing the body"


HTTP_METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE")


def allowed_methods(request: Request) -> str:
    """Every method the request's path accepts, found by asking the routes (each route holds one
    method, and the Allow header Starlette builds names only the first that matched)."""
    routes = request.app.router.routes
    allowed = [
        method
        for method in HTTP_METHODS
        if any(
            route.matches({**request.scope, "method": method})[0] is Match.FULL for route in routes
        )
    ]
    return ", ".join(allowed)


async def _http_error(request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    if exc.status_code == 400 and exc.detail == BODY_PARSE_FAILED:
        return error_response(
            422, "validation_error", "body: not valid JSON (it must be UTF-8 encoded JSON)"
        )
    type_ = HTTP_TYPES.get(exc.status_code, "http_error")
    message = exc.detail if isinstance(exc.detail, str) else type_.replace("_", " ")
    headers = dict(exc.headers or {})
    if exc.status_code == 405:
        headers["Allow"] = allowed_methods(request)
    return error_response(exc.status_code, type_, message, headers)


async def _client_disconnect(request: Request, exc: Exception) -> JSONResponse:
    """The client hung up mid-request (e.g. a cancelled upload): nothing to answer, nothing
    wrong on our side; what it sent was already removed."""
    log.info("client disconnected during %s %s", request.method, request.url.path)
    return error_response(400, "client_disconnected", "the client closed the connection")


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "internal_error", "internal server error")


def install_error_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(AnalyzerError, _analyzer_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(ClientDisconnect, _client_disconnect)
    app.add_exception_handler(Exception, _unexpected)

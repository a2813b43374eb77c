"""Errors in OpenAI's shape: ``{"error": {"message", "type", "param", "code"}}`` with the right status."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from tools.base import ToolError
from tools.errors import InputFileError, MMAgentError, ModelNotInstalledError

TYPES = {400: "invalid_request_error", 401: "authentication_error", 404: "not_found_error",
         405: "invalid_request_error", 413: "invalid_request_error", 415: "invalid_request_error",
         503: "server_busy", 500: "server_error"}


class ApiError(Exception):
    """An error the client caused (or a full queue); becomes a JSON error response."""

    def __init__(self, status: int, message: str, *, param: str | None = None, code: str | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.param = param
        self.code = code
        self.headers = headers or {}


def error_body(status: int, message: str, param: str | None = None, code: str | None = None) -> dict[str, Any]:
    return {"error": {"message": message, "type": TYPES.get(status, "invalid_request_error"),
                      "param": param, "code": code}}


def error_response(exc: ApiError) -> JSONResponse:
    return JSONResponse(error_body(exc.status, exc.message, exc.param, exc.code), status_code=exc.status,
                        headers=exc.headers)


def from_exception(exc: BaseException, param: str | None = None) -> ApiError:
    """Map mmagent's typed errors to HTTP (never by parsing messages)."""
    if isinstance(exc, ApiError):
        return exc
    if isinstance(exc, InputFileError):
        return ApiError(400, exc.one_line(), param=param, code="bad_input")
    if isinstance(exc, ModelNotInstalledError):
        return ApiError(500, exc.one_line(), code="model_missing")
    if isinstance(exc, MMAgentError):
        return ApiError(400, exc.one_line(), param=param, code=type(exc).__name__)
    if isinstance(exc, ToolError):
        status = 400 if exc.kind in ("bad_input", "bad_args", "missing_file", "not_allowed") else 500
        return ApiError(status, str(exc), param=param, code=exc.kind)
    return ApiError(500, f"internal error: {type(exc).__name__}: {exc}", code="internal_error")


def _loc(err: dict[str, Any]) -> str:
    loc = [str(p) for p in err.get("loc", ()) if p not in ("body", "form", "query")]
    return ".".join(loc)


def validation_error(errors: list[dict[str, Any]], what: str = "request body") -> ApiError:
    e = errors[0]
    loc = _loc(e)
    msg = f"{loc or what}: {e.get('msg', 'invalid')}"
    if len(errors) > 1:
        msg += f" (and {len(errors) - 1} more problem(s))"
    return ApiError(400, msg + " (fix: see the OpenAI API reference for this endpoint)", param=loc or None,
                    code="invalid_value")


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api(_: Request, exc: ApiError) -> JSONResponse:
        return error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        return error_response(validation_error(list(exc.errors())))

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        return JSONResponse(error_body(exc.status_code, str(exc.detail)), status_code=exc.status_code,
                            headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _other(_: Request, exc: Exception) -> JSONResponse:
        return error_response(from_exception(exc))

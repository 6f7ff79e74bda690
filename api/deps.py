"""What routes depend on: the app's state, the caller's tenant (from the API key)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from analyzer.config import Settings
from analyzer.pipeline import Analyzer
from api.auth import Principal, authenticate
from api.catalog import Catalog
from api.db import Database
from api.errors import ApiError
from api.jobs import JobQueue, WorkerPool
from api.uploads import UploadStore


@dataclass
class AppState:
    """Everything the app opens at start and closes at shutdown."""

    settings: Settings
    db: Database
    uploads: UploadStore
    analyzer: Analyzer
    catalog: Catalog
    queue: JobQueue
    pool: WorkerPool


async def get_state(request: Request) -> AppState:  # async: no trip to the thread pool
    state = request.app.state.gapcard
    assert isinstance(state, AppState)
    return state


StateDep = Annotated[AppState, Depends(get_state)]
bearer = HTTPBearer(
    auto_error=False,
    description="An API key from `gapcard keys create --tenant NAME`",
)


def unauthorized(message: str) -> ApiError:
    return ApiError(401, "unauthorized", message, headers={"WWW-Authenticate": "Bearer"})


CredentialsDep = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]
INVALID_KEY = "invalid API key"


def bearer_key(credentials: HTTPAuthorizationCredentials | None) -> str:
    """The key of `Authorization: Bearer KEY`; 401 without one."""
    if credentials is None:
        raise unauthorized("missing API key: send Authorization: Bearer KEY")
    return credentials.credentials


def require_principal(state: StateDep, credentials: CredentialsDep) -> Principal:
    """The tenant of the request's `Authorization: Bearer KEY`; 401 without a valid key."""
    principal = authenticate(state.db, bearer_key(credentials))
    if principal is None:
        raise unauthorized(INVALID_KEY)
    return principal


PrincipalDep = Annotated[Principal, Depends(require_principal)]

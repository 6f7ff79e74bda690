"""Liveness and readiness probes (no key needed)."""

from __future__ import annotations

import logging

from fastapi import APIRouter

from api.deps import StateDep
from api.errors import ApiError, ErrorResponse
from api.schemas import Health, Readiness

log = logging.getLogger(__name__)
router = APIRouter(tags=["health"])


@router.head("/healthz", include_in_schema=False)
@router.get("/healthz", summary="The process is up")
def healthz() -> Health:
    return Health()


@router.head("/readyz", include_in_schema=False)
@router.get(
    "/readyz",
    summary="The database and the vector store answer",
    responses={503: {"model": ErrorResponse, "description": "A dependency is unreachable"}},
)
def readyz(state: StateDep) -> Readiness:
    try:
        state.db.ping()
    except Exception as exc:
        log.warning("readiness: database unreachable: %s", exc)
        raise ApiError(503, "unavailable", "the database is unreachable") from exc
    try:
        state.analyzer.store.count()
    except Exception as exc:
        log.warning("readiness: vector store unreachable: %s", exc)
        raise ApiError(503, "unavailable", "the vector store is unreachable") from exc
    return Readiness()

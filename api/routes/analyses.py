"""Analyses: status and scorecard of a job, and its report as HTML or Markdown."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Header, Response
from starlette.concurrency import run_in_threadpool

from analyzer.models import Scorecard
from api.deps import CredentialsDep, PrincipalDep, StateDep, bearer_key
from api.errors import ApiError, ErrorResponse
from api.reads import read_analysis
from api.schemas import AnalysisOut

router = APIRouter(
    prefix="/analyses",
    tags=["analyses"],
    responses={
        401: {"model": ErrorResponse, "description": "No valid API key"},
        404: {"model": ErrorResponse, "description": "No such analysis for this tenant"},
    },
)


@router.get("", summary="This tenant's analyses, newest first (without scorecards)")
def list_analyses(state: StateDep, principal: PrincipalDep) -> list[AnalysisOut]:
    rows = state.catalog.list_analyses(principal.tenant_id)
    return [AnalysisOut.of(row, with_scorecard=False) for row in rows]


@router.get(
    "/{analysis_id}",
    summary="Status of an analysis, and its scorecard when done",
    description="status is queued, running, done (with `scorecard`) or failed (with `error`).",
    response_model=AnalysisOut,
)
async def get_analysis(analysis_id: str, state: StateDep, credentials: CredentialsDep) -> Response:
    # The hottest request (the web page polls it): async, so that only the database reads (the
    # key's and the analysis's, in one connection: api.reads) go to the thread pool, once. The
    # model built from the row is encoded once, here: returned as a model, it would be dumped to
    # a dict, validated again and encoded by the framework.
    key = bearer_key(credentials)
    row = await run_in_threadpool(read_analysis, state.db, key, analysis_id)
    return Response(AnalysisOut.of(row).model_dump_json(), media_type="application/json")


def preferred_report_type(accept: str | None) -> str:
    """text/markdown or text/html (the default) from an Accept header, by q-value."""
    best, best_q = None, -1.0
    for item in (accept or "*/*").split(","):
        media, _, params = item.strip().partition(";")
        q = 1.0
        for param in params.split(";"):
            key, _, value = param.strip().partition("=")
            if key == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        media = media.strip().lower()
        choice = {"text/markdown": "text/markdown", "text/html": "text/html"}.get(media)
        if choice is None and media in ("*/*", "text/*"):
            choice = "text/html"
        if choice is not None and q > 0 and q > best_q:
            best, best_q = choice, q
    if best is None:
        raise ApiError(
            406, "not_acceptable", "the report is available as text/html or text/markdown"
        )
    return best


@router.get(
    "/{analysis_id}/report",
    summary="The scorecard as an HTML page or Markdown, by Accept",
    response_class=Response,
    responses={
        200: {"content": {"text/html": {}, "text/markdown": {}}},
        406: {"model": ErrorResponse, "description": "Neither text/html nor text/markdown"},
        409: {"model": ErrorResponse, "description": "The analysis is not done"},
    },
)
def get_report(
    analysis_id: str,
    state: StateDep,
    principal: PrincipalDep,
    accept: Annotated[str | None, Header()] = None,
) -> Response:
    row = state.catalog.get_analysis(principal.tenant_id, analysis_id)
    media = preferred_report_type(accept)
    if row.status != "done" or not row.scorecard_json:
        raise ApiError(409, "not_ready", f"the analysis is {row.status}, not done")
    scorecard = Scorecard.model_validate_json(row.scorecard_json)
    if media == "text/markdown":
        from analyzer.render.markdown import scorecard_markdown

        return Response(
            scorecard_markdown(scorecard),
            media_type="text/markdown; charset=utf-8",
            headers={"X-Content-Type-Options": "nosniff", "Vary": "Accept"},
        )
    from analyzer.render.environment import REPORT_FRAME_POLICY
    from analyzer.render.html import REPORT_CSP, render_report_html

    return Response(
        render_report_html(scorecard),
        media_type="text/html; charset=utf-8",
        headers={
            "Content-Security-Policy": f"{REPORT_CSP}; {REPORT_FRAME_POLICY}",
            "X-Content-Type-Options": "nosniff",
            "Referrer-Policy": "no-referrer",
            "Vary": "Accept",
        },
    )

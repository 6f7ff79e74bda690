"""The portfolio: every document of the tenant against every check, as JSON or CSV."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Header, Query, Response
from pydantic import BaseModel, Field

from analyzer.models import Status
from analyzer.portfolio import (
    PortfolioRow,
    build_portfolio,
    check_columns,
    filter_rows,
    portfolio_csv,
    sort_rows,
)
from api.deps import AppState, PrincipalDep, StateDep
from api.errors import ApiError, ErrorResponse

router = APIRouter(
    tags=["portfolio"], responses={401: {"model": ErrorResponse, "description": "No valid key"}}
)


class CheckColumn(BaseModel):
    id: str
    title: str


class Portfolio(BaseModel):
    checks: list[CheckColumn] = Field(description="The grid's columns, in rubric order")
    documents: list[PortfolioRow] = Field(description="One row per document")


def portfolio(
    state: AppState,
    tenant_id: str,
    *,
    check: str | None = None,
    status: Status | None = None,
    sort: str = "name",
    order: str = "asc",
) -> tuple[dict[str, str], list[PortfolioRow]]:
    """The columns and the filtered, sorted rows of a tenant's portfolio (page and API)."""
    entries = state.catalog.portfolio_entries(tenant_id)
    rows = build_portfolio(entries)
    titles = {c.id: c.title for c in state.analyzer.rubric.checks}
    cards = [e.scorecard for e in entries if e.scorecard is not None]
    columns = check_columns(rows, titles, cards)
    if check and check not in columns:
        raise ApiError(422, "validation_error", f"check: unknown check {check!r}")
    if sort not in ("name", "score", "delta", *columns):
        raise ApiError(422, "validation_error", "sort: name, score, delta or a check id")
    rows = sort_rows(filter_rows(rows, check, status), sort, descending=order == "desc")
    return columns, rows


@router.get(
    "/portfolio",
    summary="Documents x checks: status and score of each document's latest scorecard",
    description="Filter with `status` (and `check`: rows whose that check has that status; "
    "without it, rows with any check of that status); sort by name, score, delta (the score "
    "change since the previous version of the same plan) or a check id. CSV with "
    "`format=csv` or `Accept: text/csv`.",
    response_model=Portfolio,
    responses={200: {"content": {"application/json": {}, "text/csv": {}}}},
)
def get_portfolio(
    state: StateDep,
    principal: PrincipalDep,
    check: Annotated[str | None, Query(max_length=100)] = None,
    status: Status | None = None,
    sort: Annotated[str, Query(max_length=100)] = "name",
    order: Literal["asc", "desc"] = "asc",
    format: Literal["json", "csv"] | None = None,
    accept: Annotated[str | None, Header()] = None,
) -> Response:
    columns, rows = portfolio(
        state, principal.tenant_id, check=check, status=status, sort=sort, order=order
    )
    wants_csv = format == "csv" or (format is None and "text/csv" in (accept or ""))
    if wants_csv:
        return Response(
            portfolio_csv(rows, list(columns)),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="portfolio.csv"'},
        )
    body = Portfolio(
        checks=[CheckColumn(id=c, title=t) for c, t in columns.items()], documents=rows
    )
    return Response(body.model_dump_json(), media_type="application/json")

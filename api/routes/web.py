"""The web page: sign in with an API key, upload a document, watch its analysis, read the
scorecard. Server-rendered (Jinja2); the only script is api/static/app.js (polling).

Signing in exchanges the API key for a server-side session (api.sessions): the cookie holds
only a random session id, HttpOnly, SameSite=Strict and Secure over HTTPS, read only by these
page routes (the JSON API takes Bearer keys only); form posts from another origin are refused.
"""

from __future__ import annotations

from datetime import timedelta
from functools import partial
from typing import Any, cast
from urllib.parse import urlsplit

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from analyzer.models import Status
from analyzer.portfolio import STATUS_ORDER
from analyzer.render.environment import environment
from analyzer.render.view import scorecard_view
from api.auth import Principal
from api.db import utcnow
from api.deps import AppState, StateDep
from api.errors import ApiError
from api.multipart import receive_multipart
from api.routes.portfolio import portfolio
from api.schemas import AnalysisOut, DocumentOut
from api.sessions import COOKIE, end_session, session_principal, start_session
from api.web_render import PAGE_DEFAULTS, page_headers, templates

router = APIRouter(include_in_schema=False)
FINAL = ("done", "failed")


def signed_in(request: Request, state: AppState) -> Principal | None:
    return session_principal(state.db, request.cookies.get(COOKIE))


def check_origin(request: Request) -> None:
    """Refuse form posts whose Origin is another site (defence in depth beside SameSite)."""
    origin = request.headers.get("origin")
    if origin and origin != "null" and urlsplit(origin).netloc != request.headers.get("host"):
        raise ApiError(403, "forbidden", "cross-origin form post refused")


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    context = {**PAGE_DEFAULTS, **context}
    response = templates.TemplateResponse(request, name, context, status_code=status)
    response.headers.update(page_headers())
    return response


def portfolio_view(request: Request, state: AppState, principal: Principal) -> dict[str, Any]:
    """The portfolio grid of the home page, filtered and sorted by the query (as the API)."""
    query = request.query_params
    status = cast(
        Status | None, query.get("status") if query.get("status") in STATUS_ORDER else None
    )
    check = query.get("check") or None
    try:
        columns, rows = portfolio(state, principal.tenant_id, check=check, status=status)
    except ApiError:  # an unknown check: show every check's rows
        check = None
        columns, rows = portfolio(state, principal.tenant_id, status=status)
    return {
        "rows": rows,
        "columns": columns,
        "status_order": STATUS_ORDER,
        "filter_check": check or "",
        "filter_status": status or "",
        "versions": any(row.family for row in rows),
    }


@router.get("/sortable.js")
def sortable_js() -> Response:
    """The batch summary's table sorter, for the portfolio grid (the CSP allows only our files)."""
    script = environment().get_template("sortable.js").render()
    return Response(script, media_type="text/javascript; charset=utf-8")


def home(request: Request, state: AppState, principal: Principal, **extra: Any) -> HTMLResponse:
    catalog = state.catalog
    latest: dict[str, AnalysisOut] = {}
    latest_done: dict[str, AnalysisOut] = {}
    for row in catalog.list_analyses(principal.tenant_id):
        latest.setdefault(row.document_id, AnalysisOut.of(row, with_scorecard=False))
        if row.status == "done":
            latest_done.setdefault(row.document_id, AnalysisOut.of(row, with_scorecard=False))
    documents = [DocumentOut.of(r) for r in catalog.list_documents(principal.tenant_id)]
    status = extra.pop("status", 200)
    return render(
        request,
        "index.html",
        status,
        principal=principal,
        documents=documents,
        latest=latest,
        latest_done=latest_done,
        checks=state.analyzer.rubric.checks,
        grid=portfolio_view(request, state, principal),
        **extra,
    )


def to_home() -> RedirectResponse:
    return RedirectResponse("/", status_code=303)


def signed_out(fragment: bool) -> Response:
    """The session ended: pages go to the sign-in page; a polled fragment answers 401 so the
    script sends the whole page there (instead of pasting a sign-in form into the card)."""
    if not fragment:
        return to_home()
    return Response(
        "session ended", status_code=401, media_type="text/plain", headers={"X-Sign-In": "/"}
    )


@router.head("/", response_class=HTMLResponse)
@router.get("/", response_class=HTMLResponse)
def index(request: Request, state: StateDep) -> Response:
    principal = signed_in(request, state)
    if principal is None:
        return render(request, "signin.html")
    return home(request, state, principal)


@router.post("/signin")
async def signin(request: Request, state: StateDep) -> Response:
    check_origin(request)
    form = await request.form()
    key = str(form.get("key") or "").strip()
    ttl = timedelta(hours=state.settings.api.session_hours)
    started = await run_in_threadpool(start_session, state.db, key, ttl) if key else None
    if started is None:
        return render(request, "signin.html", 401, error="That API key is not valid.")
    response = to_home()
    response.set_cookie(
        COOKIE,
        started[0],
        max_age=int(ttl.total_seconds()),
        httponly=True,
        samesite="strict",
        secure=request.url.scheme == "https",
    )
    return response


@router.post("/signout")
def signout(request: Request, state: StateDep) -> Response:
    check_origin(request)
    end_session(state.db, request.cookies.get(COOKIE))
    response = to_home()
    response.delete_cookie(COOKIE, httponly=True, samesite="strict")
    return response


@router.post("/upload")
async def upload(request: Request, state: StateDep) -> Response:
    check_origin(request)
    principal = await run_in_threadpool(signed_in, request, state)
    if principal is None:
        return to_home()
    tenant = principal.tenant_id
    try:
        files, fields = await receive_multipart(
            request,
            lambda: state.uploads.new_incoming_path(tenant),
            max_bytes=state.settings.ingest.max_bytes,
            max_files=state.settings.api.max_files,
        )
        if not files:
            raise ApiError(422, "validation_error", "Choose a file to upload.")
        checks = fields.get("checks") or None
        rows = await run_in_threadpool(state.catalog.add_documents, tenant, files)
        analyses = [
            await run_in_threadpool(
                state.catalog.create_analysis, tenant, row.id, checks=checks, engine=None
            )
            for row in rows
        ]
    except ApiError as exc:
        page = partial(home, request, state, principal, error=exc.message, status=exc.status)
        return await run_in_threadpool(page)
    target = f"/analyses/{analyses[0].id}" if len(analyses) == 1 else "/"
    return RedirectResponse(target, status_code=303)


@router.get("/analyses/{analysis_id}", response_class=HTMLResponse)
def analysis_page(
    analysis_id: str, request: Request, state: StateDep, fragment: bool = False
) -> Response:
    principal = signed_in(request, state)
    if principal is None:
        return signed_out(fragment)
    try:
        row = state.catalog.get_analysis(principal.tenant_id, analysis_id)
        document = DocumentOut.of(state.catalog.get_document(principal.tenant_id, row.document_id))
    except ApiError as exc:
        return render(request, "missing.html", exc.status, principal=principal)
    name = "_analysis.html" if fragment else "analysis.html"
    analysis = AnalysisOut.of(row)
    card = scorecard_view(analysis.scorecard) if analysis.scorecard else None
    return render(
        request,
        name,
        analysis=analysis,
        card=card,
        document=document,
        principal=principal,
        elapsed=elapsed(analysis),
    )


def elapsed(analysis: AnalysisOut) -> str:
    """Time from queueing to the end (or now, while it runs): '8 s', '2 min 05 s'."""
    seconds = int(((analysis.finished_at or utcnow()) - analysis.created_at).total_seconds())
    seconds = max(seconds, 0)
    return f"{seconds // 60} min {seconds % 60:02d} s" if seconds >= 60 else f"{seconds} s"


@router.get("/documents/{document_id}/delete", response_class=HTMLResponse)
def confirm_delete(document_id: str, request: Request, state: StateDep) -> Response:
    """Deleting asks first: this page, then a POST with confirm=yes."""
    principal = signed_in(request, state)
    if principal is None:
        return to_home()
    try:
        document = state.catalog.get_document(principal.tenant_id, document_id)
    except ApiError as exc:
        return render(request, "missing.html", exc.status, principal=principal)
    analyses = len(state.catalog.list_analyses(principal.tenant_id, document.id))
    return render(
        request,
        "confirm_delete.html",
        document=DocumentOut.of(document),
        analyses=analyses,
        principal=principal,
    )


@router.post("/documents/{document_id}/delete")
async def delete_document(document_id: str, request: Request, state: StateDep) -> Response:
    check_origin(request)
    confirmed = (await request.form()).get("confirm") == "yes"
    if not confirmed:  # a bare POST (an old page, a script) is asked to confirm
        return RedirectResponse(f"/documents/{document_id}/delete", status_code=303)
    return await run_in_threadpool(_delete_document, document_id, request, state)


def _delete_document(document_id: str, request: Request, state: AppState) -> Response:
    principal = signed_in(request, state)
    if principal is not None:
        try:
            state.catalog.delete_document(principal.tenant_id, document_id)
        except ApiError as exc:
            return home(request, state, principal, error=exc.message, status=exc.status)
    return to_home()


@router.post("/documents/{document_id}/analyses")
def reanalyse(document_id: str, request: Request, state: StateDep) -> Response:
    check_origin(request)
    principal = signed_in(request, state)
    if principal is None:
        return to_home()
    try:
        row = state.catalog.create_analysis(
            principal.tenant_id, document_id, checks=None, engine=None
        )
    except ApiError as exc:
        return home(request, state, principal, error=exc.message, status=exc.status)
    return RedirectResponse(f"/analyses/{row.id}", status_code=303)

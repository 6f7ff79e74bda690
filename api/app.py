"""The app factory: `create_app(settings)` opens the database, the analyzer and the worker pool
at start (lifespan) and closes them at shutdown."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from functools import lru_cache
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html
from fastapi.responses import HTMLResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.concurrency import run_in_threadpool

from analyzer import __version__
from analyzer.config import Settings
from analyzer.errors import AnalyzerError
from analyzer.pipeline import Analyzer
from analyzer.warmup import warm_up
from api.catalog import Catalog
from api.db import Database
from api.deps import AppState
from api.errors import install_error_handlers
from api.jobs import JobQueue, WorkerPool
from api.routes import analyses, documents, health, portfolio, rubric, web
from api.runner import AnalysisRunner
from api.uploads import UploadStore

log = logging.getLogger(__name__)
STATIC_DIR = Path(__file__).resolve().parent / "static"
DESCRIPTION = """Upload strategy documents, analyse them against the gap rubric as durable jobs,
and read cited scorecards. Every call under /v1 needs `Authorization: Bearer KEY` (a key from
`gapcard keys create --tenant NAME`); each key's tenant sees only its own documents, analyses
and passages. Errors always have the shape `{"error": {"type": ..., "message": ...}}`."""


def serving_settings(settings: Settings) -> Settings:
    """The server keeps a core for requests: embeddings use one thread fewer than the cores."""
    if settings.embedding.threads:
        return settings
    threads = max(1, (os.cpu_count() or 1) - 1)
    embedding = settings.embedding.model_copy(update={"threads": threads})
    return settings.model_copy(update={"embedding": embedding})


def uploads_dir(settings: Settings) -> Path:
    """`api.uploads_dir`, or `data_dir/uploads`."""
    return settings.api.uploads_dir or Path(settings.data_dir) / "uploads"


def open_state(settings: Settings, analyzer: Analyzer | None = None) -> AppState:
    """Open everything the app needs (migrating the database) and start no threads yet."""
    db = Database.from_settings(settings)
    db.upgrade()
    uploads = UploadStore(uploads_dir(settings))
    uploads.clear_incoming()
    analyzer = analyzer or Analyzer(serving_settings(settings))
    if settings.api.workers:  # analyses run here: ready them now, not at the first job
        warm_up(analyzer)
    try:
        analyzer.store.count()
    except AnalyzerError as exc:  # e.g. a Chroma server not up yet: /readyz says so meanwhile
        log.warning("the vector store is not reachable yet: %s", exc)
    queue = JobQueue(db, max_attempts=settings.api.max_attempts, lease_s=settings.api.lease_s)
    catalog = Catalog(db, uploads, analyzer)
    runner = AnalysisRunner(catalog)
    catalog.on_delete = runner.cancel_document
    pool = WorkerPool(
        queue,
        runner,
        workers=settings.api.workers,
        poll_interval=settings.api.poll_interval_s,
    )
    catalog.on_enqueue = pool.notify
    return AppState(settings, db, uploads, analyzer, catalog, queue, pool)


def close_state(state: AppState) -> None:
    state.pool.stop()
    state.db.dispose()


#: ReDoc's bundle shows a logo from cdn.redoc.ly; this policy keeps every fetch on this server.
DOCS_CSP = (
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
    "script-src 'self' 'unsafe-inline'; worker-src 'self' blob:; font-src 'self' data:; "
    "frame-ancestors 'none'; base-uri 'none'"
)


REDOC_LOGO = "https://cdn.redoc.ly/redoc/logo-mini.svg"


@lru_cache(maxsize=1)
def redoc_bundle() -> str:
    """The vendored ReDoc bundle with its one outside image (the Redocly logo it shows in the
    side bar) pointed at a local file."""
    import fastapi_offline

    path = Path(fastapi_offline.__file__).parent / "static" / "redoc.standalone.js"
    return path.read_text(encoding="utf-8").replace(REDOC_LOGO, "/static-offline-docs/favicon.png")


def install_redoc(app: FastAPI) -> None:
    @app.get("/redoc/redoc.standalone.js", include_in_schema=False)
    async def redoc_js() -> Response:
        return Response(redoc_bundle(), media_type="text/javascript; charset=utf-8")

    @app.get("/redoc", include_in_schema=False)
    async def redoc(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        page = get_redoc_html(
            openapi_url=f"{root}{app.openapi_url}",
            title=f"{app.title} - ReDoc",
            redoc_js_url=f"{root}/redoc/redoc.standalone.js",
            redoc_favicon_url=f"{root}/static-offline-docs/favicon.png",
            with_google_fonts=False,
        )
        page.headers["Content-Security-Policy"] = DOCS_CSP
        page.headers["X-Content-Type-Options"] = "nosniff"
        return page


def create_app(settings: Settings, *, analyzer: Analyzer | None = None) -> FastAPI:
    """The gapcard API and web page. `analyzer` lets a caller share one it already opened."""

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        state = await run_in_threadpool(open_state, settings, analyzer)
        app.state.gapcard = state
        state.pool.start()
        log.info("gapcard API ready (data in %s)", settings.data_dir)
        try:
            yield
        finally:
            await run_in_threadpool(close_state, state)

    app = FastAPIOffline(  # /docs and /redoc served from local files, not a CDN
        title="gapcard",
        version=__version__,
        description=DESCRIPTION,
        lifespan=lifespan,
        swagger_ui_parameters={"validatorUrl": None},
        redoc_url=None,  # served below, under a policy that keeps it on this server
    )
    install_redoc(app)
    install_error_handlers(app)
    app.include_router(health.router)
    for module in (documents, analyses, rubric, portfolio):
        app.include_router(module.router, prefix="/v1")
    app.include_router(web.router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    return app

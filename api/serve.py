"""`gapcard serve`: prepare the database, give a first user a key, run uvicorn."""

from __future__ import annotations

import ctypes
import logging
import os
import signal
import sys
from typing import Any

import uvicorn
from fastapi import FastAPI

from analyzer.config import Settings
from api.app import create_app
from api.auth import ensure_first_key
from api.db import Database

log = logging.getLogger(__name__)


def first_start(settings: Settings) -> str | None:
    """Migrate the database and, when no API key exists yet, make a key for the default tenant."""
    db = Database.from_settings(settings)
    try:
        db.upgrade()
        return ensure_first_key(db, settings.api.default_tenant)
    finally:
        db.dispose()


def announce(settings: Settings, host: str, port: int, key: str | None) -> None:
    """Tell the user where to open the page and, on first start, the key to sign in with."""
    shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
    url = f"http://{'[' + shown + ']' if ':' in shown else shown}:{port}/"
    lines = [f"gapcard serves on {url}  (API docs: {url}docs, data in {settings.data_dir})"]
    if key is not None:
        log.warning(
            "first start: created API key %s... for tenant %r (full key on stdout)",
            key[:8],
            settings.api.default_tenant,
        )
        lines += [
            f"First start: an API key for tenant {settings.api.default_tenant!r} was created.",
            "It is shown only this once; sign in with it at the page above:",
            key,
        ]
    sys.stdout.write("\n".join(lines) + "\n")
    sys.stdout.flush()


def serve(
    settings: Settings, *, host: str | None = None, port: int | None = None, processes: int = 1
) -> None:
    """Migrate, announce, and serve in this process or, with `processes` > 1, in that many
    uvicorn worker processes sharing the socket (each process then runs its own
    `api.workers` analyses). Those processes build their settings from the environment, as
    this one did; the one command-line override, the data folder, is passed on in it."""
    host = host or settings.api.host
    port = settings.api.port if port is None else port
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    key = first_start(settings)
    announce(settings, host, port, key)
    options: dict[str, Any] = {"host": host, "port": port, "log_level": "info", "access_log": False}
    if processes > 1:
        os.environ["GAPCARD_DATA_DIR"] = str(settings.data_dir)
        os.environ[PARENT_VARIABLE] = str(os.getpid())
        uvicorn.run(f"{__name__}:app_from_environment", factory=True, workers=processes, **options)
    else:
        uvicorn.run(create_app(settings), **options)


def app_from_environment() -> FastAPI:
    """The app of one of `serve`'s processes (uvicorn imports it by name)."""
    end_with_parent()
    return create_app(Settings())


PR_SET_PDEATHSIG = 1
PARENT_VARIABLE = "GAPCARD_SERVE_PARENT_PID"


def end_with_parent() -> None:
    """Ask Linux to send this process SIGTERM when the process that started it dies: a `serve
    --processes N` parent killed with SIGKILL cannot stop its children, which would otherwise
    keep serving on its port with no one to restart or stop them. Elsewhere, nothing."""
    if not sys.platform.startswith("linux"):
        return
    parent = int(os.environ.get(PARENT_VARIABLE) or os.getppid())
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM, 0, 0, 0) != 0:
        log.warning("could not ask to end with the parent process (errno %d)", ctypes.get_errno())
    if os.getppid() != parent:  # it died before the request took effect
        os.kill(os.getpid(), signal.SIGTERM)

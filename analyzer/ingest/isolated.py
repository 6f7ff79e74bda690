"""Read a document in a child process under a wall-time and an address-space limit.

A parser that meets a hostile file (a zip bomb, a page sharing one huge content stream, a
pathological regex) can take minutes and gigabytes; in the caller's process it would take the
server or the batch worker with it. Here it runs in a process forked from a small fork server
(clean: no threads, no model loaded), with `RLIMIT_AS` set before it reads anything; the parent
waits at most `max_seconds` and kills it after. Whatever happens, the caller gets a Document or
an AnalyzerError (`document_too_complex` for a limit), and its own process is untouched.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import sys
import threading
import time
from multiprocessing.connection import Connection
from typing import Any

from analyzer import errors
from analyzer.config import IngestSettings
from analyzer.errors import AnalysisCancelled, AnalyzerError, DocumentTooComplex, IngestError
from analyzer.models import Document

log = logging.getLogger(__name__)
#: What the fork server imports once so that its children do not each import it: every reader,
#: and (see preload_in_reader) what the program's main script imports.
_PRELOAD = ["analyzer.ingest"] + [
    f"analyzer.ingest.{reader}" for reader in ("pdf", "docx", "pptx", "html", "markdown", "text")
]
_context_lock = threading.Lock()
_context: Any = None
#: How often the parent looks at the cancel event while it waits.
_POLL_S = 0.1


def preload_in_reader(*modules: str) -> None:
    """Have the fork server import `modules` too (when called before it starts: call it early).

    multiprocessing runs the main script again in every child of a fork server (its '__main__'
    preload does not take effect on Python 3.11), so a child imports whatever the script
    imports: for the `gapcard` console script that is the whole CLI, some 30 ms of CPU per
    document read. The program's edge names those modules here; imported once in the fork
    server, they are already loaded in every child."""
    with _context_lock:
        _PRELOAD.extend(name for name in modules if name not in _PRELOAD)


def _mp_context() -> Any:
    """The fork server context (fork where there is none); started once per process."""
    global _context
    with _context_lock:
        if _context is None:
            if sys.platform.startswith("linux"):
                _context = multiprocessing.get_context("forkserver")
                _context.set_forkserver_preload(_PRELOAD)
            else:  # pragma: no cover - macOS and Windows spawn
                _context = multiprocessing.get_context("spawn")
        return _context


def start_reader() -> None:
    """Start the fork server now (a fresh interpreter that imports the parsers), rather than
    when the first document is read."""
    context = _mp_context()
    if context.get_start_method() == "forkserver":
        from multiprocessing import forkserver

        forkserver.ensure_running()


def _limit_memory(megabytes: int) -> None:
    try:
        import resource
    except ImportError:  # pragma: no cover - not on Windows
        return
    limit = megabytes * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))


def _quiet_stderr() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


def _child(conn: Connection, data: bytes, name: str, settings: dict[str, Any]) -> None:
    """Runs in the child: read, then send ("ok", document) or ("error", kind info)."""
    ingest = IngestSettings.model_validate(settings)
    _quiet_stderr()  # a parser out of memory prints to stderr; the reply says what happened
    _limit_memory(ingest.max_memory_mb)
    try:
        from analyzer.ingest import ingest_bytes

        reply: tuple[Any, ...] = ("ok", ingest_bytes(data, name, ingest))
    except AnalyzerError as exc:
        reply = ("error", type(exc).__name__, exc.message, exc.path)
    except MemoryError:
        reply = ("memory",)
    except RecursionError:
        reply = ("error", "DocumentTooComplex", "is nested too deeply to read", name)
    except Exception as exc:  # a parser bug: reported, never a traceback to the user
        reply = ("error", "IngestError", f"cannot read it ({type(exc).__name__})", name)
    try:
        conn.send(reply)
    except MemoryError:
        conn.send(("memory",))
    conn.close()


def ingest_isolated(
    data: bytes,
    name: str,
    settings: IngestSettings,
    cancel: threading.Event | None = None,
) -> Document:
    """ingest_bytes in a child process under `max_seconds` and `max_memory_mb`."""
    start_reader()  # once per process: starting the fork server is not this document's time
    context = _mp_context()
    receive, send = context.Pipe(duplex=False)
    process = context.Process(
        target=_child, args=(send, data, name, settings.model_dump()), daemon=True
    )
    started = time.monotonic()
    process.start()
    send.close()
    try:
        reply = _wait(receive, process, settings, name, started, cancel)
    finally:
        receive.close()
        if process.is_alive():
            process.kill()
        process.join(5)
    return _unpack(reply, name, settings)


def _wait(
    receive: Connection,
    process: Any,
    settings: IngestSettings,
    name: str,
    started: float,
    cancel: threading.Event | None,
) -> tuple[Any, ...]:
    deadline = started + settings.max_seconds
    while True:
        if cancel is not None and cancel.is_set():
            raise AnalysisCancelled("the analysis was cancelled", path=name)
        left = deadline - time.monotonic()
        if left <= 0:
            raise DocumentTooComplex(
                f"took more than {settings.max_seconds:g} s to read; split it into parts",
                path=name,
            )
        if receive.poll(min(left, _POLL_S)):
            try:
                reply: tuple[Any, ...] = receive.recv()
                return reply
            except (EOFError, OSError):
                return ("died", process)
        if not process.is_alive() and not receive.poll(0):
            return ("died", process)


def _unpack(reply: tuple[Any, ...], name: str, settings: IngestSettings) -> Document:
    status = reply[0]
    if status == "ok":
        document: Document = reply[1]
        return document
    if status == "memory":
        raise DocumentTooComplex(
            f"needs more than {settings.max_memory_mb} MB of memory to read; split it into parts",
            path=name,
        )
    if status == "error":
        _, class_name, message, path = reply
        cls = getattr(errors, class_name, IngestError)
        if not (isinstance(cls, type) and issubclass(cls, AnalyzerError)):
            cls = IngestError
        raise cls(message, path=path)
    code = reply[1].exitcode if len(reply) > 1 else None
    log.warning("the reader of %s died (exit code %s)", name, code)
    raise DocumentTooComplex(
        "the reader stopped on it (out of memory or crashed); split it into parts", path=name
    )

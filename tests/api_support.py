"""Helpers for the API and web tests: small strategy documents in each format, and a running
gapcard server (uvicorn in a thread, on a free loopback port, over a temporary data dir)."""

from __future__ import annotations

import io
import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from fastapi import FastAPI

from analyzer.config import IngestSettings, Settings
from analyzer.ingest import ingest_bytes
from api.app import create_app
from api.auth import authenticate, create_key
from api.db import Database
from api.deps import AppState
from tests.fixtures.pdf_builder import Text, build_pdf

STRATEGY = [
    "Claims AI Strategy 2026-2028",
    "Outcome: cut claims-handling cost per claim by 20 percent by Q4 2027.",
    "Success metric: reduce average handling time from 14 to 9 minutes by December 2027.",
    "Accountable owner: Priya Nair, Chief Operating Officer, owns the value case.",
    "An AI Risk Council chaired by the CISO reviews every use case before production, monthly.",
    "We will hire three ML engineers and embed two AI product owners in Claims in H1 2026.",
    "Adjusters review and approve every automated recommendation before it reaches a customer.",
    "Roadmap: pilot in Q2 2026, scale to all regions by Q1 2027, review in Q3 2027.",
]


def pdf_bytes(pages: Sequence[Sequence[str]]) -> bytes:
    """A valid PDF with one text line per entry on each page; each page's first line is a
    bold heading (built with the shared tests/fixtures/pdf_builder)."""
    return build_pdf(
        [
            [
                Text(56, 780 - 18 * n, line, size=15 if n == 0 else 11, bold=n == 0)
                for n, line in enumerate(lines)
            ]
            for lines in pages
        ]
    )


def strategy_pdf(pages: int = 2, tag: str = "") -> bytes:
    """A strategy PDF; `tag` makes its content (and so its sha256) unique."""
    filler = f"Section notes {tag}: the programme covers claims, underwriting and service."
    chunks = [STRATEGY[i::pages] for i in range(pages)]
    return pdf_bytes(
        [[f"Page {n + 1} {tag}".strip(), *lines, filler] for n, lines in enumerate(chunks)]
    )


def strategy_docx(tag: str = "") -> bytes:
    import docx

    document = docx.Document()
    document.add_heading(STRATEGY[0], level=1)
    for line in STRATEGY[1:]:
        document.add_paragraph(line)
    document.add_paragraph(f"Document reference {tag}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def strategy_pptx(tag: str = "") -> bytes:
    from pptx import Presentation

    deck = Presentation()
    layout = deck.slide_layouts[1]
    for start in range(1, len(STRATEGY), 3):
        slide = deck.slides.add_slide(layout)
        slide.shapes.title.text = f"{STRATEGY[0]} ({start // 3 + 1}) {tag}".strip()
        slide.placeholders[1].text = "\n".join(STRATEGY[start : start + 3])
    out = io.BytesIO()
    deck.save(out)
    return out.getvalue()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningServer:
    url: str
    settings: Settings
    app: FastAPI

    @property
    def state(self) -> AppState:
        state = self.app.state.gapcard
        assert isinstance(state, AppState)
        return state

    def client(self, key: str | None = None, timeout: float = 60.0) -> httpx.Client:
        headers = {"Authorization": f"Bearer {key}"} if key else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=timeout)


def make_keys(settings: Settings, *tenants: str) -> list[str]:
    db = Database.from_settings(settings)
    try:
        db.create_all()
        return [create_key(db, tenant) for tenant in tenants]
    finally:
        db.dispose()


@contextmanager
def running_server(settings: Settings) -> Iterator[RunningServer]:
    """The real app under uvicorn in a thread on a free loopback port."""
    app = create_app(settings)
    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    try:
        yield RunningServer(f"http://127.0.0.1:{port}", settings, app)
    finally:
        server.should_exit = True
        thread.join(30)


def wait_done(client: httpx.Client, analysis_id: str, timeout: float = 120.0) -> dict[str, object]:
    """Poll an analysis until it is done or failed; returns its JSON."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        response = client.get(f"/v1/analyses/{analysis_id}")
        response.raise_for_status()
        body: dict[str, object] = response.json()
        if body["status"] in ("done", "failed"):
            return body
        time.sleep(0.05)
    raise AssertionError(f"analysis {analysis_id} did not finish in {timeout}s")


MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
}


def tenant_id(server: RunningServer, key: str) -> str:
    principal = authenticate(server.state.db, key)
    assert principal is not None
    return principal.tenant_id


def upload(client: httpx.Client, name: str, data: bytes, kind: str = "pdf") -> dict[str, Any]:
    response = client.post("/v1/documents", files=[("files", (name, data, MIME[kind]))])
    assert response.status_code == 201, response.text
    (document,) = response.json()
    return dict(document)


def analyse(client: httpx.Client, document_id: str, **body: Any) -> dict[str, Any]:
    response = client.post(f"/v1/documents/{document_id}/analyses", json=body)
    assert response.status_code == 202, response.text
    assert response.headers["location"] == f"/v1/analyses/{response.json()['id']}"
    return dict(wait_done(client, response.json()["id"]))


def document_text(data: bytes, kind: str) -> str:
    """The document's text as the core reads it, whitespace-normalised."""
    document = ingest_bytes(data, f"x.{kind}", IngestSettings())
    return " ".join(" ".join(block.text for block in document.blocks).split())


def assert_error(response: httpx.Response, status: int, type_: str | None = None) -> None:
    """The one error shape, exactly: {"error": {"type": str, "message": str}}."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"type", "message"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if type_ is not None:
        assert body["error"]["type"] == type_, body
    assert "Traceback" not in response.text and 'File "' not in response.text


def server_settings(data_dir: Path, **api: object) -> Settings:
    """Settings for a test server: small limits so 413 is cheap to provoke."""
    return Settings(
        data_dir=data_dir,
        ingest={"max_bytes": 2_000_000, "max_pages": 60},
        api={"workers": 2, "poll_interval_s": 0.2, **api},
    )

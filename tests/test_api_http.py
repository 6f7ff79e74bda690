"""The API over real HTTP (uvicorn on a loopback port, a temporary data dir, the real analyzer):
authentication, the error shape, upload -> analyse -> scorecard per format, limits, OpenAPI."""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from sqlalchemy import delete

from api.db import DocumentRow
from tests.api_support import (
    MIME,
    STRATEGY,
    RunningServer,
    analyse,
    assert_error,
    document_text,
    free_port,
    make_keys,
    pdf_bytes,
    running_server,
    server_settings,
    strategy_docx,
    strategy_pdf,
    strategy_pptx,
    tenant_id,
    upload,
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(server_settings(tmp_path_factory.mktemp("api"))) as running:
        yield running


@pytest.fixture(scope="module")
def keys(server: RunningServer) -> dict[str, str]:
    (acme,) = make_keys(server.settings, "acme")
    return {"acme": acme}


@pytest.fixture
def acme(server: RunningServer, keys: dict[str, str]) -> Iterator[httpx.Client]:
    with server.client(keys["acme"]) as client:
        yield client


def test_health_and_readiness(server: RunningServer) -> None:
    with server.client() as client:
        assert client.get("/healthz").json() == {"status": "ok"}
        ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json() == {"status": "ready", "database": "ok", "store": "ok"}


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/v1/documents"),
        ("POST", "/v1/documents"),
        ("GET", "/v1/documents/some-id"),
        ("DELETE", "/v1/documents/some-id"),
        ("POST", "/v1/documents/some-id/analyses"),
        ("GET", "/v1/analyses"),
        ("GET", "/v1/analyses/some-id"),
        ("GET", "/v1/analyses/some-id/report"),
        ("GET", "/v1/rubric"),
    ],
)
def test_without_a_valid_key_every_resource_answers_401(
    server: RunningServer, method: str, path: str
) -> None:
    for headers in ({}, {"Authorization": "Bearer gc_not-a-key"}, {"Authorization": "Basic eA=="}):
        with server.client() as client:
            response = client.request(method, path, headers=headers)
        assert_error(response, 401, "unauthorized")
        assert response.headers["www-authenticate"] == "Bearer"


def test_error_shape_is_the_same_for_every_failure(
    server: RunningServer, acme: httpx.Client
) -> None:
    assert_error(acme.get("/v1/documents/nope"), 404, "not_found")
    assert_error(acme.get("/v1/no-such-route"), 404, "not_found")
    assert_error(acme.put("/v1/documents"), 405, "method_not_allowed")
    document = upload(acme, "shape.pdf", strategy_pdf(1, "shape"))
    analyses = f"/v1/documents/{document['id']}/analyses"
    assert_error(acme.post(analyses, json={"engine": "gpt-9"}), 422, "validation_error")
    assert_error(acme.post(analyses, json={"surprise": 1}), 422, "validation_error")
    assert_error(
        acme.post(analyses, content=b"{not json", headers={"content-type": "application/json"}), 422
    )
    assert_error(acme.post(analyses, json={"checks": "outcomes,bogus"}), 422, "rubric_error")
    assert_error(acme.post(analyses, json={"coverage": "some"}), 422, "validation_error")
    chosen = acme.post(analyses, json={"coverage": "retrieval"})
    assert chosen.status_code == 202 and chosen.json()["coverage"] == "retrieval"


def test_rubric_lists_the_checks_with_definitions(acme: httpx.Client) -> None:
    rubric = acme.get("/v1/rubric").json()
    ids = [check["id"] for check in rubric["checks"]]
    assert ids[:4] == ["outcomes", "metrics", "owners", "governance"]
    assert all(check["definition"] and check["levels"]["present"] for check in rubric["checks"])


@pytest.mark.parametrize("kind", ["pdf", "pptx", "docx"])
def test_upload_analyse_and_read_the_scorecard(
    server: RunningServer, acme: httpx.Client, kind: str
) -> None:
    data = {
        "pdf": strategy_pdf(2, "e2e"),
        "pptx": strategy_pptx("e2e"),
        "docx": strategy_docx("e2e"),
    }[kind]
    document = upload(acme, f"strategy.{kind}", data, kind)
    assert document["sha256"] == hashlib.sha256(data).hexdigest()
    assert (document["name"], document["format"]) == (f"strategy.{kind}", kind)
    assert document["pages"] == {"pdf": 2, "pptx": 3, "docx": None}[kind]
    assert acme.get(f"/v1/documents/{document['id']}").json() == document

    analysis = analyse(acme, document["id"])
    assert analysis["status"] == "done" and analysis["attempts"] == 1, analysis
    scorecard = analysis["scorecard"]
    assert scorecard["document"]["sha256"] == document["sha256"]
    assert [c["id"] for c in scorecard["checks"]][:4] == [
        "outcomes",
        "metrics",
        "owners",
        "governance",
    ]
    citations = [c for check in scorecard["checks"] for c in check["citations"]]
    assert citations, "a strategy this explicit must be cited"
    where = {"pdf": "page", "pptx": "slide", "docx": "section"}[kind]
    assert all(c[where] for c in citations), citations
    text = document_text(data, kind)
    assert all(" ".join(c["quote"].split()) in text for c in citations)

    html = acme.get(f"/v1/analyses/{analysis['id']}/report", headers={"Accept": "text/html"})
    assert html.status_code == 200 and html.headers["content-type"].startswith("text/html")
    assert f"strategy.{kind}" in html.text
    markdown = acme.get(
        f"/v1/analyses/{analysis['id']}/report", headers={"Accept": "text/markdown"}
    )
    assert markdown.headers["content-type"].startswith("text/markdown")
    assert markdown.text.startswith(f"# Gap scorecard: strategy.{kind}")
    assert_error(
        acme.get(f"/v1/analyses/{analysis['id']}/report", headers={"Accept": "application/pdf"}),
        406,
        "not_acceptable",
    )


def test_the_same_content_twice_is_one_document(acme: httpx.Client) -> None:
    data = strategy_pdf(1, "twice")
    first = upload(acme, "first.pdf", data)
    second = upload(acme, "second-name.pdf", data)
    assert second["id"] == first["id"]
    both = acme.post(
        "/v1/documents",
        files=[("files", ("a.pdf", data, MIME["pdf"])), ("files", ("b.pdf", data, MIME["pdf"]))],
    )
    assert both.status_code == 201 and {d["id"] for d in both.json()} == {first["id"]}
    listed = [d for d in acme.get("/v1/documents").json() if d["sha256"] == first["sha256"]]
    assert len(listed) == 1


def test_upload_limits_and_formats(server: RunningServer, acme: httpx.Client) -> None:
    limit = server.settings.ingest.max_bytes
    too_big = acme.post("/v1/documents", files={"files": ("big.pdf", b"%PDF-1.4\n" + b"0" * limit)})
    assert_error(too_big, 413, "payload_too_large")
    too_long = pdf_bytes([[f"Page {n}"] for n in range(server.settings.ingest.max_pages + 1)])
    assert_error(
        acme.post("/v1/documents", files={"files": ("long.pdf", too_long)}),
        413,
        "document_too_large",
    )
    png = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
    assert_error(
        acme.post("/v1/documents", files={"files": ("x.pdf", png)}), 415, "unsupported_format"
    )
    assert_error(acme.post("/v1/documents", data={"note": "no file"}, files={}), 415)
    assert_error(
        acme.post("/v1/documents", files={"other": (None, "just a field")}), 422, "validation_error"
    )
    assert_error(acme.post("/v1/documents", json={"files": []}), 415, "unsupported_media_type")
    # All or nothing: a refused file in a batch keeps none of the others.
    good = strategy_pdf(1, "batch-partner")
    batch = acme.post(
        "/v1/documents", files=[("files", ("ok.pdf", good)), ("files", ("x.png", png))]
    )
    assert_error(batch, 415, "unsupported_format")
    assert hashlib.sha256(good).hexdigest() not in {
        d["sha256"] for d in acme.get("/v1/documents").json()
    }
    incoming = list(Path(server.settings.data_dir, "uploads").glob("*/.incoming/*"))
    assert incoming == [], "partial uploads must not be left behind"


def test_a_job_that_cannot_read_its_document_fails_with_the_reason(
    server: RunningServer, keys: dict[str, str], acme: httpx.Client
) -> None:
    document = upload(acme, "vanishing.pdf", strategy_pdf(1, "vanishing"))
    tenant = tenant_id(server, keys["acme"])
    (server.settings.data_dir / "uploads" / tenant / document["sha256"]).unlink()
    analysis = analyse(acme, document["id"])
    assert analysis["status"] == "failed" and analysis["scorecard"] is None
    assert analysis["error"]["type"] == "ingest_error" and analysis["error"]["message"]


def test_openapi_documents_every_route(server: RunningServer) -> None:
    with server.client() as client:
        schema = client.get("/openapi.json").json()
    paths = schema["paths"]
    for path in (
        "/v1/documents",
        "/v1/documents/{document_id}",
        "/v1/analyses/{analysis_id}",
        "/v1/documents/{document_id}/analyses",
        "/v1/analyses/{analysis_id}/report",
        "/v1/rubric",
        "/healthz",
        "/readyz",
    ):
        assert path in paths, path
        assert all(op.get("summary") for op in paths[path].values())
    upload_body = paths["/v1/documents"]["post"]["requestBody"]["content"]
    assert "multipart/form-data" in upload_body
    assert "/" not in paths and "/signin" not in paths


def test_latency_of_upload_analysis_and_scorecard(
    server: RunningServer, acme: httpx.Client, capsys: pytest.CaptureFixture[str]
) -> None:
    """Measured on a 20-page PDF; printed with -s, bounded loosely so a regression fails."""
    pages = [[f"Page {n} measure"] + [f"{line} (p{n})" for line in STRATEGY] for n in range(20)]
    data = pdf_bytes(pages)
    started = time.perf_counter()
    document = upload(acme, "twenty.pdf", data)
    uploaded = time.perf_counter()
    analysis = analyse(acme, document["id"])
    analysed = time.perf_counter()
    timings = []
    for _ in range(20):
        tick = time.perf_counter()
        assert acme.get(f"/v1/analyses/{analysis['id']}").status_code == 200
        timings.append(time.perf_counter() - tick)
    timings.sort()
    assert document["pages"] == 20 and analysis["status"] == "done"
    with capsys.disabled():
        print(
            f"\nlatency (20-page PDF, {len(data)} bytes): "
            f"upload (store+parse) {uploaded - started:.2f}s, "
            f"analysis (queued to done, index+judge) {analysed - uploaded:.2f}s, GET scorecard p50 "
            f"{timings[10] * 1000:.1f} ms, max {timings[-1] * 1000:.1f} ms"
        )
    assert uploaded - started < 60 and analysed - uploaded < 120 and timings[10] < 1.0


def test_an_unexpected_error_answers_500_without_details(
    server: RunningServer, keys: dict[str, str], acme: httpx.Client
) -> None:
    """A corrupt row makes the route itself fail: the client sees only the error shape."""
    corrupt = DocumentRow(
        tenant_id=tenant_id(server, keys["acme"]),
        sha256="f" * 64,
        name="corrupt.pdf",
        format="not-a-format",
        size_bytes=1,
    )
    with server.state.db.session() as session:
        session.add(corrupt)
    try:
        response = acme.get(f"/v1/documents/{corrupt.id}")
        assert_error(response, 500, "internal_error")
        assert response.json()["error"]["message"] == "internal server error"
        assert "not-a-format" not in response.text and "pydantic" not in response.text
    finally:
        with server.state.db.session() as session:
            session.execute(delete(DocumentRow).where(DocumentRow.id == corrupt.id))


def test_readiness_fails_while_the_store_is_unreachable(tmp_path: Path) -> None:
    settings = server_settings(tmp_path)
    settings.store.mode = "http"
    settings.store.port = free_port()  # nothing listens there
    with running_server(settings) as running, running.client() as client:
        assert client.get("/healthz").status_code == 200
        assert_error(client.get("/readyz"), 503, "unavailable")


def test_file_names_keep_their_letters_and_lose_their_paths(acme: httpx.Client) -> None:
    for sent, kept in [
        ("stratégie 2026 — plan.pdf", "stratégie 2026 — plan.pdf"),
        ("../../etc/passwd.pdf", "passwd.pdf"),
        ("C:\\Users\\me\\plan.pdf", "plan.pdf"),
    ]:
        assert upload(acme, sent, strategy_pdf(1, f"name-{kept}"))["name"] == kept

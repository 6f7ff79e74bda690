"""The smaller contract defects of issue 15, each pinned over real HTTP."""

from __future__ import annotations

import io
import logging
import socket
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from api.db import AnalysisRow
from api.multipart import human_size
from tests.api_support import (
    MIME,
    RunningServer,
    analyse,
    assert_error,
    make_keys,
    running_server,
    server_settings,
    strategy_docx,
    strategy_pdf,
    upload,
    wait_done,
)

LOL = (
    '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{n} "{("&lol" + (str(n - 1) if n > 2 else "") + ";") * 10}">'
        for n in range(2, 10)
    )
    + "]>"
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(server_settings(tmp_path_factory.mktemp("contract"))) as running:
        yield running


@pytest.fixture(scope="module")
def client(server: RunningServer) -> Iterator[httpx.Client]:
    (key,) = make_keys(server.settings, "contract")
    with server.client(key) as http:
        yield http


@pytest.fixture(scope="module")
def document(client: httpx.Client) -> dict[str, object]:
    return upload(client, "contract.pdf", strategy_pdf(1, "contract"))


def test_json_that_is_not_utf8_is_the_documented_422(
    client: httpx.Client, document: dict[str, object]
) -> None:
    response = client.post(
        f"/v1/documents/{document['id']}/analyses",
        content=b'{"checks": "\xff\xfe"}',
        headers={"Content-Type": "application/json"},
    )
    assert_error(response, 422, "validation_error")
    assert "UTF-8" in response.json()["error"]["message"]


def test_405_names_every_method_of_the_path(client: httpx.Client) -> None:
    response = client.put("/v1/documents")
    assert_error(response, 405, "method_not_allowed")
    assert {m.strip() for m in response.headers["allow"].split(",")} == {"GET", "POST"}
    one = client.patch("/v1/documents/some-id")
    assert {m.strip() for m in one.headers["allow"].split(",")} == {"GET", "DELETE"}


@pytest.mark.parametrize("path", ["/", "/healthz", "/readyz"])
def test_head_answers_like_get_without_a_body(server: RunningServer, path: str) -> None:
    with server.client() as anonymous:
        response = anonymous.head(path)
        assert response.status_code == 200 and response.content == b""
        assert response.headers["content-type"] == anonymous.get(path).headers["content-type"]


def test_the_upload_schema_needs_at_least_one_file(server: RunningServer) -> None:
    with server.client() as anonymous:
        schema = anonymous.get("/openapi.json").json()
    body = schema["paths"]["/v1/documents"]["post"]["requestBody"]["content"]
    files = body["multipart/form-data"]["schema"]["properties"]["files"]
    assert files["minItems"] == 1


def test_a_long_file_name_keeps_its_extension(client: httpx.Client) -> None:
    name = "Strategie " + "très-longue-" * 30 + ".pdf"
    assert len(name) > 255
    stored = upload(client, name, strategy_pdf(1, "long-name"))["name"]
    assert len(stored) <= 255 and stored.endswith(".pdf")
    assert stored.startswith("Strategie très-longue-")


def test_a_name_sent_only_as_rfc5987_filename_star_is_accepted(client: httpx.Client) -> None:
    boundary = "gapcardboundary"
    body = (
        (
            f"--{boundary}\r\n"
            "Content-Disposition: form-data; name=\"files\"; filename*=UTF-8''na%C3%AFve%20plan.pdf"
            "\r\nContent-Type: application/pdf\r\n\r\n"
        ).encode()
        + strategy_pdf(1, "rfc5987")
        + f"\r\n--{boundary}--\r\n".encode()
    )
    response = client.post(
        "/v1/documents",
        content=body,
        headers={"Content-Type": f"multipart/form-data; boundary={boundary}"},
    )
    assert response.status_code == 201, response.text
    assert response.json()[0]["name"] == "naïve plan.pdf"


def test_a_client_hanging_up_mid_upload_is_no_error(
    server: RunningServer, client: httpx.Client, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    host, port = server.url.removeprefix("http://").split(":")
    head = (
        "POST /v1/documents HTTP/1.1\r\n"
        f"Host: {host}:{port}\r\n"
        f"Authorization: {client.headers['authorization']}\r\n"
        "Content-Type: multipart/form-data; boundary=cut\r\n"
        "Content-Length: 1000000\r\n\r\n"
        '--cut\r\nContent-Disposition: form-data; name="files"; filename="cut.pdf"\r\n\r\n'
    )
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(head.encode() + b"%PDF-1.4\n" + b"0" * 50_000)
        time.sleep(0.3)
    deadline = time.monotonic() + 10
    while not any("client disconnected" in r.getMessage() for r in caplog.records):
        assert time.monotonic() < deadline, "the disconnect was never noticed"
        time.sleep(0.05)
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert errors == [], [r.getMessage() for r in errors]
    incoming = list(Path(server.settings.data_dir, "uploads").glob("*/.incoming/*"))
    assert incoming == []


def test_the_same_bytes_under_a_new_name_take_the_new_name(client: httpx.Client) -> None:
    data = strategy_pdf(1, "renamed")
    first = upload(client, "draft.pdf", data)
    second = upload(client, "final.pdf", data)
    assert second["id"] == first["id"] and second["name"] == "final.pdf"
    assert client.get(f"/v1/documents/{first['id']}").json()["name"] == "final.pdf"


def test_the_engine_is_named_in_every_analysis_response(
    client: httpx.Client, document: dict[str, object]
) -> None:
    created = client.post(f"/v1/documents/{document['id']}/analyses")
    assert created.status_code == 202 and created.json()["engine"] == "offline"
    done = analyse(client, str(document["id"]), checks="core")
    assert done["engine"] == "offline" == done["scorecard"]["engine"]
    listed = client.get("/v1/analyses").json()
    assert {a["engine"] for a in listed} == {"offline"}


def test_redoc_fetches_nothing_from_elsewhere(server: RunningServer) -> None:
    with server.client() as anonymous:
        page = anonymous.get("/redoc")
    assert page.status_code == 200
    policy = page.headers["content-security-policy"]
    assert "img-src 'self' data:" in policy and "default-src 'self'" in policy
    assert "https://" not in page.text
    with server.client() as anonymous:
        bundle = anonymous.get("/redoc/redoc.standalone.js")
    assert bundle.status_code == 200 and "cdn.redoc.ly" not in bundle.text


def test_the_html_report_forbids_framing_and_sniffing(
    client: httpx.Client, document: dict[str, object]
) -> None:
    done = analyse(client, str(document["id"]), checks="core")
    report = client.get(f"/v1/analyses/{done['id']}/report", headers={"Accept": "text/html"})
    assert report.status_code == 200
    assert "frame-ancestors 'none'" in report.headers["content-security-policy"]
    assert report.headers["x-content-type-options"] == "nosniff"


def billion_laughs_docx() -> bytes:
    source = zipfile.ZipFile(io.BytesIO(strategy_docx("lol")))
    out = io.BytesIO()
    body = (
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    with zipfile.ZipFile(out, "w") as archive:
        for item in source.infolist():
            data = source.read(item.filename)
            archive.writestr(
                item, (LOL + body).encode() if item.filename == "word/document.xml" else data
            )
    return out.getvalue()


def test_a_billion_laughs_document_is_refused_without_parser_internals(
    client: httpx.Client,
) -> None:
    """The upload only sniffs and stores; the job that reads the text fails with the reason."""
    response = client.post(
        "/v1/documents", files={"files": ("lol.docx", billion_laughs_docx(), MIME["docx"])}
    )
    assert response.status_code == 201, response.text
    (document,) = response.json()
    created = client.post(f"/v1/documents/{document['id']}/analyses", json={})
    failed = wait_done(client, created.json()["id"])
    assert failed["status"] == "failed"
    error = failed["error"]
    assert isinstance(error, dict) and error["type"] == "ingest_error"
    assert "cannot read DOCX: its XML is malformed" in error["message"]
    for internal in ("XMLSyntaxError", "xmlCtxt", "line 1", "<string>"):
        assert internal not in error["message"]


def test_the_size_limit_is_told_in_megabytes(server: RunningServer, client: httpx.Client) -> None:
    assert human_size(52_428_800) == "50 MB" and human_size(2_000_000) == "1.91 MB"
    limit = server.settings.ingest.max_bytes
    big = client.post("/v1/documents", files={"files": ("big.pdf", b"%PDF-1.4\n" + b"0" * limit)})
    assert_error(big, 413, "payload_too_large")
    assert big.json()["error"]["message"] == "a file exceeds the 1.91 MB upload limit"


def test_a_job_records_the_stage_it_reached(server: RunningServer, client: httpx.Client) -> None:
    fresh = upload(client, "stages.pdf", strategy_pdf(1, "stages"))  # nothing cached for it
    done = analyse(client, str(fresh["id"]))
    assert done["stage"] == "done"
    with server.state.db.session() as session:
        row = session.get(AnalysisRow, done["id"])
        assert row is not None and row.stage == "judging"  # the last stage the runner recorded

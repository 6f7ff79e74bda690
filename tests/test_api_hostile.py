"""Hostile documents through the API: the upload only sniffs and stores, a job over a limit
fails with a named type, the workers keep serving other tenants, and deleting a document
cancels its running analysis."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from analyzer.config import Settings
from tests.api_support import (
    RunningServer,
    analyse,
    make_keys,
    running_server,
    strategy_pdf,
    upload,
    wait_done,
)
from tests.hostile_corpus import office_bomb

SLOW_HTML = b"<html><body>" + b"<p>x</p>" * 600_000  # ~11 s of BeautifulSoup here, 4.8 MB


def _peak_rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


@pytest.fixture(scope="module")
def bar_server(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[RunningServer, list[str]]]:
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("bar"),
        api={"workers": 2, "poll_interval_s": 0.1},
    )
    keys = make_keys(settings, "attacker", "neighbour")
    with running_server(settings) as server:
        yield server, keys


def test_a_199_mb_docx_fails_named_while_another_tenant_is_served(
    bar_server: tuple[RunningServer, list[str]],
) -> None:
    server, (attacker_key, neighbour_key) = bar_server
    bomb = office_bomb(199_000_000)
    assert len(bomb) < 1_000_000
    attacker, neighbour = server.client(attacker_key), server.client(neighbour_key)
    started = time.monotonic()
    document = upload(attacker, "bomb.docx", bomb, "docx")
    assert time.monotonic() - started < 5  # the upload sniffs and stores; it does not parse
    queued = attacker.post(f"/v1/documents/{document['id']}/analyses", json={})
    assert queued.status_code == 202

    small = upload(neighbour, "one-page.pdf", strategy_pdf(1, "neighbour"))
    tick = time.monotonic()
    done = analyse(neighbour, small["id"])
    assert done["status"] == "done" and time.monotonic() - tick < 5

    neighbour_s = time.monotonic() - tick
    failed = wait_done(attacker, queued.json()["id"], timeout=server.settings.ingest.max_seconds)
    failed_s = time.monotonic() - started
    assert failed["status"] == "failed"
    assert failed["error"] == {
        "type": "document_too_complex",
        "message": failed["error"]["message"],  # type: ignore[index]
    }
    assert "XML expands to" in str(failed["error"])
    assert _peak_rss_mb() < 2048
    print(  # shown with -s
        f"\nbar: {len(bomb)} bytes of DOCX, failed after {failed_s:.1f} s; the neighbour's "
        f"analysis took {neighbour_s:.1f} s; peak RSS {_peak_rss_mb():.0f} MB"
    )


@pytest.fixture(scope="module")
def limited(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[RunningServer, httpx.Client]]:
    settings = Settings(
        data_dir=tmp_path_factory.mktemp("limited"),
        ingest={"max_seconds": 4},
        api={"workers": 1, "poll_interval_s": 0.1},
    )
    (key,) = make_keys(settings, "acme")
    with running_server(settings) as server:
        yield server, server.client(key)


def test_a_job_over_the_time_limit_fails_and_the_worker_goes_on(
    limited: tuple[RunningServer, httpx.Client],
) -> None:
    _server, client = limited
    slow = upload(client, "slow.html", SLOW_HTML, "pdf")
    started = time.monotonic()
    failed = analyse(client, slow["id"])
    assert failed["status"] == "failed", failed
    assert failed["error"]["type"] == "document_too_complex"  # type: ignore[index]
    assert "took more than 4 s" in failed["error"]["message"]  # type: ignore[index]
    assert time.monotonic() - started < 4 + 6
    after = analyse(client, upload(client, "plan.pdf", strategy_pdf(1, "after"))["id"])
    assert after["status"] == "done"


def test_deleting_a_document_cancels_its_running_analysis(
    limited: tuple[RunningServer, httpx.Client],
) -> None:
    _server, client = limited
    slow = upload(client, "slow-again.html", SLOW_HTML + b"<p>again</p>", "pdf")
    queued = client.post(f"/v1/documents/{slow['id']}/analyses", json={}).json()
    deadline = time.monotonic() + 10
    while client.get(f"/v1/analyses/{queued['id']}").json()["status"] != "running":
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert client.delete(f"/v1/documents/{slow['id']}").status_code == 204
    assert client.get(f"/v1/analyses/{queued['id']}").status_code == 404
    other = upload(client, "next.pdf", strategy_pdf(1, "next"))
    tick = time.monotonic()
    done = analyse(client, other["id"])  # the only worker is free again at once
    assert done["status"] == "done" and time.monotonic() - tick < 4

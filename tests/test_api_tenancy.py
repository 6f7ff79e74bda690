"""Tenants kept apart over real HTTP: cross-tenant ids answer 404, vectors stay per tenant,
concurrent uploads land with their own tenant, and delete removes file, vectors and analyses."""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.api_support import (
    RunningServer,
    analyse,
    assert_error,
    make_keys,
    running_server,
    server_settings,
    strategy_pdf,
    tenant_id,
    upload,
)


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    with running_server(server_settings(tmp_path_factory.mktemp("tenancy"))) as running:
        yield running


@pytest.fixture(scope="module")
def keys(server: RunningServer) -> dict[str, str]:
    acme, globex = make_keys(server.settings, "acme", "globex")
    return {"acme": acme, "globex": globex}


@pytest.fixture
def acme(server: RunningServer, keys: dict[str, str]) -> Iterator[httpx.Client]:
    with server.client(keys["acme"]) as client:
        yield client


@pytest.fixture
def globex(server: RunningServer, keys: dict[str, str]) -> Iterator[httpx.Client]:
    with server.client(keys["globex"]) as client:
        yield client


def test_delete_removes_the_file_the_vectors_and_the_analyses(
    server: RunningServer, keys: dict[str, str], acme: httpx.Client
) -> None:
    document = upload(acme, "doomed.pdf", strategy_pdf(2, "doomed"))
    analysis = analyse(acme, document["id"])
    tenant = tenant_id(server, keys["acme"])
    store = server.state.analyzer.store
    stored = server.settings.data_dir / "uploads" / tenant / document["sha256"]
    assert stored.is_file() and store.chunk_ids(tenant, document["sha256"])

    assert acme.delete(f"/v1/documents/{document['id']}").status_code == 204
    assert store.chunk_ids(tenant, document["sha256"]) == []
    assert not stored.exists()
    assert_error(acme.get(f"/v1/documents/{document['id']}"), 404, "not_found")
    assert_error(acme.get(f"/v1/analyses/{analysis['id']}"), 404, "not_found")
    assert_error(acme.delete(f"/v1/documents/{document['id']}"), 404, "not_found")
    assert analysis["id"] not in {a["id"] for a in acme.get("/v1/analyses").json()}


def test_another_tenants_ids_answer_404_everywhere(
    server: RunningServer, keys: dict[str, str], acme: httpx.Client, globex: httpx.Client
) -> None:
    data = strategy_pdf(2, "private")
    document = upload(acme, "private.pdf", data)
    analysis = analyse(acme, document["id"])
    doc, job = document["id"], analysis["id"]
    attempts = [
        globex.get(f"/v1/documents/{doc}"),
        globex.delete(f"/v1/documents/{doc}"),
        globex.post(f"/v1/documents/{doc}/analyses", json={}),
        globex.get(f"/v1/documents/{doc}/analyses"),
        globex.get(f"/v1/analyses/{job}"),
        globex.get(f"/v1/analyses/{job}/report"),
    ]
    for response in attempts:
        assert_error(response, 404, "not_found")
    assert doc not in {d["id"] for d in globex.get("/v1/documents").json()}
    assert job not in {a["id"] for a in globex.get("/v1/analyses").json()}
    assert acme.get(f"/v1/documents/{doc}").status_code == 200
    assert acme.get(f"/v1/analyses/{job}").json()["status"] == "done"

    # The same content uploaded by the other tenant is its own document with its own vectors.
    store = server.state.analyzer.store
    acme_tenant, globex_tenant = (tenant_id(server, keys[t]) for t in ("acme", "globex"))
    assert store.chunk_ids(globex_tenant, document["sha256"]) == []
    theirs = upload(globex, "same.pdf", data)
    assert theirs["id"] != doc
    assert analyse(globex, theirs["id"])["status"] == "done"
    acme_chunks = store.chunk_ids(acme_tenant, document["sha256"])
    assert store.chunk_ids(globex_tenant, document["sha256"]) == acme_chunks
    assert globex.delete(f"/v1/documents/{theirs['id']}").status_code == 204
    assert store.chunk_ids(acme_tenant, document["sha256"]) == acme_chunks
    assert acme.get(f"/v1/documents/{doc}").status_code == 200


def test_concurrent_uploads_by_two_tenants_stay_apart(server: RunningServer) -> None:
    keys = make_keys(server.settings, "north", "south")
    jobs = [(keys[i % 2], f"c{i}.pdf", strategy_pdf(1, f"concurrent-{i}")) for i in range(20)]

    def send(job: tuple[str, str, bytes]) -> tuple[str, str]:
        key, name, data = job
        with server.client(key) as client:
            return key, upload(client, name, data)["sha256"]

    with ThreadPoolExecutor(max_workers=20) as pool:
        results = list(pool.map(send, jobs))
    for key in keys:
        expected = {sha for owner, sha in results if owner == key}
        with server.client(key) as client:
            listed = client.get("/v1/documents").json()
        assert len(listed) == 10 and {d["sha256"] for d in listed} == expected

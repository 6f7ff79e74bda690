"""The Chroma chunk store: real Chroma, embedded in a temp dir and as a server on loopback."""

from __future__ import annotations

import hashlib
import json
import os
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import numpy as np
import pytest

from analyzer.config import Settings, StoreSettings
from analyzer.embeddings import OnnxMiniLMEmbedder
from analyzer.errors import StoreError
from analyzer.models import Chunk
from analyzer.store import ChunkStore, embedded_client, open_store

REPO = Path(__file__).resolve().parents[1]
SHA = hashlib.sha256(b"northwind strategy").hexdigest()
OTHER_SHA = hashlib.sha256(b"another document").hexdigest()
PASSAGES = [
    ("The board approved this strategy; the Chief Data Officer is its accountable owner.", 1),
    ("By 2026 we will cut average claim handling time from 12 days to 5 days.", 1),
    ("A human underwriter reviews every automated decline before the customer is told.", 2),
    ("Phase one pilots two use cases in Q1; phase two scales them across regions in Q3.", 2),
    ("We will hire eight data engineers and train 400 staff in responsible AI use.", 3),
    ("Our office canteen now serves vegetarian lunches on Tuesdays.", None),
]

StoreFactory = Callable[[], ChunkStore]


def make_chunks(sha: str = SHA, name: str = "northwind.pdf") -> list[Chunk]:
    return [
        Chunk(
            id=f"{sha[:12]}:{i}",  # chunk ids may hold ':' themselves
            document_sha256=sha,
            document_name=name,
            text=text,
            page=page,
            slide=None,
            section=("Strategy", "Delivery") if i % 2 else (),
            index=i,
        )
        for i, (text, page) in enumerate(PASSAGES)
    ]


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Chroma may talk to our own server on 127.0.0.1, never to anything else."""
    real_connect = socket.socket.connect

    def connect(self: socket.socket, address: object) -> None:
        if not (isinstance(address, tuple) and address[0] in ("127.0.0.1", "::1")):
            raise OSError(f"network disabled in this test: {address!r}")
        real_connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


@pytest.fixture(scope="module")
def embedder() -> OnnxMiniLMEmbedder:
    return OnnxMiniLMEmbedder()


@pytest.fixture(scope="module")
def vectors(embedder: OnnxMiniLMEmbedder) -> np.ndarray:
    return embedder.embed([text for text, _ in PASSAGES])


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def running_chroma(root: Path) -> Iterator[int]:
    """A real `chroma run` on a free loopback port; yields the port, stops the server after."""
    port = free_port()
    chroma = Path(sys.executable).parent / "chroma"
    log_path = root / "server.log"
    cmd = [str(chroma), "run", "--path", str(root / "data"), "--host", "127.0.0.1"]
    with log_path.open("wb") as log:
        proc = subprocess.Popen([*cmd, "--port", str(port)], stdout=log, stderr=subprocess.STDOUT)
        try:
            wait_for_heartbeat(proc, port, log_path)
            yield port
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()


def wait_for_heartbeat(proc: subprocess.Popen[bytes], port: int, log_path: Path) -> None:
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            pytest.fail(f"chroma server exited: {log_path.read_text()[-2000:]}")
        try:
            if httpx.get(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1).is_success:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    pytest.fail("chroma server did not answer its heartbeat within 30 s")


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[int]:
    with running_chroma(tmp_path_factory.mktemp("chroma-server")) as port:
        yield port


def settings_for(mode: str, root: Path, port: int = 0, collection: str = "") -> Settings:
    store = StoreSettings(mode=mode, host="127.0.0.1", port=port or 1, collection=collection)
    return Settings(data_dir=root, store=store)


@pytest.fixture(params=["embedded", "http"])
def new_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> StoreFactory:
    """Opens, through open_store, a fresh collection in embedded or server mode."""
    mode = str(request.param)
    port = request.getfixturevalue("chroma_server") if mode == "http" else 0
    root = tmp_path_factory.getbasetemp() / "embedded-store"
    collection = f"test-{uuid.uuid4().hex[:12]}"
    return lambda: open_store(settings_for(mode, root, port, collection))


def test_add_has_query_delete_count(new_store: StoreFactory, vectors: np.ndarray) -> None:
    store = new_store()
    chunks = make_chunks()
    assert not store.has_document("acme", SHA)
    store.add("acme", chunks, vectors)
    assert store.has_document("acme", SHA)
    assert not store.has_document("acme", OTHER_SHA)
    assert store.count() == store.count("acme") == len(chunks)
    assert store.chunk_ids("acme", SHA) == [chunk.id for chunk in chunks]

    results = store.query("acme", SHA, vectors[[2, 4]], k=3)
    assert [len(hits) for hits in results] == [3, 3]
    assert results[0][0][0] == chunks[2].id and results[1][0][0] == chunks[4].id
    assert results[0][0][1] == pytest.approx(1.0, abs=1e-3)
    for hits in results:
        scores = [score for _, score in hits]
        assert scores == sorted(scores, reverse=True)
        assert all(-1.0 <= score <= 1.0 for score in scores)

    assert store.delete_document("acme", SHA) == len(chunks)
    assert not store.has_document("acme", SHA)
    assert store.count("acme") == 0
    assert store.query("acme", SHA, vectors[:1], k=3) == [[]]
    assert store.delete_document("acme", SHA) == 0


def test_open_store_twice_sees_the_same_data(new_store: StoreFactory, vectors: np.ndarray) -> None:
    new_store().add("acme", make_chunks(), vectors)
    assert new_store().count("acme") == len(PASSAGES)


def test_tenants_are_isolated(new_store: StoreFactory, vectors: np.ndarray) -> None:
    store = new_store()
    chunks = make_chunks()
    store.add("tenant-a", chunks, vectors)
    assert not store.has_document("tenant-b", SHA)
    assert store.query("tenant-b", SHA, vectors[:2], k=5) == [[], []]
    assert store.chunk_ids("tenant-b", SHA) == []
    assert store.delete_document("tenant-b", SHA) == 0
    assert store.count("tenant-b") == 0 and store.count("tenant-a") == len(chunks)

    # Tenant B indexes the same document (same chunk ids): both copies coexist, and each
    # tenant's queries and deletes only see its own.
    store.add("tenant-b", chunks[:2], vectors[:2])
    assert store.count() == len(chunks) + 2
    hits = store.query("tenant-b", SHA, vectors[4:5], k=10)[0]
    assert sorted(chunk_id for chunk_id, _ in hits) == sorted(c.id for c in chunks[:2])
    assert store.delete_document("tenant-b", SHA) == 2
    assert store.count("tenant-a") == len(chunks)
    assert store.chunk_ids("tenant-a", SHA) == [chunk.id for chunk in chunks]


def test_query_filters_on_document(new_store: StoreFactory, vectors: np.ndarray) -> None:
    store = new_store()
    store.add("acme", make_chunks(), vectors)
    other = make_chunks(OTHER_SHA, "other.docx")[:3]
    store.add("acme", other, vectors[3:6])
    hits = store.query("acme", OTHER_SHA, vectors[:1], k=10)[0]
    assert sorted(chunk_id for chunk_id, _ in hits) == sorted(c.id for c in other)
    assert store.delete_document("acme", OTHER_SHA) == 3
    assert store.count("acme") == len(PASSAGES)


def test_k_is_clamped_to_the_document(new_store: StoreFactory, vectors: np.ndarray) -> None:
    store = new_store()
    store.add("acme", make_chunks()[:3], vectors[:3])
    hits = store.query("acme", SHA, vectors[:1], k=50)
    assert len(hits[0]) == 3
    assert store.query("acme", SHA, np.zeros((0, vectors.shape[1]), np.float32), k=5) == []


def test_paraphrased_query_finds_the_right_chunk(
    new_store: StoreFactory, vectors: np.ndarray, embedder: OnnxMiniLMEmbedder
) -> None:
    store = new_store()
    chunks = make_chunks()
    store.add("acme", chunks, vectors)
    queries = embedder.embed(
        [
            "Who is accountable for the plan, and did the board sign it off?",
            "Are machine decisions reviewed by a person before customers are notified?",
            "How many people will be recruited or trained?",
        ]
    )
    best = [hits[0][0] for hits in store.query("acme", SHA, queries, k=3)]
    assert best == [chunks[0].id, chunks[2].id, chunks[4].id]


def test_adding_again_replaces(new_store: StoreFactory, vectors: np.ndarray) -> None:
    store = new_store()
    store.add("acme", make_chunks(), vectors)
    store.add("acme", make_chunks(), vectors)
    assert store.count("acme") == len(PASSAGES)


def test_large_adds_are_batched(new_store: StoreFactory) -> None:
    store = new_store()
    base = make_chunks()[0]
    chunks = [base.model_copy(update={"id": f"c{i}", "index": i}) for i in range(1100)]
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(len(chunks), 384)).astype(np.float32)
    store.add("acme", chunks, vectors)
    assert store.count("acme") == 1100
    assert store.delete_document("acme", SHA) == 1100


def test_bad_input_raises_store_error(new_store: StoreFactory, vectors: np.ndarray) -> None:
    store = new_store()
    chunks = make_chunks()
    with pytest.raises(StoreError, match="6 vectors for 2 chunks"):
        store.add("acme", chunks[:2], vectors)
    with pytest.raises(StoreError, match="invalid tenant"):
        store.add("a:b", chunks, vectors)
    with pytest.raises(StoreError, match="invalid tenant"):
        store.query("", SHA, vectors, k=1)
    with pytest.raises(StoreError, match="duplicate"):
        store.add("acme", [chunks[0], chunks[0]], vectors[:2])
    with pytest.raises(StoreError, match="NaN"):
        store.add("acme", chunks[:1], np.full((1, 384), np.nan, np.float32))
    store.add("acme", chunks, vectors)
    with pytest.raises(StoreError, match="k must be"):
        store.query("acme", SHA, vectors, k=0)
    with pytest.raises(StoreError, match="query failed"):
        store.query("acme", SHA, np.ones((1, 5), np.float32), k=1)  # wrong dimension
    store.add("acme", [], np.zeros((0, 384), np.float32))
    assert store.count("acme") == len(chunks)


def test_persists_across_processes(tmp_path: Path, vectors: np.ndarray) -> None:
    open_store(settings_for("embedded", tmp_path, collection="persisted")).add(
        "acme", make_chunks(), vectors
    )
    code = (
        "import json, sys; from pathlib import Path; "
        "from analyzer.config import Settings, StoreSettings; "
        "from analyzer.store import open_store; "
        "s = open_store(Settings(data_dir=Path(sys.argv[1]), "
        "store=StoreSettings(collection='persisted'))); "
        f"print(json.dumps([s.count('acme'), s.chunk_ids('acme', {SHA!r})]))"
    )
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", code, str(tmp_path)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    count, ids = json.loads(out.stdout.strip().splitlines()[-1])
    assert count == len(PASSAGES)
    assert ids == [chunk.id for chunk in make_chunks()]


def test_unreachable_server_is_a_quick_store_error(tmp_path: Path) -> None:
    port = free_port()
    started = time.monotonic()
    with pytest.raises(StoreError, match=f"cannot reach Chroma server at 127.0.0.1:{port}"):
        open_store(settings_for("http", tmp_path, port, "gapcard_chunks"))
    assert time.monotonic() - started < 10


def test_collection_in_another_space_is_refused(tmp_path: Path) -> None:
    client = embedded_client(tmp_path / "chroma")
    client.create_collection(
        "l2-chunks", configuration={"hnsw": {"space": "l2"}}, embedding_function=None
    )
    with pytest.raises(StoreError, match="not cosine"):
        open_store(settings_for("embedded", tmp_path, collection="l2-chunks"))


def test_server_going_away_is_a_store_error(tmp_path: Path, vectors: np.ndarray) -> None:
    with running_chroma(tmp_path) as port:
        store = open_store(settings_for("http", tmp_path, port, "short-lived"))
        store.add("acme", make_chunks(), vectors)
        assert store.has_document("acme", SHA)
    with pytest.raises(StoreError, match=f"cannot reach Chroma server at 127.0.0.1:{port}"):
        store.has_document("acme", SHA)


def test_http_and_embedded_clients_stay_apart(
    chroma_server: int, tmp_path: Path, vectors: np.ndarray
) -> None:
    # chromadb mutates the settings object a client is built with; a shared one once turned
    # the next embedded store into a client of the server.
    remote = open_store(settings_for("http", tmp_path, chroma_server, "apart"))
    remote.add("acme", make_chunks(), vectors)
    local = open_store(settings_for("embedded", tmp_path, collection="apart"))
    assert local.where == f"embedded Chroma at {(tmp_path / 'chroma').resolve()}"
    assert local.count() == 0
    assert (tmp_path / "chroma" / "chroma.sqlite3").is_file()
    assert remote.count() == len(PASSAGES)

"""The vector store: chunks and their vectors in one Chroma collection, partitioned by tenant.

Embedded (a PersistentClient under `data_dir/chroma`) or a Chroma server (HttpClient), chosen by
`settings.store.mode`. We always hand Chroma our own vectors: the collection has no embedding
function, so Chroma's default one (which downloads a model) can never run. Every read filters on
tenant AND document, so retrieval never returns another tenant's passages. This is the only module
that imports chromadb.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import chromadb
import httpx
import numpy as np
import numpy.typing as npt
from chromadb.api import ClientAPI
from chromadb.api.collection_configuration import CreateCollectionConfiguration
from chromadb.api.models.Collection import Collection
from chromadb.config import Settings as ChromaSettings

from analyzer.config import Settings
from analyzer.errors import AnalyzerError, StoreError
from analyzer.models import Chunk

log = logging.getLogger(__name__)

SPACE = "cosine"
COSINE: CreateCollectionConfiguration = {"hnsw": {"space": "cosine"}}
BATCH_SIZE = 1000  # Chroma's maximum batch here is 5461; 1000 keeps requests small
SECTION_SEPARATOR = " > "
_embedded: dict[Path, ClientAPI] = {}
_embedded_lock = threading.Lock()

Metadata = dict[str, str | int | float | bool]


def chroma_settings() -> ChromaSettings:
    """Fresh client settings each time: chromadb's client constructors mutate the object they get
    (an HttpClient sets its API implementation on it), so a shared one would leak between modes."""
    return ChromaSettings(anonymized_telemetry=False)


def describe(client: ClientAPI) -> str:
    """Where a client's data lives, for error messages."""
    settings = client.get_settings()
    if settings.chroma_server_host:
        return f"Chroma server at {settings.chroma_server_host}:{settings.chroma_server_http_port}"
    return f"embedded Chroma at {settings.persist_directory}"


@contextmanager
def chroma_errors(action: str, where: str) -> Iterator[None]:
    """Turn whatever chromadb or its HTTP layer raises into a StoreError that says what failed."""
    try:
        yield
    except AnalyzerError:
        raise
    except httpx.TransportError as exc:
        raise StoreError(f"cannot reach {where} ({action}): {exc}") from exc
    except Exception as exc:
        raise StoreError(f"{action} failed on {where}: {type(exc).__name__}: {exc}") from exc


def metadata_for(tenant: str, chunk: Chunk) -> Metadata:
    """What Chroma keeps beside a vector; None values are left out (Chroma cannot store None)."""
    meta: Metadata = {
        "tenant": tenant,
        "sha256": chunk.document_sha256,
        "document": chunk.document_name,
        "index": chunk.index,
    }
    if chunk.page is not None:
        meta["page"] = chunk.page
    if chunk.slide is not None:
        meta["slide"] = chunk.slide
    if chunk.section:
        meta["section"] = SECTION_SEPARATOR.join(chunk.section)
    return meta


def check_tenant(tenant: str) -> None:
    if not tenant or ":" in tenant:
        raise StoreError(f"invalid tenant {tenant!r}: it must be non-empty and contain no ':'")


def as_matrix(vectors: npt.ArrayLike, rows: int | None = None) -> npt.NDArray[np.float32]:
    """Vectors as a finite float32 matrix, optionally with an exact number of rows."""
    matrix = np.asarray(vectors, dtype=np.float32)
    if matrix.ndim != 2:
        raise StoreError(f"expected a 2-d array of vectors, got shape {matrix.shape}")
    if rows is not None and matrix.shape[0] != rows:
        raise StoreError(f"got {matrix.shape[0]} vectors for {rows} chunks")
    if not np.isfinite(matrix).all():
        raise StoreError("vectors contain NaN or infinite values")
    return matrix


class ChunkStore:
    """Chunks of many documents and tenants in one cosine-space Chroma collection."""

    def __init__(self, client: ClientAPI, collection: str) -> None:
        self.where = describe(client)
        with chroma_errors(f"opening collection {collection!r}", self.where):
            self._collection: Collection = client.get_or_create_collection(
                collection, configuration=COSINE, embedding_function=None
            )
            self._batch = min(BATCH_SIZE, client.get_max_batch_size())
        space = (self._collection.configuration.get("hnsw") or {}).get("space")
        if space != SPACE:
            raise StoreError(
                f"collection {collection!r} on {self.where} uses {space!r} distance, not cosine; "
                "use another collection name or delete it"
            )

    def has_document(self, tenant: str, sha256: str) -> bool:
        """Whether this tenant already has vectors for the document."""
        with chroma_errors("has_document", self.where):
            found = self._collection.get(where=_filter(tenant, sha256), limit=1, include=[])
        return bool(found["ids"])

    def add(self, tenant: str, chunks: Sequence[Chunk], vectors: npt.ArrayLike) -> None:
        """Store chunks with their vectors (one row per chunk); re-adding a chunk replaces it."""
        check_tenant(tenant)
        if not chunks:
            return
        matrix = as_matrix(vectors, rows=len(chunks))
        ids = [_store_id(tenant, chunk.id) for chunk in chunks]
        if len(set(ids)) != len(ids):
            raise StoreError("duplicate chunk ids in one add()")
        for start in range(0, len(chunks), self._batch):
            part = slice(start, start + self._batch)
            with chroma_errors("add", self.where):
                self._collection.upsert(
                    ids=ids[part],
                    embeddings=matrix[part],
                    metadatas=[metadata_for(tenant, chunk) for chunk in chunks[part]],
                    documents=[chunk.text for chunk in chunks[part]],
                )
        log.debug("stored %d chunks for tenant %s", len(chunks), tenant)

    def query(
        self, tenant: str, sha256: str, vectors: npt.ArrayLike, k: int
    ) -> list[list[tuple[str, float]]]:
        """For each query vector, the k most similar chunks of that tenant's document, best first,
        as (chunk id, cosine similarity)."""
        if k < 1:
            raise StoreError(f"k must be at least 1, got {k}")
        matrix = as_matrix(vectors)
        available = len(self._ids(tenant, sha256))
        if matrix.shape[0] == 0 or available == 0:
            return [[] for _ in range(matrix.shape[0])]
        with chroma_errors("query", self.where):
            result = self._collection.query(
                query_embeddings=matrix,
                n_results=min(k, available),
                where=_filter(tenant, sha256),
                include=["distances"],
            )
        distances = result["distances"] or [[] for _ in result["ids"]]
        prefix = len(tenant) + 1
        return [
            [(sid[prefix:], _similarity(d)) for sid, d in zip(ids, dists, strict=True)]
            for ids, dists in zip(result["ids"], distances, strict=True)
        ]

    def chunk_ids(self, tenant: str, sha256: str) -> list[str]:
        """Ids of this tenant's chunks of the document, in document order."""
        prefix = len(tenant) + 1
        with chroma_errors("chunk_ids", self.where):
            found = self._collection.get(where=_filter(tenant, sha256), include=["metadatas"])
        metas: Sequence[Mapping[str, Any]] = found["metadatas"] or [{} for _ in found["ids"]]
        pairs = sorted(zip(found["ids"], metas, strict=True), key=lambda p: p[1].get("index", 0))
        return [sid[prefix:] for sid, _ in pairs]

    def delete_document(self, tenant: str, sha256: str) -> int:
        """Remove this tenant's vectors of the document; returns how many were removed."""
        ids = self._ids(tenant, sha256)
        for start in range(0, len(ids), self._batch):
            with chroma_errors("delete", self.where):
                self._collection.delete(ids=ids[start : start + self._batch])
        return len(ids)

    def count(self, tenant: str | None = None) -> int:
        """Vectors stored in all, or for one tenant."""
        with chroma_errors("count", self.where):
            if tenant is None:
                return self._collection.count()
            check_tenant(tenant)
            return len(self._collection.get(where={"tenant": tenant}, include=[])["ids"])

    def _ids(self, tenant: str, sha256: str) -> list[str]:
        with chroma_errors("get", self.where):
            return list(self._collection.get(where=_filter(tenant, sha256), include=[])["ids"])


def _store_id(tenant: str, chunk_id: str) -> str:
    return f"{tenant}:{chunk_id}"


def _filter(tenant: str, sha256: str) -> Any:
    check_tenant(tenant)
    return {"$and": [{"tenant": tenant}, {"sha256": sha256}]}


def _similarity(distance: float) -> float:
    return float(min(1.0, max(-1.0, 1.0 - distance)))


def embedded_client(path: Path) -> ClientAPI:
    """The process's one PersistentClient for `path` (created on first use)."""
    key = path.expanduser().resolve()
    with _embedded_lock:
        if key not in _embedded:
            where = f"embedded Chroma at {key}"
            with chroma_errors("opening the store", where):
                key.mkdir(parents=True, exist_ok=True)
                _embedded[key] = chromadb.PersistentClient(
                    path=str(key), settings=chroma_settings()
                )
        return _embedded[key]


def http_client(host: str, port: int) -> ClientAPI:
    """A client of the Chroma server at host:port; fails fast when nothing answers there."""
    try:
        return chromadb.HttpClient(host=host, port=port, settings=chroma_settings())
    except Exception as exc:
        raise StoreError(
            f"cannot reach Chroma server at {host}:{port} (is `chroma run` running?): {exc}"
        ) from exc


def open_store(settings: Settings) -> ChunkStore:
    """The chunk store the settings describe: embedded under data_dir/chroma, or a server."""
    store = settings.store
    if store.mode == "http":
        client = http_client(store.host, store.port)
    elif store.mode == "ephemeral":  # in memory, this process only (batch workers)
        client = chromadb.EphemeralClient(settings=chroma_settings())
    else:
        client = embedded_client(settings.data_dir / "chroma")
    return ChunkStore(client, store.collection)

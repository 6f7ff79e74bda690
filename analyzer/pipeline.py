"""analyze(document) wiring: ingest -> chunk -> index -> retrieve -> judge -> verify -> score."""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Callable
from functools import partial
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, cast

from analyzer import __version__
from analyzer.chunking import chunk_document
from analyzer.citations import CitationVerifier, verify_verdict
from analyzer.config import Settings
from analyzer.engines import build_judge, ensure_supported
from analyzer.errors import ChecksNotJudged, DocumentTooLarge, IngestError
from analyzer.ingest import ingest_bytes
from analyzer.judges.base import CheckRequest, Judge
from analyzer.models import Chunk, Document, DocumentInfo, Passage, Scorecard, Usage
from analyzer.resources import folder_hash
from analyzer.retrieval import best_scores, top_k_with_neighbours
from analyzer.rubric import Check, Rubric
from analyzer.rubric_packs import RubricPacks
from analyzer.scorecard import build_scorecard
from analyzer.scorecard_cache import ScorecardCache

if TYPE_CHECKING:
    import numpy as np

    from analyzer.embeddings import Embedder
    from analyzer.store import ChunkStore

log = logging.getLogger(__name__)
Source = Path | bytes | Document


def read_source(source: Path | bytes, name: str | None, max_bytes: int) -> tuple[bytes, str]:
    """The bytes and display name of a document given as a path or as bytes."""
    if isinstance(source, bytes):
        return source, name or "document"
    try:
        size = source.stat().st_size
        if size > max_bytes:
            raise DocumentTooLarge(
                f"{size} bytes exceeds the {max_bytes}-byte limit", path=str(source)
            )
        return source.read_bytes(), name or source.name
    except FileNotFoundError as exc:
        raise IngestError("no such file", path=str(source)) from exc
    except IsADirectoryError as exc:
        raise IngestError("is a directory, not a document", path=str(source)) from exc
    except PermissionError as exc:
        raise IngestError("permission denied", path=str(source)) from exc


def bypassing(judge: Judge) -> Judge:
    """The judge's sibling that ignores its own cache (`without_cache()`), else the judge."""
    without_cache = getattr(judge, "without_cache", None)
    return cast(Judge, without_cache()) if callable(without_cache) else judge


def from_cache(cached: Scorecard, name: str) -> Scorecard:
    """A cached scorecard under the name asked for; no model was called to return it."""
    checks = [row.model_copy(update={"usage": Usage(cached=True)}) for row in cached.checks]
    info = cached.document.model_copy(update={"name": name})
    update = {"document": info, "checks": checks, "usage": Usage(cached=True)}
    return cached.model_copy(update=update)


class Analyzer:
    """Holds the long-lived parts (rubric, embedder, store, judges). analyze() is thread-safe."""

    def __init__(
        self,
        settings: Settings,
        *,
        judge: Judge | None = None,
        store: ChunkStore | None = None,
        embedder: Embedder | None = None,
    ) -> None:
        self.settings = settings
        analysis = settings.analysis
        self.packs = RubricPacks(analysis.prompts_dir, analysis.rubric_packs, analysis.rubric)
        self.rubric: Rubric = self.packs.default
        self._store = store
        self._embedder = embedder
        self._judges: dict[tuple[str, bool], Judge] = {}
        if judge is not None:
            self._judges[(judge.name, True)] = judge
        self._lock = threading.RLock()
        self._query_vectors: dict[str, np.ndarray] = {}
        self._cache = ScorecardCache(settings.data_dir / "scorecards")
        self._is_instruction: Callable[[str], bool] | None = None
        self._prompts_hash = folder_hash(settings.analysis.prompts_dir)

    @property
    def embedder(self) -> Embedder:
        with self._lock:
            if self._embedder is None:
                from analyzer.embeddings import OnnxMiniLMEmbedder

                self._embedder = OnnxMiniLMEmbedder(self.settings.embedding)
            return self._embedder

    @property
    def store(self) -> ChunkStore:
        with self._lock:
            if self._store is None:
                from analyzer.store import open_store

                self._store = open_store(self.settings)
            return self._store

    def indexes_for(self, engine: str | None = None) -> bool:
        """Whether analysing with this engine embeds the document into the store: a judge that
        retrieves does; one that reads every chunk only if `analysis.index_for_offline`."""
        return self.judge_for(engine).retrieves or self.settings.analysis.index_for_offline

    def judge_for(self, engine: str | None = None, *, use_cache: bool = True) -> Judge:
        name = engine or self.settings.analysis.engine
        with self._lock:
            judge = self._judges.get((name, use_cache))
            if judge is None:
                sibling = None if use_cache else self._judges.get((name, True))
                # without the cache: the judge's own cache-bypassing sibling, if it has one
                if sibling is None:
                    judge = build_judge(name, self.settings, use_cache=use_cache)
                else:
                    judge = bypassing(sibling)
                self._judges[(name, use_cache)] = judge
            return judge

    def load(self, source: Path | bytes, *, name: str | None = None) -> Document:
        """Parse a document (format sniffed from its content)."""
        data, display = read_source(source, name, self.settings.ingest.max_bytes)
        return ingest_bytes(data, display, self.settings.ingest)

    def ingest(self, source: Source, *, name: str | None = None, tenant: str = "local") -> Document:
        """Parse, chunk and index a document unless that tenant already has it indexed."""
        document = source if isinstance(source, Document) else self.load(source, name=name)
        self._index(document, self._chunks(document), tenant)
        return document

    def forget(self, sha256: str, *, tenant: str = "local") -> int:
        """Remove a document's vectors and cached scorecards for one tenant."""
        self._cache.forget(tenant, sha256)
        return self.store.delete_document(tenant, sha256)

    def analyze(
        self,
        source: Source,
        *,
        name: str | None = None,
        tenant: str = "local",
        checks: str | None = None,
        engine: str | None = None,
        use_cache: bool = True,
        rubric: str | Path | None = None,
        on_stage: Callable[[str], None] | None = None,
    ) -> Scorecard:
        """The scorecard of a document; `rubric` names a pack (or its folder), default the
        configured one; `checks` selects within it. `on_stage` is told "reading", "indexing"
        and "judging" as the work reaches each stage."""
        stage = on_stage or (lambda _stage: None)
        chosen, judge = self.plan(rubric, checks, engine, use_cache=use_cache)
        stage("reading")
        if isinstance(source, Document):
            document: Document | None = source
            data, display, sha = b"", source.name, source.sha256
        else:
            data, display = read_source(source, name, self.settings.ingest.max_bytes)
            document, sha = None, hashlib.sha256(data).hexdigest()
        key = self._cache_key(sha, chosen, judge)
        if use_cache and (cached := self._cache.get(tenant, sha, key)) is not None:
            return from_cache(cached, PurePath(display).name)  # as ingest names documents
        if document is None:
            document = ingest_bytes(data, display, self.settings.ingest)
        scorecard = self._judge(document, chosen, judge, tenant, stage)
        if unjudged := scorecard.unjudged:  # not cached: the next analysis tries them again
            if len(unjudged) == len(scorecard.checks):
                raise ChecksNotJudged.of(scorecard)
            return scorecard
        self._cache.put(tenant, sha, key, scorecard)
        return scorecard

    def plan(
        self,
        rubric: str | Path | None = None,
        checks: str | None = None,
        engine: str | None = None,
        *,
        use_cache: bool = True,
    ) -> tuple[Rubric, Judge]:
        """The checks to run and the judge to run them; raises before any work is done when a
        pack, a check or an engine is unknown, or the engine cannot judge a chosen check."""
        pack = self.rubric if rubric is None else self.packs.resolve(rubric)
        chosen = pack.select(checks or self.settings.analysis.checks)
        judge = self.judge_for(engine, use_cache=use_cache)
        ensure_supported(chosen, judge)
        return chosen, judge

    def _cache_key(self, sha: str, rubric: Rubric, judge: Judge) -> str:
        """Changes whenever anything that shapes a verdict changes: content, prompts, engine."""
        parts = [sha, rubric.fingerprint(), self._prompts_hash, judge.name, judge.model or ""]
        parts += [judge.fingerprint(), str(self.settings.ingest.chunk_chars), __version__]
        return hashlib.sha256("|".join(parts).encode()).hexdigest()[:24]

    def _judge(
        self,
        document: Document,
        rubric: Rubric,
        judge: Judge,
        tenant: str,
        stage: Callable[[str], None] = lambda _stage: None,
    ) -> Scorecard:
        chunks = self._chunks(document)
        if judge.retrieves or self.settings.analysis.index_for_offline:
            stage("indexing")
            self._index(document, chunks, tenant)
        stage("judging")
        requests = [
            CheckRequest(check=c, passages=self._retrieve(c, document, chunks, tenant, judge))
            for c in rubric.checks
        ]
        info = DocumentInfo(
            name=document.name, sha256=document.sha256, format=document.format, pages=document.pages
        )
        verdicts = judge.judge_document(info, requests)
        verifier = CitationVerifier(document, chunks, self._instruction_detector())
        verified = [verify_verdict(v, verifier) for v in verdicts]
        return build_scorecard(info, rubric, verified, engine=judge.name, model=judge.model)

    def _instruction_detector(self) -> Callable[[str], bool]:
        """Recognises text addressed to automated reviewers (the offline engine's lexicon)."""
        with self._lock:
            if self._is_instruction is None:
                from analyzer.judges.offline.lexicon import load_lexicons

                common = load_lexicons(self.settings.analysis.prompts_dir / "offline")["common"]
                self._is_instruction = partial(common.has, "injection")
            return self._is_instruction

    def _chunks(self, document: Document) -> list[Chunk]:
        return chunk_document(document, self.settings.ingest.chunk_chars)

    def _index(self, document: Document, chunks: list[Chunk], tenant: str) -> None:
        """Embed and store the chunks once per (tenant, content); re-index if chunking changed.

        Embedding runs outside the analyzer's lock so concurrent jobs don't queue behind it; two
        jobs racing on the same new document both upsert the same ids, which is harmless.
        """
        store = self.store
        if store.has_document(tenant, document.sha256):
            if set(store.chunk_ids(tenant, document.sha256)) == {c.id for c in chunks}:
                return
            store.delete_document(tenant, document.sha256)
        if not chunks:
            return
        vectors = self.embedder.embed([c.text for c in chunks])
        store.add(tenant, chunks, vectors)
        log.info("indexed %s: %d chunks", document.name, len(chunks))

    def _check_vectors(self, check: Check) -> np.ndarray:
        key = f"{check.id}@{check.version}"
        with self._lock:
            if key not in self._query_vectors:
                self._query_vectors[key] = self.embedder.embed(check.queries)
            return self._query_vectors[key]

    def _retrieve(
        self, check: Check, document: Document, chunks: list[Chunk], tenant: str, judge: Judge
    ) -> list[Passage]:
        if not chunks:
            return []
        if not judge.retrieves:  # it reads every chunk in document order
            return [Passage(chunk=c) for c in chunks]
        k = self.settings.analysis.top_k
        hits = self.store.query(tenant, document.sha256, self._check_vectors(check), k)
        scores = best_scores(hits)
        return top_k_with_neighbours(chunks, scores, self.settings.analysis.top_k)

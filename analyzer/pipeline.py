"""analyze(document) wiring: ingest -> chunk -> index -> retrieve -> judge -> verify -> score."""

from __future__ import annotations

import hashlib
import logging
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path, PurePath
from typing import TYPE_CHECKING, cast

from analyzer import __version__
from analyzer.chunking import chunk_document
from analyzer.citations import CitationVerifier, verify_verdict
from analyzer.config import Coverage, Settings
from analyzer.deadline import Stopwatch, in_slices
from analyzer.engines import build_judge, ensure_supported
from analyzer.errors import ChecksNotJudged
from analyzer.judges.base import Judge
from analyzer.models import Chunk, Document, DocumentInfo, Scorecard
from analyzer.reading import read_document, read_source
from analyzer.resources import folder_hash
from analyzer.retriever import Retriever
from analyzer.rubric import Rubric
from analyzer.rubric_packs import RubricPacks
from analyzer.scorecard import build_scorecard
from analyzer.scorecard_cache import ScorecardCache, from_cache

if TYPE_CHECKING:
    from analyzer.embeddings import Embedder
    from analyzer.judges.offline.ranking import CueRanking
    from analyzer.store import ChunkStore

log = logging.getLogger(__name__)
Source = Path | bytes | Document
#: Chunks embedded between two looks at the stopwatch (a few seconds of work).
EMBED_SLICE = 128


def bypassing(judge: Judge) -> Judge:
    """The judge's sibling that ignores its own cache (`without_cache()`), else the judge."""
    without_cache = getattr(judge, "without_cache", None)
    return cast(Judge, without_cache()) if callable(without_cache) else judge


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
        self._judges: dict[tuple[str, bool, str], Judge] = {}
        if judge is not None:
            self._judges[(judge.name, True, settings.llm.coverage)] = judge
        self._lock = threading.RLock()
        self.retriever = Retriever(
            lambda: self.store, lambda: self.embedder, analysis.top_k, self.cue_ranking
        )
        self._cache = ScorecardCache(settings.data_dir / "scorecards")
        self._is_instruction: Callable[[str], bool] | None = None
        self._cue_ranking: CueRanking | None = None
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

    def judge_for(
        self, engine: str | None = None, *, use_cache: bool = True, coverage: Coverage | None = None
    ) -> Judge:
        """The judge of an engine (default: the configured one); `coverage` overrides
        `llm.coverage` for the LLM engine."""
        name = engine or self.settings.analysis.engine
        reads = coverage or self.settings.llm.coverage
        with self._lock:
            judge = self._judges.get((name, use_cache, reads))
            if judge is None:
                sibling = None if use_cache else self._judges.get((name, True, reads))
                # without the cache: the judge's own cache-bypassing sibling, if it has one
                if sibling is None:
                    judge = build_judge(name, self._with_coverage(reads), use_cache=use_cache)
                else:
                    judge = bypassing(sibling)
                self._judges[(name, use_cache, reads)] = judge
            return judge

    def _with_coverage(self, coverage: Coverage) -> Settings:
        if coverage == self.settings.llm.coverage:
            return self.settings
        llm = self.settings.llm.model_copy(update={"coverage": coverage})
        return self.settings.model_copy(update={"llm": llm})

    def load(self, source: Path | bytes, *, name: str | None = None) -> Document:
        """Parse a document (format sniffed from its content)."""
        data, display = read_source(source, name, self.settings.ingest.max_bytes)
        return read_document(data, display, self.settings.ingest)

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
        cancel: threading.Event | None = None,
        coverage: Coverage | None = None,
        on_stage: Callable[[str], None] | None = None,
    ) -> Scorecard:
        """The scorecard of a document; `rubric` names a pack (or its folder), default the
        configured one; `checks` selects within it. `cancel` set stops it (AnalysisCancelled),
        and it stops with DocumentTooComplex past `ingest.max_seconds` (checked between steps);
        `on_stage` is told "reading", "indexing" and "judging" as the work reaches each stage."""
        started = time.monotonic()
        stage = on_stage or (lambda _stage: None)
        chosen, judge = self.plan(rubric, checks, engine, use_cache=use_cache, coverage=coverage)
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
            document = read_document(data, display, self.settings.ingest, cancel)
        stopwatch = Stopwatch(display, self.settings.ingest.max_seconds, cancel, started)
        stopwatch.check()
        scorecard = self._judge(document, chosen, judge, tenant, stopwatch, stage)
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
        coverage: Coverage | None = None,
    ) -> tuple[Rubric, Judge]:
        """The checks to run and the judge to run them; raises before any work is done when a
        pack, a check or an engine is unknown, or the engine cannot judge a chosen check."""
        pack = self.rubric if rubric is None else self.packs.resolve(rubric)
        chosen = pack.select(checks or self.settings.analysis.checks)
        judge = self.judge_for(engine, use_cache=use_cache, coverage=coverage)
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
        stop: Stopwatch,
        stage: Callable[[str], None] = lambda _stage: None,
    ) -> Scorecard:
        chunks = self._chunks(document)
        stop.check()
        if judge.retrieves or self.settings.analysis.index_for_offline:
            stage("indexing")
            self._index(document, chunks, tenant, stop)
            stop.check()
        stage("judging")
        requests = self.retriever.requests(rubric.checks, chunks, tenant, judge)
        info = DocumentInfo(
            name=document.name, sha256=document.sha256, format=document.format, pages=document.pages
        )
        verdicts = judge.judge_document(info, requests)
        verifier = CitationVerifier(document, chunks, self.instruction_detector())
        verified = [verify_verdict(v, verifier) for v in verdicts]
        card = build_scorecard(info, rubric, verified, engine=judge.name, model=judge.model)
        coverage = getattr(judge, "coverage", None)
        return card.model_copy(update={"warnings": list(document.warnings), "coverage": coverage})

    def cue_ranking(self) -> CueRanking:
        """The offline engine's findings as a third retrieval ranking (built once)."""
        with self._lock:
            if self._cue_ranking is None:
                from analyzer.judges.offline.ranking import CueRanking

                self._cue_ranking = CueRanking(self.settings.analysis.prompts_dir / "offline")
            return self._cue_ranking

    def instruction_detector(self) -> Callable[[str], bool]:
        """Recognises text addressed to automated reviewers (the offline engine's lexicon)."""
        with self._lock:
            if self._is_instruction is None:
                from analyzer.judges.offline.lexicon import load_lexicons

                common = load_lexicons(self.settings.analysis.prompts_dir / "offline")["common"]
                self._is_instruction = partial(common.has, "injection")
            return self._is_instruction

    def _chunks(self, document: Document) -> list[Chunk]:
        return chunk_document(document, self.settings.ingest.chunk_chars)

    def _index(
        self,
        document: Document,
        chunks: list[Chunk],
        tenant: str,
        stop: Stopwatch | None = None,
    ) -> None:
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
        vectors = in_slices(self.embedder.embed, [c.text for c in chunks], stop, EMBED_SLICE)
        store.add(tenant, chunks, vectors)
        log.info("indexed %s: %d chunks", document.name, len(chunks))

"""The whole pipeline with real components: ingest, Chroma (embedded), MiniLM, offline judge."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import numpy as np
import pytest

from analyzer.config import Settings
from analyzer.embeddings import OnnxMiniLMEmbedder
from analyzer.errors import IngestError, RubricError
from analyzer.models import Usage
from analyzer.pipeline import Analyzer

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
STRONG = EXAMPLES / "riverside-clinics-ai-triage-plan.md"
WEAK = EXAMPLES / "copperline-logistics-vision-memo.txt"


class CountingEmbedder:
    """The real embedder, counting the texts it is asked to embed."""

    def __init__(self) -> None:
        self.inner = OnnxMiniLMEmbedder()
        self.name, self.dim, self.texts = self.inner.name, self.inner.dim, 0

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        self.texts += len(texts)
        return self.inner.embed(texts)


@pytest.fixture(scope="module")
def embedder() -> CountingEmbedder:
    return CountingEmbedder()


@pytest.fixture
def analyzer(tmp_path: Path, embedder: CountingEmbedder) -> Analyzer:
    return Analyzer(Settings(data_dir=tmp_path), embedder=embedder)


def test_scorecard_has_every_check_with_verified_citations(analyzer: Analyzer) -> None:
    card = analyzer.analyze(STRONG, use_cache=False)
    assert card.document.name == STRONG.name and card.document.format == "markdown"
    assert [c.id for c in card.checks] == [c.id for c in analyzer.rubric.checks]
    text = " ".join(STRONG.read_text().split())
    for check in card.checks:
        assert (check.status == "absent") == (not check.citations)
        assert len(check.citations) <= 4
        for citation in check.citations:
            assert " ".join(citation.quote.split()) in text
    assert 0 <= card.score <= 100


def test_strong_plan_outscores_weak_memo(analyzer: Analyzer) -> None:
    strong = analyzer.analyze(STRONG, use_cache=False)
    weak = analyzer.analyze(WEAK, use_cache=False)
    assert strong.score > weak.score
    assert "owners" in weak.gaps and "metrics" in weak.gaps


def test_unchanged_document_is_embedded_once(
    analyzer: Analyzer, embedder: CountingEmbedder
) -> None:
    analyzer.analyze(STRONG, use_cache=False)  # indexes it and embeds the check queries
    before = embedder.texts
    analyzer.ingest(STRONG.read_bytes(), name="renamed-copy.md")
    analyzer.analyze(STRONG, use_cache=False)
    assert embedder.texts == before
    analyzer.analyze(WEAK, use_cache=False)
    assert embedder.texts > before


def test_repeat_analysis_comes_from_the_cache(analyzer: Analyzer) -> None:
    first = analyzer.analyze(WEAK)
    again = analyzer.analyze(WEAK.read_bytes(), name="memo-again.txt")
    assert again.document.name == "memo-again.txt"
    cached = [c.model_copy(update={"usage": Usage(cached=True)}) for c in first.checks]
    assert again.checks == cached and again.score == first.score  # no model call: usage cached


def test_tenants_are_indexed_apart_and_forget_removes_vectors(analyzer: Analyzer) -> None:
    doc = analyzer.ingest(STRONG, tenant="acme")
    store = analyzer.store
    assert store.has_document("acme", doc.sha256)
    assert not store.has_document("globex", doc.sha256)
    assert analyzer.forget(doc.sha256, tenant="globex") == 0
    assert analyzer.forget(doc.sha256, tenant="acme") > 0
    assert not store.has_document("acme", doc.sha256)


def test_check_selection_and_errors(analyzer: Analyzer, tmp_path: Path) -> None:
    card = analyzer.analyze(STRONG, checks="core", use_cache=False)
    assert [c.id for c in card.checks] == ["outcomes", "metrics", "owners", "governance"]
    with pytest.raises(RubricError):
        analyzer.analyze(STRONG, checks="nonsense")
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with pytest.raises(IngestError, match="empty"):
        analyzer.analyze(empty)
    with pytest.raises(IngestError, match="no such file"):
        analyzer.analyze(tmp_path / "missing.docx")


def test_a_changed_prompt_file_is_a_cache_miss(tmp_path: Path, embedder: CountingEmbedder) -> None:
    import shutil

    prompts = tmp_path / "prompts"
    shutil.copytree(Path(__file__).resolve().parents[1] / "prompts", prompts)
    settings = Settings(data_dir=tmp_path / "data")
    settings.analysis.prompts_dir = prompts
    Analyzer(settings, embedder=embedder).analyze(WEAK)
    lexicon = prompts / "offline" / "owners.toml"
    lexicon.write_text(lexicon.read_text() + "\n# reviewed\n")
    Analyzer(settings, embedder=embedder).analyze(WEAK)
    cached = list((tmp_path / "data" / "scorecards").rglob("*.json"))
    assert len(cached) == 2


def test_offline_analysis_can_skip_the_index(tmp_path: Path, embedder: CountingEmbedder) -> None:
    settings = Settings(data_dir=tmp_path)
    settings.analysis.index_for_offline = False
    settings.llm.base_url = "http://127.0.0.1:9/v1"  # configured, never called
    assert not Analyzer(settings, embedder=embedder).indexes_for("llm")  # full coverage
    settings.llm.coverage = "retrieval"
    analyzer = Analyzer(settings, embedder=embedder)
    assert not analyzer.indexes_for("offline") and analyzer.indexes_for("llm")
    before = embedder.texts
    card = analyzer.analyze(STRONG, use_cache=False)
    assert embedder.texts == before
    assert not analyzer.store.has_document("local", card.document.sha256)
    assert any(c.citations for c in card.checks)


def test_cached_and_fresh_scorecards_name_the_document_alike(analyzer: Analyzer) -> None:
    fresh = analyzer.analyze(WEAK.read_bytes(), name="archive/2025/memo.txt")
    cached = analyzer.analyze(WEAK.read_bytes(), name="archive/2025/memo.txt")
    assert fresh.document.name == cached.document.name == "memo.txt"
    assert cached.usage.cached and not fresh.usage.cached


def test_analysis_reports_its_stages(analyzer: Analyzer, tmp_path: Path) -> None:
    seen: list[str] = []
    analyzer.analyze(STRONG, use_cache=False, on_stage=seen.append)
    expected = ["reading", "indexing", "judging"]
    if not analyzer.indexes_for("offline"):
        expected.remove("indexing")
    assert seen == expected

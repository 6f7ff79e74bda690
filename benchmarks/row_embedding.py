"""Row 2: gapcard's embedder against a bare onnxruntime + tokenizers loop, on the same texts.

The texts are cut into slices; each slice is embedded by both, in alternating order, so a burst
of load from other processes hits both alike. The figure is the median of the per-slice ratios,
in wall time and in this process's CPU time.
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

import numpy as np

from benchmarks.bare import BareEmbedder
from benchmarks.core import Context, RowResult, require
from benchmarks.synthetic import page_content

TITLE = "Embedding overhead: gapcard embedder vs bare onnxruntime + tokenizers"
SLICE = 32


def sample_texts(pages: int) -> list[str]:
    """Paragraph-sized texts (chunk-like, 400-900 characters) from the synthetic plan."""
    return [text for page in range(1, pages + 1) for text in page_content(page)[1]]


def clocked(embed: Callable[[list[str]], Any], texts: list[str]) -> tuple[float, float, Any]:
    """(wall seconds, CPU seconds, vectors) of one call."""
    wall, cpu = time.perf_counter(), time.process_time()
    vectors = embed(texts)
    return time.perf_counter() - wall, time.process_time() - cpu, vectors


def paired(gapcard: Any, bare: BareEmbedder, texts: list[str], rounds: int) -> dict[str, Any]:
    """Per-slice (gapcard, bare) timings in alternating order, and both sets of vectors."""
    slices = [texts[i : i + SLICE] for i in range(0, len(texts), SLICE)]
    walls, cpus, totals = [], [], [0.0, 0.0]
    ours: list[Any] = []
    theirs: list[Any] = []
    for round_ in range(rounds):
        for index, part in enumerate(slices):
            first_ours = (index + round_) % 2 == 0
            a = clocked(gapcard.embed if first_ours else bare.embed, part)
            b = clocked(bare.embed if first_ours else gapcard.embed, part)
            mine, base = (a, b) if first_ours else (b, a)
            walls.append(mine[0] / base[0])
            cpus.append(mine[1] / base[1] if base[1] > 0 else 1.0)
            totals[0] += mine[0]
            totals[1] += base[0]
            if round_ == 0:
                ours.append(mine[2])
                theirs.append(base[2])
    return {"walls": walls, "cpus": cpus, "totals": totals,
            "vectors": (np.vstack(ours), np.vstack(theirs))}  # fmt: skip


def run(ctx: Context, result: RowResult) -> None:
    embeddings = require("analyzer.embeddings", "OnnxMiniLMEmbedder")
    settings = require("analyzer.config", "EmbeddingSettings").EmbeddingSettings()
    gapcard = embeddings.OnnxMiniLMEmbedder(settings)
    bare = BareEmbedder(batch_size=settings.batch_size, max_length=settings.max_length)
    texts = sample_texts(4 if ctx.quick else 60)
    gapcard.embed(texts[:8])  # load both models before timing
    bare.embed(texts[:8])
    rounds = 1 if ctx.quick else 2
    data = paired(gapcard, bare, texts, rounds)
    ours, theirs = data["vectors"]
    embedded = len(texts) * rounds
    result.metric("texts embedded by each (synthetic plan paragraphs)", embedded)
    result.metric("gapcard OnnxMiniLMEmbedder", embedded / data["totals"][0], "texts/s")
    result.metric("bare onnxruntime + tokenizers", embedded / data["totals"][1], "texts/s")
    result.metric("lowest cosine between the two vectors of a text",
                  float(np.min(np.sum(ours * theirs, axis=1))))  # fmt: skip
    result.metric("gapcard / bare, CPU time (median of slices)", statistics.median(data["cpus"]))
    result.target("gapcard / bare, wall time (median of slices)",
                  statistics.median(data["walls"]), "<=", 1.1)  # fmt: skip
    result.details.update(wall_ratios=data["walls"], cpu_ratios=data["cpus"], rounds=rounds)

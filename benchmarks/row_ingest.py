"""Row 1: ingest + index (parse, chunk, embed, store) against bare extraction and embedding.

Per PDF, in one process with every model loaded: gapcard's `Analyzer.ingest` end to end, with
its embedder and store timed from inside (so the breakdown costs no second run); and the limits
on the same file (before or after, alternating by document): bare pypdf and bare pypdfium2 text
extraction, and the bare embedding loop on exactly the chunks gapcard makes.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from benchmarks.bare import BareEmbedder, pdfium_text, pypdf_text
from benchmarks.core import Clock, Context, RowResult, ratio, require, timed, timed_analyzer

TITLE = "Ingest + index (pages/s) vs bare extraction + bare embedding"
PLAN_PAGES, QUICK_PAGES = 200, 3


@dataclass
class Timing:
    """Seconds spent on one PDF by gapcard (and inside it) and by each limit."""

    name: str
    pages: int
    chunks: int
    gapcard: float
    embed: float
    store: float
    pypdf: float
    pdfium: float
    bare_embed: float

    @property
    def other(self) -> float:
        """gapcard's time outside the embedder and the store: parse, chunk, bookkeeping."""
        return self.gapcard - self.embed - self.store

    def __add__(self, other: Timing) -> Timing:
        summed = {k: v + getattr(other, k) for k, v in asdict(self).items() if k != "name"}
        return Timing(name=f"{self.name}+{other.name}", **summed)


def measure(
    analyzer: Any, clock: Clock, bare: BareEmbedder, path: Path, tenant: str, *, limits_first: bool
) -> Timing:
    """Time gapcard and the limits on one PDF; `limits_first` flips the order, so that across
    documents neither side always runs in the other's wake."""
    chunking = require("analyzer.chunking", "chunk_document")
    chunks = chunking.chunk_document(analyzer.load(path), analyzer.settings.ingest.chunk_chars)
    texts = [c.text for c in chunks]

    def limits() -> tuple[float, float, float, int]:
        pypdf, (pages, _) = timed(lambda: pypdf_text(path))
        pdfium, _ = timed(lambda: pdfium_text(path))
        bare_embed, _ = timed(lambda: bare.embed(texts))
        return pypdf, pdfium, bare_embed, pages

    first = limits() if limits_first else None
    clock.reset()
    gapcard, _ = timed(lambda: analyzer.ingest(path, tenant=tenant))
    embed = clock.seconds.get("embed", 0.0)
    store = sum(v for k, v in clock.seconds.items() if k.startswith("store."))
    pypdf, pdfium, bare_embed, pages = first or limits()
    return Timing(path.name, pages, len(chunks), gapcard, embed, store, pypdf, pdfium, bare_embed)


def report(result: RowResult, label: str, t: Timing) -> None:
    result.metric(f"{label}: pages", t.pages)
    result.metric(f"{label}: chunks", t.chunks)
    result.metric(f"{label}: gapcard ingest+index", t.pages / t.gapcard, "pages/s")
    result.metric(f"{label}:   of which embed (gapcard embedder)", t.embed, "s")
    result.metric(f"{label}:   of which store (Chroma)", t.store, "s")
    result.metric(f"{label}:   of which parse + chunk + rest", t.other, "s")
    result.metric(f"{label}: bare pypdf extraction", t.pages / t.pypdf, "pages/s")
    result.metric(f"{label}: bare pypdfium2 extraction", t.pages / t.pdfium, "pages/s")
    result.metric(f"{label}: bare onnxruntime, same chunks", t.chunks / t.bare_embed, "chunks/s")
    result.metric(f"{label}: limit: bare embedding alone", t.pages / t.bare_embed, "pages/s")
    result.metric(
        f"{label}: gapcard / (pypdfium2 + bare embedding)",
        ratio(t.gapcard, t.pdfium + t.bare_embed),
    )
    result.target(f"{label}: ingest+index pages/s", t.pages / t.gapcard, ">=", 20)
    result.target(
        f"{label}: gapcard / (pypdf + bare embedding)",
        ratio(t.gapcard, t.pypdf + t.bare_embed),
        "<=",
        1.3,
    )


def real_pdfs(ctx: Context) -> list[Path]:
    return sorted(ctx.corpus.glob("*.pdf")) if ctx.corpus.is_dir() else []


def run(ctx: Context, result: RowResult) -> None:
    errors = require("analyzer.errors", "AnalyzerError")
    analyzer, clock = timed_analyzer(ctx.settings("ingest"))
    settings = analyzer.settings.embedding
    bare = BareEmbedder(batch_size=settings.batch_size, max_length=settings.max_length)
    analyzer.embedder.embed(["load the model"])
    analyzer.store.count()
    bare.embed(["load the model"])
    timings: list[Timing] = []
    pdfs = [] if ctx.quick else real_pdfs(ctx)
    if not pdfs:
        result.note(
            "real corpus skipped: " + ("quick run" if ctx.quick else f"{ctx.corpus} absent")
        )
    for number, path in enumerate(pdfs):
        try:
            timings.append(
                measure(analyzer, clock, bare, path, f"real{number}", limits_first=number % 2 == 1)
            )
        except errors.AnalyzerError as exc:
            result.note(f"{path.name}: not ingested ({exc})")
    if timings:
        total = timings[0]
        for timing in timings[1:]:
            total = total + timing
        report(result, f"real corpus ({len(timings)} PDFs)", total)
    pages = QUICK_PAGES if ctx.quick else PLAN_PAGES
    plan = measure(analyzer, clock, bare, ctx.plan(pages), "plan", limits_first=False)
    report(result, f"synthetic {pages}-page plan", plan)
    result.details["per_document"] = [asdict(t) for t in [*timings, plan]]

"""Full coverage (pure): a document's chunks in windows of whole units, and the reduce step.

A unit is what a reader would not cut: a page (PDF), a slide (PPTX), else a section (the run of
consecutive chunks under one heading path), else a chunk. Units are packed, in order, into
windows whose passages fit a token budget; a unit is never split, so a unit larger than the
budget is a window of its own (over budget, and logged by the caller). Every chunk is in exactly
one window.

The reduce is deterministic, so a verdict can be traced to the window that decided it (the
alternative, a final model call over the window findings, would cost a call and could contradict
the windows' own citations): `present` if a window proves it; else undecided (`error`) if a
window failed, since that window might have proved it; else `partial` if a window approaches it;
else `absent`, which is claimed only when every window was judged and none found anything.
Citations, rationale and missing items come from the windows that support the final status.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from analyzer.models import Chunk, Usage, Verdict

STATUS_RANK = {"absent": 0, "partial": 1, "present": 2}


def unit_key(chunk: Chunk) -> tuple[str, ...]:
    """What a chunk belongs to and must stay with: its page, slide, section or itself."""
    if chunk.page is not None:
        return ("page", str(chunk.page))
    if chunk.slide is not None:
        return ("slide", str(chunk.slide))
    if chunk.section:
        return ("section", *chunk.section)
    return ("chunk", chunk.id)


def units(chunks: Sequence[Chunk]) -> list[list[Chunk]]:
    """Consecutive chunks grouped by unit, in document order."""
    grouped: list[list[Chunk]] = []
    for chunk in sorted(chunks, key=lambda c: c.index):
        if grouped and unit_key(grouped[-1][-1]) == unit_key(chunk):
            grouped[-1].append(chunk)
        else:
            grouped.append([chunk])
    return grouped


@dataclass(frozen=True)
class Window:
    """Consecutive whole units judged in one call; `number` is 1-based."""

    number: int
    chunks: tuple[Chunk, ...]
    tokens: int

    def span(self) -> str:
        """A locator for the window: `pages 3-9`, `slides 1-4`, or its first section."""
        for kind, get in (("page", _page), ("slide", _slide)):
            numbers = [n for c in self.chunks if (n := get(c)) is not None]
            if numbers:
                first, last = min(numbers), max(numbers)
                return f"{kind} {first}" if first == last else f"{kind}s {first}-{last}"
        sections = [c.section[0] for c in self.chunks if c.section]
        return f"from section {sections[0]!r}" if sections else "text"


def _page(chunk: Chunk) -> int | None:
    return chunk.page


def _slide(chunk: Chunk) -> int | None:
    return chunk.slide


def plan_windows(
    chunks: Sequence[Chunk], budget_tokens: int, cost: Callable[[Chunk], int]
) -> list[Window]:
    """Whole units packed in order into windows of at most `budget_tokens` (see module doc)."""
    windows: list[Window] = []
    current: list[Chunk] = []
    used = 0
    for unit in units(chunks):
        price = sum(cost(c) for c in unit)
        if current and used + price > budget_tokens:
            windows.append(Window(len(windows) + 1, tuple(current), used))
            current, used = [], 0
        current.extend(unit)
        used += price
    if current:
        windows.append(Window(len(windows) + 1, tuple(current), used))
    return windows


def _unique(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def reduce_verdicts(check_id: str, found: Sequence[tuple[Window, Verdict]]) -> Verdict:
    """One check's verdict from its window verdicts (window order); see the module docstring."""
    if len(found) == 1:
        return found[0][1]
    usage = sum((v.usage for _, v in found), Usage())
    failed = [(w, v) for w, v in found if v.error is not None]
    judged = [(w, v) for w, v in found if v.error is None]
    best = max((STATUS_RANK[v.status] for _, v in judged), default=0)
    if failed and best < STATUS_RANK["present"]:
        spans = ", ".join(f"window {w.number} ({w.span()})" for w, _ in failed)
        message = f"{spans} of {len(found)} not judged: {failed[0][1].error}"
        return Verdict(
            check_id=check_id,
            status="absent",
            rationale=f"Not judged: {message}",
            usage=usage,
            calls=[c for _, v in found for c in v.calls],
            error=message,
        )
    status = next(s for s, rank in STATUS_RANK.items() if rank == best)
    support = [(w, v) for w, v in judged if v.status == status]
    several = len(found) > 1
    rationale = " ".join(
        f"[{w.span()}] {v.rationale}" if several else v.rationale for w, v in support
    )
    if status == "absent" and several:
        rationale = f"No window of {len(found)} found it. {support[0][1].rationale}"
    return Verdict(
        check_id=check_id,
        status=status,
        rationale=rationale.strip(),
        citations=[c for _, v in support for c in v.citations],
        missing=_unique([m for _, v in support for m in v.missing]),
        usage=usage,
        calls=[c for _, v in found for c in v.calls],
    )

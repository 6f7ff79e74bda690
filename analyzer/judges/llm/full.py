"""Full coverage: the LLM judge reads every chunk of a document exactly once.

The pipeline hands a judge that does not retrieve every chunk in order (each request carries
them all). A document whose passages fit `llm.context_tokens` (less the system prompt, the
checks' definitions and the reply) is one call for all checks; a larger one is read in windows of
whole pages, slides or sections (`windows.plan_windows`), each window one call for all checks
(map, concurrently within `llm.max_concurrency`), and each check's window verdicts are merged by
the deterministic `windows.reduce_verdicts`. A window whose call fails after retries leaves the
checks it could have decided undecided (`error` set), so nothing undecided is cached and a rerun
asks for those checks again. Tokens and cost are logged per window and summed per check.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

from analyzer.judges.base import CheckRequest
from analyzer.judges.llm.call import describe
from analyzer.judges.llm.group import LOCATOR_HEADINGS, shown_ids
from analyzer.judges.llm.parse import error_verdict
from analyzer.judges.llm.prompt import render_passage
from analyzer.judges.llm.windows import Window, plan_windows, reduce_verdicts
from analyzer.models import CallUsage, Chunk, DocumentInfo, Passage, Usage, Verdict

if TYPE_CHECKING:
    from analyzer.judges.llm.judge import LLMJudge

log = logging.getLogger(__name__)


def document_chunks(requests: Sequence[CheckRequest]) -> list[Chunk]:
    """Every chunk the requests carry, once each, in document order."""
    chunks = {p.chunk.id: p.chunk for r in requests for p in r.passages}
    return sorted(chunks.values(), key=lambda c: (c.index, c.id))


def passage_budget(judge: LLMJudge, document: DocumentInfo, requests: list[CheckRequest]) -> int:
    """Tokens left for passages in one call: the context less the prompt around them and the
    reply (rendered for real, with no passages)."""
    empty = [r.model_copy(update={"passages": []}) for r in requests]
    frame = judge.group_prompt_for(document, empty, part="part 1 of 1").user
    overhead = judge.count(judge.system_prompt) + judge.count(frame) + judge.settings.max_tokens
    return max(1, judge.settings.context_tokens - overhead)


def windows_for(
    judge: LLMJudge, document: DocumentInfo, requests: Sequence[CheckRequest]
) -> list[Window]:
    """The windows a document is read in (one if it fits the context)."""
    chunks = document_chunks(requests)
    labels = shown_ids([c.id for c in chunks], document.sha256)

    def cost(chunk: Chunk) -> int:
        shown = render_passage(Passage(chunk=chunk), labels[chunk.id], headings=LOCATOR_HEADINGS)
        return judge.count(shown) + 1

    budget = passage_budget(judge, document, list(requests))
    windows = plan_windows(chunks, budget, cost)
    if over := [w.number for w in windows if w.tokens > budget]:
        log.warning(
            "%s: windows %s hold a unit larger than the context budget", document.name, over
        )
    return windows


def _part(window: Window, total: int) -> str:
    """How the prompt names the window ("" for a whole document read in one call)."""
    return "" if total == 1 else f"part {window.number} of {total}, {window.span()}"


def window_prompts(
    judge: LLMJudge, document: DocumentInfo, requests: Sequence[CheckRequest]
) -> list[str]:
    """The user message of each window's call (what judge_document sends, well-formed replies)."""
    windows = windows_for(judge, document, requests)
    return [
        judge.group_prompt_for(document, _scoped(requests, w), _part(w, len(windows))).user
        for w in windows
    ]


def _scoped(requests: Sequence[CheckRequest], window: Window) -> list[CheckRequest]:
    passages = [Passage(chunk=c) for c in window.chunks]
    return [r.model_copy(update={"passages": passages}) for r in requests]


def judge_window(
    judge: LLMJudge,
    document: DocumentInfo,
    requests: Sequence[CheckRequest],
    window: Window,
    total: int,
) -> dict[str, Verdict]:
    """Every check's verdict from one window (one call); errors set if the call failed."""
    scoped = _scoped(requests, window)
    try:
        group = judge.group_prompt_for(document, scoped, _part(window, total))
        judged = judge.decide_group(document, group, scoped)
    except Exception as exc:  # one failed window must never lose the others
        log.exception("window %d of %s failed unexpectedly", window.number, document.name)
        message = f"unexpected error: {describe(exc)}"
        return {r.check.id: error_verdict(r.check.id, message, Usage()) for r in requests}
    verdicts: dict[str, Verdict] = {}
    spent = sum((v.usage for v, _ in judged.values()), Usage())
    call = CallUsage(call=_part(window, total) or "the whole document", usage=spent)
    for check_id, (verdict, records) in judged.items():
        judge.save(records)
        verdicts[check_id] = verdict.model_copy(update={"calls": [call]})
    log.info(
        "llm window %d/%d (%s) of %s: %d chunks, ~%d passage tokens, prompt_tokens=%d "
        "completion_tokens=%d cost_usd=%.5f",
        window.number, total, window.span(), document.name, len(window.chunks), window.tokens,
        spent.prompt_tokens, spent.completion_tokens, spent.cost_usd,
    )  # fmt: skip
    return verdicts


def judge_windows(
    judge: LLMJudge, document: DocumentInfo, requests: Sequence[CheckRequest]
) -> list[Verdict]:
    """One verdict per request, in order: the map over windows, then the reduce."""
    if not requests:
        return []
    windows = windows_for(judge, document, requests)
    if not windows:  # a document without text: one call tells the model so
        windows = [Window(1, (), 0)]
    workers = min(judge.settings.max_concurrency, len(windows))
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="gapcard-window") as pool:
        found = list(
            pool.map(lambda w: judge_window(judge, document, requests, w, len(windows)), windows)
        )
    by_window = list(zip(windows, found, strict=True))
    return [
        reduce_verdicts(r.check.id, [(w, f[r.check.id]) for w, f in by_window]) for r in requests
    ]

"""The LLM judge: rubric checks judged by an OpenAI-compatible chat model through langchain.

With `llm_call` (the client and its calls), the only module that imports langchain or openai.
The checks of a document are split into groups of up to `llm.checks_per_call`, in rubric order,
and each group is one model call (`llm_group`): every check's definition and levels, then one
data block with the union of the passages retrieved for them (document text only there), and a
structured reply with one verdict per check. A check the reply leaves out is asked alone, once,
with its own template (as every check is when `checks_per_call` is 1). Replies are asked for as
json_schema, falling back to function calling, then JSON in text; bad replies and transient
failures (429, 5xx, timeouts) are retried with backoff. A check that still fails gets a Verdict
with `error` set, never a guess.

Usage: a group call's tokens are split evenly across its checks (the remainder to the first
ones) and its calls are counted on its first check, so a scorecard's totals are exactly what was
sent. Every answer leaves an audit record (prompt hash, raw reply, parsed verdict); verdicts are
cached around the judge (`analyzer.judges.cached`, applied by the engine registry).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from analyzer.config import LLMSettings, Settings
from analyzer.errors import JudgeError
from analyzer.judges.base import CheckRequest
from analyzer.judges.llm.audit import AuditLog, AuditRecord, PromptKey
from analyzer.judges.llm.call import ModelCaller, ReplyFormat, build_chat_model, describe
from analyzer.judges.llm.full import judge_windows, window_prompts
from analyzer.judges.llm.group import RenderedGroup, load_group_prompt, render_group_prompt
from analyzer.judges.llm.group_parse import GroupParse, group_format, parse_group_reply
from analyzer.judges.llm.parse import (
    VerdictReply,
    error_verdict,
    parse_reply,
    response_format,
    to_verdict,
    unknown_chunk_ids,
    verdict_tool,
)
from analyzer.judges.llm.prompt import REPLY, RenderedPrompt, prompt_hash, render_prompt
from analyzer.judges.llm.tokens import (
    CallTally,
    count_tokens,
    document_tokens,
    prepare_tiktoken_cache,
)
from analyzer.models import CallUsage, DocumentInfo, Usage, Verdict
from analyzer.retrieval import group_passage_budget
from analyzer.rubric import Check, load_rubric
from analyzer.sqlite_file import CacheError

log = logging.getLogger(__name__)

SINGLE_FORMAT = ReplyFormat("verdict", response_format(), verdict_tool())
Judged = tuple[Verdict, list[AuditRecord]]


class LLMJudge:
    """Judges checks with a chat model; see the module docstring."""

    name = "llm"

    def __init__(self, settings: Settings, *, chat_model: BaseChatModel | None = None) -> None:
        self._settings = settings.llm
        #: full coverage reads every chunk (the pipeline sends them all, in order)
        self.coverage, self.retrieves = settings.llm.coverage, settings.llm.coverage == "retrieval"
        #: retrieval: each check's whole ranking; the call's budget decides how much is sent
        self.passage_share = 1.0 if self.retrieves else 0.0
        chat = chat_model or build_chat_model(settings)
        self._model = str(getattr(chat, "model_name", None) or settings.llm.model)
        self.model: str | None = self._model
        self.system_prompt = load_rubric(settings.analysis.prompts_dir).system_prompt
        self.group_prompt = load_group_prompt(settings.analysis.prompts_dir)
        self._store = AuditLog(settings.data_dir / "cache" / "llm.sqlite3")
        prepare_tiktoken_cache(settings.data_dir / "cache" / "tiktoken")
        self._caller = ModelCaller(chat, settings.llm, self._model, SINGLE_FORMAT)

    def can_judge(self, check: Check) -> bool:
        return True  # any check with a judge template

    def fingerprint(self) -> str:
        """Every LLM setting (the key is masked: model, endpoint, budgets, output mode) and the
        prompts that frame the checks (system prompt, group templates)."""
        prompts = self.system_prompt + self.group_prompt.model_dump_json()
        return self._settings.model_dump_json() + prompt_hash(prompts, REPLY, self._model)

    def groups(self, requests: Sequence[CheckRequest]) -> list[list[CheckRequest]]:
        """The requests in groups of up to `checks_per_call`, in order: one model call each."""
        size = self._settings.checks_per_call
        return [list(requests[i : i + size]) for i in range(0, len(requests), size)]

    def judge_document(
        self, document: DocumentInfo, requests: Sequence[CheckRequest]
    ) -> list[Verdict]:
        """One verdict per request, in order; groups (or windows) run concurrently."""
        if not self.retrieves:
            return judge_windows(self, document, requests)
        groups = self.groups(requests)
        if not groups:
            return []
        workers = min(self._settings.max_concurrency, len(groups))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="gapcard-llm") as pool:
            judged = list(pool.map(lambda group: self._judge_group(document, group), groups))
        return [verdict for group in judged for verdict in group]

    def planned_prompts(
        self, document: DocumentInfo, requests: Sequence[CheckRequest]
    ) -> list[str]:
        """The user messages judge_document sends with an empty cache and well-formed replies."""
        if not self.retrieves:
            return window_prompts(self, document, requests)
        return [
            self.prompt_for(document, group[0]).user
            if len(group) == 1
            else self.group_prompt_for(document, group).user
            for group in self.groups(requests)
        ]

    def audit(self, document_sha256: str, check_id: str | None = None) -> list[AuditRecord]:
        """Audit records of a document's checks (prompt hash, raw reply, verdict), oldest first."""
        return self._store.audit(document_sha256, check_id)

    @property
    def settings(self) -> LLMSettings:
        return self._settings

    def prompt_for(self, document: DocumentInfo, request: CheckRequest) -> RenderedPrompt:
        """The prompt a check sends alone: passages within the token budget (all of them when
        the judge reads whole documents), rendered, hashed."""
        budget = self._settings.max_passage_tokens if self.retrieves else sys.maxsize
        return render_prompt(
            document,
            request,
            system_prompt=self.system_prompt,
            model=self._model,
            budget_tokens=budget,
            count=self.count,
        )

    def group_prompt_for(
        self, document: DocumentInfo, requests: Sequence[CheckRequest], part: str | None = None
    ) -> RenderedGroup:
        """The prompt of one call for several checks: shared passages within the budget, or
        every passage of a window (`part`, see `render_group_prompt`)."""
        budget = self.group_budget(document, requests) if part is None else 0
        return render_group_prompt(
            document, requests, template=self.group_prompt, system_prompt=self.system_prompt,
            model=self._model, budget_tokens=budget, count=self.count, part=part,
        )  # fmt: skip

    def group_budget(self, document: DocumentInfo, requests: Sequence[CheckRequest]) -> int:
        """Passage tokens of one group call: `retrieval_share` of the document's tokens less the
        prompt around the passages (so the whole call is about that share), with the
        `group_passage_tokens` floor for small documents (`retrieval.group_passage_budget`)."""
        empty = [r.model_copy(update={"passages": []}) for r in requests]
        frame = self.group_prompt_for(document, empty, part="").user
        around = self.count(self.system_prompt) + self.count(frame)
        own = document_tokens(requests, self.count)
        floor, share = self._settings.group_passage_tokens, self._settings.retrieval_share
        return group_passage_budget(own, around, share, floor)

    def count(self, text: str) -> int:
        """Tokens of `text` for this judge's model."""
        return count_tokens(text, self._model)

    def _judge_group(self, document: DocumentInfo, requests: list[CheckRequest]) -> list[Verdict]:
        if len(requests) == 1:
            return [self._judge_one(document, requests[0])]
        try:
            group = self.group_prompt_for(document, requests)
            verdicts: dict[str, Verdict] = {}
            judged = self.decide_group(document, group, requests)
            for check_id, (verdict, records) in judged.items():
                self.save(records)
                verdicts[check_id] = verdict
        except Exception as exc:  # one failed group must never lose the others
            log.exception("checks %s failed unexpectedly", [r.check.id for r in requests])
            message = f"unexpected error: {describe(exc)}"
            return [error_verdict(r.check.id, message, Usage()) for r in requests]
        return [verdicts[r.check.id] for r in requests]

    def _judge_one(self, document: DocumentInfo, request: CheckRequest) -> Verdict:
        check_id = request.check.id
        try:
            verdict, records = self._decide(self.prompt_for(document, request))
        except Exception as exc:  # one failed check must never lose the others
            log.exception("check %s failed unexpectedly", check_id)
            return error_verdict(check_id, f"unexpected error: {describe(exc)}", Usage())
        self.save(records)
        call = CallUsage(call=f"checks {check_id}", usage=verdict.usage)
        return verdict.model_copy(update={"calls": [call]})

    def save(self, records: list[AuditRecord]) -> None:
        try:
            for record in records:
                self._store.record(record)
        except CacheError as exc:
            log.warning("audit record not kept: %s", exc)

    def _decide(self, prompt: RenderedPrompt) -> Judged:
        check_id = prompt.check.id
        messages = [SystemMessage(self.system_prompt), HumanMessage(prompt.user)]
        log.debug("llm prompt check=%s:\n%s", check_id, prompt.user)
        tally = CallTally()
        notes: list[str] = []
        try:
            reply = self._caller.ask(
                check_id, messages, tally, SINGLE_FORMAT,
                lambda payload: parse_reply(payload, check_id=check_id),
            )  # fmt: skip
        except JudgeError as err:
            verdict = error_verdict(check_id, str(err), self._usage(tally))
        else:
            notes = self._unknown_notes(check_id, reply, prompt.chunks)
            verdict = to_verdict(
                reply, check_id=check_id, chunks=prompt.chunks, usage=self._usage(tally)
            )
        return verdict, [self._record(prompt.key, tally, verdict, notes)]

    def decide_group(
        self, document: DocumentInfo, group: RenderedGroup, requests: Sequence[CheckRequest]
    ) -> dict[str, Judged]:
        ids, label = group.ids, "+".join(group.ids)
        messages = [SystemMessage(self.system_prompt), HumanMessage(group.user)]
        log.debug("llm prompt checks=%s:\n%s", label, group.user)
        tally = CallTally()
        try:
            parsed: GroupParse | str = self._caller.ask(
                label, messages, tally, group_format(ids),
                lambda payload: parse_group_reply(payload, label=label, expected=ids),
            )  # fmt: skip
        except JudgeError as err:
            parsed = f"{err.message} (after {err.attempts} attempt(s) of one call for {label})"
        call = CallUsage(call=f"checks {', '.join(ids)}", usage=self._usage(tally))
        shares = tally.shares(len(ids))
        judged = [
            self._group_verdict(document, group, request, parsed, share)
            for request, share in zip(requests, shares, strict=True)
        ]
        return {
            v.check_id: (v.model_copy(update={"calls": [call, *v.calls]}), records)
            for v, records in judged
        }

    def _group_verdict(
        self,
        document: DocumentInfo,
        group: RenderedGroup,
        request: CheckRequest,
        parsed: GroupParse | str,
        share: CallTally,
    ) -> Judged:
        """A check's verdict from the group reply; asked alone if the reply lacks it."""
        check_id, key, usage = request.check.id, group.keys[request.check.id], self._usage(share)
        if isinstance(parsed, str):
            verdict = error_verdict(check_id, parsed, usage)
            return verdict, [self._record(key, share, verdict, [])]
        reply = parsed.verdicts.get(check_id)
        if reply is None:
            log.warning("group reply has no usable verdict for %s; asking it alone", check_id)
            notes = [*parsed.notes, "asked alone: the group reply had no usable verdict for it"]
            verdict, records = self._decide(self.prompt_for(document, request))
            verdict = verdict.model_copy(update={"usage": usage + verdict.usage})
            return verdict, [self._record(key, share, None, notes), *records]
        notes = [*parsed.notes, *self._unknown_notes(check_id, reply, group.chunks)]
        verdict = to_verdict(reply, check_id=check_id, chunks=group.chunks, usage=usage)
        return verdict, [self._record(key, share, verdict, notes)]

    @staticmethod
    def _unknown_notes(check_id: str, reply: VerdictReply, chunks: Any) -> list[str]:
        if unknown := unknown_chunk_ids(reply, chunks):
            log.warning("check %s: reply cites unknown chunk ids %s", check_id, unknown)
            return [f"quotes cite unknown chunk ids {unknown}; kept without chunk"]
        return []

    def _record(
        self, key: PromptKey, tally: CallTally, verdict: Verdict | None, notes: list[str]
    ) -> AuditRecord:
        return AuditRecord(
            **key.model_dump(),
            method=tally.method,
            attempts=tally.calls,
            raw_response=tally.raw,
            verdict=verdict,
            error=verdict.error if verdict else "no usable verdict in the group reply",
            notes=notes,
        )

    def _usage(self, tally: CallTally) -> Usage:
        return tally.usage(self._model, self._settings.prices_per_mtok)


__all__ = ["LLMJudge", "RenderedGroup", "RenderedPrompt", "build_chat_model"]

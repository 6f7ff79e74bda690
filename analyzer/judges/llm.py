"""The LLM judge: rubric checks judged by an OpenAI-compatible chat model through langchain.

The only module that imports langchain or openai. Per check it renders the prompt from the
retrieved passages (document text only inside the data block of the user message), looks the
verdict up in the cache, else asks the model for a structured verdict (json_schema, falling back
to function calling, then JSON in plain text), retrying bad replies and transient failures
(429, 5xx, timeouts) with backoff. A check that still fails gets a Verdict with `error` set.
"""

from __future__ import annotations

import json
import logging
import random
import threading
import time
from collections.abc import Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import Any, cast

import openai
from langchain_core.exceptions import ContextOverflowError
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage, HumanMessage, SystemMessage
from langchain_core.runnables import Runnable
from langchain_openai import AzureChatOpenAI, ChatOpenAI
from pydantic import SecretStr

from analyzer.config import Settings
from analyzer.errors import JudgeError, UpstreamModelError
from analyzer.judges.base import CheckRequest
from analyzer.judges.llm_cache import AuditRecord, CacheError, VerdictStore
from analyzer.judges.llm_parse import (
    VerdictReply,
    error_verdict,
    parse_reply,
    response_format,
    to_verdict,
    unknown_chunk_ids,
    verdict_tool,
)
from analyzer.judges.llm_prompt import RenderedPrompt, render_prompt
from analyzer.judges.llm_retry import Method, MethodLadder, backoff_delay, parse_retry_after
from analyzer.judges.llm_tokens import CallTally, count_tokens, prepare_tiktoken_cache
from analyzer.models import DocumentInfo, Usage, Verdict
from analyzer.rubric import load_rubric

log = logging.getLogger(__name__)

RETRYABLE_STATUS = frozenset({408, 409, 429})
PLACEHOLDER_KEY = "not-needed"


def build_chat_model(settings: Settings) -> BaseChatModel:
    """ChatOpenAI (or AzureChatOpenAI) from settings; retries are ours, so the client's are off."""
    llm = settings.llm
    key = settings.llm_api_key()
    api_key = SecretStr(key.get_secret_value() if key else PLACEHOLDER_KEY)
    common: dict[str, Any] = {
        "temperature": llm.temperature,
        "timeout": llm.timeout_s,
        "max_retries": 0,
        "max_tokens": llm.max_tokens,
        "api_key": api_key,
    }
    if llm.azure_endpoint:
        return AzureChatOpenAI(
            azure_endpoint=llm.azure_endpoint,
            azure_deployment=llm.azure_deployment or llm.model,
            api_version=llm.azure_api_version,
            model=llm.model,
            **common,
        )
    base_url = settings.llm_base_url()
    if base_url and "api.openai.com" not in base_url:
        # Servers such as llama.cpp ignore max_completion_tokens, which langchain sends.
        common["extra_body"] = {"max_tokens": llm.max_tokens}
    return ChatOpenAI(model=llm.model, base_url=base_url, **common)


def _runnables(chat: BaseChatModel) -> dict[Method, Runnable[Any, Any]]:
    """One runnable per way of asking for a verdict that this chat model supports."""
    runnables: dict[Method, Runnable[Any, Any]] = {}
    structured: tuple[tuple[Method, dict[str, Any]], ...] = (
        ("json_schema", response_format()),
        ("function_calling", verdict_tool()),
    )
    for method, schema in structured:
        try:
            runnables[method] = chat.with_structured_output(schema, method=method, include_raw=True)
        except NotImplementedError:
            log.info("chat model %s cannot do %s", type(chat).__name__, method)
    runnables["text"] = chat
    return runnables


def _unpack(result: Any, method: Method) -> tuple[AIMessage, Mapping[str, Any] | str]:
    """The raw message and the verdict payload (parsed arguments, or text to parse)."""
    if method == "text":
        message = cast(AIMessage, result)
        return message, message.text
    message = cast(AIMessage, result["raw"])
    parsed = result.get("parsed")
    if isinstance(parsed, Mapping):
        return message, parsed
    if method == "function_calling":
        for call in message.tool_calls:
            return message, call["args"]
        for bad in message.invalid_tool_calls:
            return message, bad.get("args") or ""
    return message, message.text


def _raw_text(message: AIMessage) -> str:
    parts: list[str] = [str(message.text)] if message.text else []
    parts += [json.dumps(call["args"], ensure_ascii=False) for call in message.tool_calls]
    parts += [str(bad.get("args")) for bad in message.invalid_tool_calls]
    return "\n".join(parts)


def _describe(exc: Exception) -> str:
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}: {exc.message}"
    if isinstance(exc, openai.APITimeoutError):
        return "request timed out"
    if isinstance(exc, JudgeError):
        return exc.message
    return f"{type(exc).__name__}: {exc}"


class LLMJudge:
    """Judges checks with a chat model; see the module docstring."""

    name = "llm"

    def __init__(
        self,
        settings: Settings,
        *,
        chat_model: BaseChatModel | None = None,
        use_cache: bool = True,
    ) -> None:
        self._settings = settings.llm
        self._chat = chat_model or build_chat_model(settings)
        self._model = str(getattr(self._chat, "model_name", None) or settings.llm.model)
        self.model: str | None = self._model
        self.system_prompt = load_rubric(settings.analysis.prompts_dir).system_prompt
        self._use_cache = use_cache
        self._store = VerdictStore(settings.data_dir / "cache" / "llm.sqlite3")
        prepare_tiktoken_cache(settings.data_dir / "cache" / "tiktoken")
        self._runnables = _runnables(self._chat)
        self._ladder = MethodLadder(settings.llm.structured_output, available=self._runnables)
        self._slots = threading.BoundedSemaphore(settings.llm.max_concurrency)

    def judge_document(
        self, document: DocumentInfo, requests: Sequence[CheckRequest]
    ) -> list[Verdict]:
        """One verdict per request, in order; checks run concurrently within the limit."""
        if not requests:
            return []
        workers = min(self._settings.max_concurrency, len(requests))
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="gapcard-llm") as pool:
            return list(pool.map(lambda request: self._judge_one(document, request), requests))

    def audit(self, document_sha256: str, check_id: str | None = None) -> list[AuditRecord]:
        """Audit records of a document's checks (prompt hash, raw reply, verdict), oldest first."""
        return self._store.audit(document_sha256, check_id)

    def _judge_one(self, document: DocumentInfo, request: CheckRequest) -> Verdict:
        check_id = request.check.id
        try:
            prompt = self.prompt_for(document, request)
            if (cached := self._cached(prompt)) is not None:
                return cached
            verdict, record = self._decide(prompt)
        except Exception as exc:  # one failed check must never lose the others
            log.exception("check %s failed unexpectedly", check_id)
            return error_verdict(check_id, f"unexpected error: {_describe(exc)}", Usage())
        try:
            self._store.put(prompt.key, verdict)
            self._store.record(record)
        except CacheError as exc:
            log.warning("verdict of check %s not cached: %s", check_id, exc)
        return verdict

    def _cached(self, prompt: RenderedPrompt) -> Verdict | None:
        if not self._use_cache:
            return None
        try:
            cached = self._store.get(prompt.key)
        except CacheError as exc:
            log.warning("verdict cache unreadable, asking the model: %s", exc)
            return None
        if cached is None:
            return None
        log.info("llm cache hit check=%s model=%s", prompt.check.id, self._model)
        return cached.model_copy(update={"usage": Usage(cached=True)})

    def prompt_for(self, document: DocumentInfo, request: CheckRequest) -> RenderedPrompt:
        """The prompt a check sends: passages within the token budget, rendered and hashed."""
        return render_prompt(
            document,
            request,
            system_prompt=self.system_prompt,
            model=self._model,
            budget_tokens=self._settings.max_passage_tokens,
            count=lambda text: count_tokens(text, self._model),
        )

    def _decide(self, prompt: RenderedPrompt) -> tuple[Verdict, AuditRecord]:
        check_id = prompt.check.id
        messages = [SystemMessage(self.system_prompt), HumanMessage(prompt.user)]
        log.debug("llm prompt check=%s:\n%s", check_id, prompt.user)
        tally = CallTally()
        notes: list[str] = []
        try:
            reply = self._ask(check_id, messages, tally)
        except JudgeError as err:
            verdict = error_verdict(check_id, str(err), self._usage(tally))
        else:
            if unknown := unknown_chunk_ids(reply, prompt.chunks):
                notes.append(f"quotes cite unknown chunk ids {unknown}; kept without chunk")
                log.warning("check %s: reply cites unknown chunk ids %s", check_id, unknown)
            verdict = to_verdict(
                reply, check_id=check_id, chunks=prompt.chunks, usage=self._usage(tally)
            )
        record = AuditRecord(
            **prompt.key.model_dump(),
            method=tally.method,
            attempts=tally.calls,
            raw_response=tally.raw,
            verdict=verdict,
            error=verdict.error,
            notes=notes,
        )
        return verdict, record

    def _usage(self, tally: CallTally) -> Usage:
        return tally.usage(self._model, self._settings.prices_per_mtok)

    def _ask(self, check_id: str, messages: list[BaseMessage], tally: CallTally) -> VerdictReply:
        """A valid VerdictReply; raises JudgeError or UpstreamModelError beyond the budget."""
        while True:
            method = self._ladder.current()
            try:
                return self._attempt(check_id, method, messages, tally)
            except openai.APIStatusError as exc:
                overflow = isinstance(exc, ContextOverflowError)
                if self._ladder.give_up(method, exc.status_code, context_overflow=overflow):
                    continue
                self._wait_or_raise(check_id, tally, exc)
            except (openai.APIConnectionError, JudgeError) as exc:
                self._wait_or_raise(check_id, tally, exc)

    def _attempt(
        self, check_id: str, method: Method, messages: list[BaseMessage], tally: CallTally
    ) -> VerdictReply:
        tally.calls += 1
        tally.method = method
        started = time.monotonic()
        outcome = "error"
        try:
            with self._slots:
                result = self._runnables[method].invoke(messages)
            message, payload = _unpack(result, method)
            self._count(message, tally)
            tally.raw = _raw_text(message)
            reply = parse_reply(payload, check_id=check_id)
            outcome = "ok"
            return reply
        except (openai.APIStatusError, openai.APIConnectionError):
            raise
        except openai.OpenAIError as exc:  # e.g. a reply cut at max_tokens
            raise JudgeError(f"unusable reply ({_describe(exc)})", check_id=check_id) from exc
        finally:
            log.info(
                "llm call check=%s model=%s method=%s outcome=%s latency=%.2fs "
                "prompt_tokens=%d completion_tokens=%d retries=%d",
                check_id, self._model, method, outcome, time.monotonic() - started,
                tally.prompt_tokens, tally.completion_tokens, tally.retries,
            )  # fmt: skip

    @staticmethod
    def _count(message: AIMessage, tally: CallTally) -> None:
        usage = message.usage_metadata
        if usage:
            tally.prompt_tokens += int(usage.get("input_tokens", 0))
            tally.completion_tokens += int(usage.get("output_tokens", 0))

    def _wait_or_raise(self, check_id: str, tally: CallTally, exc: Exception) -> None:
        """Sleep before the next retry, or raise the check's final error."""
        retryable, retry_after = self._retry_info(exc)
        if not retryable or tally.retries >= self._settings.max_retries:
            if isinstance(exc, JudgeError):
                raise JudgeError(
                    f"no valid verdict from the model: {exc.message}",
                    check_id=check_id,
                    attempts=tally.calls,
                    raw_output=exc.raw_output,
                ) from exc
            raise UpstreamModelError(
                f"model endpoint failed: {_describe(exc)}", check_id=check_id, attempts=tally.calls
            ) from exc
        tally.retries += 1
        delay = backoff_delay(
            tally.retries,
            base=self._settings.backoff_base_s,
            cap=self._settings.backoff_max_s,
            jitter=random.random(),
            retry_after=retry_after,
        )
        log.info("retrying check=%s in %.2fs after %s", check_id, delay, _describe(exc))
        time.sleep(delay)

    @staticmethod
    def _retry_info(exc: Exception) -> tuple[bool, float | None]:
        """Whether exc is worth a retry, and the server's Retry-After (bad replies: at once)."""
        if isinstance(exc, JudgeError):
            return True, 0.0
        if isinstance(exc, openai.APIStatusError):
            status = exc.status_code
            retryable = status in RETRYABLE_STATUS or status >= 500
            return retryable, parse_retry_after(dict(exc.response.headers), time.time())
        return isinstance(exc, openai.APIConnectionError), None


__all__ = ["LLMJudge", "RenderedPrompt", "build_chat_model"]

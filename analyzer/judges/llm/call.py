"""The chat client, and one model call: re-asked on a reply that does not parse.

Transport failures (429, 5xx, timeouts, connection errors) are retried by the openai client itself
(`max_retries`, exponential backoff honouring Retry-After); an httpx request hook counts every
HTTP request it makes into the current call's `CallTally`. What the client cannot judge is ours:
a reply that does not parse is asked again (up to `llm.max_retries` times), then the check errors,
never guessed; a structured-output method the server says it lacks (400/422) is dropped for the
judge's lifetime (`MethodLadder`), a transient failure never drops one.

`ModelCaller.ask` returns what `parse` makes of the reply, or raises `JudgeError` (the reply never
parsed) or `UpstreamModelError` (the endpoint kept failing).
"""

from __future__ import annotations

import json
import logging
import threading
import time
from collections.abc import Callable, Mapping
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any, TypeVar, cast

import httpx
import openai
from langchain_core.exceptions import ContextOverflowError
from langchain_core.language_models import BaseChatModel
from langchain_core.messages import AIMessage, BaseMessage
from langchain_core.runnables import Runnable
from langchain_openai import AzureChatOpenAI, ChatOpenAI
from pydantic import SecretStr

from analyzer.config import LLMSettings, Settings
from analyzer.errors import JudgeError, UpstreamModelError
from analyzer.judges.llm.methods import METHODS, Method, MethodLadder
from analyzer.judges.llm.tokens import CallTally

log = logging.getLogger(__name__)

#: The tally of the call running in this thread: the HTTP hook counts its requests into it.
_current: ContextVar[list[int] | None] = ContextVar("gapcard_llm_requests", default=None)
PLACEHOLDER_KEY = "not-needed"
T = TypeVar("T")
Payload = Mapping[str, Any] | str


@dataclass(frozen=True)
class ReplyFormat:
    """How a reply is asked for: a name for it, its json_schema response format, its tool."""

    name: str
    response_format: dict[str, Any]
    tool: dict[str, Any]


def _unpack(result: Any, method: Method) -> tuple[AIMessage, Payload]:
    """The raw message and the reply payload (parsed arguments, or text to parse)."""
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


def describe(exc: Exception) -> str:
    """A one-line account of a failure, for verdict errors and logs."""
    if isinstance(exc, openai.APIStatusError):
        return f"HTTP {exc.status_code}: {exc.message}"
    if isinstance(exc, openai.APITimeoutError):
        return "request timed out"
    if isinstance(exc, JudgeError):
        return exc.message
    return f"{type(exc).__name__}: {exc}"


def _count_request(request: httpx.Request) -> None:
    """httpx hook: one more HTTP request (first try or the client's retry) for the current call."""
    counter = _current.get()
    if counter is not None:
        counter[0] += 1


def build_chat_model(settings: Settings) -> BaseChatModel:
    """ChatOpenAI (or AzureChatOpenAI) from settings; the openai client retries transport
    failures (`llm.max_retries`) and a request hook counts each attempt."""
    llm = settings.llm
    key = settings.llm_api_key()
    api_key = SecretStr(key.get_secret_value() if key else PLACEHOLDER_KEY)
    common: dict[str, Any] = {
        "temperature": llm.temperature,
        "timeout": llm.timeout_s,
        "max_retries": llm.max_retries,
        "http_client": openai.DefaultHttpxClient(event_hooks={"request": [_count_request]}),
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


class ModelCaller:
    """Asks one chat model for structured replies; shared by all the calls of a judge."""

    def __init__(
        self, chat: BaseChatModel, settings: LLMSettings, model: str, probe: ReplyFormat
    ) -> None:
        """`probe` is a reply format used to find which structured methods `chat` supports."""
        self._chat = chat
        self._settings = settings
        self.model = model
        self._lock = threading.Lock()
        self._runnables: dict[str, dict[Method, Runnable[Any, Any]]] = {}
        available = [m for m in METHODS if self._runnable(probe, m) is not self._chat]
        self._ladder = MethodLadder(settings.structured_output, available=[*available, "text"])
        self._slots = threading.BoundedSemaphore(settings.max_concurrency)

    def _build(self, reply: ReplyFormat, method: Method) -> Runnable[Any, Any] | None:
        if method == "text":
            return self._chat
        schema = reply.response_format if method == "json_schema" else reply.tool
        try:
            return self._chat.with_structured_output(schema, method=method, include_raw=True)
        except NotImplementedError:
            log.info("chat model %s cannot do %s", type(self._chat).__name__, method)
            return None

    def _runnable(self, reply: ReplyFormat, method: Method) -> Runnable[Any, Any]:
        with self._lock:
            built = self._runnables.setdefault(reply.name, {})
            if method not in built:
                runnable = self._build(reply, method)
                built[method] = runnable if runnable is not None else self._chat
            return built[method]

    def ask(
        self,
        label: str,
        messages: list[BaseMessage],
        tally: CallTally,
        reply: ReplyFormat,
        parse: Callable[[Payload], T],
    ) -> T:
        """The parsed reply; raises JudgeError or UpstreamModelError beyond the retry budget."""
        reasks = 0
        while True:
            method = self._ladder.current()
            try:
                return self._attempt(label, method, messages, tally, reply, parse)
            except openai.APIStatusError as exc:
                overflow = isinstance(exc, ContextOverflowError)
                if self._ladder.give_up(method, exc.status_code, context_overflow=overflow):
                    continue
                raise self._upstream(label, tally, exc) from exc
            except openai.APIConnectionError as exc:  # timeouts included
                raise self._upstream(label, tally, exc) from exc
            except JudgeError as exc:
                if reasks >= self._settings.max_retries:
                    raise JudgeError(
                        f"no valid verdict from the model: {exc.message}",
                        check_id=label,
                        attempts=tally.calls,
                        raw_output=exc.raw_output,
                    ) from exc
                reasks += 1
                tally.retries += 1
                log.info("asking check=%s again after %s", label, exc.message)

    def _attempt(
        self,
        label: str,
        method: Method,
        messages: list[BaseMessage],
        tally: CallTally,
        reply: ReplyFormat,
        parse: Callable[[Payload], T],
    ) -> T:
        tally.method = method
        started = time.monotonic()
        outcome = "error"
        requests = [0]
        token = _current.set(requests)
        try:
            with self._slots:
                result = self._runnable(reply, method).invoke(messages)
            message, payload = _unpack(result, method)
            self._count(message, tally)
            tally.raw = _raw_text(message)
            parsed = parse(payload)
            outcome = "ok"
            return parsed
        except (openai.APIStatusError, openai.APIConnectionError):
            raise
        except openai.OpenAIError as exc:  # e.g. a reply cut at max_tokens
            raise JudgeError(f"unusable reply ({describe(exc)})", check_id=label) from exc
        finally:
            _current.reset(token)
            tally.calls += max(1, requests[0])
            tally.retries += max(0, requests[0] - 1)
            log.info(
                "llm call check=%s model=%s method=%s outcome=%s latency=%.2fs "
                "prompt_tokens=%d completion_tokens=%d retries=%d",
                label, self.model, method, outcome, time.monotonic() - started,
                tally.prompt_tokens, tally.completion_tokens, tally.retries,
            )  # fmt: skip

    @staticmethod
    def _count(message: AIMessage, tally: CallTally) -> None:
        usage = message.usage_metadata
        if usage:
            tally.prompt_tokens += int(usage.get("input_tokens", 0))
            tally.completion_tokens += int(usage.get("output_tokens", 0))

    @staticmethod
    def _upstream(label: str, tally: CallTally, exc: Exception) -> UpstreamModelError:
        """The call's final error once the client's own retries are spent."""
        return UpstreamModelError(
            f"model endpoint failed: {describe(exc)}", check_id=label, attempts=tally.calls
        )

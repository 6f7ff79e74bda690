"""The scripted OpenAI-compatible loopback server of the tests, answering like a careful model.

Each request gets a `partial` verdict quoting the start of its first passage verbatim (so
citations verify), and reports as prompt tokens what tiktoken counts for the messages it was
sent, so usage figures are real token counts, not estimates from characters.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from benchmarks.core import require

MODEL = "gpt-4o-mini"
QUOTE_CHARS = 100


def quote_of(text: str) -> str:
    """A verbatim opening of `text`, cut at a word boundary."""
    head = text.strip()[:QUOTE_CHARS]
    cut = head.rfind(" ")
    return head[:cut] if cut > 20 else head


def make_responder(fake: Any, tokens: Any) -> Any:
    def respond(body: dict[str, Any]) -> Any:
        system = fake.message_of(body, "system")
        user = fake.message_of(body, "user")
        prompt_tokens = tokens.chat_tokens(system, user, body.get("model") or MODEL)
        passages = fake.passages_of(body)
        if not passages:
            return fake.verdict("absent", prompt_tokens=prompt_tokens, missing=["evidence"])
        chunk_id, text = next(iter(passages.items()))
        return fake.verdict(
            "partial",
            [(chunk_id, quote_of(text))],
            rationale="The plan touches this check but stops short of the bar.",
            missing=["a dated, measurable commitment"],
            prompt_tokens=prompt_tokens,
        )

    return respond


@contextmanager
def scripted_server() -> Iterator[Any]:
    """A running FakeOpenAI (from tests/fake_openai.py); Skip if it or the LLM judge is absent."""
    fake = require("tests.fake_openai", "FakeOpenAI")
    require("analyzer.judges.llm.judge", "LLMJudge")
    tokens = require("analyzer.judges.llm.tokens", "chat_tokens")
    with fake.FakeOpenAI(responder=make_responder(fake, tokens)) as server:
        yield server


def llm_settings(server: Any) -> dict[str, Any]:
    """Settings overrides that point the LLM engine at the scripted server."""
    return {
        "llm": {
            "base_url": server.base_url,
            "api_key": "benchmark",
            "model": MODEL,
        }
    }

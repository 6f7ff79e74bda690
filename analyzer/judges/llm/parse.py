"""The verdict a model must return, and how a reply becomes one (pure).

A reply is accepted only if it is a JSON object that validates against `VerdictReply`; anything
else raises `JudgeError` carrying the raw text, and the engine retries or reports the error. A
verdict is never guessed from a reply that does not parse.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from analyzer.errors import JudgeError
from analyzer.models import Chunk, Citation, Usage, Verdict

TOOL_NAME = "record_verdict"
_FENCE = re.compile(r"```[a-zA-Z0-9_-]*\s*\n?(.*?)```", re.DOTALL)


class CitationReply(BaseModel):
    model_config = ConfigDict(extra="ignore")

    chunk_id: str | None = Field(default=None, description="The chunk_id of the quoted passage")
    quote: str = Field(description="Text copied character for character from that passage")


class VerdictReply(BaseModel):
    """What the model answers for one check."""

    model_config = ConfigDict(extra="ignore")

    status: Literal["present", "partial", "absent"]
    rationale: str
    citations: list[CitationReply] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)


def verdict_json_schema() -> dict[str, Any]:
    """The reply schema in the strict form OpenAI structured outputs accept."""
    citation = {
        "type": "object",
        "properties": {
            "chunk_id": {"type": "string", "description": "chunk_id of the quoted passage"},
            "quote": {"type": "string", "description": "verbatim text from that passage"},
        },
        "required": ["chunk_id", "quote"],
        "additionalProperties": False,
    }
    return {
        "type": "object",
        "properties": {
            "status": {"type": "string", "enum": ["present", "partial", "absent"]},
            "rationale": {"type": "string", "description": "one or two sentences"},
            "citations": {"type": "array", "items": citation},
            "missing": {"type": "array", "items": {"type": "string"}},
        },
        "required": ["status", "rationale", "citations", "missing"],
        "additionalProperties": False,
    }


def response_format() -> dict[str, Any]:
    """The `json_schema` response format (name, schema, strict)."""
    return {"name": "verdict", "schema": verdict_json_schema(), "strict": True}


def verdict_tool() -> dict[str, Any]:
    """The function-calling tool whose arguments are the verdict."""
    return {
        "type": "function",
        "function": {
            "name": TOOL_NAME,
            "description": "Record the verdict for the rubric check.",
            "parameters": verdict_json_schema(),
            "strict": True,
        },
    }


def outermost_object(text: str) -> str | None:
    """The first balanced `{...}` in text (braces inside JSON strings ignored), if any."""
    start = text.find("{")
    while start >= 0:
        depth, in_string, escaped = 0, False, False
        for i in range(start, len(text)):
            ch = text[i]
            if in_string:
                if escaped:
                    escaped = False
                elif ch == "\\":
                    escaped = True
                elif ch == '"':
                    in_string = False
            elif ch == '"':
                in_string = True
            elif ch == "{":
                depth += 1
            elif ch == "}":
                depth -= 1
                if depth == 0:
                    return text[start : i + 1]
        start = text.find("{", start + 1)
    return None


def extract_json(text: str) -> Any:
    """The JSON object in a reply: the whole text, a fenced block, or the outermost object."""
    candidates = [text.strip(), *(m.group(1).strip() for m in _FENCE.finditer(text))]
    for candidate in candidates:
        try:
            return json.loads(candidate)
        except json.JSONDecodeError:
            found = outermost_object(candidate)
            if found is not None:
                try:
                    return json.loads(found)
                except json.JSONDecodeError:
                    continue
    raise ValueError("no JSON object in the reply")


def parse_reply(payload: Mapping[str, Any] | str, *, check_id: str) -> VerdictReply:
    """Validate a reply (parsed arguments or raw text) into a VerdictReply, or raise JudgeError."""
    raw = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    try:
        data = extract_json(payload) if isinstance(payload, str) else payload
        if not isinstance(data, Mapping):
            raise ValueError("the reply is JSON but not an object")
        return VerdictReply.model_validate(dict(data))
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'reply'}: {e['msg']}" for e in exc.errors()
        )
        raise JudgeError(
            f"model reply is not a valid verdict ({problems})", check_id=check_id, raw_output=raw
        ) from exc
    except ValueError as exc:
        raise JudgeError(
            f"model reply is not valid JSON ({exc})", check_id=check_id, raw_output=raw
        ) from exc


def to_citation(reply: CitationReply, chunks: Mapping[str, Chunk]) -> Citation:
    """A citation claim with the locator of the chunk it names; chunk_id None if unknown."""
    chunk = chunks.get(reply.chunk_id or "")
    if chunk is None:
        return Citation(quote=reply.quote.strip())
    return Citation(
        quote=reply.quote.strip(),
        chunk_id=chunk.id,
        page=chunk.page,
        slide=chunk.slide,
        section=" > ".join(chunk.section) or None,
    )


def unknown_chunk_ids(reply: VerdictReply, chunks: Mapping[str, Chunk]) -> list[str]:
    """Chunk ids the reply cites that were not among the passages sent."""
    return [c.chunk_id or "" for c in reply.citations if (c.chunk_id or "") not in chunks]


def to_verdict(
    reply: VerdictReply, *, check_id: str, chunks: Mapping[str, Chunk], usage: Usage
) -> Verdict:
    """The judge's Verdict: citations are claims, left for the pipeline to verify."""
    citations = [to_citation(c, chunks) for c in reply.citations if c.quote.strip()]
    return Verdict(
        check_id=check_id,
        status=reply.status,
        rationale=reply.rationale.strip(),
        citations=citations,
        missing=[m.strip() for m in reply.missing if m.strip()],
        usage=usage,
    )


def error_verdict(check_id: str, message: str, usage: Usage) -> Verdict:
    """The verdict of a check the model could not decide: absent, no citations, error set."""
    return Verdict(
        check_id=check_id,
        status="absent",
        rationale=f"Not judged: {message}",
        citations=[],
        usage=usage,
        error=message,
    )

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

from langchain_core.utils.json import parse_json_markdown
from pydantic import BaseModel, ConfigDict, Field, ValidationError

from analyzer.errors import JudgeError
from analyzer.models import Chunk, Citation, Usage, Verdict

TOOL_NAME = "record_verdict"
_OPENING = re.compile(r"\{")


class CitationReply(BaseModel):
    model_config = ConfigDict(extra="ignore")

    chunk_id: str | None = Field(default=None, description="chunk_id of the quoted passage")
    quote: str = Field(description="verbatim text from that passage")


class VerdictReply(BaseModel):
    """What the model answers for one check."""

    model_config = ConfigDict(extra="ignore")

    status: Literal["present", "partial", "absent"]
    rationale: str = Field(description="one or two sentences")
    citations: list[CitationReply] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)


def strict_schema(model: type[BaseModel]) -> dict[str, Any]:
    """`model`'s JSON schema in the strict form OpenAI structured outputs accept: references
    inlined, every property required, no additional properties, no titles or defaults."""
    schema = model.model_json_schema()
    defs = schema.pop("$defs", {})

    def strict(node: Any) -> Any:
        if isinstance(node, list):
            return [strict(item) for item in node]
        if not isinstance(node, dict):
            return node
        if "$ref" in node:
            return strict(defs[node["$ref"].rsplit("/", 1)[-1]])
        out = {k: strict(v) for k, v in node.items() if k not in ("title", "default")}
        if out.get("type") == "object":
            out["required"] = list(out.get("properties", {}))
            out["additionalProperties"] = False
        return out

    result: dict[str, Any] = strict(schema)
    return result


def verdict_json_schema() -> dict[str, Any]:
    """The reply schema of one check, generated from `VerdictReply`."""
    return strict_schema(VerdictReply)


def example_of(schema: Mapping[str, Any]) -> Any:
    """A JSON example of a strict schema, for prompts: `"a|b"` for an enum, `"..."` for a string,
    one item per array."""
    if "enum" in schema:
        return "|".join(str(v) for v in schema["enum"])
    if "anyOf" in schema:
        return example_of(next(s for s in schema["anyOf"] if s.get("type") != "null"))
    kind = schema.get("type")
    if kind == "object":
        return {name: example_of(sub) for name, sub in schema.get("properties", {}).items()}
    if kind == "array":
        return [example_of(schema.get("items", {}))]
    return "..."


def reply_example(schema: Mapping[str, Any]) -> str:
    """The one-line JSON example of a reply schema shown at the end of a prompt."""
    return json.dumps(example_of(schema), ensure_ascii=False)


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


def extract_json(text: str) -> Any:
    """The JSON in a reply: the whole text or a fenced block (langchain-core's
    `parse_json_markdown`, strict parser: a cut reply is never completed), else the first
    complete object in the prose around it."""
    try:
        return parse_json_markdown(text, parser=json.loads)
    except ValueError:
        pass
    decoder = json.JSONDecoder()
    for opening in _OPENING.finditer(text):
        try:
            return decoder.raw_decode(text, opening.start())[0]
        except ValueError:
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

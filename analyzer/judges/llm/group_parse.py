"""The reply to a group call, `{"verdicts": [{"check_id", ...}, ...]}`, and its parsing (pure).

A reply that is not a JSON object with a `verdicts` list, or that has no usable verdict for any
of the group's checks, raises `JudgeError` (the call is retried). Otherwise each check gets its
verdict if the reply holds exactly one valid verdict for it; a check whose verdict is missing,
invalid or given twice is left out (the judge asks it alone), and ids that are not the group's
are noted. Nothing is guessed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel, Field, ValidationError

from analyzer.errors import JudgeError
from analyzer.judges.llm.call import Payload, ReplyFormat
from analyzer.judges.llm.parse import VerdictReply, extract_json, strict_schema

GROUP_TOOL_NAME = "record_verdicts"


class CheckVerdictReply(VerdictReply):
    """One verdict of a group reply, naming the check it judges."""

    check_id: str = Field(description="the check judged")


class GroupReply(BaseModel):
    """What the model answers for a group of checks."""

    verdicts: list[CheckVerdictReply]


def group_json_schema(check_ids: Sequence[str]) -> dict[str, Any]:
    """The strict reply schema of a group call (from `GroupReply`), check_id first and limited
    to the group's checks."""
    schema = strict_schema(GroupReply)
    item = schema["properties"]["verdicts"]["items"]
    check_id = item["properties"].pop("check_id") | {"enum": list(check_ids)}
    item["properties"] = {"check_id": check_id, **item["properties"]}
    item["required"] = list(item["properties"])
    return schema


def group_format(check_ids: Sequence[str]) -> ReplyFormat:
    """The json_schema response format and the function-calling tool of a group call."""
    schema = group_json_schema(check_ids)
    tool = {
        "type": "function",
        "function": {
            "name": GROUP_TOOL_NAME,
            "description": "Record one verdict for each rubric check.",
            "parameters": schema,
            "strict": True,
        },
    }
    name = "verdicts:" + ",".join(check_ids)
    return ReplyFormat(name, {"name": "verdicts", "schema": schema, "strict": True}, tool)


@dataclass
class GroupParse:
    """The verdicts found for the group's checks, and what was wrong with the rest."""

    verdicts: dict[str, VerdictReply] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)


def _entries(payload: Payload, label: str) -> list[Any]:
    raw = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
    try:
        data = extract_json(payload) if isinstance(payload, str) else payload
    except ValueError as exc:
        raise JudgeError(
            f"model reply is not valid JSON ({exc})", check_id=label, raw_output=raw
        ) from exc
    entries = data.get("verdicts") if isinstance(data, Mapping) else None
    if not isinstance(entries, list):
        raise JudgeError(
            "model reply is not a list of verdicts (no 'verdicts' array)",
            check_id=label,
            raw_output=raw,
        )
    return entries


def _read(entry: Any, position: int) -> tuple[str | None, VerdictReply | str]:
    """(check id, verdict) of one entry, or (id if any, the problem)."""
    if not isinstance(entry, Mapping):
        return None, f"verdict #{position} is not an object"
    check_id = entry.get("check_id")
    check_id = check_id.strip() if isinstance(check_id, str) else None
    try:
        return check_id, VerdictReply.model_validate(dict(entry))
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        return check_id, f"verdict #{position} ({check_id}) is invalid: {problems}"


def parse_group_reply(payload: Payload, *, label: str, expected: Sequence[str]) -> GroupParse:
    """The verdicts of a group reply, by check id; JudgeError if none of them is usable."""
    found: dict[str, list[VerdictReply]] = {}
    result = GroupParse()
    for position, entry in enumerate(_entries(payload, label), start=1):
        check_id, read = _read(entry, position)
        if isinstance(read, str):
            result.notes.append(read)
        elif check_id is None or check_id not in expected:
            result.notes.append(f"verdict #{position} names an unknown check {check_id!r}")
        else:
            found.setdefault(check_id, []).append(read)
    for check_id, replies in found.items():
        if len(replies) == 1:
            result.verdicts[check_id] = replies[0]
        else:
            result.notes.append(f"{len(replies)} verdicts for check {check_id}; none kept")
    if not result.verdicts:
        raw = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False)
        reasons = "; ".join(result.notes) or "the list is empty"
        raise JudgeError(
            f"model reply has no usable verdict ({reasons})", check_id=label, raw_output=raw
        )
    missing = [c for c in expected if c not in result.verdicts]
    if missing:
        result.notes.append(f"no usable verdict for {', '.join(missing)}")
    return result

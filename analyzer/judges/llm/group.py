"""The prompt of one model call that judges several checks of a document (pure, but for loading).

The user message holds each check's definition and status levels (rendered from its check file
through `prompts/group.toml`), then ONE `<document_passages>` block with the union of the
passages retrieved for the group's checks, each passage once, and for each check the ids of the
passages retrieved for it, best first. The passages share one token budget: every check keeps its
best passage, then the checks take their next best in turns while the budget lasts.

Chunk ids are shown without the document-hash prefix they all share (`p3-2` for
`0123456789abcdef-p3-2`); a reply may cite either form.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ValidationError, field_validator

from analyzer.errors import RubricError
from analyzer.judges.base import CheckRequest
from analyzer.judges.llm.audit import PromptKey
from analyzer.judges.llm.group_parse import group_json_schema
from analyzer.judges.llm.parse import reply_example
from analyzer.judges.llm.prompt import document_label, prompt_hash, render_passage
from analyzer.models import Chunk, DocumentInfo, Passage
from analyzer.rubric import Check, template_fields

GROUP_FILE = "group.toml"
CHECK_FIELDS = frozenset(
    {"check_id", "title", "definition", "levels", "present", "partial", "absent", "passage_ids"}
)
CHECK_REQUIRED = frozenset({"check_id", "passage_ids"})
GROUP_FIELDS = frozenset({"checks", "check_ids", "count", "document", "passages", "reply_format"})
GROUP_REQUIRED = frozenset({"checks", "passages"})
#: Passages of each check sent whatever the budget (its best ones).
GUARANTEED_PASSAGES = 1
#: Ids listed under each check: its best passages among those sent.
LISTED_PASSAGES = 2
#: Innermost headings shown in a passage's locator (its chunk text usually opens with them).
LOCATOR_HEADINGS = 1
NO_PASSAGES = "(no passages were found in this document)"
#: What a check lists as its passages when the model reads a whole document or window.
WHOLE_PART = "all of those below, in document order"


def _validate(template: str, allowed: frozenset[str], required: frozenset[str]) -> str:
    names = template_fields(template)
    if unknown := names - allowed:
        raise ValueError(f"unknown placeholders: {sorted(unknown)}")
    if lacking := required - names:
        raise ValueError(f"missing required placeholders: {sorted(lacking)}")
    return template


def compact(text: str) -> str:
    """Text on one line with single spaces."""
    return " ".join(text.split())


class GroupPrompt(BaseModel):
    """`prompts/group.toml`: the templates of a call that judges several checks."""

    version: str
    check_template: str
    group_template: str

    @field_validator("check_template")
    @classmethod
    def _check_placeholders(cls, template: str) -> str:
        return _validate(template, CHECK_FIELDS, CHECK_REQUIRED)

    @field_validator("group_template")
    @classmethod
    def _group_placeholders(cls, template: str) -> str:
        return _validate(template, GROUP_FIELDS, GROUP_REQUIRED)

    def render_check(self, check: Check, passage_ids: Sequence[str]) -> str:
        levels = {name: compact(text) for name, text in check.levels.model_dump().items()}
        return self.check_template.format(
            check_id=check.id,
            title=check.title,
            definition=compact(check.definition),
            levels="\n".join(f"- {name}: {text}" for name, text in levels.items()),
            passage_ids=", ".join(passage_ids) or "none",
            **levels,
        )

    def render(
        self, *, checks: Sequence[str], ids: Sequence[str], document: str, passages: str
    ) -> str:
        return self.group_template.format(
            checks="".join(checks),
            check_ids=", ".join(ids),
            count=len(ids),
            document=document,
            passages=passages,
            reply_format=reply_example(group_json_schema(ids)),
        )


def load_group_prompt(prompts_dir: Path) -> GroupPrompt:
    """Load and validate prompts_dir/group.toml; RubricError if it is missing or invalid."""
    path = prompts_dir / GROUP_FILE
    try:
        return GroupPrompt.model_validate(tomllib.loads(path.read_text(encoding="utf-8")))
    except (OSError, tomllib.TOMLDecodeError, ValidationError, ValueError) as exc:
        raise RubricError(f"invalid group prompt: {exc}", path=str(path)) from exc


@dataclass(frozen=True)
class GroupSelection:
    """The passages of a group (document order) and each check's ids among them, best first."""

    passages: list[Passage]
    by_check: dict[str, list[str]]


def _unique(passages: Sequence[Passage]) -> list[Passage]:
    """The passages in order, each chunk once (its first, best-ranked, occurrence)."""
    first: dict[str, Passage] = {}
    for passage in passages:
        first.setdefault(passage.chunk.id, passage)
    return list(first.values())


def select_group_passages(
    requests: Sequence[CheckRequest],
    budget_tokens: int,
    cost: Callable[[Passage], int],
    guaranteed: int = GUARANTEED_PASSAGES,
    listed: int = LISTED_PASSAGES,
) -> GroupSelection:
    """Each check's best `guaranteed` passages, then its next best in turns within the budget;
    for each check, the ids of its best `listed` passages among those sent."""
    ranked = {r.check.id: _unique(r.passages) for r in requests}
    chosen: dict[str, Passage] = {}
    used = 0
    depth = max((len(p) for p in ranked.values()), default=0)
    for rank in range(depth):
        for passages in ranked.values():
            if rank >= len(passages) or passages[rank].chunk.id in chosen:
                continue
            passage = passages[rank]
            price = cost(passage)
            if rank >= guaranteed and used + price > budget_tokens:
                continue
            chosen[passage.chunk.id] = passage
            used += price
    by_check = {
        cid: [p.chunk.id for p in ps if p.chunk.id in chosen][:listed] for cid, ps in ranked.items()
    }
    ordered = sorted(chosen.values(), key=lambda p: (p.chunk.index, p.chunk.id))
    return GroupSelection(passages=ordered, by_check=by_check)


def shown_ids(chunk_ids: Sequence[str], sha256: str) -> dict[str, str]:
    """Chunk id -> the id shown to the model: without the shared document prefix if unique."""
    prefix = f"{sha256[:16]}-"
    short = {cid: cid.removeprefix(prefix) for cid in chunk_ids}
    if all(cid.startswith(prefix) for cid in chunk_ids) and len(set(short.values())) == len(short):
        return short
    return {cid: cid for cid in chunk_ids}


def _render(passage: Passage, labels: Mapping[str, str], whole: bool = False) -> str:
    """A passage of the data block. Reading a whole document in order, a page or slide is its
    locator (the headings were sent where they stand in the text, so they are not repeated)."""
    chunk, headings = passage.chunk, LOCATOR_HEADINGS
    if whole and (chunk.page is not None or chunk.slide is not None):
        headings = 0
    return render_passage(passage, labels[chunk.id], headings=headings)


@dataclass(frozen=True)
class RenderedGroup:
    """Exactly what one group call asks: the user message, its chunks, a cache key per check."""

    checks: tuple[Check, ...]
    user: str
    chunks: Mapping[str, Chunk]
    keys: Mapping[str, PromptKey]

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.checks]


def render_group_prompt(
    document: DocumentInfo,
    requests: Sequence[CheckRequest],
    *,
    template: GroupPrompt,
    system_prompt: str,
    model: str,
    budget_tokens: int,
    count: Callable[[str], int],
    part: str | None = None,
) -> RenderedGroup:
    """A group's prompt: shared passages within the budget, rendered, keyed per check.

    `part` marks a document read whole: every passage is sent (whatever the budget) and no check
    lists its best passages; "" for the whole document in one call, else its window (e.g.
    `part 2 of 3, pages 20-41`)."""
    every = [p.chunk.id for r in requests for p in r.passages]
    labels = shown_ids(list(dict.fromkeys(every)), document.sha256)

    def cost(passage: Passage) -> int:
        return count(_render(passage, labels))

    if part is None:
        selection = select_group_passages(requests, budget_tokens, cost)
        listed = {cid: [labels[c] for c in ids] for cid, ids in selection.by_check.items()}
    else:
        selection = GroupSelection(_unique([p for r in requests for p in r.passages]), {})
        selection.passages.sort(key=lambda p: (p.chunk.index, p.chunk.id))
        listed = {r.check.id: [WHOLE_PART] for r in requests}
    sections = [template.render_check(r.check, listed[r.check.id]) for r in requests]
    block = "\n\n".join(_render(p, labels, part is not None) for p in selection.passages)
    ids = [r.check.id for r in requests]
    label = document_label(document) + (f", {part}" if part else "")
    user = template.render(checks=sections, ids=ids, document=label, passages=block or NO_PASSAGES)
    digest = prompt_hash(system_prompt, user, model)
    keys = {
        r.check.id: PromptKey(
            document_sha256=document.sha256,
            check_id=r.check.id,
            check_version=r.check.version,
            model=model,
            prompt_hash=digest,
        )
        for r in requests
    }
    chunks = {p.chunk.id: p.chunk for p in selection.passages}
    chunks |= {labels[p.chunk.id]: p.chunk for p in selection.passages}
    checks = tuple(r.check for r in requests)
    return RenderedGroup(checks=checks, user=user, chunks=chunks, keys=keys)

"""Render a check's prompt from its passages (pure).

Document text is untrusted. It reaches the model only inside the `<document_passages>` block of
the user message, one `<passage>` element per chunk, labeled with the chunk id and locator. Any
tag-like text in the document that could open or close one of our delimiters (or pose as a chat
role) has its `<` replaced by a look-alike (U+2039), so a document cannot end the data block.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from analyzer.judges.base import CheckRequest
from analyzer.judges.llm.audit import PromptKey
from analyzer.judges.llm.parse import reply_example, verdict_json_schema
from analyzer.models import Chunk, DocumentInfo, Passage
from analyzer.rubric import Check

#: Tag names a document may not write: our delimiters and chat-role look-alikes.
_NAMES = r"(?:document|passage|system|assistant|user|developer|instruction|tool)"
#: `<name`, `</name` at once, or with spaces (`< / name ... >`) when closed on the same line.
_TAG_OPEN = re.compile(
    rf"<(?=/?{_NAMES}|\s*/?\s*{_NAMES}[^<>\n]*>)",
    re.IGNORECASE,
)
_NAME_UNSAFE = re.compile(r"[\x00-\x1f<>\"`{}]+")
MAX_NAME_CHARS = 120
#: The JSON example closing a check's prompt, generated from the reply model.
REPLY = reply_example(verdict_json_schema())


def neutralise(text: str) -> str:
    """Document text with delimiter-like tags defanged (their `<` becomes U+2039)."""
    return _TAG_OPEN.sub("\u2039", text)


def _attribute(text: str) -> str:
    return neutralise(text).replace('"', "'").replace("\n", " ").strip()


def locator_label(passage: Passage, *, headings: int | None = None) -> str:
    """A short human locator: `page 3 · Governance > Risk council`.

    `headings` keeps only that many innermost headings of the section path (all by default; 0
    shows none).
    """
    chunk = passage.chunk
    parts: list[str] = []
    if chunk.page is not None:
        parts.append(f"page {chunk.page}")
    if chunk.slide is not None:
        parts.append(f"slide {chunk.slide}")
    section = (
        chunk.section
        if headings is None
        else chunk.section[max(0, len(chunk.section) - headings) :]
    )
    if section:
        parts.append(" > ".join(section))
    return " \u00b7 ".join(parts) or "document"


def render_passage(
    passage: Passage, label: str | None = None, *, headings: int | None = None
) -> str:
    """One `<passage>` element; `label` is the chunk id shown (default: the chunk's id) and
    `headings` how many innermost headings its locator shows (default: all)."""
    chunk = passage.chunk
    return (
        f'<passage chunk_id="{_attribute(label or chunk.id)}" '
        f'locator="{_attribute(locator_label(passage, headings=headings))}">\n'
        f"{neutralise(chunk.text.strip())}\n</passage>"
    )


def select_passages(
    passages: Sequence[Passage], budget_tokens: int, count: Callable[[str], int]
) -> list[Passage]:
    """The passages (in the given order, best first) whose texts fit the token budget.

    The first passage is always kept, so a check is never judged on nothing when the document
    has text; duplicates (same chunk id) are sent once.
    """
    kept: list[Passage] = []
    seen: set[str] = set()
    used = 0
    for passage in passages:
        if passage.chunk.id in seen:
            continue
        cost = count(render_passage(passage))
        if kept and used + cost > budget_tokens:
            continue
        kept.append(passage)
        seen.add(passage.chunk.id)
        used += cost
    return kept


def render_passages(passages: Sequence[Passage]) -> str:
    """The contents of the data block; a placeholder line when nothing was retrieved."""
    if not passages:
        return "(no passages were found in this document)"
    return "\n\n".join(render_passage(p) for p in passages)


def document_label(document: DocumentInfo) -> str:
    """The document line of the prompt: a sanitised, bounded file name with its format."""
    name = _NAME_UNSAFE.sub(" ", neutralise(document.name)).strip()
    if len(name) > MAX_NAME_CHARS:
        name = name[: MAX_NAME_CHARS - 1] + "\u2026"
    size = f", {document.pages} pages" if document.pages else ""
    return f'"{name}" ({document.format}{size})'


def render_user_prompt(check: Check, document: DocumentInfo, passages: Sequence[Passage]) -> str:
    return check.render(
        passages=render_passages(passages), document=document_label(document), reply_format=REPLY
    )


def render_whole_document(check: Check, document: DocumentInfo, text: str) -> str:
    """The naive prompt (whole document text in one block), for cost comparisons only."""
    block = f'<passage chunk_id="all" locator="document">\n{neutralise(text.strip())}\n</passage>'
    return check.render(passages=block, document=document_label(document), reply_format=REPLY)


def prompt_hash(system: str, user: str, model: str) -> str:
    """SHA-256 identifying exactly what a model is asked."""
    digest = hashlib.sha256()
    for part in (model, system, user):
        digest.update(part.encode("utf-8"))
        digest.update(b"\x00")
    return digest.hexdigest()


@dataclass(frozen=True)
class RenderedPrompt:
    """Exactly what one check asks the model: the user message, its chunks, its cache key."""

    check: Check
    user: str
    chunks: Mapping[str, Chunk]
    key: PromptKey


def render_prompt(
    document: DocumentInfo,
    request: CheckRequest,
    *,
    system_prompt: str,
    model: str,
    budget_tokens: int,
    count: Callable[[str], int],
) -> RenderedPrompt:
    """A check's prompt: passages within the token budget, rendered, keyed for the cache."""
    passages = select_passages(request.passages, budget_tokens, count)
    user = render_user_prompt(request.check, document, passages)
    key = PromptKey(
        document_sha256=document.sha256,
        check_id=request.check.id,
        check_version=request.check.version,
        model=model,
        prompt_hash=prompt_hash(system_prompt, user, model),
    )
    chunks = {p.chunk.id: p.chunk for p in passages}
    return RenderedPrompt(check=request.check, user=user, chunks=chunks, key=key)

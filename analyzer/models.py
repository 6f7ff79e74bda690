"""The data that flows through gapcard: blocks, chunks, passages, verdicts, scorecards."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Format = Literal["pdf", "pptx", "docx", "markdown", "text", "html"]
BlockKind = Literal["title", "heading", "paragraph", "bullet", "table_row", "note"]
Status = Literal["present", "partial", "absent"]
#: The judge engines; `analyzer.engines.ENGINES` maps each to its factory.
EngineName = Literal["offline", "llm", "learned"]
STATUS_SCORE: dict[str, float] = {"present": 1.0, "partial": 0.5, "absent": 0.0}


class Locator(BaseModel):
    """Where a piece of text sits in its document."""

    model_config = ConfigDict(frozen=True)

    file: str = Field(description="Document file name")
    page: int | None = Field(default=None, description="1-based PDF page")
    slide: int | None = Field(default=None, description="1-based PPTX slide")
    section: tuple[str, ...] = Field(default=(), description="Heading path, outermost first")
    kind: BlockKind = "paragraph"


class Block(BaseModel):
    """One unit of text as the document presents it: a heading, paragraph, bullet, row, note."""

    model_config = ConfigDict(frozen=True)

    text: str
    locator: Locator


class Document(BaseModel):
    """A parsed document: identity plus its blocks in reading order."""

    name: str
    sha256: str
    format: Format
    pages: int | None = Field(default=None, description="Pages (PDF) or slides (PPTX)")
    blocks: list[Block] = Field(default_factory=list)
    warnings: list[str] = Field(
        default_factory=list, description="What was skipped or read only in part"
    )

    def page_texts(self) -> dict[int | None, str]:
        """Text of each page or slide (None where there are none), blocks joined by newlines."""
        texts: dict[int | None, list[str]] = {}
        for block in self.blocks:
            key = block.locator.page or block.locator.slide
            texts.setdefault(key, []).append(block.text)
        return {key: "\n".join(parts) for key, parts in texts.items()}


class Chunk(BaseModel):
    """A retrievable span of consecutive blocks within one page or slide."""

    model_config = ConfigDict(frozen=True)

    id: str = Field(description="Stable: derived from the document sha256 and the locator")
    document_sha256: str
    document_name: str
    text: str
    page: int | None = None
    slide: int | None = None
    section: tuple[str, ...] = ()
    kinds: tuple[BlockKind, ...] = ()
    blocks: tuple[Block, ...] = ()
    index: int = Field(description="Position of the chunk in the document, 0-based")


class Passage(BaseModel):
    """A chunk retrieved for a check, with the score that ranked it."""

    chunk: Chunk
    score: float = 0.0


class Citation(BaseModel):
    """A verbatim quote with its locator. Only verified quotes are ever shown."""

    quote: str
    page: int | None = None
    slide: int | None = None
    section: str | None = None
    chunk_id: str | None = None


class Usage(BaseModel):
    """Model usage of one check or of a whole scorecard."""

    calls: int = 0
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    cached: bool = False

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            calls=self.calls + other.calls,
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            cost_usd=self.cost_usd + other.cost_usd,
            cached=self.cached and other.cached,
        )


class CallUsage(BaseModel):
    """One model call: what it judged and its whole usage."""

    call: str = Field(description="Its checks, or its window of the document")
    usage: Usage


class Verdict(BaseModel):
    """A judge's answer for one check, before scoring."""

    check_id: str
    status: Status
    rationale: str
    citations: list[Citation] = Field(default_factory=list)
    missing: list[str] = Field(default_factory=list)
    dropped_citations: int = Field(default=0, description="Quotes dropped as unverifiable")
    downgraded: bool = Field(default=False, description="Status lowered for lack of evidence")
    usage: Usage = Field(default_factory=Usage)
    calls: list[CallUsage] = Field(
        default_factory=list, description="The calls it drew on (a call's usage is shared)"
    )
    error: str | None = None


class CheckResult(BaseModel):
    """One row of the scorecard."""

    id: str
    title: str
    version: str
    status: Status
    score: float
    weight: float
    rationale: str
    missing: list[str] = Field(default_factory=list)
    recommendation: str = ""
    citations: list[Citation] = Field(default_factory=list)
    dropped_citations: int = 0
    downgraded: bool = False
    model: str | None = None
    usage: Usage = Field(default_factory=Usage)
    error: str | None = None


class DocumentInfo(BaseModel):
    name: str
    sha256: str
    format: Format
    pages: int | None = None


class RubricInfo(BaseModel):
    name: str
    version: str


class Scorecard(BaseModel):
    """The result for one document: what `gapcard analyze --format json` prints per document."""

    document: DocumentInfo
    engine: str
    coverage: Literal["full", "retrieval"] | None = Field(
        default=None,
        description="How much of the document reached the model (LLM engine; None otherwise)",
    )
    rubric: RubricInfo
    score: float = Field(ge=0, le=100)
    checks: list[CheckResult]
    gaps: list[str]
    usage: Usage = Field(default_factory=Usage)
    calls: list[CallUsage] = Field(
        default_factory=list,
        description="Each model call once (a group of checks, or a window), with its usage",
    )
    warnings: list[str] = Field(
        default_factory=list,
        description="What of the document was skipped or read only in part (pages, shapes, "
        "parts); empty when it was read whole",
    )

    @property
    def unjudged(self) -> dict[str, str]:
        """Checks the judge failed on (shown as absent with their error), by id."""
        return {check.id: check.error for check in self.checks if check.error}

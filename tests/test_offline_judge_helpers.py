"""Builders of small documents (real Block/Chunk/Passage objects) for the offline judge tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.judges.base import CheckRequest
from analyzer.judges.offline.judge import OfflineJudge
from analyzer.models import Block, BlockKind, Chunk, DocumentInfo, Locator, Passage, Verdict
from analyzer.resources import builtin_prompts_dir
from analyzer.rubric import Rubric, load_rubric

REPO = Path(__file__).resolve().parents[1]
SHA = "0" * 64


class DocBuilder:
    """Writes a document block by block: headings open sections, titles open slides."""

    def __init__(self, name: str = "plan.md", pages: bool = False) -> None:
        self.name = name
        self.pages = pages
        self.blocks: list[Block] = []
        self.section: tuple[str, ...] = ()
        self.slide: int | None = None
        self.page: int | None = 1 if pages else None

    def _add(self, kind: BlockKind, text: str) -> DocBuilder:
        loc = Locator(
            file=self.name, page=self.page, slide=self.slide, section=self.section, kind=kind
        )
        self.blocks.append(Block(text=text, locator=loc))
        return self

    def heading(self, text: str) -> DocBuilder:
        self.section = (text,)
        return self._add("heading", text)

    def subheading(self, text: str) -> DocBuilder:
        """A heading nested under the current one."""
        self.section = (*self.section, text)
        return self._add("heading", text)

    def title(self, text: str) -> DocBuilder:
        """A new slide with its title."""
        self.slide = (self.slide or 0) + 1
        self.section = (text,)
        return self._add("title", text)

    def new_page(self) -> DocBuilder:
        self.page = (self.page or 0) + 1
        return self

    def para(self, text: str) -> DocBuilder:
        return self._add("paragraph", text)

    def bullet(self, *texts: str) -> DocBuilder:
        for text in texts:
            self._add("bullet", text)
        return self

    def row(self, *cells: str) -> DocBuilder:
        return self._add("table_row", "\t".join(cells))

    def note(self, text: str) -> DocBuilder:
        return self._add("note", text)

    def chunks(self) -> list[Chunk]:
        groups: list[list[Block]] = []
        for block in self.blocks:
            new_group = not groups or block.locator.kind in ("heading", "title")
            new_group = new_group or block.locator.page != groups[-1][0].locator.page
            if new_group:
                groups.append([])
            groups[-1].append(block)
        return [
            Chunk(
                id=f"{self.name}:{index}",
                document_sha256=SHA,
                document_name=self.name,
                text="\n".join(b.text for b in group),
                page=group[0].locator.page,
                slide=group[0].locator.slide,
                section=group[0].locator.section,
                kinds=tuple(b.locator.kind for b in group),
                blocks=tuple(group),
                index=index,
            )
            for index, group in enumerate(groups)
        ]

    def passages(self) -> list[Passage]:
        """All chunks, in reverse order (the judge must not depend on retrieval order)."""
        return [Passage(chunk=c, score=0.1 * i) for i, c in enumerate(reversed(self.chunks()))]

    def info(self) -> DocumentInfo:
        return DocumentInfo(name=self.name, sha256=SHA, format="markdown")


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return load_rubric(REPO / "prompts")


@pytest.fixture(scope="module")
def judge() -> OfflineJudge:
    return OfflineJudge(builtin_prompts_dir() / "offline")


def judge_all(judge: OfflineJudge, rubric: Rubric, doc: DocBuilder) -> dict[str, Verdict]:
    passages = doc.passages()
    requests = [CheckRequest(check=c, passages=passages) for c in rubric.checks]
    return {v.check_id: v for v in judge.judge_document(doc.info(), requests)}


def judge_one(judge: OfflineJudge, rubric: Rubric, doc: DocBuilder, check_id: str) -> Verdict:
    request = CheckRequest(check=rubric.by_id(check_id), passages=doc.passages())
    return judge.judge_document(doc.info(), [request])[0]


def test_builder_groups_blocks_into_chunks_by_heading() -> None:
    doc = DocBuilder().heading("A").para("one.").heading("B").bullet("two", "three")
    chunks = doc.chunks()
    assert [c.kinds for c in chunks] == [("heading", "paragraph"), ("heading", "bullet", "bullet")]
    assert chunks[1].section == ("B",)

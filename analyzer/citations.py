"""Verify quotes against the document before anyone sees them (pure).

A quote counts only if it is a verbatim substring of the chunk it names, or else of one page or
slide of the document, once white space is collapsed and typographic quote marks are made plain.
The citation shown is then cut from the document's own text, with the locator where it was found.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from analyzer.models import Block, Chunk, Citation, Document, Verdict

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00a0": " ",
    }
)
_SPACE = re.compile(r"\s+")
# A word broken at a PDF line end: "secu - rity", "foun- dation" (a hyphen with space after it
# between two lower-case letters). Real hyphens ("decision-making") have no space and stay.
_BROKEN_WORD = re.compile(r"(?<=[a-z]) ?- (?=[a-z])")
MIN_QUOTE_CHARS = 12
MAX_CITATIONS = 4
DOWNGRADE_NOTE = "Downgraded to absent: no cited passage could be verified in the document."


def repair_hyphenation(text: str) -> str:
    """Join words a PDF line break split ("secu - rity" -> "security"), white space collapsed."""
    return _BROKEN_WORD.sub("", _SPACE.sub(" ", text))


def normalize(text: str) -> str:
    """Collapse white space, make quote marks plain, join line-broken words: the comparison
    form of a text, so a quote verifies whether or not it repairs PDF hyphenation."""
    return repair_hyphenation(text.translate(_QUOTES)).strip()


def _trim(quote: str) -> str:
    """Drop what models add around a quote: wrapping quote marks, ellipses, a final period."""
    text = quote.strip().strip("\u2026").strip()
    while text.startswith("...") or text.endswith("..."):
        text = text.removeprefix("...").removesuffix("...").strip()
    if len(text) >= 2 and text[0] in "\"'\u201c\u2018" and text[-1] in "\"'\u201d\u2019":
        text = text[1:-1].strip()
    return text.rstrip(".").rstrip()


def cut_verbatim(original: str, needle: str) -> str | None:
    """The document's own text matching `needle` (a normalised quote), white space collapsed.

    Quote marks stay as the document has them, so what is shown is the document's text. The
    needle may join words a PDF line break split; the text is searched in that form too.
    """
    chars: list[str] = []
    index: list[int] = []
    for i, ch in enumerate(original.translate(_QUOTES)):
        if ch.isspace():
            if chars and chars[-1] != " ":
                chars.append(" ")
                index.append(i)
        else:
            chars.append(ch)
            index.append(i)
    stream = "".join(chars)
    for match in reversed(list(_BROKEN_WORD.finditer(stream))):
        del chars[match.start() : match.end()]
        del index[match.start() : match.end()]
    start = "".join(chars).find(needle)
    if start < 0:
        return None
    end = index[start + len(needle) - 1] + 1
    return _SPACE.sub(" ", original[index[start] : end])


def _find_in_blocks(needle: str, blocks: Iterable[Block]) -> Block | None:
    """The single block containing the needle, if one does (for its section and text)."""
    for block in blocks:
        if needle in normalize(block.text):
            return block
    return None


def _citation_from(needle: str, blocks: Sequence[Block], chunk: Chunk | None) -> Citation:
    block = _find_in_blocks(needle, blocks)
    source = block.text if block else "\n".join(b.text for b in blocks)
    loc = block.locator if block else (blocks[0].locator if blocks else None)
    quote = cut_verbatim(source, needle) or needle
    section = list(loc.section) if loc and loc.section else []
    if loc is not None and loc.page is not None:  # PDF text: show line-broken words joined
        quote = repair_hyphenation(quote)
        section = [repair_hyphenation(heading) for heading in section]
    return Citation(
        quote=quote,
        page=loc.page if loc else None,
        slide=loc.slide if loc else None,
        section=" > ".join(section) or None,
        chunk_id=chunk.id if chunk else None,
    )


class CitationVerifier:
    """Holds the normalised texts of one document for repeated quote checks.

    `is_instruction` flags text addressed to automated reviewers (prompt injection): a quote
    from such a block is never shown, whichever judge produced it, so planted text cannot
    become the evidence that raises a score.
    """

    def __init__(
        self,
        document: Document,
        chunks: Sequence[Chunk],
        is_instruction: Callable[[str], bool] | None = None,
    ) -> None:
        self._is_instruction = is_instruction or (lambda _text: False)
        self._chunks = {chunk.id: chunk for chunk in chunks}
        self._chunk_text = {chunk.id: normalize(chunk.text) for chunk in chunks}
        self._pages: dict[int | None, list[Block]] = {}
        for block in document.blocks:
            key = block.locator.page or block.locator.slide
            self._pages.setdefault(key, []).append(block)
        self._page_text = {
            key: normalize("\n".join(b.text for b in blocks)) for key, blocks in self._pages.items()
        }

    def verify(self, citation: Citation) -> Citation | None:
        """The verified citation with its true locator, or None if the quote is not in the text."""
        needle = normalize(_trim(citation.quote))
        if len(needle) < MIN_QUOTE_CHARS or self._is_instruction(needle):
            return None
        chunk = self._chunks.get(citation.chunk_id or "")
        if chunk is not None and needle in self._chunk_text[chunk.id]:
            return self._unless_instruction(
                _citation_from(needle, chunk.blocks, chunk), chunk.blocks
            )
        for key, text in self._page_text.items():
            if needle in text:
                owner = self._chunk_holding(needle, key)
                cited = _citation_from(needle, self._pages[key], owner)
                return self._unless_instruction(cited, self._pages[key])
        return None

    def _unless_instruction(self, citation: Citation, blocks: Sequence[Block]) -> Citation | None:
        """None when the block the quote sits in reads as instructions to a reviewer."""
        needle = normalize(citation.quote)
        block = _find_in_blocks(needle, blocks)
        return None if block is not None and self._is_instruction(block.text) else citation

    def _chunk_holding(self, needle: str, page: int | None) -> Chunk | None:
        for chunk_id, text in self._chunk_text.items():
            chunk = self._chunks[chunk_id]
            if (chunk.page or chunk.slide) == page and needle in text:
                return chunk
        return None

    def verify_all(self, citations: Sequence[Citation]) -> tuple[list[Citation], int]:
        """Verified, de-duplicated citations (at most MAX_CITATIONS) and the count dropped."""
        kept: list[Citation] = []
        dropped = 0
        seen: set[str] = set()
        for citation in citations:
            verified = self.verify(citation)
            if verified is None:
                dropped += 1
            elif verified.quote not in seen and len(kept) < MAX_CITATIONS:
                seen.add(verified.quote)
                kept.append(verified)
        return kept, dropped


def verify_verdict(verdict: Verdict, verifier: CitationVerifier) -> Verdict:
    """Keep only verbatim quotes; a present/partial verdict with none left becomes absent."""
    kept, dropped = verifier.verify_all(verdict.citations)
    update: dict[str, object] = {"citations": kept, "dropped_citations": dropped}
    if verdict.status != "absent" and not kept:
        update |= {"status": "absent", "downgraded": True, "citations": []}
        update["rationale"] = f"{verdict.rationale} {DOWNGRADE_NOTE}".strip()
    elif verdict.status == "absent":
        update["citations"] = []
    return verdict.model_copy(update=update)

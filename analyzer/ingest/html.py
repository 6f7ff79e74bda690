"""HTML (BeautifulSoup, html.parser): visible text only, h1-h6 headings, lists, table rows."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag
from bs4.element import NavigableString, PageElement, PreformattedString

from analyzer.ingest.textutil import BlockSink, clean, clean_cells
from analyzer.models import Block, BlockKind

INVISIBLE = frozenset(
    {"script", "style", "template", "noscript", "head", "svg", "iframe", "object", "button"}
)
HEADINGS = {f"h{n}": n for n in range(1, 7)}
#: Elements that start a new block of text (anything else is inline and joins its block).
BLOCK_TAGS = frozenset(
    {
        "address", "article", "aside", "blockquote", "body", "caption", "dd", "details",
        "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
        "header", "hr", "html", "legend", "li", "main", "nav", "ol", "p", "pre", "section",
        "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass
class _Walker:
    sink: BlockSink
    buffer: list[str] = field(default_factory=list)
    kind: BlockKind = "paragraph"

    def flush(self) -> None:
        self.sink.add(clean("".join(self.buffer)), self.kind)
        self.buffer = []
        self.kind = "paragraph"

    def walk(self, root: Tag) -> None:
        """Visit the tree below root in document order, with an explicit stack: a page nested
        thousands of levels deep must not exhaust Python's recursion limit."""
        stack: list[tuple[PageElement, bool]] = [(c, False) for c in reversed(root.contents)]
        while stack:
            node, closing = stack.pop()
            if closing:
                self.flush()  # the end of a block element (or list item)
            elif isinstance(node, Tag) and self.enter(node):
                if node.name == "li" or node.name in BLOCK_TAGS:
                    stack.append((node, True))
                stack.extend((c, False) for c in reversed(node.contents))
            elif isinstance(node, NavigableString) and not isinstance(node, PreformattedString):
                self.buffer.append(str(node))

    def enter(self, node: Tag) -> bool:
        """Handle an element's start; True when its children are to be walked."""
        if _invisible(node):
            return False
        if node.name == "br":
            self.buffer.append(" ")
        elif node.name in HEADINGS:
            self.flush()
            self.sink.heading(clean(text_of(node)), HEADINGS[node.name])
            return False
        elif node.name == "tr":
            self.flush()
            cells = [text_of(cell) for cell in node.find_all(["td", "th"], recursive=False)]
            self.sink.add(clean_cells(cells), "table_row")
            return False
        elif node.name == "li":
            self.flush()
            self.kind = "bullet"
        elif node.name in BLOCK_TAGS:
            self.flush()
        return True


class _Space(str):
    """A space text_of adds around a block element (not text of the document)."""


def text_of(node: Tag) -> str:
    """Visible text of an element: inline text joined as written, blocks and <br> as spaces.
    Iterative, like the walker."""
    parts: list[str] = []
    stack: list[PageElement | _Space] = list(reversed(node.contents))
    while stack:
        item = stack.pop()
        if isinstance(item, _Space):
            parts.append(item)
        elif isinstance(item, NavigableString):
            if not isinstance(item, PreformattedString):
                parts.append(str(item))
        elif isinstance(item, Tag) and not _invisible(item):
            spaced = item.name in BLOCK_TAGS or item.name in HEADINGS or item.name == "br"
            if spaced:
                stack.append(_Space(" "))
            stack.extend(reversed(item.contents))
            if spaced:
                parts.append(" ")
    return "".join(parts)


def _invisible(node: Tag) -> bool:
    if node.name in INVISIBLE or node.has_attr("hidden"):
        return True
    if str(node.get("aria-hidden", "")).lower() == "true":
        return True
    return bool(_HIDDEN_STYLE.search(str(node.get("style", ""))))


def parse_html(text: str, name: str) -> list[Block]:
    """Blocks of an HTML document in document order (no page locators)."""
    soup = BeautifulSoup(text, "html.parser")
    walker = _Walker(sink=BlockSink(file=name))
    walker.walk(soup)
    walker.flush()
    return walker.sink.blocks

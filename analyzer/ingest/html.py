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

    def walk(self, node: Tag) -> None:
        for child in node.children:
            self.visit(child)

    def visit(self, node: PageElement) -> None:
        if isinstance(node, PreformattedString):
            return  # comments, doctype, processing instructions
        if isinstance(node, NavigableString):
            self.buffer.append(str(node))
            return
        if not isinstance(node, Tag) or _invisible(node):
            return
        if node.name == "br":
            self.buffer.append(" ")
        elif node.name in HEADINGS:
            self.flush()
            self.sink.heading(clean(text_of(node)), HEADINGS[node.name])
        elif node.name == "tr":
            self.flush()
            cells = [text_of(cell) for cell in node.find_all(["td", "th"], recursive=False)]
            self.sink.add(clean_cells(cells), "table_row")
        elif node.name == "li":
            self.flush()
            self.kind = "bullet"
            self.walk(node)
            self.flush()
        elif node.name in BLOCK_TAGS:
            self.flush()
            self.walk(node)
            self.flush()
        else:
            self.walk(node)


def text_of(node: Tag) -> str:
    """Visible text of an element: inline text joined as written, blocks and <br> as spaces."""
    parts: list[str] = []
    for child in node.children:
        if isinstance(child, PreformattedString):
            continue
        if isinstance(child, NavigableString):
            parts.append(str(child))
        elif isinstance(child, Tag) and not _invisible(child):
            spaced = child.name in BLOCK_TAGS or child.name in HEADINGS or child.name == "br"
            parts.append(f" {text_of(child)} " if spaced else text_of(child))
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

"""Markdown, plain text and HTML ingestion."""

from __future__ import annotations

from analyzer.ingest import ingest_bytes
from analyzer.models import Document

MARKDOWN = """# AI Support Assistant

**Status:** proposal for the product review
on 27 May.

## Rollout

- July 2026: internal beta,
  answering questions from our own team.
* August 2026: live for 10% of chats.
1. September 2026: go/no-go review.

| Measure | Baseline | Target |
|---------|---------:|:------:|
| CSAT    | 4.1      | 4.5    |

### Open points

> Owners to be confirmed in Q3.

```
## not a heading inside code
```

Setext heading
--------------

Closing paragraph.
"""

TEXT = """RAVENSCAR BUILDING SOCIETY
DECISION MEMO

To:      Executive Committee
From:    Head of Lending

1. DECISION REQUESTED

ExCo is asked to approve a pilot
of a pre-screening model.

Background
==========

Findings:
- Members wait three days
  for a decision.
\u2022 Arrears have risen.

2.1 Controls

The Model Risk Committee approves the validation report.
"""

HTML = """<!DOCTYPE html>
<html><head><title>Head title</title><style>p { color: red }</style>
<script>var secret = "script text";</script></head>
<body>
<noscript>Enable JavaScript</noscript>
<template><p>Template text</p></template>
<h1>Digital Strategy</h1>
<p>We will put   customers <b>first</b>.<br>Then <i>staff</i>.</p>
<div hidden>Hidden text</div>
<p style="display: none">Invisible paragraph</p>
<h2>Opportunities</h2>
<ul><li>Better <a href="#">data</a></li><li>Shared services</li></ul>
<table><tr><th>Measure</th><th>Baseline</th></tr>
<tr><td><p>Online</p><p>forms</p></td><td><b>42</b>%</td></tr></table>
<div>Loose text in a div<script>document.write("more script")</script></div>
<!-- a comment -->
</body></html>
"""


def _rows(document: Document) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(b.locator.kind, b.text, b.locator.section) for b in document.blocks]


def test_markdown_headings_bullets_tables_paragraphs() -> None:
    document = ingest_bytes(MARKDOWN.encode(), "one-pager.md")
    top = ("AI Support Assistant",)
    rollout = (*top, "Rollout")
    open_points = (*rollout, "Open points")
    assert document.format == "markdown"
    assert document.pages is None
    assert _rows(document) == [
        ("heading", "AI Support Assistant", top),
        ("paragraph", "**Status:** proposal for the product review on 27 May.", top),
        ("heading", "Rollout", rollout),
        (
            "bullet",
            "July 2026: internal beta, answering questions from our own team.",
            rollout,
        ),
        ("bullet", "August 2026: live for 10% of chats.", rollout),
        ("bullet", "1. September 2026: go/no-go review.", rollout),
        ("table_row", "| Measure | Baseline | Target |", rollout),
        ("table_row", "| CSAT | 4.1 | 4.5 |", rollout),
        ("heading", "Open points", open_points),
        ("paragraph", "Owners to be confirmed in Q3.", open_points),
        ("paragraph", "## not a heading inside code", open_points),
        ("heading", "Setext heading", (*top, "Setext heading")),
        ("paragraph", "Closing paragraph.", (*top, "Setext heading")),
    ]


def test_text_headings_bullets_and_paragraphs() -> None:
    document = ingest_bytes(TEXT.encode(), "memo.txt")
    title = ("RAVENSCAR BUILDING SOCIETY DECISION MEMO",)
    decision = (*title, "1. DECISION REQUESTED")
    background = (*title, "Background")
    controls = (*background, "2.1 Controls")
    assert document.format == "text"
    assert _rows(document) == [
        ("title", "RAVENSCAR BUILDING SOCIETY DECISION MEMO", title),
        ("paragraph", "To: Executive Committee", title),
        ("paragraph", "From: Head of Lending", title),
        ("heading", "1. DECISION REQUESTED", decision),
        ("paragraph", "ExCo is asked to approve a pilot of a pre-screening model.", decision),
        ("heading", "Background", background),
        ("paragraph", "Findings:", background),
        ("bullet", "Members wait three days for a decision.", background),
        ("bullet", "Arrears have risen.", background),
        ("heading", "2.1 Controls", controls),
        ("paragraph", "The Model Risk Committee approves the validation report.", controls),
    ]


def test_text_in_cp1252_and_with_windows_line_ends() -> None:
    data = "Caf\u00e9 strategy\r\n\r\nWe will serve \u201cbetter\u201d coffee.\r\n".encode("cp1252")
    document = ingest_bytes(data, "notes.txt")
    assert [b.text for b in document.blocks] == [
        "Caf\u00e9 strategy",
        "We will serve \u201cbetter\u201d coffee.",
    ]


def test_html_visible_text_only_with_headings_lists_and_rows() -> None:
    document = ingest_bytes(HTML.encode(), "strategy.html")
    all_text = " ".join(b.text for b in document.blocks)
    for hidden in (
        "script text",
        "more script",
        "color: red",
        "Head title",
        "Template text",
        "Enable JavaScript",
        "Hidden text",
        "Invisible paragraph",
        "a comment",
    ):
        assert hidden not in all_text
    top = ("Digital Strategy",)
    opportunities = (*top, "Opportunities")
    assert document.format == "html"
    assert _rows(document) == [
        ("heading", "Digital Strategy", top),
        ("paragraph", "We will put customers first. Then staff.", top),
        ("heading", "Opportunities", opportunities),
        ("bullet", "Better data", opportunities),
        ("bullet", "Shared services", opportunities),
        ("table_row", "Measure\tBaseline", opportunities),
        ("table_row", "Online forms\t42%", opportunities),
        ("paragraph", "Loose text in a div", opportunities),
    ]


def test_markdown_fence_closes_only_on_a_bare_fence() -> None:
    """A line with an info string inside a code block is code, not the block's end: the
    blocks after the code keep their headings."""
    text = (
        "# Plan\n\n```python\nx = 1\n```yaml\ny: 2\n```\n\n## Graduation\n\n- Beta: Q3 2026.\n"
        "\n````\n```\nstill code\n````\n\nAfter.\n"
    )
    document = ingest_bytes(text.encode(), "plan.md")
    graduation = ("Plan", "Graduation")
    assert _rows(document) == [
        ("heading", "Plan", ("Plan",)),
        ("paragraph", "x = 1 ```yaml y: 2", ("Plan",)),
        ("heading", "Graduation", graduation),
        ("bullet", "Beta: Q3 2026.", graduation),
        ("paragraph", "``` still code", graduation),
        ("paragraph", "After.", graduation),
    ]

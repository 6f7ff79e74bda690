"""Scorecards as Markdown for people (pure). JSON is `Scorecard.model_dump(mode="json")`."""

from __future__ import annotations

from analyzer.models import Citation, Scorecard

STATUS_MARK = {"present": "present ✅", "partial": "partial ◐", "absent": "absent ❌"}


def locator_label(citation: Citation) -> str:
    """'page 3 · Plan > Governance', 'slide 4', or '' when the citation has no locator."""
    parts = []
    if citation.page is not None:
        parts.append(f"page {citation.page}")
    if citation.slide is not None:
        parts.append(f"slide {citation.slide}")
    if citation.section:
        parts.append(citation.section)
    return " · ".join(parts)


def _escape_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def scorecard_markdown(scorecard: Scorecard) -> str:
    doc = scorecard.document
    extent = f", {doc.pages} pages/slides" if doc.pages else ""
    lines = [
        f"# Gap scorecard: {doc.name}",
        "",
        f"**Score: {scorecard.score:.0f}/100** · engine `{scorecard.engine}` · rubric "
        f"{scorecard.rubric.name} {scorecard.rubric.version} · {doc.format}{extent} · "
        f"sha256 `{doc.sha256[:12]}`",
        "",
        *[f"> **Read only in part:** {_escape_cell(w)}" for w in scorecard.warnings],
        *([""] if scorecard.warnings else []),
        "| check | status | weight |",
        "| --- | --- | --- |",
    ]
    lines += [
        f"| {_escape_cell(c.title)} | {STATUS_MARK[c.status]} | {c.weight:g} |"
        for c in scorecard.checks
    ]
    for check in scorecard.checks:
        lines += ["", f"## {check.title} — {check.status}", "", check.rationale]
        for citation in check.citations:
            lines.append(f"> “{citation.quote}” — *{locator_label(citation) or 'document'}*")
            lines.append("")
        if check.error:
            lines.append(f"*Error: {check.error}*")
        if check.dropped_citations:
            lines.append(f"*{check.dropped_citations} unverifiable quote(s) dropped.*")
        if check.missing:
            lines += ["", "Missing:"] + [f"- {m}" for m in check.missing]
        if check.recommendation:
            lines += ["", f"Recommendation: {check.recommendation}"]
    if scorecard.gaps:
        lines += ["", "## Gaps, most important first", ""]
        lines += [f"{i}. `{gap}`" for i, gap in enumerate(scorecard.gaps, 1)]
    return "\n".join(lines).rstrip() + "\n"

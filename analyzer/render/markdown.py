"""Scorecards as Markdown for people (pure), from the same view the HTML templates read.

JSON is `Scorecard.model_dump(mode="json")`. Markdown is not rendered by Jinja: the one
environment autoescapes HTML, which would garble Markdown; the labels come from the same filters.
"""

from __future__ import annotations

from analyzer.models import CallUsage, Scorecard
from analyzer.render.filters import pct, status_mark
from analyzer.render.view import CheckView, ScorecardView, scorecard_view


def _escape_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _header(view: ScorecardView) -> list[str]:
    extent = f", {view.extent}" if view.extent else ""
    return [
        f"# Gap scorecard: {view.name}",
        "",
        f"**Score: {pct(view.score)}/100** · engine `{view.engine}` · rubric {view.rubric} · "
        f"{view.format}{extent} · sha256 `{view.sha256[:12]}`",
        "",
        *[f"> **Read only in part:** {_escape_cell(w)}" for w in view.warnings],
        *([""] if view.warnings else []),
        "| check | status | weight |",
        "| --- | --- | --- |",
    ]


def _check_section(check: CheckView) -> list[str]:
    lines = ["", f"## {check.title} — {check.status}", "", check.rationale]
    for citation in check.citations:
        lines.append(f"> “{citation.quote}” — *{citation.where or 'document'}*")
        lines.append("")
    if check.error:
        lines.append(f"*Error: {check.error}*")
    if check.dropped_citations:
        lines.append(f"*{check.dropped_citations} unverifiable quote(s) dropped.*")
    if check.missing:
        lines += ["", "Missing:"] + [f"- {m}" for m in check.missing]
    if check.recommendation:
        lines += ["", f"Recommendation: {check.recommendation}"]
    return lines


def _usage_section(view: ScorecardView) -> list[str]:
    """Tokens and estimated cost per model call and in all (nothing when no call was made)."""
    if not view.calls:
        return []
    lines = ["", "## Model usage", "", "| call | prompt tokens | completion tokens | cost (USD) |"]
    lines.append("| --- | --- | --- | --- |")
    total = view.usage
    for c in (*view.calls, CallUsage(call="**all calls**", usage=total)):
        u = c.usage
        lines.append(
            f"| {_escape_cell(c.call)} | {u.prompt_tokens} | {u.completion_tokens} | "
            f"{u.cost_usd:.5f} |"
        )
    return lines


def view_markdown(view: ScorecardView) -> str:
    lines = _header(view)
    lines += [
        f"| {_escape_cell(c.title)} | {status_mark(c.status)} | {c.weight:g} |" for c in view.checks
    ]
    for check in view.checks:
        lines += _check_section(check)
    if view.gaps:
        lines += ["", "## Gaps, most important first", ""]
        lines += [f"{i}. `{gap.id}`" for i, gap in enumerate(view.gaps, 1)]
    lines += _usage_section(view)
    return "\n".join(lines).rstrip() + "\n"


def scorecard_markdown(scorecard: Scorecard) -> str:
    return view_markdown(scorecard_view(scorecard))

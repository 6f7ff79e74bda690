"""Plain text for terminals (pure): the diff of two scorecards."""

from __future__ import annotations

from analyzer.diff import ARROW, ScorecardDiff
from analyzer.models import Citation
from analyzer.render.filters import locator_label


def _quote_line(sign: str, citation: Citation) -> str:
    where = locator_label(citation)
    quote = " ".join(citation.quote.split())
    return f'      {sign} "{quote}"' + (f" ({where})" if where else "")


def diff_text(diff: ScorecardDiff) -> str:
    """A plain-text rendering for terminals."""
    sign = "+" if diff.delta >= 0 else ""
    lines = [
        f"{diff.old.name} (score {diff.old_score:g}) {ARROW} {diff.new.name} "
        f"(score {diff.new_score:g}): {sign}{diff.delta:g}",
    ]
    width = max((len(c.id) for c in diff.changes), default=0)
    for change in diff.changes:
        lines.append(f"  {change.id:<{width}}  {change.transition:<24} {change.kind}")
        lines.extend(_quote_line("+", c) for c in change.new_citations)
        lines.extend(_quote_line("-", c) for c in change.removed_citations)
        if change.kind == "regressed" and change.missing:
            lines.append(f"      still needed: {'; '.join(change.missing)}")
    lines.extend(f"  note: {note}" for note in diff.notes)
    return "\n".join(lines) + "\n"

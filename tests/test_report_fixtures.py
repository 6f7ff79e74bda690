"""Scorecards built with the real rubric and scorer, shared by the report, diff and batch tests."""

from __future__ import annotations

from pathlib import Path

from analyzer.models import Citation, DocumentInfo, Scorecard, Verdict
from analyzer.rubric import Rubric, load_rubric
from analyzer.scorecard import build_scorecard

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
HOSTILE = "\"><script>alert('x')</script> O'Neil & \"Co\""


def rubric() -> Rubric:
    return load_rubric(PROMPTS)


def make_scorecard(
    statuses: dict[str, str],
    *,
    name: str = "plan.pdf",
    sha256: str = "a" * 64,
    quotes: dict[str, list[str]] | None = None,
    engine: str = "offline",
) -> Scorecard:
    """A scorecard where unlisted checks are absent; present/partial checks cite `quotes`."""
    quotes = quotes or {}
    verdicts = []
    for index, check in enumerate(rubric().checks):
        status = statuses.get(check.id, "absent")
        texts = quotes.get(check.id, [f"{check.title} is stated on this page."])
        citations = [
            Citation(quote=text, page=index + 1, section="Plan > " + check.title) for text in texts
        ]
        verdicts.append(
            Verdict(
                check_id=check.id,
                status=status,  # type: ignore[arg-type]
                rationale=f"Why {check.id} is {status}.",
                citations=[] if status == "absent" else citations,
            )
        )
    info = DocumentInfo(name=name, sha256=sha256, format="pdf", pages=9)
    return build_scorecard(info, rubric(), verdicts, engine=engine, model=None)


def test_factory_scores_like_the_rubric() -> None:
    card = make_scorecard({"outcomes": "present", "metrics": "partial"})
    # core checks weigh 2: (2*1 + 2*0.5) / (4*2 + 3*1) = 3/11
    assert card.score == round(100 * 3 / 11, 1)
    assert card.gaps[0] == "metrics"

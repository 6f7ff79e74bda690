"""Scoring follows RUBRIC.md: present 1, partial 0.5, absent 0; core weighs 2, extended 1."""

from __future__ import annotations

from pathlib import Path

from analyzer.models import Citation, DocumentInfo, Verdict
from analyzer.rubric import load_rubric
from analyzer.scorecard import build_scorecard

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
DOC = DocumentInfo(name="plan.md", sha256="ab" * 32, format="markdown")


def verdict(check_id: str, status: str) -> Verdict:
    cites = [] if status == "absent" else [Citation(quote="The CFO owns the value case.")]
    return Verdict(check_id=check_id, status=status, rationale="r", citations=cites)  # type: ignore[arg-type]


def test_weighted_score_and_gap_order() -> None:
    rubric = load_rubric(PROMPTS)
    statuses = ["present", "partial", "absent", "present", "absent", "present", "partial"]
    verdicts = [verdict(c.id, s) for c, s in zip(rubric.checks, statuses, strict=True)]
    card = build_scorecard(DOC, rubric, verdicts, engine="offline", model=None)
    # core: 2*(1 + .5 + 0 + 1) = 5; extended: 0 + 1 + .5 = 1.5; weights 8 + 3 = 11
    assert card.score == round(100 * 6.5 / 11, 1)
    assert card.gaps == ["metrics", "owners", "execution_capacity", "roadmap"]
    owners = next(c for c in card.checks if c.id == "owners")
    assert owners.citations == [] and owners.missing and owners.recommendation
    outcomes = next(c for c in card.checks if c.id == "outcomes")
    assert outcomes.missing == [] and outcomes.recommendation == ""


def test_core_only_selection_scores_over_checks_run() -> None:
    rubric = load_rubric(PROMPTS).select("core")
    verdicts = [verdict(c.id, "present") for c in rubric.checks]
    verdicts[0] = verdict("outcomes", "absent")
    card = build_scorecard(DOC, rubric, verdicts, engine="offline", model=None)
    assert card.score == 75.0
    assert [c.id for c in card.checks] == ["outcomes", "metrics", "owners", "governance"]
    assert card.model_dump(mode="json")["checks"][0].keys() >= {
        "id",
        "title",
        "status",
        "score",
        "weight",
        "rationale",
        "missing",
        "recommendation",
        "citations",
    }

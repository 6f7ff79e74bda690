"""Leads named in project forms, where the label and the name are separate blocks (a PDF form,
a slide, a table of one column): the label on one line, the name or names on the next."""

from __future__ import annotations

import pytest

from analyzer.judges.offline.judge import OfflineJudge
from analyzer.rubric import Rubric
from tests.test_offline_judge_helpers import DocBuilder, judge, judge_one, rubric

__all__ = ["judge", "rubric"]


def form(*blocks: str, rows: bool = False) -> DocBuilder:
    doc = DocBuilder("proposal.pdf").heading("Project information")
    for text in blocks:
        doc = doc.row(text) if rows else doc.para(text)
    return doc


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        # one lead under the label: an owner
        (form("Technical project lead", "Ines Varga, Northwind Cooperative"), "present"),
        (form("Current lead(s):", "Northwind GmbH and its CTO Ines Varga"), "present"),
        # two co-leads in the value, or a second name in the next block: a shared lead
        (form("Current lead(s):", "Ruth Okafor (Gridline) Pablo Serra (Northwind)"), "partial"),
        (
            form(
                "Current lead(s)",
                "Ruth Okafor, Head of Partnerships, Gridline",
                "Pablo Serra, Founder and CEO, Northwind",
                rows=True,
            ),
            "partial",
        ),
        # a name with no lead label before it, or a team after the label, names no owner
        (form("Our partners", "Ines Varga, Northwind Cooperative"), "absent"),
        (form("Leads", "Growth Marketing Team"), "absent"),
    ],
)
def test_lead_label_then_name_in_the_next_block(
    judge: OfflineJudge, rubric: Rubric, doc: DocBuilder, expected: str
) -> None:
    assert judge_one(judge, rubric, doc, "owners").status == expected


def test_a_lead_still_to_be_named_is_not_an_owner(judge: OfflineJudge, rubric: Rubric) -> None:
    doc = form("Project lead", "To be confirmed by the board.")
    assert judge_one(judge, rubric, doc, "owners").status != "present"

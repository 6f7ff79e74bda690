"""Which units a present or partial offline verdict cites: the strongest, not the first."""

from __future__ import annotations

import pytest

from analyzer.errors import RubricError
from analyzer.judges.offline.cues import Finding, Level
from analyzer.judges.offline.judge import OfflineJudge
from analyzer.judges.offline.lexicon import parse_lexicon
from analyzer.judges.offline.strength import (
    MAX_CITED,
    NEAR_TOP,
    Element,
    elements_of,
    shape_penalty,
    states_element,
    strength,
    strongest,
)
from analyzer.judges.offline.units import build_units
from analyzer.rubric import Rubric
from tests.test_offline_judge_helpers import DocBuilder, judge, judge_one, rubric

__all__ = ["judge", "rubric"]


def test_governance_with_remit_and_cadence_is_cited_before_an_earlier_bare_body(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    doc = (
        DocBuilder()
        .heading("Governance")
        .para("A steering committee reviews the programme.")
        .para("Filler paragraph about the history of the depot and its staff.")
        .para(
            "The model risk committee approves each model before go-live and reviews drift "
            "reports every quarter."
        )
    )
    verdict = judge_one(judge, rubric, doc, "governance")
    assert verdict.status == "present"
    quotes = [c.quote for c in verdict.citations]
    assert quotes[0].startswith("The model risk committee approves each model")
    assert "A steering committee reviews the programme." not in quotes


def test_a_verdict_cites_at_most_three_units_and_absent_cites_none(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    doc = DocBuilder().heading("Targets")
    for n, thing in enumerate(("repair", "dispatch", "billing", "returns", "survey"), start=2):
        doc.para(f"We will cut the {thing} error rate from {n + 5}% to {n}% by March 2028.")
    verdict = judge_one(judge, rubric, doc, "metrics")
    assert verdict.status == "present"
    assert 1 <= len(verdict.citations) <= MAX_CITED
    silent = DocBuilder().heading("About us").para("The depot opened in 1962 near the river.")
    assert judge_one(judge, rubric, silent, "metrics").citations == []


def _findings(*texts: str) -> list[Finding]:
    doc = DocBuilder()
    for text in texts:
        doc.para(text)
    return [Finding(u, Level.STRONG, "present", 1.0) for u in build_units(doc.passages())]


def test_whole_sentences_outrank_headings_and_fragments_cut_mid_sentence() -> None:
    whole, cut, short = _findings(
        "The review board approves every model before it goes live.",
        "approves every model before it goes live and the board then",
        "Board review",
    )
    assert shape_penalty(whole.unit) == 0.0
    assert shape_penalty(cut.unit) > 0.0
    assert shape_penalty(short.unit) > 0.0
    assert strongest([short, cut, whole], ())[0] is whole


def test_units_well_below_the_strongest_are_not_cited() -> None:
    lexicon = parse_lexicon(
        "governance",
        {
            "patterns": {"body": ["board"], "remit": ["approves"]},
            "strength": {"body": 1, "remit": 1},
        },
    )
    common = parse_lexicon("common", {"patterns": {"number": [r"\d+"]}})
    elements = elements_of(lexicon, common)
    both, body_only = _findings(
        "The review board approves every model before it goes live.",
        "The review board was first set up by the founders of the firm.",
    )
    assert strength(both, elements) == pytest.approx(strength(body_only, elements) + 1.0)
    assert strongest([body_only, both], elements) == [both]


def test_strength_table_must_name_known_lists_with_numbers() -> None:
    common = parse_lexicon("common", {"patterns": {"number": [r"\d+"]}})
    known = parse_lexicon("metrics", {"strength": {"common.number": 0.5}})
    assert [e.weight for e in elements_of(known, common)] == [0.5]
    unknown = parse_lexicon("metrics", {"strength": {"nonesuch": 1.0}})
    with pytest.raises(RubricError, match="nonesuch"):
        elements_of(unknown, common)
    with pytest.raises(RubricError, match="strength"):
        parse_lexicon("metrics", {"strength": {"common.number": "high"}})


def test_an_undertaking_is_cited_before_what_something_can_do_in_general(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    doc = (
        DocBuilder()
        .heading("Outcomes")
        .para("AI can help hospitals reduce waiting times for patients.")
        .para("The trust will reduce waiting times for patients in outpatient clinics.")
    )
    verdict = judge_one(judge, rubric, doc, "outcomes")
    assert verdict.status == "present"
    assert [c.quote for c in verdict.citations] == [
        "The trust will reduce waiting times for patients in outpatient clinics."
    ]


def _governance_elements(**patterns: list[str]) -> tuple[Element, ...]:
    """Governance elements from these pattern lists, each weighted 1 (default: a board that
    approves, monthly)."""
    patterns = patterns or {"body": ["board"], "remit": ["approves"], "cadence": ["monthly"]}
    lexicon = parse_lexicon(
        "governance", {"patterns": patterns, "strength": dict.fromkeys(patterns, 1)}
    )
    return elements_of(lexicon, parse_lexicon("common", {}))


def test_a_heading_on_the_checks_subject_adds_to_the_units_under_it() -> None:
    elements = _governance_elements(body=["board"])
    doc = (
        DocBuilder()
        .heading("History")
        .para("Every model is reviewed before it goes live.")
        .heading("Board")
        .para("Every model is reviewed before it goes live, twice.")
    )
    units = [u for u in build_units(doc.passages()) if u.kind == "paragraph"]
    plain, headed = (Finding(u, Level.STRONG, "present", 1.0) for u in units)
    assert strength(headed, elements) > strength(plain, elements)
    assert strongest([plain, headed], elements)[0] is headed


def test_a_second_citation_must_state_an_element_itself_however_strong_its_cue() -> None:
    elements = _governance_elements()
    doc = (
        DocBuilder()
        .para("The review board approves every model before it goes live.")
        .para("Everything about the programme is looked after closely and carefully.")
        .para("The board meets monthly in the town hall.")
    )
    units = build_units(doc.passages())
    first, bare, second = (
        Finding(u, Level.STRONG, "present", w) for u, w in zip(units, (1.0, 2.8, 0.6), strict=True)
    )
    assert strength(bare, elements) >= strength(first, elements) - NEAR_TOP  # near the top
    assert not states_element(bare, elements)
    assert strongest([first, bare, second], elements) == [first, second]


def test_elements_only_in_the_heading_do_not_earn_a_second_citation() -> None:
    elements = _governance_elements()
    doc = (
        DocBuilder()
        .heading("Intro")
        .para("The review board approves every model before it goes live.")
        .heading("Board")
        .para("Everything about the programme is looked after closely and carefully.")
    )
    units = [u for u in build_units(doc.passages()) if u.kind == "paragraph"]
    first, headed = (
        Finding(u, Level.WEAK, "partial", w) for u, w in zip(units, (1.0, 2.5), strict=True)
    )
    assert strength(headed, elements) >= strength(first, elements) - NEAR_TOP
    assert not states_element(headed, elements)
    assert strongest([headed, first], elements) == [first]


def test_the_strongest_unit_is_cited_even_when_it_states_no_element() -> None:
    (only,) = _findings("Everything about the programme is looked after closely.")
    assert strongest([only], _governance_elements()) == [only]


def test_equally_strong_units_go_opening_sentence_then_list_item_then_document_order() -> None:
    elements = _governance_elements(care=["looked after"])
    doc = (
        DocBuilder()
        .para("The plan has three parts. Every model is looked after by the review team.")
        .heading("Teams")
        .bullet("Every model is looked after by the data team.")
        .para("Every model is looked after by the platform team.")
    )
    units = build_units(doc.passages())
    leaning, item, opening = (
        Finding(u, Level.STRONG, "present", 1.0) for u in units if "looked after" in u.text
    )
    assert leaning.unit.sentence_index == 1
    assert len({strength(f, elements) for f in (leaning, item, opening)}) == 1
    assert strongest([leaning, opening, item], elements) == [item, opening, leaning]


def test_a_partial_governance_verdict_cites_how_the_work_is_governed_first(
    judge: OfflineJudge, rubric: Rubric
) -> None:
    doc = (
        DocBuilder()
        .heading("Next steps")
        .para("The exchange format must comply with the national reporting regulation.")
        .para("Filler paragraph about the history of the depot and its staff.")
        .para("The project will adopt an open governance model that lets other members take part.")
    )
    verdict = judge_one(judge, rubric, doc, "governance")
    assert verdict.status == "partial"
    assert verdict.citations[0].quote.startswith("The project will adopt an open governance model")

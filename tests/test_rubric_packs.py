"""Rubric packs: the built-in ones, a user's own folder, validation that names the file and the
field, the offline engine refusing checks it has no model for, and the LLM engine judging a
pack over HTTP against the fake OpenAI server."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.config import Settings
from analyzer.errors import CheckNotSupported, RubricError
from analyzer.judges.llm.judge import LLMJudge
from analyzer.pipeline import Analyzer
from analyzer.resources import builtin_prompts_dir
from analyzer.rubric_packs import RubricPacks
from cli.main import app
from tests.fake_openai import Body, FakeOpenAI, Reply, checks_of, group, is_group, passages_of
from tests.fake_openai import verdict as reply_verdict

PROMPTS = builtin_prompts_dir()
AI_PACK = PROMPTS / "packs" / "ai-adoption"
REVIEW = "Caseworkers approve every letter the assistant drafts before it is sent to a citizen."
PLAN = f"""# Benefits Office AI assistant plan

## How work changes

{REVIEW}

## Other

The assistant drafts replies to routine enquiries.
"""
runner = CliRunner()


def user_pack(
    root: Path, name: str = "board-criteria", checks: tuple[str, ...] = ("owners",)
) -> Path:
    """A pack folder of the user's, reusing built-in check files."""
    folder = root / name
    (folder / "checks").mkdir(parents=True)
    for check in checks:
        shutil.copy(PROMPTS / "checks" / f"{check}.toml", folder / "checks")
    order = ", ".join(f'"{c}"' for c in checks)
    (folder / "rubric.toml").write_text(f'name = "{name}"\nversion = "2.1"\norder = [{order}]\n')
    return folder


def test_the_built_in_packs_are_listed_with_the_default_first() -> None:
    packs = RubricPacks(PROMPTS)
    assert [p.name for p in packs.packs] == ["gapcard-strategy-gaps", "ai-adoption"]
    assert packs.default.name == "gapcard-strategy-gaps" and len(packs.default.checks) == 7
    assert [c.id for c in packs.get("ai-adoption").checks] == [
        "ai_decision_ownership",
        "model_data_risk_review",
        "human_validation",
        "adoption_quality_measures",
    ]
    with pytest.raises(RubricError, match="unknown rubric pack 'nope': choose one of"):
        packs.get("nope")


def test_a_configured_pack_is_offered_and_a_clashing_name_is_refused(tmp_path: Path) -> None:
    mine = user_pack(tmp_path)
    packs = RubricPacks(PROMPTS, [mine], default="board-criteria")
    assert packs.default.name == "board-criteria" and packs.folder("board-criteria") == mine
    clash = user_pack(tmp_path / "again", name="ai-adoption")
    with pytest.raises(RubricError, match="two packs are named 'ai-adoption'"):
        RubricPacks(PROMPTS, [clash])


def test_cli_lists_shows_and_validates_packs(tmp_path: Path) -> None:
    listed = runner.invoke(app, ["rubric", "list"])
    assert listed.exit_code == 0
    assert "* gapcard-strategy-gaps 1.0.0" in listed.output
    assert "  ai-adoption 1.0.0 — AI adoption readiness (4 checks)" in listed.output
    shown = runner.invoke(app, ["rubric", "show", "ai-adoption"])
    assert (
        shown.exit_code == 0 and "human_validation (Human validation of AI output" in shown.output
    )
    valid = runner.invoke(app, ["rubric", "validate", str(AI_PACK)])
    assert valid.exit_code == 0 and valid.output.startswith("ok: ai-adoption 1.0.0")


@pytest.mark.parametrize(
    ("edit", "file", "field"),
    [
        (("human_validation.toml", "weight = 1", "weight = -1"), "human_validation.toml", "weight"),
        (("human_validation.toml", 'title = "', 'titel = "'), "human_validation.toml", "title"),
        (("rubric.toml", 'name = "ai-adoption"', 'name = "AI Adoption!"'), "rubric.toml", "name"),
    ],
)
def test_validate_names_the_file_and_the_field(
    tmp_path: Path, edit: tuple[str, str, str], file: str, field: str
) -> None:
    pack = tmp_path / "pack"
    shutil.copytree(AI_PACK, pack)
    name, old, new = edit
    target = pack / name if name == "rubric.toml" else pack / "checks" / name
    target.write_text(target.read_text().replace(old, new, 1))
    result = runner.invoke(app, ["rubric", "validate", str(pack)])
    assert result.exit_code == 1
    assert file in result.output and f"{field}:" in result.output, result.output


def test_offline_engine_refuses_checks_it_has_no_model_for(tmp_path: Path) -> None:
    analyzer = Analyzer(Settings(data_dir=tmp_path / "data"))
    doc = tmp_path / "plan.md"
    doc.write_text(PLAN)
    with pytest.raises(CheckNotSupported, match="use the llm engine"):
        analyzer.analyze(doc, rubric="ai-adoption", engine="offline")
    result = runner.invoke(
        app, ["analyze", str(doc), "--rubric", "ai-adoption", "--data-dir", str(tmp_path / "d")]
    )
    assert result.exit_code == 2 and "cannot judge ai_decision_ownership" in result.output


def test_a_user_pack_folder_of_built_in_checks_is_judged_offline(tmp_path: Path) -> None:
    pack = user_pack(tmp_path, checks=("owners", "governance"))
    doc = tmp_path / "plan.md"
    doc.write_text(
        "# Plan\n\nAccountable owner: Priya Nair, Chief Operating Officer, owns the value case.\n"
    )
    card = Analyzer(Settings(data_dir=tmp_path / "data")).analyze(doc, rubric=pack)
    assert (card.rubric.name, card.rubric.version) == ("board-criteria", "2.1")
    assert [row.id for row in card.checks] == ["owners", "governance"]
    assert card.checks[0].status == "present" and card.checks[1].status == "absent"


def _review_present(body: Body) -> Reply:
    """human_validation present citing the planted sentence; every other check absent."""

    def one(check: str) -> Reply:
        if check != "human_validation":
            return reply_verdict("absent")
        chunk = next(cid for cid, text in passages_of(body).items() if REVIEW[:40] in text)
        return reply_verdict("present", [(chunk, REVIEW)])

    if is_group(body):
        return group(*[(check, one(check)) for check in checks_of(body)])
    [check] = checks_of(body)
    return one(check)


def test_the_llm_engine_judges_the_ai_adoption_pack_over_http(tmp_path: Path) -> None:
    doc = tmp_path / "plan.md"
    doc.write_text(PLAN)
    with FakeOpenAI(_review_present) as server:
        settings = server.settings(tmp_path / "data")
        analyzer = Analyzer(settings, judge=LLMJudge(settings))
        card = analyzer.analyze(doc, rubric="ai-adoption", engine="llm")
        asked = [check for body in server.requests for check in checks_of(body)]
    assert card.rubric.name == "ai-adoption" and card.engine == "llm"
    assert sorted(asked) == sorted(c.id for c in card.checks)  # each check asked once
    rows = {row.id: row for row in card.checks}
    assert rows["human_validation"].status == "present"
    assert [c.quote for c in rows["human_validation"].citations] == [REVIEW.rstrip(".")]
    assert rows["ai_decision_ownership"].status == "absent"
    assert card.gaps[0] == "ai_decision_ownership"  # heaviest first

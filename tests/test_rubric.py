"""The rubric files load, validate, select, and reject broken check files."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from analyzer.errors import RubricError
from analyzer.rubric import load_rubric, template_fields

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"


def test_loads_seven_checks_in_rubric_order() -> None:
    rubric = load_rubric(PROMPTS)
    assert [c.id for c in rubric.checks] == [
        "outcomes",
        "metrics",
        "owners",
        "governance",
        "execution_capacity",
        "human_oversight",
        "roadmap",
    ]
    assert [c.weight for c in rubric.checks] == [2, 2, 2, 2, 1, 1, 1]
    assert all(c.queries and c.recommendation and c.missing for c in rubric.checks)


def test_select_core_all_and_ids() -> None:
    rubric = load_rubric(PROMPTS)
    assert [c.id for c in rubric.select("core").checks] == [
        "outcomes",
        "metrics",
        "owners",
        "governance",
    ]
    assert len(rubric.select("all").checks) == 7
    assert [c.id for c in rubric.select("roadmap, owners").checks] == ["owners", "roadmap"]
    with pytest.raises(RubricError, match="unknown check"):
        rubric.select("owners,budget")


def test_render_fills_every_placeholder() -> None:
    check = load_rubric(PROMPTS).by_id("governance")
    text = check.render(passages="<p>PASSAGE</p>", document="plan.pdf")
    assert "PASSAGE" in text and "plan.pdf" in text and check.definition.strip() in text
    assert "{" not in text.replace("{{", "").split("Reply with JSON")[0]


def _copy_prompts(tmp_path: Path) -> Path:
    target = tmp_path / "prompts"
    shutil.copytree(PROMPTS, target)
    return target


def test_unknown_placeholder_fails_at_load(tmp_path: Path) -> None:
    prompts = _copy_prompts(tmp_path)
    path = prompts / "checks" / "owners.toml"
    path.write_text(path.read_text().replace("{passages}", "{passages} {pasages}"))
    with pytest.raises(RubricError, match="pasages"):
        load_rubric(prompts)


def test_missing_required_placeholder_fails(tmp_path: Path) -> None:
    prompts = _copy_prompts(tmp_path)
    path = prompts / "checks" / "metrics.toml"
    path.write_text(path.read_text().replace("{passages}", "(none)"))
    with pytest.raises(RubricError, match="passages"):
        load_rubric(prompts)


def test_missing_field_and_order_mismatch_fail(tmp_path: Path) -> None:
    prompts = _copy_prompts(tmp_path)
    path = prompts / "checks" / "roadmap.toml"
    path.write_text(path.read_text().replace("weight = 1\n", ""))
    with pytest.raises(RubricError, match="weight"):
        load_rubric(prompts)
    shutil.copy(PROMPTS / "checks" / "roadmap.toml", path)
    (prompts / "checks" / "owners.toml").unlink()
    with pytest.raises(RubricError, match="order"):
        load_rubric(prompts)


def test_template_fields_rejects_attribute_access() -> None:
    assert template_fields("a {x} b {{literal}}") == {"x"}
    with pytest.raises(ValueError):
        template_fields("{x.__class__}")

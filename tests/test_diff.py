"""Diffs between two scorecards: per-check transitions, new citations, renderings."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from analyzer.diff import diff_scorecards
from analyzer.render.html import render_diff_html
from analyzer.render.text import diff_text
from cli.main import app
from tests.test_report_fixtures import HOSTILE, make_scorecard

OLD = make_scorecard(
    {"outcomes": "present", "metrics": "partial", "governance": "present", "roadmap": "partial"},
    name="plan-v1.docx",
    sha256="1" * 64,
    quotes={"governance": ["A steering group meets monthly."], "outcomes": ["Cut cost per claim."]},
)
NEW = make_scorecard(
    {"outcomes": "present", "metrics": "present", "owners": "present", "governance": "partial"},
    name="plan-v2.docx",
    sha256="2" * 64,
    quotes={
        "owners": ["Accountable: Priya Nair, COO."],
        "outcomes": ["Cut  cost per CLAIM."],
        "governance": ["Governance will be defined in phase 2."],
    },
)


def test_transitions_and_new_citations() -> None:
    diff = diff_scorecards(OLD, NEW)
    by_id = {c.id: c for c in diff.changes}
    owners = by_id["owners"]
    assert (owners.old, owners.new, owners.kind) == ("absent", "present", "improved")
    assert [c.quote for c in owners.new_citations] == ["Accountable: Priya Nair, COO."]
    assert owners.new_citations[0].page == 3
    assert by_id["governance"].kind == "regressed"
    assert [c.quote for c in by_id["governance"].removed_citations] == [
        "A steering group meets monthly."
    ]
    assert by_id["roadmap"].kind == "regressed" and by_id["roadmap"].missing
    # same words, other spacing and case: not a new citation
    assert by_id["outcomes"].kind == "unchanged" and by_id["outcomes"].new_citations == []
    assert diff.delta == round(NEW.score - OLD.score, 1)
    assert [c.id for c in diff.changes] == [c.id for c in NEW.checks]
    assert diff.notes == []


def test_checks_added_or_removed_and_notes() -> None:
    core_only = OLD.model_copy(update={"checks": OLD.checks[:4], "engine": "llm"})
    diff = diff_scorecards(core_only, NEW)
    roadmap = next(c for c in diff.changes if c.id == "roadmap")
    assert (roadmap.old, roadmap.kind) == (None, "added")
    assert "engine differs: llm → offline" in diff.notes
    back = diff_scorecards(NEW, core_only)
    assert next(c for c in back.changes if c.id == "roadmap").kind == "removed"
    same = diff_scorecards(OLD, OLD)
    assert "both versions have identical content" in same.notes
    assert {c.kind for c in same.changes} == {"unchanged"}


def test_text_json_and_html_renderings() -> None:
    diff = diff_scorecards(OLD, NEW)
    text = diff_text(diff)
    assert "plan-v1.docx" in text and "plan-v2.docx" in text
    assert "owners" in text and "absent → present" in text
    assert '+ "Accountable: Priya Nair, COO." (page 3 · Plan > Named owners)' in text
    data = json.loads(diff.model_dump_json())
    assert data["changes"][2]["new_citations"][0]["quote"] == "Accountable: Priya Nair, COO."
    html = render_diff_html(diff)
    assert "Accountable: Priya Nair, COO." in html and "Newly cited" in html


def test_diff_html_escapes_document_text() -> None:
    evil = make_scorecard({"owners": "present"}, name=HOSTILE, quotes={"owners": [HOSTILE]})
    html = render_diff_html(diff_scorecards(OLD, evil))
    assert "<script>" not in html and "alert('x')" not in html
    assert "&#34;&gt;&lt;script&gt;alert(&#39;x&#39;)" in html


def test_diff_command_on_scorecard_files(tmp_path: Path) -> None:
    old, new = tmp_path / "old.json", tmp_path / "new.json"
    old.write_text(OLD.model_dump_json())
    new.write_text(json.dumps([NEW.model_dump(mode="json")]))  # as `analyze --format json` prints
    runner = CliRunner()
    text = runner.invoke(app, ["diff", str(old), str(new)])
    assert text.exit_code == 0, text.output
    assert "absent → present" in text.output and "Accountable: Priya Nair" in text.output
    as_json = runner.invoke(app, ["diff", str(old), str(new), "--format", "json"])
    assert json.loads(as_json.output)["delta"] == round(NEW.score - OLD.score, 1)
    html = runner.invoke(app, ["diff", str(old), str(new), "-f", "html"])
    assert html.output.startswith("<!DOCTYPE html>")
    (tmp_path / "bad.json").write_text('{"not": "a scorecard"}')
    bad = runner.invoke(app, ["diff", str(tmp_path / "bad.json"), str(new)])
    assert bad.exit_code == 2 and "not a scorecard JSON file" in bad.output


def test_diff_command_analyses_documents(tmp_path: Path) -> None:
    old, new = tmp_path / "plan-v1.md", tmp_path / "plan-v2.md"
    body = "# Claims AI plan\n\nWe will cut claims-handling cost per claim by 20% by Q4 2027.\n"
    old.write_text(body)
    new.write_text(body + "\n## Owners\n\nAccountable: Priya Nair, COO, owns the programme.\n")
    args = ["diff", str(old), str(new), "-f", "json", "--data-dir", str(tmp_path / "data")]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    diff = json.loads(result.output)
    assert (diff["old"]["name"], diff["new"]["name"]) == ("plan-v1.md", "plan-v2.md")
    assert [c["id"] for c in diff["changes"]] == [c.id for c in NEW.checks]
    args = ["diff", str(old), str(tmp_path / "nope.md"), "--data-dir", str(tmp_path / "data")]
    missing = CliRunner().invoke(app, args)
    assert missing.exit_code == 1 and "no such file" in missing.output

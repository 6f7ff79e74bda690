"""One presentation layer: one environment renders the report, the web page's scorecard, the
diff and the batch summary with the same filters; undefined names fail; Markdown reads the view."""

from __future__ import annotations

import re
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
from jinja2 import UndefinedError

from analyzer.batch.summary import SummaryRow
from analyzer.diff import diff_scorecards
from analyzer.models import Scorecard
from analyzer.render.environment import TEMPLATES, environment
from analyzer.render.filters import score_band
from analyzer.render.html import render_diff_html, render_partial, render_report_html
from analyzer.render.markdown import scorecard_markdown
from analyzer.render.summary import summary_html
from analyzer.render.view import scorecard_view
from api.web_render import TEMPLATES_DIR, templates
from tests.test_report_fixtures import HOSTILE, make_scorecard, rubric

CARDS = {
    "good": make_scorecard({c.id: "present" for c in rubric().checks}),
    "fair": make_scorecard({"outcomes": "present", "metrics": "present", "owners": "present"}),
    "weak": make_scorecard({"metrics": "partial"}),
}
CHECKS = {c.id: c.title for c in rubric().checks}


def bands(html: str) -> list[str]:
    return re.findall(r'data-band="(\w+)"', html)


def web_page(card: Scorecard) -> str:
    """The API's analysis page (its own chrome) with the scorecard, as the route renders it."""
    analysis = {"id": "a1", "status": "done", "error": None}
    return templates.env.get_template("analysis.html").render(
        analysis=analysis, document={"name": card.document.name}, card=scorecard_view(card),
        principal=None, error=None, elapsed="3 s",
    )  # fmt: skip


def summary_of(card: Scorecard) -> str:
    row = SummaryRow(
        path=card.document.name, status="ok", score=card.score, name="doc",
        checks={c.id: c.status for c in card.checks},
    )  # fmt: skip
    return summary_html([row], CHECKS, meta={"engine": card.engine})


@pytest.mark.parametrize("band", list(CARDS))
def test_one_band_label_in_report_web_page_summary_and_diff(band: str) -> None:
    card = CARDS[band]
    assert score_band(card.score) == band
    assert bands(render_report_html(card)) == [band]
    page = web_page(card)
    assert bands(page) == [band] and f"score-{band}" in page
    assert "<html" in page and 'class="verdict' in page  # the chrome around the shared partial
    assert bands(summary_of(card)) == [band, band]  # the mean tile and the document's row
    assert bands(render_diff_html(diff_scorecards(card, card))) == [band, band]
    for html in (render_report_html(card), page, summary_of(card)):
        assert "poor" not in html


def test_the_api_renders_through_the_shared_environment() -> None:
    env = templates.env
    assert env is environment(TEMPLATES_DIR)
    assert env.filters["band"] is environment().filters["band"] is score_band
    assert env.autoescape is True and env.undefined.__name__ == "StrictUndefined"
    assert env.get_template("_scorecard.html.j2").filename == str(TEMPLATES / "_scorecard.html.j2")
    assert not list(TEMPLATES_DIR.glob("_scorecard*")), "the API keeps no copy of the partial"
    assert render_partial(scorecard_view(CARDS["fair"])) in web_page(CARDS["fair"])


def test_every_template_of_the_set_compiles() -> None:
    names = environment().list_templates(extensions=["j2"])
    assert {"report.html.j2", "_scorecard.html.j2", "diff.html.j2", "summary.html.j2"} <= set(names)
    for name in names:
        environment().get_template(name)


def test_a_field_the_view_lacks_fails_instead_of_rendering_empty() -> None:
    view = asdict(scorecard_view(CARDS["fair"]))
    del view["rubric"]
    with pytest.raises(UndefinedError, match="rubric"):
        environment().get_template("_scorecard.html.j2").render(card=view)
    with pytest.raises(UndefinedError, match="csp"):
        environment().get_template("report.html.j2").render(card=scorecard_view(CARDS["fair"]))


def test_partial_escapes_document_text() -> None:
    card = make_scorecard({"owners": "present"}, name=HOSTILE, quotes={"owners": [HOSTILE]})
    html = render_partial(scorecard_view(card))
    assert "<script>" not in html and "&lt;script&gt;alert(&#39;x&#39;)" in html


def test_markdown_and_html_read_the_same_view() -> None:
    card = CARDS["fair"]
    view = scorecard_view(card)
    markdown, report = scorecard_markdown(card), render_report_html(card)
    for check in view.checks:
        for citation in check.citations:
            assert f"*{citation.where}*" in markdown
            assert citation.where.replace(">", "&gt;") in report
    assert f"pdf, {view.extent}" in markdown and f"PDF, {view.extent}" in report
    assert [f"`{g.id}`" in markdown for g in view.gaps] == [True] * len(card.gaps)


def test_the_render_layer_imports_no_edge() -> None:
    modules = "html, markdown, summary, text, view"
    code = (
        f"import sys; from analyzer.render import {modules}; "
        "print(sorted(m for m in ('fastapi', 'starlette', 'typer', 'rich', 'api', 'cli') "
        "if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True,
        cwd=Path(__file__).resolve().parents[1],
    )  # fmt: skip
    assert result.stdout.strip() == "[]"

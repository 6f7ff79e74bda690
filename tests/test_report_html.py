"""The HTML report of one document: content, chart, locators, escaping, print CSS."""

from __future__ import annotations

import re

from analyzer.models import Citation
from analyzer.render.html import render_report_html
from tests.test_report_fixtures import HOSTILE, make_scorecard


def test_report_shows_score_chart_verdicts_and_gaps() -> None:
    card = make_scorecard(
        {"outcomes": "present", "metrics": "partial", "owners": "present"},
        quotes={"owners": ["Accountable: Priya Nair, COO."]},
    )
    html = render_report_html(card)
    assert f"Gap score {card.score} / 100" in html
    chart = re.search(r'<section class="chart".*?</section>', html, re.S)
    assert chart is not None
    assert chart.group(0).count('<rect class="fill-') == len(card.checks)
    assert 'class="fill-present"' in chart.group(0) and 'class="fill-absent"' in chart.group(0)
    assert "&ldquo;Accountable: Priya Nair, COO.&rdquo;" in html
    assert "page 3 · Plan &gt; Named owners" in html
    for gap in card.gaps:
        check = next(c for c in card.checks if c.id == gap)
        assert check.recommendation in html.replace("&#39;", "'")
    assert html.count('class="gap"') == len(card.gaps)
    assert "@media print" in html


def test_slide_locator_and_flags() -> None:
    card = make_scorecard({"roadmap": "partial"})
    roadmap = next(c for c in card.checks if c.id == "roadmap")
    roadmap.citations = [Citation(quote="Phase 1: pilot.", slide=7)]
    roadmap.dropped_citations = 2
    roadmap.error = "judge timed out"
    html = render_report_html(card)
    assert "<footer>slide 7</footer>" in html
    assert "2 unverifiable quotation(s) dropped." in html
    assert "Error: judge timed out" in html


def test_untrusted_text_is_escaped_quotes_included() -> None:
    card = make_scorecard(
        {"owners": "present"}, name=HOSTILE, quotes={"owners": [HOSTILE, 'say "hi" <b>']}
    )
    card.checks[0].rationale = HOSTILE
    html = render_report_html(card)
    assert "<script>" not in html and "alert('x')" not in html and "<b>" not in html
    assert (
        "&#34;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; O&#39;Neil &amp; &#34;Co&#34;"
        in html
    )
    assert "say &#34;hi&#34; &lt;b&gt;" in html
    # attribute values cannot be broken out of either
    assert 'title="' + "a" * 64 + '"' in html


def test_report_is_self_contained() -> None:
    html = render_report_html(make_scorecard({"outcomes": "present"}))
    assert "<script" not in html
    assert not re.search(r"(src|href)=\"(https?:)?//", html)
    assert 'content="default-src &#39;none&#39;; style-src' in html  # CSP: no scripts at all

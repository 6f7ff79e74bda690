"""Full coverage: every chunk reaches the model once, in windows of whole pages, over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from analyzer.chunking import chunk_document
from analyzer.config import AnalysisSettings, Settings
from analyzer.engines import build_judge
from analyzer.judges.base import CheckRequest
from analyzer.judges.llm.full import windows_for
from analyzer.judges.llm.judge import LLMJudge
from analyzer.judges.llm.windows import Window, plan_windows, reduce_verdicts
from analyzer.models import Chunk, Citation, DocumentInfo, Passage, Usage, Verdict
from analyzer.pipeline import Analyzer
from analyzer.rubric import Rubric, load_rubric
from tests.fake_openai import Body, FakeOpenAI, Reply, checks_of, error, group, passages_of, verdict

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
SHA = "c" * 64
PAGES = 9
DOC = DocumentInfo(name="plan.pdf", sha256=SHA, format="pdf", pages=PAGES)
OWNER = "Priya Nair, Chief Operating Officer, is accountable for the whole programme."
FILLER = (
    "The regional office reviews supplier contract {n} against the plan and lists the "
    "dependencies on teams in site {n}; progress goes to the programme office every week. "
)


def page_chunks() -> list[Chunk]:
    """Nine pages of three chunks each; the owner is named only on page 8."""
    chunks = []
    for page in range(1, PAGES + 1):
        for part in range(3):
            text = FILLER.format(n=page * 10 + part) * 4
            if (page, part) == (8, 1):
                text += OWNER
            chunks.append(
                Chunk(
                    id=f"{SHA[:16]}-p{page}-{part}",
                    document_sha256=SHA,
                    document_name=DOC.name,
                    text=text,
                    page=page,
                    index=len(chunks),
                )
            )
    return chunks


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return load_rubric(PROMPTS)


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def whole(rubric: Rubric, chunks: list[Chunk]) -> list[CheckRequest]:
    """What the pipeline hands a judge that reads everything: every chunk, in order."""
    return [
        CheckRequest(check=c, passages=[Passage(chunk=x) for x in chunks]) for c in rubric.checks
    ]


def three_window_settings(
    tmp_path: Path, server: FakeOpenAI, rubric: Rubric, **llm: Any
) -> Settings:
    """Settings whose context holds three of the nine pages (found, not guessed)."""
    chunks = page_chunks()
    for context in range(2000, 40000, 100):
        config = server.settings(tmp_path, coverage="full", context_tokens=context, **llm)
        if len(windows_for(LLMJudge(config), DOC, whole(rubric, chunks))) == 3:
            return config
    raise AssertionError("no context size gives three windows")


def owner_on_page_8(body: Body) -> Reply:
    holder = next((cid for cid, text in passages_of(body).items() if OWNER[:30] in text), None)
    found = [("owners", verdict("present", [(holder, OWNER)]))] if holder else []
    rest = [(cid, verdict("absent", missing=["nothing"])) for cid in checks_of(body)]
    return group(*found, *[r for r in rest if not (found and r[0] == "owners")])


def pages_sent(body: Body) -> set[int]:
    return {int(cid.rsplit("-", 2)[-2].removeprefix("p")) for cid in passages_of(body)}


def test_three_windows_find_the_owner_in_the_third_and_nothing_else(
    tmp_path: Path, server: FakeOpenAI, rubric: Rubric
) -> None:
    chunks = page_chunks()
    config = three_window_settings(tmp_path, server, rubric)
    server.responder = owner_on_page_8
    verdicts = {v.check_id: v for v in LLMJudge(config).judge_document(DOC, whole(rubric, chunks))}
    assert len(server.requests) == 3  # one call per window, every check in each
    assert all(checks_of(body) == [c.id for c in rubric.checks] for body in server.requests)
    sent = [cid for body in server.requests for cid in passages_of(body)]
    assert sorted(sent) == sorted(c.id.removeprefix(f"{SHA[:16]}-") for c in chunks)  # once each
    windows = sorted(sorted(pages_sent(body)) for body in server.requests)  # sent concurrently
    assert windows == [[1, 2, 3], [4, 5, 6], [7, 8, 9]]  # the owner is only in window 3
    owners = verdicts["owners"]
    assert owners.status == "present" and owners.error is None
    [citation] = owners.citations
    assert (citation.page, citation.quote) == (8, OWNER)
    outcomes = verdicts["outcomes"]
    assert (outcomes.status, outcomes.citations, outcomes.error) == ("absent", [], None)
    assert "No window of 3" in outcomes.rationale
    assert outcomes.usage.calls + owners.usage.calls >= 1
    assert sum(v.usage.calls for v in verdicts.values()) == 3


def test_a_window_never_splits_a_page(tmp_path: Path, server: FakeOpenAI, rubric: Rubric) -> None:
    config = three_window_settings(tmp_path, server, rubric)
    server.responder = owner_on_page_8
    LLMJudge(config).judge_document(DOC, whole(rubric, page_chunks()))
    seen = [pages_sent(body) for body in server.requests]
    assert all(a.isdisjoint(b) for i, a in enumerate(seen) for b in seen[i + 1 :])
    counts = [len(passages_of(body)) for body in server.requests]
    assert all(n % 3 == 0 for n in counts) and sum(counts) == 3 * PAGES  # whole pages only


def test_a_failing_window_leaves_its_checks_undecided(
    tmp_path: Path, server: FakeOpenAI, rubric: Rubric
) -> None:
    config = three_window_settings(tmp_path, server, rubric, max_retries=1)

    def middle_fails(body: Body) -> Reply:
        return error(503, "overloaded") if 5 in pages_sent(body) else owner_on_page_8(body)

    server.responder = middle_fails
    verdicts = {
        v.check_id: v for v in LLMJudge(config).judge_document(DOC, whole(rubric, page_chunks()))
    }
    assert verdicts["owners"].status == "present"  # proved by window 3 whatever window 2 says
    undecided = [v for v in verdicts.values() if v.error is not None]
    assert len(undecided) == len(rubric.checks) - 1
    assert all("window 2" in (v.error or "") and v.citations == [] for v in undecided)


def plan_text() -> str:
    sections = [
        f"## Workstream {n}\n\n" + "\n\n".join(FILLER.format(n=n * 10 + k) * 3 for k in range(3))
        for n in range(1, 7)
    ]
    sections[5] += f"\n\n{OWNER}"
    return "# Plan\n\n" + "\n\n".join(sections)


def test_pipeline_rerun_asks_only_the_undecided_checks_then_nothing(
    tmp_path: Path, server: FakeOpenAI, rubric: Rubric
) -> None:
    path = tmp_path / "plan.md"
    path.write_text(plan_text(), encoding="utf-8")
    base = server.settings(tmp_path / "data", coverage="full", max_retries=0)
    base = base.model_copy(update={"analysis": AnalysisSettings(index_for_offline=False)})
    document = Analyzer(base).load(path)
    chunks = chunk_document(document, base.ingest.chunk_chars)
    info = DocumentInfo(name=path.name, sha256=document.sha256, format=document.format)
    for context in range(2000, 40000, 100):
        llm = base.llm.model_copy(update={"context_tokens": context})
        config = base.model_copy(update={"llm": llm})
        if len(windows_for(LLMJudge(config), info, whole(rubric, chunks))) == 3:
            break
    analyzer = Analyzer(config, judge=build_judge("llm", config))
    assert not analyzer.judge_for("llm").retrieves

    failing = {"on": True}

    def first_window_fails(body: Body) -> Reply:
        sent = " ".join(passages_of(body).values())
        if failing["on"] and "contract 10 " in sent:
            return error(500, "down")
        return owner_on_page_8(body)

    server.responder = first_window_fails
    card = analyzer.analyze(path, engine="llm")
    assert len(server.requests) == 3
    assert {row.id for row in card.checks if row.error} == {c.id for c in rubric.checks} - {
        "owners"
    }
    owners = next(row for row in card.checks if row.id == "owners")
    assert owners.status == "present" and owners.citations[0].quote.startswith("Priya Nair")
    failing["on"] = False
    again = analyzer.analyze(path, engine="llm")  # not cached: asks only the undecided checks
    assert len(server.requests) == 6 and not again.unjudged
    assert all("owners" not in checks_of(body) for body in server.requests[3:])
    analyzer.analyze(path, engine="llm")
    assert len(server.requests) == 6  # an unchanged document makes no call


def window(number: int, *chunks: Chunk) -> Window:
    return Window(number, chunks, 10)


def test_plan_windows_keeps_slides_whole_and_reduce_is_by_rank() -> None:
    slides = [
        Chunk(id=f"s{i}", document_sha256="d", document_name="d", text="x", slide=i // 2, index=i)
        for i in range(8)
    ]
    planned = plan_windows(slides, budget_tokens=3, cost=lambda c: 1)
    assert [[c.slide for c in w.chunks] for w in planned] == [[0, 0], [1, 1], [2, 2], [3, 3]]
    big = plan_windows(slides, budget_tokens=1, cost=lambda c: 1)  # a slide over budget: alone
    assert len(big) == 4 and big[0].tokens == 2
    w1, w2 = window(1, slides[0]), window(2, slides[2])
    partial = Verdict(check_id="x", status="partial", rationale="close", usage=Usage(calls=1))
    cited = Citation(quote="q", slide=1)
    present = Verdict(check_id="x", status="present", rationale="yes", citations=[cited])
    failed = Verdict(check_id="x", status="absent", rationale="-", error="HTTP 500")
    assert reduce_verdicts("x", [(w1, partial), (w2, present)]).citations == [cited]
    assert reduce_verdicts("x", [(w1, partial), (w2, failed)]).error is not None
    assert reduce_verdicts("x", [(w1, failed), (w2, present)]).status == "present"
    merged = reduce_verdicts("x", [(w1, partial), (w2, partial)])
    assert merged.status == "partial" and merged.usage.calls == 2


def test_a_document_that_fits_is_one_call_with_every_chunk(
    tmp_path: Path, server: FakeOpenAI, rubric: Rubric
) -> None:
    chunks = page_chunks()
    server.responder = owner_on_page_8
    config = server.settings(tmp_path, coverage="full")  # the default 100k-token context
    verdicts = LLMJudge(config).judge_document(DOC, whole(rubric, chunks))
    [body] = server.requests
    assert len(passages_of(body)) == len(chunks) and "part 1" not in body["messages"][1]["content"]
    assert [v.status for v in verdicts if v.check_id == "owners"] == ["present"]

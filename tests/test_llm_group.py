"""Several checks judged in one model call, against the real loopback OpenAI-compatible server."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from analyzer.config import Settings
from analyzer.engines import build_judge
from analyzer.judges.base import CheckRequest
from analyzer.judges.llm.group import compact
from analyzer.judges.llm.judge import LLMJudge
from analyzer.models import Chunk, DocumentInfo, Passage
from analyzer.rubric import Rubric, load_rubric
from tests.fake_openai import (
    Body,
    FakeOpenAI,
    Reply,
    checks_of,
    group,
    is_group,
    message_of,
    method_of,
    text,
    verdict,
)

PROMPTS = Path(__file__).resolve().parents[1] / "prompts"
SHA = "b" * 64
DOC = DocumentInfo(name="plan.docx", sha256=SHA, format="docx")
GOAL = "Our goal is to cut claims-handling cost per claim by 15% by Q4 2027."
COUNCIL = "The AI Risk Council, chaired by the CISO, reviews every use case before production."
OWNER = "Priya Nair, COO, is accountable for the programme and reports quarterly."
IDS = ["outcomes", "metrics", "owners", "governance", "execution_capacity", "human_oversight",
       "roadmap"]  # fmt: skip


def chunk(n: int, text_: str, section: str) -> Chunk:
    return Chunk(
        id=f"{SHA[:16]}-p0-{n}",
        document_sha256=SHA,
        document_name=DOC.name,
        text=text_,
        section=("Plan", section),
        index=n,
    )


C_GOAL, C_GOV, C_OWNER = (
    chunk(0, GOAL, "Outcomes"),
    chunk(1, COUNCIL, "Risk"),
    chunk(2, OWNER, "Who"),
)


@pytest.fixture(scope="module")
def rubric() -> Rubric:
    return load_rubric(PROMPTS)


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


def settings(tmp_path: Path, server: FakeOpenAI, **llm: Any) -> Settings:
    return server.settings(tmp_path, **({"timeout_s": 2.0} | llm))


def requests_for(rubric: Rubric, ids: list[str] = IDS) -> list[CheckRequest]:
    """Each check retrieves the three chunks, its own best first."""
    best = {"outcomes": C_GOAL, "governance": C_GOV, "owners": C_OWNER}
    requests = []
    for cid in ids:
        first = best.get(cid, C_GOAL)
        rest = [c for c in (C_GOAL, C_GOV, C_OWNER) if c is not first]
        passages = [Passage(chunk=c, score=0.5) for c in (first, *rest)]
        requests.append(CheckRequest(check=rubric.by_id(cid), passages=passages))
    return requests


def full_reply(**kwargs: Any) -> Reply:
    return group(
        ("outcomes", verdict("present", [("p0-0", GOAL)])),
        ("metrics", verdict("partial", [("p0-0", "cut claims-handling cost per claim by 15%")])),
        ("owners", verdict("present", [(f"{SHA[:16]}-p0-2", OWNER)])),
        ("governance", verdict("present", [("p0-1", COUNCIL)])),
        *[(cid, verdict("absent", missing=["x"])) for cid in IDS[4:]],
        **kwargs,
    )


def test_one_call_judges_seven_checks_from_one_data_block(
    tmp_path: Path, server: FakeOpenAI, rubric: Rubric
) -> None:
    server.script(full_reply(prompt_tokens=703, completion_tokens=141))
    judge = LLMJudge(settings(tmp_path, server))
    results = judge.judge_document(DOC, requests_for(rubric))

    [body] = server.requests  # one request for seven checks, as the token meter renders it
    assert judge.planned_prompts(DOC, requests_for(rubric)) == [message_of(body, "user")]
    assert [m["role"] for m in body["messages"]] == ["system", "user"]
    assert message_of(body, "system") == rubric.system_prompt
    user = message_of(body, "user")
    assert checks_of(body) == IDS
    for check in rubric.checks:  # each check's definition and levels, from its file
        assert compact(check.definition) in user and compact(check.levels.present) in user
    assert user.count("<document_passages>") == 1 and user.count("</document_passages>") == 1
    start, end = user.index("<document_passages>"), user.index("</document_passages>")
    assert all(user.count(text_) == 1 and start < user.index(text_) < end
               for text_ in (GOAL, COUNCIL, OWNER))  # fmt: skip
    assert '<passage chunk_id="p0-1" locator="Risk">' in user  # short id, innermost heading
    sections = user[:start].split("\n## ")[1:]
    lists = {s.split("\n")[0]: s.split("Best passages: ")[1].split("\n")[0] for s in sections}
    assert lists["governance"] == "p0-1, p0-0" and lists["owners"] == "p0-2, p0-0"
    schema = body["response_format"]["json_schema"]
    assert schema["name"] == "verdicts"
    item = schema["schema"]["properties"]["verdicts"]["items"]
    assert item["properties"]["check_id"]["enum"] == IDS

    by_id = {v.check_id: v for v in results}
    assert [v.check_id for v in results] == IDS and all(v.error is None for v in results)
    outcomes, owners = by_id["outcomes"], by_id["owners"]
    assert (outcomes.status, outcomes.citations[0].chunk_id) == ("present", C_GOAL.id)
    assert outcomes.citations[0].section == "Plan > Outcomes"
    assert owners.citations[0].chunk_id == C_OWNER.id  # the full id is understood too
    assert by_id["roadmap"].status == "absent" and by_id["roadmap"].citations == []
    usages = [v.usage for v in results]
    assert sum(u.prompt_tokens for u in usages) == 703
    assert sum(u.completion_tokens for u in usages) == 141
    assert [u.calls for u in usages] == [1, 0, 0, 0, 0, 0, 0]
    assert sum(u.cost_usd for u in usages) == pytest.approx((703 * 0.15 + 141 * 0.6) / 1e6)
    records = judge.audit(SHA)
    assert len(records) == 7 and len({r.prompt_hash for r in records}) == 1


def test_missing_and_unknown_verdicts_are_asked_alone_never_guessed(
    tmp_path: Path, server: FakeOpenAI, rubric: Rubric
) -> None:
    def respond(body: Body) -> Reply:
        if is_group(body):  # no owners, twice roadmap, and a check nobody asked about
            entries = [(cid, verdict("absent")) for cid in IDS if cid != "owners"]
            entries += [("roadmap", verdict("present")), ("budget", verdict("present"))]
            return group(*entries, prompt_tokens=700)
        if checks_of(body) == ["owners"]:
            return verdict("partial", [(C_OWNER.id, OWNER)], prompt_tokens=300)
        return text("not JSON at all", prompt_tokens=300)

    server.responder = respond
    judge = LLMJudge(settings(tmp_path, server, max_retries=0))
    results = {v.check_id: v for v in judge.judge_document(DOC, requests_for(rubric))}

    singles = [checks_of(b) for b in server.requests if not is_group(b)]
    assert len(server.requests) == 3 and sorted(singles) == [["owners"], ["roadmap"]]
    assert is_group(server.requests[0])
    owners, roadmap = results["owners"], results["roadmap"]
    assert (owners.status, owners.error, owners.citations[0].chunk_id) == (
        "partial",
        None,
        C_OWNER.id,
    )
    assert owners.usage.calls == 1 and owners.usage.prompt_tokens == 100 + 300
    assert roadmap.error is not None and roadmap.status == "absent" and not roadmap.citations
    assert "no valid verdict" in roadmap.error
    assert results["governance"].status == "absent" and results["governance"].error is None
    assert sum(v.usage.calls for v in results.values()) == 3
    assert sum(v.usage.prompt_tokens for v in results.values()) == 1300
    group_record, alone = judge.audit(SHA, "owners")
    assert group_record.verdict is None and group_record.error is not None
    assert alone.verdict is not None and alone.verdict.status == "partial"
    notes = " ".join(group_record.notes)
    assert "'budget'" in notes and "2 verdicts for check roadmap" in notes


def test_a_group_reply_that_never_parses_errors_every_check(
    tmp_path: Path, server: FakeOpenAI, rubric: Rubric
) -> None:
    server.script(text('{"verdicts": "later"}'), text("I think they are all present."))
    judge = LLMJudge(settings(tmp_path, server, max_retries=1))
    results = judge.judge_document(DOC, requests_for(rubric))
    assert len(server.requests) == 2 and all(is_group(b) for b in server.requests)
    assert all(v.status == "absent" and not v.citations and v.error for v in results)
    assert "after 2 attempt(s)" in (results[0].error or "")
    assert [v.usage.calls for v in results] == [2, 0, 0, 0, 0, 0, 0]
    # errors are never cached: the next run asks again
    server.script(full_reply())
    again = LLMJudge(settings(tmp_path, server)).judge_document(DOC, requests_for(rubric))
    assert len(server.requests) == 3 and again[0].status == "present"


@pytest.mark.parametrize("tools", [True, False])
def test_group_falls_back_to_function_calling_then_text(
    tmp_path: Path, server: FakeOpenAI, rubric: Rubric, tools: bool
) -> None:
    server.reject_response_format = 400
    server.reject_tools = None if tools else 400
    server.responder = lambda body: full_reply()
    results = LLMJudge(settings(tmp_path, server)).judge_document(DOC, requests_for(rubric))
    methods = [method_of(b) for b in server.requests]
    expected = (
        ["json_schema", "function_calling"]
        if tools
        else ["json_schema", "function_calling", "text"]
    )
    assert methods == expected
    if tools:
        assert server.requests[-1]["tool_choice"]["function"]["name"] == "record_verdicts"
    assert [v.status for v in results[:4]] == ["present", "partial", "present", "present"]
    assert all(v.error is None for v in results)


def test_cache_per_check_around_the_group_judge(
    tmp_path: Path, server: FakeOpenAI, rubric: Rubric
) -> None:
    server.script(full_reply())
    requests = requests_for(rubric)
    first = build_judge("llm", settings(tmp_path, server)).judge_document(DOC, requests)
    second = build_judge("llm", settings(tmp_path, server)).judge_document(DOC, requests)
    assert len(server.requests) == 1  # a fully cached document makes no call
    assert all(v.usage.cached and v.usage.calls == 0 for v in second)
    assert [v.citations for v in second] == [v.citations for v in first]
    fewer = [r.model_copy(update={"passages": r.passages[:1]}) for r in requests]
    server.script(full_reply())
    build_judge("llm", settings(tmp_path, server)).judge_document(
        DOC, fewer
    )  # another prompt: asked
    assert len(server.requests) == 2
    server.script(full_reply())
    build_judge("llm", settings(tmp_path, server), use_cache=False).judge_document(DOC, requests)
    assert len(server.requests) == 3


def test_only_uncached_checks_are_asked_again(
    tmp_path: Path, server: FakeOpenAI, rubric: Rubric
) -> None:
    reply = full_reply()
    assert reply.verdict is not None
    without_owners = [e for e in reply.verdict["verdicts"] if e["check_id"] != "owners"]
    server.script(group(*without_owners), text("no"), verdict("present", [(C_OWNER.id, OWNER)]))
    config = settings(tmp_path, server, max_retries=0)
    first = {
        v.check_id: v for v in build_judge("llm", config).judge_document(DOC, requests_for(rubric))
    }
    assert first["owners"].error is not None and len(server.requests) == 2
    second = {
        v.check_id: v for v in build_judge("llm", config).judge_document(DOC, requests_for(rubric))
    }
    assert len(server.requests) == 3 and checks_of(server.requests[-1]) == ["owners"]
    assert second["owners"].status == "present" and second["owners"].usage.calls == 1
    assert second["outcomes"].usage.cached
    build_judge("llm", config).judge_document(DOC, requests_for(rubric))
    assert len(server.requests) == 3  # now every check is cached


def test_groups_of_k_in_rubric_order_run_concurrently(
    tmp_path: Path, server: FakeOpenAI, rubric: Rubric
) -> None:
    server.responder = lambda body: verdict("absent", delay=0.3)
    judge = LLMJudge(settings(tmp_path, server, checks_per_call=3, max_concurrency=2))
    started = time.monotonic()
    results = judge.judge_document(DOC, requests_for(rubric))
    elapsed = time.monotonic() - started
    assert [v.check_id for v in results] == IDS and all(v.error is None for v in results)
    asked = [(checks_of(b), is_group(b)) for b in server.requests]
    assert sorted(asked) == sorted([(IDS[:3], True), (IDS[3:6], True), (["roadmap"], False)])
    planned = judge.planned_prompts(DOC, requests_for(rubric))
    assert sorted(planned) == sorted(message_of(b, "user") for b in server.requests)
    assert server.max_in_flight == 2 and 0.55 < elapsed < 1.5  # 3 calls, 2 at a time


def test_shared_budget_keeps_each_checks_best_passage(
    tmp_path: Path, server: FakeOpenAI, rubric: Rubric
) -> None:
    filler = [chunk(10 + i, f"Paragraph {i}. " + "word " * 120, "Annex") for i in range(4)]
    requests = [
        CheckRequest(check=rubric.by_id(cid), passages=[Passage(chunk=c) for c in (best, *filler)])
        for cid, best in (("outcomes", C_GOAL), ("governance", C_GOV), ("owners", C_OWNER))
    ]
    server.responder = lambda body: verdict("absent")
    # the 14-chunk document (about 1,100 tokens) is between the floor and twice it, so the
    # floor shrinks to about 330 tokens: the three best passages and one more
    judge = LLMJudge(settings(tmp_path, server, group_passage_tokens=720))
    assert 250 < judge.group_budget(DOC, requests) < 400
    judge.judge_document(DOC, requests)
    user = message_of(server.requests[0], "user")
    assert all(t in user for t in (GOAL, COUNCIL, OWNER))  # guaranteed, whatever the budget
    assert "Paragraph 0." in user and "Paragraph 1." not in user  # the budget holds one more

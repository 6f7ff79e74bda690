"""An LLM endpoint that fails: no command reports success, no result is kept, a rerun recovers.

The endpoint is the fake OpenAI server over real HTTP; `gapcard analyze` runs as a subprocess and
`gapcard batch` with its real worker processes.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from analyzer.batch.report import BatchOptions
from analyzer.batch.runner import run_batch
from tests.api_support import (
    analyse,
    make_keys,
    running_server,
    server_settings,
    strategy_pdf,
    upload,
)
from tests.fake_openai import Body, FakeOpenAI, Reply, checks_of, error, group, is_group, verdict

GAPCARD = Path(sys.executable).parent / "gapcard"
PLAN = """# Harbour plan

Our goal is to reduce average claims handling time from 14 to 9 minutes by Q4 2027.
"""


def absent_except(*left_out: str) -> Callable[[Body], Reply]:
    """Absent for every check asked, in a group reply or a single one; `left_out` unanswered."""

    def reply(body: Body) -> Reply:
        answered = [
            (check, verdict("absent")) for check in checks_of(body) if check not in left_out
        ]
        if is_group(body):
            return group(*answered)
        return answered[0][1] if answered else error(500, "no verdict for this check")

    return reply


@pytest.fixture
def server() -> Iterator[FakeOpenAI]:
    with FakeOpenAI() as fake:
        yield fake


@pytest.fixture
def plans(tmp_path: Path) -> Path:
    folder = tmp_path / "plans"
    folder.mkdir()
    for name in ("harbour.md", "quay.md"):
        (folder / name).write_text(PLAN.replace("Harbour", name[:-3].title()), encoding="utf-8")
    return folder


def llm_env(server: FakeOpenAI, data_dir: Path) -> dict[str, str]:
    return {
        **os.environ,
        "GAPCARD_DATA_DIR": str(data_dir),
        "GAPCARD_LLM__BASE_URL": server.base_url,
        "GAPCARD_LLM__MAX_RETRIES": "1",
        "GAPCARD_LLM__TIMEOUT_S": "5",
    }


def analyze(plan: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    command = [str(GAPCARD), "analyze", str(plan), "--engine", "llm", "--format", "json"]
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=240)


def test_analyze_exits_1_while_the_endpoint_fails_and_recovers_after(
    server: FakeOpenAI, plans: Path, tmp_path: Path
) -> None:
    env = llm_env(server, tmp_path / "data")
    plan = plans / "harbour.md"
    server.responder = lambda body: error(500, "model crashed")
    failed = analyze(plan, env)
    assert failed.returncode == 1 and json.loads(failed.stdout) == []
    assert "harbour.md: 7 of 7 checks not judged: model endpoint failed" in failed.stderr
    assert "Traceback" not in failed.stderr

    server.responder = absent_except("roadmap")  # one check the model never answers
    partial = analyze(plan, env)
    assert partial.returncode == 1
    [card] = json.loads(partial.stdout)
    errors = {row["id"]: row["error"] for row in card["checks"] if row["error"]}
    assert list(errors) == ["roadmap"]
    assert "1 of 7 checks not judged" in partial.stderr

    server.responder = absent_except()
    start = len(server.requests)
    judged = analyze(plan, env)
    assert judged.returncode == 0, judged.stderr
    # one call: the six judged checks come from the verdict cache, roadmap is asked again
    assert len(server.requests) == start + 1
    assert all(row["error"] is None for row in json.loads(judged.stdout)[0]["checks"])


def test_batch_records_unjudged_documents_as_failed_and_a_rerun_judges_them(
    server: FakeOpenAI, plans: Path, tmp_path: Path
) -> None:
    settings = server.settings(tmp_path / "data")
    options = BatchOptions(paths=[plans], out_dir=tmp_path / "out", workers=2, engine="llm")
    server.responder = lambda body: error(503, "overloaded")
    first = run_batch(options, settings)
    assert first.exit_code == 1
    assert {row.path: row.status for row in first.rows} == {
        "plans/harbour.md": "failed",
        "plans/quay.md": "failed",
    }
    assert all("7 of 7 checks not judged" in row.error for row in first.rows)
    assert not list((tmp_path / "out" / "reports").glob("*.html"))

    server.responder = absent_except()
    second = run_batch(options, settings)
    assert second.exit_code == 0 and len(second.outcomes) == 2  # both judged, none reused
    assert {row.status for row in second.rows} == {"ok"}


def test_api_analysis_fails_with_its_reason_and_a_new_one_is_judged(
    server: FakeOpenAI, tmp_path: Path
) -> None:
    llm = server.settings(tmp_path / "data").llm
    settings = server_settings(tmp_path / "data").model_copy(update={"llm": llm})
    (key,) = make_keys(settings, "acme")
    with running_server(settings) as api, api.client(key) as client:
        document = upload(client, "plan.pdf", strategy_pdf())
        server.responder = lambda body: error(502, "bad gateway")
        failed = analyse(client, document["id"], engine="llm")
        assert failed["status"] == "failed"
        assert failed["error"]["type"] == "checks_not_judged"  # type: ignore[index]
        assert "7 of 7 checks not judged" in failed["error"]["message"]  # type: ignore[index]
        server.responder = absent_except()
        done = analyse(client, document["id"], engine="llm")
        assert done["status"] == "done"
        checks = done["scorecard"]["checks"]  # type: ignore[index]
        assert [row["status"] for row in checks] == ["absent"] * 7

"""The API's rubric packs: GET /v1/rubrics, and an analysis request that names a pack."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from tests.api_support import (
    RunningServer,
    analyse,
    assert_error,
    make_keys,
    running_server,
    server_settings,
    strategy_pdf,
    upload,
)
from tests.test_rubric_packs import user_pack


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningServer]:
    packs = tmp_path_factory.mktemp("packs")
    settings = server_settings(tmp_path_factory.mktemp("api"))
    settings.analysis.rubric_packs = [user_pack(packs, checks=("owners", "metrics"))]
    settings.llm.base_url = "http://127.0.0.1:9/v1"  # configured (never called by these tests)
    with running_server(settings) as running:
        yield running


@pytest.fixture
def client(server: RunningServer) -> Iterator[httpx.Client]:
    (key,) = make_keys(server.settings, "acme")
    with server.client(key) as http:
        yield http


def test_rubrics_lists_every_pack_with_the_engines_that_can_judge_it(
    client: httpx.Client,
) -> None:
    response = client.get("/v1/rubrics")
    assert response.status_code == 200
    packs = {p["name"]: p for p in response.json()}
    assert list(packs) == ["gapcard-strategy-gaps", "ai-adoption", "board-criteria"]
    assert packs["gapcard-strategy-gaps"]["default"] is True
    assert packs["ai-adoption"]["engines"] == ["llm"]  # the offline engines have no model for it
    assert packs["board-criteria"]["engines"] == ["offline", "llm", "learned"]
    assert [c["id"] for c in packs["board-criteria"]["checks"]] == ["owners", "metrics"]


def test_an_analysis_runs_the_pack_it_names(client: httpx.Client, tmp_path: Path) -> None:
    document = upload(client, "plan.pdf", strategy_pdf(tag="packs"))
    done = analyse(client, document["id"], rubric="board-criteria")
    assert done["status"] == "done" and done["rubric"] == "board-criteria"
    card = done["scorecard"]
    assert card["rubric"] == {"name": "board-criteria", "version": "2.1"}
    assert [row["id"] for row in card["checks"]] == ["owners", "metrics"]


def test_a_pack_the_engine_cannot_judge_or_an_unknown_pack_is_refused(
    client: httpx.Client,
) -> None:
    document = upload(client, "plan.pdf", strategy_pdf(tag="refused"))
    url = f"/v1/documents/{document['id']}/analyses"
    refused = client.post(url, json={"rubric": "ai-adoption", "engine": "offline"})
    assert_error(refused, 422, "check_not_supported")
    assert "use the llm engine" in refused.json()["error"]["message"]
    unknown = client.post(url, json={"rubric": "/etc"})
    assert_error(unknown, 422, "rubric_error")

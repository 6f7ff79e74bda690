"""Shared fixtures. The shared corpus is optional: tests that need it skip where it is absent."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("GAPCARD_CORPUS", REPO.parent / "shared" / "corpus"))
DEV_CORPUS = CORPUS / "dev"
REAL_CORPUS = CORPUS / "real"
SKIP_NO_CORPUS = "needs ../shared/corpus (the team's labeled corpus), absent on this machine"


@pytest.fixture
def dev_corpus() -> Path:
    if not DEV_CORPUS.is_dir():
        pytest.skip(SKIP_NO_CORPUS)
    return DEV_CORPUS


@pytest.fixture
def real_corpus() -> Path:
    if not REAL_CORPUS.is_dir():
        pytest.skip(SKIP_NO_CORPUS)
    return REAL_CORPUS

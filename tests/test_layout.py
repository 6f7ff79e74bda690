"""The layout keeps its promises: small modules, and the shipped packages carry their data."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
PACKAGES = ("analyzer", "api", "cli")
MAX_LINES = 300


@pytest.mark.parametrize("package", PACKAGES)
def test_no_module_is_over_300_lines(package: str) -> None:
    long = {
        str(path.relative_to(REPO)): n
        for path in (REPO / package).rglob("*.py")
        if (n := len(path.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert not long, f"split these modules (over {MAX_LINES} lines): {long}"


def test_the_prompts_are_package_data_read_through_importlib() -> None:
    from analyzer.resources import builtin_prompts_dir

    root = builtin_prompts_dir()
    assert (root / "rubric.toml").is_file() and (root / "system.md").is_file()
    assert (root / "__init__.py").is_file()  # a package, so the wheel carries it

"""Settings honour env vars and the README's configuration table matches the code."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.config import Settings
from analyzer.config_table import settings_table

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_configuration_table_is_current() -> None:
    assert settings_table() in README.read_text(encoding="utf-8"), (
        "README's configuration table is stale: paste `python -m analyzer.config_table`"
    )


def test_nested_env_and_openai_variables(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAPCARD_STORE__MODE", "http")
    monkeypatch.setenv("GAPCARD_LLM__MODEL", "my-model")
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9/v1")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.store.mode == "http" and settings.llm.model == "my-model"
    assert settings.llm_api_key() is not None
    assert settings.llm_api_key().get_secret_value() == "sk-test"  # type: ignore[union-attr]
    assert "sk-test" not in repr(settings)
    assert settings.llm_base_url() == "http://127.0.0.1:9/v1"


def test_unknown_setting_is_rejected(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAPCARD_STORE__MODEE", "http")
    with pytest.raises(ValueError, match=r"MODEE|modee|extra"):
        Settings(_env_file=None)  # type: ignore[call-arg]

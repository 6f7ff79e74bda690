"""A command's settings (the environment, then its options) and its one-line failure."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Literal

import typer

if TYPE_CHECKING:
    from analyzer.config import Settings


def fail(message: str, code: int = 2) -> typer.Exit:
    """Print a one-line error and return the exit to raise."""
    from analyzer.errors import printable

    typer.echo(f"gapcard: {printable(message)}", err=True)
    return typer.Exit(code)


def build_settings(
    data_dir: Path | None = None,
    model: str | None = None,
    coverage: Literal["full", "retrieval"] | None = None,
) -> Settings:
    """Settings from the environment, with command-line overrides applied."""
    from pydantic import ValidationError

    from analyzer.config import Settings

    try:
        settings = Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        raise fail(f"invalid configuration: {first['msg']} ({first['loc']})") from None
    if data_dir is not None:
        settings.data_dir = data_dir
    if model is not None:
        settings.llm.model = model
    if coverage is not None:
        settings.llm.coverage = coverage
    return settings

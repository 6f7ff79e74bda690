"""`gapcard rubric list|show|validate`: the rubric packs this installation offers, and checking
a pack folder before using it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from analyzer.rubric import Rubric
from cli.settings import build_settings

if TYPE_CHECKING:
    from analyzer.rubric_packs import RubricPacks

rubric_app = typer.Typer(help="Rubric packs: list, show and validate.", no_args_is_help=True)


def _packs() -> RubricPacks:
    from analyzer.errors import RubricError
    from analyzer.rubric_packs import RubricPacks

    settings = build_settings()
    analysis = settings.analysis
    try:
        return RubricPacks(analysis.prompts_dir, analysis.rubric_packs, analysis.rubric)
    except RubricError as exc:
        typer.echo(f"gapcard: {exc}", err=True)
        raise typer.Exit(2) from None


def _describe(rubric: Rubric) -> str:
    title = f" — {rubric.title}" if rubric.title else ""
    return f"{rubric.name} {rubric.version}{title} ({len(rubric.checks)} checks)"


@rubric_app.command("list")
def list_packs() -> None:
    """The packs `--rubric` accepts by name; the default is marked."""
    packs = _packs()
    for rubric in packs.packs:
        mark = "*" if rubric.name == packs.default.name else " "
        typer.echo(f"{mark} {_describe(rubric)}")


@rubric_app.command()
def show(
    pack: Annotated[str, typer.Argument(help="A pack name or a pack folder")],
) -> None:
    """A pack's checks: id, weight, core or extended, and definition."""
    from analyzer.errors import RubricError

    packs = _packs()
    try:
        rubric = packs.resolve(pack)
    except RubricError as exc:
        typer.echo(f"gapcard: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(_describe(rubric))
    if rubric.description:
        typer.echo(rubric.description)
    for check in rubric.checks:
        kind = "core" if check.core else "extended"
        typer.echo(f"\n{check.id} ({check.title}; weight {check.weight:g}, {kind})")
        typer.echo(" ".join(check.definition.split()))


@rubric_app.command()
def validate(
    folder: Annotated[Path, typer.Argument(help="A pack folder: rubric.toml and checks/*.toml")],
) -> None:
    """Load a pack as `--rubric` would; errors name the file and the field. Exit 1 if invalid."""
    from analyzer.errors import RubricError
    from analyzer.rubric import load_rubric

    packs = _packs()
    if not folder.is_dir():
        typer.echo(f"gapcard: {folder}: not a folder", err=True)
        raise typer.Exit(1)
    try:
        rubric = load_rubric(folder, packs.prompts_dir)
    except RubricError as exc:
        typer.echo(f"gapcard: {exc}", err=True)
        raise typer.Exit(1) from None
    typer.echo(f"ok: {_describe(rubric)}")

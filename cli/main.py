"""The command line (thin): parse options, build settings, call the core, print, exit.

Heavy modules are imported inside the commands, so each command loads only what it uses.
"""

from __future__ import annotations

import json
import logging
import sys
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

import typer

from analyzer.models import EngineName
from cli.keys import keys_app
from cli.rubric import rubric_app
from cli.settings import build_settings, fail

if TYPE_CHECKING:
    pass

app = typer.Typer(
    name="gapcard",
    help="Gap scorecards for strategy documents: outcomes, metrics, owners, governance and more.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


EngineOption = Annotated[EngineName | None, typer.Option(help="Judge engine (default: config)")]
ModelOption = Annotated[str | None, typer.Option(help="Model name for --engine llm")]
RubricOption = Annotated[
    str | None, typer.Option(help="Rubric pack: a name (gapcard rubric list) or a folder")
]
CoverageOption = Annotated[
    Literal["full", "retrieval"] | None,
    typer.Option(
        help="LLM engine: full reads every chunk (default: config, full); retrieval sends only "
        "the passages retrieved per check (cheaper, may miss evidence)"
    ),
]


class OutputFormat(StrEnum):
    json = "json"
    markdown = "markdown"


def configure_logging(verbose: bool) -> None:
    logging.basicConfig(
        level=logging.INFO if verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )


@app.command()
def analyze(
    files: Annotated[list[Path], typer.Argument(help="Documents: PDF, PPTX, DOCX, MD, TXT, HTML")],
    output: Annotated[OutputFormat, typer.Option("--format", "-f")] = OutputFormat.markdown,
    checks: Annotated[str, typer.Option(help="core, all, or comma-separated check ids")] = "all",
    engine: EngineOption = None,
    model: ModelOption = None,
    rubric: RubricOption = None,
    coverage: CoverageOption = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Ignore cached results")] = False,
    data_dir: Annotated[Path | None, typer.Option(help="Index and cache folder")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Analyze documents and print one gap scorecard per document.

    A document that cannot be read is reported on stderr and the others are still analyzed;
    the exit code is 1 if any document failed or has checks the judge could not decide.
    """
    configure_logging(verbose)
    from analyzer.deadline import time_limit
    from analyzer.errors import AnalyzerError, ChecksNotJudged, RubricError, printable
    from analyzer.pipeline import Analyzer
    from analyzer.render.markdown import scorecard_markdown

    settings = build_settings(data_dir, model, coverage)
    try:
        analyzer = Analyzer(settings)
        analyzer.plan(rubric, checks, engine)
    except AnalyzerError as exc:
        raise fail(str(exc)) from None
    results, failed = [], 0
    for path in files:
        try:
            with time_limit(settings.ingest.max_seconds, str(path)):
                scorecard = analyzer.analyze(
                    path,
                    checks=checks,
                    engine=engine,
                    use_cache=not no_cache,
                    rubric=rubric,
                )
        except RubricError as exc:
            raise fail(str(exc)) from None
        except AnalyzerError as exc:
            failed += 1
            line = f"{path}: {exc.message} [{exc.kind}]"  # one line naming the error type
            typer.echo(f"gapcard: {printable(line)}", err=True)
            continue
        for warning in scorecard.warnings:  # read only in part: said on stderr too
            typer.echo(f"gapcard: {printable(str(path))}: warning: {printable(warning)}", err=True)
        if scorecard.unjudged:  # printed, but the run did not fully succeed
            failed += 1
            message = ChecksNotJudged.of(scorecard).message
            typer.echo(f"gapcard: {printable(str(path))}: {message}", err=True)
        results.append(scorecard)
        if output is OutputFormat.markdown:
            typer.echo(scorecard_markdown(scorecard))
    if output is OutputFormat.json:
        typer.echo(json.dumps([s.model_dump(mode="json") for s in results], indent=2))
    if failed:
        raise typer.Exit(1)


def main() -> None:
    from analyzer.ingest.isolated import preload_in_reader

    preload_in_reader(__name__)  # the `gapcard` script imports this module in every reader child
    app()


# --- gapcard serve / worker / keys / db (the HTTP API and its workers, api/) ---

app.add_typer(keys_app, name="keys")
db_app = typer.Typer(help="The API's database: schema migrations.", no_args_is_help=True)
app.add_typer(db_app, name="db")
app.add_typer(rubric_app, name="rubric")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind host (default 127.0.0.1)")] = None,
    port: Annotated[int | None, typer.Option(help="Bind port (default 8000)")] = None,
    data_dir: Annotated[Path | None, typer.Option(help="Index, uploads and database")] = None,
    processes: Annotated[
        int, typer.Option(min=1, help="Server processes sharing the port (needs a Chroma server)")
    ] = 1,
) -> None:
    """Serve the HTTP API and the web page; on first start, print a key to sign in with."""
    from api.serve import serve as run_server

    settings = build_settings(data_dir)
    if processes > 1 and settings.store.mode != "http":
        raise fail(
            "--processes above 1 needs a Chroma server (GAPCARD_STORE__MODE=http): "
            "the embedded store belongs to one process"
        )
    run_server(settings, host=host, port=port, processes=processes)


@app.command()
def worker(
    concurrency: Annotated[int, typer.Option(min=1, help="Analyses run at once")] = 1,
    data_dir: Annotated[Path | None, typer.Option(help="Index, uploads and database")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Run analysis jobs from the database until stopped (SIGTERM or Ctrl-C), beside any number
    of `gapcard serve` replicas started with GAPCARD_API__WORKERS=0."""
    logging.basicConfig(
        level=logging.DEBUG if verbose else logging.INFO,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    from api.worker import run_worker

    run_worker(build_settings(data_dir), concurrency)


@db_app.command("upgrade")
def db_upgrade(
    data_dir: Annotated[Path | None, typer.Option(help="Index, uploads and database")] = None,
) -> None:
    """Migrate the database to this release (also done at the start of serve and worker)."""
    from api.db import Database
    from api.db.migrate import current_revision

    db = Database.from_settings(build_settings(data_dir))
    try:
        before = current_revision(db.engine)
        db.upgrade()
        after = current_revision(db.engine)
    finally:
        db.dispose()
    typer.echo(f"database at revision {after} (was {before or 'empty'})")


# --- gapcard batch / gapcard diff (analyzer/batch/, analyzer/diff.py) ---


class DiffFormat(StrEnum):
    text = "text"
    json = "json"
    html = "html"


@app.command()
def batch(
    paths: Annotated[list[Path], typer.Argument(help="Folders (recursive), zips or documents")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder; rerun to resume")],
    workers: Annotated[
        int | None, typer.Option(min=1, help="Worker processes (default: config, else cores)")
    ] = None,
    checks: Annotated[str | None, typer.Option(help="core, all, or check ids")] = None,
    engine: EngineOption = None,
    model: ModelOption = None,
    rubric: RubricOption = None,
    coverage: CoverageOption = None,
    diff_versions: Annotated[
        bool, typer.Option("--diff-versions", help="Diff consecutive versions of the same plan")
    ] = False,
    data_dir: Annotated[Path | None, typer.Option(help="Index and cache folder")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Analyze every document in folders and zip archives, in parallel and resumably.

    Writes OUT/reports/ (a JSON scorecard and an HTML report per document), OUT/summary.csv and
    OUT/summary.html (and OUT/diffs/ with --diff-versions). Rerunning the same command skips
    documents already analysed with the same content, rubric and engine. Exit code: 0 if every
    document was analysed, 1 if any failed or was refused, 2 on a usage error, 130 if
    interrupted (rerun to resume).
    """
    configure_logging(verbose)
    from analyzer.batch.report import BatchOptions
    from cli.batch import run_batch_command

    options = BatchOptions(
        paths=paths,
        out_dir=out,
        workers=workers,
        checks=checks,
        engine=engine,
        diff_versions=diff_versions,
    )
    settings = build_settings(data_dir, model, coverage)
    if rubric is not None:  # workers build their analyzer from these settings
        settings.analysis.rubric = rubric
    raise typer.Exit(run_batch_command(options, settings, quiet=quiet))


@app.command()
def diff(
    old: Annotated[Path, typer.Argument(help="Old version: a document or a scorecard .json")],
    new: Annotated[Path, typer.Argument(help="New version: a document or a scorecard .json")],
    output: Annotated[DiffFormat, typer.Option("--format", "-f")] = DiffFormat.text,
    checks: Annotated[str | None, typer.Option(help="core, all, or check ids")] = None,
    engine: EngineOption = None,
    model: ModelOption = None,
    data_dir: Annotated[Path | None, typer.Option(help="Index and cache folder")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Show what changed between two versions of a plan, check by check, with new citations."""
    configure_logging(verbose)
    from cli.batch import run_diff_command

    code = run_diff_command(
        old,
        new,
        build_settings(data_dir, model),
        output=output.value,
        checks=checks,
        engine=engine,
        out=sys.stdout,
    )
    raise typer.Exit(code)

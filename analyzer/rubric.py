"""Load and validate the rubric: prompts/rubric.toml, prompts/system.md, prompts/checks/*.toml."""

from __future__ import annotations

import hashlib
import string
import tomllib
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError, field_validator

from analyzer.errors import RubricError

#: Placeholders a judge template may use; {passages} is required.
TEMPLATE_FIELDS = frozenset(
    {"check_id", "title", "definition", "levels", "passages", "document", "reply_format"}
)
REQUIRED_FIELDS = frozenset({"passages"})


def template_fields(template: str) -> set[str]:
    """Named placeholders of a str.format template; raises ValueError on a malformed one."""
    names = set()
    for _, name, _, _ in string.Formatter().parse(template):
        if name is None:
            continue
        if not name.isidentifier():
            raise ValueError(f"placeholder {{{name}}} must be a plain name")
        names.add(name)
    return names


class Levels(BaseModel):
    present: str
    partial: str
    absent: str


class Check(BaseModel):
    """One rubric check as data."""

    id: str = Field(pattern=r"^[a-z][a-z0-9_]*$")
    title: str
    version: str
    weight: float = Field(gt=0)
    core: bool
    definition: str
    levels: Levels
    queries: list[str] = Field(min_length=1)
    judge_template: str
    missing: list[str] = Field(min_length=1, description="What an absent verdict says is needed")
    recommendation: str

    @field_validator("judge_template")
    @classmethod
    def _placeholders_known(cls, template: str) -> str:
        names = template_fields(template)
        unknown = names - TEMPLATE_FIELDS
        if unknown:
            raise ValueError(f"unknown placeholders: {sorted(unknown)}")
        lacking = REQUIRED_FIELDS - names
        if lacking:
            raise ValueError(f"missing required placeholders: {sorted(lacking)}")
        return template

    def render(self, *, passages: str, document: str, reply_format: str = "") -> str:
        """The judge prompt for this check with the given (already delimited) passages;
        `reply_format` is the JSON example of the reply (generated from the reply model)."""
        levels = "\n".join(f"- {name}: {text}" for name, text in self.levels.model_dump().items())
        return self.judge_template.format(
            check_id=self.id,
            title=self.title,
            definition=self.definition,
            levels=levels,
            passages=passages,
            document=document,
            reply_format=reply_format,
        )


class Rubric(BaseModel):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9._-]*$", description="The pack's id")
    version: str
    title: str = ""
    description: str = ""
    system_prompt: str
    checks: list[Check]

    def by_id(self, check_id: str) -> Check:
        for check in self.checks:
            if check.id == check_id:
                return check
        raise RubricError(f"unknown check {check_id!r}")

    def select(self, selection: str) -> Rubric:
        """`core`, `all`, or comma-separated check ids (in rubric order)."""
        selection = selection.strip()
        if selection == "all":
            chosen = self.checks
        elif selection == "core":
            chosen = [c for c in self.checks if c.core]
        else:
            wanted = [s.strip() for s in selection.split(",") if s.strip()]
            known = {c.id for c in self.checks}
            unknown = [w for w in wanted if w not in known]
            if unknown or not wanted:
                raise RubricError(
                    f"unknown check(s) {', '.join(unknown) or '(none given)'}; "
                    f"choose core, all or ids from: {', '.join(sorted(known))}"
                )
            chosen = [c for c in self.checks if c.id in wanted]
        return self.model_copy(update={"checks": chosen})

    def fingerprint(self) -> str:
        """A short hash of everything in the rubric: a pack folder outside the built-in prompts
        changes its verdicts' cache keys whenever any of its text changes."""
        return hashlib.sha256(self.model_dump_json().encode()).hexdigest()[:12]


def field_errors(exc: ValidationError) -> str:
    """A pydantic error as "field: problem; field: problem", naming each field by its path."""
    return "; ".join(
        f"{'.'.join(str(part) for part in error['loc']) or '(file)'}: {error['msg']}"
        for error in exc.errors()
    )


def load_check(path: Path) -> Check:
    """One check file; RubricError naming the file and each invalid field."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return Check.model_validate(data)
    except ValidationError as exc:
        raise RubricError(f"invalid check: {field_errors(exc)}", path=str(path)) from exc
    except (OSError, tomllib.TOMLDecodeError, ValueError) as exc:
        raise RubricError(f"invalid check file: {exc}", path=str(path)) from exc


def load_rubric(folder: Path, system_dir: Path | None = None) -> Rubric:
    """Load a rubric pack: folder/rubric.toml and every folder/checks/*.toml, with the system
    prompt from folder/system.md, or from system_dir/system.md when the pack has none."""
    meta_path = folder / "rubric.toml"
    system_path = folder / "system.md"
    if not system_path.is_file() and system_dir is not None:
        system_path = system_dir / "system.md"
    try:
        meta = tomllib.loads(meta_path.read_text(encoding="utf-8"))
        system_prompt = system_path.read_text(encoding="utf-8")
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise RubricError(f"cannot load rubric: {exc}", path=str(folder)) from exc
    order: list[str] = meta.get("order", [])
    checks = [load_check(p) for p in sorted((folder / "checks").glob("*.toml"))]
    if not checks:
        raise RubricError("no check files in checks/", path=str(folder))
    ids = [c.id for c in checks]
    if len(set(ids)) != len(ids):
        raise RubricError(f"duplicate check ids: {ids}", path=str(folder))
    if sorted(order) != sorted(ids):
        raise RubricError(
            f"rubric.toml order {order} does not match the check files {ids}", path=str(meta_path)
        )
    checks.sort(key=lambda c: order.index(c.id))
    fields = {k: meta[k] for k in ("name", "version", "title", "description") if k in meta}
    try:
        return Rubric(**fields, system_prompt=system_prompt, checks=checks)
    except ValidationError as exc:
        raise RubricError(f"invalid rubric: {field_errors(exc)}", path=str(meta_path)) from exc

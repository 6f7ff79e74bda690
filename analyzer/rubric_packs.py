"""Rubric packs: the built-in rubric, the packs shipped beside it, and folders a user configures.

A pack is a folder in the built-in rubric's format: `rubric.toml` (name, version, order, and
optionally title and description), `checks/*.toml`, and optionally its own `system.md` (else the
built-in one). Packs are validated when loaded, with errors that name the file and the field.
A pack is chosen by its name (`rubric.toml`'s `name`) or, on the command line, by its folder.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from analyzer.errors import RubricError
from analyzer.rubric import Rubric, load_rubric

#: Packs shipped inside the built-in prompts folder, one sub-folder each.
PACKS_FOLDER = "packs"


class RubricPacks:
    """Every pack a process may use, by name; the first is the default unless one is named."""

    def __init__(
        self, prompts_dir: Path, extra: Sequence[Path] = (), default: str | None = None
    ) -> None:
        self.prompts_dir = prompts_dir
        folders = [
            prompts_dir,
            *sorted(p for p in (prompts_dir / PACKS_FOLDER).glob("*") if p.is_dir()),
        ]
        self._packs: dict[str, Rubric] = {}
        self._folders: dict[str, Path] = {}
        for folder in [*folders, *extra]:
            self._add(folder)
        self.default = self.resolve(default) if default else next(iter(self._packs.values()))

    def _add(self, folder: Path) -> None:
        rubric = load_rubric(folder, self.prompts_dir)
        if rubric.name in self._packs:
            raise RubricError(
                f"two packs are named {rubric.name!r} ({self._folders[rubric.name]} and {folder})",
                path=str(folder),
            )
        self._packs[rubric.name] = rubric
        self._folders[rubric.name] = folder

    @property
    def packs(self) -> list[Rubric]:
        return list(self._packs.values())

    def folder(self, name: str) -> Path:
        return self._folders[self.get(name).name]

    def get(self, name: str) -> Rubric:
        """A configured pack by name; RubricError naming the choices otherwise."""
        if name not in self._packs:
            raise RubricError(
                f"unknown rubric pack {name!r}: choose one of {', '.join(self._packs)}"
            )
        return self._packs[name]

    def resolve(self, ref: str | Path) -> Rubric:
        """A pack by name, or (for the command line) the pack in a folder."""
        if isinstance(ref, str) and ref in self._packs:
            return self._packs[ref]
        folder = Path(ref)
        if folder.is_dir():
            return load_rubric(folder, self.prompts_dir)
        return self.get(str(ref))

"""The README's configuration table, generated from Settings (a test keeps them in step).

python -m analyzer.config_table   # prints the table
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from pydantic import BaseModel

from analyzer.config import Settings
from analyzer.resources import builtin_prompts_dir


def _rows(model: type[BaseModel], prefix: str) -> Iterator[str]:
    for name, field in model.model_fields.items():
        annotation = field.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _rows(annotation, f"{prefix}{name.upper()}__")
            continue
        alias = field.validation_alias
        env = (
            str(alias.choices[0])
            if alias is not None and hasattr(alias, "choices")
            else (f"{prefix}{name.upper()}")
        )
        default = field.get_default(call_default_factory=True)
        if isinstance(default, Path):
            default = "prompts/ (built in)" if default == builtin_prompts_dir() else default
        shown = "" if default is None else f"`{default}`"
        if isinstance(default, dict):
            shown = "see config.py"
        yield f"| `{env}` | {shown} | {field.description or ''} |"


def settings_table() -> str:
    header = ["| variable | default | meaning |", "| --- | --- | --- |"]
    return "\n".join(header + list(_rows(Settings, "GAPCARD_"))) + "\n"


if __name__ == "__main__":
    print(settings_table(), end="")

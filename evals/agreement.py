"""How far two labelings of the same documents agree: the ceiling an engine is measured against.

    python -m evals.agreement FIRST_DIR SECOND_DIR [--engine-json RUN.json]

FIRST_DIR and SECOND_DIR hold `X.labels.json` files for the same documents, labeled
independently. Printed: status agreement overall and per check, Cohen's kappa, how often the two
are two levels apart (present against absent), and, with the JSON of an `evals.run` over the
documents (`--json`), the engine's agreement with each labeling beside the labelers' own.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from evals.metrics import STATUSES, accuracy

Statuses = dict[str, dict[str, str]]  # document -> check -> status

_LEVEL = {"absent": 0, "partial": 1, "present": 2}


def load_statuses(folder: Path) -> Statuses:
    """Document name (without `.labels.json`) -> check -> status."""
    found = {}
    for path in sorted(folder.glob("*.labels.json")):
        checks = json.loads(path.read_text(encoding="utf-8"))["checks"]
        found[path.name.removesuffix(".labels.json")] = {c: v["status"] for c, v in checks.items()}
    return found


def paired(first: Statuses, second: Mapping[str, Mapping[str, str]]) -> list[tuple[str, str, str]]:
    """(check, first status, second status) for every check both give a status for."""
    return [
        (check, status, second[doc][check])
        for doc, checks in sorted(first.items())
        if doc in second
        for check, status in checks.items()
        if check in second[doc]
    ]


def kappa(a: Sequence[str], b: Sequence[str]) -> float:
    """Cohen's kappa: agreement beyond what the two distributions give by chance."""
    if not a:
        return 0.0
    observed = accuracy(a, b)
    chance = sum((a.count(s) / len(a)) * (b.count(s) / len(b)) for s in STATUSES)
    return 1.0 if chance == 1 else (observed - chance) / (1 - chance)


def report(first: Statuses, second: Statuses, engine: Statuses | None = None) -> list[str]:
    pairs = paired(first, second)
    if not pairs:
        return ["no document is labeled in both folders"]
    a, b = [p[1] for p in pairs], [p[2] for p in pairs]
    apart = sum(abs(_LEVEL[x] - _LEVEL[y]) == 2 for x, y in zip(a, b, strict=True))
    lines = [
        f"documents: {len({d for d in first if d in second})}  verdicts: {len(pairs)}",
        f"labelers agree: {accuracy(a, b):.3f}  kappa: {kappa(a, b):.3f}"
        f"  two levels apart: {apart}",
    ]
    for check in dict.fromkeys(p[0] for p in pairs):
        mine = [(x, y) for c, x, y in pairs if c == check]
        lines.append(f"  {check:20s} {accuracy([x for x, _ in mine], [y for _, y in mine]):.2f}")
    if engine is not None:
        for name, labels in (("first", first), ("second", second)):
            against = paired(labels, engine)
            score = accuracy([p[1] for p in against], [p[2] for p in against])
            lines.append(f"engine agrees with the {name} labeling: {score:.3f} ({len(against)})")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--engine-json", type=Path, help="the --json output of evals.run")
    args = parser.parse_args(argv)
    for folder in (args.first, args.second):
        if not folder.is_dir():
            print(f"error: {folder} is not a folder", file=sys.stderr)
            return 2
    engine = None
    if args.engine_json:
        engine = json.loads(args.engine_json.read_text(encoding="utf-8"))["verdicts"]
    first, second = load_statuses(args.first), load_statuses(args.second)
    print("\n".join(report(first, second, engine)))
    return 0


if __name__ == "__main__":
    sys.exit(main())

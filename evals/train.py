"""Train the offline judge's model from the labeled documents, or cross-validate it.

    python -m evals.train            # rebuild prompts/offline/model.json (byte-for-byte)
    python -m evals.train --cv       # leave-one-source-out cross-validation, nothing written
    python -m evals.train --check    # rebuild in memory; fail if the shipped file differs

A unit is a positive example for a check's `any` scorer when it could be cited (not a title,
heading or table header; at least 25 characters) and overlaps one of that check's evidence
strings in a document labeled present or partial, and for its `strong` scorer when the document
is labeled present. The document rule's thresholds are chosen on out-of-fold scores
(grouped folds), never on the scores of the documents a scorer was fitted on.

The CV report puts the rule engine's verdicts on the same documents beside the model's, and
reports the documents the rules were not written on (everything but dev) apart.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from sklearn.model_selection import GroupKFold

from analyzer.config import Settings
from analyzer.judges.learned.judge import LearnedJudge
from analyzer.judges.learned.model import MODEL_FILE, CheckModel, dump_model
from analyzer.resources import builtin_prompts_dir
from evals.corpus import SHARED, Example, example, labeled_documents
from evals.fitting import (
    CHECKS,
    VERSION,
    fit_scorers,
    group_folds,
    out_of_fold,
    predict_docs,
    tune_rules,
)
from evals.metrics import STATUSES, accuracy, macro_f1


def load_examples(cache: Path | None) -> list[Example]:
    settings = Settings()
    judge = LearnedJudge(settings.analysis.prompts_dir / "offline", model=None)
    return [example(doc, judge, settings, cache) for doc in labeled_documents()]


def train(examples: Sequence[Example]) -> str:
    """The model file's text, fitted on every example."""
    scores = out_of_fold(examples, group_folds(examples, 5))
    rules = tune_rules(examples, scores)
    weights = fit_scorers(examples)
    return dump_model(VERSION, dense_names(), weights, rules)


def dense_names() -> tuple[str, ...]:
    judge = LearnedJudge(builtin_prompts_dir() / "offline", model=None)
    return judge.featurizer.names


def outer_folds(examples: Sequence[Example], real_folds: int) -> list[str]:
    """Each example's validation fold: its source group, or with `real_folds` > 0 the real
    organisations dealt into that many folds (an organisation never split)."""
    folds = [e.doc.group for e in examples]
    real = [i for i, e in enumerate(examples) if e.doc.real]
    if real_folds <= 0 or not real:
        return folds
    orgs = [examples[i].doc.group for i in real]
    splitter = GroupKFold(n_splits=min(real_folds, len(set(orgs))))
    for k, (_, held) in enumerate(splitter.split(real, groups=orgs)):
        for j in held:
            folds[real[j]] = f"real-{k}"
    return folds


def cross_validate(examples: Sequence[Example], real_folds: int = 0) -> list[dict[str, object]]:
    """Leave one source group out: predictions for every document, rules tuned inside the fold,
    each beside the rule engine's verdict on the same document."""
    judge = LearnedJudge(builtin_prompts_dir() / "offline", model=None)
    results: list[dict[str, object]] = []
    folds = outer_folds(examples, real_folds)
    for group in sorted(set(folds)):
        train_set = [e for e, f in zip(examples, folds, strict=True) if f != group]
        held = [e for e, f in zip(examples, folds, strict=True) if f == group]
        inner = out_of_fold(train_set, group_folds(train_set, 4))
        rules: dict[str, CheckModel] = tune_rules(train_set, inner)
        weights = fit_scorers(train_set)
        results += predict_docs(held, weights, rules, judge.cues)
        print(f"  fold {group}: {len(held)} documents", file=sys.stderr)
    return results


def report(results: Sequence[dict[str, object]], title: str) -> None:
    if not results:
        return
    gold = [str(r["gold"]) for r in results]
    pred = [str(r["predicted"]) for r in results]
    cues = [str(r["rules"]) for r in results]
    cited = sum(int(r["cited"]) for r in results)  # type: ignore[call-overload]
    precise = sum(int(r["precise"]) for r in results)  # type: ignore[call-overload]
    print(f"{title}: {len(results) // len(CHECKS)} documents, {len(results)} verdicts")
    print(f"  accuracy {accuracy(gold, pred):.3f}  macro-F1 {macro_f1(gold, pred):.3f}")
    print(f"  rules: accuracy {accuracy(gold, cues):.3f}  macro-F1 {macro_f1(gold, cues):.3f}")
    print(f"  citation precision {precise / cited if cited else 0:.3f} ({precise}/{cited})")
    for check in CHECKS:
        rows = [r for r in results if r["check"] == check]
        g, p = [str(r["gold"]) for r in rows], [str(r["predicted"]) for r in rows]
        c = [str(r["rules"]) for r in rows]
        counts = " ".join(
            f"{s}:{sum(x == s for x in p)}/{sum(x == s for x in g)}" for s in STATUSES
        )
        print(f"  {check:<20} {accuracy(g, p):.3f} (rules {accuracy(g, c):.3f})  {counts}")


#: Largest difference between a shipped weight or threshold and the rebuilt one that still counts
#: as the same model: rebuilds on another CPU may round a last digit differently, while a model
#: left stale by a rule change differs by far more (tens of thousands of weights by over 0.1).
CHECK_TOLERANCE = 1e-3


def check_model(text: str, shipped: Path) -> int:
    """0 when the shipped model file is what the training data rebuilds (byte for byte, or up
    to `CHECK_TOLERANCE` in its numbers), else 1."""
    current = shipped.read_text(encoding="utf-8") if shipped.exists() else ""
    if current == text:
        print(f"{shipped} is up to date ({len(text)} bytes)")
        return 0
    drift = model_drift(current, text)
    if drift is not None and drift <= CHECK_TOLERANCE:
        print(f"{shipped} is up to date (numbers within {drift:.1e} of the rebuild)")
        return 0
    print(
        f"{shipped} is out of date: the training data and rules rebuild a different model; "
        "run `python -m evals.train` and commit it",
        file=sys.stderr,
    )
    return 1


def model_drift(left: str, right: str) -> float | None:
    """The largest difference between two model files' weights and thresholds, or None when
    they differ in anything else (format, features, checks) or one is not a model."""
    try:
        a, b = json.loads(left), json.loads(right)
    except ValueError:
        return None
    if {k: v for k, v in a.items() if k != "checks"} != {
        k: v for k, v in b.items() if k != "checks"
    }:
        return None
    x, y = _numbers(a.get("checks", {})), _numbers(b.get("checks", {}))
    if {key[0] for key in x} != {key[0] for key in y}:
        return None
    # a weight one side rounded to zero is absent from its sparse list: it counts as 0.0
    return max((abs(x.get(k, 0.0) - y.get(k, 0.0)) for k in x.keys() | y.keys()), default=0.0)


def _numbers(checks: dict[str, dict[str, object]]) -> dict[tuple[str, ...], float]:
    """Every weight (by check, scorer and feature index) and threshold of a model's checks."""
    out: dict[tuple[str, ...], float] = {}
    for check, entry in checks.items():
        for name, value in entry.items():
            if isinstance(value, dict):
                for index, weight in zip(value["index"], value["weight"], strict=True):
                    out[(check, name, str(index))] = float(weight)
            else:
                out[(check, name)] = float(value)  # type: ignore[arg-type]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.train", description=__doc__)
    parser.add_argument("--cv", action="store_true", help="cross-validate; write nothing")
    parser.add_argument("--cache", type=Path, help="cache extracted units in this folder")
    parser.add_argument(
        "--real-folds",
        type=int,
        default=0,
        help="with --cv: deal the real organisations into this many folds (faster; 0: one each)",
    )
    parser.add_argument(
        "--check",
        action="store_true",
        help="rebuild in memory and fail if --out differs (rule findings are features, so a "
        "rule change needs a rebuild); write nothing",
    )
    parser.add_argument("--out", type=Path, default=builtin_prompts_dir() / "offline" / MODEL_FILE)
    args = parser.parse_args(argv)
    if args.check and not SHARED.is_dir():
        print(f"skipped: the model is trained with {SHARED}/corpus, which is absent here")
        return 0
    examples = load_examples(args.cache)
    if args.cv:
        results = cross_validate(examples, args.real_folds)
        report(results, "leave-one-source-out CV, all documents")
        report([r for r in results if r["group"] != "dev"], "the same CV, all but dev")
        report([r for r in results if r["real"]], "the same CV, real documents only")
        return 0
    text = train(examples)
    if args.check:
        return check_model(text, args.out)
    args.out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out} ({len(text)} bytes, {len(examples)} documents)")
    return 0


if __name__ == "__main__":
    np.seterr(all="ignore")
    sys.exit(main())

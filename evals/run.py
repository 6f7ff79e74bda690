"""Run the analyzer over every labeled document in DIR and print accuracy and citation metrics.

    python -m evals.run ../shared/corpus/dev [--engine offline|llm] [--checks all] [--json out.json]
    python -m evals.run ../shared/corpus/real --labels evals/labels/real

Only documents with an `X.labels.json` beside them (or in the `--labels` folder) are evaluated;
in a folder with no labels at all every document is analyzed and its verdicts listed. A fresh
temporary data directory is used, so nothing is cached between runs.

A folder holding a `.heldout` file is a held-out test set (`evals/holdout/README.md`): only its
aggregates are printed, never which document missed which check, and the JSON leaves the
misses out too (it keeps the engine's verdicts, which `evals.agreement` compares).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from analyzer.citations import normalize
from analyzer.config import Settings
from analyzer.engines import ENGINE_NAMES
from analyzer.errors import AnalyzerError
from analyzer.models import Scorecard
from analyzer.pipeline import Analyzer
from evals.metrics import STATUSES, accuracy, confusion, macro_f1, overlaps

SUFFIXES = {".pdf", ".pptx", ".docx", ".md", ".markdown", ".txt", ".html", ".htm"}


METADATA_FILES = {"readme.md", "sources.md"}
#: A file marking a folder as a held-out test set: aggregates only.
HELDOUT_MARKER = ".heldout"


def label_file(path: Path, labels: Path | None = None) -> Path:
    """Where a document's labels live: beside it, or in a separate labels folder."""
    return (labels or path.parent) / f"{path.name}.labels.json"


def documents(folder: Path, labels: Path | None = None) -> list[Path]:
    """The labeled documents of DIR; where none is labeled, every document but its README."""
    found = sorted(p for p in folder.iterdir() if p.suffix.lower() in SUFFIXES and p.is_file())
    labeled = [p for p in found if label_file(p, labels).exists()]
    return labeled or [p for p in found if p.name.lower() not in METADATA_FILES]


def labels_for(path: Path, labels: Path | None = None) -> dict[str, Any] | None:
    file = label_file(path, labels)
    return json.loads(file.read_text(encoding="utf-8"))["checks"] if file.exists() else None


def citation_facts(analyzer: Analyzer, path: Path, scorecard: Scorecard) -> list[dict[str, Any]]:
    """For every citation: is it verbatim on its page/slide of the document?"""
    pages = analyzer.load(path).page_texts()
    normalized = {key: normalize(text) for key, text in pages.items()}
    facts = []
    for check in scorecard.checks:
        for c in check.citations:
            where = c.page if c.page is not None else c.slide
            text = normalized.get(where, "") if where is not None else " ".join(normalized.values())
            facts.append({"check": check.id, "quote": c.quote, "valid": normalize(c.quote) in text})
    return facts


def evaluate(folder: Path, engine: str, checks: str, labels: Path | None = None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="gapcard-eval-") as tmp:
        settings = Settings(data_dir=Path(tmp))
        analyzer = Analyzer(settings)
        rows: list[dict[str, Any]] = []
        started = time.perf_counter()
        for path in documents(folder, labels):
            rows.append(evaluate_document(analyzer, path, engine, checks, labels))
        elapsed = time.perf_counter() - started
    return summarize(rows, elapsed)


def evaluate_document(
    analyzer: Analyzer, path: Path, engine: str, checks: str, labels_dir: Path | None = None
) -> dict[str, Any]:
    try:
        scorecard = analyzer.analyze(path, engine=engine, checks=checks, use_cache=False)
    except AnalyzerError as exc:
        return {"document": path.name, "error": str(exc)}
    labels = labels_for(path, labels_dir)
    facts = citation_facts(analyzer, path, scorecard)
    verdicts = {}
    for check in scorecard.checks:
        gold = labels.get(check.id) if labels else None
        evidence = gold["evidence"] if gold else []
        verdicts[check.id] = {
            "predicted": check.status,
            "gold": gold["status"] if gold else None,
            "citations": len(check.citations),
            "precise": sum(any(overlaps(c.quote, e) for e in evidence) for c in check.citations),
        }
    return {"document": path.name, "score": scorecard.score, "verdicts": verdicts, "facts": facts}


def summarize(rows: list[dict[str, Any]], elapsed: float) -> dict[str, Any]:
    done = [r for r in rows if "verdicts" in r]
    check_ids = list(done[0]["verdicts"]) if done else []
    per_check = {}
    all_gold: list[str] = []
    all_pred: list[str] = []
    for cid in check_ids:
        pairs = [(r["verdicts"][cid]["gold"], r["verdicts"][cid]["predicted"]) for r in done]
        pairs = [(g, p) for g, p in pairs if g is not None]
        gold, pred = [g for g, _ in pairs], [p for _, p in pairs]
        all_gold += gold
        all_pred += pred
        if gold:
            per_check[cid] = {
                "n": len(gold),
                "accuracy": accuracy(gold, pred),
                "macro_f1": macro_f1(gold, pred),
                "confusion": confusion(gold, pred),
            }
    facts = [f for r in done for f in r["facts"]]
    labeled = [v for r in done for v in r["verdicts"].values() if v["gold"] is not None]
    cited = sum(v["citations"] for v in labeled)
    return {
        "documents": len(rows),
        "failed": [{"document": r["document"], "error": r["error"]} for r in rows if "error" in r],
        "labeled_verdicts": len(all_gold),
        "accuracy": accuracy(all_gold, all_pred) if all_gold else None,
        "macro_f1": macro_f1(all_gold, all_pred) if all_gold else None,
        "per_check": per_check,
        "citations": len(facts),
        "citation_validity": sum(f["valid"] for f in facts) / len(facts) if facts else None,
        "citation_precision": sum(v["precise"] for v in labeled) / cited if cited else None,
        "absent_with_citations": sum(
            1
            for r in done
            for v in r["verdicts"].values()
            if v["predicted"] == "absent" and v["citations"]
        ),
        "docs_per_second": len(rows) / elapsed if elapsed else None,
        "seconds": elapsed,
        "verdicts": {
            r["document"]: {c: v["predicted"] for c, v in r["verdicts"].items()} for r in done
        },
        "errors": [  # every mismatch, for reading
            {"document": r["document"], "check": c, "gold": v["gold"], "predicted": v["predicted"]}
            for r in done
            for c, v in r["verdicts"].items()
            if v["gold"] is not None and v["gold"] != v["predicted"]
        ],
    }


def pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.1f}%"


def held_out(folder: Path) -> bool:
    return (folder / HELDOUT_MARKER).is_file()


def aggregates_only(result: dict[str, Any]) -> dict[str, Any]:
    """The result without the per-document misses (for a held-out set)."""
    return {key: value for key, value in result.items() if key != "errors"}


def print_report(result: dict[str, Any], out: Any = None) -> None:
    def p(line: str = "") -> None:
        print(line, file=out or sys.stdout)

    p(
        f"documents: {result['documents']}  failed: {len(result['failed'])}  "
        f"({result['docs_per_second']:.2f} docs/s, {result['seconds']:.1f} s)"
    )
    for failure in result["failed"]:
        p(f"  FAILED {failure['document']}: {failure['error']}")
    if result["labeled_verdicts"]:
        p(
            f"verdicts: {result['labeled_verdicts']}  accuracy: {pct(result['accuracy'])}  "
            f"macro-F1: {result['macro_f1']:.3f}"
        )
        p()
        p(f"{'check':<20} {'n':>3} {'acc':>7} {'F1':>6}   confusion (gold -> pred P/p/a)")
        for cid, m in result["per_check"].items():
            conf = "  ".join(
                f"{g[:4]}:" + "/".join(str(m["confusion"][g][s]) for s in STATUSES)
                for g in STATUSES
            )
            p(f"{cid:<20} {m['n']:>3} {pct(m['accuracy']):>7} {m['macro_f1']:>6.3f}   {conf}")
        p()
        if "errors" not in result:
            p("  (a held-out set: which document missed which check is not shown)")
        for e in result.get("errors", []):
            p(f"  miss {e['document']} {e['check']}: gold {e['gold']}, predicted {e['predicted']}")
    else:
        for doc, verdicts in result["verdicts"].items():
            p(f"{doc}: " + ", ".join(f"{c}={s}" for c, s in verdicts.items()))
    p()
    p(
        f"citations: {result['citations']}  validity: {pct(result['citation_validity'])}  "
        f"precision: {pct(result['citation_precision'])}  "
        f"absent-with-citations: {result['absent_with_citations']}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.run", description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--engine", default="offline", choices=ENGINE_NAMES)
    parser.add_argument("--checks", default="all")
    parser.add_argument("--labels", type=Path, help="folder of X.labels.json files (else beside X)")
    parser.add_argument("--json", type=Path, help="also write the results as JSON to this file")
    args = parser.parse_args(argv)
    if not args.folder.is_dir():
        print(f"evals: {args.folder}: not a folder", file=sys.stderr)
        return 2
    result = evaluate(args.folder, args.engine, args.checks, args.labels)
    if held_out(args.folder):
        result = aggregates_only(result)
    print_report(result)
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())

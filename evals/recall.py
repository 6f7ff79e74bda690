"""How much of the labeled evidence reaches the model: the LLM engine against a recording server.

    python -m evals.recall DIR [--coverage full|retrieval] [--labels LABELS_DIR] [--json OUT]

Every labeled document of DIR (`X.labels.json` beside X, or in `--labels`) is analysed by the
LLM engine against the loopback OpenAI-compatible server of the test suite (`tests.fake_openai`,
so run this from a checkout), which records every request and answers every check "absent".
A labeled evidence passage (of a present or partial check) reached the model if its text, letters
and digits only, lower-cased, is inside the passages the requests carried (joined in the order
sent, so a passage cut across two adjacent chunks still counts). Printed per check and overall,
with the characters sent (whole requests: system and user messages) over the documents' own
characters. A fresh data directory is used, so nothing is cached.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import defaultdict
from pathlib import Path
from typing import Any

from analyzer.config import AnalysisSettings
from analyzer.pipeline import Analyzer
from evals.run import SUFFIXES
from tests.fake_openai import Body, FakeOpenAI, Reply, checks_of, group, is_group, verdict

_PASSAGE = re.compile(r"<passage [^>]*>\n(.*?)\n</passage>", re.DOTALL)
_NOT_WORD = re.compile(r"[^0-9a-z]+")


def squash(text: str) -> str:
    """Letters and digits only, lower-cased: the form evidence is matched in."""
    return _NOT_WORD.sub("", text.lower())


def labels_path(document: Path, labels_dir: Path | None) -> Path:
    folder = labels_dir or document.parent
    return folder / f"{document.name}.labels.json"


def labeled_documents(folder: Path, labels_dir: Path | None) -> list[Path]:
    found = sorted(p for p in folder.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
    return [p for p in found if labels_path(p, labels_dir).exists()]


def all_absent(body: Body) -> Reply:
    if is_group(body):
        return group(*[(check, verdict("absent")) for check in checks_of(body)])
    return verdict("absent")


def sent_text(bodies: list[Body]) -> tuple[str, int]:
    """The passages the requests carried (squashed, in order) and the requests' characters."""
    passages: list[str] = []
    chars = 0
    for body in bodies:
        for message in body["messages"]:
            content = str(message.get("content") or "")
            chars += len(content)
            passages += _PASSAGE.findall(content)
    return squash(" ".join(passages)), chars


def measure(folder: Path, coverage: str, labels_dir: Path | None) -> dict[str, Any]:
    per_check: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rows = []
    with FakeOpenAI() as server, tempfile.TemporaryDirectory(prefix="gapcard-recall-") as tmp:
        server.responder = all_absent
        settings = server.settings(Path(tmp), coverage=coverage, max_retries=0, timeout_s=60)
        settings = settings.model_copy(
            update={"analysis": AnalysisSettings(index_for_offline=False)}
        )
        analyzer = Analyzer(settings)
        for path in labeled_documents(folder, labels_dir):
            labels = json.loads(labels_path(path, labels_dir).read_text(encoding="utf-8"))
            start = len(server.requests)
            analyzer.analyze(path, engine="llm", use_cache=False)
            sent, chars = sent_text(server.requests[start:])
            own = sum(len(block.text) for block in analyzer.load(path).blocks)
            reached = total = 0
            for check, label in labels["checks"].items():
                if label.get("status") not in ("present", "partial"):
                    continue
                for evidence in label.get("evidence") or []:
                    hit = bool(squash(evidence)) and squash(evidence) in sent
                    per_check[check][0] += hit
                    per_check[check][1] += 1
                    reached, total = reached + hit, total + 1
            rows.append(
                {"document": path.name, "reached": reached, "evidence": total,
                 "calls": len(server.requests) - start, "sent_chars": chars, "doc_chars": own}
            )  # fmt: skip
    return {"coverage": coverage, "documents": rows, "checks": dict(per_check)}


def share(hit: int, total: int) -> str:
    return f"{hit / total:.3f}" if total else "n/a"


def report(result: dict[str, Any]) -> str:
    rows = result["documents"]
    lines = [f"coverage={result['coverage']}  documents={len(rows)}", ""]
    lines.append(f"{'document':60} {'reached':>9} {'calls':>5} {'sent/doc':>9}")
    for row in rows:
        ratio = row["sent_chars"] / row["doc_chars"] if row["doc_chars"] else 0.0
        reached = f"{row['reached']}/{row['evidence']}"
        lines.append(f"{row['document'][:60]:60} {reached:>9} {row['calls']:>5} {ratio:>9.2f}")
    lines += ["", "per check:"]
    for check, (hit, total) in sorted(result["checks"].items()):
        lines.append(f"  {check:20} {share(hit, total):>6}  ({hit}/{total})")
    hit = sum(r["reached"] for r in rows)
    total = sum(r["evidence"] for r in rows)
    sent = sum(r["sent_chars"] for r in rows)
    own = sum(r["doc_chars"] for r in rows)
    lines.append(f"overall evidence reached: {share(hit, total)} ({hit}/{total})")
    lines.append(f"characters sent / document characters: {sent / own if own else 0:.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m evals.recall", description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--coverage", choices=["full", "retrieval"], default="full")
    parser.add_argument("--labels", type=Path, default=None, help="Folder of X.labels.json")
    parser.add_argument("--json", type=Path, default=None, help="Also write the figures here")
    args = parser.parse_args(argv)
    result = measure(args.folder, args.coverage, args.labels)
    print(report(result))
    if args.json:
        args.json.write_text(json.dumps(result, indent=2), encoding="utf-8")
    return 0 if result["documents"] else 1


if __name__ == "__main__":
    sys.exit(main())

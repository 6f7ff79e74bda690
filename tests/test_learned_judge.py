"""The learned offline model: deterministic training, shipped file, quotes, PDF heading paths."""

from __future__ import annotations

import json
from pathlib import Path

from analyzer.citations import CitationVerifier, normalize, repair_hyphenation
from analyzer.config import Settings
from analyzer.ingest.textutil import HeadingPath
from analyzer.judges.learned.judge import LearnedJudge
from analyzer.judges.learned.model import MODEL_FILE, load_model
from analyzer.models import Block, Citation, Document, Locator
from analyzer.resources import builtin_prompts_dir
from evals.corpus import LabeledDoc, example
from evals.fitting import CHECKS
from evals.train import check_model, train

PLANS = {
    "a": (
        "# Plan A\n\n## Goals\n\nWe will cut repair waiting times by 30% by March 2027.\n\n"
        "## Owner\n\nThe Director of Housing, Ann Lee, is accountable for the repair target.\n",
        "present",
    ),
    "b": (
        "# Plan B\n\n## Goals\n\nWe want to be better at repairs.\n\n"
        "## Owner\n\nAn owner is to be confirmed.\n",
        "partial",
    ),
    "c": ("# Plan C\n\nThank you all for a good year at the depot.\n", "absent"),
    "d": (
        "# Plan D\n\n## Aims\n\nReduce missed bin collections to 1 in 1,000 by Q4 2026.\n\n"
        "## Lead\n\nThe Head of Waste, Raj Patel, owns the collection target.\n",
        "present",
    ),
}


def _docs(folder: Path) -> list[LabeledDoc]:
    docs = []
    for key, (text, status) in PLANS.items():
        path = folder / f"{key}.md"
        path.write_text(text, encoding="utf-8")
        evidence = [line for line in text.splitlines()[4:5] if line] if status != "absent" else []
        checks = {c: {"status": status, "evidence": evidence} for c in CHECKS}
        docs.append(LabeledDoc(path, key, False, checks))
    return docs


def test_training_twice_gives_identical_bytes(tmp_path: Path) -> None:
    settings = Settings(data_dir=tmp_path / "data")
    judge = LearnedJudge(builtin_prompts_dir() / "offline", model=None)
    examples = [example(doc, judge, settings, None) for doc in _docs(tmp_path)]
    first, second = train(examples), train(examples)
    assert first == second
    model_path = tmp_path / MODEL_FILE
    model_path.write_text(first, encoding="utf-8")
    model = load_model(model_path)
    assert model.check_ids == CHECKS
    assert json.loads(first)["format"] == 1


def test_model_check_fails_when_the_shipped_file_is_not_what_training_rebuilds(
    tmp_path: Path,
) -> None:
    shipped = tmp_path / MODEL_FILE
    shipped.write_text('{"version": 1}', encoding="utf-8")
    assert check_model('{"version": 1}', shipped) == 0
    assert check_model('{"version": 2}', shipped) == 1
    assert check_model('{"version": 1}', tmp_path / "missing.json") == 1


def test_model_check_allows_a_last_digit_rounded_differently_and_nothing_more(
    tmp_path: Path,
) -> None:
    def model(weights: list[float], partial: float = 0.4) -> str:
        index = [i for i, w in enumerate(weights) if w]
        scorer = {"index": index, "weight": [weights[i] for i in index]}
        check = {"any": scorer, "present": 0.7, "partial": partial}
        return json.dumps({"format": 1, "dense": ["a"], "checks": {"owners": check}})

    shipped = tmp_path / MODEL_FILE
    shipped.write_text(model([0.5, 0.00001, -0.2]), encoding="utf-8")
    assert check_model(model([0.50001, 0.0, -0.2]), shipped) == 0  # rounding on another CPU
    assert check_model(model([0.5, 0.00001, -0.3]), shipped) == 1  # a weight moved
    assert check_model(model([0.5, 0.00001, -0.2], partial=0.45), shipped) == 1  # a threshold
    other = json.loads(model([0.5, 0.00001, -0.2]))
    other["dense"] = ["b"]
    assert check_model(json.dumps(other), shipped) == 1  # other features


def test_shipped_model_is_package_data_and_is_part_of_the_fingerprint(tmp_path: Path) -> None:
    shipped = builtin_prompts_dir() / "offline" / MODEL_FILE
    assert shipped.is_file() and shipped.stat().st_size < 2_000_000
    judge = LearnedJudge(builtin_prompts_dir() / "offline")
    assert judge.learned is not None and set(judge.learned.check_ids) == set(CHECKS)
    copy = tmp_path / "offline"
    copy.mkdir()
    for path in shipped.parent.iterdir():
        if path.is_file():
            (copy / path.name).write_bytes(path.read_bytes())
    assert LearnedJudge(copy).fingerprint() == judge.fingerprint()
    (copy / MODEL_FILE).write_text(shipped.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert LearnedJudge(copy).fingerprint() != judge.fingerprint()


def test_feature_cache_key_follows_the_rules_not_the_weights(tmp_path: Path) -> None:
    """Cue levels are features: an edited rule must not reuse feature rows cached before it."""
    shipped = builtin_prompts_dir() / "offline"
    copy = tmp_path / "offline"
    copy.mkdir()
    for path in shipped.iterdir():
        if path.is_file():
            (copy / path.name).write_bytes(path.read_bytes())
    before = LearnedJudge(copy, model=None).features_fingerprint()
    model = copy / MODEL_FILE
    model.write_text(model.read_text(encoding="utf-8") + " ", encoding="utf-8")
    assert LearnedJudge(copy, model=None).features_fingerprint() == before
    owners = copy / "owners.toml"
    text = owners.read_text(encoding="utf-8")
    owners.write_text(text.replace("(?:oversees|", "(?:supervises|oversees|", 1), encoding="utf-8")
    assert "supervises" in owners.read_text(encoding="utf-8")
    assert LearnedJudge(copy, model=None).features_fingerprint() != before


def test_line_break_hyphenation_is_joined_and_real_hyphens_kept() -> None:
    assert repair_hyphenation("IT secu - rity and deci - sion-making") == (
        "IT security and decision-making"
    )
    assert repair_hyphenation("the foun- dation of long-term plans") == (
        "the foundation of long-term plans"
    )
    assert normalize("secu -\nrity") == normalize("security")


def test_verifier_accepts_repaired_quotes_at_their_page() -> None:
    text = "We will raise the level of IT secu - rity in all federal authorities by 2025."
    block = Block(text=text, locator=Locator(file="x.pdf", page=7, kind="paragraph"))
    document = Document(name="x.pdf", sha256="0" * 64, format="pdf", pages=9, blocks=[block])
    verifier = CitationVerifier(document, [])
    quote = repair_hyphenation(text)
    verified = verifier.verify(Citation(quote=quote, page=7))
    assert verified is not None and verified.page == 7
    assert "security" in verified.quote and "secu - rity" not in verified.quote


def test_numbered_pdf_heading_is_not_nested_under_an_earlier_unnumbered_one() -> None:
    path = HeadingPath(by_number=True)
    path.enter(0, "AI Strategy")
    path.enter(1, "Summary")
    assert path.enter(2, "3.1 Research") == ("AI Strategy", "3.1 Research")
    assert path.enter(3, "Research hubs") == ("AI Strategy", "3.1 Research", "Research hubs")
    assert path.enter(2, "3.2 Transfer") == ("AI Strategy", "3.2 Transfer")
    plain = HeadingPath()
    plain.enter(1, "Summary")
    assert plain.enter(2, "3.1 Research") == ("Summary", "3.1 Research")


def test_only_citable_units_are_training_evidence(tmp_path: Path) -> None:
    path = tmp_path / "plan.md"
    path.write_text(
        "# Plan\n\n## Owner\n\nThe Director of Housing, Ann Lee, is accountable for repairs.\n\n"
        "We also thank the depot staff for a good year.\n",
        encoding="utf-8",
    )
    evidence = ["Owner", "The Director of Housing, Ann Lee, is accountable for repairs."]
    labels: dict[str, dict[str, object]] = {
        c: {"status": "present", "evidence": evidence} for c in CHECKS
    }
    judge = LearnedJudge(builtin_prompts_dir() / "offline", model=None)
    ready = example(LabeledDoc(path, "x", False, labels), judge, Settings(), None)
    texts = [u.text for u in ready.prepared.units]
    positives = [t for t, hit in zip(texts, ready.any_target["owners"], strict=True) if hit]
    assert "Owner" in texts  # the heading is a unit, and its text is inside the evidence...
    assert positives == [evidence[1]]  # ...but only the sentence is a positive example
    assert list(ready.strong_target["owners"]) == list(ready.any_target["owners"])

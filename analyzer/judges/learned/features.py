"""Feature vectors of units for the offline judge's learned scorers (pure, deterministic).

A unit becomes a sparse row: hashed words and word pairs of its text, hashed words of its
context (heading, list lead-in, table header), its first word (imperative bullets), and named
structural signals: its kind, numbers with units, years and quarters, an "O1:" label, a role
title or a person's name, the shared modifiers (deferral, negation, hypothetical, general talk),
and the level each check's cue set gives it. Hashing uses CRC-32, so the same text gives the same
row in every process. Rows are returned in CSR form (indptr, indices, values).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

import numpy as np
import numpy.typing as npt

from analyzer.judges.offline.cues import CheckCues, Features, Level
from analyzer.judges.offline.lexicon import Lexicon
from analyzer.judges.offline.units import Unit

HASH_BITS = 13
HASH_DIM = 1 << HASH_BITS
KINDS = ("title", "heading", "paragraph", "bullet", "table_row", "note")
MODIFIERS = (
    "general",
    "deferred",
    "negated",
    "hypothetical",
    "question",
    "committed",
    "navigation",
)

_TOKEN = re.compile(r"[a-z]+|\d+")
_PERCENT = re.compile(r"\d\s?(?:%|per\s?cent|percent|pp\b|points?\b)", re.IGNORECASE)
_MONEY = re.compile(r"[£$€]\s?\d|\d\s?(?:[mk]|bn|million|billion|thousand)\b", re.IGNORECASE)
_NUMBER_UNIT = re.compile(r"\b\d[\d,.]*\s?(?:[a-z]{2,}|%)", re.IGNORECASE)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_PERIOD = re.compile(
    r"\b(?:q[1-4]|h[12]|fy\s?\d\d|january|february|march|april|may|june|july|august|september"
    r"|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\b",
    re.IGNORECASE,
)
_TARGET = re.compile(r"\b(?:target|by|from|to|reach|reduce|increase|at least|below)\b", re.I)
_LABEL = re.compile(
    r"^\W*(?:o|kr|objective|goal|outcome|aim|priority)\s?\d+(?:\.\d+)?\s?[:.)-]", re.I
)
_COLON = re.compile(r"^[^:]{2,40}:\s")

DENSE_NAMES: tuple[str, ...] = (
    "bias",
    *(f"kind_{k}" for k in KINDS),
    "is_header",
    "short",
    "long",
    "percent",
    "money",
    "number_unit",
    "year",
    "period",
    "target_and_date",
    "objective_label",
    "colon_label",
    "role",
    "person",
    *(f"mod_{m}" for m in MODIFIERS),
)


def cue_names(check_ids: Sequence[str]) -> tuple[str, ...]:
    return tuple(f"cue_{c}_{lvl.name.lower()}" for c in check_ids for lvl in Level)


@dataclass(frozen=True, slots=True)
class Rows:
    """Sparse unit-by-feature matrix in CSR form."""

    indptr: npt.NDArray[np.int64]
    indices: npt.NDArray[np.int64]
    values: npt.NDArray[np.float32]
    dim: int

    def __len__(self) -> int:
        return len(self.indptr) - 1


def _tokens(text: str) -> list[str]:
    return ["0" if t.isdigit() else t for t in _TOKEN.findall(text.lower())]


def _bucket(token: str) -> int:
    return zlib.crc32(token.encode("utf-8")) & (HASH_DIM - 1)


def hashed(unit: Unit) -> dict[int, float]:
    """Hashed text words and pairs, context words and the first word, L2-normalised."""
    words = _tokens(unit.text)
    counts: dict[int, float] = {}
    keys = [f"w:{w}" for w in words] + [f"b:{a}_{b}" for a, b in pairwise(words)]
    keys += [f"c:{w}" for w in set(_tokens(unit.context))]
    if words:
        keys.append(f"f:{words[0]}")
    for key in keys:
        bucket = _bucket(key)
        counts[bucket] = counts.get(bucket, 0.0) + 1.0
    norm = float(np.sqrt(sum(v * v for v in counts.values()))) or 1.0
    return {k: v / norm for k, v in counts.items()}


class Featurizer:
    """Turns units (with their shared modifiers and cue findings) into sparse rows."""

    def __init__(self, check_ids: Sequence[str], owners: Lexicon | None) -> None:
        self.check_ids = tuple(check_ids)
        self.names = DENSE_NAMES + cue_names(self.check_ids)
        self.index = {name: HASH_DIM + i for i, name in enumerate(self.names)}
        self.dim = HASH_DIM + len(self.names)
        flags = re.IGNORECASE
        self.roles = re.compile(owners.alt("role_titles"), flags) if owners else None
        self.acronyms = owners.rx("role_acronyms") if owners else None
        self.person = owners.rx("person_name") if owners else None

    def dense(self, unit: Unit, feats: Features, cues: dict[str, Level]) -> list[str]:
        """The named signals that hold for a unit."""
        text = unit.text
        words = len(text.split())
        on = ["bias", f"kind_{unit.kind}"]
        checks = {
            "is_header": unit.is_header,
            "short": words < 6,
            "long": words > 40,
            "percent": bool(_PERCENT.search(text)),
            "money": bool(_MONEY.search(text)),
            "number_unit": bool(_NUMBER_UNIT.search(text)),
            "year": bool(_YEAR.search(text)),
            "period": bool(_PERIOD.search(text)),
            "objective_label": bool(_LABEL.search(text)),
            "colon_label": bool(_COLON.search(text)),
            "role": self._match(self.roles, text) or self._match(self.acronyms, text),
            "person": self._match(self.person, text),
        }
        checks["target_and_date"] = (
            (checks["year"] or checks["period"])
            and (checks["percent"] or checks["money"] or checks["number_unit"])
            and bool(_TARGET.search(text))
        )
        on += [name for name, hit in checks.items() if hit]
        on += [f"mod_{m}" for m in MODIFIERS if getattr(feats, m)]
        on += [f"cue_{c}_{lvl.name.lower()}" for c, lvl in cues.items()]
        return on

    @staticmethod
    def _match(rx: re.Pattern[str] | None, text: str) -> bool:
        return bool(rx and rx.search(text))

    def rows(
        self,
        units: Sequence[Unit],
        feats: Sequence[Features],
        cue_sets: dict[str, CheckCues],
    ) -> Rows:
        indptr = [0]
        indices: list[int] = []
        values: list[float] = []
        for unit, feat in zip(units, feats, strict=True):
            row = hashed(unit)
            for name in self.dense(unit, feat, cue_levels(unit, feat, cue_sets)):
                if name in self.index:
                    row[self.index[name]] = 1.0
            for key in sorted(row):
                indices.append(key)
                values.append(row[key])
            indptr.append(len(indices))
        return Rows(
            indptr=np.asarray(indptr, dtype=np.int64),
            indices=np.asarray(indices, dtype=np.int64),
            values=np.asarray(values, dtype=np.float32),
            dim=self.dim,
        )


def cue_levels(unit: Unit, feats: Features, cue_sets: dict[str, CheckCues]) -> dict[str, Level]:
    """The level each check's cue set gives a unit (checks whose cues find nothing left out)."""
    found = {}
    for check_id, cues in cue_sets.items():
        result = cues.classify(unit, feats)
        if result is not None:
            found[check_id] = result.level
    return found

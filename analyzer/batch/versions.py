"""Diffs between consecutive versions of the same plan found in a batch (`--diff-versions`)."""

from __future__ import annotations

import json
import shutil
from collections.abc import Mapping
from itertools import pairwise
from pathlib import Path

from analyzer.atomic import write_atomic
from analyzer.batch.naming import version_families
from analyzer.batch.summary import DiffLink
from analyzer.diff import diff_scorecards
from analyzer.models import Scorecard
from analyzer.render.html import render_diff_html
from analyzer.render.text import diff_text


def write_version_diffs(cards: Mapping[str, Scorecard], folder: Path) -> list[DiffLink]:
    """For each family of versions (by path), diff consecutive versions into `folder`.

    The folder is rebuilt each time: `<family>-<n>.html|.json|.txt`, n counting pairs from 1.
    """
    shutil.rmtree(folder, ignore_errors=True)
    links = []
    for family, members in version_families(list(cards)).items():
        for index, (old, new) in enumerate(pairwise(members), start=1):
            diff = diff_scorecards(cards[old], cards[new])
            stem = folder / f"{family}-{index}"
            write_atomic(stem.with_suffix(".html"), render_diff_html(diff))
            data = json.dumps(diff.model_dump(mode="json"), indent=2)
            write_atomic(stem.with_suffix(".json"), data)
            write_atomic(stem.with_suffix(".txt"), diff_text(diff))
            href = f"{folder.name}/{stem.name}.html"
            links.append(DiffLink(family=family, old=old, new=new, delta=diff.delta, href=href))
    return links

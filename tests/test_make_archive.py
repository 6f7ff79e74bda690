"""The benchmark archive generator: every copy's content differs, and each still reads."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from analyzer.ingest import ingest_path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "scripts"))
from make_archive import make_archive, slug


def test_every_copy_has_content_of_its_own(dev_corpus: Path, tmp_path: Path) -> None:
    sources = [p for p in dev_corpus.iterdir() if p.suffix != ".json" and p.name != "README.md"]
    # four copies of each source: the first and the fourth are both version 1 of their family
    count = 4 * len(sources)
    written = make_archive(dev_corpus, tmp_path / "archive", count, seed=7)
    hashes = {hashlib.sha256(path.read_bytes()).hexdigest() for path in written}
    assert len(written) == count and len(hashes) == count
    pdfs = [p for p in written if p.suffix == ".pdf"]
    assert pdfs
    for path in pdfs:  # a PDF's own line names the organisation its file name gives
        first_page = " ".join(b.text for b in ingest_path(path).blocks if b.locator.page == 1)
        found = re.search(r"Prepared for (.+?), revision (\d)", first_page)
        assert found is not None, path
        assert path.name.startswith(slug(found.group(1)))
        assert path.stem.endswith(f"-v{found.group(2)}")

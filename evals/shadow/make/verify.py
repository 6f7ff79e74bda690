import json
from collections import Counter
from pathlib import Path

from extract import units, ws

D = Path(__file__).resolve().parents[1]
bad = 0
dist = {}
labels = sorted(D.glob("*.labels.json"))
for lf in labels:
    lab = json.loads(lf.read_text())
    doc = D / lab["document"]
    assert doc.exists(), doc
    us = [ws(u) for u in units(doc)]
    for c, v in lab["checks"].items():
        dist.setdefault(c, Counter())[v["status"]] += 1
        n = len(v["evidence"])
        if v["status"] == "absent":
            assert n == 0, (doc.name, c)
        else:
            assert 1 <= n <= 4, (doc.name, c, n)
        for e in v["evidence"]:
            if not any(ws(e) in u for u in us):
                bad += 1
                print("NOT FOUND", doc.name, c, repr(e[:90]))
print(len(labels), "label files; bad evidence:", bad)
for c, cnt in dist.items():
    print(f"{c:20} present={cnt['present']} partial={cnt['partial']} absent={cnt['absent']}")

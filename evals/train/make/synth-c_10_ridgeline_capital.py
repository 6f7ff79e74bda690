"""synth-c 10: Ridgeline Capital portfolio operations, H1 OKR page (Markdown)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "synth_c_lib", Path(__file__).with_name("synth-c_lib.py")
)
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

NAME = "ridgeline-capital-portfolio-ops-h1-2027-okrs.md"
STATUSES = "PPP~--~"

SRC = """# Portfolio Operations Group: H1 2027 OKRs

*Ridgeline Capital Partners, Fund III value creation. Owner of this page: POG Chief of Staff.
Last edited Jan 11, 2027.*

Context: Fund III holds 9 companies (industrial services, specialty distribution, B2B software).
Median hold is 3.1 years; 4 companies are in the 2028-2029 exit window. LPs asked at the AGM how
we use data and AI in value creation. These OKRs are our answer for H1. We are not running a
central "AI program" - each OKR is a value lever that happens to use data.

---

## [[O:O1: Cut indirect spend across Fund III portcos by pooling suppliers]]

[[W:Owner: Dana Kessler, Operating Partner (Procurement)]]

- [[M:KR1.1 - Indirect spend down 6% vs. FY2026 run-rate across the 7 participating portcos by
  Jun 30, 2027]]
- KR1.2 - Spend cube (AP data classified by category and supplier) live for all 7 by Mar 31
- KR1.3 - 3 group-wide contracts signed (freight, MRO, SaaS licences)

## [[O:O2: Shorten cash conversion at the two distribution companies.]]

[[W:Owner: Marcus Oyelaran, Operating Partner (Finance)]]

- [[M:KR2.1 - DSO from 58 to 47 days at Hartwell Supply and from 64 to 52 at Brenton Industrial
  by Jun 30]]
- KR2.2 - Collections prioritisation model in use by both AR teams by Apr 15
- KR2.3 - Weekly cash dashboard adopted by both CFOs

## O3: Exit readiness: data room quality for the 4 companies in the exit window

Owner: Chief of Staff, POG

- KR3.1 - Monthly KPI pack automated for all 4 (no manual re-keying) by May 31
- KR3.2 - Vendor due diligence data requests answered within 5 business days in mock DD

---

## Things we are not doing this half

- Portfolio-wide GenAI rollout. Portcos can do their own; we'll share what works.
- New data platform at fund level. Spend cube runs on the portcos' own AP exports.

## Risks / open items

- [[G:Data-sharing between portcos for O1 needs guidelines from fund counsel - TBD, aim to have
  something before the spend cube goes live.]]
- Portco CEOs may resist group contracts. Mitigation: opt-in, savings stay with the portco.
- Some AP data is messy (Brenton has 3 ERPs). Accept lower coverage there.

## H2 candidates (not sequenced)

- [[R:Pricing analytics at the two software companies]]
- [[R:Working capital playbook extended to industrial services]]
- Labour scheduling at the field-services portco
- Benchmarking portal for portco CFOs

Final scoring Jul 10. Questions to the Chief of Staff.
"""

if __name__ == "__main__":
    ev = {}
    text = lib.strip_raw(SRC, ev)
    lib.OUT.mkdir(parents=True, exist_ok=True)
    (lib.OUT / NAME).write_text(text, encoding="utf-8")
    lib.write_labels(NAME, STATUSES, ev)

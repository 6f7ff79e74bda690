"""synth-c 05: Rovera Car Rental, ExCo quarterly update on the fleet intelligence program (PPTX)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "synth_c_lib", Path(__file__).with_name("synth-c_lib.py")
)
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

NAME = "rovera-car-rental-fleet-intelligence-exco-update-q2-2026.pptx"
STATUSES = "PPP~~-P"

SRC = """
=== Fleet Intelligence Program: ExCo Quarterly Update
Rovera Car Rental, Inc. | Q2 2026 | Prepared by the Program Management Office

For ExCo review, July 8, 2026

=== Executive summary
- Pricing engine is ahead of plan: live at 4 airports, early lift above forecast
- Damage capture is six weeks behind because of a vendor hardware delay; SLC permit slipped
- The September gate stands; we are not asking to move it
- Governance is the gap. We are asking ExCo for a sponsor (see final slide)

> If ExCo only reads one slide, this is it. Kendra and Luis will each take two minutes on their
> initiatives; Priya covers the data platform.

=== Agenda
- Where the business is
- Program outcomes and scorecard
- Initiatives and owners
- Roadmap and the Q3 gate
- Asks of ExCo

=== Where the business is
- 61,400 vehicles across 212 locations in 14 states; 38% at airport locations
- Q2 revenue per available car day up 3.1% year over year, driven by pricing, not utilization
- Industry data: damage-related losses average 4-6% of revenue for US rental companies
- Depreciation per unit per month up 11% as used-car prices normalize
- Customer satisfaction on return experience: 71% satisfied (Q2 survey)

> The 4-6% number is the trade association's, not ours. Ours is in the scorecard.

=== Program outcomes
| Outcome | Why it matters |
{O}| Recover a larger share of repair costs for damage that happens during a rental | Unbilled
  damage is our largest controllable loss line |
{O}| Earn more per car per day at airport locations by pricing to local demand | Airports are
  38% of fleet but 55% of revenue |
| Get cars back on rent faster after return | Every turnaround hour is idle inventory |

=== Scorecard
| Metric | Baseline (FY2025) | Target | By |
{M}| Damage recovery rate (billed and collected / repair cost) | 34% | 55% | Q2 2027 |
{M}| Revenue per available car day, airport locations | $52.10 | $56.50 | Q4 2026 |
{M}| Return-to-ready time, median | 9.5 hours | 6 hours | Q1 2027 |
| Damage disputes per 1,000 rentals | 3.8 | no increase | Ongoing |

> Revenue per available car day is already moving. Damage recovery is the one to watch: vendor
> delays pushed the pilot back six weeks.

=== Initiatives and owners
| Initiative | Scope | Accountable owner |
{W}| Automated damage capture at return | Photo arches at 12 airport locations | VP Fleet
  Operations (Kendra Albright) |
{W}| Demand-based pricing engine | All airport locations, then downtown | SVP Revenue Management
  (Luis Ferrante) |
| Turnaround scheduling | Wash, prep and maintenance queue at hubs | VP Fleet Operations (Kendra
  Albright) |
| Data platform | Shared fleet and rental data | CIO (Priya Sandhu) |

=== Roadmap
- [[R:Phase 1, Apr-Sep 2026: damage capture pilot at DEN, PHX and SLC; pricing engine live at 6
  airports]]
- [[R:Gate (Sep 30, 2026): roll damage capture to all 12 airport sites only if recovery rate in the
  pilot sites is at or above 45% with disputes flat]]
- [[R:Phase 2, Oct 2026-Mar 2027: all 12 airport sites; pricing engine at all airports and top 20
  downtown locations]]
- Phase 3, Apr-Sep 2027: turnaround scheduling at the 5 hub locations; decision on remaining
  locations

=== Q2 progress
- Photo arches installed at DEN and PHX; SLC slips to August (permit)
- Pricing engine live at 4 of 6 Phase 1 airports; revenue per car day at those 4 up 5.2% vs. control
- Data platform: rental and fleet data loaded; damage history backfill 70% complete

=== Risk and governance
- [[G:An AI governance framework will be stood up in Q3; details to be worked out with Legal and
  the CIO.]]
- Pricing: some states have rules on surge pricing in declared emergencies; Legal aware
- Photo data retention: policy to follow

> We know this slide is thin. Governance is on the Q3 list.

=== Phase 1 spend
| Line | Budget ($k) | Spent to June 30 ($k) | Forecast ($k) |
| Photo arches and installation (3 sites) | 1,450 | 910 | 1,480 |
| Damage model licences | 320 | 160 | 320 |
| Pricing engine configuration | 610 | 540 | 600 |
| Data platform | 880 | 620 | 900 |
| Program office | 240 | 115 | 240 |
| Total | 3,500 | 2,345 | 3,540 |

> The arch overrun is the SLC permit rework. We expect to absorb it in Phase 2 through lower
> installation costs at the remaining airport sites.

=== Customer view
- Return experience satisfaction was 71% in Q2, flat on Q1
- Complaints mentioning prices at airport counters: 212 in Q2 vs. 198 in Q1
- Competitors at DEN and PHX already use photo arches; customers there are used to them
- Loyalty members rate the app return flow 4.2 out of 5

> Survey and complaint numbers are context, not program targets. Marketing is checking whether
> the pricing changes are behind the small rise in complaints.

=== People and partners
- [[E:We'll need the right talent to scale this and will partner with vendors where it makes
  sense.]]
- Vendor for photo arches and damage models selected in March; pricing engine built on our
  existing revenue management platform

=== Asks of ExCo
1. Confirm Phase 2 funding ($4.2M capex, $1.1M opex) subject to the September gate
2. Endorse the target of 55% damage recovery rate as an FY2027 corporate goal
3. Nominate an ExCo sponsor for the governance framework
"""

if __name__ == "__main__":
    ev = {}
    slides = lib.parse_slides(SRC, ev)
    lib.OUT.mkdir(parents=True, exist_ok=True)
    lib.build_pptx(NAME, slides)
    lib.write_labels(NAME, STATUSES, ev)

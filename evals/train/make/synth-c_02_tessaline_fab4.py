"""synth-c 02: Tessaline Semiconductor Fab 4, annual operating plan extract (long PDF)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "synth_c_lib", Path(__file__).with_name("synth-c_lib.py")
)
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

NAME = "tessaline-fab4-fy2027-operating-plan-yield-and-automation.pdf"
STATUSES = "PP~~PP~"

SRC = """
# Fab 4 FY2027 Annual Operating Plan (Extract)

Tessaline Semiconductor, Inc. | Fab 4, Marrow Creek, Oregon

Chapters 3 to 6: Yield, Automation and Advanced Analytics. This extract was prepared for the
Fab 4 site review with corporate Manufacturing Operations. Financial figures are in US dollars
and are plan figures, not guidance. Distribution: Fab 4 Leadership Team; VP Manufacturing
Operations; Corporate FP&A.

## Reading guide

Chapters 1 and 2 of the full plan (site overview and customer demand) and chapters 7 to 9
(facilities, environment, health and safety, and workforce relations) are published separately.
This extract covers the chapters that relate to yield, factory automation and the use of
advanced analytics and machine learning at Fab 4. Where numbers from other chapters are needed
for context, they are repeated here.

## Chapter 3. Context for FY2027

### 3.1 Market and demand

The market for mature-node analog and power-management devices recovered through the second
half of FY2026 after an inventory correction that lasted roughly five quarters. Industry
trackers report that shipments of power-management ICs grew 9% year over year in calendar 2025,
and that automotive and industrial demand now accounts for 46% of the segment, up from 38% three
years ago. These are market figures and are included for context only.

Fab 4 runs 200 mm wafers on process technologies between 180 nm and 90 nm. It is Tessaline's
highest-volume site for power-management and battery-management products, and roughly 70% of its
wafer starts are for automotive-qualified parts. Corporate demand planning has given Fab 4 a
wafer-start plan of 41,500 wafers per month on average for FY2027, against installed capacity of
around 45,000 wafers per month. Utilization is therefore planned at about 92%, the highest since
FY2022.

### 3.2 Where we ended FY2026

FY2026 was a difficult year for yield. A contamination excursion in the diffusion area in Q2 and
two extended tool-down events on the high-current implanters cost the fab an estimated 11,800
wafer equivalents. Line yield across all technologies averaged 91.2% for the year, against a plan
of 92.5%. Die yield on the new 110 nm BCD platform, which ramped in FY2026, averaged 84% against a
mature-platform norm of around 90%. Scrap and rework cost reached $23.4 million, about $6 million
above plan.

The FY2026 post-mortem, completed in January, found that in both the contamination excursion and
the implanter events the early signals were present in the fab's own data (tool sensor traces,
in-line metrology and particle counts) days before the excursion was detected by the standard
statistical process control charts. The engineering teams did not have the tools or the time to
look across these data sources together.

### 3.3 Corporate priorities that shape this plan

Corporate Manufacturing Operations has asked every fab to plan for three priorities in FY2027:
protecting automotive quality and delivery performance, reducing cost per wafer, and making
better use of the data the fabs already collect. Capital is constrained: Fab 4's FY2027 capital
allocation is $58 million, of which $41 million is already committed to capacity and tool
replacement.

### 3.4 Customer audits in FY2026

Fab 4 hosted five customer audits in FY2026, three of them from automotive customers. Two of the
automotive audits followed the Q2 excursion and focused on containment, notification timeliness
and the traceability of affected lots. Both audits closed with minor findings only, but both
customers asked for a formal improvement plan covering excursion detection, and one asked to be
notified of any engineering hold affecting its products within 24 hours. The corrective action
plans submitted in response commit the fab to improving detection capability during FY2027, and
the customers will review progress at their FY2027 audits, expected in Q3.

A third automotive audit, in Q4, looked at the fab's change management for process recipes and
tool software. The customer noted that the fab's change process covers tool and recipe changes
well but does not yet describe how software tools used by engineers to make decisions are
controlled. No finding was raised, but the observation was recorded and is relevant to the
analytics plans in Chapter 6.

The remaining two audits, from industrial customers, raised no findings. Audit preparation
consumed an estimated 1,900 engineering hours across the year, and the quality team expects a
similar load in FY2027.

%%

## Chapter 4. Yield and quality plan

### 4.1 What we are trying to achieve

The yield plan for FY2027 has one purpose above the others: [[O:to recover the line and die yield
we lost in FY2026 and, with it, reduce the cost of every good die we ship to automotive
customers.]] A second purpose is to catch excursions earlier, so that [[O:fewer wafers are
scrapped or put on hold when a process drifts.]]

Customer quality matters as much as cost. Our two largest automotive customers have both placed
Fab 4 on enhanced monitoring after the Q2 FY2026 excursion, and returning to standard status is a
commercial priority for the Sales organization.

### 4.2 Targets

The yield targets below are the basis of the Fab 4 plan and of the site bonus scorecard.

| Measure | FY2026 actual | FY2027 target | Measured |
{M}| Line yield, all technologies | 91.2% | 93.5% by Q4 FY2027 | Monthly |
{M}| Die yield, 110 nm BCD platform | 84% | 89% by Q4 FY2027 | Monthly |
| Scrap and rework cost | $23.4M | $17.0M for the year | Quarterly |
{M}| Median time from excursion onset to detection | 52 hours | under 12 hours | Per event |
| Customer-reported quality incidents (automotive) | 7 | 3 or fewer | Quarterly |

[[M:We also plan to reduce the number of wafers placed on engineering hold by at least 25%
compared with FY2026, without any increase in escapes to the customer.]]

### 4.3 Base yield program

Most of the yield improvement in FY2027 will come from conventional engineering work, which is
summarized here for completeness. It includes the defect reduction program in lithography and
etch, the replacement of two of the four high-current implanters (capital already committed), a
revised preventive maintenance schedule for diffusion furnaces, and the transfer of the 110 nm BCD
platform's best-known methods from the corporate development fab. These activities are planned
and resourced through the normal module engineering budgets and are not discussed further in this
extract.

### 4.4 Accountability for the yield plan

[[W:The Fab 4 Leadership Team collectively owns the yield plan, and every member of the team
shares in its success or failure.]] Module engineering managers, the yield engineering group and
manufacturing shift managers each contribute to the targets above. [[W:Responsibility for
the analytics initiatives in Chapter 6 is shared between Yield Engineering, Manufacturing
Systems and the IT business partner.]]

%%

## Chapter 5. Automation plan

### 5.1 Current state

Fab 4 was built in 1998 and automated in stages. Wafer transport between bays is automated; within
bays, about 60% of tool loading is still manual. The manufacturing execution system (MES) was
upgraded in FY2024. Recipe management is automated on about three quarters of tools. The fab
collects sensor trace data (FDC) on 412 process tools, around 85% of the installed base, but only
about a third of this data is retained for longer than 30 days because of storage limits.

### 5.2 FY2027 automation projects

The automation projects funded in FY2027 are:

- Extension of automated material handling to the remaining bays of the implant area.
- Retention of FDC trace data for 18 months on all tools, with a new historian and storage.
- Automated recipe download and verification on the remaining manual tools in thin films.
- Real-time dispatching rules in the MES to replace the spreadsheet-based lot priority list.

These projects have approved capital ($6.8 million in total) and project plans in the Fab 4
automation program office. The FDC storage project is a prerequisite for most of the analytics
work in Chapter 6.

### 5.3 Automation benefits

The automation program is expected to release operator time in the implant area and to reduce
misprocessing events caused by manual recipe selection, of which there were 14 in FY2026. The
automation program office tracks these benefits separately.

### 5.4 Interfaces with other site programs

The automation plan interacts with three other programs at Fab 4. The energy reduction program
(Chapter 8 of the full plan) is replacing exhaust and chiller controls in the sub-fab, and tool
data from those controls will be stored in the same historian. The tool replacement program for
the implanters will bring two new tools with modern equipment interfaces, which simplifies data
collection but requires new recipes and qualification runs. The workforce program (Chapter 9)
covers operator certification, and the move to automated loading in the implant area will change
the certification matrix for about forty operators. The automation program office coordinates
these interfaces.

### 5.5 Data sources available to yield engineering

| Source | Coverage | Retention today | Retention after FY2027 |
| FDC sensor traces | 412 tools | 30 days (most tools) | 18 months |
| In-line metrology | All measurement steps | 3 years | 3 years |
| Particle and defect inspection | All inspection steps | 1 year | 3 years |
| Wafer probe results and maps | All products | 5 years | 5 years |
| MES lot history | All lots | 7 years | 7 years |
| Maintenance records | All tools | 7 years | 7 years |

The gaps that matter most for early warning are the short retention of trace data and the fact
that defect inspection images are stored separately from the defect counts. Linking the two is part
of the FDC storage project scope.

%%

## Chapter 6. Advanced analytics and machine learning

### 6.1 Why now

In the FY2026 post-mortem, the engineering teams concluded that the fab does not lack data but
the ability to use it quickly. Three developments make it realistic to change this in FY2027: the
FDC storage project in Chapter 5, the corporate data platform that went live in FY2026, and the
experience of the corporate development fab, which has run a virtual metrology model on its etch
tools since 2024.

### 6.2 Candidate initiatives

The following initiatives are candidates for analytics funding in FY2027. They are listed in no
particular order; sequencing will be set once the FY2027 budget is confirmed and the FDC storage
project has a firm completion date.

- [[R:Excursion early warning: combining FDC traces, in-line metrology and particle data to flag
  lots at risk before they reach end-of-line test.]]
- [[R:Virtual metrology for etch and CMP, adapted from the corporate development fab's models.]]
- Wafer-map pattern classification at probe, to speed up root-cause analysis of die-yield loss.
- Predictive maintenance for the high-current implanters and diffusion furnaces.
- Smarter dispatching using predicted queue times.

We would expect to start with some of these in the first half and others later in the year, and
some may move to FY2028.

### 6.3 How the early warning system will be used

The excursion early warning system is the initiative most likely to go first, because it bears
directly on the detection-time target in section 4.2. It will change the daily routine of the
process engineers on shift in the following way.

[[H:Each morning at 6:30 the system publishes a ranked list of lots it considers at risk, with the
tool traces and metrology that drove each score; the on-shift process engineer for the module
reviews every lot on the list and decides whether to hold it, send it for additional inspection
or release it.]]

- No lot is held or scrapped by the system itself; the disposition is always the engineer's.
- [[H:Every disposition is recorded in the MES with a reason code, and the yield data science team
  reviews the dispositions each week to find false alarms and missed lots and to retrain the
  model.]]

This routine was trialled informally on one etch tool group in Q4 FY2026, where engineers found
that about one lot in five on the list needed action.

### 6.4 Resourcing

Analytics work has so far been done by two data scientists in the corporate team, part-time, and
by yield engineers in their spare time. FY2027 needs a dedicated team on site.

[[E:We are budgeting 9 FTE for analytics in FY2027: four yield data scientists (two in post and
two new hires in the first half), three process integration engineers assigned half-time from the
modules, one MES integration developer and one data engineer for the FDC historian.]]

[[E:Each module (litho, etch, thin films, diffusion and implant) will nominate a senior engineer as
its analytics champion, with 20% of their time protected for the work.]] Training for process
engineers in reading model outputs will be given in the quarter each initiative goes live.

### 6.5 Budget

| Item | FY2027 ($k) | Note |
| Analytics headcount (9 FTE, loaded) | 1,640 | Includes two new hires from Q2 |
| Compute and storage (beyond FDC project) | 380 | Corporate data platform charges |
| Software licences | 210 | Wafer-map and trace analysis tools |
| Training and travel | 60 | Includes visits to the development fab |
| Total | 2,290 | Operating expense |

### 6.6 Governance of models

[[G:Governance for the new models is still to be designed; Quality will propose an approach in
the first half of the year.]] Until then, analytics outputs are advisory and do not replace any
existing control. [[G:We recognize that automotive customers will expect the fab to show how
models that influence lot disposition are validated and controlled, and this will be addressed in
that proposal.]]

For reference, the corporate development fab runs a monthly model review board that approves
changes to its virtual metrology models before deployment; Fab 4 has not adopted this practice
and the development fab's board has no authority over Fab 4 models.

### 6.7 Risks

- FDC storage project delay would hold back every initiative that depends on trace history.
- Two data scientist hires may be difficult in the current market for semiconductor analytics.
- Engineers may ignore the lists if the false-alarm rate is high in the first weeks.
- The corporate data platform has limited capacity for high-frequency trace data.

Industry experience is that many fabs start analytics programs that stall after the pilot
because the models are not trusted by the people who run the line. We are aware of this risk.

%%

## Appendix 1. Fab 4 FY2027 headline numbers

| Item | FY2026 actual | FY2027 plan |
| Average wafer starts per month | 38,900 | 41,500 |
| Installed capacity, wafers per month | 45,000 | 45,000 |
| Utilization | 86% | 92% |
| Headcount (site, all functions) | 1,184 | 1,205 |
| Capital spend | $49.0M | $58.0M |
| Operating expense | $412M | $428M |

## Appendix 2. FY2026 excursion summary

| Event | Quarter | Area | Wafers affected | Detection time |
| Metallic contamination, furnace tube 7 | Q2 | Diffusion | 6,200 | 71 hours |
| Beam current drift, implanter HC-2 | Q3 | Implant | 3,100 | 48 hours |
| Beam current drift, implanter HC-4 | Q4 | Implant | 2,500 | 37 hours |
| Resist coat thickness drift | Q4 | Litho | 900 | 19 hours |

The median detection time of 52 hours quoted in Chapter 4 covers all 11 excursions recorded in
FY2026, including the four listed here and seven smaller events.

## Appendix 3. Glossary

- BCD: bipolar-CMOS-DMOS, a process platform for power-management devices.
- CMP: chemical-mechanical planarization.
- Die yield: the share of die on a wafer that pass electrical test at probe.
- FDC: fault detection and classification, the collection of sensor traces from process tools.
- Line yield: the share of wafers started that complete the process without being scrapped.
- MES: manufacturing execution system.
- Virtual metrology: predicting a measurement from tool data instead of measuring it directly.

## Appendix 4. Contributors

This extract was compiled by the Fab 4 planning office from inputs by Yield Engineering (Dana
Whitcomb), Manufacturing Systems (Raj Patel), the Automation Program Office (Lena Ortiz) and
Finance (Marcus Hale). Questions about the figures should go to the planning office.

%%

## Appendix 5. Notes on the FY2026 post-mortem

The post-mortem reviewed each of the eleven excursions in FY2026 using the fab's standard
eight-discipline problem-solving format. For each event the team reconstructed the timeline from
the first abnormal signal in any data source to the point at which a lot was placed on hold, and
then to containment and root cause. Three findings are relevant to this plan.

First, in eight of the eleven events at least one data source showed an abnormal signal more than
24 hours before detection. In the furnace tube 7 contamination, for example, particle counts on
monitor wafers rose gradually over three days while the charts stayed within control limits,
because the limits had been widened after a tool qualification in FY2025 and never tightened
again.

Second, the engineers who could have connected these signals were in most cases working on other
problems at the time. The implant area in particular carried two open engineering positions for
most of the year, and the remaining engineers spent much of their time on tool recovery.

Third, the time from detection to containment was generally good. Once a problem was seen, the fab
contained it within a shift in nine of the eleven cases. The loss came almost entirely from the
time it took to see the problem.

The post-mortem also looked at how other sites handle the same issue. The corporate development
fab's virtual metrology program has reduced its own metrology sampling by about a fifth without an
increase in escapes, according to its FY2026 report. Several suppliers of fab analytics software
presented to the team in November; their reference customers report detection-time improvements,
but the figures are not independently verified and have not been used in this plan.

## Appendix 6. Assumptions behind the FY2027 targets

The line-yield target of 93.5% assumes that the two replacement implanters are qualified by the
end of Q2 and that there is no contamination excursion on the scale of the Q2 FY2026 event. The
die-yield target for the 110 nm BCD platform assumes the transfer of best-known methods from the
development fab is complete by the end of Q1. The detection-time target assumes the FDC storage
project completes on its current schedule. If any of these assumptions fails, the planning office
will restate the targets at the mid-year review, and the site bonus scorecard will be adjusted
under the corporate rules for restatement.

Cost figures assume wafer starts at plan. At lower loadings the fixed cost per wafer rises, and
scrap and rework cost, which is reported in absolute dollars, will move with volume. The planning
office will report both absolute and per-wafer figures in the quarterly reviews so that the effect
of loading can be separated from the effect of the yield program.
"""

if __name__ == "__main__":
    ev = {}
    blocks = lib.parse(SRC, ev)
    lib.OUT.mkdir(parents=True, exist_ok=True)
    lib.build_pdf(
        NAME,
        blocks,
        header="Tessaline Semiconductor - Fab 4 FY2027 AOP (extract) - Confidential",
        footer="Prepared by the Fab 4 planning office",
        font_size=11,
    )
    lib.write_labels(NAME, STATUSES, ev)

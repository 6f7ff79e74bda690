"""Fictional waste collection and recycling company: board paper, full business case.

Long PDF (reportlab) with running header, footer and page numbers; British voice. The
evidence is buried among background, options, budgets and appendices.
"""

import json
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "tidewell-environmental-board-paper-smarter-rounds-fbc.pdf"

OC1 = (
    "The programme has two purposes: to reduce the fuel cost of each collection round, and to "
    "lower the share of dry mixed recycling loads rejected at the materials recovery facility."
)
OC2 = (
    "A third, secondary aim is to bring missed collections on our municipal contracts back "
    "within the contractual tolerance, so that we stop paying service-credit deductions."
)
KPI_HEAD = ["Measure", "Baseline (2025/26)", "Target", "By"]
KPI = [
    ["Fuel cost per collection round", "£212", "£186", "March 2028"],
    ["DMR loads rejected at the MRF", "11.4% of loads", "7.0% of loads", "March 2028"],
    ["Missed collections per 100,000 lifts", "38", "25", "March 2028"],
]
OW1 = (
    "A programme lead will be designated from within the Operations directorate by the end "
    "of April 2027."
)
OW2 = "The Executive Committee will drive delivery of the programme across the depots."
OW3 = "Risk owners will be assigned once the programme lead is in post."
GV1 = (
    "The Capital Investment Committee will review the programme at Gate 2 in September 2027 "
    "and will release Phase 2 funding only if both pilot depots meet the gate thresholds in "
    "Appendix B."
)
GV2 = (
    "A Programme Board will meet monthly from May 2027 to review delivery risks, progress "
    "against the measures in Appendix B and the data protection impact assessment for the "
    "in-cab cameras."
)
GV3 = (
    "Camera images will not be used for the performance management of individual drivers "
    "or loaders, and this restriction will be written into a data-use policy approved by the "
    "Data Protection Officer before any camera goes live."
)
EX1 = (
    "Our crews and depot teams are central to the success of Smarter Rounds and will be "
    "fully supported through the change."
)
EX2 = (
    "Internal resourcing requirements for the programme are still being assessed and will "
    "be brought to the Executive Committee in due course."
)
HO1 = (
    "Each morning the depot supervisor receives the list of addresses where the in-cab "
    "cameras flagged a contaminated recycling bin on the previous day, and decides, address "
    "by address, whether to send an advice letter, arrange a crew visit or take no further "
    "action."
)
HO2 = (
    "No bin will be left unemptied on the camera's evidence alone: the loader confirms the "
    "contamination by lifting the lid before a tag is placed."
)
HO3 = (
    "Drivers can override the suggested order of streets from the cab; each override and its "
    "reason code is logged, and every Friday the route planner at the depot goes through "
    "the week's overrides and adjusts the routing constraints accordingly."
)
RM_HEAD = ["Phase", "Dates", "Scope", "Gate"]
RM = [
    [
        "Phase 1: pilot",
        "May - August 2027",
        "Route optimisation and cameras on 24 vehicles at Eastgate and Marlow Road",
        "Gate 2, September 2027",
    ],
    [
        "Phase 2: municipal roll-out",
        "October 2027 - March 2028",
        "Remaining six depots, all municipal rounds (142 vehicles)",
        "Gate 3, April 2028",
    ],
    [
        "Phase 3: commercial fleet",
        "2028/29",
        "Commercial and trade waste rounds (61 vehicles), routing only",
        "Subject to separate paper",
    ],
]
GATE = (
    "Gate 2 thresholds: fuel cost per round at the pilot depots at least 8% below their own "
    "2025/26 baseline, and rejected DMR loads from pilot rounds below 9%."
)


def P(text, style):
    return Paragraph(text, style)


def table(rows, widths, font=9):
    t = Table(rows, colWidths=[w * cm for w in widths], repeatRows=1)
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dfe8e1")),
                ("FONTSIZE", (0, 0), (-1, -1), font),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return t


def wrap(rows, style):
    return [[Paragraph(c, style) for c in r] for r in rows]


def bullets(items, style):
    return ListFlowable(
        [ListItem(Paragraph(i, style), leftIndent=12) for i in items],
        bulletType="bullet",
        start="•",
        leftIndent=14,
    )


def header_footer(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.HexColor("#2f5d3a"))
    canvas.drawString(2.2 * cm, A4[1] - 1.3 * cm, "Tidewell Environmental Services Ltd")
    canvas.drawRightString(
        A4[0] - 2.2 * cm, A4[1] - 1.3 * cm, "Board paper BP-27-014 | Commercial in confidence"
    )
    canvas.setFillColor(colors.black)
    canvas.drawString(2.2 * cm, 1.2 * cm, "Board meeting of 25 March 2027 | Agenda item 6")
    canvas.drawRightString(A4[0] - 2.2 * cm, 1.2 * cm, f"Page {doc.page}")
    canvas.restoreState()


def build():
    ss = getSampleStyleSheet()
    b = ss["BodyText"]
    b.fontSize = 10
    b.leading = 13.5
    small = ss["BodyText"].clone("small", fontSize=8.5, leading=10.5)
    h1 = ss["Heading1"]
    h1.fontSize = 15
    h2 = ss["Heading2"]
    h2.fontSize = 12.5
    h3 = ss["Heading3"]
    s = []
    s += [
        P("Board paper BP-27-014", h3),
        P("Smarter Rounds: route optimisation and contamination detection", ss["Title"]),
        P("Full business case and request for investment approval", h2),
        Spacer(1, 6),
        table(
            wrap(
                [
                    ["Meeting", "Board of Directors, 25 March 2027"],
                    ["Purpose", "For decision"],
                    ["Prepared by", "Fleet Strategy team, Operations directorate"],
                    ["Enquiries", "Helen Marsh, Company Secretary"],
                    ["Previous papers", "BP-26-041 (Strategic Outline Case, September 2026)"],
                ],
                small,
            ),
            [4, 11.5],
        ),
        Spacer(1, 8),
        P("1. Recommendation", h1),
        P(
            "The Board is asked to approve capital expenditure of £1.46m for Phase 1 of the "
            "Smarter Rounds programme, to note the indicative whole-programme cost of £4.9m "
            "over three financial years, and to delegate the release of Phase 2 funding to the "
            "Capital Investment Committee in line with the gate arrangements set out in this "
            "paper.",
            b,
        ),
        P("2. Summary", h1),
        P(
            "Smarter Rounds brings together two technologies that we have trialled separately "
            "over the past eighteen months: dynamic route optimisation, which plans the order "
            "of streets on each collection round from live data on vehicle location, traffic "
            "and bin fill levels, and in-cab cameras with image recognition, which identify "
            "likely contamination in recycling bins as they are tipped. The Strategic Outline "
            "Case presented in September 2026 set out the case for change; this paper sets out "
            "the preferred option, the costs and benefits, the delivery approach and the risks.",
            b,
        ),
        P(
            "The paper has been reviewed by the Executive Committee, the Finance directorate "
            "and the Data Protection Officer. Trade union representatives were briefed on 4 "
            "March 2027 and their comments are summarised in section 10.",
            b,
        ),
        P("3. Background", h1),
        P("3.1 The company today", h2),
        P(
            "Tidewell Environmental Services was founded in 1987 as a skip-hire business in "
            "Grimsby and now provides household waste and recycling collections under eleven "
            "municipal contracts across Lincolnshire, the East Riding and North Yorkshire, "
            "together with commercial and trade waste collections for around 14,000 business "
            "customers. We employ 1,140 people, of whom some 820 are drivers and loaders, and "
            "operate 203 collection vehicles from eight depots. Group turnover in 2025/26 was "
            "£118.3m, of which 71% came from municipal contracts.",
            b,
        ),
        P(
            "The municipal contracts are typically seven to ten years in length and are paid "
            "on a lump-sum basis with service-credit deductions for missed collections and "
            "other failures. Three of the eleven contracts come up for renewal between 2028 "
            "and 2030, including the Wolds contract, which is our largest.",
            b,
        ),
        P("3.2 The market and regulatory context", h2),
        P(
            "Household recycling rates in England have been broadly flat for a decade, at "
            "between 43% and 45%. The consistent collection reforms, which took effect for "
            "households from March 2026, require local authorities to collect the same core "
            "materials, and extended producer responsibility for packaging means that "
            "authorities now receive payments that depend in part on the quality of the "
            "material they collect. Councils are therefore paying much closer attention to "
            "contamination than they did when our current contracts were let.",
            b,
        ),
        P(
            "Across the sector, fuel remains the largest controllable cost after labour. "
            "Industry benchmarks suggest fuel accounts for between 9% and 13% of the operating "
            "cost of a refuse collection vehicle over its life. Several of our competitors "
            "have announced route optimisation projects, and at least two councils in the "
            "region have asked bidders to describe their approach to contamination in recent "
            "tender documents.",
            b,
        ),
        P("3.3 Our performance", h2),
        P(
            "Our fuel cost per collection round rose by 17% between 2022/23 and 2025/26, "
            "driven by fuel prices, longer rounds as housing growth has added properties, and "
            "congestion on the A-roads around our two largest depots. Rounds are still "
            "planned largely by hand, using spreadsheets maintained by each depot, and are "
            "revised only when a round is clearly failing.",
            b,
        ),
        P(
            "In the same period the share of dry mixed recycling (DMR) loads rejected at the "
            "materials recovery facility (MRF) at Stallingborough rose from 6.2% to 11.4%. "
            "Each rejected load is re-routed to energy recovery at our cost, and we paid "
            "£1.9m in rejection charges and additional gate fees in 2025/26. Contamination is "
            "concentrated: around 4% of addresses account for more than half of the "
            "contaminated bins that crews have recorded by hand.",
            b,
        ),
        P(
            "Missed collections have also risen, to 38 per 100,000 lifts in 2025/26, and we "
            "incurred £412,000 of service-credit deductions, most of them on the Wolds and "
            "Holderness contracts.",
            b,
        ),
        P("3.4 What the trials showed", h2),
        P(
            "Between October 2025 and June 2026 we ran two separate trials. Route "
            "optimisation software from two suppliers was tested on nine rounds at Brigg, "
            "and cameras with contamination detection were fitted to four recycling vehicles "
            "at Eastgate. Neither trial was designed to test the two technologies together, "
            "and both were run with the suppliers' staff on site for much of the period.",
            b,
        ),
        P(
            "On the Brigg rounds, optimised routes were on average 6.8% shorter in distance "
            "than the hand-planned routes they replaced, although the saving varied from "
            "almost nothing on compact urban rounds to more than 12% on rural rounds with "
            "several villages. Drivers reported that the first suggested routes often ignored "
            "local knowledge, such as streets that are blocked by parked cars on market days, "
            "and the suppliers' software needed several weeks of adjustment before crews "
            "trusted it.",
            b,
        ),
        P(
            "At Eastgate the cameras identified contamination in 3.9% of the bins tipped, "
            "compared with 1.1% recorded by crews on paper tags on the same rounds in the "
            "previous year. A manual check of a sample of 2,000 images found that around one "
            "in six flagged bins was not in fact contaminated, most often because of "
            "reflections from wet cardboard. The supplier has since retrained its model on "
            "images from our own vehicles, and the rate of false flags in a second sample was "
            "roughly half that in the first.",
            b,
        ),
        P(
            "The trials also showed that the in-cab tablets then in use were too slow to run "
            "the routing software reliably, which is why new tablets are included in the "
            "capital cost, and that mobile signal is patchy on a number of rural rounds in "
            "the Wolds and Ryedale.",
            b,
        ),
        P("4. Objectives of the programme", h1),
        P(OC1, b),
        P(OC2, b),
        P(
            "The measures, baselines and targets are set out in Appendix B. The programme is "
            "also expected to strengthen our position in the three contract renewals, although "
            "no benefit from renewals has been included in the financial case.",
            b,
        ),
        P("5. Options considered", h1),
        P(
            "The Strategic Outline Case identified four options. Each has been appraised "
            "against the objectives, cost, deliverability and risk.",
            b,
        ),
        table(
            wrap(
                [
                    ["Option", "Description", "Capital cost", "Assessment"],
                    [
                        "0. Do minimum",
                        "Continue manual round planning; crews record contamination on paper tags",
                        "£0",
                        "Does not address rising rejection charges; not recommended",
                    ],
                    [
                        "1. Routing only",
                        "Route optimisation software on all municipal rounds",
                        "£1.7m",
                        "Addresses fuel cost only",
                    ],
                    [
                        "2. Routing and cameras (preferred)",
                        "Route optimisation plus in-cab cameras with contamination detection on "
                        "municipal recycling vehicles",
                        "£4.9m",
                        "Addresses all three objectives; phased to limit risk",
                    ],
                    [
                        "3. Full telematics replacement",
                        "Option 2 plus replacement of the vehicle telematics platform",
                        "£8.2m",
                        "Highest benefit but telematics contract runs to 2029",
                    ],
                ],
                small,
            ),
            [3.2, 6.3, 2.2, 4],
        ),
        Spacer(1, 6),
        P(
            "Option 2 is preferred. Option 3 would deliver somewhat higher benefits, but the "
            "current telematics contract runs until 2029 and early termination would cost in "
            "the region of £0.9m.",
            b,
        ),
        P("6. How Smarter Rounds will work", h1),
        P("6.1 Route optimisation", h2),
        P(
            "Each evening the routing software will produce the next day's round for every "
            "vehicle, taking account of the properties due for collection, known road works, "
            "historic traffic patterns and, for commercial customers, bin fill-level sensors "
            "where these are fitted. The round is sent to the in-cab tablet and shown to the "
            "driver as an ordered list of streets with turn-by-turn directions.",
            b,
        ),
        P(HO3, b),
        P(
            "Depots will keep the ability to lock particular streets into a fixed order, for "
            "example near schools at the start and end of the school day.",
            b,
        ),
        P("6.2 Contamination detection", h2),
        P(
            "Cameras mounted above the hopper will capture an image of each recycling bin as "
            "it is tipped. The image recognition software scores each image for likely "
            "contamination, such as food waste, textiles or black bags, and tags the image "
            "with the address from the vehicle's location data.",
            b,
        ),
        P(HO1, b),
        P(HO2, b),
        P(
            "Advice letters will follow the wording agreed with each council, and councils "
            "will receive a monthly summary of contamination by ward. Images will be retained "
            "for 30 days unless they form part of an open case with a resident.",
            b,
        ),
        P("7. Financial case", h1),
        P(
            "The whole-programme capital cost is estimated at £4.9m over three financial "
            "years, with annual running costs of £0.52m from 2028/29. The table below sets "
            "out the capital profile.",
            b,
        ),
        table(
            wrap(
                [
                    ["Item", "2027/28", "2028/29", "2029/30", "Total"],
                    [
                        "Routing software licences and set-up",
                        "£0.41m",
                        "£0.38m",
                        "£0.12m",
                        "£0.91m",
                    ],
                    ["In-cab cameras and hopper cameras", "£0.62m", "£1.71m", "£0.00m", "£2.33m"],
                    ["In-cab tablets and mounts", "£0.18m", "£0.44m", "£0.21m", "£0.83m"],
                    ["Integration with telematics and CRM", "£0.15m", "£0.10m", "£0.05m", "£0.30m"],
                    ["Contingency (10%)", "£0.10m", "£0.31m", "£0.12m", "£0.53m"],
                    ["Total", "£1.46m", "£2.94m", "£0.50m", "£4.90m"],
                ],
                small,
            ),
            [6, 2.3, 2.3, 2.3, 2.3],
        ),
        Spacer(1, 6),
        P(
            "Programme team costs are not included in the figures above and are to be "
            "confirmed (see section 9).",
            b,
        ),
        P(
            "On the central case, annual net savings reach £1.7m by 2029/30, made up of fuel "
            "savings of £0.6m, avoided rejection charges of £0.9m and avoided service credits "
            "of £0.2m. The net present value over seven years at the Group's discount rate of "
            "8% is £3.1m, with simple payback in the fourth year. Sensitivity analysis is "
            "summarised in Appendix C; the case remains positive if savings are 30% lower "
            "than the central case, but not if rejection charges fall for reasons unconnected "
            "with the programme.",
            b,
        ),
        P(
            "Finance has considered whether the cameras and tablets should be leased rather "
            "than purchased. Leasing would reduce the capital requirement in 2028/29 by around "
            "£1.4m but would add an estimated £0.35m to whole-life cost, and the lessors we "
            "approached were unwilling to include the camera software in the lease. The "
            "central case therefore assumes purchase, funded from the Group's existing "
            "revolving credit facility, which has sufficient headroom within its covenants. "
            "The investment does not require the consent of our lenders.",
            b,
        ),
        P(
            "Savings from avoided rejection charges depend on the gate fee arrangements at "
            "Stallingborough, which are renegotiated every two years. The current agreement "
            "runs to March 2029. We have not assumed any change to rejection charges in the "
            "central case, but the sensitivity in Appendix C shows the effect if the MRF "
            "operator were to stop charging for rejected loads altogether.",
            b,
        ),
        P("8. Delivery approach", h1),
        P(
            "The programme will be delivered in three phases, with a formal gate between each "
            "phase. The two pilot depots, Eastgate and Marlow Road, were chosen because they "
            "have the highest rejection rates and the longest rounds, and because both depot "
            "managers volunteered.",
            b,
        ),
        table(wrap([RM_HEAD, *RM], small), [3.6, 3.2, 6, 2.9]),
        Spacer(1, 6),
        P(GATE, b),
        P(
            "Before Phase 1 starts, each pilot depot will complete a readiness assessment "
            "covering data quality in the round-planning spreadsheets, tablet coverage and "
            "mobile signal on the rounds, and the training needs of drivers.",
            b,
        ),
        P("9. Governance and resourcing", h1),
        P(GV1, b),
        P(GV2, b),
        P(GV3, b),
        P(OW2, b),
        P(OW1, b),
        P(EX2, b),
        P("10. People and consultation", h1),
        P(EX1, b),
        P(
            "Trade union representatives welcomed the commitment not to use camera images for "
            "performance management but asked for clarity on whether route optimisation "
            "would lead to fewer rounds and therefore fewer jobs. Management's position is "
            "that any reduction in rounds will be absorbed through housing growth on the "
            "existing contracts and normal staff turnover. The unions also raised the "
            "importance of crews being able to depart from the suggested route where local "
            "knowledge makes this sensible, which the override arrangements described in "
            "section 6.1 are designed to allow.",
            b,
        ),
        P(
            "Residents will be informed about the cameras through council websites, stickers "
            "on vehicles and a privacy notice on our own website, in line with guidance from "
            "the Information Commissioner's Office.",
            b,
        ),
        P("11. Procurement", h1),
        P(
            "Routing software, cameras and tablets will be procured through a compliant "
            "public sector framework, which several of our council clients have asked us to "
            "use for equipment that processes residents' data. A mini-competition among "
            "three framework suppliers is planned for April 2027, with evaluation weighted "
            "60% on quality and 40% on price. The two trial suppliers are both on the "
            "framework. Contracts will include service levels for the accuracy of "
            "contamination detection, a fixed delivery schedule for cameras and the right to "
            "terminate at Gate 2 without penalty if the pilot does not proceed.",
            b,
        ),
        P("12. Environmental and equality considerations", h1),
        P(
            "Shorter rounds reduce diesel use and therefore emissions. On the central case, "
            "the programme would reduce the Group's Scope 1 emissions by around 1,100 tonnes "
            "of carbon dioxide equivalent a year once fully rolled out, which will be "
            "reported in our annual sustainability report. Better quality recycling also "
            "means that more of the material we collect is sold for reprocessing rather than "
            "sent for energy recovery.",
            b,
        ),
        P(
            "An equality impact assessment has been started. The main issue identified so "
            "far is the need to make sure that advice letters about contamination are "
            "available in other languages and in accessible formats, and that assisted "
            "collections for elderly and disabled residents are not affected by changes to "
            "round order.",
            b,
        ),
        P("13. Key risks", h1),
        P(
            "The principal risks are summarised below; the full register is at Appendix D.",
            b,
        ),
        bullets(
            [
                "Councils may not accept camera evidence as a basis for advice letters; "
                "mitigated by agreeing wording with each council before Phase 2.",
                "Mobile signal on rural rounds may be too weak for live route updates; "
                "mitigated by rounds being downloaded to the tablet the evening before.",
                "Savings may be overstated if MRF rejection policy changes; mitigated by "
                "sensitivity testing and the Gate 2 thresholds.",
                "Supplier delivery of cameras may slip; mitigated by a fixed delivery schedule "
                "in the contract.",
            ],
            b,
        ),
        PageBreak(),
        P("Appendix A: Depot profiles", h1),
        table(
            wrap(
                [
                    ["Depot", "Vehicles", "Municipal contracts", "DMR rejection 2025/26"],
                    ["Eastgate (pilot)", "14", "Wolds, Grimsby", "14.9%"],
                    ["Marlow Road (pilot)", "10", "Holderness", "13.1%"],
                    ["Brigg", "31", "North Lindsey", "10.8%"],
                    ["Hessle", "29", "East Riding West", "9.7%"],
                    ["Selby", "24", "Selby, Goole", "11.0%"],
                    ["Malton", "22", "Ryedale", "8.9%"],
                    ["Louth", "38", "East Lindsey", "11.6%"],
                    ["Scunthorpe", "35", "commercial only", "n/a"],
                ],
                small,
            ),
            [4.5, 2.5, 5, 4],
        ),
        Spacer(1, 8),
        P(
            "Vehicle numbers exclude spare vehicles and the bulky waste fleet. Rejection "
            "rates are for loads delivered to Stallingborough only.",
            small,
        ),
        P("Appendix B: Measures, baselines and targets", h1),
        P(
            "Baselines are for 2025/26 and have been agreed with the Finance directorate. "
            "Targets apply to the municipal fleet as a whole at the end of Phase 2.",
            b,
        ),
        table(wrap([KPI_HEAD, *KPI], small), [6.5, 3.5, 3, 2.7]),
        Spacer(1, 6),
        P(
            "The Gate 2 thresholds in section 8 apply to the two pilot depots only. Progress "
            "will be reported to the Board in the quarterly operations report.",
            b,
        ),
        P("Appendix C: Sensitivity analysis", h1),
        table(
            wrap(
                [
                    ["Scenario", "Net present value (7 years)", "Payback"],
                    ["Central case", "£3.1m", "Year 4"],
                    ["Savings 30% lower", "£0.9m", "Year 6"],
                    ["Capital cost 20% higher", "£2.2m", "Year 5"],
                    ["MRF removes rejection charges", "-£1.4m", "Not reached"],
                ],
                small,
            ),
            [7, 5, 3.7],
        ),
        Spacer(1, 8),
        P("Appendix D: Risk register (extract)", h1),
        table(
            wrap(
                [
                    ["Risk", "Likelihood", "Impact", "Owner"],
                    ["Council objection to camera-based letters", "Medium", "High", "TBC"],
                    ["Weak mobile signal on rural rounds", "High", "Medium", "TBC"],
                    ["Union dispute over round changes", "Low", "High", "TBC"],
                    ["Camera supply delay", "Medium", "Medium", "TBC"],
                    ["Data protection complaint from a resident", "Low", "Medium", "TBC"],
                ],
                small,
            ),
            [8, 2.5, 2.5, 2.7],
        ),
        Spacer(1, 6),
        P(
            OW3,
            b,
        ),
        P("Appendix F: Council engagement to date", h1),
        P(
            "We have discussed the proposals informally with officers at six of our eleven "
            "council clients. All six were supportive of route optimisation, provided that "
            "collection days for residents do not change. Four were positive about "
            "contamination detection, one wished to see the results of the pilot before "
            "expressing a view, and one raised concerns about how residents would perceive "
            "cameras on its vehicles. The councils asked that the monthly contamination "
            "summaries be broken down by ward and by material, and that they be able to "
            "approve the wording of any letter sent to residents in their area. Formal "
            "variations to the contracts are not expected to be required for Phase 1, but "
            "legal advice is being taken on whether they will be needed for Phase 2.",
            b,
        ),
        P("Appendix E: Glossary", h1),
        bullets(
            [
                "DMR: dry mixed recycling, the co-mingled recycling stream collected from "
                "households.",
                "MRF: materials recovery facility, where recycling is sorted for sale.",
                "Service credit: a deduction from the contract payment for a service failure.",
                "Round: the sequence of streets collected by one vehicle in one shift.",
                "Gate: a formal decision point at which funding for the next phase is "
                "released or withheld.",
            ],
            b,
        ),
    ]
    doc = SimpleDocTemplate(
        str(OUT / NAME),
        pagesize=A4,
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
        topMargin=2.2 * cm,
        bottomMargin=2.2 * cm,
        title="BP-27-014 Smarter Rounds full business case",
        author="Tidewell Environmental Services Ltd",
    )
    doc.build(s, onFirstPage=header_footer, onLaterPages=header_footer)


LABELS = {
    "document": NAME,
    "checks": {
        "outcomes": {"status": "present", "evidence": [OC1, OC2]},
        "metrics": {
            "status": "present",
            "evidence": [" ".join(r) for r in KPI] + [GATE],
        },
        "owners": {
            "status": "partial",
            "evidence": [OW1, OW2, OW3],
        },
        "governance": {"status": "present", "evidence": [GV1, GV2, GV3]},
        "execution_capacity": {"status": "partial", "evidence": [EX1, EX2]},
        "human_oversight": {"status": "present", "evidence": [HO1, HO2, HO3]},
        "roadmap": {"status": "present", "evidence": [" ".join(r) for r in RM[:2]] + [GATE]},
    },
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build()
    (OUT / (NAME + ".labels.json")).write_text(json.dumps(LABELS, indent=2) + "\n")


if __name__ == "__main__":
    main()

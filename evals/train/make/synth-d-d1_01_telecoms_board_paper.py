"""Generate a fictional mobile operator board paper (long PDF with running header) and labels."""

import json
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import mm
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

OUT = Path(__file__).resolve().parents[1] / "synth-d"
NAME = "corrach-mobile-board-paper-network-automation-phase2.pdf"

# (kind, payload): h1/h2 heading, p paragraph, ul bullet list, table rows, pb page break
CONTENT = [
    ("title", "Autonomous Network Operations: proposal to proceed to Phase 2"),
    (
        "p",
        "Paper B/27/03. Board of Directors, meeting of 14 January 2027. Presented by the Chief "
        "Technology Officer. For decision.",
    ),
    ("h1", "1. Purpose of this paper"),
    (
        "p",
        "This paper asks the Board to approve the second phase of the Autonomous Network "
        "Operations programme (the programme), to release the associated capital of "
        "GBP 18.6 million over two financial years, and to note the results of the Phase 1 "
        "trial carried out in the North West and Scotland radio regions between March and "
        "October 2026.",
    ),
    (
        "p",
        "The Board last considered the programme in June 2026 (paper B/26/19), when it "
        "approved Phase 1 on the condition that a full business case would return before any "
        "commitment to national deployment. This paper is that business case.",
    ),
    ("h1", "2. Recommendation"),
    ("p", "The Board is asked to:"),
    (
        "ul",
        [
            "approve Phase 2 of the programme as set out in section 7;",
            "approve capital expenditure of GBP 18.6 million across FY2027/28 and FY2028/29, within "
            "the existing network capital envelope;",
            "note the governance arrangements in section 8 and the principal risks in section 10;",
            "note that a further paper will be brought before any decision on Phase 3.",
        ],
    ),
    ("h1", "3. Background and market context"),
    (
        "p",
        "Corrach Mobile operates some 9,400 radio sites across the United Kingdom, of which "
        "roughly 2,100 are shared with another operator under the site-sharing agreement "
        "renewed in 2024. The network carries traffic for 6.2 million connections, including "
        "wholesale partners.",
    ),
    (
        "p",
        "Mobile data traffic across the UK industry continued to grow during 2026, with "
        "industry estimates putting the annual increase at around 24 percent. Our own traffic "
        "grew by 21 percent in the same period. Spectrum costs, energy prices and the "
        "continued retirement of the 3G layer all put pressure on network operating costs, "
        "which now stand at 31 percent of service revenue against 27 percent three years ago.",
    ),
    (
        "p",
        "Customers continue to rank network reliability as the most important reason to "
        "stay with a mobile provider. In our 2026 tracking survey, 46 percent of customers who "
        "left us cited coverage or dropped calls as a factor, and 12 percent cited price alone. "
        "Competitors have made public commitments on network automation; one of the three "
        "other national operators announced in September that it had moved most first-line "
        "fault handling to automated tools, although it has not published results.",
    ),
    (
        "p",
        "At present, fault handling in the radio access network is largely manual. When a "
        "site raises an alarm, the Network Operations Centre (NOC) in Warrington triages it, "
        "attempts a remote fix and, if that fails, raises a field visit through our "
        "maintenance partner. In 2025/26 we raised 61,300 field visits, of which our partner "
        "classified 38 percent as no fault found on arrival. Each visit costs on average "
        "GBP 212, including travel and access arrangements.",
    ),
    (
        "p",
        "The NOC handles around 190,000 alarms a month. Many are duplicates or symptoms of a "
        "single underlying fault, and engineers spend a large part of each shift "
        "correlating alarms by hand. Mean time to restore service for a radio site outage was "
        "4.1 hours in 2025/26.",
    ),
    (
        "p",
        "The NOC is staffed around the clock by four shift teams. Over the last three years "
        "the number of alarms per engineer per shift has risen by roughly a third, mainly "
        "because of the additional 5G layer and the larger number of shared sites, and "
        "overtime in the NOC reached its highest level on record in the winter of 2025/26, "
        "when storms in Scotland and the North East caused prolonged power failures at more "
        "than 600 sites over a period of nine days.",
    ),
    (
        "p",
        "Our maintenance partner has also raised the cost of access to sites on private "
        "land and rooftops, where visits must be booked in advance with the landowner. These "
        "sites now account for 27 percent of visits but 41 percent of visit costs. A visit "
        "that finds no fault at such a site is particularly expensive, and the partner's "
        "reports show that these sites are also more likely than average to be visited more "
        "than once for the same fault.",
    ),
    ("h1", "4. What the programme is for"),
    (
        "p",
        "The programme is not an end in itself, and it is not an IT replacement project. Its "
        "purpose is to make our network more reliable for customers and cheaper to run. "
        "Specifically, the programme is intended to deliver three results for the business.",
    ),
    (
        "ul",
        [
            "Fewer and shorter customer-affecting outages: restore radio sites faster and prevent "
            "a share of faults before customers notice them.",
            "Lower field maintenance cost: stop sending engineers to sites where there is no fault "
            "to fix, and fix more faults remotely.",
            "Lower network energy cost: put capacity layers to sleep when traffic allows, without "
            "harming the customer experience.",
        ],
    ),
    (
        "p",
        "These three results are reflected in the network objectives already agreed in the "
        "2026-2029 Corporate Plan, and the programme's benefits have been built into the "
        "network operating cost line of the plan from FY2028/29 onwards.",
    ),
    ("h1", "5. Results of Phase 1"),
    (
        "p",
        "Phase 1 ran for eight months in two of our six radio regions, covering 3,050 sites. "
        "Three capabilities were trialled: automated alarm correlation, a predictive model "
        "for hardware failures in the radio units, and energy-saving sleep modes on the "
        "capacity layer at night.",
    ),
    (
        "p",
        "Alarm correlation reduced the number of tickets presented to NOC engineers by 57 "
        "percent in the trial regions, with no increase in missed faults identified in the "
        "post-incident reviews. The predictive model identified 41 percent of radio unit "
        "failures at least 48 hours in advance, although with a false positive rate that "
        "would not yet be acceptable at national scale. Sleep modes saved 6.8 percent of "
        "energy consumption on participating sites with no measurable change in dropped "
        "call rates.",
    ),
    (
        "p",
        "Field visits classified as no fault found fell from 38 percent to 29 percent in the "
        "trial regions. Mean time to restore fell from 4.1 hours to 3.3 hours. Further detail "
        "is given in Appendix B.",
    ),
    ("h1", "6. Targets for Phase 2"),
    (
        "p",
        "The Phase 2 business case rests on the following targets, which will be measured "
        "nationally and reported against the 2025/26 baseline.",
    ),
    (
        "table",
        [
            ["Measure", "Baseline 2025/26", "Target", "By"],
            ["Mean time to restore, radio site", "4.1 hours", "2.5 hours", "March 2029"],
            ["No-fault-found field visits", "38%", "20%", "March 2029"],
            ["Network energy per TB carried", "100 (index)", "88 (index)", "March 2029"],
            ["Customer-minutes lost to outages", "100 (index)", "70 (index)", "March 2029"],
        ],
    ),
    (
        "p",
        "We will reduce mean time to restore for radio site outages from 4.1 hours to no more "
        "than 2.5 hours by March 2029, measured across all six regions.",
    ),
    (
        "p",
        "On the basis of these targets, the programme is expected to deliver annual savings "
        "of GBP 7.9 million from FY2029/30, made up of GBP 5.2 million in field maintenance "
        "and GBP 2.7 million in energy.",
    ),
    ("h1", "7. Phasing"),
    (
        "p",
        "The programme is structured in three phases, each of which requires a separate "
        "decision. Phase 2 proceeds region by region so that any problems are found in a "
        "limited part of the network.",
    ),
    (
        "ul",
        [
            "Phase 1 (March to October 2026, complete): trial of alarm correlation, failure "
            "prediction and sleep modes in the North West and Scotland regions.",
            "Phase 2a (April to September 2027): national roll-out of alarm correlation and sleep "
            "modes to the remaining four regions; failure prediction extended to the Midlands.",
            "Gate (October 2027): the programme proceeds to Phase 2b only if no-fault-found "
            "visits are below 30 percent nationally and no sleep-mode incident has affected "
            "customers.",
            "Phase 2b (October 2027 to September 2028): national roll-out of failure prediction "
            "and automated remote fixes for the five most common fault types.",
            "Phase 3 (from FY2028/29, subject to a further Board paper): closed-loop automation "
            "for selected fault types and integration with the field partner's scheduling.",
        ],
    ),
    ("h1", "8. Governance and risk management"),
    (
        "p",
        "Automated actions in a live national network carry real risk, and the programme will "
        "be governed accordingly.",
    ),
    (
        "p",
        "A Network Automation Design Authority will approve every new type of automated "
        "action before it is enabled in the live network, and meets fortnightly to review "
        "incidents, changes to models and the results of each regional roll-out.",
    ),
    (
        "p",
        "The Audit and Risk Committee will receive a report on the programme's risk register "
        "every quarter, including model performance, any customer-affecting incidents linked "
        "to automation and the status of the Phase 2a gate.",
    ),
    (
        "p",
        "The programme will also comply with our existing change management policy and the "
        "security requirements of the Telecommunications Security Code of Practice, which "
        "applies to all changes to network management systems.",
    ),
    ("h1", "9. Accountability and delivery arrangements"),
    (
        "p",
        "Delivery of the programme will be the collective responsibility of the Technology "
        "Executive Committee, working closely with colleagues in Finance and Customer "
        "Operations. A single accountable executive for Phase 2 will be confirmed once the "
        "vendor contract has been signed, expected in March 2027.",
    ),
    (
        "p",
        "Our engineers remain our greatest asset, and the success of the programme depends "
        "on their skills and experience. The tools are designed to support their judgement "
        "rather than replace it, and engineers will remain in control of the network at all "
        "times.",
    ),
    (
        "p",
        "The vendor selected in Phase 1 will continue to provide the correlation and "
        "prediction platform under a managed service, subject to the contract referred to "
        "above.",
    ),
    ("h1", "10. Principal risks"),
    (
        "table",
        [
            ["Risk", "Rating", "Mitigation"],
            [
                "Automated action causes outage",
                "High",
                "Design Authority approval; regional roll-out",
            ],
            ["Model accuracy falls at scale", "Medium", "Phase 2a gate; quarterly review"],
            ["Vendor dependency", "Medium", "Exit clauses; data held by Corrach"],
            ["Benefits not realised", "Medium", "Benefits tracked in quarterly report"],
            ["Industrial relations", "Low", "Early engagement with recognised unions"],
        ],
    ),
    (
        "p",
        "Risk ratings have been assessed using the corporate risk methodology. No risk is "
        "rated as outside appetite after mitigation.",
    ),
    ("h1", "11. Financial summary"),
    (
        "p",
        "The capital and operating costs of Phase 2, and the expected savings, are "
        "summarised below. All figures are in GBP million and exclude VAT.",
    ),
    (
        "table",
        [
            ["Item", "FY2027/28", "FY2028/29", "FY2029/30"],
            ["Platform licences (capital)", "4.2", "3.1", "-"],
            ["OSS interface licences (capital)", "5.6", "2.9", "-"],
            ["Additional site sensors (capital)", "1.7", "1.1", "-"],
            ["Managed service (operating)", "1.4", "2.0", "2.0"],
            ["Savings: field maintenance", "(0.8)", "(3.1)", "(5.2)"],
            ["Savings: energy", "(0.9)", "(1.8)", "(2.7)"],
        ],
    ),
    (
        "p",
        "The net present value over seven years, at the group discount rate of 8.5 percent, "
        "is GBP 14.3 million, and the discounted payback period is 4.6 years. A 20 percent "
        "shortfall in savings would extend payback to 5.8 years but would leave the net "
        "present value positive.",
    ),
    (
        "p",
        "Capital expenditure will be funded from the existing network capital envelope. The "
        "FY2027/28 envelope already includes a provision of GBP 10 million for network "
        "automation; the balance will be met by re-phasing the planned replacement of "
        "microwave backhaul equipment in Wales, which Network Planning has confirmed can "
        "move by twelve months without service impact.",
    ),
    ("h1", "12. Consultation"),
    (
        "p",
        "This paper has been reviewed by the Chief Financial Officer, the General Counsel and "
        "the Chief People Officer. The recognised trade unions were briefed on the Phase 1 "
        "results in November 2026 and will be consulted formally on any changes to working "
        "patterns in the NOC.",
    ),
    ("pb", None),
    ("h1", "Appendix A: Glossary"),
    (
        "table",
        [
            ["Term", "Meaning"],
            ["NOC", "Network Operations Centre, Warrington"],
            ["OSS", "Operations support systems"],
            ["MTTR", "Mean time to restore service"],
            ["NFF", "No fault found on a field visit"],
            ["Sleep mode", "Switching off a capacity layer at low traffic"],
            ["Closed loop", "An automated fix applied without an engineer"],
        ],
    ),
    ("h1", "Appendix B: Phase 1 results in detail"),
    (
        "p",
        "The Phase 1 trial was designed with the support of the Insight team, who agreed the "
        "measurement approach in advance. The two trial regions were compared with the "
        "Midlands and South West regions, which have a similar mix of urban and rural sites.",
    ),
    (
        "table",
        [
            ["Indicator", "Trial regions", "Comparison regions"],
            ["Tickets per 1,000 alarms", "187", "431"],
            ["MTTR, hours", "3.3", "4.0"],
            ["No-fault-found visits", "29%", "37%"],
            ["Energy saved on sleep-mode sites", "6.8%", "n/a"],
            ["Dropped call rate change", "+0.01 pts", "+0.02 pts"],
        ],
    ),
    (
        "p",
        "The failure prediction model was evaluated on 312 radio unit failures during the "
        "trial. It flagged 128 of them at least 48 hours before failure. It also produced 604 "
        "flags that were not followed by a failure within 30 days. The vendor expects the "
        "false positive rate to fall as the model is trained on national data, but this has "
        "not yet been demonstrated.",
    ),
    (
        "p",
        "Sleep modes were applied between 01:00 and 05:30 on 1,870 sites. Two incidents "
        "occurred in which a capacity layer failed to wake after a software fault; both were "
        "identified by the NOC within twenty minutes and affected fewer than 400 customers "
        "in total. The vendor has since corrected the fault.",
    ),
    (
        "p",
        "Staff in the NOC reported in the trial debrief that the correlated tickets were "
        "easier to work with, although several engineers asked for more explanation of why "
        "alarms had been grouped together. The Insight team's survey of 48 NOC staff found "
        "that 71 percent preferred the new ticket view.",
    ),
    ("h1", "Appendix C: Wider network context"),
    (
        "p",
        "The programme sits alongside other network investments already approved by the "
        "Board: the 3G switch-off, completed in the first half of 2026; the rural coverage "
        "obligations under the shared rural network arrangements; and the continuing "
        "densification of the 5G layer in twelve cities. None of these is dependent on the "
        "programme, although sleep modes are more effective on sites where the 5G layer has "
        "been added.",
    ),
    (
        "p",
        "The wholesale team has confirmed that our wholesale agreements do not restrict the "
        "use of automated fault handling, provided service levels continue to be met. The "
        "regulatory team does not expect the programme to require any notification to the "
        "regulator beyond the existing security reporting.",
    ),
    (
        "p",
        "Network Planning has assessed that around 1,100 sites in rural Scotland and Wales "
        "are not suitable for sleep modes because they provide the only coverage layer in "
        "their area. These have been excluded from the energy savings estimate.",
    ),
    (
        "p",
        "Across the European industry, operators report a wide range of results from network "
        "automation. Published case studies suggest energy savings of between 5 and 15 "
        "percent from sleep modes and reductions in field visits of between 10 and 30 "
        "percent, although the methods behind these figures vary and few have been "
        "independently verified.",
    ),
    ("h1", "Appendix D: Options considered"),
    ("p", "Three options were considered before the recommendation was reached."),
    (
        "ul",
        [
            "Option 1, do nothing: continue manual fault handling. Rejected because network "
            "operating costs would continue to rise faster than revenue and reliability would not "
            "improve.",
            "Option 2, national roll-out of all capabilities in a single phase: rejected because "
            "the failure prediction model has not yet reached acceptable accuracy and a single "
            "national change carries too much operational risk.",
            "Option 3, phased regional roll-out with a decision gate (recommended): captures most "
            "of the savings while limiting risk.",
        ],
    ),
    (
        "p",
        "A fourth option, building the correlation capability in-house, was reviewed and set "
        "aside in Phase 1 because of the time required; it may be revisited for Phase 3.",
    ),
    ("h1", "Appendix E: Benefits realisation approach"),
    (
        "p",
        "Benefits will be measured by the Finance Business Partnering team for Technology, "
        "using the same method as the Phase 1 trial. Savings in field maintenance are "
        "calculated from the number of visits raised, multiplied by the average cost per visit "
        "in the partner's monthly invoice, and compared with the 2025/26 baseline adjusted for "
        "the number of sites in service.",
    ),
    (
        "p",
        "Energy savings are calculated from metered consumption at sites with smart meters "
        "and from modelled consumption elsewhere. Around 62 percent of sites currently have "
        "smart meters; the remainder will be fitted under the existing metering programme by "
        "the end of FY2027/28, which will improve the accuracy of the figures.",
    ),
    (
        "p",
        "Savings will only be counted once they are reflected in invoices or metered data. "
        "Avoided cost, for example visits that would have been needed if traffic had grown "
        "faster, will be reported separately and will not be counted towards the business "
        "case.",
    ),
    (
        "p",
        "The customer-minutes measure combines the number of customers served by an affected "
        "site with the duration of the outage. It is already used in the network performance "
        "report to the Executive Committee and will be reported on the same basis, so that the "
        "effect of the programme can be seen alongside other changes in the network.",
    ),
    (
        "p",
        "It should be noted that several factors outside the programme will affect these "
        "measures, including weather, the performance of the maintenance partner and changes "
        "to the energy tariff. The quarterly report will therefore show the trial regions "
        "against comparison regions for as long as that remains possible during the phased "
        "roll-out.",
    ),
    ("h1", "Appendix F: Summary of the Phase 1 vendor evaluation"),
    (
        "p",
        "Four vendors responded to the request for proposal issued in January 2026. Two were "
        "the suppliers of our existing radio equipment, one was a specialist automation "
        "software company and one was a systems integrator proposing a solution assembled from "
        "open-source components.",
    ),
    (
        "table",
        [
            ["Criterion", "Weight", "Selected vendor score"],
            ["Functional fit", "35%", "4.2 of 5"],
            ["Integration with existing OSS", "20%", "3.8 of 5"],
            ["Security and resilience", "20%", "4.0 of 5"],
            ["Commercial terms", "15%", "3.5 of 5"],
            ["Exit and data portability", "10%", "4.4 of 5"],
        ],
    ),
    (
        "p",
        "The selected vendor scored highest overall and was the only respondent able to "
        "support both of our radio equipment suppliers from a single platform. Its pricing is "
        "based on the number of sites under management, with a reduction for volumes above "
        "6,000 sites, which the national roll-out would reach during Phase 2a.",
    ),
    (
        "p",
        "The systems integrator's proposal was the cheapest but relied on a combination of "
        "components that had not been used together at the scale of a national network. The "
        "evaluation panel considered the delivery risk too high for this stage of the "
        "programme.",
    ),
    (
        "p",
        "Procurement has confirmed that the contract for Phase 2 can be awarded as an "
        "extension of the Phase 1 agreement under the terms of the original competition. "
        "Legal review of the extended terms, including data protection and exit provisions, "
        "is under way.",
    ),
    ("h1", "Appendix G: Questions raised at the Technology Committee"),
    (
        "p",
        "The paper was discussed in draft at the Technology Committee on 9 December 2026. "
        "The main questions raised, and the responses, are summarised below.",
    ),
    (
        "ul",
        [
            "Whether the false positive rate of the failure prediction model would lead to more "
            "field visits rather than fewer. Response: the vendor expects accuracy to improve with "
            "national data, and the position will be reviewed at the October 2027 gate.",
            "Whether sleep modes could affect emergency call availability. Response: sleep modes "
            "apply only to the capacity layer, and the coverage layer that carries emergency calls "
            "is never switched off.",
            "Whether the savings depend on renegotiating the maintenance partner contract. "
            "Response: the contract is priced per visit, so fewer visits reduce cost directly.",
            "How the programme compares with the approach of other operators. Response: most "
            "operators have started with alarm correlation, as we have; fewer have attempted "
            "closed-loop automation, and the published evidence on it is limited.",
        ],
    ),
]

LABELS = {
    "outcomes": (
        "present",
        [
            "Fewer and shorter customer-affecting outages: restore radio sites faster and "
            "prevent a share of faults before customers notice them.",
            "Lower field maintenance cost: stop sending engineers to sites where there is no "
            "fault to fix, and fix more faults remotely.",
            "Lower network energy cost: put capacity layers to sleep when traffic allows, "
            "without harming the customer experience.",
        ],
    ),
    "metrics": (
        "present",
        [
            "We will reduce mean time to restore for radio site outages from 4.1 hours to no more "
            "than 2.5 hours by March 2029, measured across all six regions.",
            "Mean time to restore, radio site 4.1 hours 2.5 hours March 2029",
            "No-fault-found field visits 38% 20% March 2029",
        ],
    ),
    "owners": (
        "partial",
        [
            "Delivery of the programme will be the collective responsibility of the Technology "
            "Executive Committee, working closely with colleagues in Finance and Customer "
            "Operations.",
            "A single accountable executive for Phase 2 will be confirmed once the vendor "
            "contract has been signed, expected in March 2027.",
        ],
    ),
    "governance": (
        "present",
        [
            "A Network Automation Design Authority will approve every new type of automated "
            "action before it is enabled in the live network, and meets fortnightly to review "
            "incidents, changes to models and the results of each regional roll-out.",
            "The Audit and Risk Committee will receive a report on the programme's risk register "
            "every quarter, including model performance, any customer-affecting incidents linked "
            "to automation and the status of the Phase 2a gate.",
        ],
    ),
    "execution_capacity": (
        "partial",
        [
            "Our engineers remain our greatest asset, and the success of the programme depends "
            "on their skills and experience.",
        ],
    ),
    "human_oversight": (
        "partial",
        [
            "The tools are designed to support their judgement rather than replace it, and "
            "engineers will remain in control of the network at all times.",
        ],
    ),
    "roadmap": (
        "present",
        [
            "Phase 2a (April to September 2027): national roll-out of alarm correlation and "
            "sleep modes to the remaining four regions; failure prediction extended to the "
            "Midlands.",
            "Gate (October 2027): the programme proceeds to Phase 2b only if no-fault-found "
            "visits are below 30 percent nationally and no sleep-mode incident has affected "
            "customers.",
            "Phase 2b (October 2027 to September 2028): national roll-out of failure prediction "
            "and automated remote fixes for the five most common fault types.",
        ],
    ),
}


def on_page(canvas, doc):
    canvas.saveState()
    canvas.setFont("Helvetica", 8)
    canvas.setFillColor(colors.grey)
    canvas.drawString(
        20 * mm, A4[1] - 12 * mm, "Corrach Mobile Ltd | Board of Directors | 14 January 2027"
    )
    canvas.drawRightString(A4[0] - 20 * mm, A4[1] - 12 * mm, "CONFIDENTIAL")
    canvas.drawString(20 * mm, 10 * mm, "Paper B/27/03 Autonomous Network Operations")
    canvas.drawRightString(A4[0] - 20 * mm, 10 * mm, f"Page {doc.page}")
    canvas.restoreState()


def build():
    styles = getSampleStyleSheet()
    body = styles["BodyText"]
    story = []
    for kind, payload in CONTENT:
        if kind == "title":
            story.append(Paragraph(payload, styles["Title"]))
        elif kind == "h1":
            story.append(Spacer(1, 4))
            story.append(Paragraph(payload, styles["Heading2"]))
        elif kind == "p":
            story.append(Paragraph(payload, body))
        elif kind == "ul":
            items = [ListItem(Paragraph(t, body), leftIndent=12) for t in payload]
            story.append(ListFlowable(items, bulletType="bullet", start="-", leftIndent=12))
        elif kind == "table":
            t = Table(payload, hAlign="LEFT")
            t.setStyle(
                TableStyle(
                    [
                        ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                        ("FONTNAME", (0, 0), (-1, 0), "Helvetica-Bold"),
                        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#dde4ee")),
                    ]
                )
            )
            story.append(Spacer(1, 4))
            story.append(t)
            story.append(Spacer(1, 6))
        elif kind == "pb":
            story.append(PageBreak())
    doc = SimpleDocTemplate(
        str(OUT / NAME),
        pagesize=A4,
        topMargin=22 * mm,
        bottomMargin=20 * mm,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        title="Autonomous Network Operations: Phase 2",
        author="Corrach Mobile",
        invariant=1,
    )
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build()
    labels = {
        "document": NAME,
        "checks": {k: {"status": s, "evidence": e} for k, (s, e) in LABELS.items()},
    }
    (OUT / (NAME + ".labels.json")).write_text(json.dumps(labels, indent=2) + "\n")


if __name__ == "__main__":
    main()

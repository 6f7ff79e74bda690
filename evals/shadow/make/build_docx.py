"""Write the three DOCX documents of evals/shadow with python-docx."""

from pathlib import Path

from docx import Document

OUT = Path(__file__).resolve().parents[1]


def table(doc, header, rows):
    t = doc.add_table(rows=1, cols=len(header))
    t.style = "Table Grid"
    for cell, text in zip(t.rows[0].cells, header, strict=True):
        cell.text = text
    for row in rows:
        cells = t.add_row().cells
        for cell, text in zip(cells, row, strict=True):
            cell.text = text
    return t


def bullets(doc, items, style="List Bullet"):
    for item in items:
        doc.add_paragraph(item, style=style)


def fenmoor():
    d = Document()
    d.add_heading("Fenmoor Water: Network Leakage and Asset Intelligence Plan 2026–2029", 0)
    d.add_paragraph("Engineering plan · Networks Directorate · Issue 3 · April 2026")
    d.add_heading("1. Purpose", 1)
    d.add_paragraph(
        "This plan sets out how Fenmoor Water will use acoustic sensor data, pressure telemetry "
        "and machine-learning models to find leaks sooner and to target mains renewal where it "
        "prevents the most bursts. It replaces the 2023 'Smart Network' concept paper, which "
        "described the technology but never committed to results or to a delivery plan."
    )
    d.add_heading("Background", 1)
    d.add_paragraph(
        "Fenmoor's network was largely laid between 1950 and 1980, and about a third of it is "
        "cast iron or asbestos cement. Leakage fell steadily until 2019 and has been flat since, "
        "while the number of bursts rises in every cold snap. In the winter of 2024/25 a run of "
        "bursts in the East region left 38,000 properties without water for more than twelve "
        "hours, and the incident review found that two of the failed mains had shown pressure "
        "anomalies for several weeks beforehand."
    )
    d.add_paragraph(
        "Today leaks are found mainly by customers reporting them and by technicians walking "
        "mains at night with listening sticks. Renewal is planned from pipe age and material "
        "alone. Both approaches were reasonable when data was scarce; they are no longer good "
        "enough now that the network carries more than 9,000 pressure and flow sensors."
    )
    d.add_heading("Data sources", 1)
    bullets(
        d,
        [
            "Pressure and flow telemetry from district metered areas, at 15-minute intervals.",
            "Acoustic logger readings, nightly, from the loggers installed under this plan.",
            "The asset register (material, diameter, age, soil type) and the full history of "
            "repairs since 2008.",
            "Customer contacts about low pressure, discoloured water and visible leaks.",
            "Smart-meter consumption data where meters have been installed, aggregated to "
            "district level before use.",
        ],
        style="List Bullet",
    )
    d.add_heading("2. What we will achieve", 1)
    d.add_paragraph("By the end of the 2025–2030 regulatory period the plan must:")
    bullets(
        d,
        [
            "Reduce leakage so that we meet our regulatory performance commitment and stop paying "
            "outcome delivery penalties for missing it.",
            "Cut the number of customers who lose their water supply because a main has burst.",
            "Spend the mains renewal budget on the pipes most likely to fail, rather than on the "
            "oldest pipes.",
        ],
    )
    d.add_heading("3. Measures and targets", 1)
    d.add_paragraph(
        "Each measure below has a baseline from the 2025/26 annual performance report. "
        "Progress is reported monthly to the Networks leadership team."
    )
    table(
        d,
        ["Measure", "Baseline 2025/26", "Target", "Date"],
        [
            ["Leakage, three-year average (Ml/d)", "142", "118", "March 2029"],
            [
                "Supply interruptions over 3 hours (minutes per property)",
                "11.4",
                "6.0",
                "March 2028",
            ],
            [
                "Average time from leak alert to completed repair",
                "9.2 days",
                "4 days",
                "March 2028",
            ],
            ["Bursts per 1,000 km of main", "168", "140", "March 2029"],
        ],
    )
    d.add_paragraph(
        "For context: Fenmoor serves 1.9 million people through 14,600 km of mains, and the "
        "programme budget is £18.5m over four years, including 3,200 acoustic loggers."
    )
    d.add_heading("4. Accountability", 1)
    d.add_paragraph(
        "Delivering this plan is a shared effort across Networks, Customer Operations and "
        "Digital, and every team has a part to play. Accountability for each initiative is "
        "set out in the table below."
    )
    table(
        d,
        ["Initiative", "Responsible", "Accountable", "Consulted", "Informed"],
        [
            [
                "Acoustic leak detection roll-out",
                "Head of Leakage",
                "Asset Director (Gwen Tallis)",
                "Digital, Field Operations",
                "Board",
            ],
            [
                "Burst-risk model for mains renewal",
                "Network Planning Lead",
                "Asset Director (Gwen Tallis)",
                "Data Science",
                "Regulatory Affairs",
            ],
            [
                "Alert-to-repair workflow",
                "Field Operations Manager",
                "Director of Operations (Sam Kerr)",
                "Customer Operations",
                "Trade unions",
            ],
            [
                "Model assurance",
                "Data Science Lead",
                "Chief Digital Officer",
                "Risk, Internal Audit",
                "Audit Committee",
            ],
        ],
    )
    d.add_heading("5. Governance and assurance", 1)
    bullets(
        d,
        [
            "The Asset Investment Committee approves each stage gate in section 8 and can stop "
            "or re-scope the programme at any gate.",
            "A Model Assurance Group, chaired by the Chief Digital Officer, reviews every model "
            "before it is used to prioritise field work, and every quarter thereafter, checking "
            "accuracy against confirmed repairs, drift, and bias between rural and urban zones.",
            "Sensor and customer data is handled under the Data Use Policy (v3, 2025); a DPIA for "
            "the use of smart-meter data was completed in February 2026.",
            "Operational technology changes follow the OT security standard and are approved by "
            "the Engineering Change Advisory Board before loggers connect to the telemetry network.",
            "Internal Audit reviews the programme once a year and reports to the Audit Committee.",
        ],
    )
    d.add_heading("6. Delivery team", 1)
    bullets(
        d,
        [
            "A programme squad of nine: a product owner from Networks, three data scientists, two "
            "data engineers, a hydraulic modeller, an OT security engineer and a business analyst.",
            "Two leakage technicians in each region act as 'network translators', spending one "
            "day a week with the data team.",
            "Two of the data scientists and the OT security engineer will be recruited by "
            "September 2026; the other posts are filled internally.",
            "All 120 leakage technicians are trained on the new alert app before their region "
            "goes live.",
        ],
    )
    d.add_heading("7. How operational work changes", 1)
    bullets(
        d,
        [
            "No excavation is scheduled from a model alert alone: a leakage technician confirms "
            "each alert on site with a ground microphone before a repair job is raised.",
            "Technicians record the outcome of every alert (leak found, no leak, customer-side "
            "leak) in the app; the data team reviews false alarms every two weeks and the model is "
            "retrained each quarter on confirmed outcomes.",
            "Network planners may override the burst-risk ranking; every override needs a recorded "
            "reason, and overrides are reviewed monthly by the Model Assurance Group.",
            "Sensor data-quality checks run nightly, and loggers with gaps of more than 12 hours "
            "are flagged to the field team for a visit.",
        ],
    )
    d.add_heading("8. Plan and decision points", 1)
    d.add_paragraph(
        "Use cases were ranked by value and data readiness in the January 2026 maturity "
        "assessment. Acoustic leak detection ranked first; pressure transient analysis ranked "
        "fourth and stays out of scope until stage 3."
    )
    table(
        d,
        ["Stage", "When", "Scope", "Decision point"],
        [
            [
                "1. Pilot",
                "July 2026 – March 2027",
                "Acoustic loggers on 600 km of mains in two district metered area clusters",
                "Gate A: alert-to-repair under 6 days and at least 70% of alerts confirmed as leaks",
            ],
            [
                "2. Regional scale-up",
                "April 2027 – March 2028",
                "North and East regions; burst-risk model used for 2028/29 renewals",
                "Gate B: leakage down 10 Ml/d against baseline",
            ],
            [
                "3. Company-wide",
                "April 2028 – March 2029",
                "All regions; model-driven renewal programme",
                "Annual review by the Asset Investment Committee",
            ],
        ],
    )
    d.add_heading("Benefits case", 1)
    d.add_paragraph(
        "The benefits case, reviewed by Finance in March 2026, estimates avoided penalties of "
        "£6.1m over the regulatory period, £2.4m a year of avoided emergency repair costs once "
        "stage 3 is complete, and a deferral of about £9m of renewal spend by replacing fewer "
        "low-risk pipes. The estimates assume the targets in section 3 are met on time; "
        "a sensitivity analysis with half the leakage reduction still shows a positive return "
        "by 2030."
    )
    d.add_heading("Principal risks", 1)
    table(
        d,
        ["Risk", "Likelihood", "Impact", "Mitigation"],
        [
            [
                "Acoustic loggers generate too many false alarms for field teams to trust",
                "Medium",
                "High",
                "Site confirmation before excavation; fortnightly false-alarm review",
            ],
            [
                "Burst-risk model under-ranks rural mains with sparse repair history",
                "Medium",
                "Medium",
                "Bias check by zone at every Model Assurance Group review",
            ],
            [
                "Recruitment of data scientists slips",
                "Medium",
                "Medium",
                "Interim contractor budget held by the programme",
            ],
            [
                "Telemetry outages leave gaps in the data",
                "Low",
                "Medium",
                "Nightly data-quality checks and field visits to failing loggers",
            ],
        ],
    )
    d.add_heading("Interfaces with other programmes", 1)
    d.add_paragraph(
        "The plan depends on the Telemetry Renewal programme for network capacity in the North "
        "region and shares field crews with the Lead Pipe Replacement programme. Both programme "
        "managers attend the monthly Networks leadership meeting, where clashes over crews and "
        "outages are resolved."
    )
    d.add_heading("9. Assumptions", 1)
    bullets(
        d,
        [
            "Logger supply holds at the contracted price for the whole programme.",
            "Telemetry network capacity is upgraded in the North region by mid-2027.",
            "The regulator accepts the revised leakage measurement method.",
        ],
    )
    d.save(OUT / "fenmoor-water-leakage-asset-intelligence-plan-2026-2029.docx")


def ottoline():
    d = Document()
    d.add_heading("Ottoline & Vane: Demand Sensing and Assortment Planning", 0)
    d.add_paragraph("Business case · Draft for discussion · July 2026")
    d.add_heading("1. Summary", 1)
    d.add_paragraph(
        "Ottoline & Vane sells womenswear, menswear and accessories through 212 stores in the "
        "UK and Ireland and online, with revenue of £640m in FY2025/26. We buy most ranges nine "
        "months ahead, on the basis of last season's sales and our buyers' instinct. We end too "
        "many seasons with rails of unsold stock and spend too many weeks with core lines sold "
        "out. This paper proposes machine-learning demand forecasting at style, colour and week "
        "level, feeding our buying and allocation decisions."
    )
    d.add_heading("2. Expected benefits", 1)
    bullets(
        d,
        [
            "Fewer end-of-season markdowns, protecting gross margin.",
            "Fewer lost sales from stock-outs on our core, never-out-of-stock lines.",
            "Less unsold stock sent to outlet and textile recycling, in support of our circularity "
            "commitments.",
        ],
    )
    d.add_heading("3. Targets", 1)
    table(
        d,
        ["Measure", "Today (FY25/26)", "Target", "When"],
        [
            ["Markdown as a share of full-price sales", "31%", "24%", "End of AW27 season"],
            ["Forecast error, style-colour-week (WMAPE)", "52%", "below 35%", "SS28"],
            ["In-store availability of core lines", "88%", "at least 96%", "SS28"],
            ["Units sent to outlet or recycling", "1.9m", "down to 1.3m", "FY28/29"],
        ],
    )
    d.add_heading("4. Delivery team", 1)
    bullets(
        d,
        [
            "Hire two data scientists (one for forecasting, one for pricing) and a data engineer "
            "in Q1 2027.",
            "Second one senior merchandise planner to the project full-time for twelve months, to "
            "translate between the planning team and the data scientists.",
            "Retain an external retail analytics partner to build the first models in Stage 1 "
            "only, on a fixed fee of £210k.",
        ],
    )
    d.add_heading("5. Stage-gate plan", 1)
    d.add_paragraph(
        "Knitwear goes first because it has the cleanest three years of sales history and the "
        "largest markdown problem."
    )
    table(
        d,
        ["Stage", "Dates", "Scope", "Gate"],
        [
            [
                "Stage 1",
                "Sep 2026 – Feb 2027",
                "Womenswear knitwear, UK stores",
                "Go/no-go in March 2027: WMAPE under 40% on pilot categories and lower markdown than "
                "the control group",
            ],
            [
                "Stage 2",
                "AW27 season",
                "All womenswear, UK and Ireland",
                "Review after AW27 sell-through",
            ],
            ["Stage 3", "SS28 onwards", "All categories, all channels", "–"],
        ],
    )
    d.add_heading("6. Ways of working", 1)
    d.add_paragraph(
        "The forecasts are there to support our planners' judgement, and we expect ways of "
        "working in the planning team to evolve as people get used to the tool."
    )
    d.add_heading("7. Ownership", 1)
    d.add_paragraph(
        "No executive sponsor has been decided for this work yet, and at present nobody is "
        "accountable for delivering the benefits in section 3."
    )
    d.add_heading("8. Market and reputation", 1)
    d.add_paragraph(
        "Several fashion labels have attracted unwelcome press over AI-generated designs and "
        "imagery, and commentators expect the sector to face closer scrutiny of how it uses "
        "customer data. Consumer surveys suggest shoppers are sceptical of brands that "
        "'let the algorithm decide'."
    )
    d.add_heading("9. Investment", 1)
    d.add_paragraph(
        "£1.35m over three years, including the three new posts and the analytics partner's fee."
    )
    d.save(OUT / "ottoline-vane-demand-sensing-business-case.docx")


def ledgerline():
    d = Document()
    d.add_heading("Ledgerline Payroll Services: Control Standard CS-14", 0)
    d.add_paragraph("Automated anomaly detection in payroll runs")
    d.add_paragraph("Issued by Risk & Compliance · Version 1.0 · Approved 21 January 2026")
    d.add_heading("1. Purpose and scope", 1)
    d.add_paragraph(
        "This standard sets the controls for Sentinel, the machine-learning model that scores "
        "each payslip in a client payroll run for signs of error (for example duplicated "
        "overtime, tax code changes that do not match the notices received, or net pay far "
        "outside the employee's history) before the run is released for payment. It applies to "
        "all Ledgerline staff who configure, operate or change Sentinel, across the 1,140 client "
        "payrolls and roughly 310,000 payslips a month that Ledgerline processes."
    )
    d.add_heading("2. Roles and responsibilities", 1)
    d.add_paragraph(
        "Responsibilities are set out below. Each activity has exactly one accountable role."
    )
    table(
        d,
        ["Activity", "Responsible", "Accountable", "Consulted", "Informed"],
        [
            [
                "Approve a model release or threshold change",
                "Model Risk Analyst",
                "Head of Payroll Operations",
                "Information Security",
                "Audit Committee",
            ],
            [
                "Review flagged payslips in each run",
                "Payroll Specialist",
                "Payroll Team Leader",
                "Client Service Manager",
                "Client",
            ],
            [
                "Monitor model performance",
                "Data Analyst",
                "Head of Payroll Operations",
                "Model Risk Analyst",
                "Risk Committee",
            ],
            [
                "Maintain this standard",
                "Compliance Manager",
                "Chief Risk Officer",
                "Head of Payroll Operations",
                "Audit Committee",
            ],
        ],
    )
    d.add_heading("3. Governance", 1)
    bullets(
        d,
        [
            "The Audit Committee signs off this standard each year and receives a quarterly report "
            "on Sentinel's performance, incidents and overrides.",
            "No change to the model, its features or its alert thresholds is released without "
            "approval by the Change Advisory Board, after regression testing against the previous "
            "three payroll cycles of every affected client.",
            "A data protection impact assessment is kept up to date and is reviewed whenever a new "
            "data field is added to the model.",
        ],
    )
    d.add_heading("4. Operating controls", 1)
    bullets(
        d,
        [
            "Sentinel never blocks or alters a payment by itself. Every payslip it flags is held in "
            "an exceptions queue and released only after a payroll specialist has reviewed it and "
            "recorded a reason.",
            "Flags above the high-risk threshold need a second reviewer before release.",
            "In every run a team leader spot-checks 1 in 20 unflagged payslips, chosen at random, "
            "to catch errors the model missed; each miss is logged as a model incident.",
            "Where a client later queries a payslip, the outcome is recorded against the original "
            "flag, so that confirmed errors and false alarms feed the quarterly retraining set.",
        ],
        style="List Number",
    )
    d.add_heading("5. Monitoring", 1)
    d.add_paragraph(
        "The following indicators are reported monthly to the Risk Committee: the share of "
        "flagged payslips confirmed as errors, the number of errors found after payment that "
        "the model did not flag, and the proportion of runs released late because of review "
        "time. Acceptable ranges for these indicators will be set after the first year of "
        "operation."
    )
    d.add_heading("6. Scope and sequencing", 1)
    d.add_paragraph(
        "The standard applies first to UK weekly payrolls, then to UK monthly payrolls, and "
        "afterwards to clients in Ireland. The timing of each extension has not been fixed."
    )
    d.add_heading("7. Breaches", 1)
    d.add_paragraph(
        "Releasing a flagged payslip without a recorded review is a reportable breach under the "
        "Ledgerline Conduct Policy."
    )
    d.save(OUT / "ledgerline-payroll-anomaly-detection-control-standard.docx")


if __name__ == "__main__":
    fenmoor()
    ottoline()
    ledgerline()

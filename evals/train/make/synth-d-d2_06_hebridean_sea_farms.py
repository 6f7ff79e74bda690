"""synth-d-d2 06: Hebridean Sea Farms, technology roadmap for lice monitoring (PDF). Fictional."""

import json
import os

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.lib.units import cm
from reportlab.platypus import (
    ListFlowable,
    ListItem,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = os.path.join(os.path.dirname(__file__), "..", "synth-d")
NAME = "hebridean-sea-farms-lice-vision-roadmap-2027-2029.pdf"

ss = getSampleStyleSheet()
H1, H2, BODY = ss["Heading1"], ss["Heading2"], ss["BodyText"]

CONTENT = [
    ("title", "Camera-based sea lice and welfare monitoring: technology roadmap 2027-2029"),
    (
        "p",
        "Hebridean Sea Farms Ltd, Fish Health Department. Working paper FH-27-04, version 1.2, February 2027.",
    ),
    ("h1", "1. Introduction"),
    (
        "p",
        "Sea lice (Lepeophtheirus salmonis and Caligus elongatus) remain the principal health and welfare challenge for Atlantic salmon farming on the west coast of Scotland. Current practice at our 14 marine sites relies on weekly manual counts, in which staff crowd a pen, net a sample of fish, anaesthetise them and count attached lice by eye. The method is labour intensive, stressful for the fish and, at low lice levels, statistically weak: a sample of 10 to 20 fish per pen has wide confidence intervals around the regulatory trigger of 2 adult female lice per fish, and wider still around the 0.5 level that most retailer codes now expect.",
    ),
    (
        "p",
        "Several Norwegian producers have reported that underwater camera systems with image recognition can estimate lice levels continuously, and peer-reviewed work has associated earlier detection with fewer mechanical delousing events (Hansen et al., 2024; Morrison and Dahl, 2025). Those results come from different site conditions, mostly sheltered fjords with lower turbidity than our exposed Atlantic sites, and should not be read as predictions for Hebridean Sea Farms.",
    ),
    (
        "p",
        "This paper sets out the Department's roadmap for testing and introducing camera-based monitoring. The aim of the programme is to deploy camera-based lice counting on all 14 marine sites and to digitise the weekly welfare scoring, replacing paper forms.",
    ),
    ("h1", "2. Current position"),
    (
        "p",
        "In 2026 the company made 1,456 manual pen counts across the estate. Fish Health staff estimate that each count takes two people around 70 minutes, including crowding and recovery. Two sites (Loch Seaforth North and Bernera) trialled a supplier's camera in single pens during autumn 2026; the cameras produced usable images on 61% of daylight hours, with fouling of the lens the main cause of loss.",
    ),
    (
        "p",
        "The market for these systems is young. Three suppliers currently offer lice-counting cameras to the Scottish sector, and none has yet been validated against Marine Directorate inspection methods.",
    ),
    (
        "p",
        "Welfare scoring is at present recorded on paper forms at the pen side and transcribed into FishTalk by the site administrator at the end of each week. The forms cover fin condition, eye damage, snout and skin lesions and emaciation, scored 0 to 3 on the company's adaptation of the FISHWELL scheme. Transcription delays of up to nine days were found in an internal review in 2026, and around 4% of forms were incomplete.",
    ),
    ("h1", "3. Scope and assumptions"),
    (
        "p",
        "The roadmap covers the marine grow-out phase only. Freshwater hatcheries and the harvest station at Arnish are outside its scope. It assumes that the Marine Directorate will continue to accept manual counts as the basis of statutory reporting during the period, and that camera estimates will be used for farm management decisions alone until the regulator has considered the validation results. It further assumes that the existing fibre and 4G links at each site can carry the image volumes, which is yet to be confirmed for Scalpay and Loch Erisort.",
    ),
    ("h1", "4. Performance requirements"),
    (
        "p",
        "The system will only be extended beyond the pilot if it meets the following requirements, measured against paired manual counts on the same pens in the same week:",
    ),
    (
        "list",
        [
            "Mean absolute error of the camera estimate of adult female lice per fish below 0.05 against paired manual counts by the end of Phase 2 (December 2027).",
            "Camera uptime of at least 90% of daylight hours per pen, averaged over each calendar month, by the end of Phase 2.",
            "No more than 1 missed trigger event (manual count above 0.5 when the camera estimate was below 0.5) per site per quarter during Phase 3.",
        ],
    ),
    ("h1", "5. How the weekly routine changes"),
    (
        "p",
        "Under the current routine, every pen is counted by hand every week. Once a site enters Phase 3, the routine changes as follows.",
    ),
    (
        "list",
        [
            "Each Monday the site manager receives the system's list of pens whose estimated adult female lice level is above 0.4 and decides for each pen whether to confirm by a manual count, to schedule treatment or to wait a week; the decision and the reason are entered in FishTalk.",
            "Manual counts continue on two randomly chosen pens per site every week as a check on the cameras.",
            "Where the camera and manual counts for a pen differ by more than 0.1 lice per fish, the images for that week are sent to the supplier for re-labelling, and the corrected images are added to the training set for the next model release.",
            "No treatment decision is taken on the camera estimate alone; the fish health veterinarian signs off every treatment plan as at present.",
        ],
    ),
    ("h1", "6. Phases and decision points"),
    (
        "table",
        [
            ["Phase", "Period", "Scope", "Gate to next phase"],
            [
                "1. Pilot",
                "Mar-Jun 2027",
                "Cameras in 6 pens at Loch Seaforth North and Bernera",
                "Uptime above 80% and paired data for 12 weeks",
            ],
            [
                "2. Validation",
                "Jul-Dec 2027",
                "All pens at the two pilot sites; paired manual counts every week",
                "MAE below 0.05 and uptime 90%; Marine Directorate informed",
            ],
            [
                "3. Partial replacement",
                "Jan-Dec 2028",
                "Camera-led routine at pilot sites plus four further sites",
                "Missed-trigger requirement met for four quarters",
            ],
            [
                "4. Estate roll-out",
                "2029",
                "Remaining eight sites; paper welfare forms withdrawn",
                "-",
            ],
        ],
    ),
    (
        "p",
        "Phase 2 is scheduled to start in July 2027 only if the Phase 1 gate is met; otherwise the pilot is extended by one quarter and a second supplier is tested at Bernera.",
    ),
    ("h1", "7. Data and model management"),
    (
        "p",
        "Images are stored by the supplier in its UK data centre. Appropriate governance for the use of camera data and model outputs, including access by the supplier and retention periods, will follow once the supplier contract is concluded.",
    ),
    (
        "p",
        "The Department will keep a record of every model release and of the paired-count results for each release.",
    ),
    ("h1", "8. Costs"),
    (
        "p",
        "Indicative costs are GBP 38,000 per pen-camera unit over three years including service, and GBP 95,000 for data integration with FishTalk. The full cost case will be presented separately to the Operations Board.",
    ),
    ("h1", "References"),
    (
        "p",
        "Hansen, K. et al. (2024). Continuous lice monitoring and treatment frequency in Norwegian salmon farming. Aquaculture Reports 31.",
    ),
    (
        "p",
        "Morrison, J. and Dahl, E. (2025). Image-based estimation of sea lice abundance in exposed sites. Journal of Fish Diseases 48.",
    ),
    ("p", "Enquiries about this paper: Dr Ingrid Solberg, Fish Health Department, Stornoway."),
]

LABELS = {
    "outcomes": (
        "partial",
        [
            "The aim of the programme is to deploy camera-based lice counting on all 14 marine sites and to digitise the weekly welfare scoring, replacing paper forms.",
        ],
    ),
    "metrics": (
        "present",
        [
            "Mean absolute error of the camera estimate of adult female lice per fish below 0.05 against paired manual counts by the end of Phase 2 (December 2027).",
            "Camera uptime of at least 90% of daylight hours per pen, averaged over each calendar month, by the end of Phase 2.",
            "No more than 1 missed trigger event (manual count above 0.5 when the camera estimate was below 0.5) per site per quarter during Phase 3.",
        ],
    ),
    "owners": ("absent", []),
    "governance": (
        "partial",
        [
            "Appropriate governance for the use of camera data and model outputs, including access by the supplier and retention periods, will follow once the supplier contract is concluded.",
            "The Department will keep a record of every model release and of the paired-count results for each release.",
        ],
    ),
    "execution_capacity": ("absent", []),
    "human_oversight": (
        "present",
        [
            "Each Monday the site manager receives the system's list of pens whose estimated adult female lice level is above 0.4 and decides for each pen whether to confirm by a manual count, to schedule treatment or to wait a week; the decision and the reason are entered in FishTalk.",
            "Where the camera and manual counts for a pen differ by more than 0.1 lice per fish, the images for that week are sent to the supplier for re-labelling, and the corrected images are added to the training set for the next model release.",
            "No treatment decision is taken on the camera estimate alone; the fish health veterinarian signs off every treatment plan as at present.",
        ],
    ),
    "roadmap": (
        "present",
        [
            "1. Pilot Mar-Jun 2027 Cameras in 6 pens at Loch Seaforth North and Bernera Uptime above 80% and paired data for 12 weeks",
            "2. Validation Jul-Dec 2027 All pens at the two pilot sites; paired manual counts every week MAE below 0.05 and uptime 90%; Marine Directorate informed",
            "3. Partial replacement Jan-Dec 2028 Camera-led routine at pilot sites plus four further sites Missed-trigger requirement met for four quarters",
            "Phase 2 is scheduled to start in July 2027 only if the Phase 1 gate is met; otherwise the pilot is extended by one quarter and a second supplier is tested at Bernera.",
        ],
    ),
}


def build():
    cell = BODY.clone("cell", fontSize=9, leading=11)
    story = []
    for kind, val in CONTENT:
        if kind == "title":
            story += [Paragraph(val, ss["Title"]), Spacer(1, 0.3 * cm)]
        elif kind == "h1":
            story.append(Paragraph(val, H1))
        elif kind == "p":
            story.append(Paragraph(val, BODY))
        elif kind == "list":
            story.append(
                ListFlowable(
                    [ListItem(Paragraph(x, BODY)) for x in val], bulletType="bullet", start="-"
                )
            )
        elif kind == "table":
            data = [[Paragraph(c, cell) for c in row] for row in val]
            t = Table(data, colWidths=[3.2 * cm, 2.6 * cm, 5.4 * cm, 5.4 * cm], repeatRows=1)
            t.setStyle(
                TableStyle(
                    [
                        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                        ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ]
                )
            )
            story += [t, Spacer(1, 0.3 * cm)]
    doc = SimpleDocTemplate(
        os.path.join(OUT, NAME),
        pagesize=A4,
        title="Lice vision roadmap 2027-2029",
        author="Hebridean Sea Farms (fictional)",
        leftMargin=2.2 * cm,
        rightMargin=2.2 * cm,
    )
    doc.build(story)


def main():
    os.makedirs(OUT, exist_ok=True)
    build()
    checks = {k: {"status": s, "evidence": e} for k, (s, e) in LABELS.items()}
    with open(os.path.join(OUT, NAME + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump({"document": NAME, "checks": checks}, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()

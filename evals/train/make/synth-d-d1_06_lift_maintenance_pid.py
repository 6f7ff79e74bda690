"""Generate a fictional lift maintenance programme initiation deck (PPTX) and its labels."""

import json
from pathlib import Path

from pptx import Presentation
from pptx.util import Inches, Pt

OUT = Path(__file__).resolve().parents[1] / "synth-d"
NAME = "kestrel-lifts-pid-connected-lifts-programme.pptx"

SLIDES = [
    {
        "title": "Programme Initiation Document: Project Halyard (connected lifts)",
        "bullets": [
            "Kestrel Lift Services Ltd",
            "Version 0.9 for Executive Board approval, 3 May 2027",
            "Prepared by the Transformation Office",
        ],
        "notes": None,
    },
    {
        "title": "Background",
        "bullets": [
            "We maintain around 23,000 lifts and escalators for 1,900 customers across England "
            "and Wales",
            "Our largest contracts are with NHS trusts, local authorities and housing providers",
            "Most units are visited on a fixed schedule, whatever their condition",
            "Industry figures suggest door faults account for roughly a third of all callouts",
            "Two of our competitors now sell remote monitoring as standard on new contracts",
        ],
        "notes": "The background is for Board members who have joined since the strategy day.",
    },
    {
        "title": "The problem",
        "bullets": [
            "Customers judge us on entrapments and on lifts being out of service, not on "
            "scheduled visits",
            "Engineers arrive at a breakdown with little information about what has failed",
            "Repeat callouts to the same unit within a month are common on older equipment",
            "Our contracts pay the same whether a lift is reliable or not",
        ],
        "notes": None,
    },
    {
        "title": "Programme objectives",
        "bullets": [
            "O1: Reduce entrapments and repeat callouts on our NHS and housing contracts by "
            "catching faults before they strand passengers.",
            "O2: Lower the cost of reactive callouts per unit by sending the right engineer with "
            "the right part first time.",
            "O3: Win renewals by moving key accounts to availability-based contracts.",
        ],
        "notes": "We have deliberately not put numbers against these yet - see slide 11.",
    },
    {
        "title": "Scope",
        "bullets": [
            "In scope: remote monitoring devices on units under full maintenance contracts; a "
            "model that predicts likely faults; changes to how callouts are dispatched",
            "Out of scope: new installations, modernisation projects, escalators in rail "
            "stations (separate framework)",
        ],
        "notes": None,
    },
    {
        "title": "Workstreams",
        "bullets": [
            "Remote monitoring devices and connectivity",
            "Fault prediction model",
            "Dispatch and parts changes",
            "Availability-based contract offer",
            "Customer portal showing unit status",
        ],
        "notes": "Sequencing of the workstreams is still being worked through with the vendor.",
    },
    {
        "title": "Roles and responsibilities",
        "bullets": [],
        "table": [
            ["Role", "Name", "Accountable for"],
            ["Programme sponsor", "Graham Oduya, Chief Operating Officer", "Programme as a whole"],
            [
                "Head of Field Operations (North)",
                "Claire Ashdown",
                "O1: entrapments and repeat callouts",
            ],
            ["Commercial Director", "Tom Brannigan", "O3: availability-based contracts"],
            ["Head of Service Planning", "Naveed Rahim", "O2: cost of reactive callouts"],
        ],
        "notes": "Each objective has one accountable person, named here so there is no doubt "
        "who answers for it.",
    },
    {
        "title": "Resourcing and budget",
        "bullets": [
            "Programme manager (1.0 FTE) appointed from the Transformation Office",
            "Two data analysts seconded from Finance for 12 months",
            "Monitoring field lead (0.5 FTE), an experienced engineer released from the North "
            "region rota",
            "Recruit one integration developer on a fixed-term contract",
            "Total budget requested: GBP 1.35m, including devices for the first wave and "
            "3.5 FTE of internal staff",
        ],
        "notes": None,
    },
    {
        "title": "Stakeholders",
        "bullets": [
            "Customers on full maintenance contracts, in particular the four NHS trusts in the "
            "North region",
            "Field engineers and their union representatives",
            "Service Planning and the dispatch desk in Leeds",
            "Parts and logistics, who will see changes in van stock",
            "The device vendor and its connectivity partner",
        ],
        "notes": None,
    },
    {
        "title": "Lessons from the 2024 telematics trial",
        "bullets": [
            "Devices fitted to 140 lifts in Sheffield in 2024 produced data that nobody used",
            "Alerts went to a shared mailbox and were not acted on",
            "The trial ended when the SIM contract lapsed",
            "This time the work starts from the customer problem, not from the device",
        ],
        "notes": "Several Board members remember this trial. Worth acknowledging it openly.",
    },
    {
        "title": "Governance and risks",
        "bullets": [
            "Programme governance will follow the Transformation Office framework, to be "
            "confirmed at mobilisation",
            "Key risks: device connectivity in basements and lift shafts; customer consent for "
            "data; union concerns about monitoring of engineers",
            "Risk log to be maintained by the programme manager",
        ],
        "notes": None,
    },
    {
        "title": "What it means for our engineers",
        "bullets": [
            "The technology is there to assist our engineers, not to replace them",
            "People will stay in control of every safety decision",
            "We will involve engineers and their representatives as the changes take shape",
        ],
        "notes": "Expect questions from the regional managers on this one.",
    },
    {
        "title": "Assumptions, dependencies and next steps",
        "bullets": [
            "We have not yet set numerical targets for the programme; these depend on the "
            "device data",
            "Depends on the vendor's devices being certified for our older controller types",
            "Timeline to be confirmed once the vendor contract is signed",
            "Decision requested: approve the PID and the budget",
        ],
        "notes": None,
    },
]

LABELS = {
    "outcomes": (
        "present",
        [
            "O1: Reduce entrapments and repeat callouts on our NHS and housing contracts by "
            "catching faults before they strand passengers.",
            "O2: Lower the cost of reactive callouts per unit by sending the right engineer with "
            "the right part first time.",
            "O3: Win renewals by moving key accounts to availability-based contracts.",
        ],
    ),
    "metrics": ("absent", []),
    "owners": (
        "present",
        [
            "Head of Field Operations (North)\tClaire Ashdown\tO1: entrapments and repeat callouts",
            "Commercial Director\tTom Brannigan\tO3: availability-based contracts",
            "Head of Service Planning\tNaveed Rahim\tO2: cost of reactive callouts",
        ],
    ),
    "governance": (
        "partial",
        [
            "Programme governance will follow the Transformation Office framework, to be "
            "confirmed at mobilisation",
            "Risk log to be maintained by the programme manager",
        ],
    ),
    "execution_capacity": (
        "present",
        [
            "Programme manager (1.0 FTE) appointed from the Transformation Office",
            "Two data analysts seconded from Finance for 12 months",
            "Recruit one integration developer on a fixed-term contract",
            "Total budget requested: GBP 1.35m, including devices for the first wave and "
            "3.5 FTE of internal staff",
        ],
    ),
    "human_oversight": (
        "partial",
        [
            "The technology is there to assist our engineers, not to replace them",
            "People will stay in control of every safety decision",
        ],
    ),
    "roadmap": (
        "partial",
        [
            "Remote monitoring devices and connectivity",
            "Fault prediction model",
            "Dispatch and parts changes",
            "Timeline to be confirmed once the vendor contract is signed",
        ],
    ),
}


def build():
    prs = Presentation()
    for i, spec in enumerate(SLIDES):
        layout = prs.slide_layouts[0] if i == 0 else prs.slide_layouts[1]
        if spec.get("table"):
            layout = prs.slide_layouts[5]
        slide = prs.slides.add_slide(layout)
        slide.shapes.title.text = spec["title"]
        slide.shapes.title.text_frame.paragraphs[0].font.size = Pt(30)
        if spec.get("table"):
            rows = spec["table"]
            shape = slide.shapes.add_table(
                len(rows), len(rows[0]), Inches(0.4), Inches(1.7), Inches(9.2), Inches(3.2)
            )
            for r, row in enumerate(rows):
                for c, val in enumerate(row):
                    cell = shape.table.cell(r, c)
                    cell.text = val
                    for p in cell.text_frame.paragraphs:
                        for run in p.runs:
                            run.font.size = Pt(13)
        elif i == 0:
            slide.placeholders[1].text = "\n".join(spec["bullets"])
        else:
            tf = slide.placeholders[1].text_frame
            for j, text in enumerate(spec["bullets"]):
                p = tf.paragraphs[0] if j == 0 else tf.add_paragraph()
                p.text = text
                p.font.size = Pt(18)
        if spec.get("notes"):
            slide.notes_slide.notes_text_frame.text = spec["notes"]
    prs.core_properties.author = "Kestrel Lift Services Transformation Office"
    prs.save(str(OUT / NAME))


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

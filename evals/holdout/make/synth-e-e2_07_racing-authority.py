"""Fictional horse-racing regulator: internal policy memorandum on a betting-analysis tool.

PDF (reportlab), formal voice that reads as translated.
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
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "racing-supervision-authority-memorandum-betting-analysis-instrument.pdf"

OW1 = (
    "The Head of the Integrity Department is responsible for the correct use of the "
    "Instrument and answers for it to the Council of the Authority."
)
OW2 = (
    "The Data Protection Officer of the Authority is responsible for the register of accesses "
    "to the List and for its conservation."
)
GV1 = (
    "The Commission examines every modification of the model, of the data sources or of the "
    "thresholds of the Instrument before its entry into use, and it meets every two months."
)
GV2 = (
    "Every access to the List is registered, and the register is verified by the Data "
    "Protection Officer at the end of each trimester."
)
GV3 = (
    "A Commission for the Supervision of the Instrument is constituted, composed of the "
    "General Secretary, who presides it, the Head of the Integrity Department, the Head of the "
    "Veterinary Department and the Data Protection Officer."
)
HO1 = (
    "In no case may the indication of the Instrument constitute alone the basis of a measure "
    "towards a licensed person; the human judgement must always prevail over the machine."
)

SECTIONS = [
    (
        "1. Object",
        [
            "The present memorandum fixes the rules for the use, inside the Authority, of the "
            "instrument of automatic analysis of betting flows (hereafter 'the Instrument'), "
            "acquired in the year 2026 in the frame of the convention with the national "
            "totalisator operator. It replaces the provisional note of the General Secretariat "
            "of 9 September 2026, which is abrogated.",
            "The memorandum is addressed to all the personnel of the Authority and, for the "
            "parts which concern them, to the Stewards appointed for the race meetings.",
        ],
    ),
    (
        "2. Legal basis",
        [
            "The memorandum is adopted on the basis of article 14 of the Law on Horse Racing and "
            "Betting, which attributes to the Authority the supervision of the regularity of "
            "races and of the betting on them, and of the Regulation of the Authority on the "
            "treatment of personal data, in its version of 2025.",
            "The Authority recalls that the treatment of betting data which permit to identify a "
            "natural person is subject to the general rules on data protection. The present "
            "memorandum does not derogate from these rules.",
        ],
    ),
    (
        "3. Description of the Instrument",
        [
            "The Instrument receives every night the betting data of the totalisator and of the "
            "licensed bookmakers for the races of the previous day. It compares the movement of "
            "the odds and of the volumes with the movement which is expected for a race of the "
            "same type, distance and number of runners.",
            "For each race meeting the Instrument produces a list of the races in which the "
            "movement departs from the expected pattern (hereafter 'the List'). To each race of "
            "the List the Instrument attributes an index of anomaly between 0 and 100, together "
            "with a short description of the betting operations which contributed the most to "
            "the index.",
            "The Instrument was developed by an external supplier and trained on the betting "
            "data of the years 2019 to 2025. The supplier assures the maintenance of the "
            "Instrument under the convention mentioned at point 1.",
            "In the experience of the racing authority of a neighbouring country, which uses a "
            "similar instrument since 2022, about 3 percent of the races signalled have led to "
            "the opening of an inquiry. The Authority does not dispose yet of comparable data of "
            "its own.",
        ],
    ),
    (
        "4. Context",
        [
            "The Ministry of Agriculture, in its plan for the equine sector 2026-2030, has as "
            "objective the increase of the betting turnover on national races and the return of "
            "the public to the racecourses. The confidence of the bettors in the regularity of "
            "the races is a condition for this, as the Ministry itself underlines.",
            "In the last years, several racing jurisdictions in Europe have known cases of "
            "irregular betting linked to the transmission of internal information about the "
            "condition of horses. The Authority itself has treated four such cases since 2021, "
            "all of them discovered by signalling from the betting operators and not by the "
            "Authority.",
        ],
    ),
]


def build():
    ss = getSampleStyleSheet()
    body = ss["BodyText"]
    body.fontSize = 10.5
    body.leading = 14
    h1 = ss["Title"]
    h2 = ss["Heading2"]
    story = [
        Paragraph("Racing Supervision Authority", ss["Heading3"]),
        Paragraph("General Secretariat", body),
        Spacer(1, 6),
        Paragraph(
            "Memorandum No. 4/2027 on the rules of use of the instrument of automatic "
            "analysis of betting flows",
            h1,
        ),
        Paragraph(
            "Adopted by the Council of the Authority in its session of 21 January 2027", body
        ),
        Spacer(1, 10),
    ]
    for title, paras in SECTIONS:
        story.append(Paragraph(title, h2))
        story += [Paragraph(p, body) for p in paras]

    story.append(Paragraph("5. Responsibilities", h2))
    story.append(Paragraph(OW1, body))
    story.append(Paragraph(OW2, body))
    story.append(
        Paragraph(
            "The introduction of the Instrument does not foresee any additional personnel "
            "nor any specific formation, the Instrument being of simple use.",
            body,
        )
    )

    story.append(Paragraph("6. Commission for the Supervision of the Instrument", h2))
    story.append(Paragraph(GV3, body))
    story.append(Paragraph(GV1, body))
    story.append(Paragraph("The Commission has in particular the following tasks:", body))
    tasks = [
        "to approve the thresholds of the index of anomaly above which a race is inserted in "
        "the List;",
        "to examine the reports of the supplier on the functioning of the Instrument;",
        "to give its opinion to the Council on any extension of the use of the Instrument to "
        "other data or to other purposes.",
    ]
    story.append(
        ListFlowable(
            [ListItem(Paragraph(t, body), leftIndent=12) for t in tasks],
            bulletType="bullet",
            start="-",
        )
    )
    story.append(Paragraph("7. Access to the List and conservation of data", h2))
    story.append(
        Paragraph(
            "Access to the List is reserved to the personnel of the Integrity Department "
            "designated by name by the Head of the Department.",
            body,
        )
    )
    story.append(Paragraph(GV2, body))
    story.append(
        Paragraph("The data are conserved for the periods indicated in the table below.", body)
    )
    rows = [
        ["Category of data", "Source", "Period of conservation"],
        ["Betting data of the totalisator", "National totalisator operator", "13 months"],
        ["Betting data of bookmakers", "Licensed bookmakers", "13 months"],
        ["List and index of anomaly", "The Instrument", "5 years"],
        ["Register of accesses to the List", "Integrity Department", "5 years"],
    ]
    t = Table(rows, colWidths=[6 * cm, 5.5 * cm, 4.5 * cm])
    t.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                ("BACKGROUND", (0, 0), (-1, 0), colors.lightgrey),
                ("FONTSIZE", (0, 0), (-1, -1), 9.5),
            ]
        )
    )
    story += [Spacer(1, 4), t, Spacer(1, 6)]

    story.append(Paragraph("8. Use of the List", h2))
    story.append(
        Paragraph(
            "The List is an instrument of orientation. It does not establish any fact and it "
            "may not be communicated to licensed persons or to the public.",
            body,
        )
    )
    story.append(Paragraph(HO1, body))
    story.append(
        Paragraph(
            "The rules of procedure for inquiries remain those of the Rules of Racing; the "
            "present memorandum does not modify them.",
            body,
        )
    )
    story.append(Paragraph("9. Final dispositions", h2))
    story.append(
        Paragraph(
            "The present memorandum enters into force on the day following its adoption. It "
            "is published in the internal bulletin of the Authority.",
            body,
        )
    )
    story.append(Spacer(1, 12))
    story.append(Paragraph("For the Council, the General Secretary", body))
    doc = SimpleDocTemplate(
        str(OUT / NAME),
        pagesize=A4,
        leftMargin=2.5 * cm,
        rightMargin=2.5 * cm,
        topMargin=2.5 * cm,
        bottomMargin=2.5 * cm,
        title="Memorandum No. 4/2027",
        author="Racing Supervision Authority",
    )
    doc.build(story)


LABELS = {
    "document": NAME,
    "checks": {
        "outcomes": {"status": "absent", "evidence": []},
        "metrics": {"status": "absent", "evidence": []},
        "owners": {"status": "present", "evidence": [OW1, OW2]},
        "governance": {"status": "present", "evidence": [GV3, GV1, GV2]},
        "execution_capacity": {"status": "absent", "evidence": []},
        "human_oversight": {"status": "partial", "evidence": [HO1]},
        "roadmap": {"status": "absent", "evidence": []},
    },
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    build()
    (OUT / (NAME + ".labels.json")).write_text(json.dumps(LABELS, indent=2) + "\n")


if __name__ == "__main__":
    main()

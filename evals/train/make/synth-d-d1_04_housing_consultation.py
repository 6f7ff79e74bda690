"""Generate a fictional housing association consultation response (DOCX) and its labels."""

import json
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parents[1] / "synth-d"
NAME = "saltmarsh-housing-consultation-response-damp-data.docx"

# (kind, payload): title, h1, h2, p, ul, ol, table
CONTENT = [
    ("title", "Using data to prevent damp and mould in social homes"),
    (
        "p",
        "Response from Saltmarsh Housing Association to the Department's consultation, "
        "submitted on 28 February 2027",
    ),
    ("h1", "About Saltmarsh Housing Association"),
    (
        "p",
        "Saltmarsh Housing Association is a registered provider of social housing with around "
        "14,800 homes across the coastal districts of Lincolnshire and north Norfolk. Just over "
        "half of our homes were built before 1970, and a significant proportion are of "
        "non-traditional construction. Our tenants include a higher than average share of "
        "older people and of households on low incomes, many of whom live in homes that are "
        "exposed to the wind and damp of the coast.",
    ),
    (
        "p",
        "We welcome the opportunity to respond to this consultation. Our response draws on "
        "the experience of our pilot use of a predictive risk model in our older stock since "
        "2025, on the views of our Tenant Scrutiny Panel, and on discussions with other "
        "providers in the region.",
    ),
    ("h1", "Summary of our response"),
    (
        "ul",
        [
            "We support the Department's view that landlords should make better use of the data "
            "they already hold to find homes at risk of damp and mould.",
            "Our ambition is to become a genuinely data-led landlord and a leader in the sector on "
            "preventing damp and mould.",
            "We will extend the use of the risk model and of environmental sensors across more of "
            "our stock, and we will share what we learn with other providers.",
            "We believe that predictive tools must support, and never replace, the professional "
            "judgement of housing staff and the knowledge tenants have of their own homes.",
            "We would urge the Department not to prescribe a single model or data standard at this "
            "stage.",
        ],
    ),
    ("h1", "Responses to the consultation questions"),
    (
        "h2",
        "Question 1: Do you agree that landlords should use predictive tools to identify "
        "homes at risk?",
    ),
    (
        "p",
        "Yes, with qualifications. Our pilot has shown that a model drawing on repairs "
        "history, property age and construction type, and contact from tenants can identify "
        "homes that would not otherwise have come to our attention. However, the quality of "
        "the underlying data varies greatly between landlords, and a model is only as good as "
        "the records it is built on.",
    ),
    ("h2", "Question 2: How should landlords act on the output of such tools?"),
    (
        "p",
        "In our view this is the most important question in the consultation. In our own "
        "approach the model does not decide anything. It produces a list; people decide what "
        "to do with it.",
    ),
    (
        "p",
        "Each Monday the housing officer for each patch receives the list of homes the model "
        "places at highest risk in that patch, and decides for each home whether to arrange a "
        "survey, contact the tenant or take no action, recording the reason in the housing "
        "management system.",
    ),
    (
        "p",
        "No repair order is raised and no tenant is contacted about the condition of their "
        "home on the strength of the model score alone.",
    ),
    (
        "p",
        "The findings of every survey triggered by the model, including those where no damp "
        "was found, are recorded in a standard form and used to recalibrate the model every "
        "six months.",
    ),
    (
        "p",
        "We would encourage the Department to make this kind of arrangement an expectation "
        "in the guidance, rather than leaving it to each landlord.",
    ),
    ("h2", "Question 3: What governance should landlords have in place?"),
    (
        "p",
        "We agree that landlords should have clear governance over the use of predictive "
        "tools, particularly where they draw on personal data about tenants.",
    ),
    (
        "p",
        "Our Data Ethics Panel, chaired by an independent board member and including two "
        "tenant members, reviews every new use of a predictive tool before it is applied to "
        "tenant data, and meets quarterly to review how existing tools are performing.",
    ),
    (
        "p",
        "A data protection impact assessment is completed and signed off by our Data "
        "Protection Officer before any new data source, including sensor data from homes, is "
        "added to the model.",
    ),
    ("p", "The Board's Audit and Risk Committee receives an annual report from the Panel."),
    ("h2", "Question 4: Who should be accountable?"),
    (
        "p",
        "We believe accountability should rest with a named senior officer rather than with a "
        "committee. At Saltmarsh, responsibilities are as follows.",
    ),
    (
        "table",
        [
            ["Responsibility", "Held by"],
            [
                "Accountable for the damp and mould prevention programme, including the risk model",
                "Director of Asset Management",
            ],
            [
                "Accountable for the lawful use of tenant data in the model",
                "Data Protection Officer",
            ],
            [
                "Accountable for tenant communication about sensors and surveys",
                "Head of Tenant Engagement",
            ],
        ],
    ),
    ("p", "The Director of Asset Management reports on the programme to the Board twice a year."),
    ("h2", "Question 5: Should the use of in-home sensors be encouraged?"),
    (
        "p",
        "Sensors can be useful where tenants agree to them, but they raise real questions of "
        "consent and privacy. Tenants on our Scrutiny Panel were clear that they want to know "
        "what is being measured, who can see it, and that they can ask for a sensor to be "
        "removed. We would not support any requirement to install sensors without the "
        "tenant's agreement.",
    ),
    ("h2", "Question 6: What further work is needed?"),
    (
        "p",
        "We intend to build on the pilot in stages. A first stage will cover the rest of our "
        "pre-1970 stock, to be followed by our non-traditional homes and, in time, by newer "
        "flats where condensation is a growing issue.",
    ),
    (
        "p",
        "We are also considering whether the approach could help with other hazards, such as "
        "excess cold, and whether it could be shared with neighbouring providers.",
    ),
    ("h2", "Question 7: Do landlords have the skills and capacity to use these tools?"),
    (
        "p",
        "We have not yet assessed our own position on this question and so do not offer a "
        "view. We note that the sector as a whole has found it difficult to recruit surveyors "
        "and data specialists in recent years.",
    ),
    ("h2", "Question 8: Any other comments"),
    (
        "p",
        "Other landlords have told us about tools bought from suppliers that could not "
        "explain how their scores were reached. We would encourage the Department to expect "
        "that any model used by a landlord can be explained to tenants in plain language.",
    ),
    (
        "p",
        "Finally, we would welcome the chance to discuss our experience with officials, and "
        "to host a visit to one of our neighbourhoods.",
    ),
    ("h1", "Contact"),
    (
        "p",
        "For queries about this response, please contact Helen Marsh, Policy and Public "
        "Affairs Officer, at the address below.",
    ),
    ("p", "Saltmarsh Housing Association, Quayside House, Boston, Lincolnshire."),
]

LABELS = {
    "outcomes": (
        "partial",
        [
            "Our ambition is to become a genuinely data-led landlord and a leader in the sector on "
            "preventing damp and mould.",
            "We will extend the use of the risk model and of environmental sensors across more of "
            "our stock, and we will share what we learn with other providers.",
        ],
    ),
    "metrics": ("absent", []),
    "owners": (
        "present",
        [
            "Accountable for the damp and mould prevention programme, including the risk "
            "model\tDirector of Asset Management",
            "The Director of Asset Management reports on the programme to the Board twice a year.",
            "Accountable for the lawful use of tenant data in the model\tData Protection Officer",
        ],
    ),
    "governance": (
        "present",
        [
            "Our Data Ethics Panel, chaired by an independent board member and including two "
            "tenant members, reviews every new use of a predictive tool before it is applied to "
            "tenant data, and meets quarterly to review how existing tools are performing.",
            "A data protection impact assessment is completed and signed off by our Data "
            "Protection Officer before any new data source, including sensor data from homes, is "
            "added to the model.",
        ],
    ),
    "execution_capacity": ("absent", []),
    "human_oversight": (
        "present",
        [
            "Each Monday the housing officer for each patch receives the list of homes the model "
            "places at highest risk in that patch, and decides for each home whether to arrange a "
            "survey, contact the tenant or take no action, recording the reason in the housing "
            "management system.",
            "No repair order is raised and no tenant is contacted about the condition of their "
            "home on the strength of the model score alone.",
            "The findings of every survey triggered by the model, including those where no damp "
            "was found, are recorded in a standard form and used to recalibrate the model every "
            "six months.",
        ],
    ),
    "roadmap": (
        "partial",
        [
            "A first stage will cover the rest of our pre-1970 stock, to be followed by our "
            "non-traditional homes and, in time, by newer flats where condensation is a growing "
            "issue.",
        ],
    ),
}


def build():
    d = docx.Document()
    d.styles["Normal"].font.name = "Arial"
    d.styles["Normal"].font.size = Pt(11)
    for kind, payload in CONTENT:
        if kind == "title":
            d.add_heading(payload, level=0)
        elif kind == "h1":
            d.add_heading(payload, level=1)
        elif kind == "h2":
            d.add_heading(payload, level=2)
        elif kind == "p":
            d.add_paragraph(payload)
        elif kind == "ul":
            for item in payload:
                d.add_paragraph(item, style="List Bullet")
        elif kind == "table":
            t = d.add_table(rows=0, cols=len(payload[0]))
            t.style = "Table Grid"
            for row in payload:
                cells = t.add_row().cells
                for c, val in enumerate(row):
                    cells[c].text = val
    d.core_properties.author = "Saltmarsh Housing Association"
    d.core_properties.title = "Consultation response: using data to prevent damp and mould"
    d.save(str(OUT / NAME))


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

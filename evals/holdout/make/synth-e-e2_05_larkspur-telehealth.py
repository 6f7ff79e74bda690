"""Fictional telehealth start-up: clinical ops team wiki OKR page (Markdown, terse)."""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "larkspur-health-clinops-wiki-q2-2027-okrs.md"

O1 = "O1: Cut the wait from booking to first consult for new urgent-care patients."
O2 = "O2: Fewer patients bouncing back within 72h for the same complaint."
KR11 = (
    "| KR1.1 | Median booking-to-consult, urgent care | 41 min (Mar 2027) | 25 min | Jun 30, 2027 |"
)
KR21 = (
    "| KR2.1 | 72h re-contact rate, UTI + sinusitis pathways | 9.8% (Q1 2027) | 7% | Jun 30, 2027 |"
)
HO1 = (
    "- Every AI-drafted visit summary gets read and signed by the treating clinician "
    "before it lands in the patient's app. Unsigned = not sent. No exceptions."
)
HO2 = (
    "- Fridays: we pull the ten summaries with the most clinician edits and rewrite "
    "the drafting template from what got changed."
)
EX1 = "- We're stretched. Intake needs more hands; hiring is a conversation for later."

TEXT = f"""# ClinOps / OKRs / Q2 2027

_Team wiki page. Last edited Apr 3 by Tomasz (ops coordinator) - formatting only._

> tl;dr two objectives this quarter. both are about patients, not about us.

## Objectives

{O1}

{O2}

## Key results

| KR | What | Baseline | Target | By |
|----|------|----------|--------|----|
{KR11}
| KR1.2 | Share of urgent bookings auto-triaged to the right queue | 78% (Mar 2027) \
| 90% | Jun 30, 2027 |
{KR21}

Context on KR2.1: re-contacts are the number that hurts. Patient comes back, we pay
twice, they trust us less. Q1 survey said 64% of re-contacts "didn't understand the
plan" - that's why the summaries matter.

## How the summaries work now

- Intake chat (the AI thing) drafts a visit summary + care plan from the consult notes.
{HO1}
{HO2}
- Patients can tap "this doesn't make sense" on any summary. Those go straight to the
  nurse queue, same day.

## Team

{EX1}
- Questions about this page -> #clinops-okrs (Tomasz answers, he just keeps the page tidy).

## Notes / random

- Pathway list lives in Notion, not here.
- Other players in the space got burned by regulators last year over chatbot advice.
  Worth reading the post-mortems if you have time.
- Emoji reactions on the Slack thread count as "I read this".
"""

LABELS = {
    "document": NAME,
    "checks": {
        "outcomes": {"status": "present", "evidence": [O1, O2]},
        "metrics": {"status": "present", "evidence": [KR11.strip("| "), KR21.strip("| ")]},
        "owners": {"status": "absent", "evidence": []},
        "governance": {"status": "absent", "evidence": []},
        "execution_capacity": {"status": "partial", "evidence": [EX1[2:]]},
        "human_oversight": {"status": "present", "evidence": [HO1[2:], HO2[2:]]},
        "roadmap": {"status": "absent", "evidence": []},
    },
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / NAME).write_text(TEXT)
    (OUT / (NAME + ".labels.json")).write_text(json.dumps(LABELS, indent=2) + "\n")


if __name__ == "__main__":
    main()

"""synth-c 07: Harbourside Dental Group, clinical policy memo on AI radiograph software (DOCX)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "synth_c_lib", Path(__file__).with_name("synth-c_lib.py")
)
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

NAME = "harbourside-dental-ai-radiograph-analysis-policy.docx"
STATUSES = "-~PP~P-"

SRC = """
# Clinical Policy CP-22: Use of AI-Assisted Radiograph Analysis

Harbourside Dental Group Pty Ltd. Policy memo to all clinics in New South Wales and Queensland.

Policy owner: Clinical Director. Approved by the Clinical Governance Committee on 3 June 2026.
Effective from 1 July 2026. Next review due June 2027.

## 1. Why this memo

Over the past year a number of our clinics have started using AI-assisted radiograph analysis,
which highlights possible caries, periapical lesions, calculus and bone-level changes on bitewing
and periapical images. Some clinics have used the version bundled with their imaging software and
others have trialled stand-alone products. Practice has varied and, in two cases reported through
our incident system, findings suggested by the software were recorded in the notes without the
dentist having examined the image themselves.

This memo sets out the single policy that now applies across the group. It replaces the interim
guidance issued by the Queensland regional office in November 2025.

## 2. Scope

This policy applies to every dentist, oral health therapist, hygienist, dental assistant and
practice manager working in a Harbourside clinic, including locums and contractors. It covers the
use of any software that analyses radiographs or intra-oral photographs and suggests findings.

It does not cover software used only for image storage, viewing, measurement or enhancement, or
the practice management system.

## 3. Approved software

Only the radiograph analysis module approved by the Clinical Governance Committee may be used on
patient images. At the date of this memo that is version 4.2 of the module supplied with our
group imaging platform. Stand-alone or web-based tools, including free trials, must not be used
with patient images.

## 4. How the software must be used in the surgery

The software marks possible findings as coloured overlays on the image. It does not diagnose, and
it must not be treated as a second opinion from another clinician.

1. [[H:The treating clinician reads every radiograph unaided first, and only then switches on the
   overlay.]]
2. [[H:For each finding suggested by the software, the clinician records in the clinical notes
   whether they agree, disagree or are uncertain, using the pick-list in the notes template.]]
3. [[H:No treatment may be planned or quoted on the basis of a finding that the treating clinician
   has not personally confirmed on the image and, where relevant, clinically.]]
4. If the clinician disagrees with a finding, they press the flag button in the viewer so that the
   case is captured for review.
5. Overlays must not be shown to patients as evidence for a recommended treatment. Clinicians
   may show patients the radiograph itself.

[[H:Flagged cases are reviewed each month by the Regional Clinical Lead, who reports recurring
patterns of disagreement to the Clinical Governance Committee and, through it, to the vendor.]]

## 5. Responsibilities

| Role | Responsibility under this policy |
{W}| Clinical Director (Dr Anika Rao) | Accountable for this policy and for the clinical safety of
  AI-assisted radiograph analysis across the group |
| Clinical Governance Committee | Approves software and versions; reviews incidents and monthly
  flag reports |
| Regional Clinical Lead | Reviews flagged cases monthly; supports clinicians in their region |
| Practice Manager | Makes sure only the approved module is installed; keeps the clinic's
  training record |
| Treating clinician | Follows section 4 for every patient |

## 6. Oversight and approval

- [[G:The Clinical Governance Committee meets quarterly and must approve any new product, any new
  version of the approved module and any new type of image before it is used on patients.]]
- [[G:Each quarterly meeting reviews incidents involving the software, the flag reports from each
  region and any complaint in which AI findings are mentioned.]]
- [[G:Patient images may only be processed by the software within the group's Australian-hosted
  imaging platform; no images are sent to the vendor for training without a separate, approved
  data agreement.]]
- Any incident in which an AI finding contributed to a treatment decision that was later
  questioned must be reported through the clinical incident system within 48 hours.

## 7. Monitoring

[[M:The Committee will monitor the rate at which clinicians disagree with the software's
findings, the number of flagged cases and patient complaints that mention AI, broken down by
clinic.]] These figures will be reported at each quarterly meeting. The group has not set target
levels for these figures at this stage.

## 8. Training and support

[[E:Clinicians will be supported to build their confidence with the software, and a training
approach will be developed with the vendor during the year.]] In the meantime, the vendor's
user guide is available on the intranet and Regional Clinical Leads can answer questions.

## 9. Patient information

Patients are told, through the new patient information leaflet and the clinic waiting-room
notice, that software may be used to help clinicians review radiographs and that all findings are
checked by their clinician. A patient who does not want the software used on their images can say
so, and the clinician will record this in the notes; the overlay must then stay switched off for
that patient.

## 10. Related documents

- CP-04 Radiation safety and radiograph prescribing
- CP-11 Clinical record keeping
- IG-03 Privacy and health information handling
- Incident reporting procedure (clinical)

Questions about this memo can be sent to the clinical governance inbox. Clinic teams are asked to
discuss the memo at their next team meeting and to confirm to their Practice Manager that every
clinician has read it.
"""

if __name__ == "__main__":
    ev = {}
    blocks = lib.parse(SRC, ev)
    lib.OUT.mkdir(parents=True, exist_ok=True)
    lib.build_docx(NAME, blocks)
    lib.write_labels(NAME, STATUSES, ev)

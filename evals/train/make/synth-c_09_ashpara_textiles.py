"""synth-c 09: Ashpara Textile Mills, funding application for automated fabric inspection (DOCX)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "synth_c_lib", Path(__file__).with_name("synth-c_lib.py")
)
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

NAME = "ashpara-textile-mills-fabric-inspection-funding-application.docx"
STATUSES = "~~--~PP"

SRC = """
# Application for Assistance: Technology Upgradation Window 2027

State Textile Modernisation Fund. Applicant: Ashpara Textile Mills Ltd., Vellanur Industrial
Estate. Project title: Camera-based automatic fabric inspection on power looms and rapier looms.

Application reference to be allotted by the Fund office. Date of submission: 30 January 2027.

## Part A. Details of the applicant

| Item | Details |
| Name of unit | Ashpara Textile Mills Ltd. |
| Constitution | Public limited company (unlisted) |
| Year of establishment | 1987 |
| Activity | Weaving and grey fabric processing (cotton and cotton-blend shirting and bottom-weight) |
| Installed looms | 212 (148 rapier, 64 power looms) |
| Employees | 640 permanent, approx. 150 contract |
| Turnover FY 2025-26 | Rs. 186 crore |
| Authorised signatory | Mr. R. Subramaniam, Managing Director |

## Part B. Present position of the unit

The mill was started by the late Shri K. Ashpara in 1987 with 24 power looms and has grown to its
present size through three expansions, the last being the installation of 96 rapier looms in
2019. Exports constitute 64% of turnover, mainly shirting fabric to garment exporters in
Bangladesh, Sri Lanka and Europe.

At present all fabric is inspected manually on inspection tables after doffing. Inspectors mark
faults such as broken ends, double picks, floats, oil stains and reed marks, and the rolls are
graded. Faults which run for several metres are found only at this stage, since the loom has
continued weaving. In FY 2025-26 the fabric rejection and second-quality rate of the mill was
5.2% of production. In the cluster the figure commonly quoted by the industry association is
6 to 8%.

Buyers, especially from Europe, have started asking for roll-wise digital inspection records with
images, and two garment exporters have indicated that this will become a requirement for
approved suppliers from 2028.

## Part C. Project proposal

### C.1 Objectives of the project

The objectives of the project are as follows:

- [[O:To install camera-based automatic fabric inspection systems on 48 rapier looms in Shed B
  and Shed C.]]
- [[O:To train 60 weavers, jobbers and supervisors in working with the new system.]]
- To digitise the inspection records of all rolls woven on the equipped looms.
- [[O:To upgrade Ashpara Textile Mills to Industry 4.0 standards and make it a world-class smart
  mill of the region.]]

### C.2 Description of the technology

The system consists of a line-scan camera and lighting unit mounted on each loom over the cloth
fell, and an edge computer which runs a defect recognition model trained on images of woven
fabric. When a fault is detected the system can stop the loom and mark the position on the
fabric. The supplier has installations in Coimbatore and in Surat, and has offered to train the
model further on the mill's own fabric qualities.

### C.3 How the system will work on the shop floor

[[H:When the camera detects a fault, the loom stops and the weaver attending the loom checks the
fabric at the marked place, and either mends the fault or presses the no-fault button on the loom
panel.]]

- [[H:At the end of each shift the shift supervisor goes through every no-fault press in the
  system log and confirms whether the weaver's decision was correct.]]
- [[H:Every week the images of the wrongly flagged and missed faults are sent to the supplier, which
  re-trains the model for our fabric qualities.]]
- Rolls from the equipped looms will still pass the inspection tables, but inspectors will check
  the places marked in the digital record and a sample of the remaining length, instead of the
  full length.

### C.4 Project schedule

| Phase | Period | Activity |
{R}| Phase I | April to September 2027 | Installation on 8 rapier looms in Shed B, trial on two
  fabric qualities, training of first batch |
{R}| Phase II | October 2027 to March 2028 | Extension to remaining 24 looms of Shed B |
{R}| Phase III | April to September 2028 | Extension to 16 looms in Shed C, digital records for all
  equipped looms |

Phase II equipment will be ordered only after the Phase I looms have been running with the system
for a full three months.

## Part D. Expected benefits and monitoring

The project will make the mill more competitive in the export market and help it meet the
requirements of buyers. [[M:The mill will monitor the progress of the project through the number
of looms equipped and the number of persons trained.]] [[M:By the end of Phase III, 48 looms will
be equipped and all rolls from these looms will have digital records.]]

## Part E. Project cost and means of finance

| Item | Amount (Rs. lakhs) |
| Camera and lighting units, 48 looms | 312.0 |
| Edge computers and network | 46.5 |
| Software licence and model training | 38.0 |
| Installation and commissioning | 21.5 |
| Training | 8.0 |
| Total project cost | 426.0 |
| Assistance sought from the Fund (35%) | 149.1 |
| Promoters' contribution and term loan | 276.9 |

## Part F. Implementation arrangements

[[E:The mill's skilled and dedicated workforce is its biggest strength, and our people will be
taken along in this journey through training.]]

No project head has been appointed so far for this project.

## Part G. Declaration

I, the undersigned, on behalf of Ashpara Textile Mills Ltd., declare that the information given
above is true to the best of my knowledge and that the unit has not availed assistance from any
other government scheme for the same equipment.

Signed: R. Subramaniam, Managing Director. Place: Vellanur. Date: 30 January 2027.

Enclosures: quotation of supplier, audited accounts for the last three years, board resolution,
layout of Shed B and Shed C.
"""

if __name__ == "__main__":
    ev = {}
    blocks = lib.parse(SRC, ev)
    lib.OUT.mkdir(parents=True, exist_ok=True)
    lib.build_docx(NAME, blocks)
    lib.write_labels(NAME, STATUSES, ev)

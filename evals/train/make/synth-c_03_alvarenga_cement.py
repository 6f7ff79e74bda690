"""synth-c 03: Cimentos Alvarenga, board paper on kiln process control (PDF)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "synth_c_lib", Path(__file__).with_name("synth-c_lib.py")
)
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

NAME = "cimentos-alvarenga-board-paper-kiln-optimisation.pdf"
STATUSES = "P~P--~~"

SRC = """
# Board Paper: Optimisation of Clinker Production with Intelligent Process Control

Cimentos Alvarenga, S.A. Board of Directors. Meeting of 18 March 2026. Item 6 of the agenda.

Presented by: Direction of Industrial Operations. For: decision.

## 1. Object of this paper

It is proposed to the Board of Directors the approval of an investment of 1.35 million euros in a
system of intelligent process control for the kiln of line 2 of the Vale do Sorraia plant, with
the use of machine learning models to recommend the settings of fuel, air and raw meal feed. This
paper presents the context, the expected results, the investment and the way of implementation.

## 2. Context

The cement market in the country had in 2025 a decrease of consumption of 4%, after three years of
growth, and the exports to West Africa remained stable. The company produced 2.1 million tonnes of
cement in 2025 in its two plants, with a utilisation of the installed capacity of 71%.

Energy represents today 38% of the production cost of clinker in Vale do Sorraia, and the cost of
CO2 emission allowances has more than doubled since 2021. The kiln of line 2 is the biggest
consumer of thermal energy of the company. Its operation depends very much on the experience of
the operators of the central control room, and the results vary between shifts: in 2025 the
difference of specific thermal consumption between the best shift and the worst shift was of
almost 60 kcal per kilogram of clinker.

The Direction of Industrial Operations visited in 2025 two plants of other groups in Spain and
Turkey that use this type of system. According to the supplier, these plants obtained reductions
of fuel consumption between 3% and 5% in the first year. These numbers are from the supplier and
were not verified by the company.

## 3. What the company wants to obtain

With this project the company intends to obtain the following results:

- [[O:To reduce the consumption of thermal energy per tonne of clinker in the kiln of line 2, and
  with this the fuel cost of the plant.]]
- [[O:To lower the CO2 emissions per tonne of cement, contributing to the decarbonisation
  commitment of the group for 2030.]]
- To make the quality of the clinker more stable between shifts, reducing the clinker that goes to
  the lower grade silos.
- To increase the use of alternative fuels (waste-derived fuels) without losing stability of the
  kiln.

%%

## 4. How the results will be followed

[[M:The Direction of Industrial Operations will follow the specific thermal consumption of the kiln
(kcal/kg clinker), the rate of substitution by alternative fuels and the free lime in the
clinker, and will present their evolution to the Board.]] [[M:The objective is a significant
reduction of the thermal consumption already in the first year of operation.]]

The monthly operational report of the plant already includes these indicators, and no new
report will be necessary.

## 5. Investment and economic analysis

| Item | Value (thousand euros) |
| Licence of the process control software (5 years) | 610 |
| Installation and integration with the distributed control system | 340 |
| New analysers at the kiln inlet and at the cooler | 280 |
| Contingency | 120 |
| Total | 1,350 |

The economic analysis of the Direction of Finance considers a scenario of fuel reduction equal to
the lower value reported by the supplier. In this scenario the period of return of the investment
is of 2.4 years, without counting the effect of the CO2 allowances. With the effect of the
allowances, at the price of January 2026, the period of return is reduced to 1.7 years.

The investment is foreseen in the capital plan for 2026 approved in December 2025, in the line of
energy efficiency, and does not increase the total capital approved.

## 6. Responsibility

[[W:The Director of Industrial Operations, Eng. Rui Tavares, is responsible before the Board for
the results of this project.]]

## 7. The operators and the system

The system gives recommendations of settings to the kiln every few minutes. [[H:The operators of
the central control room will always keep the final control of the kiln, and the system will be
an aid for their work and not a substitute.]] The company believes that the experience of the
operators is the most important asset for the good operation of the plant.

## 8. Implementation

[[R:The implementation will be made in phases: first the kiln of line 2, after the cement mills of
the same plant, and eventually the kiln of line 1 in the plant of Montejunto.]] [[R:The dates of
each phase will be defined with the supplier after the approval of this paper.]]

## 9. Proposal of deliberation

It is proposed that the Board of Directors:

1. Approves the investment of 1.35 million euros in the intelligent process control system for
   the kiln of line 2 of Vale do Sorraia, inside the capital plan for 2026.
2. Mandates the Executive Committee to conclude the contract with the selected supplier.
3. Takes note of the results expected and of the way they will be followed.

Annex: technical description of the system and commercial proposal of the supplier (available in
the Board portal).
"""

if __name__ == "__main__":
    ev = {}
    blocks = lib.parse(SRC, ev)
    lib.OUT.mkdir(parents=True, exist_ok=True)
    lib.build_pdf(
        NAME,
        blocks,
        header="Cimentos Alvarenga, S.A. - Board of Directors - 18.03.2026 - Item 6",
        footer="Confidential - for the members of the Board",
    )
    lib.write_labels(NAME, STATUSES, ev)

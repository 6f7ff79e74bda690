"""synth-c 08: Vossberg Chemiehandel, investment case for order intake automation (DOCX)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "synth_c_lib", Path(__file__).with_name("synth-c_lib.py")
)
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

NAME = "vossberg-chemiehandel-order-intake-automation-investment-case.docx"
STATUSES = "PP~PP~P"

SRC = """
# Investment Case: Intelligent Order Intake and SDS Assistant

Vossberg Chemiehandel GmbH, Duisburg. Submission to the Executive Board, investment round
Q4 2026. Prepared by Customer Service and IT. Version 2.0, 21 October 2026.

## 1. Summary

Vossberg distributes industrial and speciality chemicals to around 6,800 customers in Germany,
the Benelux countries and Poland from five warehouses. Customer orders arrive today mainly as
e-mail with PDF attachments, by fax and by telephone, and are keyed manually into the ERP system
by 34 customer service employees. Together with each first delivery of a product, and after every
revision, the customer must receive the current safety data sheet (SDS) in the correct language
and version, which is also handled manually.

This investment case requests 940,000 EUR for the introduction of an intelligent order intake
solution, which reads incoming orders with machine learning and proposes the ERP order, and an
SDS assistant, which determines automatically which safety data sheets must be sent with each
delivery.

## 2. Starting situation

In the year 2025 customer service processed approximately 212,000 orders with 640,000 order
lines. The volume has grown by 7% per year since 2022, while the number of employees in customer
service has stayed constant. Overtime and the use of temporary staff have increased, especially
in the months March to May and September to November.

The error rate in manual order entry (wrong article, wrong packaging size, wrong delivery
address) was 2.6% of order lines in 2025. Each error causes on average 38 EUR in follow-up costs
for returns, re-delivery and credit notes, not counting the effect on customer satisfaction.

For safety data sheets, an internal audit in 2025 found 41 cases in which a customer did not
receive a revised SDS within the legal period after a revision. No authority has taken action,
but the Product Stewardship department considers this a significant compliance risk.

## 3. Objectives of the investment

The investment shall achieve the following results for the company:

- [[O:Reduce the cost of processing an order line in customer service, so that the growth in
  volume can be absorbed without additional staff.]]
- [[O:Reduce the errors in order entry and the follow-up costs for returns and credit notes.]]
- [[O:Eliminate the compliance risk from late or missing safety data sheets for our customers.]]
- Shorten the time between receipt of an order and order confirmation to the customer.

## 4. Target values

| Indicator | Baseline 2025 | Target | Date |
{M}| Cost per order line in customer service | 4.80 EUR | 3.10 EUR | December 2027 |
{M}| Error rate in order entry (share of order lines) | 2.6% | below 1.0% | December 2027 |
{M}| Revised SDS sent within the legal period | 97.1% | 100% | June 2027 |
| Time from order receipt to confirmation (median) | 5.5 hours | 1 hour | December 2027 |

The values will be measured monthly by Controlling from the ERP and the new system and reported to
the Executive Board in the quarterly investment review.

## 5. Solution

The order intake solution receives e-mails and attachments, recognises customer, articles,
quantities, packaging and delivery dates, and creates a proposal for the ERP order. The SDS
assistant checks for each delivery note which products, languages and SDS versions apply and
prepares the dispatch of the documents. Both components are offered as a standard product by two
suppliers; a shortlist was evaluated in September 2026.

[[H:Customer service employees will continue to check orders where this is necessary; the
detailed working procedure will be defined during the pilot.]]

## 6. Costs and profitability

| Cost item | 2027 (EUR) | 2028 (EUR) |
| Licences and hosting | 210,000 | 190,000 |
| Implementation partner | 260,000 | 40,000 |
| Internal project staff (see section 7) | 180,000 | 60,000 |
| Total | 650,000 | 290,000 |

The savings in customer service (avoided additional staff and reduced temporary staff) and the
avoided error costs are estimated at 610,000 EUR per year from 2028. The payback period is 2.1
years. The calculation was checked by Controlling.

## 7. Project organisation and resources

The project will be carried out by an internal team with an external implementation partner.

- [[E:Two experienced customer service employees are released 50% each for 12 months as key users
  and for the testing of the order recognition.]]
- [[E:IT provides one integration developer full-time for nine months for the ERP interface.]]
- The implementation partner provides approximately 180 person-days for configuration, training
  of the models on our historical orders and go-live support.
- Product Stewardship provides one regulatory specialist for two days per week during the SDS
  phase.

[[W:A project lead will be designated by the Executive Board by March 2027.]] [[W:The ownership
of the benefits will be assigned when the reorganisation of customer service is complete.]]
Until then the project is sponsored by the Executive Board as a whole.

## 8. Governance, compliance and data protection

- [[G:A steering committee with the Heads of Customer Service, IT, Product Stewardship and
  Controlling meets monthly, decides on changes to scope and budget and approves each phase
  transition.]]
- [[G:No automation goes live before the Product Stewardship and Regulatory Compliance review has
  signed off that the SDS rules in the system correspond to the legal requirements for each
  country.]]
- The data protection officer reviews the contract with the supplier before signature, since
  e-mails from customers contain personal data of their employees.
- The models are hosted in a data centre in the European Union.

## 9. Implementation plan

| Phase | Period | Content | Decision point |
{R}| 1. Pilot order intake | February to June 2027 | E-mail orders of the Duisburg warehouse
  (about 30% of volume) | Go-live for all warehouses only if error rate in pilot is below 1.5% |
{R}| 2. SDS assistant | April to September 2027 | All deliveries, all countries | Sign-off by
  Product Stewardship and Regulatory Compliance review |
| 3. Roll-out order intake | July to December 2027 | All warehouses, fax and e-mail | Benefits
  review by Controlling in January 2028 |

## 10. Risks

- Recognition quality for fax orders may be lower than for e-mail; phase 3 includes fax only if
  the pilot results allow it.
- Dependence on the supplier: the contract will contain an exit clause and data return.
- Acceptance by employees: the works council was informed on 14 October 2026 and will be involved
  before phase 1.

## 11. Decision requested

The Executive Board is asked to approve the investment of 940,000 EUR over the years 2027 and 2028
and the start of phase 1 in February 2027.
"""

if __name__ == "__main__":
    ev = {}
    blocks = lib.parse(SRC, ev)
    lib.OUT.mkdir(parents=True, exist_ok=True)
    lib.build_docx(NAME, blocks)
    lib.write_labels(NAME, STATUSES, ev)

"""Writes a fictional gym-chain web page (HTML consultation response) and its labels."""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "synth"
NAME = "vitalis-leisure-kelbridge-consultation-response.html"

HTML = """\
<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Our response to the Kelbridge leisure consultation | Vitalis Leisure UK</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/site.min.css">
</head>
<body>
<div class="cookie-banner" role="dialog">
  <p>We use cookies to make our website work and to understand how you use it.</p>
  <button type="button">Accept all</button> <button type="button">Settings</button>
</div>
<header class="site-header">
  <a class="logo" href="/">Vitalis Leisure</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/gyms">Find a centre</a></li>
      <li><a href="/memberships">Memberships</a></li>
      <li><a href="/classes">Classes</a></li>
      <li><a href="/swim">Swimming lessons</a></li>
      <li><a href="/corporate">For councils and partners</a></li>
      <li><a href="/join" class="btn">Join now</a></li>
    </ul>
  </nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="/">Home</a> &gt; <a href="/corporate">For councils and partners</a> &gt;
  <a href="/corporate/news">News</a> &gt; <span>Kelbridge consultation response</span>
</nav>
<main>
<article>
<h1>Our response to the consultation of Kelbridge Borough Council on the future operation of
its leisure centres</h1>
<p class="meta">Published 14 November 2026 by the partnership office of Vitalis Leisure UK</p>

<p>Vitalis Leisure UK, part of the Vitalis group which operates leisure centres and gyms in the
Netherlands, Belgium, Germany and the United Kingdom, thanks the Council for the possibility to
respond to its consultation. In the following we give our answers to the questions of the
consultation document in the same order. We publish this response because we find it
important that members and residents can read what we have said.</p>

<h2>Question 1: The Council's objectives</h2>
<p>The Council states in the consultation that its aim is to increase the share of adults in the
borough who are physically active and to reduce the subsidy it pays per visit. It is not for us
in this response to set the objectives of the future contract; these the Council will define in
its specification. We have read the objectives with much interest.</p>

<h2>Question 2: Use of data and of new technology</h2>
<p>The Council asks if operators would be willing to use occupancy forecasting and automated
timetabling of classes, as they are already used in other boroughs. Our booking platform, which
is the same in 46 centres in four countries, can provide the occupancy data which the Council
requests. The automated timetabling is a function we have in development in the Netherlands and
which we could bring also to Kelbridge.</p>
<p>We take the protection of the data of our members very seriously. Concerning personal data,
all processing will follow the applicable policies, which will be agreed with the Council at a
later stage.</p>
<p>Recent studies in the sector show that around 30% of gym members in the United Kingdom book
their classes only by an app. In our own member survey of 2026, 64% of members in our British
centres said they would like to see the real-time occupancy of the gym floor before they
travel.</p>

<h2>Question 3: Reporting to the Council</h2>
<p>We propose to report each quarter to the Council the number of visits, the number of new
memberships and the use of the concession scheme, per centre. In 2025 our centres in the
region delivered more than 41,000 swimming lessons for children.</p>

<h2>Question 4: Accountability and contact</h2>
<p>Our regional team for the South West will drive the mobilisation of the contract together
with the Council officers. A contract lead for Kelbridge will be designated by March 2027.</p>

<h2>Question 5: Staffing and skills</h2>
<p>The Council asks how operators would staff the three centres. For the Kelbridge centres we
will recruit 12 additional duty managers and two data analysts before the start of the
contract, and we will fund the qualification of eight new swimming teachers each year from the
local community. All front-of-house staff complete our Vitalis Academy induction of five days
before they work alone on a shift.</p>

<h2>Question 6: Pricing</h2>
<p>We support that the concession prices remain under the control of the Council. We have no
further remarks on the proposed price bands.</p>

<p>For questions about this response, please write to partnerships@vitalis-leisure.example.</p>
</article>
<aside class="related">
  <h2>Related news</h2>
  <ul>
    <li><a href="/corporate/news/harwood-pool">Harwood pool reopens after refurbishment</a></li>
    <li><a href="/corporate/news/swim-week">Swim Week 2026: free lessons in all centres</a></li>
    <li><a href="/corporate/news/new-app">Our new app is here</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/about">About Vitalis</a></li>
    <li><a href="/careers">Careers</a></li>
    <li><a href="/privacy">Privacy notice</a></li>
    <li><a href="/cookies">Cookie policy</a></li>
    <li><a href="/modern-slavery">Modern slavery statement</a></li>
    <li><a href="/accessibility">Accessibility</a></li>
  </ul>
  <p>Vitalis Leisure UK Ltd is a fictional company. Registered office: 3 Quayside Row, Bristol.
  Company number 00000000.</p>
  <p>&copy; 2026 Vitalis Leisure UK Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""

LABELS = {
    "document": NAME,
    "checks": {
        "outcomes": {"status": "absent", "evidence": []},
        "metrics": {
            "status": "partial",
            "evidence": [
                "We propose to report each quarter to the Council the number of visits, the "
                "number of new memberships and the use of the concession scheme, per centre.",
                "In 2025 our centres in the region delivered more than 41,000 swimming lessons "
                "for children.",
            ],
        },
        "owners": {
            "status": "partial",
            "evidence": [
                "Our regional team for the South West will drive the mobilisation of the "
                "contract together with the Council officers.",
                "A contract lead for Kelbridge will be designated by March 2027.",
            ],
        },
        "governance": {
            "status": "partial",
            "evidence": [
                "Concerning personal data, all processing will follow the applicable policies, "
                "which will be agreed with the Council at a later stage.",
                "We take the protection of the data of our members very seriously.",
            ],
        },
        "execution_capacity": {
            "status": "present",
            "evidence": [
                "For the Kelbridge centres we will recruit 12 additional duty managers and two "
                "data analysts before the start of the contract, and we will fund the "
                "qualification of eight new swimming teachers each year from the local "
                "community."
            ],
        },
        "human_oversight": {"status": "absent", "evidence": []},
        "roadmap": {"status": "absent", "evidence": []},
    },
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / NAME).write_text(HTML, encoding="utf-8")
    (OUT / (NAME + ".labels.json")).write_text(
        json.dumps(LABELS, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()

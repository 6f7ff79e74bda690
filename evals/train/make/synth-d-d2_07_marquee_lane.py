"""synth-d-d2 07: Marquee Lane Cinemas, consultation response web page (HTML). Fictional."""

import json
import os

OUT = os.path.join(os.path.dirname(__file__), "..", "synth-d")
NAME = "marquee-lane-cinemas-response-automated-ticket-pricing.html"

HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Our response to the consultation on automated ticket pricing | Marquee Lane Cinemas</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Marquee Lane Cinemas</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/showtimes">Showtimes</a></li>
      <li><a href="/theaters">Theaters</a></li>
      <li><a href="/lane-pass">Lane Pass Membership</a></li>
      <li><a href="/gift-cards">Gift Cards</a></li>
      <li><a href="/newsroom" aria-current="page">Newsroom</a></li>
    </ul>
  </nav>
  <form class="search" action="/search"><input type="search" name="q" placeholder="Search movies"></form>
</header>
<div class="breadcrumbs"><a href="/">Home</a> &rsaquo; <a href="/newsroom">Newsroom</a> &rsaquo; Policy</div>
<main>
<article>
<h1>Our response to the Department of Commerce consultation on automated pricing in live entertainment ticketing</h1>
<p class="byline">Posted March 3, 2027 by the Marquee Lane Communications Team</p>

<p>Marquee Lane Cinemas operates 38 theaters with 412 screens across Ohio, Indiana and western
Pennsylvania. We welcome the Department's consultation and are glad to share our perspective as a
regional, family-founded exhibitor. Our full submission is summarized below.</p>

<h2>1. How pricing works across the industry today</h2>
<p>According to the National Exhibitors Forum's 2026 survey, 41% of U.S. screens now sit in circuits
that vary prices by time of day, and 12% use software that adjusts prices automatically based on
demand. Average ticket prices rose 6.2% nationally last year, while attendance remained 18% below
2019 levels.</p>
<p>Several of the largest national chains have reported that demand-based pricing lifted weekend
revenue per screen. Other exhibitors abroad have faced customer backlash and regulatory inquiries
after prices for popular titles changed several times in an afternoon. We think both experiences
are instructive for the Department.</p>

<h2>2. Where Marquee Lane stands</h2>
<p>Marquee Lane does not use automated or algorithmic pricing at any of its theaters today, and
we have no current plan to introduce it. Our prices are set by day part and format, and are the
same for every guest who buys for the same showing.</p>
<p>We do use software to forecast attendance for staffing and concessions ordering. Should we ever
use such tools to inform pricing, people, not algorithms, will stay in control of the prices our
guests pay.</p>
<p>We take our guests' trust seriously, and if automated pricing were ever considered, appropriate
safeguards and policies would be put in place before anything changed at the box office.</p>
<p>Our revenue and pricing team keeps these questions under review alongside our operations
leadership.</p>

<h2>3. Our answers to the Department's questions</h2>
<h3>Question 4: Should exhibitors disclose when prices are set by software?</h3>
<p>Yes. Guests deserve to know how the price in front of them was arrived at. We would support a
simple, standard disclosure that applies to every seller equally.</p>
<h3>Question 7: Should price changes within a single showing be limited?</h3>
<p>We believe a guest who buys at 10 a.m. and a guest who buys at 6 p.m. for the same showing
should not be surprised by a different price without a clear reason, such as a published early-bird
discount. We would support guidance rather than a hard cap.</p>
<h3>Question 11: What support do smaller operators need?</h3>
<p>Independent and regional exhibitors do not have the large analytics departments of national
chains. Our people are our greatest strength, and we believe any new rules should recognize that
smaller operators will need time and practical guidance to build the skills to comply.</p>

<h2>4. Closing</h2>
<p>Movies are one of the last affordable nights out for many families in our communities. We look
forward to continuing the conversation with the Department and with fellow exhibitors.</p>
<p>Media contact: Dana Whitcombe, Director of Communications, press@marqueelane.example</p>
</article>
<aside class="related">
  <h2>Related</h2>
  <ul>
    <li><a href="/newsroom/lane-pass-2027">Lane Pass prices frozen for 2027</a></li>
    <li><a href="/newsroom/sensory-friendly">Sensory-friendly screenings expand to every theater</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <ul>
    <li><a href="/about">About Us</a></li>
    <li><a href="/careers">Careers</a></li>
    <li><a href="/privacy">Privacy Policy</a></li>
    <li><a href="/terms">Terms of Use</a></li>
    <li><a href="/accessibility">Accessibility</a></li>
  </ul>
  <p>&copy; 2027 Marquee Lane Cinemas, Inc. (a fictional company). All rights reserved.</p>
  <p>Sign up for Marquee Mail and never miss an opening night.</p>
</footer>
</body>
</html>
"""

LABELS = {
    "outcomes": ("absent", []),
    "metrics": ("absent", []),
    "owners": (
        "partial",
        [
            "Our revenue and pricing team keeps these questions under review alongside our operations leadership.",
        ],
    ),
    "governance": (
        "partial",
        [
            "We take our guests' trust seriously, and if automated pricing were ever considered, appropriate safeguards and policies would be put in place before anything changed at the box office.",
        ],
    ),
    "execution_capacity": (
        "partial",
        [
            "Our people are our greatest strength, and we believe any new rules should recognize that smaller operators will need time and practical guidance to build the skills to comply.",
        ],
    ),
    "human_oversight": (
        "partial",
        [
            "Should we ever use such tools to inform pricing, people, not algorithms, will stay in control of the prices our guests pay.",
        ],
    ),
    "roadmap": ("absent", []),
}


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, NAME), "w", encoding="utf-8") as f:
        f.write(HTML)
    checks = {k: {"status": s, "evidence": e} for k, (s, e) in LABELS.items()}
    with open(os.path.join(OUT, NAME + ".labels.json"), "w", encoding="utf-8") as f:
        json.dump({"document": NAME, "checks": checks}, f, indent=2, ensure_ascii=False)
        f.write("\n")


if __name__ == "__main__":
    main()

"""Generate a fictional ski resort web page about its works programme (HTML) and its labels."""

import json
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "synth-d"
NAME = "valdorna-ski-masterplan-2030-web.html"

HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Masterplan 2030 - Valdorna Ski Area</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<header class="site-header">
  <div class="topbar">
    <a href="/it/">IT</a> | <a href="/de/">DE</a> | <a href="/en/">EN</a>
    <span class="weather">Today: -4 C at Cima Orsa, snow depth 85 cm</span>
  </div>
  <nav class="main-nav">
    <ul>
      <li><a href="/en/">Home</a></li>
      <li><a href="/en/ski-area/">Ski area</a></li>
      <li><a href="/en/tickets/">Skipass and prices</a></li>
      <li><a href="/en/webcam/">Webcam</a></li>
      <li><a href="/en/masterplan-2030/" class="active">Masterplan 2030</a></li>
      <li><a href="/en/contact/">Contact</a></li>
    </ul>
  </nav>
  <div class="breadcrumb"><a href="/en/">Home</a> &gt; <a href="/en/company/">The company</a>
    &gt; Masterplan 2030</div>
</header>
<main>
<article>
<h1>Masterplan 2030: the works programme of Valdorna Ski Area</h1>
<p class="lead">Dear guests, dear inhabitants of the valley, on this page we present the works
that the Valdorna lift company will realise between 2027 and 2030, with the foreseen calendar of
every phase.</p>

<h2>The starting situation</h2>
<p>The ski area of Valdorna counts 11 lifts and 48 km of slopes between 1,350 and 2,420 metres.
Four of the lifts are older than 35 years and the chairlift Pra Fiorito has reached the end of its
technical life, as foreseen by the norms. In the last winter the ski area registered 312,000
skier days. In all the Alps the last warm winters have put in difficulty many small resorts, and
some of them in the neighbouring valleys have had to close the lower slopes.</p>

<h2>The phases of the works</h2>
<p>The Masterplan is realised in three phases. Every phase is started only when the financing of
the phase before is closed.</p>
<ul>
  <li>Phase 1 (May 2027 - December 2027): substitution of the chairlift Pra Fiorito with a new
  6-seat detachable chairlift; opening foreseen for 8 December 2027.</li>
  <li>Phase 2 (April 2028 - November 2028): new snowmaking line on the slopes Orsa 1 and Orsa 2
  with 42 new snow cannons and the enlargement of the Lago Verde reservoir.</li>
  <li>Phase 2 starts only after the contribution of the Autonomous Province is confirmed,
  foreseen in spring 2028; without it, the works of Phase 2 are moved to 2029.</li>
  <li>Phase 3 (2029 - 2030): new online skipass with personalised price and new restaurant at
  the arrival of the Cima Orsa gondola.</li>
</ul>

<h2>The investments</h2>
<table class="invest">
  <thead><tr><th>Work</th><th>Phase</th><th>Investment (EUR)</th></tr></thead>
  <tbody>
    <tr><td>Chairlift Pra Fiorito</td><td>1</td><td>9,800,000</td></tr>
    <tr><td>Snowmaking Orsa 1 and 2</td><td>2</td><td>3,400,000</td></tr>
    <tr><td>Reservoir Lago Verde</td><td>2</td><td>2,100,000</td></tr>
    <tr><td>Online skipass</td><td>3</td><td>450,000</td></tr>
    <tr><td>Restaurant Cima Orsa</td><td>3</td><td>2,900,000</td></tr>
  </tbody>
</table>
<p>Of the total investment, about 40% is financed by the company with own means and bank loans,
the rest with contributions of the Province and of the municipalities of the valley.</p>

<h2>How we will follow the results</h2>
<p>For every season we will observe the number of skier days, the days of opening of the slopes
and the satisfaction of our guests, and we will publish them on this page at the end of the
season.</p>
<p>With Phase 2 the ski area will count 42 new snow cannons covering 6 km of slopes.</p>

<h2>Who follows the works</h2>
<p>The Masterplan is a common project of the company, of the municipalities of the valley and
of the Autonomous Province.</p>
<p>For the online skipass of Phase 3 a responsible of the project will be nominated in the course
of 2028.</p>

<h2>During the works</h2>
<p>During the summer works the gondola Cima Orsa remains open for hikers and bikers. Some paths
near the Pra Fiorito station can be closed for some weeks: please look at the summer map and
follow the signs on the place. We thank the inhabitants for the patience.</p>

<p class="updated">Page updated on 14 March 2027</p>
</article>
</main>
<footer class="site-footer">
  <div class="cols">
    <div>Valdorna Impianti S.p.A.<br>Via delle Funivie 3, Valdorna<br>VAT 01234560219</div>
    <div><a href="/en/jobs/">Work with us</a><br><a href="/en/press/">Press</a><br>
      <a href="/en/company/">The company</a></div>
    <div><a href="/en/privacy/">Privacy</a><br><a href="/en/cookies/">Cookie policy</a><br>
      <a href="/en/conditions/">Conditions of transport</a></div>
  </div>
  <p class="copy">Copyright 2027 Valdorna Impianti. All rights reserved.</p>
  <p class="cookie-banner">This site uses technical cookies and, with your consent, analytics
  cookies. <a href="/en/cookies/">Read more</a> <button>Accept</button></p>
</footer>
</body>
</html>
"""

LABELS = {
    "outcomes": ("absent", []),
    "metrics": (
        "partial",
        [
            "For every season we will observe the number of skier days, the days of opening of "
            "the slopes and the satisfaction of our guests, and we will publish them on this page "
            "at the end of the season.",
            "With Phase 2 the ski area will count 42 new snow cannons covering 6 km of slopes.",
        ],
    ),
    "owners": (
        "partial",
        [
            "The Masterplan is a common project of the company, of the municipalities of the "
            "valley and of the Autonomous Province.",
            "For the online skipass of Phase 3 a responsible of the project will be nominated in "
            "the course of 2028.",
        ],
    ),
    "governance": ("absent", []),
    "execution_capacity": ("absent", []),
    "human_oversight": ("absent", []),
    "roadmap": (
        "present",
        [
            "Phase 1 (May 2027 - December 2027): substitution of the chairlift Pra Fiorito with a "
            "new 6-seat detachable chairlift; opening foreseen for 8 December 2027.",
            "Phase 2 (April 2028 - November 2028): new snowmaking line on the slopes Orsa 1 and "
            "Orsa 2 with 42 new snow cannons and the enlargement of the Lago Verde reservoir.",
            "Phase 2 starts only after the contribution of the Autonomous Province is confirmed, "
            "foreseen in spring 2028; without it, the works of Phase 2 are moved to 2029.",
        ],
    ),
}


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / NAME).write_text(HTML)
    labels = {
        "document": NAME,
        "checks": {k: {"status": s, "evidence": e} for k, (s, e) in LABELS.items()},
    }
    (OUT / (NAME + ".labels.json")).write_text(json.dumps(labels, indent=2) + "\n")


if __name__ == "__main__":
    main()

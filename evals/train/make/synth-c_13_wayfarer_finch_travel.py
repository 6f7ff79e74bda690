"""synth-c 13: Wayfarer & Finch Travel, public web page about its AI trip assistant (HTML)."""

import importlib.util
from pathlib import Path

_spec = importlib.util.spec_from_file_location(
    "synth_c_lib", Path(__file__).with_name("synth-c_lib.py")
)
lib = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(lib)

NAME = "wayfarer-finch-travel-meet-nova-ai-trip-assistant.html"
STATUSES = "~--~---"

SRC = """<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Meet Nova, your AI trip assistant | Wayfarer &amp; Finch Travel</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/css/site.css">
</head>
<body>
<header class="site-header">
  <a class="logo" href="/">Wayfarer &amp; Finch</a>
  <nav aria-label="Main">
    <ul>
      <li><a href="/holidays/">Holidays</a></li>
      <li><a href="/city-breaks/">City breaks</a></li>
      <li><a href="/cruises/">Cruises</a></li>
      <li><a href="/tailor-made/">Tailor-made</a></li>
      <li><a href="/offers/">Offers</a></li>
      <li><a href="/branches/">Find a branch</a></li>
      <li><a href="/account/">My booking</a></li>
    </ul>
  </nav>
  <p class="phone">Call our travel experts: 0800 555 0190</p>
</header>

<nav class="breadcrumb" aria-label="Breadcrumb">
  <a href="/">Home</a> / <a href="/about/">About us</a> / Meet Nova
</nav>

<main>
<article>
<h1>Meet Nova, your AI trip assistant</h1>
<p class="standfirst">Since 1968 Wayfarer &amp; Finch has helped British travellers see the
world. Now we are bringing a little artificial intelligence into the mix.</p>

<h2>Why we built Nova</h2>
<p>Travel has changed. In our 2026 customer survey, 82% of travellers said they want answers to
simple questions at any hour, and 64% said they now research at least part of their trip on a
phone. At the same time, more than half told us they still value talking to a person before they
book something special.</p>
<p>[[O:Our ambition is simple: to make every trip effortless, from the first idea to the journey
home.]] [[O:Nova is part of our promise to be the most helpful travel company in Britain.]]</p>

<h2>What Nova can do</h2>
<ul>
  <li>Suggest destinations based on your budget, dates and interests</li>
  <li>Answer questions about your booking, such as baggage allowances and check-in times</li>
  <li>Send you a packing list and local tips before you go</li>
  <li>Help you find your nearest Wayfarer &amp; Finch branch</li>
</ul>
<p>Nova is available on our website and in the Wayfarer &amp; Finch app, 24 hours a day.</p>

<h2>Your data and your trust</h2>
<p>[[G:We take your privacy seriously, and we will set out how Nova uses your information in an
updated privacy notice later this year.]] Until then, please do not share passport numbers or
payment details with Nova.</p>

<h2>What travellers are saying</h2>
<blockquote>
  <p>"Nova found us a family-friendly villa in Crete in about five minutes. Brilliant."</p>
  <footer>Sarah, Leeds</footer>
</blockquote>
<blockquote>
  <p>"Handy for checking our transfer time at midnight before an early flight."</p>
  <footer>Devinder, Wolverhampton</footer>
</blockquote>

<h2>Booking with confidence</h2>
<p>Nova is new, but our 140 branches are open as usual. Whether you book online, in the app or
in a branch, you are protected by our ATOL licence and our membership of the travel trade
association.</p>

<h2>Press and partnerships</h2>
<p>Journalists can contact Priya Moss, Head of Communications, on 020 7946 0312 or at
press@wayfarerfinch.example. For partnership enquiries, contact Tom Adeyemi, Partnerships
Manager.</p>
</article>
</main>

<footer class="site-footer">
  <nav aria-label="Footer">
    <ul>
      <li><a href="/about/">About us</a></li>
      <li><a href="/careers/">Careers</a></li>
      <li><a href="/accessibility/">Accessibility</a></li>
      <li><a href="/privacy/">Privacy notice</a></li>
      <li><a href="/cookies/">Cookie settings</a></li>
      <li><a href="/terms/">Booking terms</a></li>
    </ul>
  </nav>
  <p>Wayfarer &amp; Finch Travel Ltd, registered in England and Wales no. 00954311. Registered
  office: 12 Carrow Street, Norwich NR1 3QL. ATOL protected 4127.</p>
  <p>&copy; 2026 Wayfarer &amp; Finch Travel Ltd. All rights reserved.</p>
</footer>
</body>
</html>
"""

if __name__ == "__main__":
    ev = {}
    text = lib.strip_raw(SRC, ev)
    lib.OUT.mkdir(parents=True, exist_ok=True)
    (lib.OUT / NAME).write_text(text, encoding="utf-8")
    lib.write_labels(NAME, STATUSES, ev)

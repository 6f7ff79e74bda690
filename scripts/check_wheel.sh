#!/usr/bin/env bash
# Build the wheel, install it into a fresh virtual environment outside the checkout, and run
# `gapcard analyze` on a shipped example from there: packaging can never break silently.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
python=${PYTHON:-python3}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$python" -m pip wheel -q --no-deps -w "$work/dist" .
wheel=$(ls "$work"/dist/gapcard-*.whl)
"$python" -m zipfile -l "$wheel" | awk '{print $1}' | grep -E '^(evals|benchmarks|scripts|tests)/' \
  && { echo "check_wheel: the wheel carries development folders" >&2; exit 1; }
"$python" -m venv "$work/venv"
"$work/venv/bin/pip" install -q -c constraints.txt "$wheel"
cd "$work"  # nothing from the checkout is importable from here
./venv/bin/gapcard rubric list
./venv/bin/gapcard analyze "$repo/examples/riverside-clinics-ai-triage-plan.md" \
  --format json --data-dir "$work/data" > "$work/scorecard.json"
./venv/bin/python - "$work/scorecard.json" <<'PY'
import json, sys
[card] = json.load(open(sys.argv[1]))
assert card["rubric"]["name"] == "gapcard-strategy-gaps" and len(card["checks"]) == 7, card
print(f"check_wheel: ok, {card['document']['name']} scored {card['score']}")
PY

"""An experimental engine: the offline judge's units scored by a model learned from labeled
documents (`python -m evals.train`). Grouped cross-validation puts it below the rule-based
offline engine so far, so it is not the default; see the README."""

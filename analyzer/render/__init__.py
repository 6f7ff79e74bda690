"""Every presentation of a scorecard, in one layer.

`view` turns a Scorecard into the view every output reads; `filters` are the labels (score band,
status, locator) with one definition each; `environment` is the one Jinja environment that
renders `templates/` (report, web partial, diff, batch summary); `html`, `summary`, `markdown`
and `text` are the entry points. Nothing here imports the CLI or the API.
"""

"""Batch review of planning archives: folders and zips in; per-document results, a portfolio
summary and version diffs out. `runner.run_batch` is the entry point; `console` is its CLI side.
"""

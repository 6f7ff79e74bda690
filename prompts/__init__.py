"""The built-in rubric and prompts, as data: read through `analyzer.resources`, never imported."""

"""The command line: `gapcard` and its commands, on top of the core and the API."""

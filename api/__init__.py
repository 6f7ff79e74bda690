"""gapcard's HTTP API and web page: `create_app(settings)` in api.app, served by `gapcard serve`."""

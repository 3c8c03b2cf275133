"""saga: a Pelican plugin that turns transfer-news articles into saga explainers.

Importing this package does not import Pelican, so `saga.core` (the pure
extraction core) stays usable without it; `register()` wires up the Pelican layer.
"""


def register() -> None:
    """Pelican's plugin entry point."""
    from .plugin import connect
    connect()

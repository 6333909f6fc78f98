"""Services: the only place that opens sessions and commits. They return frozen DTOs."""

from opsdesk.services.context import AppContext

__all__ = ["AppContext"]

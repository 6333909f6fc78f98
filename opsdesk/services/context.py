"""What every service call needs: the open workspace and who is acting."""

from __future__ import annotations

from dataclasses import dataclass

from opsdesk.db import Database


@dataclass
class AppContext:
    db: Database
    user_id: str | None = None

    def tx(self):  # noqa: ANN201 - context manager of OpsSession
        """A write transaction attributed to the current user (audit log)."""
        return self.db.transaction(self.user_id)

    def read(self):  # noqa: ANN201
        return self.db.reading()

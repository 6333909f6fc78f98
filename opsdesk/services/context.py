"""What every service call needs: the open workspace and who is acting."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from opsdesk.db import Database
from opsdesk.ids import utcnow


@dataclass
class AppContext:
    db: Database
    user_id: str | None = None
    # When a decision or a result is stamped (UTC): the real time, unless a builder of past data (the demo)
    # sets the day a step was taken in its story.
    clock: Callable[[], datetime] | None = None
    # Internal system work that no person decides (applying a sync package, a migration, a builder of past
    # data, consequences a service derives itself): ``opsdesk.permissions`` lets it through.
    system: bool = False
    # Signing keys unlocked on this computer in this session: user id -> private key (``signing.unlock``).
    # Shared by copies of the context (``as_system``); cleared by ``forget_secrets``.
    unlocked: dict[str, object] = field(default_factory=dict)

    def forget_secrets(self) -> None:
        """Forget what this session unlocked (at lock, sign-out and switch of user)."""
        self.unlocked.clear()

    def now(self) -> datetime:
        return self.clock() if self.clock is not None else utcnow()

    def tx(self):  # noqa: ANN201 - context manager of OpsSession
        """A write transaction attributed to the current user (audit log)."""
        return self.db.transaction(self.user_id)

    def read(self):  # noqa: ANN201
        return self.db.reading()

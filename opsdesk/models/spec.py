"""What every synced table declares about itself for sync (README, Architecture → Sync).

Each synced model sets ``__sync__ = SyncSpec(...)``. The export's region scope, the checks an
incoming change must pass and the frozen rules are derived from these declarations, so a new
table is handled correctly without touching sync code (a test refuses a synced table that
declares nothing).

Scopes (which laptops receive a row when a laptop asks for some regions only):

* ``global``: everywhere (regions, users, templates);
* ``store:<column>``: the row belongs to the store in ``column`` (``id`` for the store itself);
* ``parent:<table>.<column>``: goes wherever its parent row goes;
* ``targets:<table>.<column>``: goes wherever one of its children goes (a promotion: to every workspace
  holding one of its target stores, whose ``promotion_store`` rows are store-scoped);
* ``owner``: polymorphic ``owner_table``/``owner_id``: goes wherever its owner goes;
* ``linked``: an attachment goes wherever a link to it goes;
* ``local``: never exported (not used by a synced table today; kept for bookkeeping tables).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SCOPE_KINDS = ("global", "store", "parent", "targets", "owner", "linked", "local")


@dataclass(frozen=True)
class SyncSpec:
    scope: str
    # Values computed from other fields (scores): never logged, exported or merged; the
    # receiver recomputes them after applying a package.
    derived: tuple[str, ...] = ()
    # Allowed values of enumerated fields.
    enums: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Text columns holding JSON: field -> the JSON type the app reads ("list", "dict" or "any").
    json: dict[str, str] = field(default_factory=dict)
    # References that are not foreign keys: field -> table (None stays allowed).
    refs: dict[str, str] = field(default_factory=dict)
    # Row ids derived from content (answers from run + item, photos from their hash): two
    # nodes may create the same row. Elsewhere an id is created once, by one node.
    shared_ids: bool = False
    # The row belongs to a signed record through this parent (table, column) or its owner.
    frozen_by: tuple[str, str] | str | None = None
    # Rows written once and never changed (decisions): the database refuses an update, and a sync change
    # to a row that exists is set aside as a ``frozen`` conflict (so are the signatures they own).
    append_only: bool = False

    def __post_init__(self) -> None:
        kind = self.scope.split(":", 1)[0]
        if kind not in SCOPE_KINDS:
            raise ValueError(f"unknown sync scope {self.scope!r}")

    @property
    def kind(self) -> str:
        return self.scope.split(":", 1)[0]

    @property
    def column(self) -> str:
        """The store column of a ``store:`` scope."""
        return self.scope.split(":", 1)[1]

    @property
    def parent(self) -> tuple[str, str]:
        """(table, column) of a ``parent:`` or ``targets:`` scope (for ``targets``: the child table and its
        column naming this row)."""
        table, column = self.scope.split(":", 1)[1].split(".", 1)
        return table, column


def spec_of(model: Any) -> SyncSpec | None:  # noqa: ANN401
    """The model's own declaration (not inherited)."""
    return model.__dict__.get("__sync__")

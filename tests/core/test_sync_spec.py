"""Every synced table declares how it travels; the export scope is derived from those declarations."""

from __future__ import annotations

from opsdesk.models import Base, Synced
from opsdesk.models.spec import SCOPE_KINDS, spec_of
from opsdesk.services.sync import _scope_plan
from opsdesk.sync.apply import synced_specs, synced_table_map


def test_every_synced_table_declares_its_sync_spec():
    missing = [m.local_table.name for m in Base.registry.mappers
               if issubclass(m.class_, Synced) and spec_of(m.class_) is None]
    assert missing == [], f"synced tables without __sync__ = SyncSpec(...): {missing}"
    for name, spec in synced_specs().items():
        assert spec.kind in SCOPE_KINDS
        table = synced_table_map()[name]
        for field in (*spec.derived, *spec.enums, *spec.json, *spec.refs):
            assert field in table.c, f"{name}.{field} is declared but is not a column"
        if spec.kind == "store":
            assert spec.column in table.c
        if spec.kind == "parent":
            parent, column = spec.parent
            assert parent in synced_specs() and column in table.c


def test_every_store_bound_table_is_scoped():
    """A table that refers to a store, directly or through its parents, never goes to every laptop."""
    steps, scoped, _local = _scope_plan()
    tables = synced_table_map()
    specs = synced_specs()
    bound = {"store"}
    changed = True
    while changed:
        changed = False
        for name, table in tables.items():
            if name in bound:
                continue
            refs = {fk.column.table.name for fk in table.foreign_keys}
            if specs[name].kind == "parent":
                refs.add(specs[name].parent[0])
            if refs & bound:
                bound.add(name)
                changed = True
    assert bound <= scoped, f"store-bound tables sent to every laptop: {sorted(bound - scoped)}"
    assert {t for t, _q in steps} == scoped
    # photos and signatures follow their owner; photos' files follow their links
    assert {"attachment_link", "signature", "attachment"} <= scoped

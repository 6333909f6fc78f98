"""The Sync and Conflicts pages: export and import through the real widgets and worker threads,
trusting a new sender, a refused package, and a real conflict resolved on the Conflicts page."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from acting import as_head_office
from helpers import choose, idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from sign_helpers import sign_as, signer_for

from opsdesk.db import Database
from opsdesk.errors import PackageCorruptError
from opsdesk.permissions import as_system
from opsdesk.services import AppContext, org, sync
from ui.errors import describe
from ui.pages.conflicts import ConflictsPage
from ui.pages.sync import SyncPage

WAIT = 60_000


@pytest.fixture
def boxes(monkeypatch):  # noqa: ANN001, ANN201
    """Information and warning boxes do not block; their (kind, title, text) are recorded."""
    shown: list[tuple[str, str, str]] = []

    def record(kind: str):  # noqa: ANN202
        def box(_parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok
        return staticmethod(box)

    monkeypatch.setattr(QMessageBox, "information", record("information"))
    monkeypatch.setattr(QMessageBox, "warning", record("warning"))
    return shown


@pytest.fixture
def second_ctx(workspace_copy):  # noqa: ANN001, ANN201
    """Another new, empty workspace (a copy of the session's migrated template; it makes its own node)."""
    db = Database.open(workspace_copy("second.sqlite"))
    yield AppContext(db)
    db.close()


def make_page(qtbot, cls, ctx):  # noqa: ANN001, ANN201
    page = cls(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    if hasattr(page, "busy"):  # the sync page loads its lists in the background
        qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT)
    idle()  # and the conflicts page its rows
    return page


def cells(table, row: int) -> list[str]:  # noqa: ANN001
    return [table.item(row, c).text() if table.item(row, c) else "" for c in range(table.columnCount())]


def export_through_page(qtbot, monkeypatch, page: SyncPage, target: Path) -> sync.ExportResult:  # noqa: ANN001
    offered: list[str] = []

    def save(_parent, _title, directory, _filter, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        offered.append(directory)
        return str(target.with_suffix("")), _filter  # without the suffix: the page adds it

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save))
    page.last_result = None
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.last_result is not None and not page.busy(), timeout=WAIT)
    assert Path(offered[0]).name == page.default_name()
    assert page.default_name().startswith(f"opsdesk-{page.ctx.db.node.node_id}-")
    assert page.default_name().endswith(".opsync")
    return page.last_result


def import_through_page(qtbot, monkeypatch, page: SyncPage, source: Path) -> None:  # noqa: ANN001
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: (str(source), "*.opsync")))
    page.last_result = None
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)


def head_office_signs_in(qtbot, page: SyncPage, ctx: AppContext) -> None:  # noqa: ANN001
    """After a first import the workspace has people (they came with the package), so the next import is one of
    theirs (opsdesk.permissions: no_user): head office signs in and the page follows, as the window refreshes it
    after File > Switch user."""
    as_head_office(ctx)
    page.refresh()
    qtbot.waitUntil(lambda: not page.busy(), timeout=WAIT)
    assert page.import_button.isEnabled()


def rename_store(ctx: AppContext, store_id: str, name: str) -> None:
    """Head office renames the store on this laptop (org.manage: head office or an ops manager)."""
    ctx = as_head_office(replace(ctx))
    s = org.get_store(ctx, store_id)
    org.update_store(ctx, store_id, org.StoreInput(
        code=s.code, name=name, region_id=s.region_id, kind=s.kind, status=s.status, address=s.address,
        phone=s.phone, opened_on=s.opened_on, manager_id=s.manager_id, supervisor_id=s.supervisor_id,
        base_version=s.version))


def test_page_shows_this_workspace_identity(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = make_page(qtbot, SyncPage, demo_ctx)
    me = sync.local_node(demo_ctx)
    assert page.node_id.text() == demo_ctx.db.node.node_id
    assert page.fingerprint.text() == me.fingerprint == demo_ctx.db.node.fingerprint
    assert page.node_name.text() == me.name
    # no peer yet: the only target is "everything"
    assert page.target.count() == 1 and page.target.currentData() is None
    assert page.peers_table.rowCount() == 0 and page.history_table.rowCount() == 0


def test_export_then_import_trusting_the_sender(qtbot, monkeypatch, demo_ctx, second_ctx, boxes,  # noqa: ANN001
                                                answer_yes, tmp_path) -> None:
    sender = make_page(qtbot, SyncPage, demo_ctx)
    package = tmp_path / "out" / "first.opsync"
    package.parent.mkdir()
    exported = export_through_page(qtbot, monkeypatch, sender, package)
    assert exported.path == package and package.is_file()
    assert exported.changes > 100
    assert sender.history_table.rowCount() == 1
    row = cells(sender.history_table, 0)
    assert row[0] == sender.tr("Export")
    assert row[2] == sender.tr("Any workspace (everything)")
    assert row[3] == str(exported.changes)
    assert row[8] == "first.opsync"
    assert boxes and boxes[-1][0] == "information" and str(package) in boxes[-1][2]

    receiver = make_page(qtbot, SyncPage, second_ctx)
    stages: list[str] = []
    receiver.stage.connect(lambda stage, _done, _total: stages.append(stage))
    assert org.count_stores(second_ctx) == 0
    import_through_page(qtbot, monkeypatch, receiver, package)
    qtbot.waitUntil(lambda: receiver.last_result is not None and not receiver.busy(), timeout=WAIT)

    # the sender was unknown: the user was asked, with its name, node id and fingerprint
    assert len(answer_yes) == 1
    question = answer_yes[0]
    demo_node = sync.local_node(demo_ctx)
    assert demo_node.node_id in question and demo_node.fingerprint in question and demo_node.name in question
    result = receiver.last_result
    assert isinstance(result, sync.ImportResult)
    assert stages[0] == "verify" and stages[-1] == "apply"  # progress reached the GUI thread
    assert result.from_node == demo_node.node_id
    assert result.changes == exported.changes and result.applied == exported.changes and result.conflicts == 0
    assert org.count_stores(second_ctx) == org.count_stores(demo_ctx) > 0
    summary = boxes[-1]
    assert summary[0] == "information"
    assert receiver.tr("Applied: %1").replace("%1", str(result.applied)) in summary[2]

    # the peer and the exchange are on the page
    assert receiver.peers_table.rowCount() == 1
    peer = cells(receiver.peers_table, 0)
    assert peer[0] == demo_node.name and peer[1] == demo_node.node_id and peer[2] == demo_node.fingerprint
    assert peer[3] != receiver.tr("never") and peer[4] == receiver.tr("never")
    assert receiver.history_table.rowCount() == 1
    row = cells(receiver.history_table, 0)
    assert row[0] == receiver.tr("Import")
    assert row[2] == demo_node.name
    assert row[3:6] == [str(exported.changes), str(exported.changes), "0"]
    assert row[8] == "first.opsync"
    # the new peer is now a target for the next export, and chosen by default
    assert receiver.target.findData(demo_node.node_id) >= 0

    # the same package again: no question (the sender is trusted now), nothing applied twice
    head_office_signs_in(qtbot, receiver, second_ctx)
    answer_yes.clear()
    import_through_page(qtbot, monkeypatch, receiver, package)
    qtbot.waitUntil(lambda: receiver.last_result is not None and not receiver.busy(), timeout=WAIT)
    assert answer_yes == []
    assert receiver.last_result.already_imported
    assert receiver.history_table.rowCount() == 1


def test_unknown_sender_refused_when_not_trusted(qtbot, monkeypatch, demo_ctx, second_ctx, boxes,  # noqa: ANN001
                                                 tmp_path) -> None:
    package = tmp_path / "a.opsync"
    sync.export_package(demo_ctx, package)
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page = make_page(qtbot, SyncPage, second_ctx)
    import_through_page(qtbot, monkeypatch, page, package)
    qtbot.waitUntil(lambda: len(asked) == 1 and not page.busy(), timeout=WAIT)
    qtbot.wait(200)
    assert not page.busy()
    assert page.last_result is None
    assert org.count_stores(second_ctx) == 0
    assert sync.peers(second_ctx) == [] and page.peers_table.rowCount() == 0


def test_corrupted_package_is_refused_and_changes_nothing(qtbot, monkeypatch, demo_ctx, second_ctx,  # noqa: ANN001
                                                          boxes, answer_yes, tmp_path) -> None:
    good = tmp_path / "good.opsync"
    sync.export_package(demo_ctx, good)
    broken = tmp_path / "broken.opsync"
    broken.write_bytes(good.read_bytes()[: good.stat().st_size // 2])  # cut off in transit

    page = make_page(qtbot, SyncPage, second_ctx)
    import_through_page(qtbot, monkeypatch, page, broken)
    qtbot.waitUntil(lambda: bool(boxes) and not page.busy(), timeout=WAIT)
    kind, title, text = boxes[-1]
    assert kind == "warning"
    assert title == page.tr("Import package")
    assert text == describe(PackageCorruptError())
    assert answer_yes == []  # refused before any question about trust
    assert page.last_result is None
    assert org.count_stores(second_ctx) == 0
    assert sync.peers(second_ctx) == [] and sync.history(second_ctx) == []
    assert page.peers_table.rowCount() == 0 and page.history_table.rowCount() == 0


def test_receive_only_region_is_saved(qtbot, demo_ctx) -> None:  # noqa: ANN001
    page = make_page(qtbot, SyncPage, demo_ctx)
    top = [r for r in org.list_regions(demo_ctx) if r.level == "region"]
    assert page.receive.count() == len(top) + 1
    assert page.receive.currentData() is None
    index = page.receive.findData(top[0].id)
    page.receive.setCurrentIndex(index)
    page.receive.activated.emit(index)
    assert sync.receive_regions(demo_ctx) == (top[0].id,)
    page.refresh()
    assert page.receive.currentData() == top[0].id
    page.receive.setCurrentIndex(0)
    page.receive.activated.emit(0)
    assert sync.receive_regions(demo_ctx) is None


def test_conflict_resolved_with_the_other_value(qtbot, monkeypatch, demo_ctx, second_ctx, boxes,  # noqa: ANN001
                                                answer_yes, tmp_path) -> None:
    # first exchange both ways, so both workspaces know each other and the same store
    sync.export_package(demo_ctx, tmp_path / "a1.opsync")
    sync.import_package(second_ctx, tmp_path / "a1.opsync", trust=True)
    a_node, b_node = demo_ctx.db.node.node_id, second_ctx.db.node.node_id
    sync.export_package(as_system(second_ctx), tmp_path / "b1.opsync", to_node=a_node)  # the transport
    sync.import_package(demo_ctx, tmp_path / "b1.opsync", trust=True)

    conflicts_page = make_page(qtbot, ConflictsPage, demo_ctx)
    assert conflicts_page.table.rowCount() == 0
    assert conflicts_page.empty.isVisible() and not conflicts_page.table.isVisible()

    # both sides rename the same store offline
    store = org.query_stores(demo_ctx)[0]
    rename_store(demo_ctx, store.id, "人民路旗舰店")
    rename_store(second_ctx, store.id, "人民路二店")
    sync.export_package(as_system(second_ctx), tmp_path / "b2.opsync", to_node=a_node)

    sync_page = make_page(qtbot, SyncPage, demo_ctx)
    import_through_page(qtbot, monkeypatch, sync_page, tmp_path / "b2.opsync")
    qtbot.waitUntil(lambda: sync_page.last_result is not None and not sync_page.busy(), timeout=WAIT)
    assert answer_yes == []  # known sender
    assert sync_page.last_result.conflicts == 1
    assert boxes[-1][0] == "warning"
    assert sync_page.tr("Conflicts: %1").replace("%1", "1") in boxes[-1][2]
    assert sync_page.conflict_note.text() != ""
    assert cells(sync_page.history_table, 0)[5] == "1"
    assert cells(sync_page.peers_table, 0)[1] == b_node

    conflicts_page.refresh()
    idle()
    assert conflicts_page.table.isVisible() and not conflicts_page.empty.isVisible()
    assert conflicts_page.table.rowCount() == 1
    conflict = conflicts_page.rows[0]
    assert {conflict.current_value, conflict.other_value} == {"人民路旗舰店", "人民路二店"}
    assert org.get_store(demo_ctx, store.id).name == conflict.current_value
    row = cells(conflicts_page.table, 0)
    assert row[1] == conflicts_page.tr("Store") and row[2] == conflicts_page.tr("Name")
    assert row[3] == conflict.current_value and row[5] == conflict.other_value
    assert row[7] == conflicts_page.tr("Concurrent edit")
    assert store.code in row[0]

    # nothing selected: nothing to resolve
    assert not conflicts_page.keep_button.isEnabled() and not conflicts_page.other_button.isEnabled()
    conflicts_page.table.selectRow(0)
    assert conflicts_page.keep_button.isEnabled() and conflicts_page.other_button.isEnabled()
    qtbot.mouseClick(conflicts_page.other_button, Qt.MouseButton.LeftButton)
    idle()

    assert len(answer_yes) == 1 and conflict.other_value in answer_yes[0]  # asked before changing
    assert org.get_store(demo_ctx, store.id).name == conflict.other_value
    assert sync.open_conflict_count(demo_ctx) == 0
    assert conflicts_page.table.rowCount() == 0
    assert conflicts_page.empty.isVisible()

    # the resolved conflict is still listed under "all", marked as such
    choose(conflicts_page.status, None)
    assert conflicts_page.table.rowCount() == 1
    assert cells(conflicts_page.table, 0)[9] == conflicts_page.tr("Used other value")
    conflicts_page.table.selectRow(0)
    assert not conflicts_page.keep_button.isEnabled() and not conflicts_page.other_button.isEnabled()


def test_use_other_value_cancelled_keeps_the_record(qtbot, monkeypatch, demo_ctx, second_ctx,  # noqa: ANN001
                                                    tmp_path) -> None:
    sync.export_package(demo_ctx, tmp_path / "a1.opsync")
    sync.import_package(second_ctx, tmp_path / "a1.opsync", trust=True)
    store = org.query_stores(demo_ctx)[0]
    rename_store(demo_ctx, store.id, "甲")
    rename_store(second_ctx, store.id, "乙")
    sync.export_package(as_system(second_ctx), tmp_path / "b.opsync")  # the transport
    sync.import_package(demo_ctx, tmp_path / "b.opsync", trust=True)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *args, **kwargs: QMessageBox.StandardButton.No))
    page = make_page(qtbot, ConflictsPage, demo_ctx)
    assert page.table.rowCount() == 1
    before = org.get_store(demo_ctx, store.id).name
    page.table.selectRow(0)
    qtbot.mouseClick(page.other_button, Qt.MouseButton.LeftButton)
    idle()
    assert org.get_store(demo_ctx, store.id).name == before
    assert sync.open_conflict_count(demo_ctx) == 1
    # keeping the current value needs no question and closes the conflict
    qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)
    idle()
    assert org.get_store(demo_ctx, store.id).name == before
    assert sync.open_conflict_count(demo_ctx) == 0 and page.table.rowCount() == 0


def test_unknown_node_error_text_names_node_and_fingerprint() -> None:
    from opsdesk.errors import UnknownNodeError

    text = describe(UnknownNodeError("x", node="abcd1234abcd1234", fingerprint="ab:cd", name="门店A"))
    assert "abcd1234abcd1234" in text and "ab:cd" in text and "门店A" in text



def test_dropping_a_package_imports_it(qtbot, demo_ctx, second_ctx, boxes, answer_yes, tmp_path) -> None:  # noqa: ANN001
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    package = tmp_path / "dropped.opsync"
    exported = sync.export_package(demo_ctx, package)
    page = make_page(qtbot, SyncPage, second_ctx)
    other = QMimeData()
    other.setUrls([QUrl.fromLocalFile(str(tmp_path / "photo.jpg"))])
    ignored = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, other, Qt.MouseButton.LeftButton,
                         Qt.KeyboardModifier.NoModifier)
    page.dropEvent(ignored)
    assert not page.busy() and not ignored.isAccepted()

    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(package))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    page.dropEvent(event)
    qtbot.waitUntil(lambda: page.last_result is not None and not page.busy(), timeout=WAIT)
    assert len(answer_yes) == 1
    assert page.last_result.applied == exported.changes
    assert page.history_table.rowCount() == 1


def test_a_note_set_aside_by_a_signing_is_shown_and_explained(qtbot, tmp_path) -> None:  # noqa: ANN001
    """The wedge of the sync issue, seen on the Conflicts page: laptop B notes an optional item
    while laptop A signs the inspection; A imports B's package (it is not refused) and the page
    shows B's note as a value set aside by the signing, which can be acknowledged, not applied."""
    from datetime import date

    from opsdesk.services import runs, signatures, templates, workspace
    from opsdesk.templates_io import parse_template

    spec = {"format": "opsdesk-template", "format_version": 1, "code": "tiny", "kind": "inspection",
            "title": "小巡检", "title_en": "Tiny", "description": "",
            "grade_bands": [{"grade": "A", "min": 90}, {"grade": "D", "min": 0}],
            "sections": [{"title": "基础", "title_en": "Basics", "weight": 1, "items": [
                {"key": "floor", "text": "地面清洁", "text_en": "Floor", "type": "pass_fail"},
                {"key": "remark", "text": "其他情况", "text_en": "Remarks", "type": "text", "required": False}]}]}
    a, b = (AppContext(Database.open(tmp_path / f"{n}.sqlite")) for n in "ab")
    try:
        for ctx in (a, b):
            workspace.prepare(ctx)
        version = templates.import_spec(a, parse_template(spec))
        region = org.save_region(a, "华东", "EAST")
        store = org.create_store(a, org.StoreInput(code="S001", name="人民路店", region_id=region.id,
                                                   opened_on=date(2024, 1, 1)))
        run = runs.start_run(a, store.id, version.template_id, "routine")
        sync.export_package(a, tmp_path / "a.opsync")
        sync.import_package(b, tmp_path / "a.opsync", trust=True)
        items = {i.key: i.id for i in version.items()}
        runs.set_note(b, run.id, items["remark"], "后门未锁")
        runs.set_answer(a, run.id, items["floor"], "pass")
        runs.complete(a, run.id)
        for role in ("supervisor", "store_manager"):
            sign_as(a, run.id, role, [[(0, 0, 0), (10, 10, 0.1)]])
        sync.export_package(as_system(b), tmp_path / "b.opsync", to_node=a.db.node.node_id)  # the transport
        sync.import_package(as_system(a), tmp_path / "b.opsync", trust=True)  # applies; B's note is set aside

        a.user_id = signer_for(a, "supervisor", store.id)  # the store's supervisor decides (sync.resolve)
        page = make_page(qtbot, ConflictsPage, a)
        notes = [r for r, c in enumerate(page.rows) if c.field == "note"]
        assert len(notes) == 1, [(c.field, c.other_value) for c in page.rows]
        row = notes[0]
        conflict = page.rows[row]
        assert conflict.reason == "frozen" and conflict.other_value == "后门未锁" and conflict.current_value == ""
        shown = cells(page.table, row)
        assert "其他情况" in shown[0] and shown[5] == "后门未锁" and shown[7] == page.tr("Signed record")
        assert page.table.item(row, 7).toolTip() == page.frozen_explanation(conflict)
        # the set-aside explanation, not the one for an edit of a signed value
        assert page.frozen_explanation(conflict) != page.tr("The record is signed: a correction, not a sync, changes it.")
        assert shown[3] == page.tr("(not in the signed record)")
        page.table.selectRow(row)
        assert page.keep_button.isEnabled() and not page.other_button.isEnabled()
        qtbot.mouseClick(page.keep_button, Qt.MouseButton.LeftButton)  # acknowledged
        idle()
        assert all(c.id != conflict.id for c in sync.conflicts(a))
        assert all(s.valid for s in signatures.signatures_of(a, "checklist_run", run.id))
    finally:
        a.db.close()
        b.db.close()


def test_a_sender_whose_history_went_back_is_flagged(qtbot, monkeypatch, demo_ctx, second_ctx, boxes,  # noqa: ANN001
                                                     answer_yes, tmp_path) -> None:
    """The audit head travels in every package: when a later package from the same workspace shows
    a shorter (or another) history, the import summary warns and the peer is marked."""
    import sqlite3

    sender = make_page(qtbot, SyncPage, demo_ctx)
    first = tmp_path / "first.opsync"
    export_through_page(qtbot, monkeypatch, sender, first)
    receiver = make_page(qtbot, SyncPage, second_ctx)
    import_through_page(qtbot, monkeypatch, receiver, first)
    qtbot.waitUntil(lambda: receiver.last_result is not None and not receiver.busy(), timeout=WAIT)
    assert receiver.last_result.history_rewrite is None
    assert boxes[-1][0] == "information"

    conn = sqlite3.connect(demo_ctx.db.path)  # the sender's last audit entries removed by hand
    top = conn.execute("SELECT max(seq) FROM audit_entry").fetchone()[0]
    conn.execute("DELETE FROM audit_entry WHERE seq > ?", (top - 3,))
    conn.commit()
    conn.close()
    second = tmp_path / "second.opsync"
    export_through_page(qtbot, monkeypatch, sender, second)
    head_office_signs_in(qtbot, receiver, second_ctx)
    receiver.last_result = None
    import_through_page(qtbot, monkeypatch, receiver, second)
    qtbot.waitUntil(lambda: receiver.last_result is not None and not receiver.busy(), timeout=WAIT)
    rewrite = receiver.last_result.history_rewrite
    assert rewrite is not None and rewrite.now_seq < rewrite.seen_seq
    kind, _title, text = boxes[-1]
    assert kind == "warning"
    assert receiver._rewrite_text(rewrite) in text and demo_ctx.db.node.node_id in text
    name = receiver.peers_table.item(0, 0)
    assert "opsdesk db check" in name.toolTip()


def test_the_page_loads_peers_and_history_off_the_gui_thread(qtbot, monkeypatch, demo_ctx, second_ctx, boxes,  # noqa: ANN001
                                                              answer_yes, tmp_path) -> None:
    """Peers, their pending counts, the exchange history and the conflict count grow with use: the
    page asks for them in the background and fills its tables when they arrive."""
    from PySide6.QtCore import QCoreApplication, QThread

    package = tmp_path / "p.opsync"
    export_through_page(qtbot, monkeypatch, make_page(qtbot, SyncPage, demo_ctx), package)
    sync.import_package(second_ctx, package, trust=True)
    on_gui: list[tuple[str, bool]] = []
    for name in ("peers", "pending_count", "history", "open_conflict_count"):
        original = getattr(sync, name)

        def recording(*args, _original=original, _name=name, **kwargs):  # noqa: ANN002, ANN003, ANN202
            on_gui.append((_name, QThread.currentThread() is QCoreApplication.instance().thread()))
            return _original(*args, **kwargs)

        monkeypatch.setattr(sync, name, recording)
    page = make_page(qtbot, SyncPage, second_ctx)
    assert {name for name, _gui in on_gui} == {"peers", "pending_count", "history", "open_conflict_count"}
    assert not any(gui for _name, gui in on_gui)
    assert page.peers_table.rowCount() == 1 and page.history_table.rowCount() == 1

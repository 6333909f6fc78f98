"""Equipment acceptance from the register (pytest-qt, a real demo workspace): Acceptance... on an installed item
opens the runner, the measurements and checks are answered by keyboard and editors, completing offers the
signatures, supplier, store manager and supervisor sign in the acceptance view, and the register then shows
the item accepted; the item form shows the latest acceptance with its certificate. At a store being opened
whose fit-out has not passed, the refusal is shown and nothing is created."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from helpers import idle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from opsdesk.permissions import as_system
from opsdesk.services import acceptance, equipment, org, runs, signatures
from ui import labels
from ui.pages.equipment import EquipmentDialog, EquipmentPage
from ui.pages.equipment.acceptance import AcceptanceViewDialog
from ui.widgets.proposals import ProposalsDialog
from ui.widgets.runner import RunnerDialog
from ui.widgets.signature_pad import SignDialog

NUMBERS = {"supply_voltage": "231", "earthing_resistance": "0.8", "running_current": "9.5"}


def installed_item(ctx, store_id: str, serial: str) -> equipment.EquipmentDTO:  # noqa: ANN001
    equipment.ensure_default_categories(ctx)
    category = equipment.list_categories(ctx)[0]
    return equipment.create_equipment(ctx, equipment.EquipmentInput(
        store_id=store_id, category_id=category.id, name="验收测试空调", brand="格力", model="KFR-72LW",
        serial_number=serial, supplier="恒温机电", installed_on=date.today() - timedelta(days=1)))


def page_on(qtbot, ctx, item: equipment.EquipmentDTO) -> EquipmentPage:  # noqa: ANN001
    page = EquipmentPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 760)
    page.show()
    page.refresh()
    idle()
    found: list[bool] = []
    page.select_where(lambda e: e.id == item.id, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=10000)
    assert found == [True] and page.selected().id == item.id
    return page


def draw(pad) -> None:  # noqa: ANN001
    points = [(40, 40), (120, 90), (220, 60), (300, 110)]
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def fill_runner(qtbot, runner: RunnerDialog) -> None:  # noqa: ANN001
    """Every item as a person answers it: P on the checks, typed numbers and texts, the date in its editor."""
    qtbot.addWidget(runner)
    runner.show()
    runner.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is runner, timeout=5000)  # the keys go to the runner
    for item in runner.version.items():
        runner.set_current(item.id)
        card = runner.cards[item.id]
        if item.answer_type in ("pass_fail", "yes_no"):
            runner.setFocus()
            qtbot.keyClick(QApplication.focusWidget() or runner, Qt.Key.Key_P)
        elif item.answer_type in ("number", "text"):
            field = card.editor.line_edit
            field.setFocus()
            qtbot.keyClicks(field, NUMBERS.get(item.key, "GL-2024-0042"))
            qtbot.keyClick(field, Qt.Key.Key_Return)
        elif item.answer_type == "date":
            assert runner.save_answer(item.id, date.today().isoformat())  # what the date editor sends
    detail = runs.get_run(runner.ctx, runner.run_id)
    missing = [i.key for i in runner.version.items() if detail.answer(i.id) is None or not detail.answer(i.id).answered]
    assert not missing, missing
    measured = {m.key: (m.value_text, m.passed) for m in acceptance.measurements_of(detail)}
    assert measured == {"supply_voltage": ("231 V", True), "earthing_resistance": ("0.8 Ω", True),
                        "running_current": ("9.5 A", True)}
    runner.complete()  # the runner's own Complete (Ctrl+Enter)


def test_acceptance_from_the_register_through_three_signatures(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    ctx = demo_ctx
    store = next(s for s in org.query_stores(ctx) if s.status == "open")
    item = installed_item(ctx, store.id, "ACC-UI-0001")
    page = page_on(qtbot, ctx, item)
    assert page.accept_button.isEnabled()
    supervisor = ctx.user_id
    manager = next(u for u in org.query_users(ctx, org.UserQuery(role="store_manager", store_id=store.id)))
    steps: list[str] = []  # the store's manager: signing as the store manager is theirs, at their store

    def runner_exec(self: RunnerDialog) -> int:
        steps.append("runner")
        assert self.detail.run.run_type == "acceptance"
        fill_runner(qtbot, self)
        return self.result()

    def question(_parent, title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        steps.append("question")
        assert "供应商" in text or "supplier" in text
        return QMessageBox.StandardButton.Yes

    signer = {"role": ""}

    def sign_exec(self: SignDialog) -> int:
        qtbot.addWidget(self)
        self.resize(700, 500)
        self.show()
        role = signer["role"]
        assert self.role.findData(role) >= 0, (role, [self.role.itemData(i) for i in range(self.role.count())])
        self.role.setCurrentIndex(self.role.findData(role))
        if self.external():
            self.name.insert("李供应")
        draw(self.pad)
        self.sign()
        steps.append(f"sign:{role}")
        return self.result()

    def view_exec(self: AcceptanceViewDialog) -> int:
        steps.append("view")
        qtbot.addWidget(self)
        assert self.export_button.text() == self.tr("Acceptance certificate")
        assert self.correct_button.isHidden()
        for role, user in (("supplier", supervisor), ("supervisor", supervisor), ("store_manager", manager.id)):
            ctx.user_id = user  # the store manager signs under their own account
            signer["role"] = role
            self.sign()
        ctx.user_id = supervisor
        assert "冻结" in self.signed_label.text() or "frozen" in self.signed_label.text()
        assert labels.equipment_status("accepted") in self.browser.toPlainText()
        self.sign_first = False  # the sign dialog is not opened again over a hidden view
        return 0

    monkeypatch.setattr(RunnerDialog, "exec", runner_exec)
    monkeypatch.setattr(ProposalsDialog, "exec", lambda self: steps.append("proposals") or 0)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(AcceptanceViewDialog, "exec", view_exec)
    monkeypatch.setattr(SignDialog, "exec", sign_exec)
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    idle()

    # Accepted without failures: no conditions to offer; the three signatures froze it.
    assert steps == ["runner", "question", "view", "sign:supplier", "sign:supervisor", "sign:store_manager"]
    run = acceptance.latest_acceptance(ctx, item.id)
    assert run.status == "signed"
    assert sorted(s.role for s in signatures.signatures_of(ctx, "checklist_run", run.id)) == [
        "store_manager", "supervisor", "supplier"]
    after = equipment.get_equipment(ctx, item.id)
    assert (after.status, after.acceptance_run_id, after.accepted_on) == ("accepted", run.id, run.business_date)

    # The register shows the result (reloaded, the item still selected); an accepted item is not accepted again.
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().id == item.id, timeout=10000)
    assert page.selected().status == "accepted"
    row = next(r for r in range(page.model.rowCount()) if page.model.dto(r).id == item.id)
    status_cell = page.model.index(row, page.column_keys.index("status")).data()
    assert status_cell == labels.equipment_status("accepted")
    assert not page.accept_button.isEnabled()
    assert item.asset_code in page.notice.text()

    # The item form: the latest acceptance's date and result, its view and certificate.
    dialog = EquipmentDialog(ctx, after)
    qtbot.addWidget(dialog)
    box = dialog.acceptance
    assert run.business_date.isoformat() in box.line.text()
    assert labels.equipment_status("accepted") in box.line.text()
    assert box.open_button.isEnabled() and box.certificate.isEnabled()
    assert box.certificate.text() == box.tr("Acceptance certificate")
    assert box.certificate.name().endswith(f"{run.id[:8]}.pdf")


def test_certificate_built_from_the_view_carries_the_item(qtbot, demo_ctx, tmp_path) -> None:  # noqa: ANN001
    import subprocess

    ctx = demo_ctx
    store = next(s for s in org.query_stores(ctx) if s.status == "open")
    item = installed_item(ctx, store.id, "ACC-UI-0002")
    run = acceptance.start_acceptance(ctx, item.id)
    for it in runs.get_run(ctx, run.id).version.items():
        value = {"number": NUMBERS.get(it.key), "text": "GL", "date": date.today().isoformat()}.get(
            it.answer_type, "pass")
        runs.set_answer(ctx, run.id, it.id, value)
    runs.complete(ctx, run.id)
    view = AcceptanceViewDialog(ctx, run.id)
    qtbot.addWidget(view)
    assert view.export_button.name().startswith("设备验收单-") or view.export_button.name().startswith("acceptance-")
    out = tmp_path / "cert.pdf"
    view.export_button.make_build()(out)  # what Export PDF runs in the worker
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert item.asset_code in text and "ACC-UI-0002" in text
    assert sorted(signatures.missing_roles(ctx, run.id)) == ["store_manager", "supervisor", "supplier"]
    assert view.sign_button.isEnabled()


def test_a_conditional_result_offers_its_conditions_before_signing(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    from ui.pages.equipment.acceptance import run_acceptance

    ctx = demo_ctx
    store = next(s for s in org.query_stores(ctx) if s.status == "open")
    item = installed_item(ctx, store.id, "ACC-UI-0004")
    run = acceptance.start_acceptance(ctx, item.id)
    steps: list[str] = []

    def runner_exec(self: RunnerDialog) -> int:
        for it in self.version.items():  # the voltage out of its limits (confirmed): a condition
            value = {"number": NUMBERS.get(it.key), "text": "GL", "date": date.today().isoformat()}.get(
                it.answer_type, "pass")
            runs.set_answer(ctx, self.run_id, it.id, "260" if it.key == "supply_voltage" else value,
                            allow_out_of_range=True)
        self.complete()
        return self.result()

    monkeypatch.setattr(RunnerDialog, "exec", runner_exec)
    monkeypatch.setattr(ProposalsDialog, "exec", lambda self: steps.append(f"proposals:{len(self.proposals)}") or 0)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda *a, **k: steps.append("question") or QMessageBox.StandardButton.No))
    run_acceptance(ctx, run.id, None)
    assert acceptance.acceptance_result(ctx, run.id) == "conditional"
    assert steps == ["proposals:1", "question"]  # the condition first, then Sign now? (No: later)
    assert runs.get_summary(ctx, run.id).status == "completed"


def test_no_acceptance_before_the_fitout_passed(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    ctx = demo_ctx
    store = next(s for s in org.query_stores(ctx) if s.status == "open" and not acceptance.fitout_passed(ctx, s.id))
    org.set_store_status(as_system(ctx), store.id, "preparing")  # (head office's step) being opened, no fit-out acceptance passed
    item = installed_item(ctx, store.id, "ACC-UI-0003")
    page = page_on(qtbot, ctx, item)
    before = runs.count_runs(ctx, runs.RunQuery())
    warned: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, title, text, *a: warned.append((title, text))))
    monkeypatch.setattr(RunnerDialog, "exec", lambda self: pytest.fail("the runner opened"))
    assert page.accept_button.isEnabled()  # installed: acceptable, the store's rule is checked on starting
    qtbot.mouseClick(page.accept_button, Qt.MouseButton.LeftButton)
    assert len(warned) == 1
    title, text = warned[0]
    assert store.code in text
    assert "装修" in text or "fit-out" in text  # the reason, translated, not a code
    assert "fitout_not_accepted" not in text
    assert runs.count_runs(ctx, runs.RunQuery()) == before  # nothing was created
    assert acceptance.latest_acceptance(ctx, item.id) is None
    assert equipment.get_equipment(ctx, item.id).status == "installed"
    QApplication.processEvents()

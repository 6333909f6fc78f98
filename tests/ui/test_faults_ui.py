"""The fault dialogs against a real workspace: reporting a fault with a photo (field errors first),
stepping it to closed with its field errors (a negative cost, a closing without reason), a corrective
action raised from it, a refused step explained, and the list of an item's faults."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QMessageBox

from opsdesk.models import Equipment
from opsdesk.services import actions, equipment, faults, org
from opsdesk.services.equipment import EquipmentInput
from ui.pages.equipment.faults import (
    FaultDialog,
    FaultListWidget,
    FaultStepDialog,
    ReportFaultDialog,
    fault_status,
    hours_text,
    severity,
    step_label,
)


def invalid(widget) -> bool:  # noqa: ANN001
    return widget.property("invalid") == "true"


@pytest.fixture
def item(empty_ctx):  # noqa: ANN001, ANN201
    """An air conditioner in service at a store (brought there through the register's lifecycle)."""
    ctx = empty_ctx
    region = org.save_region(ctx, "华东大区", "HD")  # a new workspace being set up: allowed until it has users
    area = org.save_region(ctx, "上海片区", "SH", parent_id=region.id)
    store = org.create_store(ctx, org.StoreInput("SH001", "徐家汇店", area.id, opened_on=date(2020, 1, 1)))
    user = org.create_user(ctx, org.UserInput(username="lead", name="督导甲", role="supervisor",
                                              store_ids=(store.id,)))  # the store's supervisor
    ctx.user_id = user.id
    equipment.ensure_default_categories(ctx)
    kt = next(c for c in equipment.list_categories(ctx) if c.code == "KT")
    made = equipment.create_equipment(ctx, EquipmentInput(store_id=store.id, category_id=kt.id, name="柜式空调",
                                                          installed_on=date(2025, 1, 3)))
    with ctx.tx() as s:
        row = s.get(Equipment, made.id)
        equipment.move_in(s, row, "accepted", user.id, "")
        equipment.move_in(s, row, "in_service", user.id, "")
    return equipment.get_equipment(ctx, made.id)


@pytest.fixture
def picture(tmp_path):  # noqa: ANN001, ANN201
    from PIL import Image

    path = tmp_path / "fault.png"
    Image.new("RGB", (40, 30), (200, 30, 30)).save(path)
    return path


@pytest.fixture
def warned(monkeypatch) -> list[str]:  # noqa: ANN001
    texts: list[str] = []

    def warning(_parent, _title, text, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        texts.append(text)
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return texts


def ok(dialog) -> None:  # noqa: ANN001
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()


def test_report_a_fault_then_step_it_to_closed(qtbot, empty_ctx, item, picture, monkeypatch, warned) -> None:  # noqa: ANN001
    ctx = empty_ctx
    report = ReportFaultDialog(ctx, item.id)
    qtbot.addWidget(report)
    assert item.asset_code in report.item_label.text() and "徐家汇店" in report.item_label.text()
    ok(report)  # no symptom: refused at its field, nothing reported
    assert not report.error_label.isHidden() and invalid(report.symptom)
    assert report.result() != QDialog.DialogCode.Accepted and faults.count_faults(ctx) == 0
    report.symptom.setPlainText("不制冷，显示 E4")
    report.severity.setCurrentIndex(report.severity.findData("high"))
    report.add_photos([str(picture), str(picture)])  # the same file once
    assert report.photo_paths() == [str(picture)]
    ok(report)
    assert report.result() == QDialog.DialogCode.Accepted and report.changed
    fault = report.result_value
    assert (fault.symptom, fault.severity, fault.status) == ("不制冷，显示 E4", "high", "reported")
    assert len(faults.photos(ctx, fault.id)) == 1
    assert equipment.get_equipment(ctx, item.id).status == "under_repair"

    dialog = FaultDialog(ctx, fault.id)
    qtbot.addWidget(dialog)
    assert dialog.offered() == ["located", "closed"]
    assert dialog.step_buttons["located"].text() == step_label("located")
    assert dialog.status_badge.text() == fault_status("reported")
    assert dialog.severity_badge.text() == severity("high")
    assert dialog.values["symptom"].text() == "不制冷，显示 E4"
    assert len([t for t in dialog.findChildren(type(dialog.heading), "thumb") if not t.isHidden()]) == 1

    def locate(d: FaultStepDialog) -> int:
        assert d.target == "located"
        d.text.setPlainText("启动电容鼓包")
        d.ok_button.click()
        return d.result()

    monkeypatch.setattr(FaultStepDialog, "exec", locate)
    dialog.step_buttons["located"].click()
    assert faults.get_fault(ctx, fault.id).status == "located"
    assert dialog.values["diagnosis"].text() == "启动电容鼓包" and dialog.offered() == ["repaired", "closed"]

    def repair(d: FaultStepDialog) -> int:
        assert d.target == "repaired"
        d.vendor.setText("格力售后")
        d.parts.setPlainText("启动电容 35μF")
        d.cost.setText("-5")
        d.ok_button.click()  # a negative cost: shown at the field, nothing saved
        assert not d.error_label.isHidden() and invalid(d.cost)
        assert "0" in d.error_label.text() and faults.get_fault(ctx, fault.id).status == "located"
        d.cost.setText("abc")
        d.ok_button.click()
        assert invalid(d.cost) and faults.get_fault(ctx, fault.id).status == "located"
        d.cost.setText("1,350.5")
        d.ok_button.click()
        return d.result()

    monkeypatch.setattr(FaultStepDialog, "exec", repair)
    dialog.step_buttons["repaired"].click()
    now = faults.get_fault(ctx, fault.id)
    assert (now.status, now.vendor, now.cost) == ("repaired", "格力售后", Decimal("1350.50"))
    assert dialog.values["cost"].text() == "¥1,350.50"
    assert dialog.values["downtime"].text() == hours_text(now.downtime_hours)
    assert equipment.get_equipment(ctx, item.id).status == "in_service"  # back in service

    # a corrective action from the fault
    assert not dialog.action_button.isHidden() and not now.action_id
    raise_text = dialog.action_button.text()
    dialog.action_button.click()
    now = faults.get_fault(ctx, fault.id)
    assert now.action_id and actions.get_action(ctx, now.action_id).store_id == item.store_id
    assert dialog.action_button.text() != raise_text  # now it opens the action
    assert actions.get_action(ctx, now.action_id).title in dialog.values["action"].text()
    from ui.pages.actions.action_dialog import ActionDialog

    seen: list[str] = []
    monkeypatch.setattr(ActionDialog, "exec", lambda d: seen.append(d.action.id) or 0)
    dialog.action_button.click()
    assert seen == [now.action_id]

    def analyse(d: FaultStepDialog) -> int:
        d.text.setPlainText("电压波动")
        d.ok_button.click()
        return d.result()

    monkeypatch.setattr(FaultStepDialog, "exec", analyse)
    dialog.step_buttons["analysed"].click()
    assert dialog.offered() == ["closed"]

    def close(d: FaultStepDialog) -> int:
        d.ok_button.click()  # after the analysis a note is optional
        return d.result()

    monkeypatch.setattr(FaultStepDialog, "exec", close)
    dialog.step_buttons["closed"].click()
    closed = faults.get_fault(ctx, fault.id)
    assert closed.status == "closed" and dialog.changed
    assert dialog.offered() == [] and dialog.status_badge.text() == fault_status("closed")
    assert dialog.add_photos_button.isHidden()
    assert warned == []


def test_closing_before_the_analysis_asks_for_a_reason(qtbot, empty_ctx, item, monkeypatch) -> None:  # noqa: ANN001
    ctx = empty_ctx
    fault = faults.report_fault(ctx, item.id, "屏幕闪烁")
    dialog = FaultDialog(ctx, fault.id)
    qtbot.addWidget(dialog)

    def close(d: FaultStepDialog) -> int:
        d.text.setPlainText("  ")
        d.ok_button.click()
        assert not d.error_label.isHidden() and invalid(d.text)
        assert faults.get_fault(ctx, fault.id).status == "reported"
        d.text.setPlainText("误报：插头松动")
        d.ok_button.click()
        return d.result()

    monkeypatch.setattr(FaultStepDialog, "exec", close)
    dialog.step_buttons["closed"].click()
    assert faults.get_fault(ctx, fault.id).close_note == "误报：插头松动"
    assert equipment.get_equipment(ctx, item.id).status == "in_service"
    assert dialog.values["close_note"].text() == "误报：插头松动"


def test_a_step_taken_elsewhere_meanwhile_is_explained(qtbot, empty_ctx, item, monkeypatch, warned) -> None:  # noqa: ANN001
    ctx = empty_ctx
    fault = faults.report_fault(ctx, item.id, "异响")
    dialog = FaultDialog(ctx, fault.id)
    qtbot.addWidget(dialog)
    faults.close(ctx, fault.id, "另一台电脑已关闭")  # meanwhile

    def locate(d: FaultStepDialog) -> int:
        d.text.setPlainText("风扇")
        d.ok_button.click()
        assert d.result() != QDialog.DialogCode.Accepted
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FaultStepDialog, "exec", locate)
    dialog.step_buttons["located"].click()
    assert len(warned) == 1 and warned[0]  # one message, not a traceback
    assert faults.get_fault(ctx, fault.id).status == "closed"
    assert dialog.offered() == []  # the dialog shows what is true now


def test_the_list_of_an_items_faults(qtbot, empty_ctx, item, monkeypatch) -> None:  # noqa: ANN001
    ctx = empty_ctx
    widget = FaultListWidget(ctx)
    qtbot.addWidget(widget)
    assert widget.tree.topLevelItemCount() == 0 and not widget.report_button.isEnabled()
    first = faults.report_fault(ctx, item.id, "不制冷")
    faults.locate(ctx, first.id, "冷媒不足")
    faults.repair(ctx, first.id, "维修商")
    widget.set_equipment(item.id)
    assert widget.tree.topLevelItemCount() == 1 and widget.report_button.isEnabled()
    assert widget.tree.topLevelItem(0).text(3) == fault_status("repaired")

    def fill(d: ReportFaultDialog) -> int:
        d.symptom.setPlainText("又不制冷")
        ok(d)
        return d.result()

    monkeypatch.setattr(ReportFaultDialog, "exec", fill)
    with qtbot.waitSignal(widget.changed, timeout=2000):
        widget.report_button.click()
    assert widget.tree.topLevelItemCount() == 2
    newest = widget.tree.topLevelItem(0)
    assert newest.text(1) == "又不制冷" and newest.text(5)  # a repeat: the first was days, not months, ago
    assert widget.tree.topLevelItem(1).text(5) == ""
    assert equipment.get_equipment(ctx, item.id).status == "under_repair"

    opened: list[str] = []

    def look(d: FaultDialog) -> int:
        opened.append(d.fault.id)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(FaultDialog, "exec", look)
    widget.tree.setCurrentItem(widget.tree.topLevelItem(1))
    assert widget.open_button.isEnabled()
    widget.open_button.click()
    assert opened == [first.id]

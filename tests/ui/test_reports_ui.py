"""Export in a worker with a preview before saving, signed export, and the verify dialog."""

from __future__ import annotations

import subprocess

from PySide6.QtWidgets import QFileDialog, QInputDialog

from opsdesk import signing
from opsdesk.services import runs
from opsdesk.services.workspace import CURRENT_USER_KEY
from ui.widgets.reports import ExportButton, VerifyDialog

# A small demo with a month of inspections: built once per run and copied (tests/conftest.py), like
# test_layout_fit's and test_operations'.
DEMO = {"stores": 3, "seed": 5, "months": 1}


def a_completed_run(ctx) -> str:  # noqa: ANN001
    done = runs.query_runs(ctx, runs.RunQuery(status="completed", template_kinds=("inspection",)), 0, 1)
    return done[0].id


def test_signed_export_previews_then_saves_and_verifies(qtbot, tmp_path, monkeypatch,  # noqa: ANN001
                                                        workspace_copy) -> None:  # noqa: ANN001
    from opsdesk.db import Database
    from opsdesk.services import AppContext

    monkeypatch.setenv("OPSDESK_KEYS_DIR", str(tmp_path / "keys"))
    ctx = AppContext(Database.open(workspace_copy("w.sqlite", **DEMO)))  # build_demo(ctx, **DEMO), copied
    ctx.user_id = ctx.db.get_meta(CURRENT_USER_KEY)
    run_id = a_completed_run(ctx)
    signing.create_identity(ctx.user_id, "赵督导", "correct horse")

    from opsdesk.reports.inspection import build_inspection

    button = ExportButton(ctx, lambda: (lambda path: build_inspection(ctx, run_id, path)), lambda: "r.pdf")
    qtbot.addWidget(button)
    target = tmp_path / "saved.pdf"
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("correct horse", True)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    button.signed_action.trigger()
    qtbot.waitUntil(lambda: button.exporter.preview is not None, timeout=60000)  # built in the worker
    preview = button.exporter.preview
    qtbot.addWidget(preview)
    assert preview.document.pageCount() >= 1
    preview.save()
    assert target.exists()
    check = subprocess.run(["pdfsig", str(target)], capture_output=True, text=True)
    assert "Signature is Valid" in check.stdout

    dialog = VerifyDialog(ctx, str(target))
    qtbot.addWidget(dialog)
    assert dialog.intact.text() == "是"
    assert dialog.trusted.text() == "否"  # a self-signed identity is not a trust root yet
    assert "不信任" in dialog.verdict.text()
    signing.trust(ctx, signing.identity_chain(ctx.user_id)[0].public_bytes(__import__(
        "cryptography.hazmat.primitives.serialization", fromlist=["Encoding"]).Encoding.PEM))
    dialog.verify(str(target))
    assert dialog.trusted.text() == "是" and "受信任" in dialog.verdict.text()
    data = bytearray(target.read_bytes())
    middle = len(data) // 3
    data[middle] = (data[middle] + 1) % 256
    tampered = tmp_path / "tampered.pdf"
    tampered.write_bytes(bytes(data))
    dialog.verify(str(tampered))
    assert "已被改动" in dialog.verdict.text() or "没有签名" in dialog.verdict.text()
    ctx.db.close()


def test_wrong_passphrase_shows_a_message_and_writes_nothing(qtbot, tmp_path, monkeypatch,  # noqa: ANN001
                                                             workspace_copy) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from opsdesk.db import Database
    from opsdesk.reports.inspection import build_inspection
    from opsdesk.services import AppContext

    monkeypatch.setenv("OPSDESK_KEYS_DIR", str(tmp_path / "keys"))
    ctx = AppContext(Database.open(workspace_copy("w.sqlite", **DEMO)))  # build_demo(ctx, **DEMO), copied
    ctx.user_id = ctx.db.get_meta(CURRENT_USER_KEY)
    run_id = a_completed_run(ctx)
    signing.create_identity(ctx.user_id, "赵督导", "correct horse")
    button = ExportButton(ctx, lambda: (lambda path: build_inspection(ctx, run_id, path)), lambda: "r.pdf")
    qtbot.addWidget(button)
    warned: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("wrong one", True)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text)))
    button.signed_action.trigger()
    qtbot.waitUntil(lambda: bool(warned), timeout=60000)
    assert warned == ["口令错误，未生成任何文件。"]
    assert button.exporter.preview is None
    ctx.db.close()


def test_a_wrong_passphrase_is_refused_before_the_report_is_built(qtbot, tmp_path, monkeypatch,  # noqa: ANN001
                                                                  workspace_copy) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QMessageBox

    from opsdesk.db import Database
    from opsdesk.reports.inspection import build_inspection
    from opsdesk.services import AppContext

    monkeypatch.setenv("OPSDESK_KEYS_DIR", str(tmp_path / "keys"))
    ctx = AppContext(Database.open(workspace_copy("w.sqlite", **DEMO)))  # build_demo(ctx, **DEMO), copied
    ctx.user_id = ctx.db.get_meta(CURRENT_USER_KEY)
    run_id = a_completed_run(ctx)
    signing.create_identity(ctx.user_id, "赵督导", "correct horse")
    calls: list[str] = []

    def build(path):  # noqa: ANN001, ANN202 - a real spy around the real builder
        calls.append(str(path))
        return build_inspection(ctx, run_id, path)

    button = ExportButton(ctx, lambda: build, lambda: "r.pdf")
    qtbot.addWidget(button)
    warned: list[str] = []
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("wrong one", True)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text)))
    assert button.exporter.export(build, "r.pdf", signed=True) is False  # refused at once, no job
    assert warned == ["口令错误，未生成任何文件。"] and calls == []
    assert button.exporter.operation is None and button.exporter._tmp is None

    # the right passphrase: built exactly once, signed, and the stamp names the current user
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: ("correct horse", True)))
    assert button.exporter.export(build, "r.pdf", signed=True) is True
    qtbot.waitUntil(lambda: button.exporter.preview is not None, timeout=60000)
    qtbot.addWidget(button.exporter.preview)
    assert len(calls) == 1
    from opsdesk.services import workspace

    me = workspace.current_user(ctx)
    text = subprocess.run(["pdftotext", str(button.exporter.preview.pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert f"签署人：{me.name}（督导）" in text
    ctx.db.close()

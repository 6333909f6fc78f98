"""The signature pad and signing a completed inspection in the UI."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from opsdesk.errors import ValidationError
from opsdesk.services import org, runs, signatures, templates
from opsdesk.services import workspace
from ui import labels
from ui.pages.inspections import RunViewDialog
from ui.widgets.signature_pad import SignaturePad, SignDialog

VALUES = {"pass_fail": "pass", "yes_no": "yes", "rating": 5, "choice": 0, "number": "0.1", "text": "无"}


def completed_run(ctx) -> str:  # noqa: ANN001
    store = org.query_stores(ctx)[0]
    tpl = templates.template_by_code(ctx, "store_routine")
    run = runs.start_run(ctx, store.id, tpl.id, "routine")
    for item in runs.get_run(ctx, run.id).version.items():
        if item.answer_type != "photo":
            runs.set_answer(ctx, run.id, item.id, VALUES.get(item.answer_type))
    runs.complete(ctx, run.id)
    return run.id


def draw(qtbot, pad: SignaturePad, points: list[tuple[int, int]]) -> None:  # noqa: ANN001
    QTest.mousePress(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[0]))
    for x, y in points[1:]:
        QTest.mouseMove(pad, QPoint(x, y))
    QTest.mouseRelease(pad, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*points[-1]))


def test_pad_records_strokes_with_undo_and_clear(qtbot) -> None:  # noqa: ANN001
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(500, 200)
    pad.show()
    draw(qtbot, pad, [(50, 50), (100, 80), (150, 60)])
    draw(qtbot, pad, [(200, 100), (260, 120)])
    assert len(pad.strokes) == 2
    x, y, t = pad.strokes[0][0]
    assert (round(x), round(y)) == (100, 100)  # pad units: 1000 x 400 over a 500 x 200 widget
    assert all(b[2] >= a[2] for a, b in zip(pad.strokes[0], pad.strokes[0][1:], strict=False))  # time grows
    pad.undo()
    assert len(pad.strokes) == 1
    pad.clear()
    assert pad.is_empty()


def test_sign_twice_freezes_the_inspection_and_correction_supersedes(qtbot, demo_ctx, monkeypatch) -> None:  # noqa: ANN001
    run_id = completed_run(demo_ctx)
    view = RunViewDialog(demo_ctx, run_id)
    qtbot.addWidget(view)
    assert view.sign_button.isEnabled() and not view.correct_button.isEnabled()

    def sign_as(role: str):  # noqa: ANN202
        def fill(dialog: SignDialog) -> int:
            qtbot.addWidget(dialog)
            dialog.resize(700, 500)
            dialog.show()
            assert dialog.statement.text() == "本人确认以上检查结果属实"
            assert dialog.role.findData(role) >= 0
            dialog.role.setCurrentIndex(dialog.role.findData(role))
            assert dialog.name.isReadOnly() and dialog.name.text() == workspace.current_user(demo_ctx).name
            dialog.sign()  # an empty pad is refused
            assert dialog.result() == 0 and "签名" in dialog.error_label.text()
            draw(qtbot, dialog.pad, [(40, 40), (120, 90), (220, 60), (300, 110)])
            dialog.sign()
            return dialog.result()
        return fill

    monkeypatch.setattr(SignDialog, "exec", sign_as("supervisor"))
    view.sign()
    assert runs.get_summary(demo_ctx, run_id).status == "completed"
    assert "店长" in view.signed_label.text()  # still to sign
    supervisor = demo_ctx.user_id
    store_id = runs.get_summary(demo_ctx, run_id).store_id
    manager = org.query_users(demo_ctx, org.UserQuery(role="store_manager", store_id=store_id))[0]
    demo_ctx.user_id = manager.id  # the store's manager signs under their own account
    monkeypatch.setattr(SignDialog, "exec", sign_as("store_manager"))
    view.sign()
    demo_ctx.user_id = supervisor
    assert runs.get_summary(demo_ctx, run_id).status == "signed"
    assert "冻结" in view.signed_label.text()
    assert labels.run_status("signed") in view.browser.toPlainText()  # the header follows the footer
    assert labels.run_status("completed") not in view.browser.toPlainText()
    assert view.correct_button.isEnabled() and not view.sign_button.isEnabled()
    sigs = signatures.signatures_of(demo_ctx, "checklist_run", run_id)
    assert [s.role for s in sigs] == ["supervisor", "store_manager"] and all(s.valid for s in sigs)
    assert sigs[1].signer_name == manager.name and sigs[1].signer_id == manager.id
    assert len(sigs[0].strokes[0]) == 4

    view.correct()
    correction = view.correction_id
    assert correction and runs.get_summary(demo_ctx, correction).status == "draft"
    assert runs.get_summary(demo_ctx, run_id).status == "signed"  # stays until the correction completes
    runs.complete(demo_ctx, correction)
    assert runs.get_summary(demo_ctx, run_id).status == "superseded"
    try:
        signatures.sign_run(demo_ctx, run_id, "witness", "见证人", [[(0, 0, 0), (5, 5, 0.1)]])
    except Exception as exc:  # noqa: BLE001
        assert not isinstance(exc, ValidationError)
    else:
        raise AssertionError("a superseded run was signed")


def test_the_dialog_offers_only_the_roles_left_and_marks_a_signer_without_account(qtbot, demo_ctx) -> None:  # noqa: ANN001
    run_id = completed_run(demo_ctx)
    me = workspace.current_user(demo_ctx)
    assert me.role == "supervisor"
    dialog = SignDialog(demo_ctx, run_id)
    qtbot.addWidget(dialog)
    offered = [dialog.role.itemData(i) for i in range(dialog.role.count())]
    assert offered == ["supervisor", "franchisee", "supplier", "witness", "contractor"]  # never the store manager's
    assert dialog.name.isReadOnly() and dialog.name.text() == me.name
    from PySide6.QtWidgets import QLabel

    assert dialog.tr("Name", "the signer's name") in [label.text() for label in dialog.findChildren(QLabel)]
    dialog.role.setCurrentIndex(dialog.role.findData("supplier"))
    assert not dialog.name.isReadOnly() and dialog.name.text() == ""
    assert dialog.name_note.text() == dialog.tr("(no account)")
    dialog.name.insert("李供应")  # as typed (QTest.keyClicks only knows ASCII)
    dialog.resize(700, 500)
    dialog.show()
    draw(qtbot, dialog.pad, [(40, 40), (120, 90), (220, 60)])
    dialog.sign()
    assert dialog.result() == 1, dialog.error_label.text()
    sig = signatures.signatures_of(demo_ctx, "checklist_run", run_id)[0]
    assert (sig.role, sig.signer_name, sig.signer_id, sig.external) == ("supplier", "李供应", None, True)

    supervisor = SignDialog(demo_ctx, run_id)
    qtbot.addWidget(supervisor)
    assert [supervisor.role.itemData(i) for i in range(supervisor.role.count())] == [
        "supervisor", "franchisee", "witness", "contractor"]
    supervisor.resize(700, 500)
    supervisor.show()
    draw(qtbot, supervisor.pad, [(40, 40), (120, 90), (220, 60)])
    supervisor.sign()
    assert supervisor.result() == 1

    again = SignDialog(demo_ctx, run_id)  # the supervisor cannot sign twice
    qtbot.addWidget(again)
    assert [again.role.itemData(i) for i in range(again.role.count())] == ["franchisee", "witness", "contractor"]
    view = RunViewDialog(demo_ctx, run_id)
    qtbot.addWidget(view)
    assert "(no account)" in view.signed_label.text() or view.tr(" (no account)").strip() in view.signed_label.text()
    assert view.sign_button.isEnabled()  # a franchisee or witness may still sign


def test_settings_signing_creates_a_ca_and_issues_a_certificate_the_cli_trusts(qtbot, demo_ctx, tmp_path,
                                                                              monkeypatch) -> None:  # noqa: ANN001
    import os
    import subprocess
    import sys
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox
    from reportlab.pdfgen import canvas

    from opsdesk import signing
    from ui.operations import tasks
    from ui.pages.settings import SettingsPage

    keys = tmp_path / "keys"
    monkeypatch.setenv(signing.KEYS_ENV, str(keys))
    ca_dir, csr, crt = tmp_path / "ca", tmp_path / "me.csr", tmp_path / "me.crt"
    ca_dir.mkdir()
    page = SettingsPage(demo_ctx)
    qtbot.addWidget(page)
    page.refresh()
    info: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text, *a: info.append(text)))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text, *a: info.append("!" + text)))
    answers = iter(["我的口令 12345", "我的口令 12345",  # create my identity
                    "优品总部 CA", "总部口令 abcdef", "总部口令 abcdef",  # the CA: name, passphrase twice
                    "我的口令 12345",  # the request: my passphrase
                    "总部口令 abcdef"])  # issuing: the CA's passphrase
    monkeypatch.setattr(QInputDialog, "getText", staticmethod(lambda *a, **k: (next(answers), True)))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(ca_dir)))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(csr), "")))
    saves = iter([str(csr), str(crt)])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (next(saves), "")))

    page.create_identity()
    assert tasks().wait_idle(30000)
    qtbot.waitUntil(lambda: signing.has_identity(demo_ctx.user_id), timeout=30000)
    page.create_ca()
    assert tasks().wait_idle(30000)
    qtbot.waitUntil(lambda: any("CA" in t for t in info), timeout=30000)
    assert (ca_dir / signing.KEY_FILE).is_file() and (ca_dir / signing.CERT_FILE).is_file()
    assert len(signing.trust_roots(demo_ctx)) == 1  # the workspace trusts its CA
    page.export_request()
    assert csr.is_file() and b"CERTIFICATE REQUEST" in csr.read_bytes()
    page.issue_certificate()
    assert tasks().wait_idle(30000)
    qtbot.waitUntil(crt.is_file, timeout=30000)
    assert not [t for t in info if t.startswith("!")], info
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(crt), "")))
    page.import_certificate()
    assert not signing.identity_info(demo_ctx.user_id).self_signed  # issued by the CA now
    assert "优品总部 CA" in signing.identity_info(demo_ctx.user_id).issuer

    pdf = tmp_path / "r.pdf"
    c = canvas.Canvas(str(pdf))
    c.drawString(72, 720, "report")
    c.showPage()
    c.save()
    signing.sign_pdf(pdf, tmp_path / "s.pdf", demo_ctx.user_id, "我的口令 12345")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-m", "opsdesk.cli", "verify", str(tmp_path / "s.pdf"),
                           "--db", str(demo_ctx.db.path)], capture_output=True, text=True, cwd=root,
                          env={**os.environ, signing.KEYS_ENV: str(keys)})
    assert done.returncode == 0, done.stdout + done.stderr  # intact, every signer trusted
    assert "intact, every signer trusted" in done.stdout and done.stderr == ""

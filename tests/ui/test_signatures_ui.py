"""The signature pad and signing a completed inspection in the UI."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from opsdesk.errors import ValidationError
from opsdesk.services import org, runs, signatures, templates
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

    def sign_as(role: str, name: str):  # noqa: ANN202
        def fill(dialog: SignDialog) -> int:
            qtbot.addWidget(dialog)
            dialog.resize(700, 500)
            dialog.show()
            assert dialog.statement.text() == "本人确认以上检查结果属实"
            dialog.role.setCurrentIndex(dialog.role.findData(role))
            dialog.name.setText(name)
            dialog.sign()  # an empty pad is refused
            assert dialog.result() == 0 and "签名" in dialog.error_label.text()
            draw(qtbot, dialog.pad, [(40, 40), (120, 90), (220, 60), (300, 110)])
            dialog.sign()
            return dialog.result()
        return fill

    monkeypatch.setattr(SignDialog, "exec", sign_as("supervisor", "赵督导"))
    view.sign()
    assert runs.get_summary(demo_ctx, run_id).status == "completed"
    assert "店长" in view.signed_label.text()  # still to sign
    monkeypatch.setattr(SignDialog, "exec", sign_as("store_manager", "王店长"))
    view.sign()
    assert runs.get_summary(demo_ctx, run_id).status == "signed"
    assert "冻结" in view.signed_label.text()
    assert view.correct_button.isEnabled() and not view.sign_button.isEnabled()
    sigs = signatures.signatures_of(demo_ctx, "checklist_run", run_id)
    assert [s.role for s in sigs] == ["supervisor", "store_manager"] and all(s.valid for s in sigs)
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

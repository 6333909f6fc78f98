"""English and Chinese layouts fit their texts: every page of the main window (and the main dialogs) is
rendered at the default window size with *stretched* translations (each ~30 % longer than the real one),
and nothing may be elided: labels, buttons and check boxes get their size hint, combos are as wide as
their longest item, table header sections as wide as their titles."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTranslator
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QWidget,
)

from ui import i18n
from ui.main_window import MainWindow
from ui.operations import tasks

STRETCH = 0.3
PHOTO_NAME = "门头.jpg"  # the photo the viewer shows: a file name, data in both languages


class StretchingTranslator(QTranslator):
    """The real translation (or the source text when there is none), padded by ~30 % with "~"."""

    def __init__(self, real: QTranslator | None, parent=None) -> None:
        super().__init__(parent)
        self.real = real

    def translate(self, context, source, disambiguation=None, n=-1):
        text = self.real.translate(context, source, disambiguation, n) if self.real is not None else ""
        text = text or source
        if not text or not any(ch.isalpha() for ch in text) or text.startswith("%") and len(text) <= 3:
            return text
        if "&" in text and text.endswith(")") and "(&" in text:  # "文件(&F)": keep the mnemonic last
            head, _sep, tail = text.rpartition("(")
            return head + "~" * max(1, round(len(head) * STRETCH)) + "(" + tail
        return text + "~" * max(1, round(len(text) * STRETCH))

    def isEmpty(self) -> bool:
        return False


@pytest.fixture(params=["zh_CN", "en"])
def stretched(request, translations):
    """Install the language, then put a stretching translator in front of ours."""
    language = request.param
    translations.install(language)
    app = QCoreApplication.instance()
    real = QTranslator()
    assert real.load(str(i18n.qm_path(language)))
    stretch = StretchingTranslator(real)
    app.installTranslator(stretch)  # the last installed is asked first
    assert QCoreApplication.translate("MainWindow", "Stores").endswith("~")
    yield language
    app.removeTranslator(stretch)
    translations.install("zh_CN")


def _visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0


def combo_needed_width(combo: QComboBox) -> int:
    """The width the combo needs to show its longest item without clipping."""
    fm = QFontMetrics(combo.font())
    text_width = max((fm.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    icon = combo.iconSize().width() + 4 if any(not combo.itemIcon(i).isNull() for i in range(combo.count())) else 0
    opt = QStyleOptionComboBox()
    combo.initStyleOption(opt)
    # the text plus what the style puts around it (frame, margins, the arrow)
    return combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, opt,
                                          QSize(text_width + icon, fm.height()), combo).width()


def elided(root: QWidget) -> list[str]:
    """Every visible text widget under ``root`` narrower than its text needs."""
    found = []
    for label in root.findChildren(QLabel):
        if not _visible(label) or not label.text() or label.wordWrap():
            continue
        need = label.minimumSizeHint().width()
        if label.width() < need:
            found.append(f"label {label.objectName() or label.text()!r}: {label.width()} < {need}")
    for button in root.findChildren(QAbstractButton):
        if not isinstance(button, (QPushButton, QCheckBox, QRadioButton)) or not _visible(button) or not button.text():
            continue
        need = button.sizeHint().width()
        if button.width() < need:
            found.append(f"{type(button).__name__} {button.objectName() or button.text()!r}: "
                         f"{button.width()} < {need}")
    for combo in root.findChildren(QComboBox):
        if not _visible(combo) or combo.isEditable() or combo.count() == 0:
            continue
        need = combo_needed_width(combo)
        if combo.width() < need - 1:  # a pixel of rounding between the style's metrics and ours
            found.append(f"combo {combo.objectName()!r} ({combo.itemText(0)!r}...): {combo.width()} < {need}")
    return found


def clipped_headers(root: QWidget) -> list[str]:
    found = []
    for header in root.findChildren(QHeaderView):
        if not _visible(header) or header.orientation().name != "Horizontal":
            continue
        model = header.model()
        if model is None:
            continue
        fm = QFontMetrics(header.font())
        for section in range(header.count()):
            if header.isSectionHidden(section):
                continue
            text = str(model.headerData(section, header.orientation()) or "")
            need = fm.horizontalAdvance(text) + 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
            if text and header.sectionSize(section) < need:
                found.append(f"{header.parent().objectName() or type(header.parent()).__name__} column {text!r}: "
                             f"{header.sectionSize(section)} < {need}")
    return found


def show_pages(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 800)  # the default window size
    window.show()
    qtbot.waitExposed(window)
    for key in window.page_keys():
        window.show_page(key)
        qtbot.wait(1)  # a page built now is filled by a zero timer, in the next turn of the event loop
        assert tasks().wait_idle(5000), (key, [op.name for op in tasks().running()])
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # texts set by the loads: laid out
        qtbot.wait(0)
        yield key, window.pages[key]
        if key == "templates":  # the editor: a published template's item with options
            yield "templates (editor)", open_template_item(qtbot, window.pages[key])


def open_template_item(qtbot, page):
    """The templates page with the routine inspection's first choice item open in the editor."""
    from PySide6.QtWidgets import QTreeWidgetItemIterator

    from ui.pages.templates.library import ROLE

    assert page.select_code("store_routine")
    item = next(i for i in page.version.items() if i.answer_type == "choice")
    it = QTreeWidgetItemIterator(page.tree)
    while it.value() and tuple(it.value().data(0, ROLE) or ()) != ("item", item.id):
        it += 1
    assert it.value() is not None, "the item is not in the structure tree"
    page.tree.setCurrentItem(it.value())
    assert page.forms.currentWidget() is page.item_form
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    qtbot.wait(0)
    return page


@pytest.fixture
def active_ctx(workspace_copy):
    """A small demo with a month of inspections, actions and visits (as tests/ui/test_lazy_tables.py builds it:
    built once per session, copied), so every dialog has something to show."""
    from opsdesk.db import Database
    from opsdesk.services import AppContext
    from opsdesk.services.workspace import CURRENT_USER_KEY

    db = Database.open(workspace_copy("active.sqlite", stores=3, seed=5, months=1))
    ctx = AppContext(db)
    ctx.user_id = db.get_meta(CURRENT_USER_KEY)
    assert ctx.user_id
    from acting import looks_after_every_store

    looks_after_every_store(ctx)  # the demo's supervisor, at every store (as demo_ctx)
    yield ctx
    db.close()


def _settle(qtbot) -> None:
    assert tasks().wait_idle(5000), [op.name for op in tasks().running()]
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
    qtbot.wait(0)


def _jpeg(path):
    from PIL import Image

    Image.new("RGB", (320, 240), (200, 80, 40)).save(path, "JPEG")
    return path


def _plain_pdf(path):
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path))
    c.drawString(72, 720, "report")
    c.showPage()
    c.save()
    return path


ANSWERS = {"pass_fail": "pass", "yes_no": "yes", "rating": 5, "choice": 0, "number": "0.1", "text": "无"}


def dialog_factories(ctx, tmp_path) -> list[tuple[str, object]]:
    """The main dialogs, each as (name, a function that builds it in the current language), on ``ctx`` (a
    workspace with inspections, actions and visits). Made here: a draft run (one failed item with a note), a
    completed run whose failed items have no action yet (the run view, sign and proposals dialogs), and the
    files the verify, PDF preview and photo viewer dialogs open."""
    from datetime import date

    from opsdesk.services import actions, org, runs, templates, visits
    from ui.pages.actions import ActionDialog, NewActionDialog, NoteDialog, SubmitDialog
    from ui.pages.inspections import (
        FollowUpDialog,
        RunViewDialog,
        StartInspectionDialog,
    )
    from ui.pages.stores import RegionDialog, StoreDialog, StoreViewDialog
    from ui.pages.templates.dialogs import NewTemplateDialog
    from ui.pages.templates.dialogs import PreviewDialog as TemplatePreviewDialog
    from ui.pages.users import UserDialog
    from ui.pages.visits.dialogs import IssueDialog, PlanVisitDialog, VisitEditorDialog
    from ui.welcome import SwitchUserDialog, WelcomeDialog
    from ui.widgets.photo_viewer import Photo, PhotoViewer
    from ui.widgets.proposals import ProposalsDialog
    from ui.widgets.reminders import RemindersDialog
    from ui.widgets.reports import PreviewDialog as PdfPreviewDialog
    from ui.widgets.reports import VerifyDialog
    from ui.widgets.runner import RunnerDialog
    from ui.widgets.signature_pad import SignDialog

    store = org.query_stores(ctx)[0]
    region = next(r for r in org.list_regions(ctx) if r.parent_id)
    user = org.query_users(ctx, org.UserQuery(role="store_manager"))[0]
    routine = templates.template_by_code(ctx, "store_routine")
    draft = runs.start_run(ctx, store.id, routine.id, "routine")
    items = runs.get_run(ctx, draft.id).version.items()
    failed = next(i for i in items if i.answer_type == "pass_fail")
    runs.set_answer(ctx, draft.id, failed.id, "fail")
    runs.set_note(ctx, draft.id, failed.id, "门头灯箱有两处不亮")
    # a completed inspection with two failed items (one with a note) that have no corrective action yet
    done = runs.start_run(ctx, org.query_stores(ctx)[1].id, routine.id, "routine")
    fails = [i for i in runs.get_run(ctx, done.id).version.items()
             if i.answer_type == "pass_fail" and not i.photo_on_fail][:2]
    for item in runs.get_run(ctx, done.id).version.items():
        if item.answer_type != "photo":
            runs.set_answer(ctx, done.id, item.id, "fail" if item in fails else ANSWERS.get(item.answer_type))
    runs.set_note(ctx, done.id, fails[0].id, "员工未佩戴工牌")
    with_findings = runs.complete(ctx, done.id)
    assert actions.propose_from_run(ctx, with_findings.id)
    action = actions.query_actions(ctx, actions.ActionQuery(), limit=1)[0]
    visit = visits.query_visits(ctx, visits.VisitQuery(), limit=1)[0]
    version = templates.published_version(ctx, routine.id)
    pdf = _plain_pdf(tmp_path / "report.pdf")
    photo = Photo(_jpeg(tmp_path / "photo.jpg"), PHOTO_NAME, None)
    return [
        ("StartInspectionDialog", lambda: StartInspectionDialog(ctx)),
        ("RunnerDialog", lambda: RunnerDialog(ctx, draft.id)),
        ("RunViewDialog", lambda: RunViewDialog(ctx, with_findings.id)),
        ("SignDialog", lambda: SignDialog(ctx, with_findings.id)),
        ("ProposalsDialog", lambda: ProposalsDialog(ctx, with_findings.id)),
        ("FollowUpDialog", lambda: FollowUpDialog(ctx, store.id)),
        ("ActionDialog", lambda: ActionDialog(ctx, action.id)),
        ("NewActionDialog", lambda: NewActionDialog(ctx, store.id)),
        ("NoteDialog", lambda: NoteDialog(ctx, action, "reopened")),
        ("SubmitDialog", lambda: SubmitDialog(ctx, action)),
        ("RemindersDialog", lambda: RemindersDialog([action], date.today())),
        ("StoreDialog", lambda: StoreDialog(ctx, org.get_store(ctx, store.id))),
        ("StoreDialog(new)", lambda: StoreDialog(ctx)),
        ("StoreViewDialog", lambda: StoreViewDialog(ctx, org.get_store(ctx, store.id))),
        ("RegionDialog", lambda: RegionDialog(ctx, region=region)),
        ("UserDialog", lambda: UserDialog(ctx, user)),
        ("VisitEditorDialog", lambda: VisitEditorDialog(ctx, visit.id)),
        ("PlanVisitDialog", lambda: PlanVisitDialog(ctx, ctx.user_id, date.today(), [])),
        ("IssueDialog", lambda: IssueDialog()),
        ("VerifyDialog", lambda: VerifyDialog(ctx, str(pdf))),
        ("PdfPreviewDialog", lambda: PdfPreviewDialog(pdf, "report.pdf")),
        ("NewTemplateDialog", lambda: NewTemplateDialog(ctx)),
        ("TemplatePreviewDialog", lambda: TemplatePreviewDialog(version)),
        ("PhotoViewer", lambda: PhotoViewer([photo])),
        ("WelcomeDialog", lambda: WelcomeDialog(ctx)),
        ("SwitchUserDialog", lambda: SwitchUserDialog(ctx)),
    ] + _opening_and_promotion_dialogs(ctx)


def _opening_and_promotion_dialogs(ctx) -> list[tuple[str, object]]:
    """The 新店筹备 and 促销 dialogs on the demo's projects and plans."""
    from opsdesk.services import openings, promotions
    from ui.pages.openings.dialogs import (
        CancelProjectDialog,
        EditProjectDialog,
        MilestoneDialog,
        MoveDateDialog,
        NewProjectDialog,
        OpenStoreDialog,
        TrainingDialog,
    )
    from ui.pages.promotions.dialogs import DecisionDialog, ImportResultsDialog, ResultsDialog
    from ui.pages.promotions.editor import PlanEditorDialog

    project = openings.get_project(ctx, openings.list_projects(ctx)[0].id)
    training = next(m for m in project.milestones if m.gate_kind == "training")
    plan = promotions.get_plan(ctx, promotions.list_plans(ctx)[0].id)
    return [
        ("NewProjectDialog", lambda: NewProjectDialog(ctx)),
        ("EditProjectDialog", lambda: EditProjectDialog(ctx, project)),
        ("MoveDateDialog", lambda: MoveDateDialog(ctx, project)),
        ("OpenStoreDialog", lambda: OpenStoreDialog(ctx, project)),
        ("CancelProjectDialog", lambda: CancelProjectDialog(ctx, project)),
        ("TrainingDialog", lambda: TrainingDialog(ctx, training.id)),
        ("MilestoneDialog", lambda: MilestoneDialog(ctx, project.milestones[0].id)),
        ("PlanEditorDialog(new)", lambda: PlanEditorDialog(ctx)),
        ("PlanEditorDialog", lambda: PlanEditorDialog(ctx, plan)),
        ("DecisionDialog", lambda: DecisionDialog(ctx, plan, "review")),
        ("ResultsDialog", lambda: ResultsDialog(ctx, plan, plan.stores[0].store_id)),
        ("ImportResultsDialog", lambda: ImportResultsDialog(ctx, plan)),
    ]


def show_dialogs(qtbot, ctx, tmp_path):
    """Each main dialog, shown non-modally and settled, as (name, dialog); closed once the caller moves on."""
    for name, make in dialog_factories(ctx, tmp_path):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        _settle(qtbot)
        if hasattr(dialog, "loading"):  # the photo viewer decodes in the background
            qtbot.waitUntil(lambda d=dialog: not d.loading, timeout=5000)
            _settle(qtbot)
        yield name, dialog
        dialog.close()


def test_pages_fit_their_stretched_texts(qtbot, demo_ctx, stretched) -> None:
    problems = []
    for key, page in show_pages(qtbot, demo_ctx):
        problems += [f"{stretched} {key}: {p}" for p in elided(page)]
    assert problems == [], "\n".join(problems)


def test_table_columns_fit_their_stretched_titles(qtbot, demo_ctx, stretched) -> None:
    problems = []
    for key, page in show_pages(qtbot, demo_ctx):
        problems += [f"{stretched} {key}: {p}" for p in clipped_headers(page)]
    assert problems == [], "\n".join(problems)


def test_dialogs_fit_their_stretched_texts(qtbot, active_ctx, stretched, tmp_path) -> None:
    problems = []
    for name, dialog in show_dialogs(qtbot, active_ctx, tmp_path):
        problems += [f"{stretched} {name}: {p}" for p in elided(dialog) + clipped_headers(dialog)]
    assert problems == [], "\n".join(problems)


def test_the_check_sees_an_elided_text(qtbot) -> None:
    """The check itself: a squeezed button and a narrow combo are reported, roomy ones are not."""
    root = QWidget()
    qtbot.addWidget(root)
    button = QPushButton("A rather long button text", root)
    combo = QComboBox(root)
    combo.addItems(["short", "a considerably longer item text"])
    root.resize(600, 100)
    root.show()
    button.setGeometry(0, 0, button.sizeHint().width(), 30)
    combo.setGeometry(0, 40, combo.sizeHint().width(), 30)
    assert elided(root) == []
    button.setGeometry(0, 0, 40, 30)
    combo.setGeometry(0, 40, 60, 30)
    assert len(elided(root)) == 2

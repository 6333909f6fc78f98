"""One language on screen: every page of the main window and every main dialog is rendered in Chinese and in
English on a workspace with inspections, actions and visits, and every visible text is read back (labels,
buttons, check boxes, group boxes, tabs, combo items, table headers and the first rows' cells, tree and list
items, window titles, button tooltips, placeholders, menus, read-only rich text).

In the Chinese UI no English word (three or more ASCII letters) may show, except a few neutral words (PDF,
CSV, key names, units...) and the workspace's data (store codes, logins, e-mails...). In the English UI no
Han character may show except in data: store, region and user names, addresses, notes, action titles,
visit logs, and template texts that have no English version. The data is read from the services first; a
text is data where it contains a data string, which is cut out before the text is judged."""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QTreeView,
    QWidget,
)
from test_layout_fit import PHOTO_NAME, active_ctx, show_dialogs, show_pages  # noqa: F401 - a fixture

ROWS = 8  # the first rows of each table, tree or list

# Words that read the same in both languages: file types, product names, key names, units.
NEUTRAL = {
    "PDF", "QR", "CSV", "Excel", "OpsDesk", "ID", "kW", "CA", "JSON", "SQLite", "JPEG", "PNG", "CSR", "PEM",
    "Ctrl", "Shift", "Alt", "Esc", "Enter", "Tab", "Del", "Space", "Home", "End", "PgUp", "PgDn", "Backspace",
    "Left", "Right", "Up", "Down", "Delete", "SHA", "PIN",
    "kWh", "min", "px", "kg", "km", "lux", "dB", "xlsx", "pdf", "csv", "json", "png", "jpg", "jpeg", "csr", "pem",
}
# Texts shown as they are on purpose: each language's own name in the language menu; the example login the
# user form's placeholder gives (logins are ASCII in both languages).
NEUTRAL_TEXTS = {"English", "简体中文"}
EXAMPLES = {"zhangwei"}
HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
WORD = re.compile(r"[A-Za-z]{3,}")


# ---------------------------------------------------------------- the workspace's data


def workspace_data(ctx, language: str, authoring: bool = False) -> set[str]:
    """Every string of the workspace that is shown as it is stored (names, codes, notes, logs...), and the
    template texts shown in ``language`` as written: the Chinese texts in the Chinese UI, in the English UI
    only those that have no English version. ``authoring``: the template library and editor, where a
    template's texts in both languages are what is being edited."""
    from opsdesk.services import (
        actions,
        attachments,
        org,
        runs,
        signatures,
        templates,
        visits,
        workspace,
    )

    from opsdesk.demo import DEMO_PASSWORD, DEMO_PIN

    # the demo's passwords, shown as they are typed
    data: set[str] = {workspace.workspace_name(ctx), workspace.company(ctx).name, DEMO_PASSWORD, DEMO_PIN}
    from opsdesk.services import sync

    # the node id in the status bar, shown as its first 8 hex digits (all letters now and then, e.g. 'cdffefac')
    data.add(sync.local_node(ctx).node_id[:8])
    for r in org.list_regions(ctx):
        data |= {r.code, r.name, r.path}
    for s in org.query_stores(ctx, org.StoreQuery(include_closed=True)):
        data |= {s.code, s.name, s.address, s.phone, s.region_path, s.manager_name, s.supervisor_name}
    for u in org.query_users(ctx, org.UserQuery(include_inactive=True)):
        data |= {u.username, u.name, u.phone, u.email, *u.store_names}
    for a in actions.query_actions(ctx):
        data |= {a.title, a.description, a.fix_note, a.store_code, a.store_name, a.region_path, a.assignee_name}
        data |= {e.note for e in actions.events(ctx, a.id)} | {e.user_name for e in actions.events(ctx, a.id)}
    for v in visits.query_visits(ctx):
        data |= {v.observations, v.training_topic, v.training_attendees, v.people_met, v.next_steps,
                 v.supervisor_name, v.store_code, v.store_name, v.region_path}
    for t in templates.list_templates(ctx):
        data.add(t.code)
        if not t.title_en or language != "en":
            data.add(t.title)
        for version_id in {t.published_version_id, t.draft_version_id} - {None}:
            data |= template_data(templates.get_version(ctx, version_id), language, authoring)
    for run in runs.query_runs(ctx):
        data |= {run.store_code, run.store_name, run.performer_name, run.region_path}
        if not run.template_title_en or language != "en":
            data.add(run.template_title)
        detail = runs.get_run(ctx, run.id)
        for item_id, answer in detail.answers.items():
            data.add(answer.note)
            if detail.version.item(item_id).answer_type == "text" and isinstance(answer.value, str):
                data.add(answer.value)  # a text answer as typed
            data |= {p.original_name for p in answer.photos}
        for sig in signatures.signatures_of(ctx, "checklist_run", run.id):
            data |= {sig.signer_name}
    data |= {p.original_name for a in actions.query_actions(ctx) for p in attachments.photos_of(ctx, "corrective_action", a.id)}
    from opsdesk.services import equipment, faults

    for e in equipment.query_equipment(ctx):  # the demo's equipment register and fault log
        data |= {e.asset_code, e.name, e.brand, e.model, f"{e.brand} {e.model}", e.serial_number, e.supplier,
                 e.location, e.notes, e.store_code, e.store_name, e.region_path}
        data |= {p.name for p in e.params} | {p.value for p in e.params} | {p.unit for p in e.params}
        if not e.category_name_en or language != "en":
            data.add(e.category_name)
    for f in faults.query_faults(ctx):
        data |= {f.symptom, f.diagnosis, f.vendor, f.parts, f.cause, f.close_note, f.equipment_name, f.asset_code,
                 f.store_code, f.store_name, f.reported_by_name}
    from opsdesk.services import openings

    for p in openings.list_projects(ctx):  # the demo's openings: notes and names as typed
        project = openings.get_project(ctx, p.id)
        data |= {project.notes, project.store_code, project.store_name, project.owner_name, project.franchisee_name,
                 project.override_reason, *project.notes.splitlines()}
        data |= {m.note for m in project.milestones} | {line for m in project.milestones for line in m.note.splitlines()}
        data |= {e.note for e in project.events} | {e.user_name for e in project.events}
        data |= set(openings.owner_names(ctx, p.id).values())
        for m in project.milestones:
            if not m.title_en or language != "en":
                data.add(m.title)
    from opsdesk.services import promotions

    for listed in promotions.list_plans(ctx):  # the demo's promotion plans: their content as typed
        plan = promotions.get_plan(ctx, listed.id)
        data |= {plan.code, plan.theme, plan.description, plan.lessons, plan.custom_measure, plan.custom_unit,
                 *plan.description.splitlines(), *plan.lessons.splitlines()}
        if not plan.type_name_en or language != "en":
            data.add(plan.type_name)
        data |= {t.condition for t in plan.tiers} | {t.reward for t in plan.tiers}
        data |= {m.name for m in plan.materials} | {m.unit for m in plan.materials}
        data |= {b.description for b in plan.budget}
        data |= {e.comment for e in plan.events} | {e.user_name for e in plan.events}
        data |= {s.store_code for s in plan.stores} | {s.store_name for s in plan.stores} | {s.region_name for s in plan.stores}
        data |= {s.results_note for s in plan.stores}
    return {d.strip() for d in data if d and d.strip()}


def template_data(version, language: str, authoring: bool = False) -> set[str]:
    """A version's texts shown as written: its item keys, what has no English version at all (a description,
    guidance, units, action titles), and the title, section, item and option texts in the Chinese UI (in the
    English UI only those without an English version)."""
    data = {version.description, version.code}
    chinese = language != "en"
    if authoring:
        data |= {version.title_en, *(s.title_en for s in version.sections), *(i.text_en for i in version.items()),
                 *(o.label_en for i in version.items() for o in i.options)}
        chinese = True
    if chinese or not version.title_en:
        data.add(version.title)
    for section in version.sections:
        if chinese or not section.title_en:
            data.add(section.title)
        for item in section.items:
            data |= {item.key, item.guidance, item.unit, item.action_title}
            if chinese or not item.text_en:
                data.add(item.text)
            data |= {o.label for o in item.options if chinese or not o.label_en}
    return data


# ---------------------------------------------------------------- what is on screen


@dataclass(frozen=True)
class Shown:
    where: str  # the widget that shows it
    text: str


def _plain(text: str) -> str:
    if "<" in text and ">" in text:
        text = re.sub(r"<style.*?</style>|<[^>]*>", " ", text, flags=re.DOTALL)
    return html.unescape(text)


def _button_text(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _model_texts(view: QAbstractItemView, name: str) -> Iterable[Shown]:
    model = view.model()
    if model is None:
        return

    flat = isinstance(model, QAbstractListModel)  # its columnCount() is private: one column
    tree = isinstance(view, QTreeView)  # a table model's hasChildren() is private

    def rows_under(parent: QModelIndex, depth: int) -> Iterable[Shown]:
        for row in range(min(model.rowCount(parent), ROWS)):
            for column in range(1 if flat else model.columnCount(parent)):
                if hasattr(view, "isColumnHidden") and not parent.isValid() and view.isColumnHidden(column):
                    continue
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str) and value:
                        yield Shown(f"{name} cell {row},{column}", value)
                if tree and depth < 2 and column == 0 and model.hasChildren(index):
                    yield from rows_under(index, depth + 1)

    yield from rows_under(QModelIndex(), 0)


def visible_texts(root: QWidget, skip: Iterable[QWidget] = ()) -> list[Shown]:
    """Every text ``root`` shows (its visible descendants only, not those inside ``skip``)."""
    shown: list[Shown] = []
    skip = tuple(skip)

    def add(where: str, text: str | None) -> None:
        if text and text.strip():
            shown.append(Shown(where, _plain(text)))

    def name(w: QWidget) -> str:
        return f"{type(w).__name__}#{w.objectName()}" if w.objectName() else type(w).__name__

    if root.isWindow():
        add("window title", root.windowTitle())
    if isinstance(root, QMainWindow):
        def menu_texts(actions, where: str) -> None:
            for action in actions:
                add(where, _button_text(action.text()))
                if action.menu() is not None:
                    menu_texts(action.menu().actions(), f"{where} > {_button_text(action.text())}")
        menu_texts(root.menuBar().actions(), "menu")
    for w in [root, *root.findChildren(QWidget)]:
        if not w.isVisible() or any(s is w or s.isAncestorOf(w) for s in skip):
            continue
        if isinstance(w, QLabel):
            add(f"label {name(w)}", w.text())
            add(f"label {name(w)} tooltip", w.toolTip())
        elif isinstance(w, QAbstractButton):
            add(f"button {name(w)}", _button_text(w.text()))
            add(f"button {name(w)} tooltip", w.toolTip())
        elif isinstance(w, QGroupBox):
            add(f"group {name(w)}", w.title())
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(f"tab {name(w)}", w.tabText(i))
                add(f"tab {name(w)} tooltip", w.tabToolTip(i))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                add(f"combo {name(w)}", w.itemText(i))
            if w.isEditable() and w.lineEdit() is not None:
                add(f"combo {name(w)} placeholder", w.lineEdit().placeholderText())
        elif isinstance(w, QLineEdit):
            add(f"field {name(w)} placeholder", w.placeholderText())
        elif isinstance(w, (QTextEdit, QPlainTextEdit)):
            add(f"text {name(w)} placeholder", w.placeholderText())
            if w.isReadOnly():  # a report or a log shown, not data being typed
                add(f"text {name(w)}", w.toPlainText())
        elif isinstance(w, QHeaderView):
            if w.orientation() == Qt.Orientation.Horizontal and w.model() is not None:
                for section in range(w.count()):
                    if not w.isSectionHidden(section):
                        add(f"header {name(w.parentWidget())}",
                            str(w.model().headerData(section, Qt.Orientation.Horizontal) or ""))
        elif isinstance(w, QAbstractItemView):
            shown.extend(Shown(s.where, _plain(s.text)) for s in _model_texts(w, name(w)))
    return shown


# ---------------------------------------------------------------- the judgement


class Judge:
    """Cuts the data out of a text, then looks for the other language in what is left."""

    def __init__(self, data: set[str]) -> None:
        # longest first: "上海徐家汇店" goes before "上海"; one-character strings would cut too much; an
        # ASCII data string is cut as a whole word only (the login "li" leaves "client" alone)
        def pattern(d: str) -> str:
            return ((r"(?<![A-Za-z0-9])" if d[0].isascii() and d[0].isalnum() else "") + re.escape(d)
                    + (r"(?![A-Za-z0-9])" if d[-1].isascii() and d[-1].isalnum() else ""))

        self.data = data
        self.pattern = re.compile("|".join(pattern(d) for d in sorted((d for d in data if len(d) > 1),
                                                                      key=len, reverse=True)))

    def strip_data(self, text: str) -> str:
        return self.pattern.sub(" ", text)

    def foreign(self, text: str, language: str) -> list[str]:
        """The words of the other language left in ``text`` once its data is cut out."""
        if text.strip() in NEUTRAL_TEXTS or text.strip() in self.data:  # a one-character unit ("元") too
            return []
        rest = self.strip_data(text)
        if language == "en":
            return sorted(set(HAN.findall(rest)))
        # e-mails, file names and extensions (".opsync"), paths, codes (store_hygiene), hex ids and fingerprints
        rest = re.sub(r"\b[0-9a-f]{4}(?::[0-9a-f]{4})+\b|\b[0-9a-f]*[0-9][0-9a-f]*\b|\S+@\S+|\b\w+\.\w+(?:[./-]\w+)*\b|(?<!\w)\.[a-z]{2,8}\b|/\S+|\b\w*_\w*\b", " ", rest)
        return sorted({w for w in WORD.findall(rest) if w not in NEUTRAL and w not in EXAMPLES})


def problems_in(shown: list[Shown], judge: Judge, language: str, label: str) -> list[str]:
    found = []
    for s in shown:
        words = judge.foreign(s.text, language)
        if words:
            text = s.text if len(s.text) <= 120 else s.text[:117] + "..."
            found.append(f"{language} {label}: {s.where}: {text!r} -> {words}")
    return sorted(set(found))


@pytest.fixture(params=["zh_CN", "en"])
def language(request, translations):
    translations.install(request.param)
    yield request.param
    translations.install("zh_CN")


# ---------------------------------------------------------------- the tests


def test_pages_show_one_language(qtbot, active_ctx, language) -> None:  # noqa: F811
    judge = Judge(workspace_data(active_ctx, language))
    authoring = Judge(workspace_data(active_ctx, language, authoring=True))  # the template library and editor
    problems = []
    seen = 0
    pages = []
    for key, page in show_pages(qtbot, active_ctx):
        shown = visible_texts(page)
        seen += len(shown)
        problems += problems_in(shown, authoring if key.startswith("templates") else judge, language, f"page {key}")
        pages.append(page)
    # the window's own texts: its title, menus, navigation and status bar
    problems += problems_in(visible_texts(pages[0].window(), skip=pages), judge, language, "main window")
    assert seen > 300, seen  # the pages really showed their rows
    assert problems == [], "\n".join(problems)


def test_dialogs_show_one_language(qtbot, active_ctx, language, tmp_path) -> None:  # noqa: F811
    problems = []
    names = []
    judge = None
    for name, dialog in show_dialogs(qtbot, active_ctx, tmp_path):
        if judge is None:  # after the dialogs' own data (a draft run with a note) was made
            judge = Judge(workspace_data(active_ctx, language) | {PHOTO_NAME})
        names.append(name)
        problems += problems_in(visible_texts(dialog), judge, language, name)
    assert len(names) >= 20
    assert problems == [], "\n".join(problems)


def test_the_judge_finds_the_other_language() -> None:
    """The check itself: data is cut out, neutral words pass, the other language is caught."""
    judge = Judge({"上海徐家汇店", "SH001", "zhang.wei", "门头灯箱有两处不亮"})
    assert judge.foreign("SH001 上海徐家汇店", "en") == []
    assert judge.foreign("Store: 上海徐家汇店 (SH001)", "en") == []
    assert judge.foreign("门店：上海", "en") == ["上海", "门店"]
    assert judge.foreign("Note: 门头灯箱有两处不亮", "en") == []
    assert judge.foreign("导出 PDF（Ctrl+E）", "zh_CN") == []
    assert judge.foreign("登录名 zhang.wei", "zh_CN") == []
    assert Judge({"fail"}).foreign("Each failed item", "zh_CN") == ["Each", "failed", "item"]
    assert judge.foreign("Export signed PDF", "zh_CN") == ["Export", "signed"]
    assert judge.foreign("已完成 Completed", "zh_CN") == ["Completed"]
    assert judge.foreign("节点 a76eff4ccbe422a9，指纹 a76e:ff4c:bccf，如 store_hygiene（.opsync）", "zh_CN") == []
    assert judge.foreign("English", "en") == judge.foreign("简体中文", "en") == []


def test_visible_texts_reads_what_is_shown(qtbot) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QPushButton, QTableView, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    root.setWindowTitle("窗口")
    layout = QVBoxLayout(root)
    layout.addWidget(QLabel("<b>Bold</b> &amp; plain"))
    button = QPushButton("&Save")
    button.setToolTip("Save it")
    layout.addWidget(button)
    hidden = QLabel("Hidden")
    layout.addWidget(hidden)
    hidden.hide()
    combo = QComboBox()
    combo.addItems(["One", "Two"])
    layout.addWidget(combo)
    model = QStandardItemModel(0, 1)
    model.setHorizontalHeaderLabels(["Head"])
    model.appendRow([QStandardItem("Cell")])
    table = QTableView()
    table.setModel(model)
    layout.addWidget(table)
    root.show()
    texts = [s.text for s in visible_texts(root)]
    for expected in ("窗口", " Bold  & plain", "Save", "Save it", "One", "Two", "Head", "Cell"):
        assert expected in texts, (expected, texts)
    assert "Hidden" not in texts

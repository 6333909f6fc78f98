"""Translations are complete in both languages and the compiled files match their sources."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from opsdesk import paths
from ui import i18n

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def ui_sources() -> list[str]:
    return ["main.py", *sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))]


def test_every_tr_string_is_translated_in_both_languages(tmp_path) -> None:  # noqa: ANN001
    """Re-extract from the code into copies: nothing new, nothing unfinished."""
    copies = []
    for lang in i18n.LANGUAGES:
        copy = tmp_path / f"opsdesk_{lang}.ts"
        shutil.copy(paths.I18N / f"opsdesk_{lang}.ts", copy)
        copies.append(str(copy))
    done = subprocess.run([str(BIN / "pyside6-lupdate"), "-no-obsolete", *ui_sources(), "-ts", *copies],
                          cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "0 new" in done.stdout, done.stdout
    for copy in copies:
        root = ET.parse(copy).getroot()
        messages = list(root.iter("message"))
        assert len(messages) > 100
        unfinished = [m.find("source").text for m in messages
                      if m.find("translation").get("type") in ("unfinished", "vanished", "obsolete")]
        assert unfinished == [], f"{copy}: {unfinished[:5]}"


def test_chinese_translations_are_chinese() -> None:
    root = ET.parse(paths.I18N / "opsdesk_zh_CN.ts").getroot()
    for m in root.iter("message"):
        source = m.find("source").text
        translation = m.find("translation")
        text = (translation.text or "").strip() or "".join(f.text or "" for f in translation.iter("numerusform"))
        words = re.sub(r"%[0-9n]", "", source)
        if not re.search(r"[A-Za-z]", words):
            continue  # pure format strings such as "%1: %2"
        has_cjk = any("\u4e00" <= ch <= "\u9fff" for ch in text)
        assert has_cjk, f"not translated into Chinese: {source!r} -> {text!r}"


def test_compiled_qm_files_are_current(tmp_path) -> None:  # noqa: ANN001
    for lang in i18n.LANGUAGES:
        out = tmp_path / f"{lang}.qm"
        subprocess.run([str(BIN / "pyside6-lrelease"), str(paths.I18N / f"opsdesk_{lang}.ts"), "-qm", str(out)],
                       check=True, capture_output=True, timeout=60)
        assert out.read_bytes() == (paths.I18N / f"opsdesk_{lang}.qm").read_bytes(), f"run `make i18n` ({lang})"


def test_translator_switches_languages(translations) -> None:  # noqa: ANN001
    assert translations.install("en")
    assert QCoreApplication.translate("MainWindow", "Stores") == "Stores"
    assert QCoreApplication.translate("StoresPage", "%n store(s)", "", 1) == "1 store"
    assert translations.install("zh_CN")
    assert QCoreApplication.translate("MainWindow", "Stores") == "门店"
    assert QCoreApplication.translate("StoresPage", "%n store(s)", "", 5) == "共 5 家门店"


def test_language_resolution() -> None:
    assert i18n.resolve("en") == "en"
    assert i18n.resolve("zh_CN") == "zh_CN"
    assert i18n.resolve("system") in i18n.LANGUAGES


def test_no_tr_call_hides_inside_an_f_string() -> None:
    """pyside6-lupdate does not look inside f-strings: a tr() there would never be translated."""
    import io
    import tokenize

    offenders = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        tokens = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        for tok in tokens:
            if (tok.type == tokenize.STRING and tok.string[:2].lower() in ("f'", 'f"')
                    and re.search(r"\b(tr|translate)\(", tok.string)):
                offenders.append(f"{path.relative_to(ROOT)}:{tok.start[0]}")
    assert offenders == []


# -- every user-visible literal goes through tr() ---------------------------------------------------------
import ast  # noqa: E402

# Qt text APIs (method name -> the positional arguments that are text; None: all of them).
TEXT_METHODS: dict[str, tuple[int, ...] | None] = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setPlaceholderText": (0,), "setStatusTip": (0,),
    "setWhatsThis": (0,), "setTitle": (0,), "setLabelText": (0,), "setInformativeText": (0,),
    "setDetailedText": (0,), "setSpecialValueText": (0,), "setSuffix": (0,), "setPrefix": (0,),
    "setOkButtonText": (0,), "setCancelButtonText": (0,), "setButtonText": (1,), "setTabText": (1,),
    "setTabToolTip": (1,), "setAccessibleName": (0,), "showMessage": (0,), "setHeaderLabel": (0,),
    "addItem": (0,), "insertItem": (1,), "addItems": None, "addRow": (0,), "insertRow": (1,), "addTab": None,
    "insertTab": None, "addMenu": None, "addAction": None, "addButton": (0,), "addSection": None,
    "setHorizontalHeaderLabels": None, "setVerticalHeaderLabels": None, "setHeaderLabels": None,
    "with_progress": (0,), "confirm": (1, 2), "ok_cancel_buttons": (1,),
}
TEXT_CLASSES = {"QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
                "QMenu", "QCommandLinkButton", "QTableWidgetItem", "QListWidgetItem", "QTreeWidgetItem",
                "QMessageBox", "QProgressDialog", "QWizardPage", "Placeholder"}
STATIC_BOXES = {"QMessageBox": (1, 2), "QInputDialog": (1, 2), "QFileDialog": (1, 3)}
TEXT_KEYWORDS = {"text", "title", "toolTip", "windowTitle", "placeholderText", "statusTip", "whatsThis",
                 "label", "ok_text", "labelText"}
TR_CALLS = {"tr", "translate", "QT_TR_NOOP", "QT_TRANSLATE_NOOP", "qsTr"}
STR_METHODS = {"format", "replace", "join", "strip", "upper", "lower", "capitalize", "title"}
# Words that read the same in both languages (product names, units, file types).
NEUTRAL_WORDS = {"PDF", "QR", "OpsDesk", "Excel", "CSV", "ID", "kW", "JSON", "SQLite", "HTTP", "HTTPS", "URL",
                 "xlsx", "pdf", "json", "csv", "png", "jpg", "jpeg", "sqlite", "px", "kg", "km", "min", "ms"}
# Literals shown as they are on purpose: a language's own name in the language menu.
NEUTRAL_LITERALS = {"English", "简体中文"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else None


def _owner(func: ast.expr) -> str | None:
    return _name(func.value) if isinstance(func, ast.Attribute) else None


def _literal_text(node: ast.expr) -> list[tuple[int, str]]:
    """The literal text that reaches the screen from an argument, not counting what goes through tr().

    Follows concatenation, %, f-strings, conditional expressions, lists and str methods; stops at any
    other call (an icon name, a label lookup) and at names/subscripts (data)."""
    if isinstance(node, ast.Constant):
        return [(node.lineno, node.value)] if isinstance(node.value, str) else []
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
        inner = [hit for v in node.values if isinstance(v, ast.FormattedValue) for hit in _literal_text(v.value)]
        return [(node.lineno, text), *inner]
    if isinstance(node, ast.BinOp):
        return _literal_text(node.left) + _literal_text(node.right)
    if isinstance(node, ast.IfExp):
        return _literal_text(node.body) + _literal_text(node.orelse)
    if isinstance(node, ast.BoolOp):
        return [hit for v in node.values for hit in _literal_text(v)]
    if isinstance(node, (ast.List, ast.Tuple)):
        return [hit for v in node.elts for hit in _literal_text(v)]
    if isinstance(node, ast.Call):
        name = _name(node.func)
        if name in TR_CALLS:
            return []
        if name in STR_METHODS and isinstance(node.func, ast.Attribute):
            hits = _literal_text(node.func.value)
            if name != "replace":  # replace("%1", value): the placeholder is no text
                hits += [hit for a in node.args for hit in _literal_text(a)]
            return hits
    return []


def _looks_like_words(text: str) -> bool:
    if text in NEUTRAL_LITERALS:
        return False
    text = re.sub(r"<[^>]*>|&[a-z]+;|%[0-9n]|%[sd]|\{\}|\(\*\.[a-z]+\)|\b\w+\.\w+(-\w+)*\b", " ", text)
    words = re.findall(r"[A-Za-z]{2,}", text)
    return any(w not in NEUTRAL_WORDS for w in words)


def untranslated_literals() -> list[str]:
    hits = []
    for source in ui_sources():
        tree = ast.parse((ROOT / source).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name, owner = _name(node.func), _owner(node.func)
            if owner in STATIC_BOXES and name and (name[:1].islower()):
                positions: tuple[int, ...] | None = STATIC_BOXES[owner]
            elif name in TEXT_CLASSES:
                positions = None
            elif name in TEXT_METHODS:
                positions = TEXT_METHODS[name]
            else:
                continue
            if name in ("addItem", "insertItem") and positions and len(node.args) > positions[0] \
                    and _name(getattr(node.args[positions[0]], "func", None)) in ("icon", "QIcon"):
                positions = (positions[0] + 1,)  # addItem(icon, text, data)
            args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
            # QInputDialog.getText(..., text=default) pre-fills an editable field: data, not a label
            keywords = {"title", "label"} if owner in STATIC_BOXES else TEXT_KEYWORDS
            args += [k.value for k in node.keywords if k.arg in keywords]
            for arg in args:
                for line, text in _literal_text(arg):
                    if _looks_like_words(text):
                        hits.append(f"{source}:{line}: {name}({text!r})")
    return hits


def test_every_visible_literal_goes_through_tr() -> None:
    """Static check over ui/ and main.py: literal words handed to Qt text APIs must be inside tr()."""
    assert untranslated_literals() == []


def test_the_literal_check_finds_what_it_should(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    """The check itself: it flags raw words and passes tr(), icons, data and formats."""
    bad = tmp_path / "ui" / "bad.py"
    bad.parent.mkdir()
    bad.write_text(
        "from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QPushButton\n"
        "def build(self, box, combo, name):\n"
        "    QMessageBox.information(self, 'Export signed PDF', self.tr('fine'))\n"
        "    QInputDialog.getText(self, self.tr('Title'), 'Passphrase of your signing key:')\n"
        "    box.with_progress('Building the report...')\n"
        "    combo.addItem(self.tr('Week'), 'week')\n"
        "    QPushButton(qta.icon('fa5s.save', color='white'), self.tr('Save'))\n"
        "    QLabel('%1 — %2')\n"
        "    QLabel(f'<b>{name}</b>&nbsp;PDF')\n"
        "    self.setWindowTitle(name if name else 'Untitled')\n"
        "    self.setText(self.tr('View') if name == 'draft' else self.tr('Continue'))\n",
        encoding="utf-8")
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    monkeypatch.setattr(sys.modules[__name__], "ui_sources", lambda: ["ui/bad.py"])
    hits = untranslated_literals()
    assert [h.split(": ", 1)[1] for h in hits] == [
        "information('Export signed PDF')",
        "getText('Passphrase of your signing key:')",
        "with_progress('Building the report...')",
        "setWindowTitle('Untitled')",
    ]


def test_every_template_format_problem_code_has_its_own_translated_message() -> None:
    """Each code the template-file checks can raise is worded by the UI (one tr() per code), not left in English."""
    from opsdesk.templates_io import problem
    from ui.errors import format_problem_message

    codes = set()
    for source in ("opsdesk/templates_io.py", "opsdesk/services/templates.py"):
        for node in ast.walk(ast.parse((ROOT / source).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node.func) in ("fail", "problem", "format_problem"):
                index = 2 if _name(node.func) == "fail" else 0
                if len(node.args) > index and isinstance(node.args[index], ast.Constant):
                    codes.add(node.args[index].value)
    codes.discard("other")  # a plain-text problem, wrapped (none is raised by the template checks any more)
    assert len(codes) >= 25, sorted(codes)
    messages = {}
    for code in sorted(codes):
        text = format_problem_message(problem(code, "ENGLISH FALLBACK", "x", field="x", max=3, min=1, value="'v'",
                                              allowed="a, b", type="text", key="k", name="f.json", kb=1,
                                              line=1, column=2, expected=1, template="t", number=2))
        assert text != "ENGLISH FALLBACK", code
        messages[code] = text
    assert len(set(messages.values())) == len(messages), "two codes share a message"


def test_template_content_follows_the_interface_language(qtbot, demo_ctx, translations) -> None:  # noqa: ANN001
    """Templates carry English texts: the English UI shows them (library, start dialog), the Chinese UI the Chinese."""
    from opsdesk.services import templates as svc
    from ui import labels
    from ui.pages.inspections import StartInspectionDialog
    from ui.pages.templates import TemplatesPage

    listed = svc.list_templates(demo_ctx)
    assert all(t.title_en for t in listed)
    for language, title in (("en", lambda t: t.title_en), ("zh_CN", lambda t: t.title)):
        translations.install(language)
        page = TemplatesPage(demo_ctx)
        qtbot.addWidget(page)
        page.refresh()
        shown = [page.list.topLevelItem(i).text(0) for i in range(page.list.topLevelItemCount())]
        assert sorted(shown) == sorted(title(t) for t in listed)
        dialog = StartInspectionDialog(demo_ctx)
        qtbot.addWidget(dialog)
        combo = [dialog.template.itemText(i) for i in range(dialog.template.count())]
        assert combo and all(any(text.startswith(title(t) + " (v") for t in listed) for text in combo), combo
    assert labels.template_text("门店", "Store", english=True) == "Store"
    assert labels.template_text("门店", "", english=True) == "门店"
    assert labels.template_text("", "Store", english=False) == "Store"


def test_code_labels_are_made_once_per_language_and_follow_a_switch(translations) -> None:  # noqa: ANN001
    """A list asks for a code's label for every cell it paints: each table of labels is made once per language,
    read-only, and made again when the language changes."""
    from ui import labels

    zh = labels.roles()
    assert zh["supervisor"] == "督导" and labels.roles() is zh and labels.role("supervisor") == "督导"
    try:
        zh["supervisor"] = "x"  # type: ignore[index]
    except TypeError:
        pass
    assert zh["supervisor"] == "督导"  # read-only
    try:
        assert translations.install("en")
        assert labels.role("supervisor") == "Supervisor" and labels.roles() is not zh
    finally:
        translations.install("zh_CN")
    assert labels.role("supervisor") == "督导"

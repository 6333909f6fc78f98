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

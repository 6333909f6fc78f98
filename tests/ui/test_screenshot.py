"""`python main.py --db FILE --page NAME --screenshot OUT.png` as a reviewer runs it."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

ROOT = Path(__file__).resolve().parents[2]


def run_main(*args: str, env_extra: dict | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.update(env_extra or {})
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.fixture
def demo_db(workspace_copy) -> Path:  # noqa: ANN001
    """The UI tests' demo chain (``build_demo(ctx, stores=12, seed=11)``, built once per run and copied); the
    CLI's own demo is tested in tests/core/test_demo_cli.py."""
    return workspace_copy("demo.sqlite", stores=12, seed=11)


def distinct_colours(image: QImage, step: int = 7) -> int:
    seen = set()
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            seen.add(image.pixel(x, y))
    return len(seen)


def test_screenshot_of_the_stores_page(demo_db, tmp_path) -> None:  # noqa: ANN001
    out = tmp_path / "stores.png"
    done = run_main("--db", str(demo_db), "--page", "stores", "--screenshot", str(out), "--lang", "zh_CN")
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert distinct_colours(image) > 20  # a real picture, not a blank window


def test_screenshot_of_a_placeholder_and_the_welcome_dialog(tmp_path) -> None:  # noqa: ANN001
    db = tmp_path / "empty.sqlite"
    for page in ("openings", "welcome"):
        out = tmp_path / f"{page}.png"
        done = run_main("--db", str(db), "--page", page, "--screenshot", str(out))
        assert done.returncode == 0, done.stderr
        assert not QImage(str(out)).isNull()


def test_unknown_page_and_too_new_database_fail_clearly(demo_db, tmp_path) -> None:  # noqa: ANN001
    done = run_main("--db", str(demo_db), "--page", "nowhere", "--screenshot", str(tmp_path / "x.png"))
    assert done.returncode == 2
    assert "unknown page 'nowhere'" in done.stderr and "stores" in done.stderr

    future = tmp_path / "future.sqlite"
    future.write_bytes(demo_db.read_bytes())
    conn = sqlite3.connect(future)
    with conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    conn.close()
    before = future.read_bytes()
    done = run_main("--db", str(future), "--screenshot", str(tmp_path / "y.png"))
    assert done.returncode == 2
    assert "newer OpsDesk" in done.stderr
    assert future.read_bytes() == before
    assert not (tmp_path / "y.png").exists()

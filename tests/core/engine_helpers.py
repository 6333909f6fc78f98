"""Helpers of the checklist engine tests (templates, runs): a template with every answer type,
row counts of every table, small real JPEGs. Imported by conftest.py and by the test modules."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any


def table_counts(path: Path | str) -> dict[str, int]:
    """Row count of every table of the workspace file (read with a plain connection), or of the PostgreSQL
    database when ``path`` is its URL (the ``db_path`` of a test run on PostgreSQL)."""
    if isinstance(path, str) and path.startswith("postgresql"):
        import pg_cluster

        return pg_cluster.table_counts(path)
    conn = sqlite3.connect(str(path))
    try:
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {t: conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}
    finally:
        conn.close()


class RawConnection:
    """A plain DB-API connection to the workspace, bypassing OpsDesk (tampering from outside, as a shell or a
    script would): ``sqlite3`` for a file, ``psycopg`` for a PostgreSQL URL. Queries use ``?`` placeholders;
    ``error`` is the driver's ``DatabaseError``."""

    def __init__(self, target: Path | str) -> None:
        self.pg = isinstance(target, str) and target.startswith("postgresql")
        if self.pg:
            import psycopg

            self.conn: Any = psycopg.connect(target)
            self.error: type[Exception] = psycopg.DatabaseError
        else:
            self.conn = sqlite3.connect(target)
            self.error = sqlite3.DatabaseError

    def execute(self, query: str, params: Any = ()) -> Any:  # noqa: ANN401
        if self.pg:
            query = query.replace("%", "%%").replace("?", "%s")
        return self.conn.execute(query, tuple(params))

    def unfreeze_answers_zero(self) -> None:
        """What OpsDesk's own connections answer outside a sync write: SQLite, a function ``opsdesk_unfreeze``
        of the connection answering 0; PostgreSQL, the setting ``opsdesk.unfreeze`` set to '0'."""
        if self.pg:
            self.conn.execute("SELECT set_config('opsdesk.unfreeze', '0', false)")
            self.conn.commit()
        else:
            self.conn.create_function("opsdesk_unfreeze", 0, lambda: 0)

    def commit(self) -> None:
        self.conn.commit()

    def rollback(self) -> None:
        self.conn.rollback()

    def close(self) -> None:
        self.conn.close()


def all_types_data(code: str = "all_types", kind: str = "inspection") -> dict:
    """A template file (as decoded JSON) with one item of every answer type.

    Section 基础 (weight 1): pf pass_fail w2 critical+photo_on_fail, yn yes_no w1, rt rating/4 w4,
    num number [2, 8] w2. Section 选择 (weight 2): ch choice w3 (好 2 / 一般 1 / 差 0 / 严重 1 fails),
    mc multi_choice w4 (a 1 / b 3 / c 0 fails). Section 记录 (weight 1): tx text (optional), ph photo, dt date.
    """
    def item(key: str, kind: str, weight: int = 1, **extra: object) -> dict:
        return {"key": key, "text": f"检查项 {key}", "text_en": f"Item {key}", "type": kind, "weight": weight,
                **extra}

    def opt(label: str, points: int, fails: bool = False) -> dict:
        return {"label": label, "label_en": label, "points": points, "fails": fails}

    return {
        "format": "opsdesk-template", "format_version": 1, "code": code, "kind": kind,
        "title": "全题型", "title_en": "All answer types", "description": "test template",
        "grade_bands": [{"grade": "A", "min": 90}, {"grade": "B", "min": 80}, {"grade": "C", "min": 70},
                        {"grade": "D", "min": 0}],
        "sections": [
            {"title": "基础", "title_en": "Basics", "weight": 1, "items": [
                item("pf", "pass_fail", 2, critical=True, photo_on_fail=True,
                     action={"title": "整改 pf", "priority": "urgent", "due_days": 1}),
                item("yn", "yes_no"),
                item("rt", "rating", 4, scale=4),
                item("num", "number", 2, min=2, max=8, unit="°C"),
            ]},
            {"title": "选择", "title_en": "Choices", "weight": 2, "items": [
                item("ch", "choice", 3, options=[opt("好", 2), opt("一般", 1), opt("差", 0), opt("严重", 1, True)]),
                item("mc", "multi_choice", 4, options=[opt("a", 1), opt("b", 3), opt("c", 0, True)]),
            ]},
            {"title": "记录", "title_en": "Records", "weight": 1, "items": [
                item("tx", "text", required=False),
                item("ph", "photo"),
                item("dt", "date"),
            ]},
        ],
    }


def item_ids(version) -> dict[str, str]:  # noqa: ANN001 - a VersionDTO
    """Item key -> item id of a template version."""
    return {i.key: i.id for i in version.items()}


def write_jpeg(path: Path, color: tuple[int, int, int] = (200, 40, 40), size: tuple[int, int] = (64, 48)) -> Path:
    from PIL import Image

    Image.new("RGB", size, color).save(path, "JPEG", quality=90)
    return path

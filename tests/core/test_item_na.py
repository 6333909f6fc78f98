""""N/A allowed" on checklist items (issue 23): the template file's ``"na": false``, the column
``template_item.na_allowed`` (migration 0017), the service refusing N/A where it is forbidden, the
content hashes of existing and built-in versions, scoring of a veto item that may not be N/A, and
the field travelling in sync packages (an older laptop's package without it imports as allowed)."""

from __future__ import annotations

import copy
import json
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from engine_helpers import all_types_data, item_ids
from sqlalchemy import create_engine, text
from sync_helpers import (
    change_lines,
    get,
    jsonl,
    node_key,
    read_members,
    with_changes,
    write_members,
)

from opsdesk.db import Database, current_revision, head_revision, migrate
from opsdesk.errors import NaNotAllowedError, ValidationError
from opsdesk.scoring import Response, score_run
from opsdesk.services import runs, sync, templates
from opsdesk.services.context import AppContext
from opsdesk.services.templates import BUILTIN_DIR
from opsdesk.templates_io import (
    TemplateFormatError,
    content_hash,
    dumps,
    load_file,
    parse_template,
    to_data,
)

BACKENDS = ("sqlite", "pg")  # the service tests also run on PostgreSQL under `make test-pg`

BEFORE_NA = "0016_dashboard_indexes"  # the last revision without template_item.na_allowed

# The content hashes of the built-in templates as published before "na" existed (computed with the
# previous opsdesk/templates_io.py): every workspace holds these versions, so they must never change.
BUILTIN_HASHES = {
    "closing_check": "ccdb7f1a6b37a88a1cf07df4553fe2c57e309367c925700547f5f186b2b6dc7e",
    "equipment_acceptance": "3575bbdb93055ee54a1d400ddae8e7582f6057b8925212121c563c50f532c947",
    "mystery_visit": "c310acb14e1858de737998cd0150552e262d6ea497fa8bb58cacfedc44508fb7",
    "new_store_fitout": "21d9cb61bb53704d37d05882168d5101daa7dee5d1c25413d901661b6e937485",
    "opening_check": "8a6bfc68584f23539ba30029f3daa0bc4d656a7851561fba3c625424d0561b25",
    "promotion_check": "f94d25e0c11ae7702d8727fc40ab140d49f39dfc25880ff2a5a8f604507a3132",
    "store_routine": "93556e16fc23431009722b1cce1cda8f4351a511e3476c406eb83a9350fb6b2b",
}


def no_na_data(code: str = "no_na", *keys: str) -> dict:
    """The all-types template with ``"na": false`` on ``keys`` (default: pf, the critical pass/fail item)."""
    data = all_types_data(code)
    for section in data["sections"]:
        for item in section["items"]:
            if item["key"] in (keys or ("pf",)):
                item["na"] = False
    return data


def item_dicts(data: dict) -> dict[str, dict]:
    return {i["key"]: i for s in data["sections"] for i in s["items"]}


# ---------------------------------------------------------------- the file format and hashes


def test_a_file_without_na_allows_it_everywhere_and_writes_no_na():
    spec = parse_template(all_types_data())
    assert all(i.na_allowed for s in spec.sections for i in s.items)
    assert not any("na" in i for i in item_dicts(to_data(spec)).values())


def test_na_false_round_trips_through_the_file(tmp_path):
    spec = parse_template(no_na_data())
    allowed = {i.key: i.na_allowed for s in spec.sections for i in s.items}
    assert allowed == {"pf": False, "yn": True, "rt": True, "num": True, "ch": True, "mc": True, "tx": True,
                       "ph": True, "dt": True}
    written = item_dicts(to_data(spec))
    assert written["pf"]["na"] is False
    assert [k for k, i in written.items() if "na" in i] == ["pf"]
    path = tmp_path / "no_na.json"
    path.write_text(dumps(spec), encoding="utf-8")
    again = load_file(path)
    assert again == spec and content_hash(again) == content_hash(spec)


def test_na_true_reads_like_no_field_and_hashes_alike():
    data = all_types_data()
    explicit = copy.deepcopy(data)
    for item in item_dicts(explicit).values():
        item["na"] = True
    assert parse_template(explicit) == parse_template(data)
    assert content_hash(parse_template(explicit)) == content_hash(parse_template(data))


def test_forbidding_na_changes_the_content_hash():
    allowed, forbidden = parse_template(all_types_data("same")), parse_template(no_na_data("same"))
    assert content_hash(forbidden) != content_hash(allowed)
    # ... and only the field makes the difference
    assert content_hash(parse_template(no_na_data("same", "nothing"))) == content_hash(allowed)


def test_na_must_be_true_or_false():
    data = all_types_data()
    item_dicts(data)["yn"]["na"] = "no"
    with pytest.raises(TemplateFormatError) as err:
        parse_template(data)
    (problem,) = err.value.details
    assert (problem.code, problem.path) == ("not_boolean", "sections[0].items[1].na")
    assert "key 'yn'" in problem.where


def test_the_builtin_templates_hash_as_they_were_published():
    """Adding the field changed no built-in version's content hash; none forbids N/A (see the README)."""
    for code, expected in BUILTIN_HASHES.items():
        spec = load_file(BUILTIN_DIR / f"{code}.json")
        assert content_hash(spec) == expected, code
        assert all(i.na_allowed for s in spec.sections for i in s.items), code


def test_installed_builtin_versions_keep_their_hashes(ctx):
    templates.install_builtin(ctx)
    for t in templates.list_templates(ctx, include_retired=True):
        if t.code in BUILTIN_HASHES:
            version = templates.get_version(ctx, t.published_version_id)
            assert version.content_hash == BUILTIN_HASHES[t.code] == content_hash(version.spec())
            assert all(i.na_allowed for i in version.items())


# ---------------------------------------------------------------- the template service


def test_import_and_export_keep_na_false(ctx, sql):
    version = templates.import_spec(ctx, parse_template(no_na_data()))
    ids = item_ids(version)
    assert not version.item(ids["pf"]).na_allowed and version.item(ids["yn"]).na_allowed
    stored = dict(sql("SELECT key, na_allowed FROM template_item WHERE version_id = ?", version.id))
    assert not stored["pf"] and stored["yn"] and len(stored) == 9
    assert version.content_hash == content_hash(parse_template(no_na_data()))
    exported = item_dicts(templates.export_data(ctx, "no_na"))
    assert exported["pf"]["na"] is False and "na" not in exported["yn"]


def test_an_edited_draft_keeps_na_allowed_through_publishing(ctx, admin):
    v1 = templates.import_spec(ctx, parse_template(all_types_data("edit_na")))
    draft = templates.new_draft(ctx, v1.template_id)
    yn = next(i for i in draft.items() if i.key == "yn")
    assert yn.na_allowed
    draft = templates.save_item(ctx, draft.id, yn.section_id, replace(yn.spec, na_allowed=False), item_id=yn.id)
    assert not draft.item(yn.id).na_allowed
    published = templates.publish(ctx, draft.id)
    assert not next(i for i in published.items() if i.key == "yn").na_allowed
    assert published.content_hash != v1.content_hash
    assert published.content_hash == content_hash(parse_template(no_na_data("edit_na", "yn")))


# ---------------------------------------------------------------- answering


@pytest.fixture
def no_na(ctx, admin) -> templates.VersionDTO:  # noqa: ARG001 - admin acts in ctx
    return templates.import_spec(ctx, parse_template(no_na_data()))


@pytest.fixture
def run_id(ctx, make_store, no_na) -> str:
    return runs.start_run(ctx, make_store().id, no_na.template_id, "routine", business_date=date(2024, 3, 4)).id


def test_na_on_an_item_that_forbids_it_is_refused_and_changes_nothing(ctx, no_na, run_id, db_path, dump_db):
    ids = item_ids(no_na)
    runs.set_answer(ctx, run_id, ids["pf"], "pass")
    before = dump_db(db_path)
    with pytest.raises(NaNotAllowedError) as err:
        runs.set_answer(ctx, run_id, ids["pf"], na=True)
    assert dump_db(db_path) == before
    exc = err.value
    assert isinstance(exc, ValidationError) and exc.code == "na_not_allowed"
    (problem,) = exc.problems
    assert (problem.field, problem.reason) == (ids["pf"], "na_not_allowed")
    assert problem.params == {"key": "pf", "text": "检查项 pf", "text_en": "Item pf"}
    assert "pf" in str(exc) and "检查项 pf" in str(exc) and "Item pf" in str(exc) and "\n" not in str(exc)
    answer = runs.get_run(ctx, run_id).answer(ids["pf"])
    assert (answer.value, answer.na) == ("pass", False)


def test_a_refused_na_on_an_unanswered_item_writes_no_answer(ctx, no_na, run_id, sql):
    pf = item_ids(no_na)["pf"]
    with pytest.raises(NaNotAllowedError):
        runs.set_answer(ctx, run_id, pf, na=True)
    assert sql("SELECT count(*) FROM answer WHERE run_id = ? AND item_id = ?", run_id, pf) == [(0,)]
    assert runs.get_run(ctx, run_id).answer(pf) is None


def test_other_items_of_the_template_still_take_na(ctx, no_na, run_id):
    ids = item_ids(no_na)
    result = runs.set_answer(ctx, run_id, ids["yn"], na=True)
    assert result.answer.na and result.answer.value is None


def test_a_veto_item_that_may_not_be_na_cannot_escape_its_veto(ctx, no_na, run_id):
    """Failed, the veto item fails the run; N/A, which would leave it out, is refused."""
    ids = item_ids(no_na)
    passing = {"yn": "yes", "rt": 4, "num": 5, "ch": 0, "mc": [0, 1], "tx": "ok", "dt": "2024-03-04"}
    for key, value in passing.items():
        runs.set_answer(ctx, run_id, ids[key], value)
    score = runs.set_answer(ctx, run_id, ids["pf"], "fail").score
    assert score.critical_failed and score.grade == "fail"
    with pytest.raises(NaNotAllowedError):
        runs.set_answer(ctx, run_id, ids["pf"], na=True)
    detail = runs.get_run(ctx, run_id)
    assert detail.score.critical_failed and detail.score.grade == "fail"
    assert detail.score.percent < 100


def test_where_na_is_allowed_a_veto_item_answered_na_does_not_veto(ctx, admin, make_store):  # noqa: ARG001
    """Today's rule, kept for templates that allow N/A (the README says so and how to forbid it)."""
    version = templates.import_spec(ctx, parse_template(all_types_data("na_ok")))
    ids = item_ids(version)
    run = runs.start_run(ctx, make_store().id, version.template_id, "routine", business_date=date(2024, 3, 4))
    score = runs.set_answer(ctx, run.id, ids["pf"], na=True).score
    assert not score.critical_failed and score.grade != "fail"
    # the scorer agrees on its own: the same answers as responses
    own = score_run(version.rules(), {ids["pf"]: Response(None, True)}, version.grade_bands)
    assert not own.critical_failed


# ---------------------------------------------------------------- the migration


def _item_rows(spec, version_id: str) -> tuple[list[dict], list[dict]]:  # noqa: ANN001
    """template_section and template_item rows of a spec, as written before na_allowed existed."""
    book = {"created_at": datetime(2025, 6, 1), "updated_at": "0001748736000000-000000-oldnode",
            "origin_node": "oldnode", "deleted": False}
    sections, items = [], []
    for si, sec in enumerate(spec.sections):
        sid = f"sec{si}"
        sections.append({"id": sid, "version_id": version_id, "position": si, "title": sec.title,
                         "title_en": sec.title_en, "weight": sec.weight, **book})
        for ii, it in enumerate(sec.items):
            items.append({
                "id": f"item_{it.key}", "version_id": version_id, "section_id": sid, "position": ii, "key": it.key,
                "text": it.text, "text_en": it.text_en, "guidance": it.guidance, "answer_type": it.answer_type,
                "options": json.dumps([{"label": o.label, "label_en": o.label_en, "points": o.points,
                                        "fails": o.fails} for o in it.options], ensure_ascii=False),
                "scale": it.scale, "unit": it.unit, "weight": it.weight, "critical": it.critical,
                "required": it.required, "photo_on_fail": it.photo_on_fail, "action_title": it.action_title,
                "action_priority": it.action_priority, "action_due_days": it.action_due_days,
                "min_value": None if it.min_value is None else int(it.min_value * 100),
                "max_value": None if it.max_value is None else int(it.max_value * 100), **book})
    return sections, items


def _write_old_template(url: str) -> tuple[str, str]:
    """A published template written into a workspace at revision 0016 (no na_allowed column yet), with
    plain SQL; returns (version id, the content hash it was published with)."""
    spec = parse_template(all_types_data("old_one"))
    digest = content_hash(spec)
    book = {"created_at": datetime(2025, 6, 1), "updated_at": "0001748736000000-000000-oldnode",
            "origin_node": "oldnode", "deleted": False}
    rows = {
        "template": [{"id": "tpl_old", "code": spec.code, "kind": spec.kind, "title": spec.title,
                      "title_en": spec.title_en, "description": spec.description, "builtin": False, "active": True,
                      **book}],
        "template_version": [{"id": "ver_old", "template_id": "tpl_old", "number": 1, "status": "published",
                              "title": spec.title, "title_en": spec.title_en, "content_hash": digest,
                              "grade_bands": json.dumps([{"grade": g, "min": str(m)} for g, m in spec.grade_bands]),
                              "published_at": datetime(2025, 6, 1), "published_by": None, **book}],
    }
    rows["template_section"], rows["template_item"] = _item_rows(spec, "ver_old")
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(template_item)")} \
                if conn.dialect.name == "sqlite" else set(conn.scalars(text(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = 'template_item'")))
            assert "na_allowed" not in columns and "photo_on_fail" in columns
            for table, table_rows in rows.items():
                for row in table_rows:
                    names = ", ".join(f'"{k}"' for k in row)
                    conn.execute(text(f'INSERT INTO "{table}" ({names}) VALUES ({", ".join(":" + k for k in row)})'),
                                 row)
    finally:
        engine.dispose()
    return "ver_old", digest


def _check_migrated(database: Database, version_id: str, digest: str) -> None:
    ctx = AppContext(database)
    with database.engine.connect() as conn:
        values = conn.execute(text("SELECT na_allowed FROM template_item WHERE version_id = :v"),
                              {"v": version_id}).scalars().all()
    assert len(values) == 9 and all(v is True or v == 1 for v in values)
    version = templates.get_version(ctx, version_id)
    assert all(i.na_allowed for i in version.items())
    assert version.content_hash == digest == content_hash(version.spec())  # the published hash still holds


def test_migration_keeps_the_items_of_an_existing_workspace_na_allowed(tmp_path):
    path = tmp_path / "old.sqlite"
    migrate(path, target=BEFORE_NA, backup=False)
    assert current_revision(path) == BEFORE_NA
    version_id, digest = _write_old_template(f"sqlite:///{path}")
    result = migrate(path)
    assert (result.before, result.after) == (BEFORE_NA, head_revision())
    database = Database.open(path)
    try:
        _check_migrated(database, version_id, digest)
        # a new item written without the field takes the server default, too
        with database.engine.begin() as conn:
            conn.exec_driver_sql("INSERT INTO template_item (id, created_at, updated_at, origin_node, version_id, "
                                 "section_id, position, key, text, text_en, guidance, answer_type, options, unit, "
                                 "weight, action_title, action_priority, action_due_days) SELECT 'raw', created_at, "
                                 "updated_at, origin_node, version_id, section_id, 99, 'raw', 'raw', '', '', "
                                 "'pass_fail', '[]', '', 1, '', 'normal', 7 FROM template_item LIMIT 1")
            assert conn.exec_driver_sql("SELECT na_allowed FROM template_item WHERE id = 'raw'").scalar() == 1
    finally:
        database.close()


@pytest.mark.pg
def test_migration_on_postgresql_keeps_the_items_na_allowed(pg_url, tmp_path):  # noqa: ANN001
    from opsdesk import pg

    url = pg_url()
    pg.migrate(url, target=BEFORE_NA)
    version_id, digest = _write_old_template(url.replace("postgresql://", "postgresql+psycopg://", 1)
                                             if url.startswith("postgresql://") else url)
    result = pg.migrate(url)
    assert (result.before, result.after) == (BEFORE_NA, head_revision())
    database = Database.open(url, files_dir=tmp_path / "files")
    try:
        _check_migrated(database, version_id, digest)
    finally:
        database.close()


# ---------------------------------------------------------------- sync


def _sync_pair(workspace_copy) -> tuple[Path, Path, str]:  # noqa: ANN001
    """A sender with the no-N/A template and an empty receiver; returns both and the package."""
    sender, receiver = workspace_copy("sender.sqlite"), workspace_copy("receiver.sqlite")
    db = Database.open(sender)
    try:
        ctx = AppContext(db)
        templates.import_spec(ctx, parse_template(no_na_data()))
        package = sync.export_package(ctx, sender.with_name("p.opsync"), full=True).path
    finally:
        db.close()
    return sender, receiver, package


def _received_na(receiver: Path) -> dict[str, bool]:
    db = Database.open(receiver)
    try:
        ctx = AppContext(db)
        t = templates.template_by_code(ctx, "no_na")
        version = templates.get_version(ctx, t.published_version_id)
        assert version.content_hash == content_hash(version.spec())
        return {i.key: i.na_allowed for i in version.items()}
    finally:
        db.close()


def test_na_allowed_travels_in_a_sync_package(workspace_copy):
    _sender, receiver, package = _sync_pair(workspace_copy)
    records = [r for r in change_lines(read_members(package)) if r["table"] == "template_item"]
    assert any("na_allowed" in (json.loads(r["value"]) if r["field"] == "*" else {r["field"]: 1})
               for r in records)
    db = Database.open(receiver)
    try:
        assert sync.import_package(AppContext(db), package, trust=True).applied > 0
    finally:
        db.close()
    received = _received_na(receiver)
    assert received["pf"] is False and all(v for k, v in received.items() if k != "pf")


def test_a_package_without_the_field_imports_items_as_na_allowed(workspace_copy, tmp_path):
    """An older laptop knows no na_allowed: its template items arrive N/A-allowed (the column's default)."""
    sender, receiver, package = _sync_pair(workspace_copy)
    members = read_members(package)
    old = []
    for record in change_lines(members):
        if record["table"] == "template_item":
            if record["field"] == "na_allowed":
                continue
            if record["field"] == "*":
                row = json.loads(record["value"])
                row.pop("na_allowed", None)
                record = {**record, "value": json.dumps(row, ensure_ascii=False)}
        old.append(record)
    assert jsonl(old) != get(members, "changes.jsonl")
    older = write_members(tmp_path / "older.opsync", with_changes(members, node_key(sender), jsonl(old)))
    db = Database.open(receiver)
    try:
        assert sync.import_package(AppContext(db), older, trust=True).applied > 0
    finally:
        db.close()
    db = Database.open(receiver)
    try:
        ctx = AppContext(db)
        version = templates.get_version(ctx, templates.template_by_code(ctx, "no_na").published_version_id)
        assert all(i.na_allowed for i in version.items())
    finally:
        db.close()

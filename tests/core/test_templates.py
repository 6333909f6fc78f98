"""Checklist templates: the built-in library, versions and drafts, editing, import/export
(all or nothing) and the ``opsdesk template`` command line."""

from __future__ import annotations

import copy
import json
import sqlite3
import subprocess
import sys
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from acting import ADMIN_PASSWORD, first_password, signed_in
from engine_helpers import all_types_data, item_ids, table_counts

from opsdesk import cli
from opsdesk.db import Database
from opsdesk.errors import NotFoundError, ValidationError
from opsdesk.services import runs, templates
from opsdesk.services.context import AppContext
from opsdesk.services.templates import ItemSpec, OptionSpec, VersionFrozenError
from opsdesk.templates_io import TemplateFormatError, content_hash, load_file, parse_template, to_data

BACKENDS = ("sqlite", "pg")  # also on PostgreSQL under `make test-pg` (tests/core/conftest.py)
# The [pg] twins: the tests that reach what differs between the backends (tests/core/conftest.py PG_TWINS).
PG_TWINS = (
    "test_builtin_library_installs_seven_published_templates_once",
    "test_builtin_ids_are_the_same_in_every_workspace",
    "test_export_then_import_keeps_the_content_hash",
    "test_every_field_survives_the_database_round_trip",
    "test_publish_freezes_and_new_draft_copies_as_next_number",
    "test_move_items_and_sections",
)

REPO = Path(__file__).resolve().parents[2]
ADMIN = signed_in("admin", ADMIN_PASSWORD)  # the command line acts as the first user of `db init`
BUILTIN_CODES = ["closing_check", "equipment_acceptance", "mystery_visit", "new_store_fitout", "opening_check",
                 "promotion_check", "store_routine"]


@pytest.fixture
def builtin(ctx: AppContext) -> AppContext:
    templates.install_builtin(ctx)
    return ctx


def ids_of(path: Path) -> dict[str, list[tuple]]:
    conn = sqlite3.connect(path)
    try:
        return {
            "template": conn.execute("SELECT id, code, kind, builtin FROM template ORDER BY id").fetchall(),
            "version": conn.execute("SELECT id, template_id, number, status, content_hash, published_at "
                                    "FROM template_version ORDER BY id").fetchall(),
            "section": conn.execute("SELECT id, version_id, position, title, weight "
                                    "FROM template_section ORDER BY id").fetchall(),
            "item": conn.execute("SELECT id, version_id, section_id, position, key, text, weight "
                                 "FROM template_item ORDER BY id").fetchall(),
        }
    finally:
        conn.close()


# ---------------------------------------------------------------- the built-in library


def test_builtin_library_installs_seven_published_templates_once(ctx, db_path, all_counts):
    installed = templates.install_builtin(ctx)
    assert sorted(installed) == BUILTIN_CODES
    listed = templates.list_templates(ctx, include_retired=True)
    assert sorted(t.code for t in listed) == BUILTIN_CODES
    for t in listed:
        assert t.builtin and t.active
        assert t.published_number == 1 and t.draft_version_id is None
        assert t.item_count > 0
        version = templates.published_version(ctx, t.id)
        assert version.status == "published" and version.content_hash == content_hash(version.spec())
    assert {t.kind for t in listed} == {"inspection", "opening", "closing", "new_store", "equipment_acceptance",
                                        "promotion_check"}

    before = all_counts()
    assert templates.install_builtin(ctx) == []
    assert all_counts() == before
    assert len(templates.list_templates(ctx, include_retired=True)) == 7


def test_retired_builtin_is_not_installed_again(builtin):
    ctx = builtin
    routine = templates.template_by_code(ctx, "store_routine")
    templates.set_template_active(ctx, routine.id, False)
    assert templates.install_builtin(ctx) == []
    again = templates.template_by_code(ctx, "store_routine")
    assert again.active is False and again.published_number == 1
    assert "store_routine" not in {t.code for t in templates.list_templates(ctx)}
    assert "store_routine" not in {t.code for t in templates.list_templates(ctx, runnable_only=True)}
    with pytest.raises(templates.NothingPublishedError):
        templates.published_version(ctx, routine.id)


def test_builtin_ids_are_the_same_in_every_workspace(tmp_path):
    paths = [tmp_path / "a.sqlite", tmp_path / "b.sqlite"]
    for path in paths:
        db = Database.open(path)
        try:
            templates.install_builtin(AppContext(db))
        finally:
            db.close()
    a, b = (ids_of(p) for p in paths)
    assert len(a["template"]) == 7 and len(a["item"]) > 100
    assert a == b
    nodes = []
    for path in paths:
        conn = sqlite3.connect(path)
        nodes.append(conn.execute("SELECT id FROM node").fetchall())
        conn.close()
    assert nodes[0] != nodes[1]  # two installations nevertheless


@pytest.mark.parametrize("path", sorted((REPO / "resources" / "templates").glob("*.json")), ids=lambda p: p.stem)
def test_builtin_files_round_trip(path):
    spec = load_file(path)
    assert parse_template(to_data(spec)) == spec
    assert content_hash(parse_template(json.loads(json.dumps(to_data(spec))))) == content_hash(spec)


def test_export_then_import_keeps_the_content_hash(builtin, tmp_path):
    ctx = builtin
    v1 = templates.published_version(ctx, templates.template_by_code(ctx, "store_routine").id)
    data = templates.export_data(ctx, "store_routine")
    file = tmp_path / "store_routine.json"
    file.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")

    # Into the same workspace: a new published version with the same content.
    v2 = templates.import_file(ctx, file)
    assert (v2.number, v2.status, v2.code) == (2, "published", "store_routine")
    assert v2.content_hash == v1.content_hash == content_hash(load_file(file))
    assert [i.spec for i in v2.items()] == [i.spec for i in v1.items()]
    assert templates.get_version(ctx, v1.id).status == "retired"

    # Into a fresh workspace: version 1, same hash.
    other = Database.open(tmp_path / "other.sqlite")
    try:
        imported = templates.import_file(AppContext(other), file)
        assert (imported.number, imported.content_hash) == (1, v1.content_hash)
        assert templates.export_data(AppContext(other), "store_routine") == data
    finally:
        other.close()


def test_every_field_survives_the_database_round_trip(ctx, tmp_path):
    data = all_types_data()
    data["sections"][0]["items"][3].update(min=-2.5, max=0.5)
    data["sections"][0]["items"][0]["guidance"] = "看安全出口，拍照"
    spec = parse_template(data)
    version = templates.import_spec(ctx, spec)
    assert version.spec() == spec
    assert version.content_hash == content_hash(spec)
    exported = templates.export_data(ctx, "all_types")
    assert exported == to_data(spec)
    assert parse_template(exported) == spec


# ---------------------------------------------------------------- drafts, publishing, freezing


def pf(key: str, text: str = "", weight: int = 1, **extra) -> ItemSpec:
    return ItemSpec(key=key, text=text or f"检查 {key}", text_en=f"Check {key}", answer_type="pass_fail",
                    weight=weight, **extra)


def draft_with_items(ctx: AppContext, code: str = "custom", keys=("a1", "a2", "a3")):
    v = templates.create_template(ctx, code, "inspection", "自定义", "Custom")
    section = v.sections[0].id
    for key in keys:
        v = templates.save_item(ctx, v.id, section, pf(key))
    return v


def test_publish_freezes_and_new_draft_copies_as_next_number(ctx):
    v1 = draft_with_items(ctx)
    assert (v1.number, v1.status) == (1, "draft")
    t = templates.get_template(ctx, v1.template_id)
    assert t.published_version_id is None and t.draft_version_id == v1.id
    with pytest.raises(templates.NothingPublishedError):
        templates.published_version(ctx, t.id)

    published = templates.publish(ctx, v1.id)
    assert published.status == "published" and published.content_hash == content_hash(published.spec())
    section = published.sections[0].id
    a1 = item_ids(published)["a1"]
    with pytest.raises(VersionFrozenError):
        templates.save_item(ctx, v1.id, section, pf("a4"))
    with pytest.raises(VersionFrozenError):
        templates.save_item(ctx, v1.id, section, pf("a1", "改了"), item_id=a1)
    with pytest.raises(VersionFrozenError):
        templates.move_item(ctx, v1.id, a1, section, 2)
    with pytest.raises(VersionFrozenError):
        templates.delete_item(ctx, v1.id, a1)
    with pytest.raises(VersionFrozenError):
        templates.save_section(ctx, v1.id, "新", weight=2)
    with pytest.raises(VersionFrozenError):
        templates.publish(ctx, v1.id)
    assert templates.get_version(ctx, v1.id) == published

    v2 = templates.new_draft(ctx, v1.template_id)
    assert (v2.number, v2.status) == (2, "draft")
    assert v2.spec() == published.spec()
    assert not set(item_ids(v2).values()) & set(item_ids(published).values())
    assert not {s.id for s in v2.sections} & {s.id for s in published.sections}
    assert templates.new_draft(ctx, v1.template_id).id == v2.id  # the existing draft, not another one

    v2 = templates.save_item(ctx, v2.id, v2.sections[0].id, pf("a4"))
    v2 = templates.publish(ctx, v2.id)
    assert v2.status == "published"
    assert templates.get_version(ctx, v1.id).status == "retired"
    t = templates.get_template(ctx, v1.template_id)
    assert (t.published_number, t.draft_version_id, t.item_count) == (2, None, 4)
    assert templates.published_version(ctx, t.id).id == v2.id
    assert templates.export_data(ctx, "custom", 1) == to_data(published.spec())


def test_run_pins_its_version(builtin, make_store):
    ctx = builtin
    store = make_store()
    routine = templates.template_by_code(ctx, "store_routine")
    v1 = templates.published_version(ctx, routine.id)
    old = v1.items()[0]
    assert (old.key, old.weight) == ("signage_intact_lit", 2)
    run1 = runs.start_run(ctx, store.id, routine.id, "routine")
    runs.set_answer(ctx, run1.id, old.id, "pass")

    draft = templates.new_draft(ctx, routine.id)
    changed = draft.items()[0]
    templates.save_item(ctx, draft.id, changed.section_id,
                        replace(changed.spec, text="招牌完好、灯箱全亮（新）", weight=10), item_id=changed.id)
    v2 = templates.publish(ctx, draft.id)
    assert templates.get_version(ctx, v1.id).status == "retired"

    # The old run keeps v1: its items, texts, weights and scores; it can still be answered.
    detail = runs.get_run(ctx, run1.id)
    assert detail.version.id == v1.id and detail.run.version_number == 1
    assert detail.version.item(old.id).text == old.text and detail.version.item(old.id).weight == 2
    assert detail.score.max == Decimal(2) and detail.score.points == Decimal(2)
    second = v1.items()[1]
    result = runs.set_answer(ctx, run1.id, old.id, "fail")
    assert result.score.max == Decimal(2) and result.answer.max_points == Decimal(2)
    runs.set_answer(ctx, run1.id, second.id, 2)
    kept = runs.get_run(ctx, run1.id).version
    assert (kept.id, kept.number, kept.status, kept.content_hash) == (v1.id, 1, "retired", v1.content_hash)
    assert kept.sections == v1.sections

    # A new run uses v2.
    run2 = runs.start_run(ctx, store.id, routine.id, "routine")
    detail2 = runs.get_run(ctx, run2.id)
    assert detail2.version.id == v2.id and detail2.run.version_number == 2
    new = detail2.version.items()[0]
    assert (new.key, new.text, new.weight) == ("signage_intact_lit", "招牌完好、灯箱全亮（新）", 10)
    assert new.id != old.id
    assert runs.set_answer(ctx, run2.id, new.id, "pass").score.max == Decimal(10)
    with pytest.raises(NotFoundError):  # an item of v1 is not an item of a v2 run
        runs.set_answer(ctx, run2.id, old.id, "pass")


def test_what_the_editor_accepts_can_be_published(ctx):
    """A template built only through the editor calls is either refused at the call that made it
    unpublishable (naming the field) or can be published; it never passes every edit and fails at publish."""
    try:
        v = templates.create_template(ctx, "no_english", "inspection", "无英文标题")  # English title left empty
        v = templates.save_section(ctx, v.id, "第二分区", weight=1)  # English title left empty
        for section in v.sections:
            v = templates.save_item(ctx, v.id, section.id, pf(f"k{section.position}"))
    except ValidationError as exc:
        assert "title_en" in exc.reasons()
        return
    assert templates.publish(ctx, v.id).status == "published"


def test_an_open_draft_never_reverts_an_imported_version(ctx, db_path, dump_db):
    """Importing a new version while a draft is open is either refused (changing nothing) or the draft
    the editor gets afterwards holds the imported content: publishing it must not bring old content back."""
    v1 = templates.import_spec(ctx, parse_template(all_types_data()))
    templates.new_draft(ctx, v1.template_id)
    data = all_types_data()
    data["sections"][0]["items"][0]["text"] = "总部下发的新文字"
    dump = dump_db(db_path)
    try:
        templates.import_spec(ctx, parse_template(data))
    except TemplateFormatError:
        assert dump_db(db_path) == dump
        return
    draft = templates.new_draft(ctx, v1.template_id)
    templates.publish(ctx, draft.id)
    assert templates.export_data(ctx, "all_types")["sections"][0]["items"][0]["text"] == "总部下发的新文字"


def positions(version) -> list[list[str]]:  # noqa: ANN001
    return [[i.key for i in s.items] for s in version.sections]


def test_move_items_and_sections(ctx, sql):
    v = draft_with_items(ctx)
    a = v.sections[0].id
    v = templates.save_section(ctx, v.id, "第二分区", "Second", weight=2)
    b = v.sections[1].id
    v = templates.save_item(ctx, v.id, b, pf("b1"))
    ids = item_ids(v)
    assert positions(v) == [["a1", "a2", "a3"], ["b1"]]

    v = templates.move_item(ctx, v.id, ids["a3"], a, 0)
    assert positions(v) == [["a3", "a1", "a2"], ["b1"]]
    v = templates.move_item(ctx, v.id, ids["a3"], a, 99)
    assert positions(v) == [["a1", "a2", "a3"], ["b1"]]
    v = templates.move_item(ctx, v.id, ids["a1"], b, 1)
    assert positions(v) == [["a2", "a3"], ["b1", "a1"]]
    v = templates.move_item(ctx, v.id, ids["a3"], b, 0)
    assert positions(v) == [["a2"], ["a3", "b1", "a1"]]
    assert v.item(ids["a3"]).section_id == b

    v = templates.move_section(ctx, v.id, b, 0)
    assert [s.id for s in v.sections] == [b, a]
    assert positions(v) == [["a3", "b1", "a1"], ["a2"]]
    v = templates.move_section(ctx, v.id, b, 5)
    assert [s.id for s in v.sections] == [a, b]

    # Positions in the database are 0..n-1 in every section, with no gaps or duplicates.
    rows = sql("SELECT section_id, position FROM template_item WHERE version_id=? AND deleted=false "
               "ORDER BY section_id, position", v.id)
    by_section: dict[str, list[int]] = {}
    for section_id, position in rows:
        by_section.setdefault(section_id, []).append(position)
    assert by_section == {a: [0], b: [0, 1, 2]}
    assert sql("SELECT position FROM template_section WHERE version_id=? AND deleted=false ORDER BY position",
               v.id) == [(0,), (1,)]

    # Moving into a deleted section, or a section of another version, is refused.
    v = templates.save_section(ctx, v.id, "临时", "Temporary")
    gone = v.sections[2].id
    v = templates.delete_section(ctx, v.id, gone)
    with pytest.raises(NotFoundError):
        templates.move_item(ctx, v.id, ids["a2"], gone, 0)
    assert positions(templates.get_version(ctx, v.id)) == [["a2"], ["a3", "b1", "a1"]]
    other = draft_with_items(ctx, "other", ("x1",))
    with pytest.raises(NotFoundError):
        templates.move_item(ctx, v.id, ids["a2"], other.sections[0].id, 0)

    published = templates.publish(ctx, v.id)
    assert positions(published) == [["a2"], ["a3", "b1", "a1"]]


def test_save_item_validation_changes_nothing(ctx, all_counts):
    v = draft_with_items(ctx)
    section = v.sections[0].id
    before = all_counts()
    with pytest.raises(ValidationError) as err:
        templates.save_item(ctx, v.id, section, pf("a2"))
    assert err.value.reasons() == {"key": "duplicate"}
    with pytest.raises(TemplateFormatError) as err:
        templates.save_item(ctx, v.id, section, ItemSpec("c1", "选择", "Choice", "choice"))
    assert any("needs at least 2 options" in p for p in err.value.problems)
    with pytest.raises(TemplateFormatError):
        templates.save_item(ctx, v.id, section, pf("Bad Key"))
    with pytest.raises(TemplateFormatError):
        templates.save_item(ctx, v.id, section, pf("e1", text=" "))
    assert all_counts() == before
    # Changing an item under its own key is not a duplicate.
    a2 = item_ids(v)["a2"]
    v = templates.save_item(ctx, v.id, section, pf("a2", "新文字", weight=3), item_id=a2)
    assert (v.item(a2).text, v.item(a2).weight) == ("新文字", 3)


def test_save_item_refuses_fields_that_do_not_belong_to_the_type(ctx, all_counts):
    """save_item applies "the file rules for one item": a file with these items is refused, so is the editor."""
    v = draft_with_items(ctx)
    section = v.sections[0].id
    wrong = {
        "number with options": ItemSpec("n1", "数字", "Number", "number", options=(OptionSpec("a"), OptionSpec("b"))),
        "pass_fail with a scale": ItemSpec("p1", "检查", "Check", "pass_fail", scale=5),
        "yes_no with min and unit": ItemSpec("y1", "检查", "Check", "yes_no", min_value=Decimal(3), unit="kg"),
        "text with options": ItemSpec("t1", "记录", "Note", "text", options=(OptionSpec("a"), OptionSpec("b"))),
    }
    for name, spec in wrong.items():  # the same item in a file is refused
        data = all_types_data("probe")
        item = to_data(parse_template(data))["sections"][0]["items"][0]
        data["sections"][0]["items"] = [{**item, "key": spec.key, "type": spec.answer_type,
                                         **({"options": [{"label": "a"}, {"label": "b"}]} if spec.options else {}),
                                         **({"scale": spec.scale} if spec.scale else {}),
                                         **({"min": 3, "unit": "kg"} if spec.unit else {})}]
        for extra in ("critical", "photo_on_fail", "action"):
            data["sections"][0]["items"][0].pop(extra, None)
        with pytest.raises(TemplateFormatError):
            parse_template(data)
    before = all_counts()
    accepted = []
    for name, spec in wrong.items():
        try:
            templates.save_item(ctx, v.id, section, spec)
        except (TemplateFormatError, ValidationError):
            continue
        accepted.append(name)
    assert accepted == [], f"save_item stored items a template file may not hold: {accepted}"
    assert all_counts() == before


# ---------------------------------------------------------------- broken files change nothing


def broken_cases() -> list[tuple[str, object, list[str]]]:
    """(name, file content (dict -> JSON, bytes as they are), what the error must name)."""
    cases: list[tuple[str, object, list[str]]] = []

    def case(name: str, mutate, *expected: str) -> None:
        data = all_types_data("broken_one")
        mutate(data)
        cases.append((name, data, list(expected)))

    def bad_type(d):
        d["sections"][0]["items"][1]["type"] = "slider"

    def dup_key(d):
        d["sections"][1]["items"][1]["key"] = "pf"

    def no_text(d):
        del d["sections"][2]["items"][1]["text"]

    def number_options(d):
        d["sections"][0]["items"][3]["options"] = [{"label": "a", "points": 1}, {"label": "b", "points": 0}]

    def choice_without_options(d):
        del d["sections"][1]["items"][0]["options"]

    def wrong_version(d):
        d["format_version"] = 2

    def bad_last_item(d):  # every item before it is fine: still nothing may be written
        d["sections"][2]["items"][2]["weight"] = "heavy"

    case("bad type", bad_type, "sections[0].items[1] (key 'yn')", "'slider'")
    case("duplicate key", dup_key, "sections[1].items[1] (key 'pf')", "used twice")
    case("missing text", no_text, "sections[2].items[1] (key 'ph')", "'text' is required")
    case("number with options", number_options, "sections[0].items[3] (key 'num')", "'options' only belong")
    case("choice without options", choice_without_options, "sections[1].items[0] (key 'ch')", "at least 2 options")
    case("wrong format_version", wrong_version, "'format_version' 2 is not supported")
    case("bad last item", bad_last_item, "sections[2].items[2] (key 'dt')", "'weight' must be a whole number")
    cases.append(("invalid JSON", b'{"format": "opsdesk-template", "sections": [', ["not valid JSON", "line 1"]))
    cases.append(("not UTF-8", json.dumps(all_types_data("broken_one"), ensure_ascii=False).encode("gb18030"),
                  ["not UTF-8"]))
    cases.append(("not an object", b"[1, 2, 3]", ["one JSON object"]))
    return cases


def write_case(path: Path, content: object) -> Path:
    path.write_bytes(content if isinstance(content, bytes)
                     else json.dumps(content, ensure_ascii=False, indent=2).encode("utf-8"))
    return path


# On PostgreSQL too: a file whose last item is wrong (every item before it would fit: nothing may be written) and
# a key used twice; like the other cases they are refused before anything is written, on SQLite every one is tried.
BROKEN_ON_PG = ("bad last item", "duplicate key")


def _broken_params() -> list:
    cases = broken_cases()
    params = [pytest.param(*c, "sqlite", id=f"{c[0]}-sqlite") for c in cases]
    return params + [pytest.param(*c, "pg", id=f"{c[0]}-pg", marks=pytest.mark.pg) for c in cases if c[0] in BROKEN_ON_PG]


@pytest.mark.parametrize(("name", "content", "expected", "backend"), _broken_params(), indirect=["backend"])
def test_broken_import_raises_and_changes_nothing(builtin, db_path, dump_db, tmp_path, name, content, expected):
    ctx = builtin
    # A template of the same code already exists: a broken file must not add a version to it either.
    templates.import_spec(ctx, parse_template(all_types_data("broken_one")))
    file = write_case(tmp_path / "broken.json", content)
    counts, dump = table_counts(db_path), dump_db(db_path)
    with pytest.raises(TemplateFormatError) as err:
        templates.import_file(ctx, file)
    message = "\n".join(err.value.problems)
    for part in expected:
        assert part in message, (part, message)
    assert table_counts(db_path) == counts
    assert dump_db(db_path) == dump


def test_existing_code_with_another_kind_changes_nothing(builtin, db_path, dump_db, tmp_path):
    ctx = builtin
    data = templates.export_data(ctx, "store_routine")
    data["kind"] = "opening"
    file = write_case(tmp_path / "kind.json", data)
    dump = dump_db(db_path)
    with pytest.raises(TemplateFormatError) as err:
        templates.import_file(ctx, file)
    assert "store_routine" in str(err.value)
    assert dump_db(db_path) == dump


def test_a_file_lists_every_problem_at_once(tmp_path):
    data = all_types_data()
    data["sections"][0]["items"][0]["type"] = "bogus"
    data["sections"][1]["items"][1]["options"] = [{"label": "only one"}]
    data["sections"][2]["items"][0]["min"] = 3
    with pytest.raises(TemplateFormatError) as err:
        load_file(write_case(tmp_path / "f.json", data))
    problems = err.value.problems
    assert len(problems) == 3, problems
    assert problems[0].startswith("sections[0].items[0] (key 'pf')")
    assert problems[1].startswith("sections[1].items[1] (key 'mc')")
    assert problems[2].startswith("sections[2].items[0] (key 'tx')")


# ---------------------------------------------------------------- the command line


def test_cli_export_import_round_trip_and_broken_file(tmp_path, capsys):
    db = tmp_path / "cli.sqlite"
    exported = tmp_path / "routine.json"
    # a reading command never creates a workspace: a mistyped --db is an error
    assert cli.main(["template", "export", "store_routine", "-o", str(exported), "--db", str(db)]) == 2
    assert not db.exists() and not exported.exists()
    assert "db init" in capsys.readouterr().err
    assert cli.main(["db", "init", "--db", str(db), "--name", "T", "--user", "admin", *first_password()]) == 0
    capsys.readouterr()
    assert cli.main(["template", "export", "store_routine", "-o", str(exported), "--db", str(db)]) == 0
    assert "store_routine" in capsys.readouterr().out
    data = json.loads(exported.read_text(encoding="utf-8"))
    assert data["code"] == "store_routine" and data["format"] == "opsdesk-template"
    original_hash = content_hash(parse_template(data))

    data["code"] = "store_routine_hz"
    data["title"] = "门店例行巡检（杭州）"
    copy_file = write_case(tmp_path / "routine_hz.json", data)
    assert cli.main([*ADMIN, "template", "import", str(copy_file), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "store_routine_hz" in out and "version 1" in out
    assert cli.main(["template", "list", "--db", str(db)]) == 0
    listing = capsys.readouterr().out
    assert "store_routine_hz" in listing and len(listing.strip().splitlines()) == 8

    opened = Database.open(db)
    try:
        ctx = AppContext(opened)
        hz = templates.template_by_code(ctx, "store_routine_hz")
        version = templates.published_version(ctx, hz.id)
        assert version.title == "门店例行巡检（杭州）"
        unchanged = copy.deepcopy(data)
        unchanged["title"] = templates.export_data(ctx, "store_routine")["title"]
        assert content_hash(parse_template(unchanged)) == original_hash
        assert version.content_hash == content_hash(parse_template(data))
    finally:
        opened.close()

    broken = copy.deepcopy(data)
    broken["code"] = "store_routine_gz"
    broken["sections"][4]["items"][1]["type"] = "maybe"
    bad_file = write_case(tmp_path / "broken.json", broken)
    counts = table_counts(db)
    result = subprocess.run([sys.executable, "-m", "opsdesk.cli", *ADMIN, "template", "import", str(bad_file),
                             "--db", str(db)], capture_output=True, text=True, cwd=REPO, timeout=60)
    assert result.returncode == 2, result
    assert "nothing was imported" in result.stderr
    assert "sections[4].items[1] (key 'emergency_exits_clear')" in result.stderr
    assert "'maybe'" in result.stderr
    assert result.stdout == ""
    assert table_counts(db) == counts

    assert cli.main([*ADMIN, "template", "import", str(tmp_path / "missing.json"), "--db", str(db)]) == 2
    assert "cannot be read" in capsys.readouterr().err
    assert table_counts(db) == counts

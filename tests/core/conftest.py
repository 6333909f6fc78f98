"""Shared fixtures of the core tests: a fresh workspace on a real SQLite file, an AppContext,
a small region/area tree and helpers to read rows with plain SQL."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

import pytest
from hypothesis import settings

from acting import ADMIN_PASSWORD  # admin's password (below), as `db init` in the CLI tests gives it
from opsdesk.db import Database
from opsdesk.permissions import as_system
from opsdesk.services import org
from opsdesk.services.context import AppContext

# HOME, data, config, log, key and anchor folders and the time zone: tests/conftest.py.

settings.register_profile("core", max_examples=200, deadline=None)
settings.load_profile("core")


# ---------------------------------------------------------------- backends
# A test module that runs on PostgreSQL too says so: ``BACKENDS = ("sqlite", "pg")``. Its tests that use the
# workspace (``db``, ``db_path``, ``ctx`` ...) then also run against the session's throw-away PostgreSQL
# cluster (tests/conftest.py ``pg_cluster``), as ``test_x[pg]`` marked ``pg`` (``test_x[sqlite]`` beside it):
# in ``make test`` wherever PostgreSQL is installed, skipped with the reason where it is not
# (tests/pg_cluster.py ``pg_skip_reason``); ``make test-pg`` (``-m pg``) runs only those.
# A module of service rules whose SQL is the same on both backends names the tests that do reach what differs
# between them (filters, search, sort and paging, counts and sums, dates and times, numbers, case-insensitive
# uniqueness, stale edits, round trips through the database): ``PG_TWINS = ("test_a", ...)``; only those get a
# [pg] twin, the rest run on SQLite alone (their rules are checked once; the twins show the queries agree).


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "backend" not in metafunc.fixturenames:
        return
    backends = getattr(metafunc.module, "BACKENDS", ("sqlite",))
    if "pg" not in backends:
        return
    if metafunc.definition.get_closest_marker("sqlite_only"):  # ``@pytest.mark.sqlite_only("why")``
        return
    if _parametrizes_backend(metafunc):  # its own cases on each backend (a representative subset on PostgreSQL)
        return
    twins = getattr(metafunc.module, "PG_TWINS", None)
    if twins is not None:
        unknown = sorted(set(twins) - set(vars(metafunc.module)))
        if unknown:
            raise pytest.UsageError(f"{metafunc.module.__name__}.PG_TWINS names no test: {', '.join(unknown)}")
        if metafunc.function.__name__ not in twins:
            return
    metafunc.parametrize("backend", [pytest.param(b, id=b, marks=[pytest.mark.pg] if b == "pg" else [])
                                     for b in backends], indirect=True)


def _parametrizes_backend(metafunc: pytest.Metafunc) -> bool:
    for mark in metafunc.definition.iter_markers("parametrize"):
        names = mark.args[0]
        if "backend" in ([n.strip() for n in names.split(",")] if isinstance(names, str) else list(names)):
            return True
    return False


@pytest.fixture
def backend(request) -> str:  # noqa: ANN001
    """``sqlite`` (a file) or ``pg`` (a database of the session's PostgreSQL cluster)."""
    return getattr(request, "param", "sqlite")


@pytest.fixture
def files_dir(tmp_path: Path) -> Path:
    """The attachments folder of a PostgreSQL test workspace (a file workspace keeps ``<name>.files``)."""
    return tmp_path / "w.files"


@pytest.fixture
def db_path(tmp_path: Path, backend: str, request, db_template, files_dir) -> Path | str:  # noqa: ANN001
    """Where the test's workspace is: a file path (SQLite), or the URL of a new database already copied from
    the session's template (PostgreSQL; ``fresh_workspace``: an empty database, migrated when opened)."""
    if backend == "sqlite":
        return tmp_path / "w.sqlite"
    if request.node.get_closest_marker("fresh_workspace"):
        return request.getfixturevalue("pg_url")()
    return request.getfixturevalue("pg_templates").copy(files_dir, **db_template)


@pytest.fixture
def workspace_at(backend: str, tmp_path: Path, request) -> Callable[..., Path | str]:  # noqa: ANN001
    """``workspace_at(name, server=False)``: where a new workspace of a multi-workspace test goes (sync).
    A laptop is always a SQLite file ``tmp_path / name``; the head office (``server=True``) is one too, or,
    when the test runs on PostgreSQL, a new migrated database of the session's cluster (its URL)."""

    def make(name: str, server: bool = False) -> Path | str:
        if backend == "pg" and server:
            return request.getfixturevalue("pg_templates").copy(tmp_path / f"{Path(name).stem}.files")
        return tmp_path / name

    return make


def _prepared(name: str) -> Callable[[AppContext], None]:
    """The ``build`` of a template (tests/conftest.py WorkspaceTemplates, PgTemplates) that is a new workspace
    prepared as the app prepares one on its first open (``workspace.prepare``: built-in templates, equipment
    categories, opening plans, promotion types); one template per ``name``, each with its own node identity."""

    def build(ctx: AppContext) -> None:
        from opsdesk.services import workspace

        workspace.prepare(ctx)

    build.__name__ = build.__qualname__ = f"prepared_{name}"  # the template's key (WorkspaceTemplates._key)
    return build


@pytest.fixture
def prepared_template() -> dict[str, Any]:
    """A ``db_template`` (below): the workspace prepared as the app prepares one on its first open, built once per
    test process and shared by the modules that start from it (the shipped content is the system's, whoever acts)."""
    return {"build": _PREPARED_WORKSPACE}


_PREPARED_WORKSPACE = _prepared("workspace")


@pytest.fixture
def prepared_at(backend, tmp_path, request, workspace_templates):  # noqa: ANN001
    """``prepared_at(name, server=False, **demo)``: where ``workspace_at`` puts a new workspace (a laptop's file;
    the head office's database under ``-m pg``), holding a copy of a workspace opened and prepared once per test
    process (opening a new file and ``workspace.prepare`` cost a second a workspace). Each name is a template
    of its own, so the workspaces of one test are distinct nodes, as new ones are; only copies of the same name
    (in different tests) share a node identity. With ``demo``: a copy of the template workspace filled with
    ``build_demo(ctx, **demo)`` (which prepares it first), built once per run (a file) or per process (a server)."""

    def make(name: str, server: bool = False, **demo: int) -> Path | str:
        build = None if demo else _prepared(Path(name).stem)
        if backend == "pg" and server:
            return request.getfixturevalue("pg_templates").copy(tmp_path / f"{Path(name).stem}.files", build=build,
                                                                **demo)
        return workspace_templates.copy(tmp_path / name, build=build, **demo)

    return make


@pytest.fixture
def db_template() -> dict[str, Any]:
    """What the ``db`` fixture copies: the arguments of ``WorkspaceTemplates.copy`` (tests/conftest.py) after
    the destination; ``{}`` is the empty workspace. A module overrides it to start from the demo chain
    (``{"stores": 2, "seed": 4}``) or from an expensive base of its own (``{"build": fn, ...}``)."""
    return {}


@pytest.fixture
def db(db_path: Path, request, workspace_templates, db_template):  # noqa: ANN001
    """The workspace at ``db_path``, opened: a copy of a template built once per session (``db_template``;
    migrating a new file alone costs ~15 times more), or really created when the test is marked
    ``fresh_workspace``."""
    if isinstance(db_path, str):  # PostgreSQL: db_path made the database
        database = Database.open(db_path, files_dir=request.getfixturevalue("files_dir"))
        user = request.getfixturevalue("pg_templates").current_user.get(db_path)
        if user:  # the build's current user: on a server it belongs to the connection, as on a laptop to its file
            database.set_meta("current_user_id", user)
        yield database
        database.close()
        return
    if not db_path.exists() and not request.node.get_closest_marker("fresh_workspace"):
        workspace_templates.copy(db_path, **db_template)
    database = Database.open(db_path)
    yield database
    database.close()


@pytest.fixture
def ctx(db: Database) -> AppContext:
    """The workspace, acting as its current user: the demo's (a supervisor) in a demo workspace; nobody in an
    empty one, where the setup rule of ``opsdesk.permissions`` allows everything until users exist (a test that
    makes users and then acts takes ``as_head_office``)."""
    from opsdesk.services.workspace import CURRENT_USER_KEY

    context = AppContext(db)
    context.user_id = db.get_meta(CURRENT_USER_KEY)
    return context


@pytest.fixture
def built(ctx: AppContext, workspace_templates, db_template, backend, request) -> Any:  # noqa: ANN001
    """For a module whose ``db_template`` has a ``build``: what the build returned (ids of what it made);
    ``ctx`` acts as the demo's current user, as the build did."""
    from opsdesk.services.workspace import CURRENT_USER_KEY

    ctx.user_id = ctx.db.get_meta(CURRENT_USER_KEY)
    templates = request.getfixturevalue("pg_templates") if backend == "pg" else workspace_templates
    return templates.value(**db_template)


@pytest.fixture
def sql(db: Database) -> Callable[..., list[tuple]]:
    """Run a read query on the workspace through its own engine; returns plain tuples."""

    def run(query: str, *params: Any) -> list[tuple]:
        with db.engine.connect() as conn:
            if conn.dialect.paramstyle != "qmark":  # psycopg: %s (the queries here use ? and no %)
                query = query.replace("%", "%%").replace("?", "%s")
            return [tuple(r) for r in conn.exec_driver_sql(query, params).fetchall()]

    return run


@pytest.fixture
def count(sql) -> Callable[[str], int]:
    def run(table: str, where: str = "1=1", *params: Any) -> int:
        return sql(f'SELECT count(*) FROM "{table}" WHERE {where}', *params)[0][0]

    return run


@pytest.fixture
def snapshot(count) -> Callable[[], dict[str, int]]:
    """Row counts of every table a write can touch."""

    tables = ("change_log", "audit_entry", "region", "store", "user", "assignment",
              "attachment", "attachment_link", "meta")

    def run() -> dict[str, int]:
        return {t: count(t) for t in tables}

    return run


def raw_connect(path: Path | str) -> Any:  # noqa: ANN401
    """A plain connection, bypassing OpsDesk (for tampering and fixtures): sqlite3 for a file, for a PostgreSQL
    URL (a test run on PostgreSQL) an ``engine_helpers.RawConnection`` (the same ``?`` placeholders)."""
    if isinstance(path, str) and path.startswith("postgresql"):
        from engine_helpers import RawConnection

        return RawConnection(path)
    return sqlite3.connect(str(path))


def dump(path: Path | str) -> str:
    if isinstance(path, str) and path.startswith("postgresql"):  # a test run on PostgreSQL
        import pg_cluster

        return pg_cluster.dump(path)
    conn = raw_connect(path)
    try:
        return "\n".join(conn.iterdump())
    finally:
        conn.close()


@pytest.fixture
def raw():
    return raw_connect


@pytest.fixture
def dump_db():
    return dump


@dataclass
class Tree:
    east: org.RegionDTO
    south: org.RegionDTO
    sh: org.RegionDTO  # area of east
    hz: org.RegionDTO  # area of east
    gz: org.RegionDTO  # area of south


@pytest.fixture
def tree(ctx: AppContext) -> Tree:
    setup = as_system(ctx)  # the test's world, made whoever the test then acts as
    east = org.save_region(setup, "East", "EAST")
    south = org.save_region(setup, "South", "SOUTH")
    sh = org.save_region(setup, "Shanghai", "SH", parent_id=east.id)
    hz = org.save_region(setup, "Hangzhou", "HZ", parent_id=east.id)
    gz = org.save_region(setup, "Guangzhou", "GZ", parent_id=south.id)
    return Tree(east, south, sh, hz, gz)


@pytest.fixture
def make_store(ctx: AppContext, tree: Tree) -> Callable[..., org.StoreDTO]:
    counter = iter(range(1, 10_000))

    def make(**fields: Any) -> org.StoreDTO:
        n = next(counter)
        data = dict(code=f"S{n:03d}", name=f"Store {n}", region_id=tree.sh.id, opened_on=date(2020, 1, n % 28 + 1))
        data.update(fields)
        return org.create_store(as_system(ctx), org.StoreInput(**data))  # the test's world, not its subject

    return make


@pytest.fixture
def make_user(ctx: AppContext) -> Callable[..., org.UserDTO]:
    counter = iter(range(1, 10_000))

    def make(role: str = "store_manager", **fields: Any) -> org.UserDTO:
        n = next(counter)
        data = dict(username=f"user{n}", name=f"User {n}", role=role)
        data.update(fields)
        return org.create_user(as_system(ctx), org.UserInput(**data))  # the test's world, not its subject

    return make


@pytest.fixture
def admin_password(tmp_path: Path) -> Path:
    """A password file with ``admin``'s password (``opsdesk --user admin --password-file FILE ...``)."""
    path = tmp_path / "admin-password.txt"
    path.write_text(ADMIN_PASSWORD + "\n", encoding="utf-8")
    return path


@pytest.fixture
def admin(ctx: AppContext, make_user) -> org.UserDTO:
    """A head-office user acting in ``ctx``, and the workspace's current user (whom the command line acts as)."""
    from opsdesk.services.workspace import CURRENT_USER_KEY

    from opsdesk import auth

    user = make_user("head_office", username="admin", name="Admin")
    auth.set_password(as_system(ctx), user.id, ADMIN_PASSWORD)  # the command line signs in as them
    ctx.user_id = user.id
    ctx.db.set_meta(CURRENT_USER_KEY, user.id)
    return user


# ---------------------------------------------------------------- checklist engine (templates and runs)


@pytest.fixture
def all_counts(db_path: Path) -> Callable[[], dict[str, int]]:
    """Row counts of every table of the ``db`` workspace."""
    from engine_helpers import table_counts

    return lambda: table_counts(db_path)


@pytest.fixture
def all_types(ctx: AppContext):
    """The published version 1 of the all-types template (engine_helpers.all_types_data) in ``ctx``."""
    from engine_helpers import all_types_data

    from opsdesk.services import templates
    from opsdesk.templates_io import parse_template

    return templates.import_spec(as_system(ctx), parse_template(all_types_data()))  # the world: setup


@pytest.fixture
def jpeg(tmp_path: Path) -> Callable[..., Path]:
    """Make a small real JPEG; each call gets other pixels (so another sha256) unless told."""
    from engine_helpers import write_jpeg

    counter = iter(range(1, 10_000))

    def make(name: str | None = None, color: tuple[int, int, int] | None = None) -> Path:
        n = next(counter)
        return write_jpeg(tmp_path / (name or f"photo{n}.jpg"), color or (n * 37 % 256, n * 91 % 256, 120))

    return make

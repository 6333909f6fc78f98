"""Every test runs sealed off from the machine it runs on.

Loaded before ``tests/core/conftest.py`` and ``tests/ui/conftest.py`` (and before they import Qt), this
file points everything OpsDesk, Qt and platformdirs could write below the user's home at one temporary
folder per test process (so per pytest-xdist worker too): ``HOME``, the XDG data, config, state and cache
folders, the OpsDesk log folder; the signing-key and audit-anchor folders get a fresh folder per test.
The time zone is China Standard Time (``Asia/Shanghai``, UTC+8), not the machine's: local-day logic that
silently assumes UTC fails here, wherever the suite runs. Subprocesses inherit all of it.

It also skips tests marked ``posix`` on other systems, and builds workspaces that many tests need (an
empty migrated one, the demo chain) once per run (shared by the pytest-xdist workers; a module's own
``build`` once per process) into a template file that each test gets a copy of (:class:`WorkspaceTemplates`,
fixture ``workspace_templates``).
"""

from __future__ import annotations

import gc
import os
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Callable

import pytest

# ---------------------------------------------------------------- the sealed house (before any import of Qt)

MEMORY_TEMP_MIN_FREE = 12 * 2**30  # a whole run holds up to 7 GB of workspaces, copies and server databases
_TEMP_IN_MEMORY = False


def _temp_in_memory() -> None:
    """Put the run's temporary files (pytest's folders, the workspaces, the throw-away PostgreSQL clusters) in
    memory (``/dev/shm``) where the machine has room there and the run did not choose a folder (``TMPDIR``).
    They are real files all the same; what it saves is the disk: removing a run's thousands of files took a
    minute on a disk that discards freed blocks, and each commit's fsync waits for it. The test processes and
    the commands they start inherit ``TMPDIR``."""
    if os.environ.get("TMPDIR") or os.name != "posix":
        return
    try:
        shm = os.statvfs("/dev/shm")
    except OSError:
        return
    if shm.f_bavail * shm.f_frsize < MEMORY_TEMP_MIN_FREE or not os.access("/dev/shm", os.W_OK):
        return
    folder = Path("/dev/shm") / f"opsdesk-tests-{os.getuid()}"
    folder.mkdir(exist_ok=True)
    folder.chmod(0o711)  # the PostgreSQL server user (tests run as root) must pass through to its cluster's folder
    os.environ["TMPDIR"] = str(folder)
    tempfile.tempdir = None  # computed again from TMPDIR
    global _TEMP_IN_MEMORY
    _TEMP_IN_MEMORY = True


_temp_in_memory()
SESSION_HOME = Path(tempfile.mkdtemp(prefix="opsdesk-tests-"))
TIME_ZONE = "Asia/Shanghai"
_ENV = {
    "HOME": SESSION_HOME / "home",
    "USERPROFILE": SESSION_HOME / "home",  # Windows' HOME
    "XDG_DATA_HOME": SESSION_HOME / "data",
    "XDG_CONFIG_HOME": SESSION_HOME / "config",
    "XDG_STATE_HOME": SESSION_HOME / "state",
    "XDG_CACHE_HOME": SESSION_HOME / "cache",
    "OPSDESK_LOG_DIR": SESSION_HOME / "log",  # opsdesk/logs.py
    "OPSDESK_ANCHOR_DIR": SESSION_HOME / "anchors",  # opsdesk/paths.py ANCHOR_ENV; per test below
    "OPSDESK_KEYS_DIR": SESSION_HOME / "keys",  # opsdesk/signing.py KEYS_ENV; per test below
}
for _name, _folder in _ENV.items():
    _folder.mkdir(parents=True, exist_ok=True)
    os.environ[_name] = str(_folder)
os.environ["TZ"] = TIME_ZONE
if hasattr(time, "tzset"):
    time.tzset()

from opsdesk import logs, paths, signing  # noqa: E402  (after the environment above)


def _inside_session_home(path: Path) -> bool:
    return path.resolve().is_relative_to(SESSION_HOME.resolve())


def pytest_configure(config: pytest.Config) -> None:
    # platformdirs follows XDG_* on Linux and HOME on macOS; on Windows it asks the system, so the data
    # folder is pointed at the session home directly there.
    if not _inside_session_home(paths.user_data_dir()):
        pytest.MonkeyPatch().setattr(paths, "user_data_dir", lambda: SESSION_HOME / "data" / paths.APP_NAME)
    for where in (paths.user_data_dir(), paths.default_db_path(), paths.anchor_dir(), logs.log_dir(),
                  signing.keys_base()):
        if not _inside_session_home(where):
            raise pytest.UsageError(f"tests would touch {where}, outside their temporary home {SESSION_HOME}")


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(SESSION_HOME, ignore_errors=True)


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """A run that passed with its temporary files in memory gives that memory back (a failed run's stay, the
    last one only, to look at). The run's own process only: the xdist workers' folders are inside its."""
    if _TEMP_IN_MEMORY and exitstatus == 0 and not os.environ.get("PYTEST_XDIST_WORKER") \
            and session.config.option.basetemp is None:
        factory = getattr(session.config, "_tmp_path_factory", None)
        if factory is not None:
            shutil.rmtree(factory.getbasetemp(), ignore_errors=True)


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    from pg_cluster import pg_skip_reason

    if any(item.get_closest_marker("pg") for item in items):
        reason = pg_skip_reason(config)  # None where PostgreSQL is installed and the run asks for them
        if reason:
            skip_pg = pytest.mark.skip(reason=reason)
            for item in items:
                if item.get_closest_marker("pg"):
                    item.add_marker(skip_pg)
    if os.name == "posix":
        return
    skip = pytest.mark.skip(reason="POSIX only (mount, fork, signals, /dev/null …)")
    for item in items:
        if item.get_closest_marker("posix"):
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _anchor_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Audit-chain anchors go to a fresh folder per test (workspaces copied from one template share a node
    id, so a shared folder would mix their anchors)."""
    folder = tmp_path_factory.mktemp("anchors")
    monkeypatch.setenv(paths.ANCHOR_ENV, str(folder))
    return folder


@pytest.fixture(autouse=True)
def _keys_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Signing identities go to a fresh folder per test (demo user ids repeat from test to test)."""
    folder = tmp_path_factory.mktemp("keys")
    monkeypatch.setenv(signing.KEYS_ENV, str(folder))
    return folder


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hashes() -> Iterator[None]:
    """Argon2id at its lowest cost for the whole run (the workspaces built once included): still a real
    Argon2id hash and verify, only cheaper (opsdesk.auth.HASH_COST). Subprocesses use the real cost, and
    verify the hashes made here at the cost written in them."""
    from opsdesk import auth

    saved = dict(auth.HASH_COST)
    auth.HASH_COST.update(time_cost=1, memory_cost=8, parallelism=1)
    yield
    auth.HASH_COST.clear()
    auth.HASH_COST.update(saved)


@pytest.fixture(autouse=True)
def _collect_garbage() -> Iterator[None]:
    """Once a UI test made the task manager, Python's automatic collection is off in this process and
    garbage is collected on the GUI thread by a timer (ui.operations.MainThreadCollector); between tests,
    which may run no event loop at all, the same generational passes run here."""
    yield
    if not gc.isenabled():
        threshold, counts = gc.get_threshold(), gc.get_count()
        if counts[0] > threshold[0]:
            gc.collect(2 if counts[2] > threshold[2] else 1 if counts[1] > threshold[1] else 0)


# ---------------------------------------------------------------- workspaces built once, copied per test


Build = Callable[[Any], Any]  # (AppContext) -> a value the tests need (ids of what it made)


class WorkspaceTemplates:
    """Workspaces built once per test process, handed out as file copies.

    The empty template is a migrated file without a node identity: each copy makes its own on its first
    open, as a new workspace does. Any other is a real workspace: ``Database.open`` (migrations, node
    identity), ``build_demo(**demo)`` (acting as the demo's current user afterwards), then optionally
    ``build(ctx)`` (a module's expensive base: a signed run ...); closed and checkpointed, so the ``.sqlite``
    file alone holds every row (no ``-wal``). A copy gets the file, its ``.files`` folder and the audit
    anchor of its node (into the current test's anchor folder), so it checks out exactly like the
    original. Copies of such a template share its node identity: a test that syncs two workspaces makes
    at most one of them from it.

    The empty workspace and the plain demo chains (no ``build``: the ones many modules of both workers
    copy) are built once per RUN when ``shared`` is given (a folder of the run that every pytest-xdist
    worker sees): the first process to need one builds it there under an exclusive file lock, the others
    wait for it and copy the same file. A ``build`` belongs to one module (and so to one worker): built
    in this process, as before.
    """

    def __init__(self, folder: Path, shared: Path | None = None) -> None:
        self.folder = folder
        self.shared = shared
        self._built: dict[tuple, tuple[Path, Any]] = {}

    @staticmethod
    def _key(build: Build | None, demo: dict[str, Any]) -> tuple:
        return (build and f"{build.__module__}.{build.__qualname__}", *sorted(demo.items()))

    def copy(self, dest: Path, build: Build | None = None, **demo: Any) -> Path:
        """A fresh copy at ``dest`` of the empty workspace, or of ``build_demo(ctx, **demo)``, then ``build``."""
        key = self._key(build, demo)
        source, _value = self._built.get(key) or self._build(key, build, demo)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, dest)
        files = source.with_name(source.stem + ".files")
        if files.is_dir():
            shutil.copytree(files, dest.with_name(dest.stem + ".files"))
        for anchor in (source.parent / "anchors").glob("*.json"):
            shutil.copyfile(anchor, paths.anchor_dir() / anchor.name)
        return dest

    def value(self, build: Build, **demo: Any) -> Any:
        """What ``build`` returned when the template ``copy(dest, build, **demo)`` was made (copied before)."""
        return self._built[self._key(build, demo)][1]

    def _build(self, key: tuple, build: Build | None, demo: dict[str, Any]) -> tuple[Path, Any]:
        if build is None and self.shared is not None:
            import fcntl
            import hashlib

            home = self.shared / hashlib.sha256(repr(key).encode()).hexdigest()[:16]
            self.shared.mkdir(parents=True, exist_ok=True)
            with open(home.with_suffix(".lock"), "w") as lock:
                fcntl.flock(lock, fcntl.LOCK_EX)  # released when closed, or when this process dies
                try:
                    if not (home / "built").exists():
                        shutil.rmtree(home, ignore_errors=True)  # a build that died half-way
                        self._make(home, build, demo)
                        (home / "built").touch()
                finally:
                    fcntl.flock(lock, fcntl.LOCK_UN)
            self._built[key] = home / "w.sqlite", None
            return self._built[key]
        self._built[key] = self._make(self.folder / f"t{len(self._built)}", build, demo)
        return self._built[key]

    @staticmethod
    def _make(home: Path, build: Build | None, demo: dict[str, Any]) -> tuple[Path, Any]:
        from opsdesk.db import Database, migrate
        from opsdesk.demo import build_demo
        from opsdesk.services.context import AppContext

        (home / "anchors").mkdir(parents=True)
        path = home / "w.sqlite"
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv(paths.ANCHOR_ENV, str(home / "anchors"))
            value = None
            if not demo and build is None:
                migrate(path, backup=False)
            else:
                db = Database.open(path)
                try:
                    ctx = AppContext(db)
                    if demo:
                        ctx.user_id = build_demo(ctx, **demo).current_user_id
                    value = build(ctx) if build else None
                finally:
                    db.close()
        # The file alone must hold everything: fold the write-ahead log back in (it goes with the last close).
        conn = sqlite3.connect(path)
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
        assert not path.with_name(path.name + "-wal").exists(), "template still has a write-ahead log"
        return path, value


@pytest.fixture(scope="session")
def workspace_templates(tmp_path_factory: pytest.TempPathFactory) -> WorkspaceTemplates:
    # The run's own folder: the parent of each worker's base folder under pytest-xdist (popen-gwN), the base
    # folder itself in a single process. Without fcntl (Windows) each process builds its own.
    run_folder = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        run_folder = run_folder.parent
    shared = run_folder / "shared-templates" if os.name == "posix" else None
    return WorkspaceTemplates(tmp_path_factory.mktemp("templates"), shared)


@pytest.fixture
def workspace_copy(workspace_templates: WorkspaceTemplates, tmp_path: Path) -> Callable[..., Path]:
    """``workspace_copy(name="w.sqlite", build=None, **demo)``: a fresh copy of a template workspace in
    ``tmp_path`` (empty, or the demo chain built with ``demo``'s arguments to ``build_demo``, then ``build``;
    ``workspace_templates.value(build, **demo)`` is what that build returned)."""

    def make(name: str = "w.sqlite", build: Build | None = None, **demo: Any) -> Path:
        return workspace_templates.copy(tmp_path / name, build, **demo)

    return make


# ---------------------------------------------------------------- PostgreSQL: a throw-away cluster per test process

@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Any]:
    """A PostgreSQL server of this test process (tests/pg_cluster.py), stopped and removed at the end; the
    test is skipped, with the reason, where PostgreSQL or psycopg is missing."""
    import pg_cluster as pgc

    reason = pgc.unavailable()
    if reason:
        pytest.skip(f"PostgreSQL tests need a server: {reason}")
    cluster = pgc.PgCluster().start()
    cluster.on_create = _note_database(cluster)
    try:
        yield cluster
    finally:
        cluster.stop()


# Databases a test made (in its body or a function fixture), dropped when it ends and nothing uses them any more
# (``_drop_test_databases``):
# a run makes a thousand, several GB that would otherwise stay until the cluster goes. One a module or session
# fixture made stays for the tests after; so do the templates (``create_database(name)``).
_TEST_DATABASES: list[tuple[Any, str]] = []
_FIXTURE_SCOPES: list[str] = []  # the scopes of the fixtures being set up, innermost last


@pytest.hookimpl(wrapper=True)
def pytest_fixture_setup(fixturedef: Any, request: Any) -> Any:  # noqa: ANN401
    _FIXTURE_SCOPES.append(fixturedef.scope)
    try:
        return (yield)
    finally:
        _FIXTURE_SCOPES.pop()


def _note_database(cluster: Any) -> Callable[[str], None]:  # noqa: ANN401
    def note(name: str) -> None:
        if not _FIXTURE_SCOPES or _FIXTURE_SCOPES[-1] == "function":
            _TEST_DATABASES.append((cluster, name))

    return note


@pytest.fixture(autouse=True)
def _drop_test_databases() -> Iterator[None]:
    yield
    while _TEST_DATABASES:
        cluster, name = _TEST_DATABASES.pop()
        if cluster.port is not None:
            # Not forced: one still in use (a window's background read outliving its test) stays, with the cluster.
            cluster.drop_database(name, force=False)


@pytest.fixture
def pg_url(pg_cluster: Any) -> Callable[..., str]:
    """``pg_url(template="template0")``: the URL of a new database of the session's cluster."""

    def make(template: str = "template0") -> str:
        return pg_cluster.url(pg_cluster.create_database(template=template))

    return make


class PgTemplates:
    """``WorkspaceTemplates`` on PostgreSQL: each template is a database of the session's cluster, built once;
    a copy is ``CREATE DATABASE ... TEMPLATE`` it (the server copies the files), with a copy of its
    attachments folder and of its node's audit anchor."""

    def __init__(self, cluster: Any, folder: Path) -> None:
        self.cluster = cluster
        self.folder = folder
        self._built: dict[tuple, tuple[str, Path, Any]] = {}
        # Who the build left as current user: on a server that is the desktop's (never stored in the database),
        # so each copy's URL remembers it for the test's own connection (the ``db`` fixture sets it again).
        self._users: dict[str, str | None] = {}
        self.current_user: dict[str, str | None] = {}

    def copy(self, files_dir: Path, build: Build | None = None, **demo: Any) -> str:
        """The URL of a fresh copy of the empty workspace, or of the demo chain (+ ``build``); its attachments
        are copied to ``files_dir``."""
        key = WorkspaceTemplates._key(build, demo)
        name, home, _value = self._built.get(key) or self._build(key, build, demo)
        url = self.cluster.url(self.cluster.create_database(template=name))
        self.current_user[url] = self._users.get(name)
        files = home / "files"
        if files.is_dir():
            shutil.copytree(files, files_dir, dirs_exist_ok=True)
        for anchor in (home / "anchors").glob("*.json"):
            shutil.copyfile(anchor, paths.anchor_dir() / anchor.name)
        return url

    def value(self, build: Build, **demo: Any) -> Any:
        return self._built[WorkspaceTemplates._key(build, demo)][2]

    def _build(self, key: tuple, build: Build | None, demo: dict[str, Any]) -> tuple[str, Path, Any]:
        from opsdesk import pg
        from opsdesk.db import Database
        from opsdesk.demo import build_demo
        from opsdesk.services.context import AppContext

        self._attempts = getattr(self, "_attempts", 0) + 1  # a build that failed left its name behind
        name = f"tmpl{self._attempts}"
        home = self.folder / name
        (home / "anchors").mkdir(parents=True)
        self.cluster.create_database(name)
        url = self.cluster.url(name)
        with pytest.MonkeyPatch.context() as mp:
            mp.setenv(paths.ANCHOR_ENV, str(home / "anchors"))
            value = None
            if not demo and build is None:
                pg.migrate(url)  # migrated, without a node identity: each copy makes its own on first open
            else:
                db = Database.open(url, files_dir=home / "files")
                try:
                    ctx = AppContext(db)
                    if demo:
                        ctx.user_id = build_demo(ctx, **demo).current_user_id
                    value = build(ctx) if build else None
                    self._users[name] = db.get_meta("current_user_id") or ctx.user_id
                finally:
                    db.close()  # a template database must have no connections when it is copied
        self._built[key] = name, home, value
        return self._built[key]


@pytest.fixture(scope="session")
def pg_templates(pg_cluster: Any, tmp_path_factory: pytest.TempPathFactory) -> PgTemplates:
    return PgTemplates(pg_cluster, tmp_path_factory.mktemp("pg-templates"))

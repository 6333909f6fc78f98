"""A throw-away PostgreSQL cluster for the tests: no mocks, a real server of our own.

``PgCluster.start()`` runs ``initdb`` in a temporary folder (trust authentication, reachable on 127.0.0.1
only), starts it with ``pg_ctl`` on a free port and hands out databases: ``create_database()`` makes a new
one (``CREATE DATABASE ... TEMPLATE template0``, or a copy of another database of the cluster), ``url()``
names it. ``stop()`` stops the server and removes the folder.

PostgreSQL refuses to run as root: when the tests run as root (CI containers), the cluster's folder is
given to the ``postgres`` system user and initdb, pg_ctl and the server run as that user.

The binaries are looked up in ``OPSDESK_PG_BIN``, then Debian's ``/usr/lib/postgresql/<version>/bin`` (the
newest), then ``PATH``. ``unavailable()`` says why the PostgreSQL tests cannot run here (they are skipped
with that reason), or None.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Any

BIN_ENV = "OPSDESK_PG_BIN"
# A file each stopped cluster appends its server's CPU seconds to ("<user> <system>"): the server runs detached
# (pg_ctl), so its time is not in the test run's own (``/usr/bin/time make test``); set to measure the whole run.
CPU_LOG_ENV = "OPSDESK_PG_CPU_LOG"
SUPERUSER = "opsdesk"  # the cluster's bootstrap superuser (trust authentication, localhost only)
RUN_AS_WHEN_ROOT = "postgres"
_TOOLS = ("initdb", "pg_ctl", "postgres")


def find_bin_dir() -> Path | None:
    """The folder holding initdb, pg_ctl and postgres, or None."""
    candidates: list[Path] = []
    if os.environ.get(BIN_ENV):
        candidates.append(Path(os.environ[BIN_ENV]))

    def version(p: str) -> tuple[int, ...]:
        name = Path(p).parent.name
        return tuple(int(x) for x in name.split(".") if x.isdigit())

    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)]
    which = shutil.which("pg_ctl")
    if which:
        candidates.append(Path(which).parent)
    for folder in candidates:
        if all((folder / tool).is_file() for tool in _TOOLS):
            return folder
    return None


def unavailable() -> str | None:
    """Why the PostgreSQL tests cannot run on this machine, or None when they can."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is not installed (pip install 'psycopg[binary]')"
    if find_bin_dir() is None:
        return (f"no PostgreSQL server binaries (initdb, pg_ctl, postgres) in ${BIN_ENV}, "
                "/usr/lib/postgresql/*/bin or PATH (Debian: apt-get install postgresql)")
    if os.name == "posix" and os.geteuid() == 0:
        try:
            pwd.getpwnam(RUN_AS_WHEN_ROOT)
        except KeyError:
            return f"running as root and there is no '{RUN_AS_WHEN_ROOT}' user to run the server as"
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PgCluster:
    def __init__(self, bin_dir: Path | None = None) -> None:
        self.bin_dir = bin_dir or find_bin_dir()
        if self.bin_dir is None:
            raise RuntimeError(unavailable() or "no PostgreSQL binaries")
        self.folder: Path | None = None
        self.port: int | None = None
        self._user: str | None = None
        self._names = itertools.count(1)
        # Called with the name of each database made without a name of its own (``create_database()``): the
        # tests' conftest drops those made by a test or its function fixtures when the test ends.
        self.on_create: Any = None
        self._copy_clause: Any = None  # how CREATE DATABASE copies a template on this server (``_copy``)

    # ------------------------------------------------------------ server

    def _run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([str(self.bin_dir / args[0]), *args[1:]], user=self._user, check=check,
                              capture_output=True, text=True, cwd=self.folder, timeout=120)

    def start(self) -> "PgCluster":
        self.folder = Path(tempfile.mkdtemp(prefix="opsdesk-pg-"))
        if os.name == "posix" and os.geteuid() == 0:
            self._user = RUN_AS_WHEN_ROOT
            entry = pwd.getpwnam(RUN_AS_WHEN_ROOT)
            os.chown(self.folder, entry.pw_uid, entry.pw_gid)
        data = self.folder / "data"
        try:
            self._run("initdb", "-D", str(data), "-U", SUPERUSER, "--auth=trust", "--encoding=UTF8",
                      "--locale=C", "--no-sync", "--no-instructions")
        except subprocess.CalledProcessError as exc:
            self._remove()
            raise RuntimeError(f"initdb failed: {exc.stderr or exc.stdout}") from exc
        last_error = ""
        for _attempt in range(5):  # another process may take the free port between the probe and the start
            port = _free_port()
            options = (f"-p {port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
                       "-c synchronous_commit=off -c full_page_writes=off -c max_connections=100")
            done = self._run("pg_ctl", "-D", str(data), "-l", str(self.folder / "server.log"), "-o", options,
                             "-w", "-t", "60", "start", check=False)
            if done.returncode == 0:
                self.port = port
                return self
            last_error = done.stderr + done.stdout + self.server_log()
        self._remove()
        raise RuntimeError(f"pg_ctl start failed: {last_error}")

    def server_log(self) -> str:
        log = self.folder / "server.log" if self.folder else None
        return log.read_text(errors="replace")[-4000:] if log and log.exists() else ""

    def server_cpu(self) -> tuple[float, float] | None:
        """User and system CPU seconds of the server so far: the postmaster, its ended backends (which it
        waited for) and its processes still running (Linux /proc; None elsewhere)."""
        try:
            pid = int((self.folder / "data" / "postmaster.pid").read_text().split()[0])
            tick = os.sysconf("SC_CLK_TCK")

            def fields(p: int) -> list[str]:
                return Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()

            own = fields(pid)  # [0] state, [1] ppid, ... [11] utime, [12] stime, [13] cutime, [14] cstime
            user, system = int(own[11]) + int(own[13]), int(own[12]) + int(own[14])
            for entry in Path("/proc").iterdir():
                if entry.name.isdigit():
                    try:
                        child = fields(int(entry.name))
                    except OSError:
                        continue
                    if int(child[1]) == pid:
                        user, system = user + int(child[11]), system + int(child[12])
            return user / tick, system / tick
        except (OSError, ValueError, IndexError, TypeError):
            return None

    def stop(self) -> None:
        if self.folder is None:
            return
        if self.port is not None and os.environ.get(CPU_LOG_ENV):
            cpu = self.server_cpu()
            if cpu is not None:
                with open(os.environ[CPU_LOG_ENV], "a") as log:
                    log.write(f"{cpu[0]:.2f} {cpu[1]:.2f}\n")
        if self.port is not None:
            self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop", check=False)
            self.port = None
        self._remove()

    def _remove(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
            self.folder = None

    # ------------------------------------------------------------ databases

    def url(self, dbname: str = "postgres") -> str:
        return f"postgresql://{SUPERUSER}@127.0.0.1:{self.port}/{dbname}"

    def _admin(self):  # noqa: ANN202 - a psycopg connection in autocommit mode
        import psycopg

        return psycopg.connect(host="127.0.0.1", port=self.port, user=SUPERUSER, dbname="postgres",
                               autocommit=True)

    def create_database(self, name: str | None = None, template: str = "template0") -> str:
        """A new database (named ``name`` or ``t<n>``) copied from ``template``; returns its name."""
        from psycopg import sql

        named = name is not None
        name = name or f"t{next(self._names)}"
        with self._admin() as conn:
            conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {} ENCODING 'UTF8'{}").format(
                sql.Identifier(name), sql.Identifier(template), self._copy(conn)))
        if not named and self.on_create is not None:
            self.on_create(name)
        return name

    def _copy(self, conn: Any) -> Any:  # noqa: ANN401 - psycopg objects
        """PostgreSQL 15 copies a template block by block through the write-ahead log unless told to copy its
        files (``STRATEGY FILE_COPY``, the way of earlier versions): with fsync off, copying the files takes
        half the time for the tests' demo templates (25 against 50 ms each, some 400 copies a run)."""
        from psycopg import sql

        if self._copy_clause is None:
            version = int(conn.execute("SHOW server_version_num").fetchone()[0])
            self._copy_clause = sql.SQL(" STRATEGY FILE_COPY" if version >= 150000 else "")
        return self._copy_clause

    def drop_database(self, name: str, force: bool = True) -> bool:
        """Drop ``name``; with ``force`` its connections are ended first, without it a database still in use is
        left as it is. True when it is gone."""
        import psycopg
        from psycopg import sql

        with self._admin() as conn:
            try:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {}" + (" WITH (FORCE)" if force else "")).format(
                    sql.Identifier(name)))
            except psycopg.errors.ObjectInUse:
                return False
        return True


# ---------------------------------------------------------------- reading a database back (tests' dumps)


def dump(url: str) -> str:
    """Every row of every table of the database at ``url`` (sorted) and its triggers: equal before and after
    a refused write when nothing changed (the ``iterdump`` of SQLite)."""
    import psycopg
    from psycopg import sql

    out: list[str] = []
    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY tablename")]
        for table in tables:
            rows = conn.execute(sql.SQL("SELECT * FROM {}").format(sql.Identifier(table))).fetchall()
            out.append(f"-- {table}")
            out += sorted(repr(tuple(r)) for r in rows)
        # Not the sequences' positions: a PostgreSQL sequence is never rolled back (a refused insert leaves
        # a gap in change_log.seq; SQLite's sqlite_sequence is transactional). Rows and triggers only.
        out += [f"-- trigger {t} on {r}" for t, r in conn.execute(
            "SELECT tgname, tgrelid::regclass::text FROM pg_catalog.pg_trigger WHERE NOT tgisinternal "
            "ORDER BY 2, 1").fetchall()]
    return "\n".join(out)


def table_counts(url: str) -> dict[str, int]:
    """Row count of every table of the database at ``url``."""
    import psycopg
    from psycopg import sql

    with psycopg.connect(url.replace("postgresql+psycopg://", "postgresql://")) as conn:
        tables = [r[0] for r in conn.execute(
            "SELECT tablename FROM pg_catalog.pg_tables WHERE schemaname = 'public' ORDER BY tablename")]
        return {t: conn.execute(sql.SQL("SELECT count(*) FROM {}").format(sql.Identifier(t))).fetchone()[0]
                for t in tables}


PG_ENV = "OPSDESK_TEST_PG"  # empty (`make test`): run them where a server can start; 0: skip them (with the reason); 1: they must (CI)
INSTALL_HINT = "Debian: apt-get install postgresql"


def pg_selected(config: Any) -> bool:  # noqa: ANN401 - a pytest.Config
    """Whether the run selects the PostgreSQL tests by their marker (``-m pg``, ``make test-pg``)."""
    import re

    return bool(re.search(r"\bpg\b", config.getoption("markexpr", "") or ""))


def pg_skip_reason(config: Any) -> str | None:  # noqa: ANN401 - a pytest.Config
    """Why this run skips the PostgreSQL tests (``make test`` runs them whenever PostgreSQL is installed), or
    None. ``OPSDESK_TEST_PG=0`` leaves them out of a run that does not select them; with
    ``OPSDESK_TEST_PG=1`` (CI) a machine that cannot run them is an error, not a skip."""
    wanted = os.environ.get(PG_ENV, "")
    if wanted == "0" and not pg_selected(config):
        return f"a PostgreSQL test, left out by {PG_ENV}=0: `make test` runs them with the rest wherever PostgreSQL is installed, `make test-pg` alone"
    why = unavailable()
    if why is None:
        return None
    if wanted == "1":
        import pytest

        raise pytest.UsageError(f"{PG_ENV}=1 but the PostgreSQL tests cannot run here: {why}")
    if INSTALL_HINT not in why:
        why += f"; the server binaries come with PostgreSQL ({INSTALL_HINT})"
    return f"a PostgreSQL test, and this machine cannot start a server: {why}; `make test` runs them once it can"


def is_url(target: object) -> bool:
    return isinstance(target, str) and target.startswith("postgresql")

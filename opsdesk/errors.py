"""Typed domain errors.

The core never produces user-facing prose: each error carries a stable ``code``
and parameters, and the UI maps the code to a translated message. The English
``str()`` is for logs and the command line.
"""

from __future__ import annotations

from dataclasses import dataclass, field


class OpsDeskError(Exception):
    """Base of every error the core raises on purpose."""

    code = "error"

    def __init__(self, message: str = "", **params: object) -> None:
        super().__init__(message or self.code)
        self.params = params


class DatabaseError(OpsDeskError):
    code = "database"


class NotADatabaseError(DatabaseError):
    """The file is not an SQLite database, or not one of ours."""

    code = "not_a_database"


class DatabaseTooNewError(DatabaseError):
    """The database was written by a newer OpsDesk than this one."""

    code = "database_too_new"


class DatabaseNeedsUpgradeError(DatabaseError):
    """The database is older than this app and was opened without migration."""

    code = "database_needs_upgrade"


class WorkspaceNotFoundError(DatabaseError):
    """No workspace at ``path`` (a mistyped --db); nothing was created."""

    code = "workspace_not_found"


class WorkspaceExistsError(DatabaseError):
    """``db init`` on a file that already holds data."""

    code = "workspace_exists"


class DatabaseLockedError(DatabaseError):
    """Another process kept the workspace locked for longer than we wait (``path``, ``seconds``)."""

    code = "database_locked"


class DiskFullError(DatabaseError):
    """The disk holding the workspace (or its backup) is full; the change was rolled back."""

    code = "disk_full"


class DatabaseReadOnlyError(DatabaseError):
    """The workspace file or its folder cannot be written (permissions, read-only medium, read-only open)."""

    code = "database_read_only"


class DatabaseCorruptError(NotADatabaseError):
    """SQLite found the file damaged (SQLITE_CORRUPT / SQLITE_NOTADB)."""

    code = "database_corrupt"


class DatabaseIOError(DatabaseError):
    """The operating system could not read or write the file (SQLITE_IOERR*, SQLITE_CANTOPEN)."""

    code = "database_io"


class ServerUnreachableError(DatabaseIOError):
    """A head-office server (PostgreSQL) cannot be reached: wrong host or port, server down, network
    (``path``: the URL without its password)."""

    code = "server_unreachable"


class ServerLoginError(DatabaseError):
    """The server refused the login: wrong or missing password, unknown user (``path``, ``user``)."""

    code = "server_login"


class ServerDatabaseMissingError(WorkspaceNotFoundError):
    """The server has no database of that name (``path``, ``database``)."""

    code = "server_database_missing"


class FilesFolderUnreachableError(DatabaseError):
    """The folder holding a server workspace's photos and documents (on a share) is not reachable from this
    computer (``folder``: as named in the database)."""

    code = "files_folder_unreachable"


class BackupError(DatabaseError):
    """``opsdesk db backup`` / ``db restore`` could not be done: a tool (pg_dump, pg_restore) is missing or
    failed, or the target is not empty; nothing usable was written (``reason``)."""

    code = "backup"


class IntegrityError(DatabaseError):
    """A rule of the data model would be broken (hard delete, bulk update...)."""

    code = "integrity"


class FrozenRecordError(IntegrityError):
    """A write would change a signed record (its run, answers, signatures or photos); refused by the
    database's frozen-record triggers. A correction is a new run that supersedes it."""

    code = "frozen_record"


class NotFoundError(OpsDeskError):
    code = "not_found"


class StaleEditError(OpsDeskError):
    """The record changed (here or by a sync) after the user opened it; reload and edit again."""

    code = "stale_edit"


class Cancelled(OpsDeskError):
    """The person cancelled a long job; raised by its progress callback, so the job's transaction
    rolls back and nothing is changed."""

    code = "cancelled"



# ---------------------------------------------------------------- errors of the services
# Defined here (re-exported by their service modules) so that services raise each other's errors
# without importing each other.


class PermissionDeniedError(OpsDeskError):
    """The acting user may not do this (``opsdesk.permissions``): ``action`` (its name), ``role`` (the user's,
    None without one), ``store`` (the store id when the refusal is about scope), ``reason`` (``role``, ``scope``,
    ``no_user`` or ``inactive``). Raised before anything is written: nothing changed."""

    code = "permission_denied"


class RunClosedError(OpsDeskError):
    """The run is completed or signed: answers can no longer change."""

    code = "run_closed"


class TransitionError(OpsDeskError):
    """The action cannot move to that status (from where it is, or by this user)."""

    code = "transition"


class FaultStepError(TransitionError):
    """An equipment fault cannot take that step from where it is (``current``, ``target``): a step out
    of order, a closed fault, a retired item, a second corrective action."""

    code = "fault_step"


class SignatureError(OpsDeskError):
    code = "signature"


class GatesNotPassedError(OpsDeskError):
    """验收合格方可营业: the store (``store`` code) cannot open while gates of its opening are not passed;
    ``gates`` lists their keys, ``titles`` their titles (Chinese) and ``titles_en`` (English), in plan order."""

    code = "gates_not_passed"


class VersionFrozenError(OpsDeskError):
    """A published or retired version cannot be edited; make a new draft."""

    code = "version_frozen"


class NothingPublishedError(OpsDeskError):
    """The template has no published version to run."""

    code = "nothing_published"


class NotAnImageError(OpsDeskError):
    code = "not_an_image"


class ImageTooLargeError(OpsDeskError):
    code = "image_too_large"


class NotADocumentError(OpsDeskError):
    """A document (manual, warranty card, packing list) that is neither a PDF nor a picture, judged by its
    content; ``name`` is the file's name."""

    code = "not_a_document"


class DocumentTooLargeError(OpsDeskError):
    """A document larger than ``max_mb`` megabytes."""

    code = "document_too_large"


@dataclass(frozen=True)
class FieldProblem:
    """One invalid field: ``reason`` is a stable code such as ``required``."""

    field: str
    reason: str
    params: dict[str, object] = field(default_factory=dict)


class ValidationError(OpsDeskError):
    """Input refused; ``problems`` lists every invalid field at once."""

    code = "validation"

    def __init__(self, problems: list[FieldProblem]) -> None:
        self.problems = list(problems)
        text = "; ".join(f"{p.field}: {p.reason}" for p in self.problems)
        super().__init__(f"invalid input: {text}")

    def reasons(self) -> dict[str, str]:
        return {p.field: p.reason for p in self.problems}


@dataclass(frozen=True)
class RowProblem:
    """One bad cell of an imported sheet: the row's number as the spreadsheet shows it, the column's
    key (``store_code``, ``price`` ...), a stable ``reason`` code, its parameters and the cell's text."""

    row: int
    field: str
    reason: str
    params: dict[str, object] = field(default_factory=dict)
    value: str = ""


class ImportRowsError(ValidationError):
    """An import refused because rows are wrong; nothing was imported. ``rows`` lists every problem,
    by row (``problems`` holds the same as field problems with the row in their parameters)."""

    code = "import_rows"

    def __init__(self, rows: list[RowProblem]) -> None:
        self.rows = list(rows)
        super().__init__([FieldProblem(r.field, r.reason, {**r.params, "row": r.row, "value": r.value})
                          for r in self.rows])
        Exception.__init__(self, f"{len(self.bad_rows())} bad row(s), nothing was imported: " + "; ".join(
            f"row {r.row} {r.field}: {r.reason}" + (f" ({r.value})" if r.value else "") for r in self.rows))

    def bad_rows(self) -> list[int]:
        return sorted({r.row for r in self.rows})


class NaNotAllowedError(ValidationError):
    """N/A given on a checklist item whose template forbids it (the file's ``"na": false``); nothing was
    saved. One problem on the item's id, reason ``na_not_allowed``, naming the item by ``key``, ``text``
    (Chinese) and ``text_en`` (English)."""

    code = "na_not_allowed"

    def __init__(self, item_id: str, key: str, text: str, text_en: str = "") -> None:
        super().__init__([FieldProblem(item_id, "na_not_allowed", {"key": key, "text": text, "text_en": text_en})])
        shown = f"{text} / {text_en}" if text_en and text_en != text else text
        Exception.__init__(self, f"item {key} ({shown}) cannot be answered N/A: its template does not allow it")
        self.params = {"item_id": item_id, "key": key, "text": text, "text_en": text_en}


class SignInError(OpsDeskError):
    """Signing in was refused (opsdesk.auth); ``user`` names the account, never the secret."""

    code = "sign_in"


class WrongPasswordError(SignInError):
    """The password or PIN does not match. ``tries``: wrong tries in a row; ``retry_after``: seconds before
    the next try is heard (0: at once)."""

    code = "wrong_password"


class TooManyTriesError(SignInError):
    """Too many wrong tries: the next is heard only after ``retry_after`` seconds (nothing was checked)."""

    code = "too_many_tries"

    @property
    def retry_after(self) -> int:
        return int(self.params.get("retry_after", 0))


class NoPasswordError(SignInError):
    """The account has no password yet; ``may_set``: this desktop's user at upgrade time, who sets their own;
    otherwise head office or an operations manager must set a temporary one."""

    code = "no_password"


class PasswordChangeRequiredError(SignInError):
    """The password is a temporary one: its owner chooses their own before acting (``auth.change_own``)."""

    code = "must_change_password"


class PassphraseError(OpsDeskError):
    """The passphrase does not unlock the private key."""

    code = "wrong_passphrase"


class IdentityError(OpsDeskError):
    """A signing identity is missing, already exists, or a certificate does not fit it."""

    code = "identity"


class CertificateMismatchError(IdentityError):
    """The certificate's public key is not the identity's key."""

    code = "certificate_mismatch"


class SigningError(OpsDeskError):
    code = "signing"


class KeyLockedError(SigningError):
    """The acting user has a signing identity on this computer but its key is not unlocked: the decision
    was not written. Unlock it (``signing.unlock``) and try again. ``params["user_id"]``."""

    code = "key_locked"


class SyncError(OpsDeskError):
    """A sync package cannot be written or applied; nothing was changed."""

    code = "sync"


class ClockSkewError(SyncError):
    """A remote clock is too far in the future to be trusted."""

    code = "clock_skew"


class PackageCorruptError(SyncError):
    """Not a readable package: truncated, not a zip, bad JSON, a record that does not fit the schema."""

    code = "package_corrupt"


class PackageContentError(PackageCorruptError):
    """A validly signed package holds a record this workspace cannot accept (``record``, ``why``):
    a value the app cannot read, a reference to nothing, a change no honest peer could make."""

    code = "package_content"


class PackageTamperedError(SyncError):
    """A member's bytes do not match the hash in the manifest."""

    code = "package_tampered"


class PackageMemberError(SyncError):
    """A member that is not in the manifest, or a name with a path in it."""

    code = "package_member"


class PackageTooLargeError(SyncError):
    """The package would unpack to more than the limit (a zip bomb, or far too much data)."""

    code = "package_too_large"


class BadSignatureError(SyncError):
    """The manifest's signature does not verify with the sender's key."""

    code = "bad_signature"


class UnknownNodeError(SyncError):
    """The package comes from a node this workspace does not trust yet (``node``, ``fingerprint``)."""

    code = "unknown_node"


class PackageTooNewError(SyncError):
    """The package was written by a newer schema than this app knows."""

    code = "package_too_new"


class OwnPackageError(SyncError):
    """The package was written by this very workspace."""

    code = "own_package"

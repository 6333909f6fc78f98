"""Turn the core's typed errors into translated messages."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from opsdesk.errors import (
    BadSignatureError,
    Cancelled,
    ClockSkewError,
    DatabaseNeedsUpgradeError,
    DatabaseTooNewError,
    DocumentTooLargeError,
    FieldProblem,
    ImageTooLargeError,
    IntegrityError,
    NotADatabaseError,
    NotADocumentError,
    NotAnImageError,
    NotFoundError,
    OpsDeskError,
    OwnPackageError,
    PackageContentError,
    PackageCorruptError,
    PackageMemberError,
    PackageTamperedError,
    PackageTooLargeError,
    PackageTooNewError,
    StaleEditError,
    SyncError,
    UnknownNodeError,
    ValidationError,
)
from ui.tr_contexts import Errors, TemplateFormat

if TYPE_CHECKING:  # the template format (and its scoring) is imported when an error is described, not with the pages
    from opsdesk.templates_io import FormatProblem


def format_problem_message(problem: FormatProblem) -> str:
    """What is wrong with one field of a template file, in the user's language (one text per code)."""
    p = problem.params

    def tr(text: str) -> str:
        return QCoreApplication.translate("TemplateFormat", text)

    def fill(text: str, *values: object) -> str:
        for i, value in enumerate(values, 1):
            text = text.replace(f"%{i}", str(value))
        return text

    code = problem.code
    if code == "required":
        return tr("This field is required.")
    if code == "not_text":
        return tr("This must be text.")
    if code == "too_long":
        return TemplateFormat.tr("At most %n characters.", "", int(p.get("max", 0)))
    if code == "not_whole_number":
        return tr("This must be a whole number.")
    if code == "not_between":
        return fill(tr("This must be a number from %1 to %2."), p.get("min"), p.get("max"))
    if code == "not_boolean":
        return tr("This must be true or false.")
    if code == "not_number":
        return tr("This must be a number.")
    if code == "number_too_large":
        return tr("This number is too large.")
    if code == "not_object":
        return tr("This must be an object ({ ... }).")
    if code == "unknown_field":
        return tr("This field is not part of the template format; remove it.")
    if code == "bad_key":
        return tr("A key has 2 to 40 lower-case letters, digits or '_'.")
    if code == "duplicate_key":
        return fill(tr("The key %1 is used by another item."), p.get("key"))
    if code == "not_one_of":
        return fill(tr("%1 is not allowed here; use one of: %2."), p.get("value"), p.get("allowed"))
    if code == "too_few_options":
        return tr("A choice item needs at least 2 options.")
    if code == "not_for_type":
        return fill(tr("This field does not belong to a %1 item; remove it."), p.get("type"))
    if code == "min_above_max":
        return tr("The minimum is greater than the maximum.")
    if code == "bad_format":
        return fill(tr("This must be \u201c%1\u201d: the file is not an OpsDesk template."), p.get("expected"))
    if code == "unsupported_version":
        return fill(tr("Format version %1 is not supported (this OpsDesk reads version %2)."),
                    p.get("value"), p.get("expected"))
    if code == "bad_code":
        return tr("A template code has 2 to 40 lower-case letters, digits, '-' or '_'.")
    if code == "empty_list":
        return tr("This list must not be empty.")
    if code == "not_percentage":
        return tr("This must be a percentage from 0 to 100.")
    if code == "lowest_band":
        return tr("The lowest grade band must start at 0.")
    if code == "not_json_object":
        return tr("The file must hold one JSON object.")
    if code == "file_too_large":
        return fill(tr("%1 is larger than %2 kB."), p.get("name"), p.get("kb"))
    if code == "not_utf8":
        return fill(tr("%1 is not UTF-8 text."), p.get("name"))
    if code == "invalid_json":
        return fill(tr("%1 is not valid JSON (line %2, column %3)."), p.get("name"), p.get("line"), p.get("column"))
    if code == "unreadable":
        return fill(tr("%1 cannot be read."), p.get("name"))
    if code == "kind_mismatch":
        return fill(tr("Template %1 exists with another kind; the file cannot change its kind."), p.get("template"))
    if code == "draft_exists":
        return fill(tr("Template %1 has an unpublished draft (version %2); publish or discard it first."),
                    p.get("template"), p.get("number"))
    return problem.text  # a problem without a code: its English text


def format_problem_text(problem: FormatProblem) -> str:
    """One template-file problem as a line: where (the field path, the item's key) and what, translated."""
    message = format_problem_message(problem)
    where = ".".join(part for part in (problem.where, problem.field) if part)
    return f"{where}: {message}" if where else message



def _titles(params: dict, english: bool | None = None) -> str:
    """The milestone titles a problem names, in the interface's language."""
    from ui.widgets.answer_editors import interface_is_english

    english = interface_is_english() if english is None else english
    titles = params.get("titles_en" if english else "titles") or params.get("titles") or params.get("keys") or \
        params.get("gates") or []
    return ("、" if not english else ", ").join(str(x) for x in titles)


def opening_problem_text(problem: FieldProblem) -> str | None:
    """A new-store opening's refusal (opsdesk.services.openings), or None when the problem is not one."""
    reason, field, p = problem.reason, problem.field, problem.params

    if reason == "not_being_opened":
        return QCoreApplication.translate("Errors", "Only a store in status planned or preparing is opened through an opening project.")
    if reason == "has_active_project":
        return QCoreApplication.translate("Errors", "This store already has an opening project in progress.")
    if reason == "not_a_franchise":
        return QCoreApplication.translate("Errors", "Only a franchise store has a franchisee.")
    if reason == "wrong_role":
        return QCoreApplication.translate("Errors", "Choose a user with one of the allowed roles.")
    if reason == "not_active" and field == "project_id":
        return QCoreApplication.translate("Errors", "This opening project is closed (the store opened, or the project was cancelled).")
    if reason == "already_done" and field == "milestone_id":
        return QCoreApplication.translate("Errors", "This milestone is already done.")
    if reason == "not_done" and field == "milestone_id":
        return QCoreApplication.translate("Errors", "This milestone is not done.")
    if reason == "not_done" and field == "after":
        return QCoreApplication.translate("Errors", "Finish these steps first: %1.").replace("%1", _titles(p))
    if reason == "is_gate":
        return QCoreApplication.translate("Errors", "A gate is passed by its signed acceptance or its sign-offs, not by hand.")
    if reason == "not_owner":
        return QCoreApplication.translate("Errors", "Only the milestone's owner, the project owner, an ops manager or head office can do this.")
    if reason == "gate_not_met":
        missing = list(p.get("missing") or [])
        if missing == ["no_equipment"]:
            return QCoreApplication.translate("Errors", "The store has no equipment in the register yet.")
        if missing == ["no_staff"]:
            return Errors.tr("No staff or store manager is assigned to the store to be trained.")
        return Errors.tr("The gate is not met yet: %n item(s) or person(s) still to pass.", "", len(missing))
    if reason == "unchanged" and field == "new_date":
        return QCoreApplication.translate("Errors", "The new date is the same as the current opening date.")
    if reason in ("not_an_acceptance_gate", "not_a_derived_gate", "not_a_training_gate"):
        return QCoreApplication.translate("Errors", "This step does not apply to this milestone.")
    if reason == "not_store_staff":
        return QCoreApplication.translate("Errors", "This person is not on the store's staff.")
    if reason == "already_signed" and field == "user_id":
        return QCoreApplication.translate("Errors", "This person is already signed off.")
    if reason == "head_office_only":
        return QCoreApplication.translate("Errors", "Only head office can open a store before every gate is passed.")
    return None


def promotion_problem_text(problem: FieldProblem) -> str | None:
    """A promotion plan's refusal (opsdesk.services.promotions) and the number problems of its money and count
    fields, or None when the problem is not one."""
    reason, field, p = problem.reason, problem.field, problem.params

    if reason == "plan_changed":
        return QCoreApplication.translate("Errors", "The plan was changed after you opened it; nothing was decided. Reload it, read it again, "
                  "then decide.")
    if reason == "wrong_status":
        return QCoreApplication.translate("Errors", "This step is not possible for the plan in its present status.")
    if reason == "wrong_role" and field == "user_id":
        return QCoreApplication.translate("Errors", "Your role cannot take this step on a promotion plan.")
    if reason == "not_approved":
        return QCoreApplication.translate("Errors", "The plan is not approved yet.")
    if reason == "outside_period":
        return QCoreApplication.translate("Errors", "This is only possible during the promotion's period (%1 to %2).").replace(
            "%1", str(p.get("from", ""))).replace("%2", str(p.get("to", "")))
    if reason == "not_a_target":
        if p.get("code"):
            return QCoreApplication.translate("Errors", "Store %1 is not a target store of this plan.").replace("%1", str(p["code"]))
        return QCoreApplication.translate("Errors", "This store is not a target store of the plan.")
    if reason == "not_a_franchise" and field == "store_id":
        return QCoreApplication.translate("Errors", "Only a franchise store acknowledges a plan.")
    if reason == "not_store_manager":
        return QCoreApplication.translate("Errors", "Only the store manager of this franchise store can acknowledge the plan.")
    if reason == "already_acknowledged":
        return QCoreApplication.translate("Errors", "This store has already acknowledged the plan as it is now.")
    if reason == "not_editable":
        return QCoreApplication.translate("Errors", "A closed or cancelled plan can no longer be changed.")
    if reason == "before_start":
        return QCoreApplication.translate("Errors", "The end is before the start.")
    if reason == "invalid_time":
        return QCoreApplication.translate("Errors", "Enter a time of day as HH:MM, for example 09:30.")
    if reason == "not_started":
        return QCoreApplication.translate("Errors", "The promotion has not started yet (it starts on %1); results come once it runs.").replace(
            "%1", str(p.get("from", "")))
    if reason == "not_a_column":
        return QCoreApplication.translate("Errors", "The file has no column %1.").replace("%1", str(p.get("column", "")))
    if reason == "no_result_column":
        return QCoreApplication.translate("Errors", "Choose the column of at least one result.")
    if reason == "not_a_table":
        return QCoreApplication.translate("Errors", "The file is not a table OpsDesk can read: choose an Excel workbook (.xlsx) or a CSV file.")
    if reason == "no_rows":
        return QCoreApplication.translate("Errors", "The file has a header row but no data rows.")
    if reason == "not_found" and field.startswith("row.") and p.get("code"):
        return QCoreApplication.translate("Errors", "No store has the code %1.").replace("%1", str(p["code"]))
    if reason == "duplicate" and field.startswith("row."):
        return QCoreApplication.translate("Errors", "Store %1 appears in more than one row.").replace("%1", str(p.get("code", "")))
    if reason == "duplicate" and field.startswith("stores."):
        return QCoreApplication.translate("Errors", "This store is chosen twice.")
    if reason == "not_found" and field == "file":
        return QCoreApplication.translate("Errors", "The file does not exist.")
    if reason == "negative":
        return QCoreApplication.translate("Errors", "This cannot be negative.")
    if reason == "too_many_decimals":
        return QCoreApplication.translate("Errors", "At most two decimal places (fen).")
    if reason == "not_number":
        return QCoreApplication.translate("Errors", "This must be a number, such as 1,234.50.")
    if reason == "too_large":
        return QCoreApplication.translate("Errors", "This number is too large (at most %1).").replace("%1", str(p.get("max", "")))
    if reason == "not_whole_number":
        return QCoreApplication.translate("Errors", "This must be a whole number.")
    if reason == "too_small":
        return QCoreApplication.translate("Errors", "This must be at least %1.").replace("%1", str(p.get("min", "")))
    return None


def permission_text(reason: str | None, role: str | None = None) -> str:
    """Why the current user may not do something (``opsdesk.permissions`` reason codes), as a sentence."""
    if reason == "scope":
        return QCoreApplication.translate(
            "Errors", "This store is not one of yours: you act only on the stores assigned to you (an operations "
                      "manager: the stores of their regions).")
    if reason == "no_user":
        return QCoreApplication.translate("Errors", "Nobody is signed in: choose who you are first (File > Switch "
                                                    "user).")
    if reason == "inactive":
        return QCoreApplication.translate("Errors", "Your account is deactivated: ask head office to reactivate it.")
    from ui.labels import role as role_label

    return QCoreApplication.translate("Errors", "Your role (%1) may not do this; ask a user whose role may.").replace(
        "%1", role_label(role) if role else "")


def problem_text(problem: FieldProblem) -> str:
    """One invalid field, as a sentence the user can act on."""
    reason = problem.reason
    promotion = promotion_problem_text(problem)
    if promotion is not None:
        return promotion
    opening = opening_problem_text(problem)
    if opening is not None:
        return opening
    if reason == "required":
        return QCoreApplication.translate("Errors", "This field is required.")
    if reason == "too_short":  # a password (opsdesk.auth)
        return Errors.tr("At least %n characters.", "", int(problem.params.get("min", 0)))
    if reason == "pin_digits":
        return QCoreApplication.translate("Errors", "A PIN is %1 to %2 digits.").replace(
            "%1", str(problem.params.get("min", 4))).replace("%2", str(problem.params.get("max", 8)))
    if reason == "pin_not_allowed":
        return QCoreApplication.translate("Errors", "Only store managers and staff may sign in with a PIN.")
    if reason == "mismatch":
        return QCoreApplication.translate("Errors", "The two entries differ.")
    if reason == "too_long":
        return Errors.tr("At most %n characters.", "", int(problem.params.get("max", 0)))
    if reason == "invalid_code":
        return QCoreApplication.translate(
            "Errors", "Use 2 to 20 letters, digits, '-' or '_', starting with a letter or digit.")
    if reason == "invalid_username":
        return QCoreApplication.translate(
            "Errors", "Use 2 to 32 lower-case letters, digits, '.', '-' or '_'.")
    if reason == "duplicate":
        return QCoreApplication.translate("Errors", "This is already used by another record.")
    if reason == "invalid_phone":
        return QCoreApplication.translate("Errors", "Enter a phone number (digits, spaces, + - and brackets).")
    if reason == "invalid_email":
        return QCoreApplication.translate("Errors", "Enter an e-mail address such as name@example.com.")
    if reason == "required_when_open":
        return QCoreApplication.translate("Errors", "An open store needs its opening date.")
    if reason == "invalid_user":
        return QCoreApplication.translate("Errors", "Choose an active user with the right role.")
    if reason == "not_found":
        return QCoreApplication.translate("Errors", "The chosen record no longer exists.")
    if reason == "too_deep":
        return QCoreApplication.translate("Errors", "Areas cannot contain further areas.")
    if reason == "cannot_deactivate_self":
        return QCoreApplication.translate("Errors", "You cannot deactivate the user you are signed in as.")
    if reason == "not_empty":
        return QCoreApplication.translate("Errors", "The workspace already has stores.")
    if reason == "out_of_range":
        return QCoreApplication.translate("Errors", "The value is out of the allowed range.")
    if reason == "invalid_answer":
        return QCoreApplication.translate("Errors", "This answer does not fit the question.")
    if reason == "na_not_allowed":
        from ui.widgets.answer_editors import interface_is_english

        p = problem.params
        name = (p.get("text_en") or p.get("text") or p.get("key", "")) if interface_is_english() else (
            p.get("text") or p.get("key", ""))
        return QCoreApplication.translate(
            "Errors", "\u201c%1\u201d cannot be answered N/A: its template does not allow N/A for this item. "
            "Nothing was saved.").replace("%1", str(name))
    if reason == "photo_required":
        return QCoreApplication.translate("Errors", "A failed item needs a photo.")
    if reason == "invalid_bands":
        return QCoreApplication.translate("Errors", "Grade bands need a name each and one band starting at 0 %.")
    if reason == "only_version":
        return QCoreApplication.translate("Errors", "The only version of a template cannot be discarded.")
    if reason == "reason_required":
        return QCoreApplication.translate("Errors", "Give a reason.")
    if reason == "no_open_actions":
        return QCoreApplication.translate("Errors", "This store has no open corrective actions to re-check.")
    if reason == "recheck_required":
        return QCoreApplication.translate("Errors", "This corrective action has not been re-checked yet.")
    if reason == "signature_empty":
        return QCoreApplication.translate("Errors", "Sign in the box first.")
    if reason == "already_signed":
        return QCoreApplication.translate("Errors", "This role has already signed the inspection.")
    if reason == "not_your_role":
        return QCoreApplication.translate(
            "Errors", "Only a user with this role can sign as it: switch to that user's account.")
    if reason == "before_check_in":
        return QCoreApplication.translate("Errors", "Check-out cannot be before check-in.")
    if reason == "in_future":
        return QCoreApplication.translate("Errors", "This time is in the future.")
    if reason == "already_started":
        return QCoreApplication.translate("Errors", "The visit has started; it stays on its day.")
    if reason == "already_done":
        return QCoreApplication.translate("Errors", "A finished visit cannot be cancelled.")
    if reason == "invalid_choice":
        return QCoreApplication.translate("Errors", "Choose one of the offered values.")
    return QCoreApplication.translate("Errors", "This value is not valid.")


def server_error_text(exc: BaseException) -> str | None:
    """A head-office server (PostgreSQL) that cannot be used (typed in opsdesk.pg), or None. The URL shown never
    holds a password."""
    from opsdesk.errors import (
        FilesFolderUnreachableError,
        ServerDatabaseMissingError,
        ServerLoginError,
        ServerUnreachableError,
        WorkspaceNotFoundError,
    )

    if not isinstance(exc, OpsDeskError):
        return None
    path = str(exc.params.get("path", ""))
    if isinstance(exc, ServerUnreachableError):
        return QCoreApplication.translate(
            "Errors", "Cannot reach the server of %1. Check the server name and port, and that the server is running "
                      "and reachable from this computer.").replace("%1", path)
    if isinstance(exc, ServerLoginError):
        return QCoreApplication.translate(
            "Errors", "The server refused the login of user %1: the password is wrong or missing (type it, or put it "
                      "in your .pgpass file), or the server does not know this user.").replace(
            "%1", str(exc.params.get("user", "")))
    if isinstance(exc, ServerDatabaseMissingError):
        return QCoreApplication.translate("Errors", "The server has no database named %1.").replace(
            "%1", str(exc.params.get("database", "")))
    if isinstance(exc, FilesFolderUnreachableError):
        return QCoreApplication.translate(
            "Errors", "The folder %1, where this workspace keeps its photos and documents, cannot be reached from "
                      "this computer. Connect the shared drive, then try again.").replace(
            "%1", str(exc.params.get("folder", "")))
    if not path.startswith("postgresql"):
        return None
    if isinstance(exc, WorkspaceNotFoundError):
        return QCoreApplication.translate(
            "Errors", "The database %1 holds no OpsDesk workspace yet. The administrator sets it up with: "
                      "opsdesk db upgrade --db %1").replace("%1", path)
    if isinstance(exc, DatabaseNeedsUpgradeError):
        return QCoreApplication.translate(
            "Errors", "The workspace on the server needs an upgrade for this version of OpsDesk. The administrator "
                      "runs: opsdesk db upgrade --db %1").replace("%1", path)
    if type(exc) is NotADatabaseError:  # not DatabaseCorruptError, its subclass
        return QCoreApplication.translate(
            "Errors", "The database %1 is not an OpsDesk workspace: it holds tables of another program.").replace(
            "%1", path)
    return None


def database_error_text(exc: BaseException) -> str | None:
    """A workspace file that cannot be opened or written (typed in opsdesk.db), or None."""
    from opsdesk.errors import (
        DatabaseCorruptError,
        DatabaseIOError,
        DatabaseLockedError,
        DatabaseReadOnlyError,
        DiskFullError,
        WorkspaceNotFoundError,
    )

    server = server_error_text(exc)
    if server is not None:
        return server
    path = str(exc.params.get("path", "")) if isinstance(exc, OpsDeskError) else ""
    if isinstance(exc, WorkspaceNotFoundError):
        return QCoreApplication.translate("Errors", "There is no workspace at %1.").replace("%1", path)
    if isinstance(exc, DatabaseLockedError):
        return QCoreApplication.translate(
            "Errors", "Another OpsDesk window or program kept the workspace %1 busy for too long. "
            "Nothing was changed; try again once it has finished.").replace("%1", path)
    if isinstance(exc, DiskFullError):
        return QCoreApplication.translate(
            "Errors", "The disk is full. Nothing was changed; free some space and try again.")
    if isinstance(exc, DatabaseReadOnlyError):
        return QCoreApplication.translate(
            "Errors", "The workspace %1 cannot be written: the file or its folder is read-only. "
            "Nothing was changed; copy it to a folder you can write to, or choose another file.").replace("%1", path)
    if isinstance(exc, DatabaseCorruptError):
        return QCoreApplication.translate(
            "Errors", "The workspace %1 is damaged and cannot be read. Restore a backup copy, or choose "
            "another file.").replace("%1", path)
    if isinstance(exc, DatabaseIOError):
        return QCoreApplication.translate(
            "Errors", "The workspace %1 could not be read or written (the disk or network drive reported "
            "an error). Nothing was changed.").replace("%1", path)
    return None


def unexpected_text(exc: BaseException) -> str:
    """A bug: the message, and the log file that holds the details."""
    from opsdesk import logs

    return QCoreApplication.translate("Errors", "Unexpected error: %1").replace("%1", str(exc)) + "\n" + \
        QCoreApplication.translate("Errors", "The details are in the log file %1.").replace(
            "%1", str(logs.log_file()))


def describe(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "\n".join(problem_text(p) for p in exc.problems)
    if isinstance(exc, Cancelled):
        return QCoreApplication.translate("Errors", "Cancelled; nothing was changed.")
    if getattr(exc, "code", "") == "key_locked":
        return QCoreApplication.translate("Errors", "Your signing key is locked: enter its passphrase to sign "
                                                    "this decision. Nothing was changed.")
    if getattr(exc, "code", "") == "permission_denied":
        return permission_text(exc.params.get("reason"), exc.params.get("role")) + "\n" + \
            QCoreApplication.translate("Errors", "Nothing was changed.")
    database = database_error_text(exc)
    if database is not None:
        return database
    if isinstance(exc, DatabaseTooNewError):
        return QCoreApplication.translate(
            "Errors", "This workspace was saved by a newer version of OpsDesk (schema %1). "
            "Update OpsDesk to open it; the file was not changed.").replace("%1", str(exc.params.get("revision", "")))
    if isinstance(exc, DatabaseNeedsUpgradeError):
        return QCoreApplication.translate("Errors", "This workspace needs to be upgraded before it can be opened.")
    if isinstance(exc, NotADatabaseError):
        return QCoreApplication.translate(
            "Errors", "The file %1 is not an OpsDesk workspace.").replace("%1", str(exc.params.get("path", "")))
    if isinstance(exc, NotAnImageError):
        return QCoreApplication.translate(
            "Errors", "%1 is not a picture OpsDesk can read. Choose a JPEG, PNG or WebP photo.").replace(
            "%1", str(exc.params.get("name", "")))
    if isinstance(exc, ImageTooLargeError):
        return QCoreApplication.translate("Errors", "%1 is too large to be a photo.").replace(
            "%1", str(exc.params.get("name", "")))
    if isinstance(exc, NotADocumentError):
        return QCoreApplication.translate(
            "Errors", "%1 is neither a PDF nor a picture OpsDesk can read; nothing was added.").replace(
            "%1", str(exc.params.get("name", "")))
    if isinstance(exc, DocumentTooLargeError):
        return QCoreApplication.translate("Errors", "%1 is larger than %2 MB; nothing was added.").replace(
            "%1", str(exc.params.get("name", ""))).replace("%2", str(exc.params.get("max_mb", "")))
    if isinstance(exc, StaleEditError):
        return QCoreApplication.translate(
            "Errors", "Someone changed this record after you opened it (here or by a sync). "
            "Your changes were not saved: open it again and repeat them.")
    from opsdesk.templates_io import TemplateFormatError

    if isinstance(exc, TemplateFormatError):
        return QCoreApplication.translate("Errors", "The template was refused; nothing was imported:") + "\n" + \
            "\n".join(format_problem_text(p) for p in exc.details[:15])
    if getattr(exc, "code", "") == "run_closed":
        return QCoreApplication.translate("Errors", "This checklist is completed; its answers can no longer change.")
    if getattr(exc, "code", "") == "frozen_record":
        return QCoreApplication.translate(
            "Errors", "This inspection is signed: its answers, photos and signatures can no longer change. "
            "Nothing was changed; start a correction to record a change.")
    if getattr(exc, "code", "") == "version_frozen":
        return QCoreApplication.translate(
            "Errors", "A published version cannot be changed. Click Edit to make a new draft.")
    if getattr(exc, "code", "") == "wrong_passphrase":
        return QCoreApplication.translate("Errors", "The passphrase is wrong; nothing was written.")
    if getattr(exc, "code", "") == "certificate_mismatch":
        return QCoreApplication.translate(
            "Errors", "The certificate is not for your signing key: it was issued for another request.")
    if getattr(exc, "code", "") == "identity":
        return QCoreApplication.translate(
            "Errors", "The signing key or certificate is missing, already exists there, or could not be "
            "read; nothing was changed.")
    if getattr(exc, "code", "") == "signing":
        return QCoreApplication.translate("Errors", "The PDF could not be signed; nothing was written.")
    if getattr(exc, "code", "") == "signature":
        return QCoreApplication.translate("Errors", "Only a completed inspection can be signed or corrected.")
    if getattr(exc, "code", "") == "fault_step":
        return QCoreApplication.translate("Errors", "This step is not possible for the fault now (its status "
                                                    "changed, or the item is retired).")
    if getattr(exc, "code", "") == "transition":
        return QCoreApplication.translate("Errors", "This step is not possible for the corrective action now "
                                                    "(its status changed, or it needs a supervisor).")
    if getattr(exc, "code", "") == "nothing_published":
        return QCoreApplication.translate("Errors", "This template has no published version yet.")
    if getattr(exc, "code", "") == "gates_not_passed":
        return QCoreApplication.translate(
            "Errors", "验收合格方可营业: the store cannot open before these gates are passed: %1.").replace(
            "%1", _titles(exc.params))
    if isinstance(exc, ClockSkewError):
        return QCoreApplication.translate("Errors", "Another computer's clock is more than 24 hours ahead.")
    if isinstance(exc, SyncError):
        return sync_error_text(exc)
    if isinstance(exc, NotFoundError):
        return QCoreApplication.translate("Errors", "The record no longer exists. It may have been removed.")
    if isinstance(exc, IntegrityError):
        return QCoreApplication.translate("Errors", "The change was refused to protect the data.")
    if isinstance(exc, OpsDeskError):
        return QCoreApplication.translate("Errors", "The operation could not be completed.")
    return unexpected_text(exc)


def sync_error_text(exc: SyncError) -> str:
    """A refused sync package (nothing was changed) or a sync step that could not be done."""
    nothing = QCoreApplication.translate("Errors", "Nothing was imported; this workspace was not changed.")
    if isinstance(exc, UnknownNodeError):
        return QCoreApplication.translate(
            "Errors", "The package comes from a workspace this one does not know yet: %1 (node %2, key "
            "fingerprint %3). Compare the fingerprint with the sender by phone before you trust it.").replace(
            "%1", str(exc.params.get("name") or "")).replace("%2", str(exc.params.get("node", ""))).replace(
            "%3", str(exc.params.get("fingerprint", "")))
    if isinstance(exc, PackageContentError):
        return QCoreApplication.translate(
            "Errors", "The package holds a record this workspace cannot accept: %1. It was refused whole; "
            "tell the sender, whose workspace may be damaged or altered.").replace(
            "%1", str(exc.params.get("record") or exc)[:200]) + "\n" + nothing
    if isinstance(exc, PackageCorruptError):
        return QCoreApplication.translate(
            "Errors", "The file is not a readable sync package (it may be incomplete or damaged). "
            "Ask the sender to export it again.") + "\n" + nothing
    if isinstance(exc, PackageTamperedError):
        return QCoreApplication.translate(
            "Errors", "The package was changed after it was written: its contents do not match their "
            "checksums. Ask the sender to export it again.") + "\n" + nothing
    if isinstance(exc, PackageMemberError):
        return QCoreApplication.translate(
            "Errors", "The package contains files it does not declare. It was refused for safety.") + "\n" + nothing
    if isinstance(exc, PackageTooLargeError):
        return QCoreApplication.translate(
            "Errors", "The package would unpack to far more data than allowed. It was refused for "
            "safety.") + "\n" + nothing
    if isinstance(exc, BadSignatureError):
        return QCoreApplication.translate(
            "Errors", "The package's signature does not match the sender's key: it was not written by "
            "the workspace it claims to come from, or it was altered.") + "\n" + nothing
    if isinstance(exc, PackageTooNewError):
        return QCoreApplication.translate(
            "Errors", "The package was written by a newer version of OpsDesk. Update OpsDesk, then import "
            "it again.") + "\n" + nothing
    if isinstance(exc, OwnPackageError):
        return QCoreApplication.translate(
            "Errors", "This package was exported by this very workspace; import it on the other computer.")
    if exc.params.get("conflict") is not None:
        return QCoreApplication.translate(
            "Errors", "This conflict cannot be resolved that way (it is already resolved, or the record is "
            "signed).")
    return QCoreApplication.translate("Errors", "The sync could not be completed; nothing was changed.")


def show_error(parent: QWidget | None, exc: BaseException, title: str | None = None) -> None:
    QMessageBox.warning(parent, title or QCoreApplication.translate("Errors", "OpsDesk"), describe(exc))

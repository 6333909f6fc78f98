"""`opsdesk report inspection` (plain and --sign) and `opsdesk report batch`, checked with poppler."""

from __future__ import annotations

import subprocess
from typing import Any

import pytest

from opsdesk import cli, signing
from opsdesk.services import org, runs, signatures

STROKES = [[(10, 10, 0.0), (60, 50, 0.1)]]


@pytest.fixture
def db_template() -> dict[str, Any]:
    """A small demo with a month of completed inspections, acting as its supervisor: a copy of the run's shared
    template (the UI tests' too), not a demo built in the test."""
    return {"stores": 3, "seed": 5, "months": 1}


def test_report_commands(ctx, db_path, tmp_path, monkeypatch, capsys) -> None:  # noqa: ANN001
    monkeypatch.setenv("OPSDESK_KEYS_DIR", str(tmp_path / "keys"))
    assert ctx.user_id  # the demo's current user
    done = runs.query_runs(ctx, runs.RunQuery(status="completed", template_kinds=("inspection",)), 0, 2)
    signed, other = done
    for role in ("supervisor", "store_manager"):  # each role signed by a user who has it
        from sign_helpers import signer_for

        signer = org.get_user(ctx, signer_for(ctx, role, signed.store_id))  # at the run's store
        signatures.sign_run(ctx, signed.id, role, signer.name, STROKES, signer_id=signer.id)
    signed_runs = {r.id[:8]: r for status in ("signed", "superseded") for r in runs.query_runs(
        ctx, runs.RunQuery(status=status, template_kinds=("inspection",)))}
    me = org.get_user(ctx, ctx.user_id)
    signing.create_identity(me.id, me.name, "a long passphrase")
    secret = tmp_path / "pass.txt"
    secret.write_text("a long passphrase\n")
    ctx.db.close()

    plain = tmp_path / "plain.pdf"
    assert cli.main(["report", "inspection", other.id, "--db", str(db_path), "-o", str(plain)]) == 0
    text = subprocess.run(["pdftotext", str(plain), "-"], capture_output=True, text=True).stdout
    assert other.store_name in text

    signed_pdf = tmp_path / "signed.pdf"
    assert cli.main(["report", "inspection", signed.id, "--db", str(db_path), "-o", str(signed_pdf), "--sign",
                     "--user", me.username, "--passphrase-file", str(secret)]) == 0
    check = subprocess.run(["pdfsig", str(signed_pdf)], capture_output=True, text=True).stdout
    assert "Signature is Valid" in check

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it")
    refused = tmp_path / "refused.pdf"
    assert cli.main(["report", "inspection", signed.id, "--db", str(db_path), "-o", str(refused), "--sign",
                     "--user", me.username, "--passphrase-file", str(wrong)]) == 2
    assert not refused.exists()

    out = tmp_path / "batch"
    assert cli.main(["report", "batch", "--db", str(db_path), "--since", "2000-01-01", "--out", str(out)]) == 0
    files = sorted(out.glob("*.pdf"))
    assert sorted(f.name.rsplit("-", 1)[1][:8] for f in files) == sorted(signed_runs)  # only signed inspections
    mine = next(f for f in files if signed.id[:8] in f.name)
    assert mine.name.startswith(f"巡检报告-{signed.store_code}-")  # names follow the language (default zh_CN)
    english = tmp_path / "batch-en"
    assert cli.main(["report", "batch", "--db", str(db_path), "--since", "2000-01-01", "--out", str(english),
                     "--lang", "en"]) == 0
    file = next(f for f in english.glob("*.pdf") if signed.id[:8] in f.name)
    assert len(list(english.glob("*.pdf"))) == len(signed_runs)
    assert file.name == f"inspection-{signed.store_code}-{signed.business_date.isoformat()}-{signed.id[:8]}.pdf"
    text = subprocess.run(["pdftotext", str(file), "-"], capture_output=True, text=True).stdout
    assert "Inspection report" in text and "Signatures" in text and "巡检报告" not in text
    assert cli.main(["report", "batch", "--db", str(db_path), "--since", "yesterday", "--out", str(out)]) == 2
    capsys.readouterr()

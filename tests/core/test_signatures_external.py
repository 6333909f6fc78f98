"""A drawn signature of a person without an account is marked as such, with the account that collected it; the
inspection report says who collected it (由 … 收集 / collected by …)."""

from __future__ import annotations

import subprocess

import pytest
from test_signatures import STROKES, _completed_run

from opsdesk.models import Signature
from opsdesk.reports.inspection import build_inspection
from opsdesk.services import org, signatures

BACKENDS = ("sqlite", "pg")


@pytest.fixture
def db_template():  # noqa: ANN201
    return {"build": _completed_run, "stores": 2, "seed": 4}


def test_an_external_signature_names_its_collector(ctx, built, tmp_path) -> None:  # noqa: ANN001
    run_id = built
    me = org.get_user(ctx, ctx.user_id)
    signatures.sign_run(ctx, run_id, "witness", "张见证", STROKES)
    signatures.sign_run(ctx, run_id, "supervisor", "", STROKES)
    with ctx.read() as s:
        rows = {r.role: (r.external, r.collected_by) for r in s.query(Signature).filter_by(owner_id=run_id)}
    assert rows == {"witness": (True, me.id), "supervisor": (False, None)}
    shown = {sig.role: sig for sig in signatures.signatures_of(ctx, "checklist_run", run_id)}
    assert shown["witness"].external and shown["witness"].collector_name == me.name
    assert not shown["supervisor"].external and shown["supervisor"].collector_name == ""
    for lang, words in (("zh_CN", f"由 {me.name} 收集"), ("en", f"collected by {me.name}")):
        pdf = tmp_path / f"r-{lang}.pdf"
        build_inspection(ctx, run_id, pdf, lang=lang)
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        assert words in " ".join(text.split()), lang

"""Company name and logo (the report header) are workspace settings written through the workspace
service; a logo that is not an image is refused and the setting stays as it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from opsdesk.errors import NotAnImageError
from opsdesk.reports.layout import company_of
from opsdesk.services import workspace


def test_company_name_is_kept_trimmed_and_blank_clears_it(ctx, db) -> None:  # noqa: ANN001
    assert workspace.company(ctx) == workspace.CompanySettings("", None)
    workspace.set_company_name(ctx, "  优品生活连锁有限公司 ")
    assert workspace.company(ctx).name == "优品生活连锁有限公司"
    assert db.get_meta(workspace.COMPANY_NAME_KEY) == "优品生活连锁有限公司"
    assert company_of(ctx)[0] == "优品生活连锁有限公司"
    workspace.set_company_name(ctx, "   ")
    assert db.get_meta(workspace.COMPANY_NAME_KEY) is None
    assert company_of(ctx)[0] == workspace.workspace_name(ctx)  # reports fall back to the workspace name


def test_company_logo_must_be_an_image(ctx, db, tmp_path: Path) -> None:  # noqa: ANN001
    logo = tmp_path / "logo.png"
    Image.new("RGB", (40, 20), (200, 30, 30)).save(logo, "PNG")
    workspace.set_company_logo(ctx, logo)
    assert workspace.company(ctx).logo == str(logo)
    assert company_of(ctx)[1] == logo

    fake = tmp_path / "fake.png"
    fake.write_bytes(b"not an image at all")
    with pytest.raises(NotAnImageError):
        workspace.set_company_logo(ctx, fake)
    assert workspace.company(ctx).logo == str(logo)  # unchanged

    workspace.set_company_logo(ctx, None)
    assert workspace.company(ctx).logo is None
    assert db.get_meta(workspace.COMPANY_LOGO_KEY) is None

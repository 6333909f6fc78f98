"""Where things live: bundled resources, migrations, the user's data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "OpsDesk"

# resources/ and db/ sit beside opsdesk/ both in a checkout and in an installed
# wheel (they are packaged as top-level folders).
ROOT = Path(__file__).resolve().parent.parent
RESOURCES = ROOT / "resources"
MIGRATIONS = ROOT / "db"
FONTS = RESOURCES / "fonts"
I18N = RESOURCES / "i18n"
CJK_FONT = FONTS / "wqy-microhei.ttc"
# Where the audit chain's anchors live (one small JSON file per workspace node); tests point it elsewhere.
ANCHOR_ENV = "OPSDESK_ANCHOR_DIR"


def user_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return user_data_dir() / "workspace.sqlite"


def anchor_dir() -> Path:
    """The folder of the audit-chain anchors: outside any workspace file, in the user's data folder."""
    env = os.environ.get(ANCHOR_ENV)
    return Path(env).expanduser() if env else user_data_dir() / "anchors"

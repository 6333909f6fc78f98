"""Where things live: bundled resources, migrations, the user's data folder."""

from __future__ import annotations

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


def user_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    return user_data_dir() / "workspace.sqlite"

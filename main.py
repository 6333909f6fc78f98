"""Start OpsDesk: ``python main.py [--db FILE] [--page NAME] [--screenshot OUT.png] [--lang zh_CN|en]``."""

import sys

from ui.app import main

if __name__ == "__main__":
    sys.exit(main())

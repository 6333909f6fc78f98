"""OpsDesk desktop UI (PySide6). Thin: gathers input, calls opsdesk.services, shows results."""

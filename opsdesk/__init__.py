"""OpsDesk core: models, services, sync, reports. Pure Python, never imports Qt."""

__version__ = "0.1.0"

"""Alembic migrations of the OpsDesk workspace schema (applied by opsdesk.db on open)."""

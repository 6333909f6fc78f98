"""Bundled data: fonts, translations, built-in templates, images (see opsdesk.paths)."""

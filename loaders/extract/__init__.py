"""Extractors: pure functions of one article's text (and the curated catalogue)
that return spans. They know nothing of the database."""

"""Loaders: turn a folder of news articles into xiaomi.db (`python -m loaders build`)."""

__version__ = "0.2.0"

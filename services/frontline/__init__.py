"""Frontline: territorial-control events from live news, and a per-place control table."""

__version__ = "0.1.0"

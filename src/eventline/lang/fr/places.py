"""French words around place names (data only)."""

from __future__ import annotations

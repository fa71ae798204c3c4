"""English spelling regularities (data only)."""

from __future__ import annotations

"""qz: an invented language, to show that a language is one folder (tests only)."""

MODELS: tuple[str, ...] = ("qz_core_none",)

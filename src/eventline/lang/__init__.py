"""Per-language data, one folder per ISO 639-1 code (like ``spacy/lang/<code>/``).

Every folder holds the same data modules (see :mod:`eventline.lang.base` for the typed
contract) and an ``__init__.py`` naming its spaCy models. ``get(code)`` returns the
language's :class:`~eventline.lang.base.LanguageData`; ``SUPPORTED`` lists the folders.
Adding a language means adding a folder; nothing else changes. A folder outside the
package (a plug-in, a test fixture) is added with :func:`register`.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from collections.abc import Callable
from dataclasses import fields
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

from eventline.lang.base import PARTS, LanguageData

# The project's first language: listed first, and the language of an article that says
# nothing about its own.
DEFAULT = "fr"
# The language of canonical names and glosses ("Malian army", "Gaza Strip"): English, as
# PLOVER and ACLED write them.
GLOSS = "en"


def _discover() -> tuple[str, ...]:
    here = Path(__file__).parent
    codes = sorted(p.name for p in here.iterdir() if (p / "__init__.py").is_file())
    return tuple(sorted(codes, key=lambda c: c != DEFAULT))


SUPPORTED: tuple[str, ...] = _discover()
# ISO 639-1 codes the language detector knows besides the supported ones: common news
# languages, known so that an article in one of them is rejected by name.
OTHER_LANGUAGES: tuple[str, ...] = (
    "de", "es", "it", "pt", "nl", "ar", "ru", "uk", "tr", "pl", "zh", "ja", "fa", "he",
)  # fmt: skip
_FOLDERS: dict[str, Path] = {}  # registered languages outside the package
_DERIVED: list[Any] = []  # cached functions whose values come from the language data
F = TypeVar("F", bound=Callable[..., Any])


class LanguageDataError(ValueError):
    """A language folder that does not fulfil the contract."""


def derived(fn: F) -> F:
    """Mark a cached function (``functools.cache``/``lru_cache``) whose values come from
    the language data, such as a union over every language: :func:`register` empties it."""
    _DERIVED.append(fn)
    return fn


def _changed() -> None:
    get.cache_clear()
    for fn in _DERIVED:
        fn.cache_clear()


def register(code: str, folder: str | Path) -> None:
    """Make the language folder ``folder`` available as ``code`` (same layout as the
    folders of ``eventline/lang``)."""
    global SUPPORTED
    _FOLDERS[code] = Path(folder)
    if code not in SUPPORTED:
        SUPPORTED = (*SUPPORTED, code)
    _changed()


def unregister(code: str) -> None:
    """Forget a language added with :func:`register`."""
    global SUPPORTED
    if _FOLDERS.pop(code, None) is not None:
        SUPPORTED = tuple(c for c in SUPPORTED if c != code)
        for name in [n for n in sys.modules if n.startswith(f"_eventline_lang_{code}")]:
            del sys.modules[name]
        _changed()


def every() -> tuple[LanguageData, ...]:
    """The data of every supported language, in ``SUPPORTED`` order."""
    return tuple(get(code) for code in SUPPORTED)


def module(code: str, part: str) -> ModuleType:
    """The data module ``part`` of language ``code`` (raises ``KeyError`` if unknown)."""
    if code not in SUPPORTED:
        raise KeyError(f"unsupported language: {code!r} (supported: {', '.join(SUPPORTED)})")
    folder = _FOLDERS.get(code)
    if folder is None:
        name = f"eventline.lang.{code}" + (f".{part}" if part else "")
        return importlib.import_module(name)
    name = f"_eventline_lang_{code}" + (f"_{part}" if part else "")
    if name in sys.modules:
        return sys.modules[name]
    path = folder / (f"{part}.py" if part else "__init__.py")
    if not path.is_file():
        return ModuleType(name)  # a part the folder leaves out: every name defaults
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise LanguageDataError(f"cannot load {path}")
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod
    spec.loader.exec_module(mod)
    return mod


def _build(cls: type, mod: ModuleType) -> object:
    kwargs = {f.name: getattr(mod, f.name) for f in fields(cls) if hasattr(mod, f.name)}
    return cls(**kwargs)


@cache
def get(code: str) -> LanguageData:
    """All the data of language ``code`` (cached; raises ``KeyError`` if unsupported)."""
    root = module(code, "")
    models = tuple(getattr(root, "MODELS", ()))
    parts = {part: _build(cls, module(code, part)) for part, cls in PARTS.items()}
    return LanguageData(code=code, models=models, **parts)  # type: ignore[arg-type]

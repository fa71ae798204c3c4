"""Find words of a language written as string literals outside ``eventline/lang/``.

A word of a language is a function word (``lang/<code>/function_words.py``), a month or a
weekday name, in any supported language. Docstrings, log and exception messages and
command-line help are prose for people and are not scanned. Run as a script to list the
findings: ``python tests/literal_scan.py``.
"""

from __future__ import annotations

import ast
import re
import sys
from collections.abc import Iterator
from dataclasses import fields
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SCANNED = (ROOT / "src" / "eventline", ROOT / "flows")
EXEMPT_DIRS = (ROOT / "src" / "eventline" / "lang",)
_WORD = re.compile(r"[^\W\d_]+['’]?")
_ESCAPE = re.compile(r"\\(?:u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|N\{[^}]*\}|[A-Za-z])")
_CHAR_CLASS = re.compile(r"\[(?:\\.|[^\]])*\]")  # regex character classes
_IDENTIFIER = re.compile(r"^[A-Za-z]\w*_\w*$|^[a-z]+(?:-[a-z]+)+$")  # snake_case, kebab-case
# call names whose string arguments are messages for people
_PROSE_CALLS = frozenset(
    {"debug", "info", "warning", "error", "exception", "critical", "warn", "add_argument",
     "add_parser", "ArgumentParser", "add_mutually_exclusive_group", "ArgumentTypeError",
     "Reject", "add_row", "add_column"}
)  # fmt: skip
# keyword arguments whose strings are text for people (UI artifacts, link evidence)
_PROSE_KEYWORDS = frozenset(
    {"help", "description", "markdown", "link_text", "title", "evidence", "detail", "reason"}
)


def language_words() -> frozenset[str]:
    """Function words, month and weekday names of every supported language (lower case)."""
    from eventline import lang
    from eventline.lang.base import FunctionWords

    words: set[str] = set()
    for code in lang.SUPPORTED:
        data = lang.get(code)
        for f in fields(FunctionWords):
            words.update(w.lower() for w in getattr(data.function_words, f.name))
        for table in (data.dates.MONTHS, data.dates.WEEKDAYS):
            best: dict[int, str] = {}
            for name, value in table.items():
                if "." not in name and len(name) > len(best.get(value, "")):
                    best[value] = name
            words.update(best.values())
    return frozenset(words)


def _prose_nodes(tree: ast.AST) -> set[int]:
    """ids of string nodes that are docstrings or messages for people."""
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                skip.add(id(body[0].value))
        elif isinstance(node, ast.Raise) and node.exc is not None:
            skip.update(id(n) for n in ast.walk(node.exc))
        elif isinstance(node, ast.Call):
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")
            if name in _PROSE_CALLS:
                skip.update(id(n) for n in ast.walk(node))
            for kw in node.keywords:
                if kw.arg in _PROSE_KEYWORDS:
                    skip.update(id(n) for n in ast.walk(kw.value))
        elif isinstance(node, ast.JoinedStr):  # f-strings format output for people
            skip.update(id(n) for n in ast.walk(node))
    return skip


def _codes() -> frozenset[str]:
    """Language-neutral codes that happen to be words: the schema's vocabulary (link
    relations "before"/"after"...) and spaCy's tag and dependency labels ("aux")."""
    from spacy.glossary import GLOSSARY

    from eventline import ontology

    out: set[str] = set(GLOSSARY)
    for value in vars(ontology).values():
        if isinstance(value, tuple | frozenset | dict):
            out.update(v for v in value if isinstance(v, str))
    return frozenset(out)


def _words_of(literal: str) -> list[str]:
    """Lower-case words of a literal; ALL-CAPS tokens are codes, not words."""
    text = _CHAR_CLASS.sub(" ", _ESCAPE.sub(" ", literal)).replace("’", "'")
    return [w.lower() for w in _WORD.findall(text) if not w.isupper()]


def findings(words: frozenset[str] | None = None) -> Iterator[tuple[Path, int, str, str]]:
    """(file, line, word, literal) for every language word in a scanned literal."""
    words = words if words is not None else language_words()
    codes = _codes()
    for base in SCANNED:
        for path in sorted(base.rglob("*.py")):
            if any(d in path.parents for d in EXEMPT_DIRS):
                continue
            tree = ast.parse(path.read_text(encoding="utf-8"))
            skip = _prose_nodes(tree)
            for node in ast.walk(tree):
                if not isinstance(node, ast.Constant) or not isinstance(node.value, str):
                    continue
                value = node.value
                if id(node) in skip or "\n" in value or _IDENTIFIER.match(value):
                    continue
                if value in codes or value.split(":")[0] in codes:
                    continue
                for w in _words_of(value):
                    if w in words:
                        yield path.relative_to(ROOT), node.lineno, w, node.value
                        break


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    n = 0
    for path, line, word, literal in findings():
        n += 1
        sys.stdout.write(f"{path}:{line}: {word!r} in {literal[:70]!r}\n")
    sys.stdout.write(f"{n} literals\n")

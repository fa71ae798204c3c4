"""TempEval-3 scoring of time expressions against TIMEX3 gold JSON lines.

System and gold expressions are aligned one-to-one by character overlap; strict and
relaxed P/R/F1, type and value accuracy, value F1 (= relaxed F1 x value accuracy) and the
most common error kinds (``../shared/data/timex/README.md`` describes the protocol).
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Span:
    doc: str
    start: int
    end: int
    text: str
    type: str
    value: str


def load_gold(path: Path) -> tuple[list[Span], dict[str, str]]:
    spans: list[Span] = []
    dct: dict[str, str] = {}
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            d = json.loads(line)
            doc = str(d.get("doc_id") or d.get("id"))
            dct[doc] = (d.get("dct") or {}).get("value", "")
            for t in d.get("timexes", []):
                spans.append(Span(doc, t["start"], t["end"], t["text"], t["type"], t["value"]))
    return spans, dct


def load_pred(lines: list[str]) -> list[Span]:
    out = []
    for line in lines:
        if line.strip():
            d = json.loads(line)
            out.append(Span(str(d["id"]), d["start"], d["end"], d["text"], d["type"], d["value"]))
    return out


def align(gold: list[Span], pred: list[Span]) -> list[tuple[Span, Span]]:
    """One-to-one pairs by character overlap (largest overlap first)."""
    by_doc: dict[str, list[Span]] = {}
    for p in pred:
        by_doc.setdefault(p.doc, []).append(p)
    cands = []
    for g in gold:
        for p in by_doc.get(g.doc, []):
            ov = min(g.end, p.end) - max(g.start, p.start)
            if ov > 0:
                cands.append((ov, g, p))
    cands.sort(key=lambda x: -x[0])
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for _, g, p in cands:
        if id(g) in used_g or id(p) in used_p:
            continue
        used_g.add(id(g))
        used_p.add(id(p))
        pairs.append((g, p))
    return pairs


def shape(value: str) -> str:
    """Coarse kind of a TIMEX3 value, for error categories."""
    v = re.sub(r"\d", "9", value)
    v = re.sub(r"9+", "9", v)
    return v


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(gold: list[Span], pred: list[Span], n_errors: int = 10) -> dict[str, object]:
    pairs = align(gold, pred)
    strict = sum(1 for g, p in pairs if (g.start, g.end) == (p.start, p.end))
    relaxed = len(pairs)
    type_ok = sum(1 for g, p in pairs if g.type == p.type)
    value_ok = sum(1 for g, p in pairs if g.value == p.value)
    sp, sr, sf = prf(strict, len(pred), len(gold))
    rp, rr, rf = prf(relaxed, len(pred), len(gold))
    val_acc = value_ok / relaxed if relaxed else 0.0
    errors: Counter[str] = Counter()
    examples: dict[str, str] = {}
    matched_g = {id(g) for g, _ in pairs}
    matched_p = {id(p) for _, p in pairs}
    for g in gold:
        if id(g) not in matched_g:
            k = f"missed {g.type} {shape(g.value)}"
            errors[k] += 1
            examples.setdefault(k, f"{g.text!r}={g.value}")
    for p in pred:
        if id(p) not in matched_p:
            k = f"spurious {p.type} {shape(p.value)}"
            errors[k] += 1
            examples.setdefault(k, f"{p.text!r}={p.value}")
    for g, p in pairs:
        if g.value != p.value:
            k = f"wrong value gold {shape(g.value)} got {shape(p.value)}"
            errors[k] += 1
            examples.setdefault(k, f"{p.text!r}: {p.value} vs gold {g.value}")
    return {
        "gold": len(gold),
        "pred": len(pred),
        "strict": (sp, sr, sf),
        "relaxed": (rp, rr, rf),
        "type_accuracy": type_ok / relaxed if relaxed else 0.0,
        "value_accuracy": val_acc,
        "value_f1": rf * val_acc,
        "errors": [(k, n, examples[k]) for k, n in errors.most_common(n_errors)],
    }

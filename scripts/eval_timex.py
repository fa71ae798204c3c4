"""TempEval-3 scoring of ``eventline timex`` output against TIMEX3 gold JSON lines.

Usage: python scripts/eval_timex.py GOLD.jsonl [--pred PRED.jsonl] [--lang fr|en] [--errors N]

Without ``--pred`` it runs ``python -m eventline timex GOLD.jsonl --lang X``. Prints strict
and relaxed P/R/F1, type and value accuracy, value F1 (= relaxed F1 x value accuracy) and the
most common error kinds. The DCT of each gold document is its publication date.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
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


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--pred", type=Path)
    ap.add_argument("--lang", choices=("fr", "en"))
    ap.add_argument("--errors", type=int, default=10)
    args = ap.parse_args(argv)
    gold, _ = load_gold(args.gold)
    if args.pred:
        lines = args.pred.read_text(encoding="utf-8").splitlines()
    else:
        cmd = [sys.executable, "-m", "eventline", "timex", str(args.gold)]
        if args.lang:
            cmd += ["--lang", args.lang]
        lines = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout.splitlines()
    res = score(gold, load_pred(lines), args.errors)
    sp, sr, sf = res["strict"]  # type: ignore[misc]
    rp, rr, rf = res["relaxed"]  # type: ignore[misc]
    print(f"gold {res['gold']}  predicted {res['pred']}")
    print(f"strict   P {sp:.3f}  R {sr:.3f}  F1 {sf:.3f}")
    print(f"relaxed  P {rp:.3f}  R {rr:.3f}  F1 {rf:.3f}")
    print(f"type accuracy {res['type_accuracy']:.3f}  value accuracy {res['value_accuracy']:.3f}")
    print(f"value F1 {res['value_f1']:.3f}")
    print("most common errors:")
    for k, n, ex in res["errors"]:  # type: ignore[union-attr]
        print(f"  {n:4d}  {k}   e.g. {ex}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

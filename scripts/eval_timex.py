"""TempEval-3 scoring of ``eventline timex`` output against TIMEX3 gold JSON lines.

Usage: python scripts/eval_timex.py GOLD.jsonl [--pred PRED.jsonl] [--lang fr|en] [--errors N]

Without ``--pred`` it runs ``python -m eventline timex GOLD.jsonl --lang X``. Prints strict
and relaxed P/R/F1, type and value accuracy, value F1 (= relaxed F1 x value accuracy) and the
most common error kinds. The DCT of each gold document is its publication date.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from eventline.eval.timex import load_gold, load_pred, score
from eventline.lang import SUPPORTED


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", type=Path)
    ap.add_argument("--pred", type=Path)
    ap.add_argument("--lang", choices=SUPPORTED)
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

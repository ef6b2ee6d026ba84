#!/usr/bin/env python3
# Copied unchanged (below this note) from the project's shared tools, where the reviewer's labelled corpora are
# scored: it ships here so that the repository's docs can use it without anything outside the repository.
"""Score a case-description reviewer against a labelled corpus (see ../corpus/FORMAT.md).

The reviewer is any command that reads JSON lines {"id", "need", "text"} on standard input
and writes one JSON line per input on standard output:
    {"id": "...", "findings": [{"rule": "jargon", "start": 10, "length": 3}, ...]}
Offsets count characters of "text" (UTF-16 code units and code points agree on this corpus).

Usage:
    score_review.py --corpus ../shared/corpus/dev.jsonl --cmd "dotnet run --project src/X -- review --jsonl"
    score_review.py --corpus FILE --predictions PRED.jsonl      # score saved output instead
Options: --json (machine-readable summary), --show-misses (print each miss), --min-macro-f1 X (exit 1 below X).
"""
import argparse
import json
import shlex
import subprocess
import sys

SPAN_RULES = [
    "confidential-name", "confidential-address", "confidential-contact", "confidential-id",
    "confidential-service", "child-details-unneeded", "jargon", "cash-request", "gas-card",
    "deficit-language", "spelling", "grammar", "private-detail",
]
DOC_RULES = ["strengths-missing", "details-missing"]
RULES = SPAN_RULES + DOC_RULES


def load_jsonl(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def run_reviewer(cmd, cases):
    payload = "".join(json.dumps({"id": c["id"], "need": c["need"], "text": c["text"]}) + "\n" for c in cases)
    proc = subprocess.run(shlex.split(cmd), input=payload, capture_output=True, text=True, encoding="utf-8")
    if proc.returncode != 0:
        sys.stderr.write(proc.stderr[-4000:])
        sys.exit(f"reviewer exited with {proc.returncode}")
    preds = {}
    for line in proc.stdout.splitlines():
        line = line.strip()
        if not line.startswith("{"):
            continue
        obj = json.loads(line)
        preds[obj["id"]] = obj.get("findings", [])
    return preds


def evidence_spans(text, evidence):
    spans, start = [], text.find(evidence)
    while start >= 0:
        spans.append((start, start + len(evidence)))
        start = text.find(evidence, start + 1)
    return spans


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def score(cases, preds, show_misses=False):
    tally = {r: {"tp_f": 0, "fp": 0, "tp_l": 0, "fn": 0} for r in RULES}
    clean_total = clean_pass = 0
    missing_ids = [c["id"] for c in cases if c["id"] not in preds]
    for case in cases:
        text, labels = case["text"], case.get("labels", [])
        findings = [f for f in preds.get(case["id"], []) if f.get("rule") in RULES]
        if not labels:
            clean_total += 1
            clean_pass += not findings
        for rule in DOC_RULES:
            gold = any(l["rule"] == rule for l in labels)
            fired = any(f["rule"] == rule for f in findings)
            t = tally[rule]
            if gold and fired:
                t["tp_f"] += 1; t["tp_l"] += 1
            elif fired:
                t["fp"] += 1
                if show_misses: print(f"FP {case['id']} {rule}")
            elif gold:
                t["fn"] += 1
                if show_misses: print(f"FN {case['id']} {rule}")
        for rule in SPAN_RULES:
            gold_spans = [evidence_spans(text, l["evidence"]) for l in labels if l["rule"] == rule]
            found = [(f["start"], f["start"] + max(1, f["length"])) for f in findings if f["rule"] == rule]
            t = tally[rule]
            for span in found:
                if any(overlaps(span, g) for spans in gold_spans for g in spans):
                    t["tp_f"] += 1
                else:
                    t["fp"] += 1
                    if show_misses: print(f"FP {case['id']} {rule} {text[span[0]:span[1]]!r}")
            for label, spans in zip([l for l in labels if l["rule"] == rule], gold_spans):
                if any(overlaps(s, g) for s in found for g in spans):
                    t["tp_l"] += 1
                else:
                    t["fn"] += 1
                    if show_misses: print(f"FN {case['id']} {rule} {label['evidence']!r}")
    rows = {}
    for rule, t in tally.items():
        n_found, n_gold = t["tp_f"] + t["fp"], t["tp_l"] + t["fn"]
        if n_found == 0 and n_gold == 0:
            continue
        p = t["tp_f"] / n_found if n_found else 0.0
        r = t["tp_l"] / n_gold if n_gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        rows[rule] = {"precision": p, "recall": r, "f1": f1, "found": n_found, "gold": n_gold}
    macro = sum(v["f1"] for v in rows.values()) / len(rows) if rows else 0.0
    return {"rules": rows, "macro_f1": macro,
            "clean_pass": clean_pass / clean_total if clean_total else None,
            "clean_total": clean_total, "cases": len(cases), "missing_ids": missing_ids}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", required=True)
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--cmd")
    src.add_argument("--predictions")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--show-misses", action="store_true")
    ap.add_argument("--min-macro-f1", type=float)
    args = ap.parse_args()
    cases = load_jsonl(args.corpus)
    if args.cmd:
        preds = run_reviewer(args.cmd, cases)
    else:
        preds = {o["id"]: o.get("findings", []) for o in load_jsonl(args.predictions)}
    result = score(cases, preds, args.show_misses)
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"{'rule':<24} {'prec':>6} {'recall':>6} {'F1':>6} {'found':>6} {'gold':>6}")
        for rule, v in result["rules"].items():
            print(f"{rule:<24} {v['precision']:6.2f} {v['recall']:6.2f} {v['f1']:6.2f} {v['found']:6d} {v['gold']:6d}")
        if result["missing_ids"]:
            print(f"no output for {len(result['missing_ids'])} cases, e.g. {result['missing_ids'][:3]}")
        cp = result["clean_pass"]
        print(f"macro-F1 {result['macro_f1']:.3f} clean-pass {cp if cp is None else round(cp, 3)} cases {result['cases']}")
    if args.min_macro_f1 is not None and result["macro_f1"] < args.min_macro_f1:
        sys.exit(1)


if __name__ == "__main__":
    main()

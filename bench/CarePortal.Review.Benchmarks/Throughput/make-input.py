#!/usr/bin/env python3
"""Makes a large `review --jsonl` input from the dev corpus, for throughput runs.

Each round takes every dev description and shuffles the order of its sentences (seeded, so
the same file comes out every time); ids are unique, labels are dropped. 145 rounds of the
90 dev descriptions give 13,050 requests, the size issue #14 measures with.

    python3 bench/CarePortal.Review.Benchmarks/Throughput/make-input.py > /tmp/review-13k.jsonl
"""
import argparse
import json
import pathlib
import random
import re

HERE = pathlib.Path(__file__).resolve().parent
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'])")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default=str(HERE.parent / "Corpus" / "dev.jsonl"))
    ap.add_argument("--rounds", type=int, default=145)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    cases = [json.loads(l) for l in open(args.corpus, encoding="utf-8") if l.strip()]
    rng = random.Random(args.seed)
    for round_ in range(args.rounds):
        for case in cases:
            sentences = SENTENCE_END.split(case["text"])
            if round_ > 0:
                rng.shuffle(sentences)
            request = {"id": f"{case['id']}-r{round_}", "need": case["need"], "text": " ".join(sentences)}
            print(json.dumps(request, ensure_ascii=False))


if __name__ == "__main__":
    main()

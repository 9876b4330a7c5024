#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes invented but plausible benchmark submissions (docs/benchmark-format.md) into a folder.

Every file is an "infosakkollen-submission" for one fictitious organisation. The data are random, seeded
and deterministic: the same arguments always give byte-identical files. They exist to show and test the
benchmark (questionnaires/examples/exempel-benchmark.json, bench/aggregate_bench.sh); they say nothing about
real organisations.

Model (kept simple on purpose):
  * organisation type: kommun 55 %, statlig-myndighet 30 %, annan 8 %, region 7 %; a size band of that type
    with weights roughly like Swedish public bodies (many small municipalities, few large regions);
  * maturity m ~ Beta(2, 5) plus up to +0.12 for the largest size band, at most 1;
  * each question at level L is "yes" with probability 1 / (1 + exp(-10 (m - 0.26 - 0.17 (L - 1)))), so
    the chance falls with the level; otherwise "partly" 45 %, "no" 38 %, "dont_know" 12 %,
    "not_applicable" 5 % ("no" where the questionnaire does not offer Not applicable); 3 % of the questions
    are left unanswered.
The parameters were chosen so that, with the defaults, about 69 % of the organisations reached no level
overall under the pooled rule of version 1.0, as in MSB's 2023 round of Infosäkkollen (31 % reached at least
level 1); under cumulative-coverage (the weakest area decides) about 96 % reach none (docs/benchmark-format.md).

Usage:
  tools/make_example_benchmark.py OUTDIR [--count 300] [--seed 2026] [--year 2026]
                                  [--questionnaire questionnaires/infosakkollen.json]
Then:
  infosakkollen --aggregate OUTDIR --out questionnaires/examples/exempel-benchmark.json --fictitious \\
                --label "Fiktiva exempeldata / fictitious example data"
Only the Python standard library is used.
"""

import argparse
import json
import math
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

TYPES = [("kommun", 0.55), ("statlig-myndighet", 0.30), ("annan", 0.08), ("region", 0.07)]
BANDS = {
    "kommun": [("inv-0-15k", 0.45), ("inv-15k-50k", 0.38), ("inv-50k-100k", 0.11), ("inv-100k-", 0.06)],
    "region": [("inv-0-300k", 0.55), ("inv-300k-1m", 0.30), ("inv-1m-", 0.15)],
    "statlig-myndighet": [("anst-0-50", 0.30), ("anst-50-250", 0.32), ("anst-250-1000", 0.23), ("anst-1000-", 0.15)],
    "annan": [("anst-0-50", 0.40), ("anst-50-250", 0.30), ("anst-250-1000", 0.20), ("anst-1000-", 0.10)],
}
OTHER_ANSWERS = [("partly", 0.45), ("no", 0.38), ("dont_know", 0.12), ("not_applicable", 0.05)]
UNANSWERED = 0.03


def pick(rng, weighted):
    """One item of [(value, weight), ...]."""
    x = rng.random() * sum(w for _, w in weighted)
    for value, weight in weighted:
        x -= weight
        if x < 0:
            return value
    return weighted[-1][0]


def make_submission(rng, questionnaire, year, submission_id):
    org_type = pick(rng, TYPES)
    bands = BANDS[org_type]
    band = pick(rng, bands)
    size = [b for b, _ in bands].index(band) / (len(bands) - 1)
    maturity = min(1.0, rng.betavariate(2.0, 5.0) + 0.12 * size)
    answers = {}
    for area in questionnaire["areas"]:
        for question in area["questions"]:
            if rng.random() < UNANSWERED:
                continue
            level = question.get("level", 1)
            p_yes = 1.0 / (1.0 + math.exp(-10.0 * (maturity - 0.26 - 0.17 * (level - 1))))
            answer = "yes" if rng.random() < p_yes else pick(rng, OTHER_ANSWERS)
            if answer == "not_applicable" and not question.get("allow_not_applicable", True):
                answer = "no"  # not offered for this question (a level-1 basic): the body has not got it
            answers[question["id"]] = answer
    return {
        "format": "infosakkollen-submission",
        "format_version": 2,
        "submission_id": submission_id,
        "questionnaire": {"id": questionnaire["id"], "version": questionnaire["version"]},
        "organisation_type": org_type,
        "size_band": band,
        "year": year,
        "answers": dict(sorted(answers.items())),
    }


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("outdir", help="folder to write the submission files into (created if missing)")
    parser.add_argument("--count", type=int, default=300, help="number of organisations (default 300)")
    parser.add_argument("--seed", type=int, default=2026, help="random seed (default 2026)")
    parser.add_argument("--year", type=int, default=2026, help="year written into every submission (default 2026)")
    parser.add_argument("--questionnaire", default=os.path.join(ROOT, "questionnaires", "infosakkollen.json"),
                        help="questionnaire file (default: the bundled infosakkollen.json)")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    with open(args.questionnaire, encoding="utf-8") as f:
        questionnaire = json.load(f)
    os.makedirs(args.outdir, exist_ok=True)
    rng = random.Random(args.seed)
    ids = random.Random(args.seed + 1)  # a stream of its own, so that the answers do not depend on the ids
    width = max(5, len(str(args.count)))
    for i in range(1, args.count + 1):
        submission = make_submission(rng, questionnaire, args.year, "%032x" % ids.getrandbits(128))
        path = os.path.join(args.outdir, "submission-%0*d.json" % (width, i))
        with open(path, "w", encoding="utf-8", newline="\n") as f:
            json.dump(submission, f, ensure_ascii=False, indent=2)
            f.write("\n")
    print("%d submissions written to %s" % (args.count, args.outdir))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

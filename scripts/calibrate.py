#!/usr/bin/env python3
"""Refit the confidence table, src/attribute/confidence.tsv, on the dev corpora.

    scripts/calibrate.py          # rewrite the table
    scripts/calibrate.py --check  # exit 1 when the table differs from a refit

Each record's `confidence` is read from that table: the share of speakers
that were right, on the dev corpora, for the rule that found the speaker,
the kind of mention it went through (`name` — a name or description — or
`pronoun`) and the genre whosaid read the document as (`news` or
`fiction`, the record's `genre`). "Right" is score.py's judgement over the
quotations that match a gold quotation and have a predicted speaker.

Rows are written for every (rule, mention, genre) seen on at least
MIN_MATCHED such quotations, and a row for both genres together (`any`)
when the two together reach it. Rules seen less often keep the hand-set
rows marked `prior` in the table, which a refit leaves as they are.

The release binary is built first; the corpora are those of
../shared/eval/data. Plain Python 3; uses score.py beside them.
"""

import json
import os
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
EVAL = os.path.join(ROOT, "..", "shared", "eval")
sys.path.insert(0, EVAL)
import score as S  # noqa: E402  (the referee's own matching and speaker test)

TABLE = os.path.join(ROOT, "src", "attribute", "confidence.tsv")
PRONOUNS = os.path.join(ROOT, "src", "lexicon", "data", "pronouns.txt")
BIN = os.path.join(ROOT, "target", "release", "whosaid")
# Below this many matched quotations a share moves by ±0.09 (one standard
# error at 0.5) or more: not a figure to print as a confidence.
MIN_MATCHED = 30

HEADER = """\
# How often a speaker found by each rule was right, on the dev corpora:
# written by scripts/calibrate.py (do not edit the fitted rows by hand; rows
# marked `prior` are set by hand for rules seen too rarely, and a refit
# keeps them). Read by src/attribute/confidence.rs: the row of the
# document's genre, else the `any` row, else the prior, else 0.5.
# Columns: rule, mention (name | pronoun), genre (news | fiction | any),
# confidence, and the matched quotations it was measured on (or `prior`).
"""


def pronouns():
    """The mentions the analyzer takes as pronouns (a record's speaker was
    reached `via_pronoun`): the personal pronouns of its word list, and the
    possessives it reads as owners, `his statement` (`lexicon::owner_pronoun`)."""
    words = {"his", "her", "their"}
    with open(PRONOUNS, encoding="utf-8") as f:
        for line in f:
            line = line.split("#")[0].split()
            if line:
                words.add(line[0].lower())
    return words


def corpora():
    data = os.path.join(EVAL, "data")
    return sorted(
        os.path.join(data, f) for f in os.listdir(data) if f.endswith(".jsonl")
    )


def predictions(gold_path):
    out = subprocess.run(
        [BIN, "extract", "--input", "jsonl", "-f", "jsonl", gold_path],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def counts():
    """(rule, mention, genre) -> [matched, right]."""
    pron = pronouns()
    seen = defaultdict(lambda: [0, 0])
    for gold_path in corpora():
        gold, order = S.load(gold_path, "gold")
        for doc in predictions(gold_path):
            g = gold[doc["id"]]
            quotes = doc["quotes"]
            for gi, pi, _ in S.match_doc(g["quotes"], quotes, g["text"]):
                p = quotes[pi]
                if p.get("speaker") is None or not p.get("rule"):
                    continue
                q = g["quotes"][gi]
                right = S.speaker_right(p["speaker"], q["speaker"], q.get("speaker_aliases"))
                mention = (p.get("speaker_mention") or "").lower()
                kind = "pronoun" if mention in pron else "name"
                for genre in (doc["genre"], "any"):
                    c = seen[(p["rule"], kind, genre)]
                    c[0] += 1
                    c[1] += int(right)
    return seen


def priors():
    rows = []
    if os.path.exists(TABLE):
        with open(TABLE, encoding="utf-8") as f:
            for line in f:
                cells = line.rstrip("\n").split("\t")
                if not line.startswith("#") and len(cells) == 5 and cells[4] == "prior":
                    rows.append(cells)
    return rows


def table():
    fitted = []
    for (rule, kind, genre), (n, right) in counts().items():
        if n >= MIN_MATCHED:
            fitted.append([rule, kind, genre, "%.2f" % (right / n), str(n)])
    taken = {(r[0], r[1]) for r in fitted}
    # A prior stays while its rule and mention have no fitted row.
    kept = [r for r in priors() if (r[0], r[1]) not in taken]
    order = {"news": 0, "fiction": 1, "any": 2}
    rows = sorted(fitted + kept, key=lambda r: (r[0], r[1], order.get(r[2], 3)))
    return HEADER + "".join("\t".join(r) + "\n" for r in rows)


def main(argv):
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    new = table()
    if "--check" in argv:
        with open(TABLE, encoding="utf-8") as f:
            same = f.read() == new
        print("confidence table is %s" % ("current" if same else "out of date: run scripts/calibrate.py"))
        return 0 if same else 1
    with open(TABLE, "w", encoding="utf-8") as f:
        f.write(new)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

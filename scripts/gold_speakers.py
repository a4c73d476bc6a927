#!/usr/bin/env python3
"""What the speaker strings of a gold file let a canonical-name system score.

    scripts/gold_speakers.py GOLD.jsonl [PRED.jsonl] [--kind direct]

whosaid prints each quotation's speaker as a canonical name (`Victoria
Nuland` for `she said`), as the README promises. score.py counts a speaker
right when it equals the gold speaker or one of its aliases, or shares the
gold speaker's last word (or that of an alias of two words or more). So the
gold strings bound what such a system can score. Each gold quotation falls
in one class:

  name        the gold speaker or an alias of two or more words ends in a
              capitalized word that is not a pronoun: a full name with that
              surname scores (`Trump`, `Sen. Chris Murphy`)
  description the chain holds only descriptions, organisations or names
              followed by an apposition (`the Florida senator`, `Scott Reed,
              senior political strategist for ...`): only that string as
              written scores, never the person's name
  pronoun     the chain holds only pronouns (`he`): no name scores
  null        no speaker: only an empty answer scores

With predictions (whosaid's JSON Lines on the same texts), the speakers
scored wrong on matched quotations are split into those whose last word
stands somewhere in the gold speaker's chain (the same person, written
another way) and the rest. Plain Python 3; uses score.py beside the gold's
directory (../shared/eval/score.py).
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "shared", "eval"))
import score as S  # noqa: E402  (the referee's own normalization)

PRONOUNS = {"he", "she", "they", "i", "we", "it", "you", "him", "her", "them",
            "who", "his", "its", "their", "my", "our", "that", "which"}


def surname_ok(s):
    """Does the speaker string end in a capitalized, non-pronoun word that
    score.py takes as its last name?"""
    toks = S.norm_speaker(s)
    last = S.last_name(toks)
    if last is None or last in PRONOUNS:
        return False
    for raw in reversed(re.findall(r"[\w’'.-]+", s)):
        t = S.norm_speaker(raw)
        if t and t[-1] == last:
            return raw[:1].isupper()
    return False


def speaker_class(g):
    if g.get("speaker") is None:
        return "null"
    chain = [g["speaker"]] + list(g.get("speaker_aliases") or [])
    if surname_ok(g["speaker"]) or any(
            len(S.norm_speaker(a)) >= 2 and surname_ok(a) for a in chain[1:]):
        return "name"
    if any(S.norm_speaker(a) and S.norm_speaker(a)[0] not in PRONOUNS for a in chain):
        return "description"
    return "pronoun"


def main(argv):
    kinds = None
    if "--kind" in argv:
        i = argv.index("--kind")
        kinds = set(argv[i + 1].split(","))
        del argv[i:i + 2]
    if not 1 <= len(argv) <= 2:
        print(__doc__, file=sys.stderr)
        return 2
    gold, order = S.load(argv[0], "gold")
    counts = {"name": 0, "description": 0, "pronoun": 0, "null": 0}
    for did in order:
        for g in gold[did].get("quotes", []):
            if kinds is None or g.get("kind") in kinds:
                counts[speaker_class(g)] += 1
    n = sum(counts.values()) or 1
    print("| gold speaker chain | quotations | share |")
    print("|---|---:|---:|")
    for k in ("name", "description", "pronoun", "null"):
        print("| %s | %d | %.3f |" % (k, counts[k], counts[k] / n))
    if len(argv) == 2:
        pred, _ = S.load(argv[1], "prediction")
        right = same = other = 0
        for did in order:
            gq = gold[did].get("quotes", [])
            pq = pred.get(did, {}).get("quotes", [])
            for gi, pi, _j in S.match_doc(gq, pq, gold[did].get("text")):
                g, p = gq[gi], pq[pi]
                if kinds is not None and g.get("kind") not in kinds:
                    continue
                if S.speaker_right(p.get("speaker"), g.get("speaker"), g.get("speaker_aliases")):
                    right += 1
                    continue
                words = set()
                for a in [g.get("speaker")] + list(g.get("speaker_aliases") or []):
                    words |= set(S.norm_speaker(a))
                last = S.last_name(S.norm_speaker(p.get("speaker")))
                if last is not None and last in words:
                    same += 1
                else:
                    other += 1
        m = right + same + other or 1
        print()
        print("| matched quotations | count | share |")
        print("|---|---:|---:|")
        print("| speaker right (score.py) | %d | %.3f |" % (right, right / m))
        print("| wrong by score.py, the same person written another way | %d | %.3f |"
              % (same, same / m))
        print("| wrong | %d | %.3f |" % (other, other / m))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""diff_questions.py A.json B.json [KIND]: the questions two dumps of dump_questions.py do not share, by pack and
seed ("-" only in A, "+" only in B), and how many of each."""
import json
import sys

with open(sys.argv[1], encoding="utf-8") as first, open(sys.argv[2], encoding="utf-8") as second:
    before, after = json.load(first), json.load(second)
kind = sys.argv[3] if len(sys.argv) > 3 else None
removed = added = 0
for pack in sorted(set(before) | set(after)):
    for seed in sorted(set(before.get(pack, {})) | set(after.get(pack, {}))):
        old = [tuple(question) for question in before.get(pack, {}).get(seed, [])]
        new = [tuple(question) for question in after.get(pack, {}).get(seed, [])]
        lines = [("-", question) for question in old if question not in new] + \
                [("+", question) for question in new if question not in old]
        lines = [line for line in lines if not kind or line[1][0] == kind]
        if lines:
            print(f"== {pack} s{seed}")
        for sign, question in lines:
            print(f"  {sign} {question[0]}: {question[1][:400]}")
            removed += sign == "-"
            added += sign == "+"
print(f"removed {removed}, added {added}")

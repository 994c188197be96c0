"""tally.py AUDITDIR ...: strikes per 100 questions in the auditors' reports (report*.md, lines "STRIKE | pack | seed
| section | reason | …" and "COUNT | pack | seed | questions"), by section and by reason."""
import collections
import glob
import sys

strikes, counts = [], {}
for folder in sys.argv[1:]:
    for report in glob.glob(f"{folder}/report*.md"):
        with open(report, encoding="utf-8") as file:
            for line in file:
                fields = [field.strip() for field in line.split("|")]
                if fields[0] == "STRIKE" and len(fields) > 4:
                    strikes.append(fields)
                elif fields[0] == "COUNT" and len(fields) > 3:
                    counts[(fields[1], fields[2])] = int(fields[3].split()[0])
total = sum(counts.values())
print(f"{len(strikes)}/{total} = {100 * len(strikes) / max(total, 1):.1f} per 100")
print("by section", dict(collections.Counter(fields[3] for fields in strikes)))
print("by reason", dict(collections.Counter(fields[4] for fields in strikes)))

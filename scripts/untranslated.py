"""Lists the finding messages a translated report still shows in English: per rule, how
many and one example. Usage:
  phiguard scan crates/rules/fixtures examples --lang ja --format json --no-config \
    | python3 scripts/untranslated.py
A Japanese, Chinese or Korean message is English when it has no CJK character. For a
language written in Latin letters (de), compare with an English scan of the same input:
a message that is the same in both is English.
  phiguard scan ... --lang en --format json --no-config > en.json
  phiguard scan ... --lang de --format json --no-config \
    | python3 scripts/untranslated.py --against en.json"""
import argparse, collections, json, re, sys

ap = argparse.ArgumentParser()
ap.add_argument("--against", help="JSON report of the same scan in English")
opts = ap.parse_args()
d = json.load(sys.stdin)
if opts.against:
    with open(opts.against) as f:
        en = json.load(f)["findings"]
    if [f["rule_id"] for f in en] != [f["rule_id"] for f in d["findings"]]:
        sys.exit("the English report has other findings: scan the same input")
    english = lambda i, m: m == en[i]["message"]
else:
    cjk = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]")
    english = lambda i, m: not cjk.search(m)
per = collections.defaultdict(list)
total = 0
for i, f in enumerate(d["findings"]):
    total += 1
    m = f["message"]
    if english(i, m):
        per[f["rule_id"]].append(m)
n = sum(len(v) for v in per.values())
print(f"{n} of {total} findings keep an English message, in {len(per)} rules")
for r, ms in sorted(per.items(), key=lambda x: -len(x[1])):
    uniq = sorted(set(ms))
    print(f"{len(ms):5} {r}: {uniq[0][:150]}" + (f"  (+{len(uniq)-1} other)" if len(uniq) > 1 else ""))

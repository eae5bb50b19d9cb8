"""Lists the finding messages a Japanese report still shows in English: per rule, how many
and one example. Usage:
  phiguard scan crates/rules/fixtures examples --lang ja --format json --no-config \
    | python3 scripts/untranslated.py"""
import collections, json, re, sys
d = json.load(sys.stdin)
cjk = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
per = collections.defaultdict(list)
total = 0
for f in d["findings"]:
    total += 1
    m = f["message"]
    if not cjk.search(m):
        per[f["rule_id"]].append(m)
n = sum(len(v) for v in per.values())
print(f"{n} of {total} findings keep an English message, in {len(per)} rules")
for r, ms in sorted(per.items(), key=lambda x: -len(x[1])):
    uniq = sorted(set(ms))
    print(f"{len(ms):5} {r}: {uniq[0][:150]}" + (f"  (+{len(uniq)-1} other)" if len(uniq) > 1 else ""))

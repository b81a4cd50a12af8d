"""bench/loop: prints the loop's figures from the files bench/loop/run wrote.
Usage: summary.py WORK_DIR CHAMPION_VERSION RETRAIN_EXIT TICKS_JSONL"""
import json
import sys
from datetime import datetime

work, old, retrain_exit, ticks_path = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]


def load(name):
    with open(f"{work}/{name}") as f:
        return json.load(f)


reference, before, after = (load(n)["accuracy"] for n in ("reference.json", "before.json", "after.json"))
feedback = load("feedback.json")
retrain = load("retrain.json")
with open(ticks_path) as f:
    tick = json.loads(f.read().splitlines()[-1])
fired = [t for t in tick["triggers"] if t["fired"]]
tick_at = datetime.fromisoformat(tick["at"]).timestamp()

answers = []
with open(f"{work}/client.tsv") as f:
    for line in f:
        at, status, version = line.split()
        answers.append((float(at), int(status), version))
failed = sum(1 for _, status, _ in answers if status != 200)
new_answers = [a for a in answers if a[2] not in ("-", old)]
first_new = new_answers[0] if new_answers else None
during = [a for a in answers if a[0] >= tick_at]

status = retrain.get("status")
candidate = (retrain.get("gate") or {}).get("candidate_version")
parent, child = retrain.get("parent_run_id"), retrain.get("child_run_id")
print(f"retrain:                           exit {retrain_exit}, {status}: {retrain.get('summary')}; champion v{old} -> v{candidate}")
print(f"reference accuracy (held-out):     {reference:.4f}")
print(f"drifted held-out accuracy before:  {before:.4f}  (Weight:-8, --from test, never labelled)")
print(f"drifted held-out accuracy after:   {after:.4f}")
print(f"feedback:                          {feedback['labels_accepted']} drifted training rows with their labels "
      f"(the champion answered {feedback['accuracy']:.4f} of them right)")
for t in fired:
    figures = ", ".join(f"{k}={v:g}" for k, v in t["figures"].items())
    print(f"trigger fired:                     {t['name']} ({figures})")
print(f"trigger -> new champion answering: " + (f"{first_new[0] - tick_at:.1f} s" if first_new else "never (within the wait)"))
print(f"requests across the reload:        {len(answers)} sent, {failed} failed ({len(new_answers)} answered by v{candidate})")
print(f"audit runs:                        parent {parent}, child {child}")
pairs = {
    "reference_accuracy": f"{reference:.4f}",
    "before_accuracy": f"{before:.4f}",
    "after_accuracy": f"{after:.4f}",
    "triggers": "+".join(t["name"] for t in fired) or "none",
    "trigger_to_answer_s": f"{first_new[0] - tick_at:.1f}" if first_new else "nan",
    "requests": len(answers),
    "failed_requests": failed,
    "champion_from": old,
    "champion_to": candidate,
    "parent_run": parent,
    "child_run": child,
}
print(" ".join(f"{k}={v}" for k, v in pairs.items()))

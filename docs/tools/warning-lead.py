#!/usr/bin/env python3
"""Lead time and hits of the capacity warnings in run folders, for docs/validation.md.

Usage: python3 docs/tools/warning-lead.py [--from YYYY-MM] RUN_FOLDER...

For each folder (the output of `bosim run` or `bosim backtest`) it reads timeseries.csv, alerts.csv
and capacity_orders.csv and prints one Markdown row:
- the first month occupancy passes 95 % (occupancy counts emergency places among the places);
- the first month emergency places are bought (KAP-01), the stricter sign that reception is short;
- the first capacity warning (VARSEL-01, -07, -09 or -10) and its lead in months before each of the two;
- each warning's hits and false alarms. A capacity warning is a hit when reception is short (occupancy
  over 95 % or emergency places bought) in its month or the six after; VARSEL-02 (places stand empty)
  is a hit when occupancy stays under 75 % in the three months after.
--from counts only months from that month on (a projection's start), so a replayed history is context.
"""
import csv
import sys

CAPACITY = ("VARSEL-01", "VARSEL-07", "VARSEL-09", "VARSEL-10")
SHORT_OCCUPANCY = 0.95
EMPTY_OCCUPANCY = 0.75
HIT_WINDOW = 6
EMPTY_WINDOW = 3


def months_between(a, b):
    ya, ma = map(int, a.split("-"))
    yb, mb = map(int, b.split("-"))
    return (yb - ya) * 12 + (mb - ma)


def read(folder, start):
    with open(f"{folder}/timeseries.csv", newline="", encoding="utf-8") as f:
        series = [r for r in csv.DictReader(f) if r["month"] >= start]
    with open(f"{folder}/alerts.csv", newline="", encoding="utf-8") as f:
        alerts = [r for r in csv.DictReader(f) if r["month"] >= start]
    with open(f"{folder}/capacity_orders.csv", newline="", encoding="utf-8") as f:
        bought = sorted({r["ordered"] for r in csv.DictReader(f) if r["kind"] == "akutt" and r["ordered"] >= start})
    return series, alerts, bought


def row(folder, start):
    series, alerts, bought = read(folder, start)
    occupancy = {r["month"]: float(r["occupancy"]) for r in series}
    months = [r["month"] for r in series]
    over = [m for m in months if occupancy[m] > SHORT_OCCUPANCY]
    short = sorted(set(over) | set(bought))
    warnings = [(a["month"], a["rule_id"]) for a in alerts if a["rule_id"] in CAPACITY]
    first = warnings[0][0] if warnings else None

    def lead(event):
        if not event:
            return "never short"
        if not first:
            return "no warning"
        return str(months_between(first, event))

    tally = {}
    for month, rule in warnings:
        hit = any(0 <= months_between(month, s) <= HIT_WINDOW for s in short)
        tally.setdefault(rule, [0, 0])[0 if hit else 1] += 1
    for a in alerts:
        if a["rule_id"] == "VARSEL-02":
            after = [m for m in months if 0 < months_between(a["month"], m) <= EMPTY_WINDOW]
            hit = len(after) == EMPTY_WINDOW and all(occupancy[m] < EMPTY_OCCUPANCY for m in after)
            tally.setdefault("VARSEL-02", [0, 0])[0 if hit else 1] += 1
    hits = ", ".join(f"{r} {h}/{f}" for r, (h, f) in sorted(tally.items()))
    cells = [folder, over[0] if over else "never", bought[0] if bought else "never",
             f"{first} ({warnings[0][1]})" if warnings else "none",
             lead(over[0] if over else None), lead(bought[0] if bought else None), hits or "-"]
    return "| " + " | ".join(cells) + " |"


def main(argv):
    start = "0000-00"
    if len(argv) > 1 and argv[0] == "--from":
        start, argv = argv[1], argv[2:]
    if not argv:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    print("| run | occupancy over 95 % | emergency places bought | first capacity warning "
          "| lead before 95 % | lead before emergency places | hits/false alarms |")
    print("|---|---|---|---|---|---|---|")
    for folder in argv:
        print(row(folder, start))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

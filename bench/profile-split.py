"""Splits an async-profiler collapsed-stack file (with thread names, as bench/profile.sh makes it)
into where the CPU went: by thread (ensemble workers, the two JIT compilers, the garbage collector,
the rest), and within the workers' runs by phase (the yearly planning, the monthly rules, the cost
rules, and the simulator's bookkeeping, which is the rest of a run), each split again into time
in calls into a Drools session (the engine and the rules' own code) and time in bosim's Java around
them (gathering facts, the request distribution, the simulator). Usage: profile-split.py FILE"""
import collections
import sys

PHASES = [  # a run's sample belongs to the phase whose method is on its stack (they never nest)
    ("yearly planning", ("DroolsPolicy.planYear",)),
    ("monthly rules", ("DroolsPolicy.decideMonth",)),
    ("cost rules", ("DroolsPolicy.assessCosts",)),
]


def thread_of(name):
    if name.startswith("[bosim-ensemble"):
        return "ensemble workers"
    if name.startswith("[C2 "):
        return "optimising compiler (C2)"
    if name.startswith("[C1 "):
        return "quick compiler (C1)"
    if name.startswith("[GC ") or name.startswith("[VM Thread"):
        return "garbage collector and VM"
    return "other"


def main(path):
    threads = collections.Counter()
    phases = collections.Counter()
    inside = collections.Counter()
    total = 0
    for line in open(path, encoding="utf-8"):
        stack, _, count = line.rstrip("\n").rpartition(" ")
        if not stack:
            continue
        n = int(count)
        frames = stack.split(";")
        total += n
        threads[thread_of(frames[0])] += n
        if not any("Simulation.run" in f for f in frames):
            continue
        phase = "the simulator's bookkeeping"
        for name, marks in PHASES:
            if any(m in f for f in frames for m in marks):
                phase = name
                break
        phases[phase] += n
        # In a call into a Drools session (firing, inserting, disposing), the rules' own generated
        # code and what it calls included; the rest of a phase is bosim's Java around the rules.
        if any(f.startswith("org/drools/") for f in frames):
            inside[phase] += n
    if total == 0:
        sys.exit("profile-split.py: " + path + " holds no samples")
    print(f"CPU samples: {total}")
    print("by thread:")
    for name, n in threads.most_common():
        print(f"  {name:<28} {100 * n / total:5.1f} %")
    runs = sum(phases.values())
    print("within the runs, by phase (share of the runs' samples; of it in calls into a Drools session):")
    for name in [p for p, _ in PHASES] + ["the simulator's bookkeeping"]:
        n = phases[name]
        share = 100 * inside[name] / n if n else 0
        print(f"  {name:<28} {100 * n / runs:5.1f} %   (in Drools {share:4.1f} %)")
    rules = sum(phases[p] for p, _ in PHASES)
    book = phases["the simulator's bookkeeping"]
    if book:
        print(f"rules over bookkeeping: {rules / book:.2f}")


if __name__ == "__main__":
    main(sys.argv[1])

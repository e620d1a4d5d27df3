#!/usr/bin/env python3
"""Writes docs/parameters.md from scenarios/parameters/*.yaml (run from the project root).
A test (ParameterDocsTest) fails when the page and the files disagree."""
import yaml

HEADER = """# Parameters and their sources

Every number a policy maker might change is a dated parameter in
[`scenarios/parameters/core.yaml`](../scenarios/parameters/core.yaml) (the simulator) or
[`scenarios/parameters/rules.yaml`](../scenarios/parameters/rules.yaml) (the rule sets). Each value
is in force from its month until the next value; each cites a source (title and address) or states
an assumption and why, or it fails to load. The earliest value of each is dated 2014-01, the
earliest start bosim supports; where its source is from a later year the value is assumed to hold
back to 2014. A scenario overlays values with `parameters:` ([scenarios.md](scenarios.md)).
Which were calibrated, and on what: [validation.md](validation.md#what-was-calibrated-and-on-what).

Each parameter also has its description in Norwegian (`beskrivelse`), each assumed value its reason
in Norwegian (`antakelse`) and each source its title in Norwegian (`tittel`), which the briefing
and report use in Norwegian; in the series files the column `grunnlag` holds the same. Without
them a Norwegian briefing shows the English text. The tables below give the English.

This page is written from the parameter files by `python3 docs/tools/parameters.py`."""


def main():
    out = [HEADER]
    for f, title in [("core.yaml", "The simulator (`core.yaml`)"), ("rules.yaml", "The rule sets (`rules.yaml`)")]:
        d = yaml.safe_load(open("scenarios/parameters/" + f, encoding="utf-8"))
        out += ["", "## " + title, "", "| parameter | what it is | unit | from: value | basis |", "|---|---|---|---|---|"]
        for name, p in d.items():
            values = sorted(p["values"].items(), key=lambda kv: str(kv[0]))
            cells, basis = [], []
            for date, v in values:
                cells.append(f"{date}: {v['value']}")
                if "source" in v:
                    basis.append(f"source: [{v['source']['title']}]({v['source']['url']})")
                else:
                    basis.append("assumption: " + v["assumption"])
            out.append("| `{}` | {} | {} | {} | {} |".format(name, p["description"].replace("|", "/"), p["unit"],
                                                             "<br>".join(cells), "<br>".join(b.replace("|", "/") for b in basis)))
    open("docs/parameters.md", "w", encoding="utf-8").write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()

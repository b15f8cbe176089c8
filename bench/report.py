"""Merges the JSON of each `minutebook bench` run into bench/results/latest.json, a Markdown table
and an SVG scaling chart (latency against history size). Standard library only."""

import argparse
import datetime
import json
import os
import platform
import subprocess
from pathlib import Path

# The figures compared over time, with their goal (issue 10): (key, comparison, goal, what).
HEADLINE = [
    ("http.ratio_c50", ">=", 0.45, "public page req/s vs nginx, 50 connections"),
    ("http.ratio_c200", ">=", 0.45, "public page req/s vs nginx, 200 connections"),
    ("http.p99_ms_c200", "<", 10.0, "public page p99 latency, 200 connections"),
    ("http.rps_c200", None, None, "public page req/s, 200 connections"),
    ("http.signed_in.ratio_c200", ">=", 0.08, "signed-in (uncached) meeting page req/s vs nginx, 200 connections"),
    ("http.signed_in.p99_ms_c200", None, None, "signed-in meeting page p99 latency, 200 connections"),
    ("nginx.rps_c200", None, None, "nginx req/s on the same bytes, 200 connections"),
    ("import.mb_per_s", None, None, "importer MB/s over a generated corpus in three layouts"),
    ("matters_arising.ms", "<", 50.0, "draft one Matters Arising report"),
    ("search.p50_ms", None, None, "search p50 over 200 queries"),
    ("search.p95_ms", "<", 20.0, "search p95 over 200 queries"),
    ("pack.s", None, None, "build a 200-page agenda pack"),
    ("memory.rss_mb", "<", 100.0, "server RSS after the http run"),
]

# The series plotted against history size.
SCALING = [
    ("http.p50_ms_c50", "http p50, c50"),
    ("http.p99_ms_c200", "http p99, c200"),
    ("http.signed_in.p99_ms_c200", "signed-in page p99, c200"),
    ("matters_arising.ms", "Matters Arising"),
    ("search.p50_ms", "search p50"),
    ("search.p95_ms", "search p95"),
]


def machine():
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                mem = f"{int(line.split()[1]) // 1024 // 1024 + 1} GB RAM"
    except OSError:
        pass
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    return f"{cpu}, {os.cpu_count()} cores, {mem}, {platform.system()} {platform.release()}, load average {load} (shared box)"


def git_commit(root):
    try:
        commit = subprocess.run(["git", "-C", str(root), "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
        dirty = subprocess.run(["git", "-C", str(root), "status", "--porcelain", "--untracked-files=no"], capture_output=True, text=True).stdout.strip()
        return commit + ("-dirty" if dirty else "")
    except OSError:
        return "unknown"


def load(raw, label):
    path = raw / f"{label}.json"
    if not path.exists():
        return None
    try:
        return json.loads(path.read_text())
    except json.JSONDecodeError:
        return {"failed": path.read_text()[:300]}


def met(value, comparison, goal):
    if comparison is None or value is None:
        return ""
    ok = value >= goal if comparison == ">=" else value < goal
    return "yes" if ok else "NO"


def svg_chart(series, path):
    """Latency (ms, log scale) against meetings in the dataset (log scale), one line per series."""
    import math

    points = [(x, y) for s in series.values() for (x, y) in s if x > 0 and y > 0]
    width, height, left, right, top, bottom = 760, 420, 70, 210, 40, 60
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
           'font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="#fff"/>',
           f'<text x="{left}" y="22" font-size="15" font-weight="bold">Latency against history size</text>']
    if not points:
        out.append(f'<text x="{left}" y="{height / 2}">No scaling figures were measured in this run.</text></svg>')
        path.write_text("\n".join(out))
        return
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, x1 = math.floor(math.log10(min(xs))), math.ceil(math.log10(max(xs)))
    y0, y1 = math.floor(math.log10(min(ys))), math.ceil(math.log10(max(ys)))
    if x1 == x0:
        x1 += 1
    if y1 == y0:
        y1 += 1
    plot_w, plot_h = width - left - right, height - top - bottom

    def px(x):
        return left + (math.log10(x) - x0) / (x1 - x0) * plot_w

    def py(y):
        return top + plot_h - (math.log10(y) - y0) / (y1 - y0) * plot_h

    for e in range(x0, x1 + 1):
        x = left + (e - x0) / (x1 - x0) * plot_w
        out.append(f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + plot_h}" stroke="#ddd"/>')
        out.append(f'<text x="{x:.1f}" y="{top + plot_h + 18}" text-anchor="middle">{10 ** e:,}</text>')
    for e in range(y0, y1 + 1):
        y = top + plot_h - (e - y0) / (y1 - y0) * plot_h
        label = f"{10.0 ** e:g}"
        out.append(f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#ddd"/>')
        out.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{label}</text>')
    out.append(f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#0b0c0c"/>')
    out.append(f'<text x="{left + plot_w / 2}" y="{height - 18}" text-anchor="middle">meetings in the database (log scale)</text>')
    out.append(f'<text transform="translate(18 {top + plot_h / 2}) rotate(-90)" text-anchor="middle">milliseconds (log scale)</text>')
    colours = ["#1d70b8", "#d4351c", "#00703c", "#f47738", "#4c2c92", "#5694ca"]
    for i, (name, pts) in enumerate(series.items()):
        pts = sorted((x, y) for (x, y) in pts if x > 0 and y > 0)
        if not pts:
            continue
        c = colours[i % len(colours)]
        d = " ".join(f"{px(x):.1f},{py(y):.1f}" for (x, y) in pts)
        out.append(f'<polyline points="{d}" fill="none" stroke="{c}" stroke-width="2"/>')
        for (x, y) in pts:
            out.append(f'<circle cx="{px(x):.1f}" cy="{py(y):.1f}" r="3.5" fill="{c}"><title>{name}: {y:g} ms at {x:,} meetings</title></circle>')
        ly = top + 10 + i * 20
        out.append(f'<line x1="{left + plot_w + 14}" y1="{ly}" x2="{left + plot_w + 34}" y2="{ly}" stroke="{c}" stroke-width="2"/>')
        out.append(f'<text x="{left + plot_w + 40}" y="{ly + 4}">{name}</text>')
    out.append("</svg>")
    path.write_text("\n".join(out) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--raw", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--scale", required=True)
    ap.add_argument("--partnerships", type=int, required=True)
    ap.add_argument("--years", type=int, required=True)
    ap.add_argument("--seed", required=True)
    ap.add_argument("--duration", type=int, required=True)
    args = ap.parse_args()
    raw, out = Path(args.raw), Path(args.out)
    root = Path(__file__).resolve().parent.parent
    run = {
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "commit": git_commit(root),
        "machine": machine(),
        "scale": args.scale,
        "dataset": f"{args.partnerships} partnerships x {args.years} years, seed {args.seed}",
        "wrk_seconds_per_run": args.duration,
    }

    fractions = []
    for line in (raw / "fractions.txt").read_text().splitlines():
        pct, n, gen = line.split()
        fractions.append((int(pct), int(n), int(gen)))

    figures, units, facts, notes, unavailable = {}, {}, {}, [], []
    scaling = {key: [] for key, _ in SCALING}
    for pct, n, gen in fractions:
        per_fraction = {}
        meetings = None
        for bench in ("http", "matters-arising", "search"):
            result = load(raw, f"{bench}-{pct}")
            if result is None:
                continue
            if "failed" in result:
                if pct == 100:
                    unavailable.append(f"{bench}: {result['failed'].strip()}")
                continue
            per_fraction.update(result.get("figures", {}))
            units.update(result.get("units", {}))
            if pct == 100:
                facts.update(result.get("facts", {}))
                notes += [f"{bench}: {x}" for x in result.get("notes", [])]
            meetings = result.get("figures", {}).get("dataset.meetings", meetings)
        if pct == 100:
            figures.update(per_fraction)
            facts["dataset.generation_s"] = gen
        for key, _ in SCALING:
            if key in per_fraction and meetings:
                scaling[key].append({"fraction_pct": pct, "partnerships": n, "meetings": int(meetings), "value": per_fraction[key]})
    for bench in ("import", "pack"):
        result = load(raw, bench)
        if result is None:
            continue
        if "failed" in result:
            unavailable.append(f"{bench}: {result['failed'].strip()}")
            continue
        figures.update(result.get("figures", {}))
        units.update(result.get("units", {}))
        facts.update(result.get("facts", {}))
        notes += [f"{bench}: {x}" for x in result.get("notes", [])]

    keyed = {}
    for key, value in sorted(figures.items()):
        keyed[key] = {"value": value, "unit": units.get(key, ""), "date": run["date"], "commit": run["commit"], "machine": run["machine"]}
    for key, _, _, _ in HEADLINE:
        keyed.setdefault(key, {"value": None, "unit": units.get(key, ""), "date": run["date"], "commit": run["commit"],
                               "machine": run["machine"], "missing": "not measured in this run (see unavailable)"})
    generation = [{"fraction_pct": p, "partnerships": n, "seconds": g} for p, n, g in fractions]
    result = {
        "run": run,
        "generation": generation,
        "figures": keyed,
        "scaling": {key: {"date": run["date"], "commit": run["commit"], "machine": run["machine"], "points": pts}
                    for key, pts in scaling.items()},
        "facts": facts,
        "notes": notes,
        "unavailable": unavailable,
    }
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.json").write_text(json.dumps(result, indent=2, sort_keys=True) + "\n")

    md = [f"# Minutebook benchmark: {run['date']}", "",
          f"Commit `{run['commit']}`, {run['dataset']} ({args.scale}); wrk {args.duration} s per run.", "",
          f"Machine: {run['machine']}.", "",
          "| figure | value | goal | met | what |", "|---|---|---|---|---|"]
    for key, comparison, goal, what in HEADLINE:
        v = keyed[key]["value"]
        shown = "not measured" if v is None else f"{v:g} {keyed[key]['unit']}".strip()
        g = "" if comparison is None else f"{comparison} {goal:g}"
        md.append(f"| `{key}` | {shown} | {g} | {met(v, comparison, goal)} | {what} |")
    md += ["", "Every page measured (Minutebook against nginx serving the same bytes):", "",
           "| page | c | Minutebook req/s | p50 ms | p99 ms | nginx req/s | nginx p99 ms | ratio |", "|---|---|---|---|---|---|---|---|"]
    for page in ("meeting", "body", "api", "home", "signed_in"):
        for c in (50, 200):
            k = f"http.{page}.rps_c{c}"
            if k not in figures:
                continue
            def f(key):
                return "-" if key not in figures else f"{figures[key]:g}"
            md.append(f"| {page} (`{facts.get(f'http.{page}.path', '')}`) | {c} | {figures[k]:g} | {f(f'http.{page}.p50_ms_c{c}')} | "
                      f"{f(f'http.{page}.p99_ms_c{c}')} | {figures[f'nginx.{page}.rps_c{c}']:g} | "
                      f"{figures[f'nginx.{page}.p99_ms_c{c}']:g} | {figures[f'http.{page}.ratio_c{c}']:g} |")
    md += ["", "Scaling (history size: meetings in the database):", "", "| series | " + " | ".join(f"{p}%" for p, _, _ in fractions) + " |",
           "|---|" + "---|" * len(fractions)]
    for key, name in SCALING:
        cells = []
        for p, _, _ in fractions:
            pt = next((x for x in scaling[key] if x["fraction_pct"] == p), None)
            cells.append("" if pt is None else f"{pt['value']:g} ms ({pt['meetings']:,} meetings)")
        md.append(f"| {name} | " + " | ".join(cells) + " |")
    md += ["", "Generating the datasets (`minutebook demo --no-serve --partnerships N --years Y`, release build; timed when generated, datasets are kept between runs):", "",
           "| fraction | partnerships | seconds |", "|---|---|---|"]
    md += [f"| {p}% | {n} | {g} |" for p, n, g in fractions]
    if unavailable:
        md += ["", "Not measured:", ""] + [f"- {u}" for u in unavailable]
    if notes:
        md += ["", "Notes:", ""] + [f"- {n}" for n in notes]
    (out / "latest.md").write_text("\n".join(md) + "\n")

    svg_chart({name: [(p["meetings"], p["value"]) for p in scaling[key]] for key, name in SCALING}, out / "scaling.svg")


if __name__ == "__main__":
    main()

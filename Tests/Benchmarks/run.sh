#!/usr/bin/env bash
# Benchmarks dxplan (release build) against Python peers on the same inputs, in one run, and
# prints a table with ratios. See Docs/Performance.md for the figures and how to read them.
#
#   Tests/Benchmarks/run.sh [DATA_DIR] [--quick]
#
# DATA_DIR defaults to ../shared/data relative to the package root ($DXPLAN_SHARED_DATA wins). --quick skips the slow
# Python aggregation peers on the full table (~35 s and ~2 min). Needs python3 with venv, and
# PyPI access the first time (aggregate6, pytricia into .build-bench-venv/, git-ignored).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# Like the tests: $DXPLAN_SHARED_DATA, else ../shared/data, else ../../shared/data (a nested copy).
data="${DXPLAN_SHARED_DATA:-../shared/data}"
[ -d "$data" ] || [ ! -d ../../shared/data ] || data="../../shared/data"
quick=0
for argument in "$@"; do
    case "$argument" in
        --quick) quick=1 ;;
        *) data="$argument" ;;
    esac
done
data="$(cd "$data" && pwd)"
out="$(mktemp -d "${TMPDIR:-/tmp}/dxplan-bench.XXXXXX")"
trap 'rm -rf "$out"' EXIT

echo "== machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "== data: $data"

echo "== swift build -c release --product dxplan-bench"
swift build -c release --product dxplan-bench 2>&1 | tail -1
bench="$(swift build -c release --product dxplan-bench --show-bin-path)/dxplan-bench"

venv="$root/.build-bench-venv"
if [ ! -x "$venv/bin/python" ]; then
    echo "== creating $venv"
    python3 -m venv "$venv"
fi
"$venv/bin/python" -c 'import aggregate6' 2>/dev/null || "$venv/bin/pip" install -q aggregate6
have_pytricia=1
if ! "$venv/bin/python" -c 'import pytricia' 2>/dev/null; then
    if ! "$venv/bin/pip" install -q pytricia; then
        echo "!! pytricia failed to build/install: the LPM comparison runs without its Python peer"
        have_pytricia=0
    fi
fi
py="$venv/bin/python"
peers="$root/Tests/Benchmarks/peers.py"

echo "== dxplan-bench (swift)"
for mode in load ipranges aggregate lpm; do
    "$bench" "$mode" "$data" "$out" | tee -a "$out/swift.txt"
done
# simulate every example topology, without and with the full table as the first ISP's table,
# one process each so that peak RSS is per run
for topology in "$root"/Topologies/*.yaml; do
    name="$(basename "$topology" .yaml)"
    "$bench" simulate "$topology" - "$name" | tee -a "$out/swift.txt"
    "$bench" simulate "$topology" "$data/bgp-fulltable-prefixes-v4v6-circa-2024-01.txt.gz" "$name+fulltable" | tee -a "$out/swift.txt"
done
# issue 17 scale cases: generated topologies with many VIFs (one process each, so that peak RSS
# is per case), megabyte-long unknown names
# (250, 500 and 1,000 with --each-failure show whether the time per VIF stays flat: linear)
for vifs in 200 250 500 1000; do
    "$bench" scale "$vifs" each "$out" 3 | tee -a "$out/swift.txt"
done
"$bench" scale 10000 plain "$out" 3 | tee -a "$out/swift.txt"
for which in location region key; do
    "$bench" unknown 1000000 "$which" "$out" 5 | tee -a "$out/swift.txt"
done
echo "== python peers"
"$py" "$peers" tableparse "$data" | tee -a "$out/python.txt"
"$py" "$peers" ipranges "$data" | tee -a "$out/python.txt"
[ "$have_pytricia" = 1 ] && "$py" "$peers" lpm "$data" "$out" | tee -a "$out/python.txt"
if [ "$quick" = 1 ]; then
    echo "(--quick: skipping the Python aggregation peers)"
else
    "$py" "$peers" collapse "$data" "$out" | tee -a "$out/python.txt"
    "$py" "$peers" aggregate6 "$data" "$out" | tee -a "$out/python.txt"
fi

echo "== aggregation outputs"
for name in ipranges fulltable; do
    for peer in python aggregate6; do
        file="$out/$peer-collapse-$name.txt"
        [ -f "$file" ] || continue
        if cmp -s "$out/swift-collapse-$name.txt" "$file"; then
            echo "RESULT identical.$peer.$name 1 bool" | tee -a "$out/python.txt"
        else
            echo "RESULT identical.$peer.$name 0 bool" | tee -a "$out/python.txt"
            diff "$out/swift-collapse-$name.txt" "$file" | head -5 || true
        fi
    done
done

echo
"$py" - "$out/swift.txt" "$out/python.txt" <<'PY'
import sys
def read(path):
    values = {}
    for line in open(path):
        if line.startswith("RESULT "):
            _, name, value, unit = line.split()
            values[name] = (float(value), unit)
    return values
s, p = read(sys.argv[1]), read(sys.argv[2])
def v(d, k): return d[k][0] if k in d else None
rows = [
    ("ip-ranges load + index (ms)", "ipranges.load_index", "ipranges.load_index", "json.load + ip_network", 50, "max"),
    ("full table gunzip + parse (ms)", "fulltable.load", None, "", 1000, "max"),
    ("full table parse only (ms)", "fulltable.parse", None, "", None, "max"),
    ("RIS RIB gunzip + parse (ms)", "rib.load", None, "", None, "max"),
    ("collapse ip-ranges (ms)", "collapse.ipranges", "collapse.ipranges", "ipaddress", 500, "max"),
    ("collapse ip-ranges (ms)", "collapse.ipranges", "aggregate6.ipranges", "aggregate6", 500, "max"),
    ("collapse full table (ms)", "collapse.fulltable", "collapse.fulltable", "ipaddress", 500, "max"),
    ("collapse full table (ms)", "collapse.fulltable", "aggregate6.fulltable", "aggregate6", 500, "max"),
    ("LPM table build, full table (ms)", "lpm.build", "lpm.build", "pytricia", 500, "max"),
    ("LPM trie build, full table (ms)", "lpm.build_trie", "lpm.build", "pytricia", None, "max"),
    ("LPM table size (MiB)", "lpm.storage", None, "", 100, "max"),
    ("LPM IPv4 uniform, batched (/s)", "lpm.v4-uniform.batch_rate", "lpm.v4-uniform.rate", "pytricia", 20e6, "min"),
    ("LPM IPv4 in-table, batched (/s)", "lpm.v4-inside.batch_rate", "lpm.v4-inside.rate", "pytricia", 20e6, "min"),
    ("LPM IPv6 in-table, batched (/s)", "lpm.v6-inside.batch_rate", "lpm.v6-inside.rate", "pytricia", None, "min"),
    ("LPM IPv4 in-table, batched best (/s)", "lpm.v4-inside.batch_best", "lpm.v4-inside.rate", "pytricia", None, "min"),
    ("LPM IPv4 uniform, one by one (/s)", "lpm.v4-uniform.rate", "lpm.v4-uniform.rate", "pytricia", None, "min"),
    ("LPM IPv4 in-table, one by one (/s)", "lpm.v4-inside.rate", "lpm.v4-inside.rate", "pytricia", None, "min"),
    ("LPM IPv6 in-table, one by one (/s)", "lpm.v6-inside.rate", "lpm.v6-inside.rate", "pytricia", None, "min"),
    ("LPM IPv4 in-table, trie (/s)", "lpm.v4-inside.trie_rate", "lpm.v4-inside.rate", "pytricia", None, "min"),
    ("LPM IPv6 in-table, trie (/s)", "lpm.v6-inside.trie_rate", "lpm.v6-inside.rate", "pytricia", None, "min"),
    ("LPM process peak RSS (MiB)", "lpm.peak_rss", "lpm.peak_rss", "pytricia", None, "max"),
]
def fmt(x):
    if x is None: return "-"
    return f"{x:,.0f}" if abs(x) >= 100 else f"{x:.2f}"
print(f"{'measurement':36} {'dxplan':>14} {'python':>14} {'peer':24} {'speed-up':>9} {'target':>12}")
for label, sk, pk, peer, target, kind in rows:
    sv, pv = v(s, sk), (v(p, pk) if pk else None)
    ratio = "-"
    if sv is not None and pv is not None and sv > 0 and pv > 0:
        ratio = f"{(pv / sv if kind == 'max' else sv / pv):,.1f}x"
    goal = "-"
    if target is not None and sv is not None:
        ok = sv <= target if kind == "max" else sv >= target
        goal = ("<= " if kind == "max" else ">= ") + fmt(target) + (" ok" if ok else " MISS")
    print(f"{label:36} {fmt(sv):>14} {fmt(pv):>14} {peer:24} {ratio:>9} {goal:>12}")
print()
print(f"{'simulate (end to end)':40} {'time ms':>9} {'peak MiB':>9} {'target':>16}")
for key in sorted(k for k in s if k.startswith("simulate.") and k.endswith(".time")):
    label = key[len("simulate."):-len(".time")]
    table = label.endswith("+fulltable")
    limit_ms, limit_mib = (250, 95) if table else (200, None)
    t, m = v(s, key), v(s, f"simulate.{label}.peak_rss")
    ok = t <= limit_ms and (limit_mib is None or m <= limit_mib)
    goal = f"<= {limit_ms} ms" + (f", {limit_mib} MiB" if limit_mib else "") + (" ok" if ok else " MISS")
    print(f"{label:40} {fmt(t):>9} {fmt(m):>9} {goal:>16}")
print()
print(f"{'scale (issue 17)':40} {'median ms':>10} {'best ms':>9} {'worst ms':>9} {'peak MiB':>9} {'target':>22}")
targets = {"scale.200.each": (10000, 1000), "scale.1000.each": (None, None), "scale.10000": (10000, 500)}
for key in sorted(k for k in s if k.startswith(("scale.", "unknown.")) and k.endswith(".time")):
    label = key[:-len(".time")]
    t, b, w, m = v(s, key), v(s, f"{label}.best"), v(s, f"{label}.worst"), v(s, f"{label}.peak_rss")
    limit_ms, limit_mib = targets.get(label, (100, None) if label.startswith("unknown.") else (None, None))
    goal = "-"
    if limit_ms is not None:
        ok = t <= limit_ms and (limit_mib is None or m <= limit_mib)
        goal = f"<= {limit_ms} ms" + (f", {limit_mib} MiB" if limit_mib else "") + (" ok" if ok else " MISS")
    print(f"{label:40} {fmt(t):>10} {fmt(b):>9} {fmt(w):>9} {fmt(m):>9} {goal:>22}")
each = sorted((int(k.split(".")[1]), v(s, k)) for k in s if k.startswith("scale.") and k.endswith(".each.time"))
if each:
    print("each-failure time per VIF: " + ", ".join(f"{n:,} VIFs {t / n:.2f} ms" for n, t in each))
    per = {n: t / n for n, t in each}
    if 250 in per and 1000 in per:
        ratio = per[1000] / per[250]
        print(f"linear in the VIF count (per-VIF time at 1,000 within 1.5x of 250): {ratio:.2f}x " + ("ok" if ratio <= 1.5 else "MISS"))
full = [k for k in s if k.startswith("simulate.") and k.endswith("+fulltable.time")]
if full and v(p, "table.split") is not None:
    best = min(v(s, k) for k in full)
    print(f"full-table simulate, fastest example: {fmt(best)} ms; Python gzip + split lines only: "
          f"{fmt(v(p, 'table.split'))} ms ({v(p, 'table.split') / best:.1f}x), + ipaddress: "
          f"{fmt(v(p, 'table.ipaddress'))} ms ({v(p, 'table.ipaddress') / best:.0f}x, peak {fmt(v(p, 'table.ipaddress.peak_rss'))} MiB)")
print()
for name in ("v4-uniform", "v4-inside", "v6-inside"):
    a = (v(s, f"lpm.{name}.matched"), v(s, f"lpm.{name}.length_sum"))
    b = (v(p, f"lpm.{name}.matched"), v(p, f"lpm.{name}.length_sum"))
    if b[0] is not None:
        print(f"LPM {name}: matched {fmt(a[0])}, prefix-length sum {fmt(a[1])}; pytricia {'agrees' if a == b else 'DIFFERS: ' + str(b)}")
for key in sorted(k for k in p if k.startswith("identical.")):
    _, peer, name = key.split(".")
    print(f"collapse {name}: dxplan output {'IDENTICAL to' if p[key][0] == 1 else 'DIFFERENT from'} {peer} ({fmt(v(s, f'collapse.{name}.output'))} prefixes)")
PY

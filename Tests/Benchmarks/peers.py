"""Python peers for dxplan-bench (see Docs/Performance.md); run by Tests/Benchmarks/run.sh.

    peers.py ipranges DATA_DIR
    peers.py collapse DATA_DIR OUT_DIR      ipaddress.collapse_addresses (runs once, slow)
    peers.py aggregate6 DATA_DIR OUT_DIR    aggregate6.aggregate (runs once, slow)
    peers.py lpm DATA_DIR OUT_DIR           pytricia, on the addresses dxplan-bench wrote
    peers.py tableparse DATA_DIR            the full table: gzip + split lines (+ ipaddress)

Prints `RESULT name value unit` lines like dxplan-bench.
"""
import gzip
import ipaddress
import json
import os
import resource
import statistics
import sys
import time

IP_RANGES = "ip-ranges-2026-08-22.json"
FULL_TABLE = "bgp-fulltable-prefixes-v4v6-circa-2024-01.txt.gz"


def report(name, value, unit):
    print(f"RESULT {name} {value} {unit}", flush=True)


def median_ms(runs, body):
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        body()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def ip_ranges_texts(data):
    with open(os.path.join(data, IP_RANGES)) as f:
        root = json.load(f)
    return [e["ip_prefix"] for e in root["prefixes"]] + [e["ipv6_prefix"] for e in root["ipv6_prefixes"]]


def full_table_texts(data):
    with gzip.open(os.path.join(data, FULL_TABLE), "rt") as f:
        return [line.strip() for line in f if line.strip() and not line.startswith("#")]


def sort_key(net):
    return (net.version, int(net.network_address), net.prefixlen)


def write(path, nets):
    with open(path, "w") as f:
        for net in nets:
            f.write(f"{net}\n")


def ipranges(data):
    path = os.path.join(data, IP_RANGES)

    def body():
        with open(path) as f:
            root = json.load(f)
        for e in root["prefixes"]:
            ipaddress.ip_network(e["ip_prefix"])
        for e in root["ipv6_prefixes"]:
            ipaddress.ip_network(e["ipv6_prefix"])

    report("ipranges.load_index", median_ms(5, body), "ms")


def collapse(data, out):
    for name, texts, runs in (("ipranges", ip_ranges_texts(data), 5), ("fulltable", full_table_texts(data), 1)):
        nets = [ipaddress.ip_network(t) for t in texts]
        v4 = [n for n in nets if n.version == 4]
        v6 = [n for n in nets if n.version == 6]
        result = []

        def body():
            result[:] = list(ipaddress.collapse_addresses(v4)) + list(ipaddress.collapse_addresses(v6))

        report(f"collapse.{name}", median_ms(runs, body), "ms")
        write(os.path.join(out, f"python-collapse-{name}.txt"), result)


def aggregate6_peer(data, out):
    import aggregate6
    for name, texts, runs in (("ipranges", ip_ranges_texts(data), 5), ("fulltable", full_table_texts(data), 1)):
        result = []

        def body():
            result[:] = aggregate6.aggregate(texts)

        report(f"aggregate6.{name}", median_ms(runs, body), "ms")
        nets = [ipaddress.ip_network(t) for t in result]
        report(f"aggregate6.{name}.sorted", int(nets == sorted(nets, key=sort_key)), "bool")
        write(os.path.join(out, f"aggregate6-collapse-{name}.txt"), sorted(nets, key=sort_key))


def lpm(data, out):
    import pytricia
    texts = full_table_texts(data)
    v4_texts = [t for t in texts if ":" not in t]
    v6_texts = [t for t in texts if ":" in t]
    holder = {}

    def build():
        t4 = pytricia.PyTricia(32)
        t6 = pytricia.PyTricia(128)
        for i, t in enumerate(v4_texts):
            t4[t] = i
        for i, t in enumerate(v6_texts):
            t6[t] = i
        holder["t4"], holder["t6"] = t4, t6

    report("lpm.build", median_ms(3, build), "ms")
    t4, t6 = holder["t4"], holder["t6"]
    for name, trie, width in (("v4-uniform", t4, 4), ("v4-inside", t4, 4), ("v6-inside", t6, 16)):
        with open(os.path.join(out, f"addresses-{name}.bin"), "rb") as f:
            raw = f.read()
        # pytricia takes IPv4 addresses as ints and IPv6 addresses as 16 packed bytes.
        if width == 4:
            keys = [int.from_bytes(raw[i:i + 4], "big") for i in range(0, len(raw), 4)]
        else:
            keys = [raw[i:i + 16] for i in range(0, len(raw), 16)]
        get_key = trie.get_key
        found = []

        def lookups():
            found[:] = [get_key(k) for k in keys]

        ms = median_ms(3, lookups)
        matched = [k for k in found if k is not None]
        report(f"lpm.{name}.matched", len(matched), "addresses")
        report(f"lpm.{name}.length_sum", sum(int(k.rsplit("/", 1)[1]) for k in matched), "bits")
        report(f"lpm.{name}.rate", len(keys) / (ms / 1000), "lookups/s")
    report("lpm.peak_rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MiB")


def table_parse(data):
    """The least a Python tool does to read the full table: gunzip and split the lines
    (`table.split`), and the same plus one `ipaddress.ip_network` per prefix (`table.ipaddress`).
    One process per variant would be fairer for peak RSS; both run here, split first."""
    path = os.path.join(data, FULL_TABLE)

    def split():
        count = 0
        with gzip.open(path, "rb") as f:
            for line in f:
                fields = line.split()
                if fields and not fields[0].startswith(b"#"):
                    count += 1
        return count

    def parse():
        nets = []
        with gzip.open(path, "rt") as f:
            for line in f:
                fields = line.split()
                if fields and not fields[0].startswith("#"):
                    nets.append(ipaddress.ip_network(fields[0]))
        return nets

    times = sorted(timed(split) for _ in range(5))
    report("table.split", times[len(times) // 2], "ms")
    report("table.split.best", times[0], "ms")
    report("table.split.peak_rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MiB")
    times = sorted(timed(parse) for _ in range(1))
    report("table.ipaddress", times[len(times) // 2], "ms")
    report("table.ipaddress.best", times[0], "ms")
    report("table.ipaddress.peak_rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MiB")


def timed(body):
    start = time.perf_counter()
    body()
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    mode, data = sys.argv[1], sys.argv[2]
    out = sys.argv[3] if len(sys.argv) > 3 else None
    {"ipranges": lambda: ipranges(data), "collapse": lambda: collapse(data, out),
     "aggregate6": lambda: aggregate6_peer(data, out), "lpm": lambda: lpm(data, out),
     "tableparse": lambda: table_parse(data)}[mode]()

"""Checks careergraph's exported moves.csv with networkx.

1. networkx reads moves.csv; each edge's `cost` equals the cost careergraph's `next` reports
   for that move (both are the static cost for someone holding the source role's key
   certifications).
2. For every pair, networkx's Dijkstra distance over the static `cost` column is an upper
   bound of careergraph's path-aware cost (certifications earned earlier on a path are never
   paid again, so a path can only get cheaper), and the two agree on every pair whose cheapest
   static path is a single move.

Usage: python3 tests/networkx_check.py MOVES_CSV CAREERGRAPH_BIN
(careergraph reads the graph back with --graph from the folder of MOVES_CSV, with roles.csv.)
"""
import csv
import json
import os
import subprocess
import sys

import networkx as nx


def run(binary, graph_dir, *args):
    out = subprocess.run([binary, "--graph", graph_dir, *args, "--format", "json"], capture_output=True, text=True)
    return out.returncode, (json.loads(out.stdout) if out.stdout.strip() else None)


def main() -> int:
    moves_csv, binary = sys.argv[1], sys.argv[2]
    graph_dir = os.path.dirname(os.path.abspath(moves_csv))
    g = nx.DiGraph()
    with open(moves_csv, newline="", encoding="utf-8") as f:
        for r in csv.DictReader(f):
            g.add_edge(r["from"], r["to"], cost=float(r["cost"]))
    problems = []
    for role in sorted(g.nodes):
        _, nxt = run(binary, graph_dir, "next", role)
        for m in nxt["moves"]:
            if abs(m["cost"] - g[role][m["to"]]["cost"]) > 1e-9:
                problems.append(f"{role} -> {m['to']}: next says {m['cost']}, moves.csv says {g[role][m['to']]['cost']}")
    pairs = 0
    for src in sorted(g.nodes):
        dist, paths = nx.single_source_dijkstra(g, src, weight="cost")
        for dst in sorted(dist):
            if dst == src:
                continue
            code, ans = run(binary, graph_dir, "path", src, dst)
            if code != 0:
                problems.append(f"{src} -> {dst}: networkx finds a path, careergraph exits {code}")
                continue
            cost = ans["paths"][0]["cost"]
            pairs += 1
            if cost > dist[dst] + 1e-9:
                problems.append(f"{src} -> {dst}: careergraph {cost} > networkx {dist[dst]}")
            if len(paths[dst]) == 2 and abs(cost - dist[dst]) > 1e-9:
                problems.append(f"{src} -> {dst}: single move, careergraph {cost} != networkx {dist[dst]}")
    print(f"{g.number_of_nodes()} roles, {g.number_of_edges()} moves, {pairs} pairs compared, {len(problems)} problems")
    for p in problems[:20]:
        print(p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

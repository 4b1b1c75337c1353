#!/usr/bin/env bash
# Regenerates graphs/ from the built-in corpus: careers.dot, careers.svg, roles.csv, moves.csv.
# Run it after changing seeds/ or anything that changes the graph; tests/cli/graphs.rs fails
# while graphs/ is stale. Needs Graphviz (`apt-get install graphviz`) for the SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/careergraph
"$bin" export dot -o graphs/careers.dot
"$bin" export csv -o graphs
dot -Tsvg graphs/careers.dot -o graphs/careers.svg.tmp
mv graphs/careers.svg.tmp graphs/careers.svg
echo "graphs/ regenerated: $(wc -l < graphs/roles.csv) lines in roles.csv, $(wc -l < graphs/moves.csv) in moves.csv"

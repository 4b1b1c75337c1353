#!/usr/bin/env bash
# Regenerates graphs/ from the pages in seeds/: careers.dot, careers.svg, roles.csv, moves.csv.
# Run it after changing seeds/ or anything that changes the graph; the test
# committed_graphs_are_up_to_date (tests/cli/export.rs) fails
# while graphs/ is stale. Needs Graphviz (`apt-get install graphviz`) for the SVG.
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --quiet
bin=target/release/careergraph
# From the pages themselves: the binary's built-in graph is a compiled-in copy of graphs/.
"$bin" --seeds seeds export dot -o graphs/careers.dot
"$bin" --seeds seeds export csv -o graphs
dot -Tsvg graphs/careers.dot -o graphs/careers.svg.tmp
mv graphs/careers.svg.tmp graphs/careers.svg
cargo build --release --quiet  # compile the new graphs/ in
echo "graphs/ regenerated: $(wc -l < graphs/roles.csv) lines in roles.csv, $(wc -l < graphs/moves.csv) in moves.csv"

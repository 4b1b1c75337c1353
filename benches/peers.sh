#!/usr/bin/env bash
# Times the same question whole-process with careergraph and with two peers, and prints ratios:
#   careergraph path "IT Support Specialist" "Systems Administrator"
#   networkx:   python3 reads the exported moves.csv, nx.dijkstra_path on the `cost` column
#   Graphviz:   dijkstra -d on the exported DOT (edge weights from `len`)
# first on the built-in corpus, then on a 10,000-role generated corpus.
#
# usage: benches/peers.sh [--runs N] [--no-install] [--skip-10k]
# Installs what is missing (pip install networkx, apt-get install graphviz hyperfine) unless
# --no-install, and says clearly what it could not install; a missing peer is left out.
set -uo pipefail

RUNS=30
INSTALL=1
BIG=1
while [ $# -gt 0 ]; do
    case "$1" in
        --runs) RUNS="$2"; shift 2 ;;
        --no-install) INSTALL=0; shift ;;
        --skip-10k) BIG=0; shift ;;
        *) echo "usage: $0 [--runs N] [--no-install] [--skip-10k]" >&2; exit 2 ;;
    esac
done

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
MISSING=()

say() { printf '%s\n' "$*" >&2; }

# --- tools -----------------------------------------------------------------------------------
apt_install() {
    [ "$INSTALL" = 1 ] || return 1
    local sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo -n"
    $sudo apt-get install -y -q "$@" >"$WORK/apt.log" 2>&1 ||
        { $sudo apt-get update -q >>"$WORK/apt.log" 2>&1 && $sudo apt-get install -y -q "$@" >>"$WORK/apt.log" 2>&1; }
}

have_networkx() { python3 -c 'import networkx' >/dev/null 2>&1; }
if ! command -v python3 >/dev/null; then
    MISSING+=("python3 (not installed; networkx comparison skipped)")
elif ! have_networkx; then
    if [ "$INSTALL" = 1 ]; then
        say "installing networkx with pip…"
        python3 -m pip install -q networkx >"$WORK/pip.log" 2>&1 ||
            python3 -m pip install -q --user networkx >>"$WORK/pip.log" 2>&1 ||
            python3 -m pip install -q --break-system-packages networkx >>"$WORK/pip.log" 2>&1
    fi
    have_networkx || MISSING+=("networkx (pip install networkx failed or --no-install; see 'python3 -m pip install networkx')")
fi
if ! command -v dijkstra >/dev/null; then
    say "installing graphviz…"
    apt_install graphviz
    command -v dijkstra >/dev/null || MISSING+=("graphviz 'dijkstra' (apt-get install graphviz failed or --no-install)")
fi
if ! command -v hyperfine >/dev/null; then
    say "installing hyperfine…"
    apt_install hyperfine
    command -v hyperfine >/dev/null || say "note: hyperfine is not available; timing with a date +%s%N loop instead"
fi

# --- careergraph ---------------------------------------------------------------------------
say "building careergraph (release)…"
(cd "$ROOT" && cargo build --release --quiet --bin careergraph --example gen_corpus) || { say "cargo build failed"; exit 2; }
CG="$ROOT/target/release/careergraph"
GEN="$ROOT/target/release/examples/gen_corpus"

cat >"$WORK/nx_path.py" <<'EOF'
import csv, sys
import networkx as nx
moves, source, target = sys.argv[1:4]
g = nx.DiGraph()
with open(moves, newline="", encoding="utf-8") as f:
    for row in csv.DictReader(f):
        g.add_edge(row["from"], row["to"], cost=float(row["cost"]))
print(" -> ".join(nx.dijkstra_path(g, source, target, weight="cost")))
EOF

# median_ms NAME COMMAND... : prints the median wall time of RUNS runs in milliseconds.
median_ms() {
    local name="$1"; shift
    if command -v hyperfine >/dev/null; then
        hyperfine -N --style none --warmup 3 --runs "$RUNS" --export-json "$WORK/$name.json" "$(printf '%q ' "$@")" >/dev/null 2>&1 ||
            { say "$name: the command failed: $*"; return 1; }
        python3 -c 'import json,sys; print("%.3f" % (json.load(open(sys.argv[1]))["results"][0]["median"]*1000))' "$WORK/$name.json"
    else
        local times=() i t0 t1
        for i in 1 2 3; do "$@" >/dev/null 2>&1 || { say "$name: the command failed: $*"; return 1; }; done
        for ((i = 0; i < RUNS; i++)); do
            t0=$(date +%s%N); "$@" >/dev/null 2>&1; t1=$(date +%s%N)
            times+=($(( t1 - t0 )))
        done
        printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m = (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2; printf "%.3f\n", m/1e6}'
    fi
}

# compare LABEL FROM TO CAREERGRAPH-ARGS... : exports the graph, checks the answers, times all three.
compare() {
    local label="$1" from="$2" to="$3"; shift 3
    local dir="$WORK/$label"
    mkdir -p "$dir"
    "$CG" -q "$@" export csv -o "$dir/csv" || { say "export csv failed"; return 1; }
    "$CG" -q "$@" export dot -o "$dir/graph.dot" || { say "export dot failed"; return 1; }
    echo
    echo "== $label: $from -> $to ($(($(wc -l <"$dir/csv/roles.csv") - 1)) roles, $(($(wc -l <"$dir/csv/moves.csv") - 1)) moves; median of $RUNS runs)"
    echo "  careergraph answer: $("$CG" -q "$@" path "$from" "$to" --format json | python3 -c 'import json,sys; print(" -> ".join(json.load(sys.stdin)["paths"][0]["roles"]))')"
    local cg nx dj
    cg=$(median_ms "cg-$label" "$CG" -q "$@" path "$from" "$to") || return 1
    printf '  %-28s %10s ms\n' "careergraph" "$cg"
    if have_networkx; then
        echo "  networkx answer: $(python3 "$WORK/nx_path.py" "$dir/csv/moves.csv" "$from" "$to")"
        nx=$(median_ms "nx-$label" python3 "$WORK/nx_path.py" "$dir/csv/moves.csv" "$from" "$to") &&
            printf '  %-28s %10s ms   %6.1fx careergraph\n' "networkx (python3)" "$nx" "$(awk -v a="$nx" -v b="$cg" "BEGIN {print a / b}")"
    fi
    if command -v dijkstra >/dev/null; then
        dj=$(median_ms "dj-$label" dijkstra -d -p "$from" "$dir/graph.dot") &&
            printf '  %-28s %10s ms   %6.1fx careergraph\n' "graphviz dijkstra -d" "$dj" "$(awk -v a="$dj" -v b="$cg" "BEGIN {print a / b}")"
        echo "  (dijkstra computes distances from the start to every node and writes the whole graph back)"
    fi
}

echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p'), $(free -g | awk '/Mem:/ {print $2 " GiB"}'); $(date -u +%Y-%m-%dT%H:%MZ)"
if command -v hyperfine >/dev/null; then echo "timer: $(hyperfine --version)"; else echo "timer: date +%s%N loop"; fi

compare default "IT Support Specialist" "Systems Administrator"

if [ "$BIG" = 1 ]; then
    say "generating a 10,000-role corpus…"
    "$GEN" 10000 "$WORK/pages10k" --seed 1 2>/dev/null || { say "gen_corpus failed"; exit 2; }
    # The first page's role, to the role of page 5000 (generated with seed 1).
    title_of() { grep -v -e '^$' -e '^JobDescription.org$' "$1" | sed -n 2p; }
    from=$(title_of "$WORK/pages10k/$(ls "$WORK/pages10k" | grep '\.txt$' | sed -n 1p)")
    to=$(title_of "$WORK/pages10k/$(ls "$WORK/pages10k" | grep '\.txt$' | sed -n 5001p)")
    # The pages are read once, timed, and exported; the three tools then answer from the
    # exported graph (careergraph with --graph, like networkx reads moves.csv).
    mkdir -p "$WORK/g10k"
    t0=$(date +%s%N)
    "$CG" -q --seeds "$WORK/pages10k" export csv -o "$WORK/g10k" || { say "export of the 10k corpus failed"; exit 2; }
    t1=$(date +%s%N)
    echo
    echo "careergraph --seeds (10,000 pages) export csv: $(awk -v a="$t0" -v b="$t1" 'BEGIN {printf "%.1f", (b-a)/1e9}') s (one run)"
    compare gen10k-graph "$from" "$to" --graph "$WORK/g10k"
fi

if [ ${#MISSING[@]} -gt 0 ]; then
    echo
    echo "MISSING (left out of the comparison):"
    printf '  - %s\n' "${MISSING[@]}"
    exit 1
fi

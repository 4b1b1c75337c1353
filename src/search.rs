//! Exact cheapest-path search under the path-dependent cost model of [`crate::cost`].
//!
//! # Why plain Dijkstra over roles is not enough
//! The certification term of a move depends on what is already held, so the cost of
//! reaching a role is not a single number: a dearer route that earns a certification
//! early can be cheaper overall. The search therefore runs over *labels*
//! `(role, held certifications, passed-via flag)`.
//!
//! # The label search (one cheapest path)
//! Labels are settled best-first (A*, which is Dijkstra with a consistent lower bound
//! added to the key; the bound is the cheapest remaining route counting only the move and
//! salary terms, which do not depend on the state, found by a reverse Dijkstra, plus
//! `cert_weight * |certs still needed at the via and target roles|`). A new label at role `v` is
//! dropped when another live label at `v` with the same via flag *dominates* it:
//! `g1 + cert_weight * |H2 - H1| <= g2`. With `H1 ⊇ H2` this is the plain rule "costs no
//! more and holds a superset"; the general form is also exact, because from `L1` any
//! continuation of `L2` costs at most `cert_weight * |H2 - H1|` more (only the missing
//! certifications can be paid again), and the relation is preserved along continuations.
//! The labels live in an arena (parent index, shared set storage), so no path is cloned.
//!
//! # Why the result is loopless and exact
//! Along a walk each certification is paid once, when first reached, so a walk's cost is
//! `move_weight * #moves + cert_weight * |certs of visited roles - initial| + Σ salary
//! drops of its moves`. Cutting a cycle out of a walk removes moves and visited roles and
//! keeps every remaining move, so it never raises the cost. The label search finds a
//! cheapest *walk* (revisits allowed, except that the start is never re-entered); cutting
//! its cycles yields a simple path that is no dearer, hence a cheapest simple path. The
//! cut path only uses moves of the walk and visits a subset of its roles, so it respects
//! the same banned roles and banned first moves.
//!
//! With `via`, a cut can remove the via role, so the walk is split at its first visit of
//! `via` into two legs whose cycles are cut separately. If the legs share no role besides
//! `via`, the joined path is simple, no dearer than the walk and therefore optimal. If
//! they share a role `x`, every simple path has `x` in at most one leg, so the problem is
//! split into "`x` banned in leg 1" and "`x` banned in leg 2", and the sub-problems are
//! solved best-first by their walk lower bounds (branch and bound). Finding a simple path
//! through a given vertex is NP-hard in directed graphs, so this is exponential in the
//! worst case, but conflicts are rare and each is resolved by one more label search.
//!
//! # k > 1
//! Yen's algorithm: for each spur role of the last found path, the spur search starts with
//! the root path's cost, held set and via flag, with the root's roles banned and the next
//! moves of earlier paths sharing that root banned. Because a candidate's cost is the root
//! cost plus the spur's cost from the root's state, and the spur search is exact, Yen's
//! argument carries over unchanged.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap, HashSet};

use petgraph::graph::{DiGraph, NodeIndex};
use petgraph::Direction;

use crate::cost::{diff_count_words, salary_delta, step_cost, step_total, CertSet, RoleCosting, StepCost, Weights};

/// A path query: the `k` cheapest loopless paths from `from` to `to`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathQuery {
    /// Starting role.
    pub from: NodeIndex,
    /// Target role.
    pub to: NodeIndex,
    /// Certifications held before the first move (the start role's key certs are added).
    pub have: CertSet,
    /// Roles the path must not visit.
    pub avoid: Vec<NodeIndex>,
    /// A role the path must pass through, if any.
    pub via: Option<NodeIndex>,
    /// How many paths to return (cheapest first).
    pub k: usize,
}

impl PathQuery {
    /// A query for the single cheapest path from `from` to `to`, holding nothing, with no avoid or via.
    pub fn new(from: NodeIndex, to: NodeIndex) -> Self {
        Self {
            from,
            to,
            have: CertSet::new(),
            avoid: Vec::new(),
            via: None,
            k: 1,
        }
    }
}

/// One path found by [`cheapest_paths`] or evaluated by [`path_cost`].
#[derive(Clone, Debug, PartialEq)]
pub struct FoundPath {
    /// Total cost: the sum of the steps' totals, in order.
    pub cost: f64,
    /// The roles visited, `from` first and `to` last.
    pub nodes: Vec<NodeIndex>,
    /// The cost of each move; `steps.len() == nodes.len() - 1`.
    pub steps: Vec<StepCost>,
}

/// Evaluates the exact path-dependent cost of moving along `nodes`.
///
/// # Arguments
/// * `g` – the role graph; each consecutive pair of `nodes` must be joined by an edge.
/// * `w` – the term weights.
/// * `have` – certifications held at the start (the first role's key certs are added).
/// * `nodes` – the role sequence; it need not be simple.
///
/// # Returns
/// The [`FoundPath`] with per-move [`StepCost`]s, or `None` if `nodes` is empty, names a
/// role not in `g`, or has a consecutive pair without an edge.
///
/// # Complexity
/// O(L · (d + c/64)) for L moves, out-degree d and c the largest certification id.
///
/// # Example
/// ```
/// use careergraph::cost::{CertSet, RoleCosting, Weights};
/// use careergraph::search::path_cost;
/// use petgraph::graph::DiGraph;
///
/// struct Role(CertSet);
/// impl RoleCosting for Role {
///     fn key_certs(&self) -> &CertSet { &self.0 }
///     fn salary_mid(&self) -> Option<f64> { None }
/// }
/// // a {} --> b {1} --> c {1, 2}: cert 1 is paid at b only.
/// let mut g = DiGraph::new();
/// let a = g.add_node(Role(CertSet::new()));
/// let b = g.add_node(Role(CertSet::from_ids([1])));
/// let c = g.add_node(Role(CertSet::from_ids([1, 2])));
/// g.add_edge(a, b, ());
/// g.add_edge(b, c, ());
/// let p = path_cost(&g, &Weights::default(), &CertSet::new(), &[a, b, c]).unwrap();
/// assert_eq!(p.cost, 4.0); // (1 + 1) + (1 + 1)
/// assert!(path_cost(&g, &Weights::default(), &CertSet::new(), &[a, c]).is_none());
/// ```
pub fn path_cost<N: RoleCosting, E>(
    g: &DiGraph<N, E>,
    w: &Weights,
    have: &CertSet,
    nodes: &[NodeIndex],
) -> Option<FoundPath> {
    let first = *nodes.first()?;
    let mut held = have.clone();
    held.union_with(g.node_weight(first)?.key_certs());
    let mut steps = Vec::with_capacity(nodes.len().saturating_sub(1));
    let mut cost = 0.0;
    for pair in nodes.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let (ra, rb) = (g.node_weight(a)?, g.node_weight(b)?);
        g.find_edge(a, b)?;
        let s = step_cost(w, ra.salary_mid(), rb.salary_mid(), rb.key_certs(), &held);
        held.union_with(rb.key_certs());
        cost += s.total();
        steps.push(s);
    }
    Some(FoundPath {
        cost,
        nodes: nodes.to_vec(),
        steps,
    })
}

/// Finds the `q.k` cheapest loopless paths from `q.from` to `q.to` under the exact path-dependent cost.
///
/// Paths never visit a role in `q.avoid`, pass through `q.via` when given, and are
/// returned cheapest first, exact ties ordered by node-index sequence (when more than `k`
/// paths tie at the last place, which of them are returned is deterministic but unspecified). Parallel edges count as
/// one move and self-loops are ignored. `from == to` yields the single zero-cost path
/// `[from]` (if `via` is `None` or equal to `from`). See the [module docs](self) for the
/// algorithm and why it is exact.
///
/// # Arguments
/// * `g` – the role graph (edge weights are not used).
/// * `w` – the term weights.
/// * `q` – the query; out-of-range roles give no path.
///
/// # Returns
/// Up to `q.k` paths; fewer if fewer exist, empty if none (or `q.k == 0`).
///
/// # Complexity
/// One label search is O(Λ log Λ + Λ·(d + b)·c/64) for Λ labels created, out-degree d,
/// b live labels per role and c the largest certification id. Λ is exponential in the
/// number of certifications in the worst case; dominance pruning and the A* bound keep it
/// small when the answer is short, but it grows quickly with the answer's length (long
/// `via` detours are the slow case). `via` may add branch-and-bound re-searches (worst case
/// exponential, typically none). Yen's algorithm runs up to k·L spur searches for paths of
/// L moves. Setup is O(n + m log n) (one or two reverse Dijkstras for the A* bound).
///
/// # Example
/// Earning cert 1 at `a` costs more at first but saves paying it at `t`, so the exact
/// answer is `s → a → c → t` (4.0), while Dijkstra over roles would keep only the cheaper
/// arrival at `c` through `b` (2.5 vs 3.0) and answer 4.5:
/// ```text
///          a {1}
///         ^     \
///        /       v
///   s 100k        c ----> t {1}
///        \       ^
///         v     /
///          b 95k (pay cut: 0.5)
/// ```
/// ```
/// use careergraph::cost::{CertSet, RoleCosting, Weights};
/// use careergraph::search::{cheapest_paths, PathQuery};
/// use petgraph::graph::DiGraph;
///
/// struct Role(CertSet, Option<f64>);
/// impl RoleCosting for Role {
///     fn key_certs(&self) -> &CertSet { &self.0 }
///     fn salary_mid(&self) -> Option<f64> { self.1 }
/// }
/// let mut g = DiGraph::new();
/// let s = g.add_node(Role(CertSet::new(), Some(100_000.0)));
/// let a = g.add_node(Role(CertSet::from_ids([1]), None));
/// let b = g.add_node(Role(CertSet::new(), Some(95_000.0)));
/// let c = g.add_node(Role(CertSet::new(), None));
/// let t = g.add_node(Role(CertSet::from_ids([1]), None));
/// for (x, y) in [(s, a), (s, b), (a, c), (b, c), (c, t)] {
///     g.add_edge(x, y, ());
/// }
///
/// let q = PathQuery { k: 2, ..PathQuery::new(s, t) };
/// let paths = cheapest_paths(&g, &Weights::default(), &q);
/// assert_eq!(paths[0].nodes, vec![s, a, c, t]);
/// assert_eq!(paths[0].cost, 4.0);
/// assert_eq!(paths[1].nodes, vec![s, b, c, t]);
/// assert_eq!(paths[1].cost, 4.5);
/// ```
pub fn cheapest_paths<N: RoleCosting, E>(g: &DiGraph<N, E>, w: &Weights, q: &PathQuery) -> Vec<FoundPath> {
    let n = g.node_count();
    let in_range = |v: NodeIndex| v.index() < n;
    if q.k == 0 || !in_range(q.from) || !in_range(q.to) || q.via.is_some_and(|v| !in_range(v)) {
        return Vec::new();
    }
    let mut avoided = vec![false; n];
    for &v in q.avoid.iter().filter(|v| in_range(**v)) {
        avoided[v.index()] = true;
    }
    if avoided[q.from.index()] || avoided[q.to.index()] || q.via.is_some_and(|v| avoided[v.index()]) {
        return Vec::new();
    }
    if q.from == q.to {
        if q.via.is_some_and(|v| v != q.from) {
            return Vec::new();
        }
        return path_cost(g, w, &q.have, &[q.from]).into_iter().collect();
    }

    let mut engine = Engine::new(g, *w, q, &avoided);
    let mut start_held = q.have.clone();
    start_held.union_with(g[q.from].key_certs());
    let start_layer = u8::from(q.via.map_or(true, |v| v == q.from));
    let first = engine.best_path(&Spur {
        start: q.from,
        start_g: 0.0,
        start_held: &start_held,
        start_layer,
        banned_nodes: &[],
        banned_first: &[],
        bound: f64::INFINITY,
    });
    let Some(first) = first.and_then(|p| path_cost(g, w, &q.have, &p)) else {
        return Vec::new();
    };

    let mut found = vec![first];
    let mut seen: HashSet<Vec<NodeIndex>> = HashSet::new();
    seen.insert(found[0].nodes.clone());
    let mut cands: Vec<FoundPath> = Vec::new();
    while found.len() < q.k {
        let last = found.len() - 1;
        let mut held = start_held.clone();
        let mut root_g = 0.0;
        let mut layer = start_layer;
        for j in 0..found[last].nodes.len() - 1 {
            let lastp = &found[last];
            let spur = lastp.nodes[j];
            if j > 0 {
                held.union_with(g[spur].key_certs());
                root_g += lastp.steps[j - 1].total();
                if Some(spur) == q.via {
                    layer = 1;
                }
            }
            let root = &lastp.nodes[..=j];
            let banned_first: Vec<NodeIndex> = found
                .iter()
                .filter(|p| p.nodes.len() > j + 1 && p.nodes[..=j] == *root)
                .map(|p| p.nodes[j + 1])
                .collect();
            let bound = candidate_cap(&cands, q.k - found.len());
            let spur_path = engine.best_path(&Spur {
                start: spur,
                start_g: root_g,
                start_held: &held,
                start_layer: layer,
                banned_nodes: &lastp.nodes[..j],
                banned_first: &banned_first,
                bound,
            });
            if let Some(spur_path) = spur_path {
                let mut nodes = lastp.nodes[..j].to_vec();
                nodes.extend_from_slice(&spur_path);
                if !seen.contains(&nodes) {
                    if let Some(p) = path_cost(g, w, &q.have, &nodes) {
                        seen.insert(nodes);
                        cands.push(p);
                    }
                }
            }
        }
        let best = cands
            .iter()
            .enumerate()
            .min_by(|(_, a), (_, b)| cmp_paths(a, b))
            .map(|(i, _)| i);
        match best {
            Some(i) => found.push(cands.swap_remove(i)),
            None => break,
        }
    }
    // Costs are already non-decreasing; this orders exact ties by node sequence.
    found.sort_by(cmp_paths);
    found
}

/// Total order on found paths: by cost, then by node-index sequence.
fn cmp_paths(a: &FoundPath, b: &FoundPath) -> Ordering {
    a.cost.total_cmp(&b.cost).then_with(|| a.nodes.cmp(&b.nodes))
}

/// Cost above which a new candidate cannot be among the `need` cheapest still to pick.
fn candidate_cap(cands: &[FoundPath], need: usize) -> f64 {
    if need == 0 || cands.len() < need {
        return f64::INFINITY;
    }
    let mut costs: Vec<f64> = cands.iter().map(|p| p.cost).collect();
    let (_, nth, _) = costs.select_nth_unstable_by(need - 1, f64::total_cmp);
    // Slack so that float rounding never prunes a tie.
    *nth + 1e-9 * nth.abs().max(1.0)
}

/// Removes cycles from a walk, keeping its first and last node and a subsequence of its moves.
fn cut_cycles(walk: &[NodeIndex]) -> Vec<NodeIndex> {
    let mut out: Vec<NodeIndex> = Vec::with_capacity(walk.len());
    let mut pos: HashMap<NodeIndex, usize> = HashMap::new();
    for &v in walk {
        if let Some(&p) = pos.get(&v) {
            for x in out.drain(p + 1..) {
                pos.remove(&x);
            }
        } else {
            pos.insert(v, out.len());
            out.push(v);
        }
    }
    out
}

const NIL: u32 = u32::MAX;

/// A search label: a walk's end role, its cost, held set (index into the set arena) and via flag.
#[derive(Clone, Copy)]
struct Label {
    g: f64,
    node: u32,
    parent: u32,
    set: u32,
    /// Next label in the same (role, layer) bucket.
    next: u32,
    /// 0 = via not yet passed, 1 = passed (or no via).
    layer: u8,
    alive: bool,
    settled: bool,
}

/// Heap entry; ordered so that `BinaryHeap` pops the smallest key (then the oldest label).
#[derive(Clone, Copy)]
struct Item {
    f: f64,
    id: u32,
}

impl PartialEq for Item {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Item {}
impl PartialOrd for Item {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Item {
    fn cmp(&self, other: &Self) -> Ordering {
        other.f.total_cmp(&self.f).then_with(|| other.id.cmp(&self.id))
    }
}

/// A via sub-problem of the branch and bound: extra roles banned per leg, and its walk's outcome.
struct Sub {
    lb: f64,
    seq: u64,
    ban0: Vec<NodeIndex>,
    ban1: Vec<NodeIndex>,
    /// A simple optimal path for this sub-problem, or a role shared by both legs.
    outcome: Result<Vec<NodeIndex>, NodeIndex>,
}

impl PartialEq for Sub {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}
impl Eq for Sub {}
impl PartialOrd for Sub {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Sub {
    fn cmp(&self, other: &Self) -> Ordering {
        other.lb.total_cmp(&self.lb).then_with(|| other.seq.cmp(&self.seq))
    }
}

/// One (spur) search: where it starts, in which state, and what it may not use.
struct Spur<'a> {
    start: NodeIndex,
    start_g: f64,
    start_held: &'a CertSet,
    start_layer: u8,
    /// Banned in both legs (the root path's roles before the spur role).
    banned_nodes: &'a [NodeIndex],
    /// Successors of `start` that may not be the first move.
    banned_first: &'a [NodeIndex],
    /// Labels whose lower bound exceeds this are pruned.
    bound: f64,
}

/// Reusable state for the label searches of one query.
struct Engine<'g, N, E> {
    g: &'g DiGraph<N, E>,
    w: Weights,
    target: NodeIndex,
    via: Option<NodeIndex>,
    avoid: Vec<NodeIndex>,
    /// Words per held set in the arena.
    words: usize,
    /// Cheapest move+salary cost to the target (avoiding `avoid`), infinite if unreachable.
    dist_t: Vec<f64>,
    /// Cheapest move+salary cost to `via`; empty without via.
    dist_via: Vec<f64>,
    /// `dist_t[via]`.
    via_to_t: f64,
    /// Certs that must still be acquired: layer 0 (via and target), layer 1 (target).
    need: [Vec<u64>; 2],
    labels: Vec<Label>,
    sets: Vec<u64>,
    heap: BinaryHeap<Item>,
    /// Head of each (role, layer) bucket's label list.
    head: Vec<u32>,
    touched: Vec<usize>,
    /// Ban bits per role: bit `1 << layer` forbids entering it from that layer.
    ban: Vec<u8>,
    banned: Vec<usize>,
    scratch: Vec<u64>,
}

/// Reverse Dijkstra from `src` with the state-independent part of the cost (move and salary
/// terms): a lower bound on the cost still to pay, for the A* key. Infinite if unreachable.
///
/// The search stops once `stop` (the query's start) is settled at distance `r`: every role not
/// settled by then is at least `r` away, so `r` is its bound. That keeps the bound admissible
/// and consistent (for an edge u → v, `h(u) ≤ c(u, v) + h(v)` holds in each settled/unsettled
/// case because unsettled roles are truly ≥ `r` away and settled ones ≤ `r`), and the search
/// touches only the part of a large graph between the target and the start.
fn reverse_costs<N: RoleCosting, E>(
    g: &DiGraph<N, E>,
    w: &Weights,
    src: NodeIndex,
    blocked: &[bool],
    stop: NodeIndex,
) -> Vec<f64> {
    let mut d = vec![f64::INFINITY; g.node_count()];
    let mut settled = vec![false; g.node_count()];
    d[src.index()] = 0.0;
    let mut heap = BinaryHeap::from([Item {
        f: 0.0,
        id: src.index() as u32,
    }]);
    let mut radius = None;
    while let Some(Item { f, id }) = heap.pop() {
        let u = NodeIndex::new(id as usize);
        if f > d[u.index()] || settled[u.index()] {
            continue;
        }
        settled[u.index()] = true;
        if u == stop {
            radius = Some(f);
            break;
        }
        let to_mid = g[u].salary_mid();
        for p in g.neighbors_directed(u, Direction::Incoming) {
            if blocked[p.index()] {
                continue;
            }
            let c = f + step_total(w, salary_delta(g[p].salary_mid(), to_mid), 0);
            if c < d[p.index()] {
                d[p.index()] = c;
                heap.push(Item {
                    f: c,
                    id: p.index() as u32,
                });
            }
        }
    }
    if let Some(r) = radius {
        for (dist, done) in d.iter_mut().zip(&settled) {
            if !done {
                *dist = r;
            }
        }
    }
    d
}

fn to_words(s: &CertSet, words: usize) -> Vec<u64> {
    let mut v = vec![0; words];
    for (d, s) in v.iter_mut().zip(s.as_words()) {
        *d = *s;
    }
    v
}

impl<'g, N: RoleCosting, E> Engine<'g, N, E> {
    fn new(g: &'g DiGraph<N, E>, w: Weights, q: &PathQuery, avoided: &[bool]) -> Self {
        let n = g.node_count();
        let words = g
            .node_weights()
            .map(|r| r.key_certs().as_words().len())
            .chain([q.have.as_words().len(), 1])
            .max()
            .unwrap_or(1);
        let dist_t = reverse_costs(g, &w, q.to, avoided, q.from);
        let (dist_via, via_to_t) = match q.via {
            Some(v) => (reverse_costs(g, &w, v, avoided, q.from), dist_t[v.index()]),
            None => (Vec::new(), 0.0),
        };
        let mut need0 = g[q.to].key_certs().clone();
        if let Some(v) = q.via {
            need0.union_with(g[v].key_certs());
        }
        Self {
            g,
            w,
            target: q.to,
            via: q.via,
            avoid: q.avoid.iter().copied().filter(|v| v.index() < n).collect(),
            words,
            dist_t,
            dist_via,
            via_to_t,
            need: [to_words(&need0, words), to_words(g[q.to].key_certs(), words)],
            labels: Vec::new(),
            sets: Vec::new(),
            heap: BinaryHeap::new(),
            head: vec![NIL; 2 * n],
            touched: Vec::new(),
            ban: vec![0; n],
            banned: Vec::new(),
            scratch: Vec::with_capacity(words),
        }
    }

    /// Admissible, consistent lower bound on the cost still to pay from `v` in `layer`
    /// holding `held`; `None` if the target cannot be reached.
    fn lower_bound(&self, v: usize, layer: u8, held: &[u64]) -> Option<f64> {
        let rest = if layer == 1 {
            *self.dist_t.get(v)?
        } else {
            *self.dist_via.get(v)? + self.via_to_t
        };
        if rest == f64::INFINITY {
            return None;
        }
        let missing = diff_count_words(&self.need[usize::from(layer)], held);
        Some(rest + self.w.cert_weight * missing as f64)
    }

    fn reset(&mut self, sp: &Spur<'_>, extra0: &[NodeIndex], extra1: &[NodeIndex]) {
        self.labels.clear();
        self.sets.clear();
        self.heap.clear();
        for &b in &self.touched {
            self.head[b] = NIL;
        }
        self.touched.clear();
        for &v in &self.banned {
            self.ban[v] = 0;
        }
        self.banned.clear();
        let (ban, banned) = (&mut self.ban, &mut self.banned);
        let mut mark = |v: NodeIndex, bits: u8| {
            if let Some(b) = ban.get_mut(v.index()) {
                *b |= bits;
                banned.push(v.index());
            }
        };
        for &v in self.avoid.iter().chain(sp.banned_nodes) {
            mark(v, 3);
        }
        mark(sp.start, 3);
        if let Some(via) = self.via {
            if via != self.target {
                mark(self.target, 1);
            }
            mark(via, 2);
        }
        for &v in extra0 {
            mark(v, 1);
        }
        for &v in extra1 {
            mark(v, 2);
        }
    }

    fn push_label(&mut self, label: Label, f: f64) {
        let id = self.labels.len() as u32;
        let bucket = label.node as usize * 2 + usize::from(label.layer);
        if self.head[bucket] == NIL {
            self.touched.push(bucket);
        }
        self.labels.push(Label {
            next: self.head[bucket],
            ..label
        });
        self.head[bucket] = id;
        self.heap.push(Item { f, id });
    }

    /// Cheapest walk for `sp` with the extra per-leg bans: its cost and node sequence.
    fn walk_search(
        &mut self,
        sp: &Spur<'_>,
        extra0: &[NodeIndex],
        extra1: &[NodeIndex],
    ) -> Option<(f64, Vec<NodeIndex>)> {
        self.reset(sp, extra0, extra1);
        let g = self.g;
        let words = self.words;
        let start = sp.start.index();
        let start_set = to_words(sp.start_held, words);
        let f0 = sp.start_g + self.lower_bound(start, sp.start_layer, &start_set)?;
        if f0 > sp.bound {
            return None;
        }
        self.sets.extend_from_slice(&start_set);
        self.push_label(
            Label {
                g: sp.start_g,
                node: start as u32,
                parent: NIL,
                set: 0,
                next: NIL,
                layer: sp.start_layer,
                alive: true,
                settled: false,
            },
            f0,
        );
        let cw = self.w.cert_weight;
        while let Some(Item { id, .. }) = self.heap.pop() {
            let lab = self.labels[id as usize];
            if !lab.alive {
                continue;
            }
            self.labels[id as usize].settled = true;
            let u = NodeIndex::new(lab.node as usize);
            if u == self.target && lab.layer == 1 {
                return Some((lab.g, self.walk_of(id)));
            }
            let from_mid = g[u].salary_mid();
            let ban_bit = 1u8 << lab.layer;
            let base = lab.set as usize * words;
            for v in g.neighbors_directed(u, Direction::Outgoing) {
                let vi = v.index();
                if v == u || self.ban[vi] & ban_bit != 0 || (lab.parent == NIL && sp.banned_first.contains(&v)) {
                    continue;
                }
                let layer = if Some(v) == self.via { 1 } else { lab.layer };
                let role = &g[v];
                let certs = role.key_certs().as_words();
                let cnt = diff_count_words(certs, &self.sets[base..base + words]);
                let g2 = lab.g + step_total(&self.w, salary_delta(from_mid, role.salary_mid()), cnt);
                // The held set after the move: the parent's, or parent | certs in `scratch`.
                let new_set = cnt > 0;
                if new_set {
                    self.scratch.clear();
                    self.scratch.extend_from_slice(&self.sets[base..base + words]);
                    for (s, c) in self.scratch.iter_mut().zip(certs) {
                        *s |= *c;
                    }
                }
                let cand: &[u64] = if new_set {
                    &self.scratch
                } else {
                    &self.sets[base..base + words]
                };
                let Some(h) = self.lower_bound(vi, layer, cand) else {
                    continue;
                };
                let f2 = g2 + h;
                if f2 > sp.bound {
                    continue;
                }
                let bucket = vi * 2 + usize::from(layer);
                if !admit(
                    &mut self.labels,
                    &mut self.head,
                    &self.sets,
                    words,
                    cw,
                    bucket,
                    g2,
                    cand,
                ) {
                    continue;
                }
                let set = if new_set {
                    let idx = self.sets.len() / words;
                    self.sets.extend_from_slice(&self.scratch);
                    idx as u32
                } else {
                    lab.set
                };
                self.push_label(
                    Label {
                        g: g2,
                        node: vi as u32,
                        parent: id,
                        set,
                        next: NIL,
                        layer,
                        alive: true,
                        settled: false,
                    },
                    f2,
                );
            }
        }
        None
    }

    fn walk_of(&self, mut id: u32) -> Vec<NodeIndex> {
        let mut walk = Vec::new();
        while id != NIL {
            let l = &self.labels[id as usize];
            walk.push(NodeIndex::new(l.node as usize));
            id = l.parent;
        }
        walk.reverse();
        walk
    }

    /// Cheapest simple path for `sp` (exact, see the module docs), as a node sequence from `sp.start`.
    fn best_path(&mut self, sp: &Spur<'_>) -> Option<Vec<NodeIndex>> {
        let via = match self.via {
            Some(v) if sp.start_layer == 0 => v,
            _ => {
                let (_, walk) = self.walk_search(sp, &[], &[])?;
                return Some(cut_cycles(&walk));
            }
        };
        let mut seq = 0u64;
        let mut open = BinaryHeap::new();
        open.extend(self.evaluate(sp, via, Vec::new(), Vec::new(), &mut seq));
        while let Some(sub) = open.pop() {
            match sub.outcome {
                Ok(path) => return Some(path),
                Err(x) => {
                    let mut ban0 = sub.ban0.clone();
                    ban0.push(x);
                    open.extend(self.evaluate(sp, via, ban0, sub.ban1.clone(), &mut seq));
                    let mut ban1 = sub.ban1;
                    ban1.push(x);
                    open.extend(self.evaluate(sp, via, sub.ban0, ban1, &mut seq));
                }
            }
        }
        None
    }

    /// Solves the walk relaxation of a via sub-problem and checks whether its legs are disjoint.
    fn evaluate(
        &mut self,
        sp: &Spur<'_>,
        via: NodeIndex,
        ban0: Vec<NodeIndex>,
        ban1: Vec<NodeIndex>,
        seq: &mut u64,
    ) -> Option<Sub> {
        let (lb, walk) = self.walk_search(sp, &ban0, &ban1)?;
        let split = walk.iter().position(|&v| v == via)?;
        let mut path = cut_cycles(&walk[..=split]);
        let leg2 = cut_cycles(&walk[split..]);
        let leg1: HashSet<NodeIndex> = path.iter().copied().collect();
        let outcome = match leg2.iter().skip(1).find(|v| leg1.contains(v)) {
            Some(&x) => Err(x),
            None => {
                path.extend(leg2.iter().skip(1));
                Ok(path)
            }
        };
        *seq += 1;
        Some(Sub {
            lb,
            seq: *seq,
            ban0,
            ban1,
            outcome,
        })
    }
}

/// Dominance check of a new label (cost `g`, held set `cand`) against the live labels of `bucket`.
///
/// Returns `false` if some label dominates it; otherwise unlinks the unsettled labels it
/// dominates and returns `true`.
#[allow(clippy::too_many_arguments)]
fn admit(
    labels: &mut [Label],
    head: &mut [u32],
    sets: &[u64],
    words: usize,
    cw: f64,
    bucket: usize,
    g: f64,
    cand: &[u64],
) -> bool {
    let mut prev = NIL;
    let mut cur = head[bucket];
    while cur != NIL {
        let m = labels[cur as usize];
        let mut remove = !m.alive;
        if m.alive {
            let mset = &sets[m.set as usize * words..(m.set as usize + 1) * words];
            if m.g + cw * diff_count_words(cand, mset) as f64 <= g {
                return false;
            }
            if !m.settled && g + cw * diff_count_words(mset, cand) as f64 <= m.g {
                labels[cur as usize].alive = false;
                remove = true;
            }
        }
        if remove {
            if prev == NIL {
                head[bucket] = m.next;
            } else {
                labels[prev as usize].next = m.next;
            }
        } else {
            prev = cur;
        }
        cur = m.next;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[derive(Clone, Debug)]
    struct Role {
        certs: CertSet,
        mid: Option<f64>,
    }

    impl RoleCosting for Role {
        fn key_certs(&self) -> &CertSet {
            &self.certs
        }
        fn salary_mid(&self) -> Option<f64> {
            self.mid
        }
    }

    fn role(certs: &[u32], mid: Option<f64>) -> Role {
        Role {
            certs: CertSet::from_ids(certs.iter().copied()),
            mid,
        }
    }

    fn graph(roles: Vec<Role>, edges: &[(usize, usize)]) -> (DiGraph<Role, ()>, Vec<NodeIndex>) {
        let mut g = DiGraph::new();
        let ids: Vec<NodeIndex> = roles.into_iter().map(|r| g.add_node(r)).collect();
        for &(a, b) in edges {
            g.add_edge(ids[a], ids[b], ());
        }
        (g, ids)
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
    }

    /// Independent re-implementation of the cost rule for a node sequence.
    fn brute_cost(g: &DiGraph<Role, ()>, w: &Weights, have: &CertSet, nodes: &[NodeIndex]) -> f64 {
        let mut held = have.clone();
        held.union_with(&g[nodes[0]].certs);
        let mut cost = 0.0;
        for p in nodes.windows(2) {
            let (a, b) = (&g[p[0]], &g[p[1]]);
            let mut new = 0usize;
            for c in b.certs.iter() {
                if held.insert(c) {
                    new += 1;
                }
            }
            let drop = match (a.mid, b.mid) {
                (Some(x), Some(y)) => (x - y).max(0.0),
                _ => 0.0,
            };
            cost += w.move_weight + w.cert_weight * new as f64 + w.salary_weight * drop / 10_000.0;
        }
        cost
    }

    /// All simple paths from -> to honoring avoid/via, with their costs, sorted by cost.
    fn brute_paths(g: &DiGraph<Role, ()>, w: &Weights, q: &PathQuery) -> Vec<(f64, Vec<NodeIndex>)> {
        fn dfs(g: &DiGraph<Role, ()>, q: &PathQuery, path: &mut Vec<NodeIndex>, out: &mut Vec<Vec<NodeIndex>>) {
            let u = *path.last().unwrap_or(&q.from);
            if u == q.to {
                out.push(path.clone());
                return;
            }
            let mut succ: Vec<NodeIndex> = g.neighbors(u).collect();
            succ.sort();
            succ.dedup();
            for v in succ {
                if path.contains(&v) || q.avoid.contains(&v) {
                    continue;
                }
                path.push(v);
                dfs(g, q, path, out);
                path.pop();
            }
        }
        let mut out = Vec::new();
        if q.avoid.contains(&q.from) {
            return Vec::new();
        }
        dfs(g, q, &mut vec![q.from], &mut out);
        let mut res: Vec<(f64, Vec<NodeIndex>)> = out
            .into_iter()
            .filter(|p| q.via.map_or(true, |v| p.contains(&v)))
            .map(|p| (brute_cost(g, w, &q.have, &p), p))
            .collect();
        res.sort_by(|a, b| a.0.total_cmp(&b.0).then_with(|| a.1.cmp(&b.1)));
        res
    }

    /// Checks `cheapest_paths` against brute force, returning a description of the first mismatch.
    fn check(g: &DiGraph<Role, ()>, w: &Weights, q: &PathQuery) -> Result<(), String> {
        let got = cheapest_paths(g, w, q);
        let want = brute_paths(g, w, q);
        let n_want = want.len().min(q.k);
        if got.len() != n_want {
            return Err(format!("got {} paths, want {n_want}: {got:?} vs {want:?}", got.len()));
        }
        let mut distinct = HashSet::new();
        for (i, (p, (wc, _))) in got.iter().zip(&want).enumerate() {
            if !close(p.cost, *wc) {
                return Err(format!(
                    "path {i}: cost {} want {wc}; got {got:?}, want {want:?}",
                    p.cost
                ));
            }
            if i > 0 && p.cost < got[i - 1].cost - 1e-9 {
                return Err(format!("not sorted: {got:?}"));
            }
            let nodes = &p.nodes;
            if nodes.first() != Some(&q.from) || nodes.last() != Some(&q.to) {
                return Err(format!("wrong ends: {nodes:?}"));
            }
            if nodes.iter().collect::<HashSet<_>>().len() != nodes.len() {
                return Err(format!("not simple: {nodes:?}"));
            }
            if nodes.iter().any(|v| q.avoid.contains(v)) {
                return Err(format!("visits avoided role: {nodes:?}"));
            }
            if q.via.is_some_and(|v| !nodes.contains(&v)) {
                return Err(format!("misses via: {nodes:?}"));
            }
            if nodes.windows(2).any(|e| g.find_edge(e[0], e[1]).is_none()) {
                return Err(format!("missing edge: {nodes:?}"));
            }
            if p.steps.len() + 1 != nodes.len() {
                return Err(format!("steps/nodes mismatch: {p:?}"));
            }
            let sum: f64 = p.steps.iter().map(StepCost::total).sum();
            if !close(sum, p.cost) || !close(brute_cost(g, w, &q.have, nodes), p.cost) {
                return Err(format!("reported cost {} != recomputed {sum}", p.cost));
            }
            if !distinct.insert(nodes.clone()) {
                return Err(format!("duplicate path: {nodes:?}"));
            }
        }
        Ok(())
    }

    /// Dijkstra over roles that keeps only the cheapest arrival (and its held set) per role.
    fn naive_role_dijkstra(g: &DiGraph<Role, ()>, w: &Weights, from: NodeIndex, to: NodeIndex) -> f64 {
        let n = g.node_count();
        let mut best: Vec<Option<(f64, CertSet)>> = vec![None; n];
        let mut done = vec![false; n];
        best[from.index()] = Some((0.0, g[from].certs.clone()));
        loop {
            let Some(u) = (0..n).filter(|&i| !done[i] && best[i].is_some()).min_by(|&a, &b| {
                let ca = best[a].as_ref().map_or(f64::INFINITY, |x| x.0);
                let cb = best[b].as_ref().map_or(f64::INFINITY, |x| x.0);
                ca.total_cmp(&cb)
            }) else {
                return f64::INFINITY;
            };
            done[u] = true;
            let Some((cu, hu)) = best[u].clone() else {
                return f64::INFINITY;
            };
            if u == to.index() {
                return cu;
            }
            let un = NodeIndex::new(u);
            for v in g.neighbors(un) {
                let s = step_cost(w, g[un].mid, g[v].mid, &g[v].certs, &hu);
                let c = cu + s.total();
                if best[v.index()].as_ref().map_or(true, |x| c < x.0) {
                    let mut h = hu.clone();
                    h.union_with(&g[v].certs);
                    best[v.index()] = Some((c, h));
                }
            }
        }
    }

    /// s=0 (100k), a=1 {1}, b=2 (95k), c=3, t=4 {1}: s->a->c->t = 4, s->b->c->t = 4.5.
    fn diamond() -> (DiGraph<Role, ()>, Vec<NodeIndex>) {
        graph(
            vec![
                role(&[], Some(100_000.0)),
                role(&[1], None),
                role(&[], Some(95_000.0)),
                role(&[], None),
                role(&[1], None),
            ],
            &[(0, 1), (0, 2), (1, 3), (2, 3), (3, 4)],
        )
    }

    #[test]
    fn path_dependence_beats_role_dijkstra() {
        let (g, n) = diamond();
        let w = Weights::default();
        let q = PathQuery::new(n[0], n[4]);
        let p = cheapest_paths(&g, &w, &q);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].nodes, vec![n[0], n[1], n[3], n[4]]);
        assert_eq!(p[0].cost, 4.0);
        assert_eq!(p[0].steps[0].new_certs, CertSet::from_ids([1]));
        assert!(p[0].steps[2].new_certs.is_empty());
        // Dijkstra over roles settles c via b (2.5 < 3.0) and gets 4.5.
        assert_eq!(naive_role_dijkstra(&g, &w, n[0], n[4]), 4.5);
        assert_eq!(check(&g, &w, &PathQuery { k: 5, ..q }), Ok(()));
    }

    #[test]
    fn path_dependence_at_an_intermediate_role() {
        // Like `diamond`, but cert 1 is needed at d=4 on the way to t=5, so no lower bound
        // on the target's certs can help: the cheaper arrival at c (via b, 2.5) must not
        // suppress the dearer one holding cert 1 (via a, 3.0).
        let (g, n) = graph(
            vec![
                role(&[], Some(100_000.0)),
                role(&[1], None),
                role(&[], Some(95_000.0)),
                role(&[], None),
                role(&[1], None),
                role(&[], None),
            ],
            &[(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (4, 5)],
        );
        let w = Weights::default();
        let p = cheapest_paths(&g, &w, &PathQuery::new(n[0], n[5]));
        assert_eq!(p[0].nodes, vec![n[0], n[1], n[3], n[4], n[5]]);
        assert_eq!(p[0].cost, 5.0);
        assert_eq!(naive_role_dijkstra(&g, &w, n[0], n[5]), 5.5);
    }

    #[test]
    fn have_makes_certs_free() {
        let (g, n) = diamond();
        let q = PathQuery {
            have: CertSet::from_ids([1]),
            ..PathQuery::new(n[0], n[4])
        };
        let p = cheapest_paths(&g, &Weights::default(), &q);
        assert_eq!(p[0].nodes, vec![n[0], n[1], n[3], n[4]]);
        assert_eq!(p[0].cost, 3.0);
    }

    #[test]
    fn avoid_is_honored() {
        let (g, n) = diamond();
        let q = PathQuery {
            avoid: vec![n[1]],
            k: 3,
            ..PathQuery::new(n[0], n[4])
        };
        let p = cheapest_paths(&g, &Weights::default(), &q);
        assert_eq!(p.len(), 1);
        assert_eq!(p[0].nodes, vec![n[0], n[2], n[3], n[4]]);
        assert_eq!(p[0].cost, 4.5);
        let q = PathQuery { avoid: vec![n[3]], ..q };
        assert!(cheapest_paths(&g, &Weights::default(), &q).is_empty());
        let q = PathQuery { avoid: vec![n[4]], ..q };
        assert!(cheapest_paths(&g, &Weights::default(), &q).is_empty());
    }

    #[test]
    fn via_is_solved_jointly() {
        // s=0 (100k), x=1 {1}, y=2 (95k), v=3, t=4 {1}; also s->t directly.
        // Leg 1 alone prefers s->y->v (2.5 < 3), then v->t costs 2: 4.5.
        // Jointly s->x->v->t costs 3 + 1 = 4.
        let (g, n) = graph(
            vec![
                role(&[], Some(100_000.0)),
                role(&[1], None),
                role(&[], Some(95_000.0)),
                role(&[], None),
                role(&[1], None),
            ],
            &[(0, 1), (0, 2), (1, 3), (2, 3), (3, 4), (0, 4)],
        );
        let w = Weights::default();
        let q = PathQuery {
            via: Some(n[3]),
            ..PathQuery::new(n[0], n[4])
        };
        let p = cheapest_paths(&g, &w, &q);
        assert_eq!(p[0].nodes, vec![n[0], n[1], n[3], n[4]]);
        assert_eq!(p[0].cost, 4.0);
        // Two independent legs give 4.5.
        let leg1 = cheapest_paths(&g, &w, &PathQuery::new(n[0], n[3]));
        assert_eq!(leg1[0].nodes, vec![n[0], n[2], n[3]]);
        assert_eq!(check(&g, &w, &PathQuery { k: 4, ..q }), Ok(()));
        // Without via the direct move wins.
        assert_eq!(cheapest_paths(&g, &w, &PathQuery::new(n[0], n[4]))[0].cost, 2.0);
    }

    #[test]
    fn via_needs_a_simple_path() {
        // s=0 -> a=1 -> v=2 -> a -> t=3 is the only via walk, and it is not simple.
        let (g, n) = graph(
            vec![role(&[], None), role(&[], None), role(&[], None), role(&[], None)],
            &[(0, 1), (1, 2), (2, 1), (1, 3)],
        );
        let q = PathQuery {
            via: Some(n[2]),
            k: 2,
            ..PathQuery::new(n[0], n[3])
        };
        assert!(cheapest_paths(&g, &Weights::default(), &q).is_empty());
        // Add b=4 {7} and c=5 {8, 9}: the cheapest via walk s-a-v-a-t (4) is not simple, so
        // the branch and bound must find the simple s-b-v-a-t (5).
        let (g, n) = graph(
            vec![
                role(&[], None),
                role(&[], None),
                role(&[], None),
                role(&[], None),
                role(&[7], None),
                role(&[8, 9], None),
            ],
            &[(0, 1), (1, 2), (2, 1), (1, 3), (0, 4), (4, 2), (2, 5), (5, 3)],
        );
        let q = PathQuery {
            via: Some(n[2]),
            k: 5,
            ..PathQuery::new(n[0], n[3])
        };
        let p = cheapest_paths(&g, &Weights::default(), &q);
        assert_eq!(p[0].nodes, vec![n[0], n[4], n[2], n[1], n[3]]);
        assert_eq!(p[0].cost, 5.0);
        let rest: Vec<(f64, Vec<NodeIndex>)> = p[1..].iter().map(|p| (p.cost, p.nodes.clone())).collect();
        assert_eq!(
            rest,
            vec![
                (6.0, vec![n[0], n[1], n[2], n[5], n[3]]),
                (7.0, vec![n[0], n[4], n[2], n[5], n[3]]),
            ]
        );
        assert_eq!(check(&g, &Weights::default(), &q), Ok(()));
    }

    #[test]
    fn k3_ordering() {
        // 0 -> {1,2,3} -> 4 with distinct cert costs, plus 0 -> 4 directly.
        let (g, n) = graph(
            vec![
                role(&[], None),
                role(&[1], None),
                role(&[1, 2], None),
                role(&[1, 2, 3], None),
                role(&[], None),
            ],
            &[(0, 1), (0, 2), (0, 3), (1, 4), (2, 4), (3, 4), (0, 4), (0, 4)],
        );
        let q = PathQuery {
            k: 3,
            ..PathQuery::new(n[0], n[4])
        };
        let p = cheapest_paths(&g, &Weights::default(), &q);
        let got: Vec<(f64, Vec<NodeIndex>)> = p.iter().map(|p| (p.cost, p.nodes.clone())).collect();
        assert_eq!(
            got,
            vec![
                (1.0, vec![n[0], n[4]]),
                (3.0, vec![n[0], n[1], n[4]]),
                (4.0, vec![n[0], n[2], n[4]]),
            ]
        );
        let all = cheapest_paths(&g, &Weights::default(), &PathQuery { k: 10, ..q });
        assert_eq!(all.len(), 4);
        assert_eq!(all[3].cost, 5.0);
    }

    #[test]
    fn no_path_and_trivial_cases() {
        let (g, n) = graph(
            vec![role(&[1], None), role(&[], None), role(&[], None)],
            &[(0, 1), (1, 1)],
        );
        let w = Weights::default();
        assert!(cheapest_paths(&g, &w, &PathQuery::new(n[0], n[2])).is_empty());
        assert!(cheapest_paths(&g, &w, &PathQuery::new(n[1], n[0])).is_empty());
        assert!(cheapest_paths(
            &g,
            &w,
            &PathQuery {
                k: 0,
                ..PathQuery::new(n[0], n[1])
            }
        )
        .is_empty());
        let same = cheapest_paths(
            &g,
            &w,
            &PathQuery {
                k: 3,
                ..PathQuery::new(n[0], n[0])
            },
        );
        assert_eq!(same.len(), 1);
        assert_eq!((same[0].cost, same[0].nodes.clone()), (0.0, vec![n[0]]));
        assert!(same[0].steps.is_empty());
        let via_other = PathQuery {
            via: Some(n[1]),
            ..PathQuery::new(n[0], n[0])
        };
        assert!(cheapest_paths(&g, &w, &via_other).is_empty());
        let out_of_range = PathQuery::new(n[0], NodeIndex::new(99));
        assert!(cheapest_paths(&g, &w, &out_of_range).is_empty());
        // via == from and via == to are satisfied trivially.
        for via in [n[0], n[1]] {
            let q = PathQuery {
                via: Some(via),
                ..PathQuery::new(n[0], n[1])
            };
            assert_eq!(cheapest_paths(&g, &w, &q)[0].nodes, vec![n[0], n[1]]);
        }
    }

    #[test]
    fn path_cost_rejects_bad_sequences() {
        let (g, n) = diamond();
        let w = Weights::default();
        assert!(path_cost(&g, &w, &CertSet::new(), &[]).is_none());
        assert!(path_cost(&g, &w, &CertSet::new(), &[n[0], n[3]]).is_none());
        assert!(path_cost(&g, &w, &CertSet::new(), &[n[0], NodeIndex::new(42)]).is_none());
        let p = path_cost(&g, &w, &CertSet::new(), &[n[0], n[2], n[3], n[4]]);
        assert_eq!(p.map(|p| p.cost), Some(4.5));
    }

    #[test]
    fn cut_cycles_keeps_ends() {
        let v = |xs: &[usize]| xs.iter().map(|&x| NodeIndex::new(x)).collect::<Vec<_>>();
        assert_eq!(cut_cycles(&v(&[0, 1, 2, 1, 3])), v(&[0, 1, 3]));
        assert_eq!(cut_cycles(&v(&[0, 1, 2, 3, 2, 1, 4, 5, 4])), v(&[0, 1, 4]));
        assert_eq!(cut_cycles(&v(&[0])), v(&[0]));
    }

    #[derive(Debug, Clone)]
    struct Case {
        roles: Vec<(Vec<u32>, Option<u32>)>,
        edges: Vec<(usize, usize)>,
        weights: (f64, f64, f64),
        have: Vec<u32>,
        from: usize,
        to: usize,
        avoid: Vec<usize>,
        via: Option<usize>,
        k: usize,
    }

    fn arb_case() -> impl Strategy<Value = Case> {
        let weight = || prop_oneof![Just(0.0), Just(0.5), Just(1.0), Just(2.0)];
        (2usize..=7).prop_flat_map(move |n| {
            (
                prop::collection::vec((prop::collection::vec(0u32..5, 0..=3), prop::option::of(0u32..6)), n),
                prop::collection::vec((0..n, 0..n), 0..=3 * n),
                (weight(), weight(), weight()),
                prop::collection::vec(0u32..5, 0..=2),
                (0..n, 0..n),
                prop::collection::vec(0..n, 0..=2),
                prop::option::weighted(0.4, 0..n),
                1usize..=4,
            )
                .prop_map(|(roles, edges, weights, have, (from, to), avoid, via, k)| Case {
                    roles,
                    edges,
                    weights,
                    have,
                    from,
                    to,
                    avoid,
                    via,
                    k,
                })
        })
    }

    fn build(c: &Case) -> (DiGraph<Role, ()>, Weights, PathQuery) {
        let roles = c
            .roles
            .iter()
            .map(|(certs, mid)| role(certs, mid.map(|m| 60_000.0 + 7_500.0 * f64::from(m))))
            .collect();
        let (g, n) = graph(roles, &c.edges);
        let (m, ce, s) = c.weights;
        let w = Weights::new(m, ce, s).unwrap_or_default();
        let q = PathQuery {
            from: n[c.from],
            to: n[c.to],
            have: CertSet::from_ids(c.have.iter().copied()),
            avoid: c.avoid.iter().map(|&i| n[i]).collect(),
            via: c.via.map(|i| n[i]),
            k: c.k,
        };
        (g, w, q)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2048))]
        #[test]
        fn matches_brute_force(c in arb_case()) {
            let (g, w, q) = build(&c);
            prop_assert_eq!(check(&g, &w, &q), Ok(()));
        }
    }

    /// Layered graphs (s, three layers of 1..=3 roles, t, plus a few random extra edges):
    /// many routes converge, so a cheap arrival with the wrong certifications is common.
    fn arb_layered() -> impl Strategy<Value = Case> {
        (1usize..=3, 1usize..=2, 1usize..=2).prop_flat_map(|(a, b, c)| {
            let n = 2 + a + b + c;
            let layers: Vec<Vec<usize>> = vec![
                vec![0],
                (1..1 + a).collect(),
                (1 + a..1 + a + b).collect(),
                (1 + a + b..1 + a + b + c).collect(),
                vec![n - 1],
            ];
            let mut pairs = Vec::new();
            for w in layers.windows(2) {
                for &x in &w[0] {
                    for &y in &w[1] {
                        pairs.push((x, y));
                    }
                }
            }
            let weight = || prop_oneof![Just(0.0), Just(0.5), Just(1.0), Just(2.0)];
            (
                prop::collection::vec(
                    (
                        prop::collection::vec(0u32..4, 0..=1),
                        prop::option::weighted(0.3, 0u32..6),
                    ),
                    n,
                ),
                prop::collection::vec(prop::bool::weighted(0.75), pairs.len()),
                prop::collection::vec((0..n, 0..n), 0..=2),
                (weight(), weight(), weight()),
                prop::option::weighted(0.3, 0..n),
                1usize..=3,
            )
                .prop_map(move |(roles, keep, extra, weights, via, k)| Case {
                    roles,
                    edges: pairs
                        .iter()
                        .zip(&keep)
                        .filter(|(_, &k)| k)
                        .map(|(&e, _)| e)
                        .chain(extra)
                        .collect(),
                    weights,
                    have: Vec::new(),
                    from: 0,
                    to: n - 1,
                    avoid: Vec::new(),
                    via,
                    k,
                })
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(16384))]
        #[test]
        fn matches_brute_force_layered(c in arb_layered()) {
            let (g, w, q) = build(&c);
            prop_assert_eq!(check(&g, &w, &q), Ok(()));
        }
    }

    /// Dense small graphs with many simple paths exercise Yen and the via branch and bound.
    #[test]
    fn matches_brute_force_dense() {
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        for _ in 0..300 {
            let n = 5 + rng.below(3);
            let roles = (0..n)
                .map(|_| {
                    let certs: Vec<u32> = (0..rng.below(3)).map(|_| rng.below(6) as u32).collect();
                    let mid = (rng.below(4) > 0).then(|| 50_000.0 + 5_000.0 * rng.below(8) as f64);
                    role(&certs, mid)
                })
                .collect();
            let edges: Vec<(usize, usize)> = (0..n * 3).map(|_| (rng.below(n), rng.below(n))).collect();
            let (g, ids) = graph(roles, &edges);
            let q = PathQuery {
                from: ids[0],
                to: ids[n - 1],
                have: CertSet::new(),
                avoid: Vec::new(),
                via: (rng.below(2) == 0).then(|| ids[rng.below(n)]),
                k: 1 + rng.below(8),
            };
            assert_eq!(check(&g, &Weights::default(), &q), Ok(()), "{g:?} {q:?}");
        }
    }

    struct XorShift(u64);

    impl XorShift {
        fn next(&mut self) -> u64 {
            self.0 ^= self.0 << 13;
            self.0 ^= self.0 >> 7;
            self.0 ^= self.0 << 17;
            self.0
        }
        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    /// A random graph of `n` roles with 3..=5 out-edges, `certs` distinct certifications
    /// (0..=3 per role) and salary midpoints 40k..200k (10% unknown).
    fn synthetic(n: usize, certs: usize, seed: u64) -> DiGraph<Role, ()> {
        let mut rng = XorShift(seed);
        let mut g = DiGraph::with_capacity(n, n * 4);
        for _ in 0..n {
            let ids: Vec<u32> = (0..rng.below(4)).map(|_| rng.below(certs) as u32).collect();
            let mid = (rng.below(10) > 0).then(|| 40_000.0 + 1_000.0 * rng.below(160) as f64);
            g.add_node(role(&ids, mid));
        }
        for u in 0..n {
            for _ in 0..3 + rng.below(3) {
                g.add_edge(NodeIndex::new(u), NodeIndex::new(rng.below(n)), ());
            }
        }
        g
    }

    fn time_queries(n: usize, certs: usize, queries: usize) {
        let g = synthetic(n, certs, 0xC0FFEE ^ n as u64);
        let w = Weights::default();
        let mut rng = XorShift(42);
        for (k, via) in [(1, false), (3, false), (1, true), (3, true)] {
            let mut total = std::time::Duration::ZERO;
            let mut worst = std::time::Duration::ZERO;
            let mut found = 0;
            for _ in 0..queries {
                let q = PathQuery {
                    from: NodeIndex::new(rng.below(n)),
                    to: NodeIndex::new(rng.below(n)),
                    have: CertSet::new(),
                    avoid: vec![NodeIndex::new(rng.below(n))],
                    via: via.then(|| NodeIndex::new(rng.below(n))),
                    k,
                };
                let t = std::time::Instant::now();
                let p = cheapest_paths(&g, &w, &q);
                let dt = t.elapsed();
                total += dt;
                worst = worst.max(dt);
                found += usize::from(!p.is_empty());
                for fp in &p {
                    let again = path_cost(&g, &w, &q.have, &fp.nodes).map(|x| x.cost);
                    assert_eq!(again, Some(fp.cost));
                }
            }
            eprintln!(
                "n={n} certs={certs} k={k} via={via}: {queries} queries, {found} with paths, \
                 mean {:.2} ms, max {:.2} ms",
                total.as_secs_f64() * 1e3 / queries as f64,
                worst.as_secs_f64() * 1e3
            );
        }
    }

    #[test]
    #[ignore = "timing smoke test; run with --release -- --ignored --nocapture"]
    fn smoke_10k() {
        time_queries(10_000, 100, 20);
    }

    #[test]
    #[ignore = "timing smoke test; run with --release -- --ignored --nocapture"]
    fn smoke_100k() {
        time_queries(100_000, 200, 10);
    }
}

//! The questions people ask of the graph, answered as plain data: cheapest paths, the
//! certification plan along one, and the moves into and out of a role with their kind.
//!
//! Nothing here prints; the commands render these records.

use petgraph::graph::NodeIndex;
use petgraph::visit::EdgeRef;
use petgraph::Direction;
use serde::Serialize;

use crate::corpus::Evidence;
use crate::cost::{step_cost, CertSet, RoleCosting, Weights};
use crate::graph::{CareerGraph, UnknownRole};
use crate::page::SalaryRange;
use crate::search::{cheapest_paths, PathQuery};

/// Removes floating-point noise below 1e-9 from a cost, so that the value printed is the
/// formula's exact value (`6.408`, not `6.4079999999999995`). Costs are sums of weights, counts
/// and whole-dollar differences divided by 10,000, so nothing meaningful lives below that.
pub fn tidy(x: f64) -> f64 {
    let t = (x * 1e9).round() / 1e9;
    if t == 0.0 {
        0.0
    } else {
        t
    }
}

/// A path question as the user asks it, with names not yet resolved.
#[derive(Debug, Clone)]
pub struct PathRequest {
    /// Start role.
    pub from: String,
    /// Target role.
    pub to: String,
    /// Certifications already held.
    pub have: Vec<String>,
    /// Roles the path must not visit.
    pub avoid: Vec<String>,
    /// A role the path must pass through.
    pub via: Option<String>,
    /// How many paths.
    pub k: usize,
    /// The cost weights.
    pub weights: Weights,
}

/// One move of a path, with every term of its cost and where the move is stated.
#[derive(Debug, Clone, Serialize)]
pub struct StepReport {
    /// Role left.
    pub from: String,
    /// Role reached.
    pub to: String,
    /// The move's cost.
    pub cost: f64,
    /// Midpoint change in dollars, where both salaries are known.
    pub salary_delta: Option<f64>,
    /// Certifications to earn for this move, in catalogue order.
    pub new_certs: Vec<String>,
    /// The target role's salary range.
    pub to_salary: Option<SalaryRange>,
    /// Where the target salary comes from.
    pub to_salary_source: Option<String>,
    /// `move_weight × 1`.
    pub move_term: f64,
    /// `cert_weight × |new_certs|`.
    pub cert_term: f64,
    /// `salary_weight × max(0, −salary_delta) / 10000`.
    pub salary_term: f64,
    /// Whether the move is inferred from titles.
    pub inferred: bool,
    /// The sentences stating the move.
    pub evidence: Vec<Evidence>,
}

/// One path: its cost, roles and moves.
#[derive(Debug, Clone, Serialize)]
pub struct PathReport {
    /// Total cost.
    pub cost: f64,
    /// Roles from start to target.
    pub roles: Vec<String>,
    /// The moves.
    pub steps: Vec<StepReport>,
}

/// The answer to a path question: the canonical names and the paths (none when there is no
/// path), plus warnings about the question (unknown certifications in `--have`).
#[derive(Debug, Clone, Serialize)]
pub struct PathAnswer {
    /// Start role, canonical title.
    pub from: String,
    /// Target role, canonical title.
    pub to: String,
    /// Paths, cheapest first.
    pub paths: Vec<PathReport>,
    /// Certifications held at the start (`--have` plus the start role's).
    #[serde(skip)]
    pub held_at_start: Vec<String>,
    /// Problems with the question that did not stop it.
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// Answers a path question exactly (see [`crate::search`]).
pub fn find_paths(g: &CareerGraph, req: &PathRequest) -> Result<PathAnswer, UnknownRole> {
    let from = g.find(&req.from)?;
    let to = g.find(&req.to)?;
    let avoid = req.avoid.iter().map(|a| g.find(a)).collect::<Result<Vec<_>, _>>()?;
    let via = req.via.as_deref().map(|v| g.find(v)).transpose()?;
    let (have, unknown) = g.cert_set(&req.have);
    let mut warnings: Vec<String> = unknown
        .iter()
        .map(|u| format!("--have: \"{u}\" is not a certification any role needs; ignored"))
        .collect();
    if avoid.contains(&from) || avoid.contains(&to) {
        warnings.push("--avoid names the start or the target role, so no path can exist".into());
    }
    let mut held = have.clone();
    held.union_with(g.graph[from].key_certs());
    let query = PathQuery {
        from,
        to,
        have,
        avoid,
        via,
        k: req.k.max(1),
    };
    let found = cheapest_paths(&g.graph, &req.weights, &query);
    let paths = found
        .iter()
        .map(|p| report_path(g, &p.nodes, &p.steps, p.cost))
        .collect();
    Ok(PathAnswer {
        from: g.title(from).to_string(),
        to: g.title(to).to_string(),
        paths,
        held_at_start: g.cert_names(&held),
        warnings,
    })
}

fn report_path(g: &CareerGraph, nodes: &[NodeIndex], steps: &[crate::cost::StepCost], cost: f64) -> PathReport {
    let mut out = Vec::new();
    for (pair, step) in nodes.windows(2).zip(steps) {
        let (a, b) = (pair[0], pair[1]);
        let edge = g.graph.edges_connecting(a, b).next().map(|e| e.weight());
        let target = g.role(b);
        out.push(StepReport {
            from: g.title(a).to_string(),
            to: g.title(b).to_string(),
            cost: tidy(step.total()),
            salary_delta: step.salary_delta,
            new_certs: g.cert_names(&step.new_certs),
            to_salary: target.salary.as_ref().map(|s| s.range),
            to_salary_source: target.salary.as_ref().map(|s| s.source.clone()),
            move_term: tidy(step.move_term),
            cert_term: tidy(step.cert_term),
            salary_term: tidy(step.salary_term),
            inferred: edge.is_some_and(|e| e.inferred),
            evidence: edge.map(|e| e.evidence.clone()).unwrap_or_default(),
        });
    }
    PathReport {
        cost: tidy(cost),
        roles: nodes.iter().map(|&n| g.title(n).to_string()).collect(),
        steps: out,
    }
}

/// One certification of a plan.
#[derive(Debug, Clone, Serialize)]
pub struct PlannedCert {
    /// Canonical name.
    pub cert: String,
    /// The role that needs it.
    pub for_role: String,
    /// The 1-based step of the path that needs it.
    pub step: usize,
    /// Who issues it, where the catalogue knows.
    pub vendor: Option<String>,
    /// Current exam codes.
    pub exam_codes: Vec<String>,
    /// Number of exams.
    pub exams: Option<u32>,
    /// Fee of one exam in US dollars, approximate.
    pub fee_usd: Option<u32>,
    /// All exams' fees.
    pub total_fee_usd: Option<u32>,
    /// Where the fee was read.
    pub fee_source: Option<String>,
}

/// The certification plan along the cheapest path.
#[derive(Debug, Clone, Serialize)]
pub struct Plan {
    /// Start role.
    pub from: String,
    /// Target role.
    pub to: String,
    /// The roles of the cheapest path.
    pub roles: Vec<String>,
    /// Certifications in the order the steps need them, each once.
    pub certs: Vec<PlannedCert>,
    /// Certifications already held, which the plan leaves out.
    pub already_held: Vec<String>,
    /// Sum of the known total fees.
    pub known_fees_usd: u32,
    /// How many certifications have no known fee.
    pub certs_without_fee: usize,
    /// The path's cost.
    pub cost: f64,
}

/// Turns the cheapest path of an answer into a certification plan.
pub fn plan(g: &CareerGraph, answer: &PathAnswer) -> Option<Plan> {
    let path = answer.paths.first()?;
    let mut certs: Vec<PlannedCert> = Vec::new();
    for (i, step) in path.steps.iter().enumerate() {
        for name in &step.new_certs {
            if certs.iter().any(|c| &c.cert == name) {
                continue;
            }
            let facts = g.catalogue.by_name(name);
            certs.push(PlannedCert {
                cert: name.clone(),
                for_role: step.to.clone(),
                step: i + 1,
                vendor: facts.map(|f| f.vendor.clone()).filter(|v| !v.is_empty()),
                exam_codes: facts.map(|f| f.exam_codes.clone()).unwrap_or_default(),
                exams: facts.and_then(|f| f.exams),
                fee_usd: facts.and_then(|f| f.fee_usd),
                total_fee_usd: facts.and_then(|f| f.total_fee()),
                fee_source: facts.map(|f| f.source_url.clone()).filter(|u| !u.is_empty()),
            });
        }
    }
    let known_fees_usd = certs.iter().filter_map(|c| c.total_fee_usd).sum();
    let certs_without_fee = certs.iter().filter(|c| c.total_fee_usd.is_none()).count();
    Some(Plan {
        from: answer.from.clone(),
        to: answer.to.clone(),
        roles: path.roles.clone(),
        certs,
        already_held: answer.held_at_start.clone(),
        known_fees_usd,
        certs_without_fee,
        cost: path.cost,
    })
}

/// How a move relates the two roles, as career-pathway products classify moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MoveKind {
    /// Pays more (by over 5%), same family.
    Advancement,
    /// Pays more, other family.
    LateralAdvancement,
    /// Comparable pay (within 5%), same family.
    Similar,
    /// Comparable pay, other family.
    LateralTransition,
    /// Pays less (by over 5%), same family.
    StepDown,
    /// Pays less, other family.
    LateralStepDown,
    /// A salary is unknown.
    UnknownPay,
}

impl MoveKind {
    /// The kind in words, for tables.
    pub fn label(self) -> &'static str {
        match self {
            MoveKind::Advancement => "advancement",
            MoveKind::LateralAdvancement => "lateral advancement",
            MoveKind::Similar => "similar",
            MoveKind::LateralTransition => "lateral transition",
            MoveKind::StepDown => "step down",
            MoveKind::LateralStepDown => "lateral step down",
            MoveKind::UnknownPay => "unknown pay",
        }
    }
}

/// Track keywords, checked in order; the first found in a title names its family.
const TRACKS: &[(&str, &[&str])] = &[
    ("security", &["security", "cybersecurity", "soc", "identity", "iam"]),
    ("cloud", &["cloud", "devops", "sre", "reliability"]),
    ("network", &["network", "noc"]),
    (
        "project and service",
        &["project", "itsm", "service", "program", "delivery"],
    ),
    ("operations", &["operations"]),
    (
        "infrastructure",
        &[
            "systems",
            "system",
            "linux",
            "windows",
            "server",
            "endpoint",
            "database",
            "infrastructure",
        ],
    ),
    ("support", &["support", "help", "helpdesk", "desktop", "tier"]),
];

/// A role's family: the first track keyword in its title (security, cloud, network, project
/// and service, operations, infrastructure, support), else its head noun ("manager",
/// "analyst"), so that "IT Manager" and "Help Desk Manager" differ but "IT Support Specialist"
/// and "IT Support Manager" are both support.
pub fn family(title: &str) -> String {
    let key = crate::names::role_key(title);
    let words: Vec<&str> = key.split(' ').collect();
    for (track, keys) in TRACKS {
        if words.iter().any(|w| keys.contains(w)) {
            return (*track).to_string();
        }
    }
    words
        .iter()
        .rev()
        .find(|w| !crate::names::is_grade(w))
        .map_or_else(String::new, |w| (*w).to_string())
}

/// Classifies a move by pay (comparable = within 5% of the current midpoint) and family.
pub fn classify(from_title: &str, to_title: &str, from_mid: Option<f64>, to_mid: Option<f64>) -> MoveKind {
    let (Some(a), Some(b)) = (from_mid, to_mid) else {
        return MoveKind::UnknownPay;
    };
    let same = family(from_title) == family(to_title);
    let change = if a > 0.0 { (b - a) / a } else { 0.0 };
    match (change > 0.05, change < -0.05, same) {
        (true, _, true) => MoveKind::Advancement,
        (true, _, false) => MoveKind::LateralAdvancement,
        (_, true, true) => MoveKind::StepDown,
        (_, true, false) => MoveKind::LateralStepDown,
        (false, false, true) => MoveKind::Similar,
        (false, false, false) => MoveKind::LateralTransition,
    }
}

/// One move into or out of a role.
#[derive(Debug, Clone, Serialize)]
pub struct MoveReport {
    /// Role left.
    pub from: String,
    /// Role reached.
    pub to: String,
    /// The cost for someone holding the key certifications of `from` (plus `--have`).
    pub cost: f64,
    /// Midpoint change.
    pub salary_delta: Option<f64>,
    /// Certifications to earn.
    pub new_certs: Vec<String>,
    /// The kind of move.
    pub kind: MoveKind,
    /// Inferred from titles.
    pub inferred: bool,
    /// Where the move is stated.
    pub evidence: Vec<Evidence>,
}

/// The moves out of (`Direction::Outgoing`) or into (`Incoming`) a role, cheapest first, ties
/// by title. Costs are for someone holding the key certifications of the role moved from,
/// plus `have`.
pub fn moves(g: &CareerGraph, role: NodeIndex, dir: Direction, have: &CertSet, w: &Weights) -> Vec<MoveReport> {
    let mut out: Vec<MoveReport> = g
        .graph
        .edges_directed(role, dir)
        .map(|e| {
            let (a, b) = (e.source(), e.target());
            let mut held = have.clone();
            held.union_with(g.graph[a].key_certs());
            let s = step_cost(
                w,
                g.graph[a].salary_mid(),
                g.graph[b].salary_mid(),
                g.graph[b].key_certs(),
                &held,
            );
            MoveReport {
                from: g.title(a).to_string(),
                to: g.title(b).to_string(),
                cost: tidy(s.total()),
                salary_delta: s.salary_delta,
                new_certs: g.cert_names(&s.new_certs),
                kind: classify(g.title(a), g.title(b), g.graph[a].salary_mid(), g.graph[b].salary_mid()),
                inferred: e.weight().inferred,
                evidence: e.weight().evidence.clone(),
            }
        })
        .collect();
    out.sort_by(|x, y| {
        x.cost
            .total_cmp(&y.cost)
            .then_with(|| crate::names::role_key(&x.to).cmp(&crate::names::role_key(&y.to)))
            .then_with(|| crate::names::role_key(&x.from).cmp(&crate::names::role_key(&y.from)))
    });
    out.dedup_by(|a, b| a.from == b.from && a.to == b.to);
    out
}

/// Every move of the graph in (from, to) title order, costed as in `moves.csv`.
pub fn all_moves(g: &CareerGraph, w: &Weights) -> Vec<MoveReport> {
    let mut out = Vec::new();
    for n in g.roles() {
        let mut m = moves(g, n, Direction::Outgoing, &CertSet::new(), w);
        m.sort_by_key(|x| crate::names::role_key(&x.to));
        out.extend(m);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn families_come_from_track_then_head_noun() {
        assert_eq!(family("IT Support Specialist II"), "support");
        assert_eq!(family("IT Support Manager"), "support");
        assert_eq!(family("Cybersecurity Analyst"), "security");
        assert_eq!(family("IT Manager"), "manager");
        assert_eq!(family("Systems Administrator"), "infrastructure");
    }

    #[test]
    fn moves_are_classified_by_pay_and_family() {
        let k = |a, b, x, y| classify(a, b, Some(x), Some(y));
        assert_eq!(
            k("IT Support Specialist", "IT Support Specialist II", 57000.0, 62295.0),
            MoveKind::Advancement
        );
        assert_eq!(
            k("IT Support Specialist", "Systems Administrator", 57000.0, 99625.0),
            MoveKind::LateralAdvancement
        );
        assert_eq!(
            k("Help Desk Technician", "Desktop Support Technician", 62295.0, 62295.0),
            MoveKind::Similar
        );
        assert_eq!(
            k("Help Desk Technician", "Network Administrator", 62295.0, 64000.0),
            MoveKind::LateralTransition
        );
        assert_eq!(
            k("Systems Engineer", "Linux Administrator", 111945.0, 95000.0),
            MoveKind::StepDown
        );
        assert_eq!(classify("A", "B", None, Some(1.0)), MoveKind::UnknownPay);
    }
}

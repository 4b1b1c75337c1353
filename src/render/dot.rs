//! Graphviz DOT for the whole graph or for the paths of an answer.
//!
//! Node identifiers are the role titles, quoted and escaped, so any name is valid DOT. Each
//! edge carries its cost in `len` (Graphviz's `dijkstra -d` reads weights from `len` alone),
//! inferred moves are dashed, and roles are grouped by family in clusters, laid out left to
//! right.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use petgraph::graph::NodeIndex;

use super::format_number;
use crate::cost::{step_cost, RoleCosting, Weights};
use crate::graph::CareerGraph;
use crate::query::{family, PathAnswer};

/// Quotes a string for DOT: backslashes, quotes and line breaks escaped, other control
/// characters replaced.
pub fn quote(s: &str) -> String {
    format!("\"{}\"", escape(s))
}

/// Escapes a string for the inside of a DOT quoted string.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '"' => out.push_str("\\\""),
            '\n' | '\r' => out.push_str("\\n"),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn node_label(g: &CareerGraph, n: NodeIndex) -> String {
    let r = g.role(n);
    let salary = r
        .salary
        .as_ref()
        .map_or_else(|| "salary unknown".to_string(), |s| s.range.to_string());
    // The line break is DOT's own escape, added after quoting the parts.
    format!("{}\\n{}", escape(&r.title), escape(&salary))
}

/// Writes the whole graph. With `highlight`, the edges and nodes of that path are emphasised.
pub fn write_graph(out: &mut dyn Write, g: &CareerGraph, w: &Weights, highlight: Option<&[String]>) -> io::Result<()> {
    let on_path: BTreeSet<&str> = highlight.unwrap_or(&[]).iter().map(String::as_str).collect();
    let path_edges: BTreeSet<(&str, &str)> = highlight
        .map(|p| p.windows(2).map(|w| (w[0].as_str(), w[1].as_str())).collect())
        .unwrap_or_default();
    writeln!(out, "digraph careergraph {{")?;
    // newrank lets ranks cross clusters; without it dot fails on some cluster layouts.
    writeln!(out, "  rankdir=LR; newrank=true;")?;
    writeln!(out, "  node [shape=box, style=rounded, fontname=\"Helvetica\"];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=9];")?;
    let mut clusters: BTreeMap<String, Vec<NodeIndex>> = BTreeMap::new();
    for n in g.roles() {
        clusters.entry(family(g.title(n))).or_default().push(n);
    }
    for (i, (fam, nodes)) in clusters.iter().enumerate() {
        writeln!(out, "  subgraph cluster_{i} {{")?;
        writeln!(out, "    label={};", quote(fam))?;
        writeln!(out, "    style=dashed; color=gray;")?;
        for &n in nodes {
            let extra = if on_path.contains(g.title(n)) {
                ", penwidth=3, color=red"
            } else {
                ""
            };
            writeln!(
                out,
                "    {} [label=\"{}\"{extra}];",
                quote(g.title(n)),
                node_label(g, n)
            )?;
        }
        writeln!(out, "  }}")?;
    }
    let mut edges: Vec<_> = g
        .graph
        .edge_indices()
        .filter_map(|e| g.graph.edge_endpoints(e).map(|(a, b)| (a, b, e)))
        .collect();
    edges.sort_by_key(|&(a, b, _)| (crate::names::role_key(g.title(a)), crate::names::role_key(g.title(b))));
    for (a, b, e) in edges {
        let s = step_cost(
            w,
            g.graph[a].salary_mid(),
            g.graph[b].salary_mid(),
            g.graph[b].key_certs(),
            g.graph[a].key_certs(),
        );
        let cost = format_number(crate::query::tidy(s.total()));
        let certs = g.cert_names(&s.new_certs);
        let mut label = format!("cost {cost}");
        for c in &certs {
            label.push_str("\\n+");
            label.push_str(&escape(c));
        }
        let mut attrs = format!("len={cost}, label=\"{label}\"");
        if g.graph[e].inferred {
            attrs.push_str(", style=dashed");
        }
        if path_edges.contains(&(g.title(a), g.title(b))) {
            attrs.push_str(", penwidth=3, color=red");
        }
        writeln!(out, "  {} -> {} [{attrs}];", quote(g.title(a)), quote(g.title(b)))?;
    }
    writeln!(out, "}}")
}

/// Writes only the roles and moves of the paths of an answer, each path in its own colour.
pub fn write_paths(out: &mut dyn Write, g: &CareerGraph, answer: &PathAnswer) -> io::Result<()> {
    const COLOURS: &[&str] = &["red", "blue", "darkgreen", "orange", "purple"];
    writeln!(out, "digraph path {{")?;
    writeln!(out, "  rankdir=LR;")?;
    writeln!(out, "  node [shape=box, style=rounded, fontname=\"Helvetica\"];")?;
    writeln!(out, "  edge [fontname=\"Helvetica\", fontsize=9];")?;
    let mut seen = BTreeSet::new();
    for path in &answer.paths {
        for role in &path.roles {
            if seen.insert(role.clone()) {
                match g.find(role) {
                    Ok(n) => writeln!(out, "  {} [label=\"{}\"];", quote(role), node_label(g, n))?,
                    Err(_) => writeln!(out, "  {};", quote(role))?,
                }
            }
        }
    }
    for (i, path) in answer.paths.iter().enumerate() {
        let colour = COLOURS[i % COLOURS.len()];
        for s in &path.steps {
            let mut label = format!("cost {}", format_number(s.cost));
            for c in &s.new_certs {
                label.push_str("\\n+");
                label.push_str(&escape(c));
            }
            let style = if s.inferred { ", style=dashed" } else { "" };
            writeln!(
                out,
                "  {} -> {} [len={}, label=\"{label}\", color={colour}{style}];",
                quote(&s.from),
                quote(&s.to),
                format_number(s.cost)
            )?;
        }
    }
    writeln!(out, "}}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hostile_names_are_quoted() {
        assert_eq!(quote("a\"b\\c\nd{e}<f>"), "\"a\\\"b\\\\c\\nd{e}<f>\"");
        assert_eq!(quote("Café\u{7}"), "\"Café \"");
    }
}

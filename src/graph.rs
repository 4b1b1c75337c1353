//! The petgraph graph of roles and moves, built from a [`Corpus`].
//!
//! Nodes are inserted in folded-title order and edges in (from, to) order, so node indices and
//! every traversal are the same for the same corpus. Certifications get small integer ids
//! (catalogue order first, then unknown names in sorted order) so that the search can hold them
//! in a [`CertSet`].

use std::collections::BTreeMap;

use petgraph::graph::{DiGraph, NodeIndex};

use crate::corpus::{Corpus, Evidence, RoleRecord};
use crate::cost::{CertSet, RoleCosting};
use crate::names::{self, CertCatalogue};

/// A role in the graph: its record and its key certifications as ids.
#[derive(Debug, Clone)]
pub struct RoleNode {
    /// Everything known about the role.
    pub record: RoleRecord,
    /// Key certifications as catalogue ids.
    pub certs: CertSet,
}

impl RoleCosting for RoleNode {
    fn key_certs(&self) -> &CertSet {
        &self.certs
    }

    fn salary_mid(&self) -> Option<f64> {
        self.record.salary.as_ref().map(|s| s.range.mid())
    }
}

/// A move between two roles.
#[derive(Debug, Clone)]
pub struct MoveEdge {
    /// Inferred from titles rather than stated by a page.
    pub inferred: bool,
    /// Where the move is stated.
    pub evidence: Vec<Evidence>,
}

/// An unknown role name, with the closest known names.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown role \"{name}\"{}", suggestion_text(.suggestions))]
pub struct UnknownRole {
    /// The name as given.
    pub name: String,
    /// Closest known titles, best first.
    pub suggestions: Vec<String>,
}

fn suggestion_text(s: &[String]) -> String {
    if s.is_empty() {
        "; `careergraph roles` lists the known roles".to_string()
    } else {
        format!(
            "; did you mean {}?",
            s.iter().map(|x| format!("\"{x}\"")).collect::<Vec<_>>().join(", ")
        )
    }
}

/// The graph of roles and moves, with name lookup and certification ids.
#[derive(Debug, Clone)]
pub struct CareerGraph {
    /// The graph itself.
    pub graph: DiGraph<RoleNode, MoveEdge>,
    index: BTreeMap<String, NodeIndex>,
    aliases: BTreeMap<String, String>,
    cert_names: Vec<String>,
    cert_ids: BTreeMap<String, u32>,
    /// The certification catalogue, for facts about certifications.
    pub catalogue: CertCatalogue,
}

impl CareerGraph {
    /// Builds the graph, taking the corpus's records (they are moved, not copied). With
    /// `include_inferred` false, moves inferred from titles are left out.
    pub fn from_corpus(corpus: Corpus, catalogue: CertCatalogue, include_inferred: bool) -> Self {
        let mut cert_names: Vec<String> = catalogue.iter().map(|c| c.name.clone()).collect();
        let mut unknown: Vec<&String> = corpus
            .roles
            .values()
            .flat_map(|r| r.key_certs.iter())
            .filter(|c| catalogue.by_name(c).is_none())
            .collect();
        unknown.sort();
        unknown.dedup();
        cert_names.extend(unknown.into_iter().cloned());
        let cert_ids: BTreeMap<String, u32> = cert_names
            .iter()
            .enumerate()
            .map(|(i, n)| (cert_key(n), i as u32))
            .collect();
        let mut graph = DiGraph::new();
        let mut index = BTreeMap::new();
        for (key, record) in corpus.roles {
            let certs = record
                .key_certs
                .iter()
                .filter_map(|c| cert_ids.get(&cert_key(c)).copied())
                .collect();
            let n = graph.add_node(RoleNode { record, certs });
            index.insert(key, n);
        }
        for m in corpus.moves {
            if m.inferred && !include_inferred {
                continue;
            }
            let (Some(&a), Some(&b)) = (index.get(&names::role_key(&m.from)), index.get(&names::role_key(&m.to)))
            else {
                continue;
            };
            if a != b {
                graph.add_edge(
                    a,
                    b,
                    MoveEdge {
                        inferred: m.inferred,
                        evidence: m.evidence,
                    },
                );
            }
        }
        CareerGraph {
            graph,
            index,
            aliases: corpus.aliases,
            cert_names,
            cert_ids,
            catalogue,
        }
    }

    /// Finds a role by title or alias, case-insensitively; an unknown name gets suggestions.
    pub fn find(&self, name: &str) -> Result<NodeIndex, UnknownRole> {
        let key = names::role_key(name);
        if let Some(&n) = self.index.get(&key) {
            return Ok(n);
        }
        if let Some(&n) = self.aliases.get(&key).and_then(|k| self.index.get(k)) {
            return Ok(n);
        }
        Err(UnknownRole {
            name: name.to_string(),
            suggestions: self.suggest(&key),
        })
    }

    /// The closest titles to a folded name: by Jaro-Winkler similarity over titles and
    /// aliases, and any title containing it.
    fn suggest(&self, key: &str) -> Vec<String> {
        let mut scored: Vec<(f64, String)> = Vec::new();
        let candidates = self
            .index
            .keys()
            .map(|k| (k.as_str(), k.as_str()))
            .chain(self.aliases.iter().map(|(a, k)| (a.as_str(), k.as_str())));
        for (name, target) in candidates {
            let Some(&n) = self.index.get(target) else { continue };
            let mut score = strsim::jaro_winkler(key, name);
            if key.len() >= 3 && (name.contains(key) || key.contains(name)) {
                score = score.max(0.9);
            }
            if score >= 0.75 {
                scored.push((score, self.graph[n].record.title.clone()));
            }
        }
        scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.cmp(&b.1)));
        let mut out: Vec<String> = Vec::new();
        for (_, t) in scored {
            if !out.contains(&t) {
                out.push(t);
            }
            if out.len() == 3 {
                break;
            }
        }
        out
    }

    /// The record of a role.
    pub fn role(&self, n: NodeIndex) -> &RoleRecord {
        &self.graph[n].record
    }

    /// The title of a role.
    pub fn title(&self, n: NodeIndex) -> &str {
        &self.graph[n].record.title
    }

    /// Certification names for a set of ids, in id (catalogue) order.
    pub fn cert_names(&self, set: &CertSet) -> Vec<String> {
        set.iter()
            .filter_map(|i| self.cert_names.get(i as usize).cloned())
            .collect()
    }

    /// Resolves certification names as a user writes them (`--have "Net+,A+"`). Returns the
    /// set and the names that match no certification in the graph or catalogue.
    pub fn cert_set(&self, written: &[String]) -> (CertSet, Vec<String>) {
        let mut set = CertSet::new();
        let mut unknown = Vec::new();
        for w in written {
            let name = self.catalogue.canonical(w).unwrap_or(w);
            match self.cert_ids.get(&cert_key(name)) {
                Some(&id) => {
                    set.insert(id);
                }
                None => unknown.push(w.clone()),
            }
        }
        (set, unknown)
    }

    /// All roles in title order.
    pub fn roles(&self) -> impl Iterator<Item = NodeIndex> + '_ {
        self.index.values().copied()
    }

    /// The number of roles.
    pub fn role_count(&self) -> usize {
        self.graph.node_count()
    }
}

fn cert_key(name: &str) -> String {
    names::role_key(name)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sources::SourceFile;

    fn graph() -> CareerGraph {
        let page = |n: &str, t: &str| SourceFile {
            name: n.into(),
            bytes: t.as_bytes().to_vec(),
        };
        let files = [
            page("a", "IT\nHelp Desk Technician\nLast updated\nAnswers calls.\nRole at a glance\n- Key certifications\n- A+\nCareer outlook\nThe usual next step is desktop support technician.\n"),
            page("b", "IT\nDesktop Support Technician\nLast updated\nFixes desks.\nRole at a glance\n- Key certifications\n- A+, Made Up Cert\n"),
        ];
        let aliases = [page("aliases.csv", "alias,role\nTier 1 Support,Help Desk Technician\n")];
        let cat = CertCatalogue::embedded();
        CareerGraph::from_corpus(Corpus::build(&files, &aliases, &cat), cat, true)
    }

    #[test]
    fn roles_resolve_by_title_alias_and_case() {
        let g = graph();
        let a = g.find("help  desk TECHNICIAN").unwrap();
        assert_eq!(g.find("tier 1 support").unwrap(), a);
        assert_eq!(g.graph.edge_count(), 1);
    }

    #[test]
    fn unknown_roles_get_suggestions() {
        let err = graph().find("Help Desk Tech").unwrap_err();
        assert_eq!(err.suggestions[0], "Help Desk Technician");
        assert!(err
            .to_string()
            .starts_with("unknown role \"Help Desk Tech\"; did you mean \"Help Desk Technician\""));
    }

    #[test]
    fn unknown_certs_get_ids_after_the_catalogue() {
        let g = graph();
        let n = g.find("Desktop Support Technician").unwrap();
        assert_eq!(g.cert_names(&g.graph[n].certs), vec!["CompTIA A+", "Made Up Cert"]);
        let (set, unknown) = g.cert_set(&["A+".into(), "Nope".into()]);
        assert_eq!(g.cert_names(&set), vec!["CompTIA A+"]);
        assert_eq!(unknown, vec!["Nope"]);
    }
}

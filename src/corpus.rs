//! Many pages → one set of role records and moves, each fact with its provenance.
//!
//! A role is defined by its own page, or exists because another page names it as a next step
//! or a related role. Names are resolved through titles and aliases (`aliases.csv` files beside
//! the pages, and a page's own `Also known as` field). A role's salary comes from its own page's
//! `Typical salary` field, else from the related-role lists of other pages (where they
//! disagree: a warning, and the median range), else it is unknown. Ladder moves are inferred
//! from titles (X → X II → X III, X → Senior X → Lead X, Lead X → Lead X II) and marked so.
//! The default corpus, `seeds/` of the repository, is compiled into the binary.

use std::collections::{BTreeMap, BTreeSet};

use include_dir::{include_dir, Dir};
use serde::Serialize;

use crate::names::{self, CertCatalogue};
use crate::page::{read_page, Experience, Page, SalaryRange};
use crate::sources::SourceFile;

static DEFAULT_SEEDS: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/seeds");

/// The default corpus's files (pages and `aliases.csv`), in path order, named `seeds/<file>`.
pub fn default_sources() -> Vec<SourceFile> {
    let mut files: Vec<SourceFile> = DEFAULT_SEEDS
        .files()
        .map(|f| SourceFile {
            name: format!("seeds/{}", f.path().display()),
            bytes: f.contents().to_vec(),
        })
        .collect();
    files.sort_by(|a, b| a.name.cmp(&b.name));
    files
}

/// Where a fact was read: a file and line, and the text there.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Evidence {
    /// The page.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// The sentence or entry.
    pub text: String,
}

impl std::fmt::Display for Evidence {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.text)
    }
}

/// A role's salary range and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourcedSalary {
    /// The range.
    pub range: SalaryRange,
    /// Provenance in words: `seeds/x.txt:12 (BLS OEWS May 2024, SOC 15-1244, …)` or
    /// `related list, seeds/y.txt:88`.
    pub source: String,
}

/// One role with everything known about it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RoleRecord {
    /// The title, as its page (or first mention) writes it.
    pub title: String,
    /// The page category.
    pub category: Option<String>,
    /// `file:line` of the page(s) that define this role; empty when it is only named.
    pub pages: Vec<String>,
    /// Typical experience.
    pub experience: Experience,
    /// Key certifications, canonical names where known.
    pub key_certs: Vec<String>,
    /// The salary range, if any source gives one.
    pub salary: Option<SourcedSalary>,
    /// Other names that resolve to this role.
    pub aliases: Vec<String>,
}

/// A move from one role to another.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MoveRecord {
    /// Role the move leaves.
    pub from: String,
    /// Role the move reaches.
    pub to: String,
    /// Inferred from titles rather than stated by a page.
    pub inferred: bool,
    /// The sentences that state the move (or the rule that inferred it).
    pub evidence: Vec<Evidence>,
}

/// A role name that could not be tied to a role with a page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    /// What kind of problem (`missing-section`, `unknown-cert`, …).
    pub kind: &'static str,
    /// `file:line` or the role it concerns.
    pub place: String,
    /// The problem in a sentence.
    pub message: String,
}

/// Roles and moves merged from many pages.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Roles by folded title, so iteration is in a stable order.
    pub roles: BTreeMap<String, RoleRecord>,
    /// Moves, sorted by (from, to).
    pub moves: Vec<MoveRecord>,
    /// Folded alias → folded title of the role it names.
    pub aliases: BTreeMap<String, String>,
    /// Things a corpus author should fix (`check` reports them).
    pub findings: Vec<Finding>,
    /// Warnings met while reading, `file:line: message`.
    pub warnings: Vec<String>,
}

impl Corpus {
    /// Reads pages and alias files and merges them. Pages are taken in file-name order, so the
    /// result does not depend on the order the files were given in.
    pub fn build(files: &[SourceFile], alias_files: &[SourceFile], certs: &CertCatalogue) -> Corpus {
        Self::build_owned(files.to_vec(), alias_files, certs)
    }

    /// [`Corpus::build`], taking the files: each page's bytes are freed as soon as it is read,
    /// and only its facts (see [`Page::into_facts`]) are kept for the merge, so memory follows
    /// the facts rather than the text.
    pub fn build_owned(mut files: Vec<SourceFile>, alias_files: &[SourceFile], certs: &CertCatalogue) -> Corpus {
        files.sort_by(|a, b| a.name.cmp(&b.name).then_with(|| a.bytes.cmp(&b.bytes)));
        let pages: Vec<Page> = files
            .into_iter()
            .map(|f| read_page(&f.name, &f.bytes, certs).into_facts())
            .collect();
        let mut alias_files: Vec<&SourceFile> = alias_files.iter().collect();
        alias_files.sort_by(|a, b| a.name.cmp(&b.name));
        Self::from_pages(&pages, &alias_files, certs)
    }

    /// Merges already-read pages.
    pub fn from_pages(pages: &[Page], alias_files: &[&SourceFile], certs: &CertCatalogue) -> Corpus {
        let mut c = Corpus::default();
        for page in pages {
            c.warnings.extend(page.warnings.iter().map(|w| w.display(&page.file)));
        }
        c.define_roles(pages);
        c.read_aliases(pages, alias_files);
        c.add_stated_moves(pages);
        c.resolve_salaries(pages);
        c.infer_ladders();
        c.check_pages(pages, certs);
        c.moves
            .sort_by_cached_key(|m| (names::role_key(&m.from), names::role_key(&m.to)));
        c
    }

    /// The role a name refers to: by title or alias, case-insensitively, ignoring extra spaces.
    pub fn resolve(&self, name: &str) -> Option<&RoleRecord> {
        let key = names::role_key(name);
        self.roles
            .get(&key)
            .or_else(|| self.aliases.get(&key).and_then(|k| self.roles.get(k)))
    }

    fn resolve_key(&self, name: &str) -> String {
        let key = names::role_key(name);
        if self.roles.contains_key(&key) {
            return key;
        }
        self.aliases.get(&key).cloned().unwrap_or(key)
    }

    fn define_roles(&mut self, pages: &[Page]) {
        for page in pages {
            let Some(title) = &page.title else { continue };
            let key = names::role_key(&title.value);
            if key.is_empty() {
                continue;
            }
            let place = format!("{}:{}", page.file, title.line);
            let certs: Vec<String> = page.glance.key_certifications.iter().map(|c| c.value.clone()).collect();
            match self.roles.get_mut(&key) {
                Some(existing) => {
                    self.warnings.push(format!(
                        "{place}: \"{}\" is also defined by {}; the pages are merged (the first one's fields win)",
                        title.value,
                        existing.pages.join(", ")
                    ));
                    self.findings.push(Finding {
                        kind: "duplicate-role",
                        place: place.clone(),
                        message: format!("\"{}\" is also defined by {}", title.value, existing.pages.join(", ")),
                    });
                    existing.pages.push(place);
                    if existing.category.is_none() {
                        existing.category = page.category.as_ref().map(|c| c.value.clone());
                    }
                    if existing.experience == Experience::default() {
                        existing.experience = page.glance.experience;
                    }
                    if existing.key_certs.is_empty() {
                        existing.key_certs = certs;
                    }
                }
                None => {
                    self.roles.insert(
                        key,
                        RoleRecord {
                            title: title.value.clone(),
                            category: page.category.as_ref().map(|c| c.value.clone()),
                            pages: vec![place],
                            experience: page.glance.experience,
                            key_certs: certs,
                            salary: None,
                            aliases: Vec::new(),
                        },
                    );
                }
            }
        }
    }

    fn read_aliases(&mut self, pages: &[Page], alias_files: &[&SourceFile]) {
        let mut pairs: Vec<(String, String, String)> = Vec::new(); // (alias, role, place)
        for file in alias_files {
            let text = String::from_utf8_lossy(&file.bytes);
            let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
            for (i, rec) in rdr.records().enumerate() {
                let line = i + 2;
                match rec {
                    Ok(r) if r.len() >= 2 => {
                        let (alias, role) = (r.get(0).unwrap_or("").trim(), r.get(1).unwrap_or("").trim());
                        if alias.is_empty() || role.is_empty() {
                            self.warnings
                                .push(format!("{}:{line}: empty alias or role; skipped", file.name));
                        } else {
                            pairs.push((alias.to_string(), role.to_string(), format!("{}:{line}", file.name)));
                        }
                    }
                    Ok(_) => self.warnings.push(format!(
                        "{}:{line}: expected two columns, alias,role; skipped",
                        file.name
                    )),
                    Err(e) => self.warnings.push(format!("{}:{line}: {e}; skipped", file.name)),
                }
            }
        }
        for page in pages {
            let Some(title) = &page.title else { continue };
            for alias in &page.glance.aliases {
                pairs.push((
                    alias.value.clone(),
                    title.value.clone(),
                    format!("{}:{}", page.file, alias.line),
                ));
            }
        }
        for (alias, role, place) in pairs {
            let (akey, rkey) = (names::role_key(&alias), names::role_key(&role));
            if akey == rkey {
                continue;
            }
            if self.roles.contains_key(&akey) {
                self.findings.push(Finding {
                    kind: "alias-is-a-role",
                    place,
                    message: format!("alias \"{alias}\" is the title of a role with its own page; ignored"),
                });
                continue;
            }
            match self.aliases.get(&akey) {
                Some(existing) if *existing != rkey => self.findings.push(Finding {
                    kind: "alias-conflict",
                    place,
                    message: format!("alias \"{alias}\" already names \"{existing}\"; \"{role}\" ignored"),
                }),
                Some(_) => {}
                None => {
                    if !self.roles.contains_key(&rkey) {
                        self.findings.push(Finding {
                            kind: "alias-to-unknown-role",
                            place,
                            message: format!("alias \"{alias}\" names \"{role}\", which has no page"),
                        });
                    }
                    self.aliases.insert(akey, rkey.clone());
                    if let Some(r) = self.roles.get_mut(&rkey) {
                        if !r.aliases.contains(&alias) {
                            r.aliases.push(alias);
                        }
                    }
                }
            }
        }
        for r in self.roles.values_mut() {
            r.aliases.sort_by_key(|a| names::role_key(a));
        }
    }

    /// Adds a role known only by name (a next step or related entry without a page).
    fn ensure_named(&mut self, name: &str) -> String {
        let key = self.resolve_key(name);
        self.roles.entry(key.clone()).or_insert_with(|| RoleRecord {
            title: name.to_string(),
            category: None,
            pages: Vec::new(),
            experience: Experience::default(),
            key_certs: Vec::new(),
            salary: None,
            aliases: Vec::new(),
        });
        key
    }

    fn add_stated_moves(&mut self, pages: &[Page]) {
        let mut moves: BTreeMap<(String, String), MoveRecord> = BTreeMap::new();
        for page in pages {
            let Some(title) = &page.title else { continue };
            let from = names::role_key(&title.value);
            for step in &page.next_steps {
                let to = self.ensure_named(&step.role);
                if to == from {
                    continue;
                }
                let evidence = Evidence {
                    file: page.file.clone(),
                    line: step.line,
                    text: step.sentence.clone(),
                };
                let (from_title, to_title) = (self.roles[&from].title.clone(), self.roles[&to].title.clone());
                let m = moves.entry((from.clone(), to)).or_insert_with(|| MoveRecord {
                    from: from_title,
                    to: to_title,
                    inferred: false,
                    evidence: Vec::new(),
                });
                if !m.evidence.contains(&evidence) {
                    m.evidence.push(evidence);
                }
            }
            for rel in &page.related {
                self.ensure_named(&rel.title);
            }
        }
        self.moves = moves.into_values().collect();
    }

    fn resolve_salaries(&mut self, pages: &[Page]) {
        // Citations from related lists, per role.
        let mut cited: BTreeMap<String, Vec<(SalaryRange, String)>> = BTreeMap::new();
        for page in pages {
            for rel in &page.related {
                if let Some(range) = rel.salary {
                    cited
                        .entry(self.resolve_key(&rel.title))
                        .or_default()
                        .push((range, format!("{}:{}", page.file, rel.line)));
                }
            }
        }
        // Own pages first: the first page (in file order) that states a typical salary.
        let mut own: BTreeMap<String, SourcedSalary> = BTreeMap::new();
        for page in pages {
            let (Some(title), Some(stated)) = (&page.title, &page.glance.typical_salary) else {
                continue;
            };
            let key = names::role_key(&title.value);
            let source = match &stated.value.note {
                Some(note) => format!("{}:{} ({note})", page.file, stated.line),
                None => format!("{}:{}", page.file, stated.line),
            };
            own.entry(key).or_insert(SourcedSalary {
                range: stated.value.range,
                source,
            });
        }
        let keys: Vec<String> = self.roles.keys().cloned().collect();
        for key in keys {
            let salary = if let Some(s) = own.remove(&key) {
                Some(s)
            } else if let Some(list) = cited.get_mut(&key) {
                list.sort();
                let distinct: BTreeSet<SalaryRange> = list.iter().map(|(r, _)| *r).collect();
                // The median range by midpoint (the lower one of two middles), a figure that
                // some page really gives.
                let mut by_mid: Vec<&(SalaryRange, String)> = list.iter().collect();
                by_mid.sort_by(|a, b| a.0.mid().total_cmp(&b.0.mid()).then(a.1.cmp(&b.1)));
                let chosen = by_mid[(by_mid.len() - 1) / 2].0;
                let places: Vec<&str> = list
                    .iter()
                    .filter(|(r, _)| *r == chosen)
                    .map(|(_, p)| p.as_str())
                    .collect();
                if distinct.len() > 1 {
                    let all: Vec<String> = list.iter().map(|(r, p)| format!("{r} at {p}")).collect();
                    let title = &self.roles[&key].title;
                    self.warnings.push(format!(
                        "related lists disagree on the salary of \"{title}\": {}; taking the median, {chosen}",
                        all.join(", ")
                    ));
                    self.findings.push(Finding {
                        kind: "salary-conflict",
                        place: title.clone(),
                        message: format!("related lists disagree: {}", all.join(", ")),
                    });
                    Some(SourcedSalary {
                        range: chosen,
                        source: format!("median of related lists; {chosen} at {}", places.join(", ")),
                    })
                } else {
                    Some(SourcedSalary {
                        range: chosen,
                        source: format!("related list, {}", places.join(", ")),
                    })
                }
            } else {
                None
            };
            if let Some(r) = self.roles.get_mut(&key) {
                r.salary = salary;
            }
        }
    }

    fn infer_ladders(&mut self) {
        let stated: BTreeSet<(String, String)> = self
            .moves
            .iter()
            .map(|m| (names::role_key(&m.from), names::role_key(&m.to)))
            .collect();
        let mut inferred = Vec::new();
        for (key, role) in &self.roles {
            for (next, rule) in ladder_successors(key) {
                // X → Lead X only where the corpus has no Senior X between them.
                if rule.contains("no Senior X") && self.roles.contains_key(&format!("senior {key}")) {
                    continue;
                }
                if let Some(to) = self.roles.get(&next) {
                    if stated.contains(&(key.clone(), next.clone())) {
                        continue;
                    }
                    inferred.push(MoveRecord {
                        from: role.title.clone(),
                        to: to.title.clone(),
                        inferred: true,
                        evidence: vec![Evidence {
                            file: "(titles)".into(),
                            line: 0,
                            text: rule,
                        }],
                    });
                }
            }
        }
        self.moves.extend(inferred);
    }

    fn check_pages(&mut self, pages: &[Page], certs: &CertCatalogue) {
        use crate::page::lines::SectionKind as S;
        for page in pages {
            let Some(title) = &page.title else {
                self.findings.push(Finding {
                    kind: "not-a-page",
                    place: page.file.clone(),
                    message: "no role title found".into(),
                });
                continue;
            };
            for (kind, name) in [
                (S::Glance, "Role at a glance"),
                (S::Outlook, "Career outlook"),
                (S::Faq, "Frequently asked questions"),
                (S::Related, "related roles"),
            ] {
                if !page.sections.contains(&kind) {
                    self.findings.push(Finding {
                        kind: "missing-section",
                        place: page.file.clone(),
                        message: format!("\"{}\" has no {name} section", title.value),
                    });
                }
            }
            for c in &page.glance.key_certifications {
                if certs.by_name(&c.value).is_none() {
                    self.findings.push(Finding {
                        kind: "unknown-cert",
                        place: format!("{}:{}", page.file, c.line),
                        message: format!("certification \"{}\" is not in the catalogue", c.value),
                    });
                }
            }
        }
        // Which roles moves touch, and the evidence naming each target: one pass over the moves.
        let mut touched: BTreeSet<String> = BTreeSet::new();
        let mut named_at: BTreeMap<String, Vec<String>> = BTreeMap::new();
        for m in &self.moves {
            let (from, to) = (names::role_key(&m.from), names::role_key(&m.to));
            named_at
                .entry(to.clone())
                .or_default()
                .extend(m.evidence.iter().map(|e| format!("{}:{}", e.file, e.line)));
            touched.insert(from);
            touched.insert(to);
        }
        for (key, role) in &self.roles {
            if role.pages.is_empty() {
                let mentioned = named_at.get(key).map(|v| v.join(", ")).unwrap_or_default();
                self.findings.push(Finding {
                    kind: "role-without-page",
                    place: if mentioned.is_empty() {
                        role.title.clone()
                    } else {
                        mentioned
                    },
                    message: format!("\"{}\" is named but no page or alias defines it", role.title),
                });
            }
            if role.salary.is_none() {
                self.findings.push(Finding {
                    kind: "no-salary",
                    place: role.title.clone(),
                    message: format!("\"{}\" has no salary from any source", role.title),
                });
            }
            if !touched.contains(key) {
                self.findings.push(Finding {
                    kind: "isolated-role",
                    place: role.title.clone(),
                    message: format!("nothing leads to or out of \"{}\"", role.title),
                });
            }
        }
        self.findings
            .sort_by(|a, b| (a.kind, &a.place, &a.message).cmp(&(b.kind, &b.place, &b.message)));
    }
}

/// The titles one step up a title ladder from `key` (a folded title), with the rule's name.
fn ladder_successors(key: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let words: Vec<&str> = key.split(' ').collect();
    let grade = |w: &str| match w {
        "ii" => Some(2),
        "iii" => Some(3),
        "iv" => Some(4),
        _ => None,
    };
    let numeral = |n: u32| match n {
        2 => "ii",
        3 => "iii",
        _ => "iv",
    };
    match words.last().and_then(|w| grade(w)) {
        Some(n) if n < 4 => {
            let base = words[..words.len() - 1].join(" ");
            out.push((
                format!("{base} {}", numeral(n + 1)),
                format!("ladder: {} → {}", "grade", numeral(n + 1).to_uppercase()),
            ));
        }
        Some(_) => {}
        None => out.push((format!("{key} ii"), "ladder: X → X II".to_string())),
    }
    match words.first().copied() {
        Some("senior") => out.push((
            format!("lead {}", words[1..].join(" ")),
            "ladder: Senior X → Lead X".into(),
        )),
        Some("lead") | Some("principal") => {}
        _ if grade(words.last().copied().unwrap_or("")).is_none() => {
            out.push((format!("senior {key}"), "ladder: X → Senior X".into()));
            out.push((
                format!("lead {key}"),
                "ladder: X → Lead X (no Senior X in the corpus)".into(),
            ));
        }
        _ => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(name: &str, text: &str) -> SourceFile {
        SourceFile {
            name: name.into(),
            bytes: text.as_bytes().to_vec(),
        }
    }

    fn corpus(files: &[SourceFile], aliases: &[SourceFile]) -> Corpus {
        Corpus::build(files, aliases, &CertCatalogue::embedded())
    }

    const A: &str = "IT\nNOC Technician\nLast updated\nWatches the network.\nRole at a glance\n- Key certifications\n- Net+\n- Typical salary\n- $50,000–$70,000 (survey)\nCareer outlook\nThe usual next step is network administration or a sysadmin job.\nMore in IT\nSee all IT jobs →- Network Administrator$70K–$100K\nDesc.\n";
    const B: &str = "IT\nNetwork Administrator\nLast updated\nRuns the network.\nCareer outlook\nMany go on to become network engineers.\n";

    #[test]
    fn moves_salaries_and_aliases_are_merged_with_provenance() {
        let aliases = page(
            "aliases.csv",
            "alias,role\nSysadmin Job,Systems Administrator\nNetAdmin,Network Administrator\n",
        );
        let c = corpus(&[page("b.txt", B), page("a.txt", A)], &[aliases]);
        let noc = c.resolve("noc technician").unwrap();
        assert_eq!(noc.salary.as_ref().unwrap().source, "a.txt:9 (survey)");
        let na = c.resolve("NetAdmin").unwrap();
        assert_eq!(na.title, "Network Administrator");
        assert_eq!(na.salary.as_ref().unwrap().source, "related list, a.txt:13");
        let moves: Vec<(&str, &str, bool)> = c
            .moves
            .iter()
            .map(|m| (m.from.as_str(), m.to.as_str(), m.inferred))
            .collect();
        assert!(moves.contains(&("NOC Technician", "Network Administrator", false)));
        assert!(moves.contains(&("Network Administrator", "Network Engineer", false)));
        let stated = c.moves.iter().find(|m| m.from == "NOC Technician").unwrap();
        assert_eq!(stated.evidence[0].file, "a.txt");
        assert_eq!(stated.evidence[0].line, 11);
        // Network Engineer is named only; check reports it.
        assert!(c
            .findings
            .iter()
            .any(|f| f.kind == "role-without-page" && f.message.contains("Network Engineer")));
    }

    #[test]
    fn conflicting_related_salaries_take_the_median_with_a_warning() {
        let r = |n: &str, s: &str| {
            page(
                n,
                &format!(
                    "IT\n{n} Role\nLast updated\nText here.\nMore in IT\nSee all IT jobs →- Target Analyst{s}\nDesc.\n"
                ),
            )
        };
        let c = corpus(&[r("x", "$60K–$80K"), r("y", "$70K–$90K"), r("z", "$90K–$120K")], &[]);
        let t = c.resolve("Target Analyst").unwrap();
        assert_eq!(t.salary.as_ref().unwrap().range, SalaryRange { min: 70000, max: 90000 });
        assert!(c.warnings.iter().any(|w| w.contains("disagree")));
    }

    #[test]
    fn ladders_are_inferred_between_existing_titles_only() {
        let p = |t: &str| page(t, &format!("IT\n{t}\nLast updated\nText here.\n"));
        let c = corpus(
            &[
                p("Cloud Engineer"),
                p("Cloud Engineer II"),
                p("Senior Cloud Engineer"),
                p("Lead Cloud Engineer"),
                p("Lead Cloud Engineer II"),
            ],
            &[],
        );
        let inferred: Vec<(&str, &str)> = c
            .moves
            .iter()
            .filter(|m| m.inferred)
            .map(|m| (m.from.as_str(), m.to.as_str()))
            .collect();
        assert_eq!(
            inferred,
            vec![
                ("Cloud Engineer", "Cloud Engineer II"),
                ("Cloud Engineer", "Senior Cloud Engineer"),
                ("Lead Cloud Engineer", "Lead Cloud Engineer II"),
                ("Senior Cloud Engineer", "Lead Cloud Engineer"),
            ]
        );
    }

    #[test]
    fn page_order_does_not_matter() {
        let a = corpus(&[page("a.txt", A), page("b.txt", B)], &[]);
        let b = corpus(&[page("b.txt", B), page("a.txt", A)], &[]);
        assert_eq!(a.roles, b.roles);
        assert_eq!(a.moves, b.moves);
    }
}

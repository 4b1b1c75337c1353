//! Writes a synthetic corpus of role pages for tests and benchmarks.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- N DIR [--seed S]
//! ```
//!
//! DIR receives N role pages in the two layouts real job-description pages use (the dash layout
//! of `seeds/` and the blank-line/bullet layout), an `aliases.csv`, and `expected_moves.csv`
//! (`from,to`): every next step a page states, so a test can check each one becomes an edge.
//! The output depends only on N and the seed.
//!
//! Tests and benchmarks include this file with `#[path = …] mod gen_corpus;` and call
//! [`generate`] to get the pages in memory.
#![allow(clippy::unwrap_used, clippy::expect_used)]
#![allow(dead_code)]

use std::collections::{BTreeSet, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use careergraph::names::CertCatalogue;

/// A small deterministic generator (SplitMix64): no dependency, same stream on every platform.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x5DEE_CE66_D1CE_4E5B)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
    /// True with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
}

/// Domain words: every one is a title word the page reader knows, so titles read back whole.
const DOMAINS: &[&str] = &[
    "Cloud",
    "Network",
    "Security",
    "Storage",
    "Data",
    "Database",
    "Platform",
    "Application",
    "Infrastructure",
    "Endpoint",
    "Linux",
    "Windows",
    "Server",
    "Backup",
    "Virtualization",
    "Monitoring",
    "Observability",
    "Automation",
    "Release",
    "Deployment",
    "Integration",
    "Mobile",
    "Web",
    "Software",
    "Hardware",
    "Field",
    "Desktop",
    "Workplace",
    "Collaboration",
    "Messaging",
    "Telecom",
    "Kubernetes",
    "Container",
    "Mainframe",
    "Warehouse",
    "Analytics",
    "Reporting",
    "Compliance",
    "Risk",
    "Audit",
    "Quality",
    "Test",
    "Incident",
    "Change",
    "Problem",
    "Asset",
    "Vendor",
    "Procurement",
    "Threat",
    "Vulnerability",
    "Detection",
    "Forensics",
    "Privacy",
    "Cryptography",
    "Edge",
    "Payroll",
    "Finance",
    "Healthcare",
    "Clinical",
    "Sales",
    "Customer",
    "Business",
    "Digital",
    "Research",
    "Knowledge",
    "Content",
    "Documentation",
    "Configuration",
    "Build",
    "Identity",
    "DevOps",
    "ERP",
    "CRM",
    "SQL",
    "NOC",
    "SOC",
];

/// Role nouns with a base salary midpoint in thousands of dollars and a verb for the summary.
const NOUNS: &[(&str, u32, &str)] = &[
    ("Technician", 48, "keeps"),
    ("Specialist", 60, "looks after"),
    ("Coordinator", 58, "organises"),
    ("Analyst", 72, "studies"),
    ("Administrator", 78, "runs"),
    ("Operator", 55, "operates"),
    ("Tester", 66, "tests"),
    ("Auditor", 80, "reviews"),
    ("Planner", 70, "plans"),
    ("Programmer", 82, "writes code for"),
    ("Developer", 95, "builds"),
    ("Engineer", 98, "designs and improves"),
    ("Consultant", 92, "advises on"),
    ("Architect", 128, "shapes"),
    ("Supervisor", 74, "supervises the people who run"),
    ("Manager", 115, "manages"),
    ("Director", 150, "sets the direction of"),
];

/// Grades: a prefix or a suffix, with a pay factor and a typical experience.
const GRADES: &[(&str, &str, f64, &str)] = &[
    ("", "", 1.0, "2-4 years"),
    ("", "II", 1.1, "3-5 years"),
    ("", "III", 1.2, "5-7 years"),
    ("", "IV", 1.3, "7+ years"),
    ("Junior", "", 0.8, "Entry-level"),
    ("Associate", "", 0.85, "0-2 years"),
    ("Senior", "", 1.25, "5+ years"),
    ("Staff", "", 1.35, "8+ years"),
    ("Principal", "", 1.45, "10+ years"),
];

const CATEGORIES: &[&str] = &[
    "Information Technology",
    "Information Technology",
    "Information Technology",
    "Engineering",
    "Cybersecurity",
    "Business Operations",
];

/// One generated role.
#[derive(Debug, Clone)]
pub struct Role {
    pub title: String,
    pub slug: String,
    pub category: &'static str,
    pub experience: &'static str,
    pub salary_min: u32,
    pub salary_max: u32,
    pub domain: String,
    pub verb: &'static str,
    pub alias: Option<String>,
}

/// A generated corpus, in memory.
#[derive(Debug, Clone, Default)]
pub struct Generated {
    /// (file name, page text), in file-name order.
    pub pages: Vec<(String, String)>,
    /// The `aliases.csv` text.
    pub aliases_csv: String,
    /// Every stated next step, (from title, to title).
    pub expected_moves: Vec<(String, String)>,
    /// The role titles, in page order.
    pub titles: Vec<String>,
    /// Each role's salary range (min, max), in page order.
    pub salaries: Vec<(u32, u32)>,
    /// Each role's key certifications, canonical names, in page order.
    pub certs: Vec<Vec<String>>,
}

impl Generated {
    /// Total bytes of page text.
    pub fn text_bytes(&self) -> usize {
        self.pages.iter().map(|(_, t)| t.len()).sum()
    }
}

/// A domain word as running text writes it: acronyms and mixed case kept.
fn lower(word: &str) -> String {
    if word.chars().skip(1).any(char::is_uppercase) {
        word.to_string()
    } else {
        word.to_lowercase()
    }
}

fn slug(title: &str) -> String {
    let mut s = String::new();
    for c in title.chars() {
        if c.is_ascii_alphanumeric() {
            s.push(c.to_ascii_lowercase());
        } else if !s.ends_with('-') {
            s.push('-');
        }
    }
    s.trim_matches('-').to_string()
}

fn make_roles(n: usize, rng: &mut Rng) -> Vec<Role> {
    let mut seen: HashSet<String> = HashSet::with_capacity(n * 2);
    let mut roles = Vec::with_capacity(n);
    while roles.len() < n {
        let d1 = *rng.pick(DOMAINS);
        let d2 = if rng.chance(0.75) {
            Some(*rng.pick(DOMAINS))
        } else {
            None
        };
        if d2 == Some(d1) {
            continue;
        }
        let &(noun, base, verb) = rng.pick(NOUNS);
        let &(pre, suf, factor, experience) = rng.pick(GRADES);
        let mut words: Vec<&str> = Vec::new();
        if !pre.is_empty() {
            words.push(pre);
        }
        words.push(d1);
        words.extend(d2);
        words.push(noun);
        if !suf.is_empty() {
            words.push(suf);
        }
        let title = words.join(" ");
        if !seen.insert(title.to_lowercase()) {
            continue;
        }
        let jitter = 0.9 + rng.below(21) as f64 / 100.0;
        let mid = f64::from(base) * factor * jitter;
        let salary_min = ((mid * 0.82).round() as u32) * 1000;
        let salary_max = ((mid * 1.18).round() as u32) * 1000;
        let domain = match d2 {
            Some(d2) => format!("{} {}", lower(d1), lower(d2)),
            None => lower(d1),
        };
        roles.push(Role {
            slug: slug(&title),
            title,
            category: CATEGORIES[rng.below(CATEGORIES.len())],
            experience,
            salary_min,
            salary_max,
            domain,
            verb,
            alias: None,
        });
    }
    // Aliases: "Sr." for Senior titles, "Jr." for Junior, grade digits for II/III.
    for r in roles.iter_mut() {
        let alias = if let Some(rest) = r.title.strip_prefix("Senior ") {
            Some(format!("Sr. {rest}"))
        } else if let Some(rest) = r.title.strip_prefix("Junior ") {
            Some(format!("Jr. {rest}"))
        } else if let Some(base) = r.title.strip_suffix(" III") {
            Some(format!("{base} 3"))
        } else {
            r.title.strip_suffix(" II").map(|base| format!("{base} 2"))
        };
        if let Some(a) = alias {
            if seen.insert(a.to_lowercase()) {
                r.alias = Some(a);
            }
        }
    }
    roles
}

/// Certification names as pages write them: canonical names, aliases and exam codes that the
/// catalogue reads back to the same certification, without commas (the list separator).
fn cert_names() -> Vec<String> {
    let cat = CertCatalogue::embedded();
    let mut out = Vec::new();
    for c in cat.iter() {
        for name in std::iter::once(&c.name).chain(&c.aliases).chain(&c.exam_codes) {
            // En-dash spellings are left out: the reader does not yet take them in a list.
            if !name.contains([',', '–']) && cat.canonical(name) == Some(c.name.as_str()) && !out.contains(name) {
                out.push(name.clone());
            }
        }
    }
    out
}

fn money(n: u32) -> String {
    format!("${},{:03}", n / 1000, n % 1000)
}

fn k(n: u32) -> String {
    format!("${}K", n / 1000)
}

fn article(word: &str) -> &'static str {
    if word.starts_with(['A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    }
}

/// Next-step sentences: each names the given roles, in a phrasing the reader understands.
fn next_step_sentences(targets: &[&str], rng: &mut Rng) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest: &[&str] = targets;
    while !rest.is_empty() {
        let take = match rest.len() {
            1 => 1,
            2 => 1 + rng.below(2),
            _ => 1 + rng.below(3),
        };
        let (now, later) = rest.split_at(take);
        rest = later;
        let s = match now {
            [a] => match rng.below(7) {
                0 => format!("The most common next step is {a}."),
                1 => format!("Many go on to become {} {a}.", article(a)),
                2 => format!("From here, most people move into {a}."),
                3 => format!("With a few more years of experience, many advance to {a}."),
                4 => format!("Some transition into {a} after earning a further certification."),
                5 => format!("{a} is a realistic target for people who keep learning."),
                _ => format!("A lateral move into {a} is also common."),
            },
            [a, b] => match rng.below(5) {
                0 => format!("The most common next step is {a} or {b}."),
                1 => format!("{a} and {b} are realistic targets."),
                2 => format!("From here, most people move into {a} or {b}."),
                3 => format!("Many go on to become {} {a} or {} {b}.", article(a), article(b)),
                _ => format!("Those who want more scope usually advance to {a} or {b}."),
            },
            [a, b, c] => match rng.below(3) {
                0 => format!("{a}, {b} and {c} are the most common next roles."),
                1 => format!("From here, most people move into {a}, {b} or {c}."),
                _ => format!("{a}, {b} and {c} are realistic targets with two to four more years of experience."),
            },
            _ => unreachable!(),
        };
        out.push(s);
    }
    out
}

fn distractor(other: &str, rng: &mut Rng) -> String {
    match rng.below(4) {
        0 => format!("They work closely with {} {other}.", article(other)),
        1 => format!("Many started as {} {other}.", article(other)),
        2 => format!("Most report to {} {other}.", article(other)),
        _ => format!("They often partner with {} {other} on larger projects.", article(other)),
    }
}

struct PageParts<'a> {
    role: &'a Role,
    certs: Vec<String>,
    duties: Vec<String>,
    overview: Vec<String>,
    outlook: Vec<String>,
    faq: Vec<(String, String)>,
    related: Vec<&'a Role>,
    site_name: bool,
}

const DUTIES: &[&str] = &[
    "Monitor the health and capacity of {d} systems and respond to alerts",
    "Document configurations, procedures and known problems in the knowledge base",
    "Carry out changes through the change process and record what was done",
    "Automate routine {d} tasks with scripts and configuration tools",
    "Review access, patch levels and backups on a regular schedule",
    "Work tickets in the queue within the agreed service levels",
    "Plan upgrades and test them before they reach production",
    "Train colleagues and end users on new {d} tools",
    "Track costs, licences and vendor contracts for the {d} estate",
    "Write reports on incidents, trends and improvements for the team",
];

const OVERVIEW: &[&str] = &[
    "The work is a mix of planned projects and interruptions. On a good week most of the time goes to improvements; on a bad week it goes to incidents.",
    "Good practitioners write things down. A fix that is documented once saves hours for everyone who meets the same problem later.",
    "Tooling changes every few years, but the fundamentals stay the same: know the systems, measure them, and change them carefully.",
    "Most of the job happens in shared tools: a ticket queue, a chat channel, a wiki and a monitoring dashboard.",
    "The role rewards curiosity. People who ask why something failed, not only how to restart it, get better quickly.",
];

const OUTLOOK_OPENERS: &[&str] = &[
    "Demand for this work is steady, and the job is changing as more of it is automated.",
    "Employers keep hiring for this role, especially in regulated industries and large enterprises.",
    "The role is growing more slowly than cloud and security work, but it remains a solid career.",
    "Automation is taking over the routine parts of the job, and the judgment parts are worth more every year.",
];

fn page_parts<'a>(
    i: usize,
    roles: &'a [Role],
    certs: &[String],
    rng: &mut Rng,
    moves: &mut Vec<(usize, usize)>,
) -> PageParts<'a> {
    let role = &roles[i];
    let n = roles.len();
    // 1-4 key certifications.
    let mut chosen: Vec<String> = Vec::new();
    let want = 1 + rng.below(4);
    while chosen.len() < want {
        let c = rng.pick(certs).clone();
        let canon = CATALOGUE.with(|cat| cat.canonical(&c).map(str::to_string));
        let dup = chosen
            .iter()
            .any(|x| CATALOGUE.with(|cat| cat.canonical(x).map(str::to_string)) == canon);
        if !dup {
            chosen.push(c);
        }
    }
    // 2-5 next steps, other roles.
    let mut targets: Vec<usize> = Vec::new();
    let want = (2 + rng.below(4)).min(n.saturating_sub(1));
    while targets.len() < want {
        let j = rng.below(n);
        if j != i && !targets.contains(&j) {
            targets.push(j);
        }
    }
    for &j in &targets {
        moves.push((i, j));
    }
    let target_titles: Vec<&str> = targets.iter().map(|&j| roles[j].title.as_str()).collect();
    // Roles that are mentioned but are not next steps.
    let mut others: Vec<usize> = Vec::new();
    while others.len() < 2.min(n.saturating_sub(1 + targets.len())) {
        let j = rng.below(n);
        if j != i && !targets.contains(&j) && !others.contains(&j) {
            others.push(j);
        }
    }
    let d = &role.domain;
    let mut duties: Vec<String> = Vec::new();
    let mut idx: Vec<usize> = (0..DUTIES.len()).collect();
    for _ in 0..(4 + rng.below(4)) {
        let k = rng.below(idx.len());
        duties.push(DUTIES[idx.remove(k)].replace("{d}", d));
    }
    let overview = (0..(1 + rng.below(3)))
        .map(|_| rng.pick(OVERVIEW).to_string())
        .collect();
    let mut outlook_sentences = vec![rng.pick(OUTLOOK_OPENERS).to_string()];
    outlook_sentences.extend(next_step_sentences(&target_titles, rng));
    for &o in others.iter().take(1 + rng.below(2)) {
        outlook_sentences.push(distractor(&roles[o].title, rng));
    }
    // Split into two paragraphs.
    let cut = 1 + rng.below(outlook_sentences.len());
    let outlook = if cut < outlook_sentences.len() {
        vec![outlook_sentences[..cut].join(" "), outlook_sentences[cut..].join(" ")]
    } else {
        vec![outlook_sentences.join(" ")]
    };
    let mut faq = vec![
        (
            format!("What does {} {} do?", article(&role.title), role.title),
            format!(
                "{} {} {} the {d} systems and services an organization depends on, and fixes them when they fail.",
                if article(&role.title) == "an" { "An" } else { "A" },
                role.title,
                role.verb
            ),
        ),
        (
            "Is a degree required?".to_string(),
            "Many employers prefer one, but experience and certifications are widely accepted in its place."
                .to_string(),
        ),
    ];
    if rng.chance(0.5) {
        let t = target_titles[rng.below(target_titles.len())];
        faq.push((
            "What comes after this role?".to_string(),
            format!("The usual next step is {t}."),
        ));
    }
    // Related roles: a next step or two and some others, with their salary lists.
    let mut related: Vec<&Role> = Vec::new();
    for &j in targets.iter().take(2) {
        related.push(&roles[j]);
    }
    for _ in 0..(2 + rng.below(3)) {
        let j = rng.below(n);
        if j != i && !related.iter().any(|r| r.title == roles[j].title) {
            related.push(&roles[j]);
        }
    }
    PageParts {
        role,
        certs: chosen,
        duties,
        overview,
        outlook,
        faq,
        related,
        site_name: rng.chance(0.5),
    }
}

thread_local! {
    static CATALOGUE: CertCatalogue = CertCatalogue::embedded();
}

fn summary(r: &Role) -> String {
    format!(
        "{} {} {} the {} systems of an organization, working from a ticket queue and a project list, and is trusted to keep them secure, documented and running.",
        if article(&r.title) == "an" { "An" } else { "A" },
        r.title,
        r.verb,
        r.domain
    )
}

fn related_description(r: &Role) -> String {
    format!(
        "{} professionals keep the {} estate healthy and take on its projects, from routine changes to larger upgrades.",
        r.title, r.domain
    )
}

/// The dash layout of `seeds/`: one field per line, `- ` before glance labels and values.
fn dash_page(p: &PageParts) -> String {
    let r = p.role;
    let mut s = String::with_capacity(4096);
    let _ = writeln!(s, "{}", r.category);
    let _ = writeln!(s, "{}", r.title);
    s.push_str("Last updated\n");
    let _ = writeln!(s, "{}", summary(r));
    s.push_str("Role at a glance\n- Typical education\n- Bachelor's degree in IT or a related field, or equivalent experience\n");
    let _ = writeln!(s, "- Typical experience\n- {}", r.experience);
    let _ = writeln!(s, "- Key certifications\n- {}", p.certs.join(", "));
    let _ = writeln!(
        s,
        "- Typical salary\n- {}–{} (synthetic)",
        money(r.salary_min),
        money(r.salary_max)
    );
    s.push_str("- Growth outlook\n- Steady demand\n");
    if let Some(a) = &r.alias {
        let _ = writeln!(s, "- Also known as\n- {a}");
    }
    s.push_str("Duties and responsibilities\n");
    for d in &p.duties {
        let _ = writeln!(s, "- {d}");
    }
    s.push_str("Overview\n");
    for o in &p.overview {
        let _ = writeln!(s, "{o}");
    }
    s.push_str("Qualifications\nCertifications:\n");
    for c in &p.certs {
        let _ = writeln!(s, "- {c} — valued by employers for this role");
    }
    s.push_str("Career outlook\n");
    for o in &p.outlook {
        let _ = writeln!(s, "{o}");
    }
    s.push_str("Frequently asked questions\n");
    for (q, a) in &p.faq {
        let _ = writeln!(s, "- {q}\n- {a}");
    }
    let _ = writeln!(s, "More in {}", r.category);
    related_list(&mut s, p, "");
    s
}

/// The blank-line layout: blank lines between blocks, glance label/value pairs without marks,
/// `•` bullets indented by two spaces, questions and answers on alternate lines.
fn bullet_page(p: &PageParts) -> String {
    let r = p.role;
    let mut s = String::with_capacity(4096);
    if p.site_name {
        s.push_str("JobDescription.org\n\n");
    }
    let _ = write!(s, "{}\n\n{}\n\nLast updated\n\n{}\n\n", r.category, r.title, summary(r));
    s.push_str("Role at a glance\n\nTypical education\nHigh school diploma minimum; Associate or Bachelor's degree preferred\n");
    let _ = writeln!(s, "Typical experience\n{}", r.experience);
    let _ = writeln!(s, "Key certifications\n{}", p.certs.join(", "));
    let _ = writeln!(
        s,
        "Typical salary\n{}–{} (synthetic)",
        money(r.salary_min),
        money(r.salary_max)
    );
    if let Some(a) = &r.alias {
        let _ = writeln!(s, "Also known as\n{a}");
    }
    s.push_str("\nDuties and responsibilities\n\n");
    for d in &p.duties {
        let _ = writeln!(s, "  • {d}");
    }
    s.push_str("\nOverview\n\n");
    for o in &p.overview {
        let _ = write!(s, "{o}\n\n");
    }
    s.push_str("Qualifications\n\nCertifications (in order of priority):\n\n");
    for c in &p.certs {
        let _ = writeln!(s, "  • {c} — valued by employers for this role");
    }
    s.push_str("\nCareer outlook\n\n");
    for o in &p.outlook {
        let _ = write!(s, "{o}\n\n");
    }
    s.push_str("Frequently asked questions\n\n");
    for (q, a) in &p.faq {
        let _ = writeln!(s, "{q}\n{a}");
    }
    related_list(&mut s, p, "\n");
    s
}

/// `See all … jobs →- Title$70K–$110K` glued, then `- Title$xxK–$yyK` entries, each followed by
/// its description line.
fn related_list(s: &mut String, p: &PageParts, gap: &str) {
    let _ = write!(s, "See all {} jobs →", p.role.category);
    for (idx, r) in p.related.iter().enumerate() {
        let sep = if idx == 0 { "" } else { gap };
        let _ = write!(
            s,
            "{sep}- {}{}–{}\n{}\n",
            r.title,
            k(r.salary_min),
            k(r.salary_max),
            related_description(r)
        );
    }
}

/// Generates N pages for a seed.
pub fn generate(n: usize, seed: u64) -> Generated {
    let mut rng = Rng::new(seed);
    let roles = make_roles(n, &mut rng);
    let certs = cert_names();
    let mut moves: Vec<(usize, usize)> = Vec::new();
    let mut pages = Vec::with_capacity(n);
    let mut role_certs = Vec::with_capacity(n);
    let width = n.to_string().len();
    for i in 0..n {
        let parts = page_parts(i, &roles, &certs, &mut rng, &mut moves);
        role_certs.push(
            parts
                .certs
                .iter()
                .map(|c| CATALOGUE.with(|cat| cat.canonical(c).unwrap_or(c).to_string()))
                .collect(),
        );
        let text = if rng.chance(0.7) {
            dash_page(&parts)
        } else {
            bullet_page(&parts)
        };
        pages.push((format!("{i:0width$}-{}.txt", roles[i].slug), text));
    }
    let mut aliases_csv = String::from("alias,role\n");
    for r in roles.iter().filter(|r| r.alias.is_some() && r.title.ends_with('I')) {
        // Grade aliases go in aliases.csv; Sr./Jr. ones are on the pages ("Also known as").
        let _ = writeln!(aliases_csv, "{},{}", r.alias.as_deref().unwrap_or_default(), r.title);
    }
    let expected: BTreeSet<(String, String)> = moves
        .iter()
        .map(|&(a, b)| (roles[a].title.clone(), roles[b].title.clone()))
        .collect();
    Generated {
        pages,
        aliases_csv,
        expected_moves: expected.into_iter().collect(),
        salaries: roles.iter().map(|r| (r.salary_min, r.salary_max)).collect(),
        titles: roles.into_iter().map(|r| r.title).collect(),
        certs: role_certs,
    }
}

/// Generates N pages for a seed and writes them, `aliases.csv` and `expected_moves.csv` to `dir`.
pub fn write_corpus(n: usize, dir: &Path, seed: u64) -> std::io::Result<Generated> {
    let g = generate(n, seed);
    std::fs::create_dir_all(dir)?;
    for (name, text) in &g.pages {
        std::fs::write(dir.join(name), text)?;
    }
    std::fs::write(dir.join("aliases.csv"), &g.aliases_csv)?;
    let mut csv = String::from("from,to\n");
    for (a, b) in &g.expected_moves {
        let _ = writeln!(csv, "{a},{b}");
    }
    std::fs::write(dir.join("expected_moves.csv"), csv)?;
    Ok(g)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let mut positional = Vec::new();
    let mut seed = 1u64;
    while let Some(a) = args.next() {
        if a == "--seed" {
            seed = args.next().and_then(|s| s.parse().ok()).unwrap_or_else(|| usage());
        } else {
            positional.push(a);
        }
    }
    let [n, dir] = positional.as_slice() else { usage() };
    let n: usize = n.parse().unwrap_or_else(|_| usage());
    let g = write_corpus(n, Path::new(dir), seed).unwrap_or_else(|e| {
        eprintln!("gen_corpus: {dir}: {e}");
        std::process::exit(2)
    });
    eprintln!(
        "gen_corpus: wrote {} pages ({} bytes), {} stated moves to {dir}",
        g.pages.len(),
        g.text_bytes(),
        g.expected_moves.len()
    );
}

fn usage() -> ! {
    eprintln!("usage: gen_corpus N DIR [--seed S]");
    std::process::exit(2)
}

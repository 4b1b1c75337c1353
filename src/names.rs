//! Role-title and certification normalisation: the one place that decides how a name is written.
//!
//! Everything that compares or prints a role name goes through [`role_key`] (comparison) or
//! [`title_case`] / [`role_from_phrase`] (display), and every certification name goes through a
//! [`CertCatalogue`]. Aliases (`Sysadmin` for `Systems Administrator`) are data, loaded by the
//! corpus; this module only knows the grammar of titles.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

/// Words printed in capitals whatever the input case (acronyms common in IT titles).
const ACRONYMS: &[&str] = &[
    "IT", "ITSM", "SOC", "NOC", "IAM", "QA", "SRE", "AWS", "GCP", "ERP", "CRM", "UX", "UI", "HR", "PMO", "CIO", "CTO",
    "CISO", "MSP", "SAP", "GRC", "ML", "AI", "BI", "ETL", "API", "VOIP", "AV", "IS", "II", "III", "IV", "VP", "SQL",
    "DBA", "EHR", "OT", "IOT", "CAD", "ITIL", "HDI", "SDET", "VP",
];

/// Words whose conventional spelling is mixed case.
const MIXED_CASE: &[&str] = &[
    "DevOps",
    "DevSecOps",
    "SecOps",
    "NetOps",
    "FinOps",
    "MLOps",
    "SharePoint",
    "ServiceNow",
];

/// Small words kept lower case inside a title.
const LOWER_WORDS: &[&str] = &["and", "of", "for", "the", "in", "on", "to", "or", "a", "an", "with"];

/// Folds a name for comparison: lower case, whitespace runs (including non-breaking spaces)
/// collapsed, surrounding punctuation trimmed.
///
/// ```
/// assert_eq!(careergraph::names::role_key("  Systems\u{a0}ADMINISTRATOR "), "systems administrator");
/// ```
pub fn role_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for word in name.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    // Punctuation and the spaces it leaves ("Systems Administrator ." → "systems administrator").
    out.trim_matches(|c: char| c == ' ' || matches!(c, '.' | ',' | ';' | ':' | '"' | '\''))
        .to_string()
}

/// Writes a role phrase in title case, keeping acronyms (`IT`, `ITSM`, `SOC`), mixed-case words
/// (`DevOps`) and small joining words (`and`, `of`) as they are conventionally written.
///
/// ```
/// assert_eq!(careergraph::names::title_case("it security analyst"), "IT Security Analyst");
/// assert_eq!(careergraph::names::title_case("identity AND access management analyst"),
///            "Identity and Access Management Analyst");
/// ```
pub fn title_case(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    for (i, word) in phrase.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        case_word(word, i == 0, &mut out);
    }
    out
}

/// Appends `word` in title case to `out`.
fn case_word(word: &str, first: bool, out: &mut String) {
    // Hyphenated words are cased part by part ("Help-Desk", "Tier-3").
    if word.contains('-') && word.len() > 1 {
        for (k, part) in word.split('-').enumerate() {
            if k > 0 {
                out.push('-');
            }
            case_word(part, first, out);
        }
        return;
    }
    if let Some(a) = ACRONYMS.iter().find(|a| a.eq_ignore_ascii_case(word)) {
        out.push_str(a);
        return;
    }
    if let Some(m) = MIXED_CASE.iter().find(|m| m.eq_ignore_ascii_case(word)) {
        out.push_str(m);
        return;
    }
    if let Some(l) = LOWER_WORDS.iter().find(|l| !first && l.eq_ignore_ascii_case(word)) {
        out.push_str(l);
        return;
    }
    // A word the source wrote with inner capitals or all capitals (e.g. "macOS", "CCNA") is kept.
    let has_inner_upper = word.chars().skip(1).any(char::is_uppercase);
    if has_inner_upper {
        out.push_str(word);
        return;
    }
    let lower = word.to_lowercase();
    let mut chars = lower.chars();
    if let Some(c) = chars.next() {
        out.extend(c.to_uppercase());
        out.push_str(chars.as_str());
    }
}

/// The nouns that end a role title, singular, with their plural.
pub(crate) const ROLE_HEADS: &[(&str, &str)] = &[
    ("administrator", "administrators"),
    ("admin", "admins"),
    ("sysadmin", "sysadmins"),
    ("engineer", "engineers"),
    ("analyst", "analysts"),
    ("manager", "managers"),
    ("specialist", "specialists"),
    ("technician", "technicians"),
    ("tech", "techs"),
    ("coordinator", "coordinators"),
    ("architect", "architects"),
    ("developer", "developers"),
    ("lead", "leads"),
    ("director", "directors"),
    ("chief", "chiefs"),
    ("sdet", "sdets"),
    ("consultant", "consultants"),
    ("officer", "officers"),
    ("designer", "designers"),
    ("tester", "testers"),
    ("scientist", "scientists"),
    ("master", "masters"),
    ("owner", "owners"),
    ("supervisor", "supervisors"),
    ("representative", "representatives"),
    ("agent", "agents"),
    ("programmer", "programmers"),
    ("auditor", "auditors"),
    ("operator", "operators"),
    ("planner", "planners"),
    ("strategist", "strategists"),
    ("head", "heads"),
    ("coach", "coaches"),
    ("writer", "writers"),
    ("advocate", "advocates"),
    ("trainer", "trainers"),
    ("instructor", "instructors"),
    ("editor", "editors"),
    ("evangelist", "evangelists"),
    ("responder", "responders"),
    ("president", "presidents"),
    ("vp", "vps"),
    ("examiner", "examiners"),
    ("investigator", "investigators"),
    ("researcher", "researchers"),
    ("witness", "witnesses"),
    ("sre", "sres"),
    ("dba", "dbas"),
    ("ciso", "cisos"),
    ("cio", "cios"),
    ("cto", "ctos"),
];

/// Role heads that are whole titles by themselves ("become a CISO", "senior SRE").
const STANDALONE_HEADS: &[&str] = &["sre", "dba", "ciso", "cio", "cto", "sdet"];

/// Field nouns ("systems administration") and the role noun a person in that field holds.
pub(crate) const FIELD_HEADS: &[(&str, &str)] = &[
    ("administration", "Administrator"),
    ("engineering", "Engineer"),
    ("management", "Manager"),
    ("coordination", "Coordinator"),
    ("analysis", "Analyst"),
    ("analytics", "Analyst"),
    ("architecture", "Architect"),
    ("development", "Developer"),
    ("design", "Designer"),
    ("testing", "Tester"),
    ("operations", "Operations Analyst"),
    ("security", "Security Analyst"),
    ("support", "Support Specialist"),
    ("auditing", "Auditor"),
    ("consulting", "Consultant"),
    ("programming", "Programmer"),
    ("ownership", "Owner"),
    ("hunting", "Hunter"),
    ("strategy", "Strategist"),
    ("forensics", "Forensics Analyst"),
    ("networking", "Network Engineer"),
    ("response", "Responder"),
    ("intelligence", "Intelligence Analyst"),
    ("science", "Scientist"),
    ("audit", "Auditor"),
    ("writing", "Writer"),
    ("mining", "Mining Specialist"),
    ("automation", "Automation Engineer"),
];

/// Field phrases whose role is not the regular one: "identity and access management" is done
/// by an analyst, not a manager; "desktop support" by a technician.
const FIELD_EXCEPTIONS: &[(&str, &str)] = &[
    (
        "identity and access management",
        "Identity and Access Management Analyst",
    ),
    ("identity management", "Identity and Access Management Analyst"),
    ("iam", "Identity and Access Management Analyst"),
    ("privileged access management", "Privileged Access Management Engineer"),
    ("help desk", "Help Desk Technician"),
    ("desktop support", "Desktop Support Technician"),
    ("developer relations", "Developer Advocate"),
    // Practices named after their own role.
    ("devops", "DevOps Engineer"),
    ("devsecops", "DevSecOps Engineer"),
    ("site reliability", "Site Reliability Engineer"),
    ("machine learning", "Machine Learning Engineer"),
    ("customer success", "Customer Success Manager"),
    ("grc", "GRC Analyst"),
    ("presales", "Presales Engineer"),
    ("ux", "UX Designer"),
];

/// Words that name a role only with a suffix after them: "cloud roles" are Cloud Engineer
/// jobs, while "the cloud" alone is a place workloads move to.
const SUFFIXED_FIELDS: &[(&str, &str)] = &[
    ("cloud", "Cloud Engineer"),
    ("infrastructure", "Infrastructure Engineer"),
];

/// Turns a role phrase as written in running text into a role title: plural head nouns become
/// singular, a field becomes the role that works in it, a trailing "role"/"position"/"track" is
/// dropped, and the result is title-cased. Returns `None` for a phrase with no role in it.
///
/// ```
/// use careergraph::names::role_from_phrase;
/// assert_eq!(role_from_phrase("systems administration").as_deref(), Some("Systems Administrator"));
/// assert_eq!(role_from_phrase("IT security analyst roles").as_deref(), Some("IT Security Analyst"));
/// assert_eq!(role_from_phrase("Tier 3 support").as_deref(), Some("Tier 3 Support Specialist"));
/// assert_eq!(role_from_phrase("IT project coordination").as_deref(), Some("IT Project Coordinator"));
/// ```
pub fn role_from_phrase(phrase: &str) -> Option<String> {
    let mut words: Vec<&str> = phrase.split_whitespace().collect();
    // A grade after the title ("IT Support Specialist II") is kept as written.
    if let Some(last) = words.last().copied() {
        let after_tier = words.len() > 1
            && ["tier", "level"]
                .iter()
                .any(|t| t.eq_ignore_ascii_case(words[words.len() - 2]));
        // Only after a role noun: "Engineer II", not "software engineering I know of".
        let after_role = words.len() > 1 && is_role_noun(words[words.len() - 2]);
        if words.len() > 1 && is_grade(last) && !after_tier && after_role {
            words.pop();
            let base = role_from_phrase(&words.join(" "))?;
            return Some(format!("{base} {}", last.to_uppercase()));
        }
    }
    // "cloud roles", "cloud positions"; not "cloud careers".
    let job_suffix = words.len() == 2
        && ["role", "roles", "position", "positions", "job", "jobs"]
            .iter()
            .any(|j| j.eq_ignore_ascii_case(words[1]));
    while words.last().is_some_and(|w| is_role_suffix(w)) {
        words.pop();
    }
    if job_suffix && words.len() == 1 {
        let key = fold(words[0]);
        if let Some((_, role)) = SUFFIXED_FIELDS.iter().find(|(f, _)| *f == key) {
            return Some((*role).to_string());
        }
    }
    // "managers of mainframe infrastructure groups" are Mainframe Infrastructure Managers.
    if words.len() > 3
        && matches!(&*fold(words[0]), "manager" | "managers")
        && words[1].eq_ignore_ascii_case("of")
        && matches!(
            &*fold(words[words.len() - 1]),
            "groups" | "teams" | "group" | "team" | "functions"
        )
    {
        let field = words[2..words.len() - 1].join(" ");
        return Some(title_case(&format!("{field} Manager")));
    }
    // "management of ML engineering teams" is the ML Engineering Manager's job.
    if words.len() > 2 && words[0].eq_ignore_ascii_case("management") && words[1].eq_ignore_ascii_case("of") {
        let rest = words[2..].join(" ");
        return role_from_phrase(&format!("{rest} manager"));
    }
    // "Software Development Engineer in Test".
    if words.len() > 2
        && words[words.len() - 2].eq_ignore_ascii_case("in")
        && words[words.len() - 1].eq_ignore_ascii_case("test")
        && is_role_noun(words[words.len() - 3])
    {
        return Some(title_case(&words.join(" ")));
    }
    // "Director of Cloud Engineering", "Head of IT": a role noun before "of" is the title.
    if let Some(of) = words.iter().position(|w| w.eq_ignore_ascii_case("of")) {
        if of > 0 && of + 1 < words.len() && is_role_noun(words[of - 1]) {
            // "chiefs of staff": the role noun in the singular.
            let noun = fold(words[of - 1]);
            if let Some((sing, _)) = ROLE_HEADS.iter().find(|(_, p)| *p == noun) {
                words[of - 1] = sing;
            }
            return Some(title_case(&words.join(" ")));
        }
    }
    let last_word = *words.last()?;
    let last = fold(last_word);
    // "24/7 operations", "7 operations": a number opens no title ("Tier 3" is read above).
    if words[0].bytes().all(|b| b.is_ascii_digit() || b == b'/') {
        return None;
    }
    // "senior management", "junior engineering": a rank and a field name no role.
    if words.len() == 2
        && is_field_word(&last)
        && ["senior", "junior", "lead", "principal", "staff", "middle", "upper"]
            .iter()
            .any(|r| r.eq_ignore_ascii_case(words[0]))
    {
        return None;
    }
    let full = words.join(" ");
    let body = full[..full.len() - last_word.len()].trim_end();
    if ends_field_phrase(last.trim_end_matches(['.', ',', ';', ':', '"', '\''])) {
        let key = role_key(&full);
        if let Some((_, role)) = FIELD_EXCEPTIONS.iter().find(|(f, _)| *f == key) {
            return Some((*role).to_string());
        }
    }
    // "Tier 3" alone names a support tier.
    if words.len() == 2 && words[0].eq_ignore_ascii_case("tier") && words[1].chars().all(|c| c.is_ascii_digit()) {
        return Some(format!("Tier {} Support Specialist", words[1]));
    }
    if let Some((sing, _)) = ROLE_HEADS.iter().find(|(s, p)| *s == last || *p == last) {
        if *sing == "sysadmin" {
            return Some(title_case(&format!("{body} Systems Administrator")));
        }
        if body.is_empty() {
            return STANDALONE_HEADS.contains(sing).then(|| title_case(sing));
        }
        let head = match *sing {
            "admin" => "Administrator",
            "tech" => "Technician",
            other => other,
        };
        return Some(title_case(&format!("{body} {head}")));
    }
    if let Some((_, role)) = FIELD_HEADS.iter().find(|(f, _)| *f == last) {
        // "engineers design the network": people doing the field's work, not a role; nor is
        // "ownership of design and operations".
        if body.is_empty()
            || body
                .split_whitespace()
                .any(|w| w.eq_ignore_ascii_case("of") || ROLE_HEADS.iter().any(|(_, p)| p.eq_ignore_ascii_case(w)))
        {
            return None;
        }
        // "cloud operations" -> "Cloud Operations Analyst": the field word stays when the role
        // noun repeats it.
        return Some(title_case(&format!("{body} {role}")));
    }
    None
}

/// Whether `word` is a grade written after a title: a Roman numeral up to IV or a digit.
pub(crate) fn is_grade(word: &str) -> bool {
    ["I", "II", "III", "IV", "1", "2", "3", "4"]
        .iter()
        .any(|g| g.eq_ignore_ascii_case(word))
}

/// Whether `word` is a noun that follows a role without changing it ("roles", "positions",
/// "track", "seat").
pub(crate) fn is_role_suffix(word: &str) -> bool {
    matches!(
        &*fold(word),
        "role"
            | "roles"
            | "position"
            | "positions"
            | "track"
            | "tracks"
            | "title"
            | "titles"
            | "job"
            | "jobs"
            | "path"
            | "paths"
            | "function"
            | "functions"
            | "career"
            | "careers"
            | "seat"
            | "seats"
            | "chair"
            | "appointment"
            | "post"
            | "posts"
            | "opening"
            | "openings"
            | "level"
    )
}

/// Whether `word` ends one of the field phrases with a role of their own ("help desk",
/// "developer relations").
pub(crate) fn ends_field_phrase(word: &str) -> bool {
    static LAST_WORDS: OnceLock<HashSet<&'static str, BuildFnv>> = OnceLock::new();
    LAST_WORDS
        .get_or_init(|| {
            FIELD_EXCEPTIONS
                .iter()
                .filter_map(|(f, _)| f.rsplit(' ').next())
                .collect()
        })
        .contains(&*fold(word))
}

/// Whether `word` is a field noun ("administration", "security").
pub(crate) fn is_field_word(word: &str) -> bool {
    let l = fold(word);
    FIELD_HEADS.iter().any(|(f, _)| *f == l)
}

/// Whether `word` (any case) is a role head noun or a field noun, singular or plural.
pub(crate) fn is_head_word(word: &str) -> bool {
    static HEADS: OnceLock<HashSet<&'static str, BuildFnv>> = OnceLock::new();
    HEADS.get_or_init(|| head_words().collect()).contains(&*fold(word))
}

/// Whether `word` (any case) is a role noun ("director", "heads"), not a field noun.
pub(crate) fn is_role_noun(word: &str) -> bool {
    let l = fold(word);
    ROLE_HEADS.iter().any(|(s, p)| *s == l || *p == l)
}

/// The role head nouns (singular and plural) and field nouns, in lower case.
pub(crate) fn head_words() -> impl Iterator<Item = &'static str> {
    ROLE_HEADS
        .iter()
        .flat_map(|(s, p)| [*s, *p])
        .chain(FIELD_HEADS.iter().map(|(f, _)| *f))
}

/// A word in lower case, borrowed when it already is (most words are).
pub(crate) fn fold(word: &str) -> Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// FNV-1a: a fast hash for the short words of the word lists (SipHash's resistance to
/// flooding is not needed for fixed lists).
#[derive(Default, Clone, Copy)]
pub(crate) struct BuildFnv;

/// The FNV-1a state.
pub(crate) struct Fnv(u64);

impl std::hash::BuildHasher for BuildFnv {
    type Hasher = Fnv;
    fn build_hasher(&self) -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
    }
}

/// A fixed word list with constant-time lookup, built on first use.
pub(crate) struct WordSet {
    list: &'static [&'static str],
    set: OnceLock<HashSet<&'static str, BuildFnv>>,
}

impl WordSet {
    /// A set over `list` (lower-case words).
    pub(crate) const fn new(list: &'static [&'static str]) -> Self {
        WordSet {
            list,
            set: OnceLock::new(),
        }
    }

    /// Whether the lower-case `word` is in the list.
    pub(crate) fn has(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| self.list.iter().copied().collect())
            .contains(word)
    }
}

/// One certification of the catalogue, with the facts the tool can show about it.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Certification {
    /// Stable identifier (`comptia_a_plus`).
    pub id: String,
    /// The name the tool prints.
    pub name: String,
    /// Who issues it.
    pub vendor: String,
    /// Current exam codes.
    pub exam_codes: Vec<String>,
    /// Number of exams.
    pub exams: Option<u32>,
    /// Fee of one exam in US dollars, approximate.
    pub fee_usd: Option<u32>,
    /// Catalogue ids the vendor recommends holding first.
    pub recommended_first: Vec<String>,
    /// Where the fee (or main fact) was read.
    pub source_url: String,
    /// Other names it goes by.
    pub aliases: Vec<String>,
}

impl Certification {
    /// Total exam fees (`exams` × `fee_usd`) where both are known.
    pub fn total_fee(&self) -> Option<u32> {
        Some(self.exams.unwrap_or(1) * self.fee_usd?)
    }
}

/// The certification catalogue: canonical names, aliases and facts, with name lookup.
#[derive(Debug, Clone, Default)]
pub struct CertCatalogue {
    certs: Vec<Certification>,
    /// Folded alias or name -> index into `certs`.
    by_key: BTreeMap<String, usize>,
    /// Folded aliases and names, longest first, for scanning free text.
    scan_order: Vec<(String, usize)>,
    /// All of `scan_order`'s names in one automaton, pattern i being `scan_order[i]`.
    matcher: Option<aho_corasick::AhoCorasick>,
}

/// The catalogue shipped with careergraph (`data/certs.csv`).
pub const DEFAULT_CERTS_CSV: &str = include_str!("../data/certs.csv");

/// A problem reading a certification catalogue.
#[derive(Debug, thiserror::Error)]
pub enum CatalogueError {
    /// The CSV could not be parsed.
    #[error("certification catalogue, line {line}: {source}")]
    Csv {
        /// 1-based line.
        line: u64,
        /// The parser's error.
        source: csv::Error,
    },
    /// A required column is absent.
    #[error("certification catalogue: missing column `{0}`")]
    MissingColumn(&'static str),
}

impl CertCatalogue {
    /// The catalogue embedded in the binary.
    pub fn embedded() -> Self {
        // The embedded file is checked by a unit test, so this cannot fail at run time.
        Self::from_csv(DEFAULT_CERTS_CSV).unwrap_or_default()
    }

    /// Reads a catalogue in the `certs.csv` layout (`id,canonical_name,vendor,exam_codes,exams,
    /// fee_usd,...,aliases,source_url`).
    pub fn from_csv(text: &str) -> Result<Self, CatalogueError> {
        let mut rdr = csv::ReaderBuilder::new().from_reader(text.as_bytes());
        let headers = rdr
            .headers()
            .map_err(|source| CatalogueError::Csv { line: 1, source })?
            .clone();
        let col = |name: &'static str| {
            headers
                .iter()
                .position(|h| h == name)
                .ok_or(CatalogueError::MissingColumn(name))
        };
        let (c_id, c_name, c_vendor) = (col("id")?, col("canonical_name")?, col("vendor")?);
        let (c_codes, c_exams, c_fee) = (col("exam_codes")?, col("exams")?, col("fee_usd")?);
        let (c_first, c_aliases, c_url) = (col("recommended_first")?, col("aliases")?, col("source_url")?);
        let mut cat = CertCatalogue::default();
        for rec in rdr.records() {
            let rec = rec.map_err(|source| CatalogueError::Csv {
                line: source.position().map_or(0, |p| p.line()),
                source,
            })?;
            let get = |i: usize| rec.get(i).unwrap_or("").trim().to_string();
            let split = |i: usize| -> Vec<String> {
                get(i)
                    .split('|')
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(String::from)
                    .collect()
            };
            cat.push(Certification {
                id: get(c_id),
                name: get(c_name),
                vendor: get(c_vendor),
                exam_codes: split(c_codes),
                exams: get(c_exams).parse().ok(),
                fee_usd: get(c_fee).parse().ok(),
                recommended_first: split(c_first),
                source_url: get(c_url),
                aliases: split(c_aliases),
            });
        }
        cat.matcher = aho_corasick::AhoCorasick::builder()
            .kind(Some(aho_corasick::AhoCorasickKind::DFA))
            .build(cat.scan_order.iter().map(|(k, _)| k))
            .ok();
        Ok(cat)
    }

    fn push(&mut self, cert: Certification) {
        let idx = self.certs.len();
        let mut keys = vec![cert_key(&cert.name)];
        keys.extend(cert.aliases.iter().map(|a| cert_key(a)));
        keys.extend(cert.exam_codes.iter().map(|a| cert_key(a)));
        // "Cisco Certified Network Associate (CCNA)": the short form in brackets is a name too.
        if let Some(inner) = cert.name.rsplit_once('(').and_then(|(_, r)| r.strip_suffix(')')) {
            keys.push(cert_key(inner));
            keys.push(cert_key(cert.name.rsplit_once('(').map_or("", |(l, _)| l)));
        }
        for k in keys.into_iter().filter(|k| !k.is_empty()) {
            self.by_key.entry(k.clone()).or_insert(idx);
            self.scan_order.push((k, idx));
        }
        self.scan_order
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.0.cmp(&b.0)));
        self.scan_order.dedup_by(|a, b| a.0 == b.0);
        self.certs.push(cert);
    }

    /// All certifications, in catalogue order.
    pub fn iter(&self) -> impl Iterator<Item = &Certification> {
        self.certs.iter()
    }

    /// Number of certifications.
    pub fn len(&self) -> usize {
        self.certs.len()
    }

    /// Whether the catalogue is empty.
    pub fn is_empty(&self) -> bool {
        self.certs.is_empty()
    }

    /// Whether `text` is the name of an issuer in the catalogue ("Red Hat", "GIAC"), written
    /// alone before or after a certification name.
    pub fn is_vendor(&self, text: &str) -> bool {
        let text = text.trim();
        !text.is_empty()
            && self.certs.iter().any(|c| {
                // "GIAC (SANS Institute)", "Google (delivered on Coursera)": the name before the
                // remark counts too.
                let short = c.vendor.split(" (").next().unwrap_or("").trim();
                c.vendor.eq_ignore_ascii_case(text) || short.eq_ignore_ascii_case(text)
            })
    }

    /// The certification with this canonical name, if any.
    pub fn by_name(&self, name: &str) -> Option<&Certification> {
        self.by_key.get(&cert_key(name)).map(|&i| &self.certs[i])
    }

    /// Resolves one certification name as written on a page ("Microsoft MD-102", "ITIL
    /// Foundation") to its canonical name; `None` when nothing in the catalogue matches.
    pub fn canonical(&self, written: &str) -> Option<&str> {
        let key = cert_key(written);
        if let Some(&i) = self.by_key.get(&key) {
            return Some(&self.certs[i].name);
        }
        // A name with extra words around a known name or code ("Microsoft MD-102 Endpoint
        // Administrator"): take the longest known name inside it.
        self.scan(written)
            .into_iter()
            .next()
            .map(|(_, _, i)| self.certs[i].name.as_str())
    }

    /// Finds every known certification named in free text, as (start, end, index) byte spans of
    /// `text`, longest names first and never overlapping, sorted by position.
    pub(crate) fn scan(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let (folded, offsets) = fold_for_scan(text);
        let back = |i: usize| match &offsets {
            Some(offsets) => offsets.get(i).copied().unwrap_or(text.len()),
            None => i,
        };
        let mut taken: Vec<(usize, usize, usize)> = Vec::new();
        let Some(matcher) = &self.matcher else { return taken };
        // Every occurrence of every name in one pass, then the longest names first, never
        // overlapping: the same choice as trying each name from the longest down.
        let mut found: Vec<(usize, usize, usize)> = matcher
            .find_overlapping_iter(folded.as_str())
            .filter(|m| is_boundary(&folded, m.start(), m.end()))
            .filter_map(|m| {
                self.scan_order
                    .get(m.pattern().as_usize())
                    .map(|(_, idx)| (m.start(), m.end(), *idx))
            })
            .collect();
        found.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0)));
        for (start, end, idx) in found {
            if !taken.iter().any(|&(s, e, _)| start < e && s < end) {
                taken.push((start, end, idx));
            }
        }
        taken.sort_unstable();
        // Spans of the folded text back to spans of `text` (folding may shorten characters).
        taken.into_iter().map(|(s, e, idx)| (back(s), back(e), idx)).collect()
    }

    /// All canonical names mentioned in free text, in order of first mention, without repeats.
    pub fn mentioned(&self, text: &str) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        for (_, _, i) in self.scan(text) {
            let name = &self.certs[i].name;
            if !out.contains(name) {
                out.push(name.clone());
            }
        }
        out
    }
}

/// Folds text for certification matching (ASCII lower case, a non-breaking space as a space;
/// other characters kept), with the byte offset in `text` of each byte offset of the folded
/// text, plus one entry for its end, so that spans map back.
fn fold_for_scan(text: &str) -> (String, Option<Vec<usize>>) {
    // ASCII folds byte for byte: the spans need no mapping.
    if text.is_ascii() {
        return (text.to_ascii_lowercase(), None);
    }
    let mut folded = String::with_capacity(text.len());
    let mut offsets = Vec::with_capacity(text.len() + 1);
    for (i, c) in text.char_indices() {
        let f = match c {
            '\u{a0}' => ' ',
            '–' | '—' => '-',
            c => c.to_ascii_lowercase(),
        };
        folded.push(f);
        offsets.extend(std::iter::repeat(i).take(f.len_utf8()));
    }
    offsets.push(text.len());
    (folded, Some(offsets))
}

fn is_boundary(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric());
    // "A+" must not match inside "CompTIA A+" twice, but may be followed by "/"; "CISSP" is not
    // the start of "CISSP-ISSAP".
    let hyphen_word_after = after == Some('-') && word(text[end..].chars().nth(1));
    !word(before) && !word(after) && !matches!(before, Some('-')) && !hyphen_word_after
}

fn cert_key(name: &str) -> String {
    let folded: String = name
        .chars()
        .map(|c| match c {
            '\u{a0}' => ' ',
            '–' | '—' => '-',
            c => c.to_ascii_lowercase(),
        })
        .collect();
    folded.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Cleans a certification name that the catalogue does not know, for display: whitespace folded
/// and surrounding punctuation removed; the words are kept as the page writes them.
pub fn clean_cert_name(name: &str) -> String {
    let s = name.split_whitespace().collect::<Vec<_>>().join(" ");
    s.trim_matches(|c: char| c == '.' || c == ',' || c == ';' || c == ':')
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_catalogue_parses_and_has_the_seed_names() {
        let cat = CertCatalogue::from_csv(DEFAULT_CERTS_CSV).unwrap();
        assert!(cat.len() >= 30);
        assert!(cat.by_name("CompTIA A+").is_some());
    }

    #[test]
    fn cert_aliases_resolve_to_one_credential() {
        let cat = CertCatalogue::embedded();
        let endpoint = "Microsoft 365 Certified: Endpoint Administrator Associate";
        for written in [
            "Microsoft MD-102",
            "MD-102",
            "Microsoft 365 Certified: Modern Desktop Administrator Associate",
            "Microsoft 365 Certified: Modern Desktop Administrator Associate (MD-102)",
            endpoint,
            "Microsoft MD-102 Endpoint Administrator",
        ] {
            assert_eq!(cat.canonical(written), Some(endpoint), "{written}");
        }
        assert_eq!(cat.canonical("ITIL Foundation"), Some("ITIL 4 Foundation"));
        assert_eq!(cat.canonical("Net+"), Some("CompTIA Network+"));
        assert_eq!(cat.canonical("CCNA"), Some("Cisco Certified Network Associate (CCNA)"));
        assert_eq!(cat.canonical("Oracle Database SQL Certified Associate"), None);
    }

    #[test]
    fn a_name_followed_by_a_hyphenated_word_is_another_name() {
        let cat = CertCatalogue::embedded();
        assert!(cat.mentioned("CISSP-ISSAP holders").is_empty());
        assert_eq!(
            cat.mentioned("CISSP - then CCSP"),
            vec!["Certified Information Systems Security Professional (CISSP)"]
        );
    }

    #[test]
    fn scanning_text_finds_each_cert_once_in_order() {
        let cat = CertCatalogue::embedded();
        assert_eq!(
            cat.mentioned("CompTIA A+ and Network+ — baseline; A+ again"),
            vec!["CompTIA A+", "CompTIA Network+"]
        );
    }

    #[test]
    fn role_phrases_become_titles() {
        let cases = [
            ("systems administration", "Systems Administrator"),
            ("endpoint engineering", "Endpoint Engineer"),
            ("IT security analyst roles", "IT Security Analyst"),
            ("IT project coordination", "IT Project Coordinator"),
            ("Tier 3 support", "Tier 3 Support Specialist"),
            ("Tier 3", "Tier 3 Support Specialist"),
            ("network engineers", "Network Engineer"),
            ("service delivery management", "Service Delivery Manager"),
            ("ITSM process analyst", "ITSM Process Analyst"),
            ("cloud administrator positions", "Cloud Administrator"),
            ("DevOps engineering track", "DevOps Engineer"),
            (
                "identity and access management",
                "Identity and Access Management Analyst",
            ),
            ("sysadmins", "Systems Administrator"),
            ("IT Support Specialist II", "IT Support Specialist II"),
            ("lead IT support specialist ii", "Lead IT Support Specialist II"),
            ("DevOps positions", "DevOps Engineer"),
            ("site reliability", "Site Reliability Engineer"),
            ("cloud roles", "Cloud Engineer"),
            ("technical writing", "Technical Writer"),
            ("IT audit", "IT Auditor"),
        ];
        for (phrase, want) in cases {
            assert_eq!(role_from_phrase(phrase).as_deref(), Some(want), "{phrase}");
        }
        assert_eq!(role_from_phrase("management"), None);
        assert_eq!(role_from_phrase("engineering roles"), None);
        // "the cloud" is a place; only "cloud roles" are jobs.
        assert_eq!(role_from_phrase("cloud"), None);
        assert_eq!(role_from_phrase("audit"), None);
    }

    #[test]
    fn keys_fold_case_and_space() {
        assert_eq!(role_key("IT  Support\tSpecialist"), "it support specialist");
    }

    #[test]
    fn keys_trim_punctuation_and_the_space_it_leaves() {
        // Found by the idempotence property: "a ." folded to "a " and then to "a".
        assert_eq!(role_key("Systems Administrator ."), "systems administrator");
        assert_eq!(role_key(". ' a"), "a");
        assert_eq!(role_key(" . "), "");
    }

    #[test]
    fn scanning_maps_spans_back_past_non_breaking_spaces() {
        // Folding turns a two-byte non-breaking space into a one-byte space; the spans must
        // still be spans of the text given (this used to slice inside a character).
        let cat = CertCatalogue::embedded();
        let text = "\u{a0}\u{a0}CompTIA\u{a0}A+ and é Net+";
        for (s, e, _) in cat.scan(text) {
            assert!(text.get(s..e).is_some(), "{s}..{e}");
        }
        assert_eq!(cat.mentioned(text), vec!["CompTIA A+", "CompTIA Network+"]);
        let got = crate::page::split_cert_list(text, &cat);
        assert_eq!(got[0], ("CompTIA A+".to_string(), true));
    }

    #[test]
    fn a_catalogue_name_starting_with_a_wide_character_scans() {
        let csv = "id,canonical_name,vendor,exam_codes,exams,fee_usd,recommended_first,aliases,source_url\n\
                   x,Über Cert,V,,,,,,u\n";
        let cat = CertCatalogue::from_csv(csv).unwrap();
        assert_eq!(cat.mentioned("Über cert and ÜBER CERT"), vec!["Über Cert"]);
    }

    mod props {
        use super::super::*;
        use proptest::prelude::*;

        /// Words that reach the interesting branches of the title grammar.
        fn phrase() -> impl Strategy<Value = String> {
            let words = prop::sample::select(vec![
                "tier",
                "Level",
                "3",
                "II",
                "iv",
                "roles",
                "position",
                "sysadmin",
                "sysadmins",
                "administration",
                "engineering",
                "it",
                "IT",
                "and",
                "of",
                "help",
                "desk",
                "security",
                "operations",
                "analyst",
                "admin",
                "tech",
                "devops",
                "Help-Desk",
                "-",
                "--",
                "a-",
                "\u{a0}",
                "İ",
                "ß",
                "ǆ",
                "ŉ",
                "Σ",
                ".",
                "'",
                "\"",
                ",",
                "",
                "x",
                "macOS",
                "CCNA",
            ]);
            prop::collection::vec(words, 0..8).prop_map(|w| w.join(" "))
        }

        /// The embedded catalogue, built once: building its automaton per case is slow in a
        /// debug build.
        fn catalogue() -> &'static CertCatalogue {
            static CATALOGUE: OnceLock<CertCatalogue> = OnceLock::new();
            CATALOGUE.get_or_init(CertCatalogue::embedded)
        }

        /// Letters whose upper and lower case map one to one.
        const CASEABLE: &str = "[a-zA-Z0-9 .,;:'\"\t\u{a0}À-ÖØ-Þà-öø-þ-]{0,40}";

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(2048))]

            #[test]
            fn role_key_is_idempotent(s in any::<String>()) {
                let k = role_key(&s);
                prop_assert_eq!(role_key(&k), k);
            }

            #[test]
            fn role_key_is_idempotent_on_phrases(s in phrase()) {
                let k = role_key(&s);
                prop_assert_eq!(role_key(&k), k);
            }

            #[test]
            fn role_key_ignores_ascii_case(s in any::<String>()) {
                let k = role_key(&s);
                prop_assert_eq!(role_key(&s.to_ascii_uppercase()), k.clone());
                prop_assert_eq!(role_key(&s.to_ascii_lowercase()), k);
            }

            #[test]
            fn role_key_ignores_case(s in CASEABLE) {
                let k = role_key(&s);
                prop_assert_eq!(role_key(&s.to_uppercase()), k.clone());
                prop_assert_eq!(role_key(&s.to_lowercase()), k);
            }

            #[test]
            fn title_case_is_idempotent_on_its_output(s in any::<String>()) {
                let t = title_case(&s);
                prop_assert_eq!(title_case(&t), t);
            }

            #[test]
            fn title_case_is_idempotent_on_phrases(s in phrase()) {
                let t = title_case(&s);
                prop_assert_eq!(title_case(&t), t);
            }

            #[test]
            fn role_from_phrase_never_panics(s in any::<String>(), p in phrase()) {
                let _ = role_from_phrase(&s);
                if let Some(title) = role_from_phrase(&p) {
                    prop_assert!(!title.trim().is_empty());
                }
            }

            #[test]
            fn canonical_never_panics(s in any::<String>(), p in phrase()) {
                let cat = catalogue();
                for text in [s.as_str(), p.as_str(), &format!("{s} CompTIA A+{p}\u{a0}Net+ {s}")] {
                    let _ = cat.canonical(text);
                    let _ = cat.mentioned(text);
                    for (start, end, _) in cat.scan(text) {
                        prop_assert!(text.get(start..end).is_some());
                    }
                    let _ = crate::page::split_cert_list(text, cat);
                }
            }
        }
    }
}

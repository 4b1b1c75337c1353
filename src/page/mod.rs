//! Reading one role page into a [`Page`] record.
//!
//! A role page is the text of a job-description page: a category and title, a "Role at a
//! glance" block of label/value pairs, duties, an overview, qualifications, a career outlook,
//! questions and answers, and a list of related roles with salary ranges. [`read_page`] accepts
//! both layouts of the site the format comes from (dash-prefixed lines; blank lines with `•`
//! bullets) and the variation real pages show (see [`lines`]). It never fails: whatever it
//! cannot read becomes a [`Warning`] with its line.

mod fields;
pub mod lines;
pub mod next_steps;

pub use fields::{parse_experience, parse_salary, thousands, Experience, SalaryRange};
pub use next_steps::NextStep;

use crate::names::{self, CertCatalogue};
use lines::{Line, Section, SectionKind};
use serde::Serialize;

/// A value read from a page, with the line it was read from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Located<T> {
    /// The value.
    pub value: T,
    /// 1-based line number.
    pub line: usize,
}

/// Something the reader could not read, or read with a doubt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    /// 1-based line, where the problem has one.
    pub line: Option<usize>,
    /// What is wrong, in a sentence.
    pub message: String,
}

impl Warning {
    fn at(line: usize, message: impl Into<String>) -> Self {
        Warning {
            line: Some(line),
            message: message.into(),
        }
    }
    fn page(message: impl Into<String>) -> Self {
        Warning {
            line: None,
            message: message.into(),
        }
    }
    /// Formats the warning as `file:line: message`.
    pub fn display(&self, file: &str) -> String {
        match self.line {
            Some(l) => format!("{file}:{l}: {}", self.message),
            None => format!("{file}: {}", self.message),
        }
    }
}

/// A salary range with the note the page gave about its source, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatedSalary {
    /// The range.
    pub range: SalaryRange,
    /// Text in brackets after the range ("BLS OEWS May 2024, SOC 15-1244, 25th–75th percentile").
    pub note: Option<String>,
}

/// An entry of the related-roles list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Related {
    /// The role title as written.
    pub title: String,
    /// Its salary range, where the entry gives one.
    pub salary: Option<SalaryRange>,
    /// 1-based line.
    pub line: usize,
}

/// A question and its answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionAnswer {
    /// The question.
    pub question: Located<String>,
    /// The answer paragraphs.
    pub answer: Vec<Located<String>>,
}

/// The "Role at a glance" block.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Glance {
    /// Typical education.
    pub education: Option<Located<String>>,
    /// Typical experience as written.
    pub experience_text: Option<Located<String>>,
    /// Typical experience in years.
    pub experience: Experience,
    /// Key certifications, canonical names where the catalogue knows them.
    pub key_certifications: Vec<Located<String>>,
    /// Top employer types.
    pub employer_types: Option<Located<String>>,
    /// Growth outlook.
    pub growth_outlook: Option<Located<String>>,
    /// AI impact.
    pub ai_impact: Option<Located<String>>,
    /// The role's own salary range (optional field `Typical salary`).
    pub typical_salary: Option<Located<StatedSalary>>,
    /// Other titles for the role (optional field `Also known as`).
    pub aliases: Vec<Located<String>>,
    /// Fields the reader does not know, as (label, value).
    pub other: Vec<(String, Located<String>)>,
}

/// Everything read from one role page.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Page {
    /// Where the page came from, as given by the caller.
    pub file: String,
    /// The role title.
    pub title: Option<Located<String>>,
    /// The category line ("Information Technology").
    pub category: Option<Located<String>>,
    /// The summary paragraph under the title.
    pub summary: Option<Located<String>>,
    /// The glance block.
    pub glance: Glance,
    /// Duties, one per bullet.
    pub duties: Vec<Located<String>>,
    /// Overview paragraphs.
    pub overview: Vec<Located<String>>,
    /// Certifications named under qualifications, canonical names where known.
    pub certifications: Vec<String>,
    /// Career-outlook paragraphs.
    pub outlook: Vec<Located<String>>,
    /// Questions and answers.
    pub faq: Vec<QuestionAnswer>,
    /// The related-roles list.
    pub related: Vec<Related>,
    /// Roles the text names as next moves out of this role, with evidence.
    pub next_steps: Vec<NextStep>,
    /// Which sections the page has.
    pub sections: Vec<SectionKind>,
    /// What could not be read.
    pub warnings: Vec<Warning>,
}

impl Page {
    /// Drops the prose (summary, duties, overview, outlook, answers) and keeps the facts:
    /// title, glance, certifications, related roles, next steps with their sentences, sections
    /// and warnings.
    pub fn into_facts(mut self) -> Page {
        self.summary = None;
        self.duties = Vec::new();
        self.overview = Vec::new();
        self.outlook = Vec::new();
        self.faq = Vec::new();
        self.glance.education = None;
        self.glance.employer_types = None;
        self.glance.growth_outlook = None;
        self.glance.ai_impact = None;
        self.glance.other = Vec::new();
        self
    }

    /// The title, or an empty string for a page without one.
    pub fn title_str(&self) -> &str {
        self.title.as_ref().map_or("", |t| t.value.as_str())
    }
}

/// Reads one page from its bytes. `file` names it in warnings and evidence.
///
/// ```
/// use careergraph::{names::CertCatalogue, page::read_page};
/// let text = "Information Technology\nNOC Technician\nLast updated\nWatches networks.\n\
///             Role at a glance\n- Typical experience\n- 1-2 years\n- Key certifications\n- Net+\n\
///             Career outlook\nMost NOC technicians move into network administration.\n";
/// let page = read_page("noc.txt", text.as_bytes(), &CertCatalogue::embedded());
/// assert_eq!(page.title_str(), "NOC Technician");
/// assert_eq!(page.glance.key_certifications[0].value, "CompTIA Network+");
/// assert_eq!(page.next_steps[0].role, "Network Administrator");
/// ```
pub fn read_page(file: &str, bytes: &[u8], certs: &CertCatalogue) -> Page {
    let mut page = Page {
        file: file.to_string(),
        ..Page::default()
    };
    let (text, lossy) = lines::decode(bytes);
    if lossy {
        page.warnings
            .push(Warning::page("not valid UTF-8; invalid bytes were replaced"));
    }
    if bytes.contains(&0) {
        page.warnings.push(Warning::page(
            "looks like a binary file (contains NUL bytes); not a role page",
        ));
        return page;
    }
    let all = lines::clean_lines(&text);
    if all.is_empty() {
        page.warnings.push(Warning::page("empty page: no text to read"));
        return page;
    }
    for sec in lines::sections(all) {
        page.sections.push(sec.kind);
        match sec.kind {
            SectionKind::Header => read_header(&mut page, &sec.lines),
            SectionKind::Glance => read_glance(&mut page, &sec, certs),
            SectionKind::Duties => page.duties.extend(sec.lines.into_iter().map(Located::from)),
            SectionKind::Overview => page.overview.extend(sec.lines.into_iter().map(Located::from)),
            SectionKind::Qualifications => read_qualifications(&mut page, &sec.lines, certs),
            SectionKind::Outlook => page.outlook.extend(sec.lines.into_iter().map(Located::from)),
            SectionKind::CoverLetter => {}
            SectionKind::Faq => read_faq(&mut page, sec.lines),
            SectionKind::Related => read_related(&mut page, &sec.lines),
        }
    }
    page.sections.sort_unstable();
    page.sections.dedup();
    // A "title" of punctuation alone (`"`, `: ;`) names no role: every role is found by its
    // folded title, and an empty one would name nothing.
    if page
        .title
        .as_ref()
        .is_some_and(|t| names::role_key(&t.value).is_empty())
    {
        page.title = None;
    }
    if page.title.is_none() {
        page.warnings
            .push(Warning::page("no role title found; not a role page"));
        return page;
    }
    if !page.sections.contains(&SectionKind::Glance) {
        page.warnings.push(Warning::page("no \"Role at a glance\" section"));
    }
    find_next_steps(&mut page, certs);
    page
}

impl From<Line> for Located<String> {
    fn from(line: Line) -> Self {
        Located {
            value: line.text,
            line: line.no,
        }
    }
}

fn located(line: &Line) -> Located<String> {
    Located {
        value: line.text.clone(),
        line: line.no,
    }
}

/// Header: optional site-name line, category, title, "Last updated", summary. Without a
/// "Last updated" marker, the title is the last short line before the first long one.
fn read_header(page: &mut Page, lines: &[Line]) {
    let useful: Vec<&Line> = lines
        .iter()
        .filter(|l| !is_site_name(&l.text) && !l.text.to_lowercase().starts_with("last updated"))
        .collect();
    let is_short = |l: &Line| l.text.split_whitespace().count() <= 10 && !l.text.ends_with('.') && l.text.len() <= 100;
    let first_long = useful.iter().position(|l| !is_short(l)).unwrap_or(useful.len());
    let shorts = &useful[..first_long];
    match shorts {
        [] => {}
        [title] => page.title = Some(located(title)),
        [.., category, title] => {
            page.category = Some(located(category));
            page.title = Some(located(title));
        }
    }
    if let Some(summary) = useful.get(first_long) {
        page.summary = Some(located(summary));
    }
    if let Some(t) = &mut page.title {
        t.value = t.value.split_whitespace().collect::<Vec<_>>().join(" ");
    }
}

fn is_site_name(text: &str) -> bool {
    let t = text.trim();
    !t.contains(' ') && t.contains('.') && {
        let tld = t.rsplit('.').next().unwrap_or("");
        (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic())
    }
}

/// Glance labels the reader knows.
#[derive(Clone, Copy, PartialEq)]
enum GlanceField {
    Education,
    Experience,
    Certifications,
    Employers,
    Growth,
    Ai,
    Salary,
    Aliases,
}

fn glance_label(text: &str) -> Option<(GlanceField, Option<&str>)> {
    let (label, rest) = match text.split_once(':') {
        Some((l, r)) if l.len() <= 40 => (l, Some(r.trim()).filter(|r| !r.is_empty())),
        _ => (text, None),
    };
    let l = label.trim().to_lowercase();
    let field = if l.starts_with("typical education") || l == "education" {
        GlanceField::Education
    } else if l.starts_with("typical experience") || l == "experience" || l == "years of experience" {
        GlanceField::Experience
    } else if l.starts_with("key certification") || l == "certifications" {
        GlanceField::Certifications
    } else if l.starts_with("top employer") || l == "employers" || l == "employer types" {
        GlanceField::Employers
    } else if l.starts_with("growth outlook") || l == "outlook" {
        GlanceField::Growth
    } else if l.starts_with("ai impact") {
        GlanceField::Ai
    } else if l.starts_with("typical salary") || l == "salary" || l == "salary range" || l == "median salary" {
        GlanceField::Salary
    } else if l.starts_with("also known as") || l == "other titles" || l == "aliases" {
        GlanceField::Aliases
    } else {
        return None;
    };
    Some((field, rest))
}

fn read_glance(page: &mut Page, sec: &Section, certs: &CertCatalogue) {
    let mut pending: Option<(Option<GlanceField>, String, usize)> = None;
    for line in &sec.lines {
        if let Some((field, inline)) = glance_label(&line.text) {
            if let Some((_, label, no)) = pending.take() {
                page.warnings
                    .push(Warning::at(no, format!("glance field \"{label}\" has no value")));
            }
            match inline {
                Some(value) => set_glance(page, Some(field), "", value, line.no, certs),
                None => pending = Some((Some(field), line.text.clone(), line.no)),
            }
            continue;
        }
        match pending.take() {
            Some((field, label, _)) => set_glance(page, field, &label, &line.text, line.no, certs),
            // An unknown label: keep it and expect its value next.
            None => pending = Some((None, line.text.clone(), line.no)),
        }
    }
    if let Some((_, label, no)) = pending {
        page.warnings
            .push(Warning::at(no, format!("glance field \"{label}\" has no value")));
    }
}

fn set_glance(page: &mut Page, field: Option<GlanceField>, label: &str, value: &str, no: usize, certs: &CertCatalogue) {
    let v = Located {
        value: value.to_string(),
        line: no,
    };
    let g = &mut page.glance;
    match field {
        Some(GlanceField::Education) => g.education = Some(v),
        Some(GlanceField::Experience) => {
            g.experience = parse_experience(value);
            g.experience_text = Some(v);
        }
        Some(GlanceField::Certifications) => {
            for (name, known) in split_cert_list(value, certs) {
                if !known {
                    page.warnings.push(Warning::at(
                        no,
                        format!("unknown certification \"{name}\" (not in the catalogue); kept as written"),
                    ));
                }
                if !g.key_certifications.iter().any(|c| c.value == name) {
                    g.key_certifications.push(Located { value: name, line: no });
                }
            }
        }
        Some(GlanceField::Employers) => g.employer_types = Some(v),
        Some(GlanceField::Growth) => g.growth_outlook = Some(v),
        Some(GlanceField::Ai) => g.ai_impact = Some(v),
        Some(GlanceField::Salary) => match parse_salary(value) {
            Some((range, span)) => {
                let rest = value[span.end..].trim();
                let note = rest
                    .strip_prefix('(')
                    .map(|r| r.trim_end_matches(')').trim().to_string())
                    .filter(|n| !n.is_empty());
                g.typical_salary = Some(Located {
                    value: StatedSalary { range, note },
                    line: no,
                });
            }
            None => page
                .warnings
                .push(Warning::at(no, format!("cannot read a salary range in \"{value}\""))),
        },
        Some(GlanceField::Aliases) => {
            for alias in value.split([',', ';']).map(str::trim).filter(|a| !a.is_empty()) {
                g.aliases.push(Located {
                    value: alias.to_string(),
                    line: no,
                });
            }
        }
        None => g.other.push((label.to_string(), v)),
    }
}

/// Splits the text between known certification names at `,`, `;` and `/`, except a slash
/// that joins one word to a longer name ("ISO/IEC 27001 Lead Auditor") or two words of one
/// name ("SAFe Product Owner/Product Manager").
fn split_cert_gap(gap: &str) -> Vec<&str> {
    let mut pieces = Vec::new();
    let mut start = 0;
    for (i, c) in gap.char_indices() {
        let split = match c {
            ',' | ';' => true,
            '/' => {
                let left = gap[start..i].trim();
                let right = gap[i + 1..].split([',', ';', '/']).next().unwrap_or("");
                let glued = !gap[..i].ends_with(char::is_whitespace) && !right.starts_with(char::is_whitespace);
                let joins_one_word = glued && !left.is_empty() && !left.contains(char::is_whitespace);
                // "Owner/Product": two ordinary capitalised words, unlike codes ("CCNA/CCNP").
                let word_like = |w: &str| {
                    let mut chars = w.chars();
                    chars.next().is_some_and(char::is_uppercase)
                        && chars.clone().count() > 1
                        && chars.all(char::is_lowercase)
                };
                let left_word = left.rsplit(char::is_whitespace).next().unwrap_or("");
                let right_word = right.split(char::is_whitespace).next().unwrap_or("");
                let joins_two_words = glued && word_like(left_word) && word_like(right_word);
                let joins_a_longer_name = joins_one_word && right.trim().contains(' ');
                !(joins_a_longer_name || joins_two_words)
            }
            _ => false,
        };
        if split {
            pieces.push(&gap[start..i]);
            start = i + 1;
        }
    }
    pieces.push(&gap[start..]);
    pieces
}

/// Splits a list of certification names into (name, known) pairs in the order written: the
/// canonical name where the catalogue knows it, else the cleaned name as written. Catalogue
/// names are found first, so names with commas inside ("Security, Compliance, and Identity
/// Fundamentals") stay whole.
pub fn split_cert_list(value: &str, certs: &CertCatalogue) -> Vec<(String, bool)> {
    let mut found: Vec<(usize, String, bool)> = Vec::new();
    let mut gaps: Vec<(usize, &str)> = Vec::new();
    let mut last = 0;
    let mut known_ends = Vec::new();
    // The spans are the scanner's; `get` keeps a wrong one from slicing inside a character.
    for (s, e, _) in certs.scan(value) {
        gaps.push((last, value.get(last..s).unwrap_or("")));
        if let Some(name) = value.get(s..e).and_then(|span| certs.canonical(span)) {
            found.push((s, name.to_string(), true));
            known_ends.push(e);
        }
        last = e;
    }
    gaps.push((last, value.get(last..).unwrap_or("")));
    // Parenthesised remarks that hold or follow a known name are its gloss, not more names:
    // "MS-102 (Microsoft 365 Administrator Expert)", "CISSP (the gold standard)".
    let glosses = parenthesised(value)
        .into_iter()
        .filter(|&(open, close)| {
            let holds = found.iter().any(|(at, _, _)| (open..close).contains(at));
            let before = value.get(..open).unwrap_or("").trim_end().len();
            holds || known_ends.contains(&before)
        })
        .collect::<Vec<_>>();
    for (offset, gap) in gaps {
        let mut pos = offset;
        for raw in split_cert_gap(gap) {
            let at = pos;
            pos += raw.len() + 1;
            let piece = raw.trim();
            let start = at + (raw.len() - raw.trim_start().len());
            let gloss = glosses
                .iter()
                .any(|&(open, close)| open <= start && start + piece.len() <= close + 1);
            let piece = piece
                .strip_prefix("and ")
                .or_else(|| piece.strip_prefix("or "))
                .unwrap_or(piece)
                .trim();
            // Leftovers around a known name ("Microsoft", "(MD-102)") are not certifications.
            let filler = piece.split_whitespace().all(|w| {
                matches!(
                    w.to_lowercase().trim_matches(|c: char| !c.is_alphanumeric()),
                    "" | "and"
                        | "or"
                        | "microsoft"
                        | "comptia"
                        | "cisco"
                        | "aws"
                        | "the"
                        | "a"
                        | "plus"
                        | "etc"
                        | "certified"
                        | "certification"
                        | "certifications"
                        // A level left over beside a known name ("AWS SysOps Administrator Associate").
                        | "associate"
                        | "professional"
                        | "expert"
                        | "specialty"
                        | "fundamentals"
                        | "practitioner"
                        // "Associate (optional)", "Expert, preferred".
                        | "optional"
                        | "required"
                        | "preferred"
                        | "recommended"
                )
            });
            // A remark, not a name: no capital or digit ("appear on some postings"), or one that
            // opens with a word of absence ("No single standard", "Rarely required").
            let lower_case = !piece.bytes().any(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
            let absence = piece.split_whitespace().next().is_some_and(|w| {
                ["no", "none", "rarely", "not", "optional", "varies"]
                    .iter()
                    .any(|a| a.eq_ignore_ascii_case(w))
            });
            let remark = !piece.is_empty() && (lower_case || absence);
            if !filler && !gloss && !remark && !certs.is_vendor(piece) {
                let name = names::clean_cert_name(piece);
                if !name.is_empty() {
                    found.push((at, name, false));
                }
            }
        }
    }
    found.sort_by_key(|(at, _, _)| *at);
    let mut out: Vec<(String, bool)> = Vec::new();
    for (_, name, known) in found {
        if !out.iter().any(|(n, _)| *n == name) {
            out.push((name, known));
        }
    }
    out
}

/// The byte spans (open, close) of the outermost parentheses in `text`.
fn parenthesised(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut depth = 0usize;
    let mut open = 0;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'(' => {
                if depth == 0 {
                    open = i;
                }
                depth += 1;
            }
            b')' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    spans.push((open, i));
                }
            }
            _ => {}
        }
    }
    spans
}

fn read_qualifications(page: &mut Page, lines: &[Line], certs: &CertCatalogue) {
    let mut in_certs = false;
    for line in lines {
        let sub_heading = !line.bullet && line.text.ends_with(':');
        if sub_heading {
            in_certs = line
                .text
                .get(..13)
                .is_some_and(|p| p.eq_ignore_ascii_case("certification"));
            continue;
        }
        if in_certs {
            for name in certs.mentioned(&line.text) {
                if !page.certifications.contains(&name) {
                    page.certifications.push(name);
                }
            }
        }
    }
}

fn read_faq(page: &mut Page, lines: Vec<Line>) {
    for line in lines {
        if line.text.trim_end().ends_with('?') {
            page.faq.push(QuestionAnswer {
                question: Located::from(line),
                answer: Vec::new(),
            });
        } else if let Some(qa) = page.faq.last_mut() {
            qa.answer.push(Located::from(line));
        } else {
            page.warnings.push(Warning::at(
                line.no,
                "answer with no question before it; read as an answer anyway",
            ));
            page.faq.push(QuestionAnswer {
                question: Located {
                    value: String::new(),
                    line: line.no,
                },
                answer: vec![Located::from(line)],
            });
        }
    }
}

fn read_related(page: &mut Page, lines: &[Line]) {
    // A title on a line of its own may have its salary on the next line ("SOC Analyst",
    // "$60,000 - $95,000").
    let mut title_above: Option<&Line> = None;
    for line in lines {
        let text = line.text.as_str();
        match parse_salary(text) {
            Some((range, span)) if looks_like_title(&text[..span.start]) => {
                page.related.push(Related {
                    title: clean_title(&text[..span.start]),
                    salary: Some(range),
                    line: line.no,
                });
                title_above = None;
            }
            Some((range, span)) if text[..span.start].trim().is_empty() => {
                let Some(above) = title_above.take() else { continue };
                match page.related.last_mut() {
                    Some(entry) if entry.line == above.no => entry.salary = Some(range),
                    _ => page.related.push(Related {
                        title: clean_title(&above.text),
                        salary: Some(range),
                        line: above.no,
                    }),
                }
            }
            _ if looks_like_title(text) => {
                // A bullet is an entry by itself; a plain line only once a salary follows.
                if line.bullet {
                    page.related.push(Related {
                        title: clean_title(text),
                        salary: None,
                        line: line.no,
                    });
                }
                title_above = Some(line);
            }
            _ => title_above = None, // a description of the entry above
        }
    }
}

fn looks_like_title(text: &str) -> bool {
    let t = text.trim();
    if t.ends_with('.') {
        return false;
    }
    let words = t.split_whitespace().take(11).count();
    // A title starts with a letter or digit, or with a dot before one (".NET Developer").
    let starts_well = t
        .strip_prefix('.')
        .unwrap_or(t)
        .chars()
        .next()
        .is_some_and(char::is_alphanumeric);
    (1..=10).contains(&words) && starts_well
}

fn clean_title(text: &str) -> String {
    text.trim()
        .trim_end_matches([':', '—', '–', '-', '|', ','])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

fn find_next_steps(page: &mut Page, certs: &CertCatalogue) {
    let own = page.title_str().to_string();
    let page_certs: Vec<String> = page
        .glance
        .key_certifications
        .iter()
        .map(|c| c.value.clone())
        .chain(page.certifications.iter().cloned())
        .collect();
    let mut extractor = next_steps::Extractor::new(&own, certs, &page_certs);
    for group in [&page.outlook, &page.overview] {
        for para in group {
            extractor.paragraph(&para.value, para.line);
        }
        extractor.end_list();
    }
    // An answer to "What does the career ladder look like?" lists destinations.
    for qa in &page.faq {
        extractor.question(&qa.question.value);
        for para in &qa.answer {
            extractor.paragraph(&para.value, para.line);
        }
        extractor.end_list();
    }
    page.next_steps = extractor.finish();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Page {
        read_page("t.txt", text.as_bytes(), &CertCatalogue::embedded())
    }

    #[test]
    fn header_with_site_name_and_markdown() {
        let p = read("JobDescription.org\n\n# Database Administrator\n\nLast updated\n\nDatabase administrators keep data safe and fast.\n");
        assert_eq!(p.title_str(), "Database Administrator");
        assert_eq!(p.category, None);
        assert_eq!(p.summary.unwrap().line, 7);
    }

    #[test]
    fn glance_pairs_inline_and_unknown_labels() {
        let p = read("Engineering\nSRE\nLast updated\nKeeps sites up.\nRole at a glance\n- Typical experience: 3–5 years\n- Shift pattern\n- On call\n- Key certifications\n- AZ-104, Oracle Database SQL Certified Associate\n- Typical salary\n- $68,000 - $105,000 (survey of 2025)\n");
        assert_eq!(
            p.glance.experience,
            Experience {
                min: Some(3),
                max: Some(5)
            }
        );
        assert_eq!(p.glance.other[0].0, "Shift pattern");
        let certs: Vec<_> = p.glance.key_certifications.iter().map(|c| c.value.as_str()).collect();
        assert_eq!(
            certs,
            vec![
                "Microsoft Certified: Azure Administrator Associate",
                "Oracle Database SQL Certified Associate"
            ]
        );
        assert!(p
            .warnings
            .iter()
            .any(|w| w.message.contains("unknown certification") && w.line == Some(10)));
        let s = p.glance.typical_salary.unwrap();
        assert_eq!((s.value.range.min, s.value.range.max), (68000, 105000));
        assert_eq!(s.value.note.as_deref(), Some("survey of 2025"));
    }

    #[test]
    fn related_entries_with_and_without_salary() {
        let p = read("IT\nX Analyst\nLast updated\nDoes things well.\nMore in IT\nSee all IT jobs →- Linux Administrator$72K–$118K\nLinux admins run servers.\n- Systems Administrator\nSysadmins run servers.\n- IT Web Developer$65K-$120K\n");
        let got: Vec<_> = p
            .related
            .iter()
            .map(|r| (r.title.as_str(), r.salary.map(|s| s.min), r.line))
            .collect();
        assert_eq!(
            got,
            vec![
                ("Linux Administrator", Some(72000), 6),
                ("Systems Administrator", None, 8),
                ("IT Web Developer", Some(65000), 10)
            ]
        );
    }

    #[test]
    fn a_slash_splits_certifications_unless_it_joins_a_word_to_a_longer_name() {
        let got = split_cert_list(
            "ISO/IEC 27001 Lead Auditor, OSCP/OSCE; GCIH / GCFA, SAFe Product Owner/Product Manager (POPM)",
            &CertCatalogue::embedded(),
        );
        let names: Vec<_> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            vec![
                "ISO/IEC 27001 Lead Auditor",
                "OSCP",
                "OSCE",
                "GCIH",
                "GCFA",
                "SAFe Product Owner/Product Manager (POPM)"
            ]
        );
    }

    #[test]
    fn vendor_names_and_glosses_around_a_known_name_are_not_more_names() {
        let names = |v: &str| -> Vec<String> {
            split_cert_list(v, &CertCatalogue::embedded())
                .into_iter()
                .map(|(n, _)| n)
                .collect()
        };
        assert_eq!(
            names("Red Hat RHCSA, MS-102 (Microsoft 365 Administrator Expert), N10-009 (the networking basics)"),
            vec![
                "Red Hat Certified System Administrator (RHCSA)",
                "Microsoft 365 Certified: Enterprise Administrator Expert",
                "CompTIA Network+"
            ]
        );
        // A level left beside a known name, and a remark after a dash, are not names.
        assert_eq!(
            names("AWS SysOps Administrator Associate, Microsoft Azure Fundamentals (AZ-900) — all optional"),
            vec![
                "AWS Certified CloudOps Engineer - Associate",
                "Microsoft Certified: Azure Fundamentals"
            ]
        );
        assert_eq!(
            names("None required; AWS Cloud Practitioner (CLF-C02) occasionally listed as a plus"),
            vec!["AWS Certified Cloud Practitioner"]
        );
        assert_eq!(
            names("No single standard; AZ-900 and CAPM appear on some postings, CAPM for program-heavy roles"),
            vec![
                "Microsoft Certified: Azure Fundamentals",
                "Certified Associate in Project Management (CAPM)"
            ]
        );
        // An unknown name keeps its own remark.
        assert_eq!(names("Widget Pro (WP-1), A+"), vec!["Widget Pro (WP-1)", "CompTIA A+"]);
    }

    #[test]
    fn a_related_salary_may_follow_its_title_on_the_next_line() {
        let p = read("IT\nX Analyst\nLast updated\nDoes things well.\nMore in IT\nSee all IT jobs →\n\nSOC Analyst\n$60,000 - $95,000\nSOC analysts watch alerts.\n\n- GRC Analyst\n- $65K–$100K\nA stray line\n$1K–$2K\n");
        let got: Vec<_> = p
            .related
            .iter()
            .map(|r| (r.title.as_str(), r.salary.map(|s| (s.min, s.max)), r.line))
            .collect();
        assert_eq!(
            got,
            vec![
                ("SOC Analyst", Some((60000, 95000)), 8),
                ("GRC Analyst", Some((65000, 100000)), 12),
                ("A stray line", Some((1000, 2000)), 14)
            ]
        );
    }

    #[test]
    fn a_related_title_may_start_with_a_dot() {
        let p = read("IT\nX Developer\nLast updated\nWrites apps.\nMore in IT\nSee all IT jobs →- RPA Developer$80K–$120K\nBots.\n- .NET Developer$85K–$130K\nApps.\n");
        let titles: Vec<_> = p.related.iter().map(|r| r.title.as_str()).collect();
        assert_eq!(titles, vec!["RPA Developer", ".NET Developer"]);
    }

    #[test]
    fn empty_binary_and_titleless_input_warn() {
        assert!(read("").warnings[0].message.contains("empty"));
        assert!(read_page("b", b"\x00\x01\x02", &CertCatalogue::embedded())
            .warnings
            .iter()
            .any(|w| w.message.contains("binary")));
        let p = read("This is a long sentence that is not a title at all, and it ends with a period.\n");
        assert!(p.title.is_none());
        assert!(p.warnings.iter().any(|w| w.message.contains("no role title")));
    }

    #[test]
    fn a_title_of_punctuation_alone_is_no_title() {
        // Found by fuzzing: the title `"` folded to an empty role key, and the corpus builder
        // looked the page's own role up by it and panicked.
        for title in ["\"", ": ;", "' ;", "..,"] {
            let p = read(&format!("IT\n{title}\nLast updated\nA summary sentence.\nCareer outlook\nMost move into network administration.\n"));
            assert!(p.title.is_none(), "{title}");
            assert!(p.next_steps.is_empty(), "{title}");
            assert!(p.warnings.iter().any(|w| w.message.contains("no role title")));
        }
    }

    #[test]
    fn qualification_certs_are_collected() {
        let p = read("IT\nX\nLast updated\nSummary here.\nQualifications\nCertifications (in order):\n- CompTIA A+ and Network+ — baseline\n- Jamf Certified Tech, or else Apple Certified Support Professional, where Macs dominate\nTechnical skills:\n- Security+ mentioned as a skill\n");
        assert_eq!(
            p.certifications,
            vec![
                "CompTIA A+",
                "CompTIA Network+",
                "Jamf Certified Tech",
                "Apple Certified Support Professional (ACSP)"
            ]
        );
    }
}

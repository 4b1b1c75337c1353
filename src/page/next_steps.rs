//! Finding the roles a page names as next moves out of its own role.
//!
//! The reader works sentence by sentence. A sentence contributes roles only when it contains a
//! *forward trigger*: a movement verb with its preposition ("move into", "advance to",
//! "lateral into", "go on to become"), or a destination noun ("the most common next step is",
//! "are realistic targets", "common exits include"). Role mentions are phrases ending in a role
//! noun ("IT security analyst roles") or a field ("systems administration"), turned into titles
//! by [`crate::names::role_from_phrase`]. Direction is tracked as the sentence is read:
//! *backward cues* ("started on", "from", "alongside", "report to", "unlike", "than") switch
//! mentions off until the next forward trigger, so roles people come from, work beside or are
//! compared with are not taken. Vague fields ("management or engineering roles") have no
//! qualifier and name no role. Certification names are masked first so that "Enterprise
//! Administrator Expert" is not read as a role.

use std::borrow::Cow;
use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::names::{self, CertCatalogue, WordSet};

/// A role a page names as a next move, with the sentence that says so.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct NextStep {
    /// The role title, normalised.
    pub role: String,
    /// The phrase as written ("systems administration").
    pub phrase: String,
    /// The sentence it came from.
    pub sentence: String,
    /// 1-based line of the paragraph holding the sentence.
    pub line: usize,
}

/// Collects the next moves of one page, paragraph by paragraph, each role once.
pub struct Extractor<'a> {
    own_title: String,
    own_key: String,
    certs: &'a CertCatalogue,
    page_certs: &'a [String],
    keys: Vec<String>,
    steps: Vec<NextStep>,
    /// The last paragraph announced a list of destinations.
    list_open: bool,
    /// The list was opened by a question about the ladder, not by a header.
    list_from_question: bool,
    /// The paragraphs answer a question about getting into the role ("How do I become …?"):
    /// the roles they name are where people start.
    entry_answer: bool,
    /// The destinations a yes-or-no question asks about ("Can a support manager become an
    /// IT director?"), with the question: a "Yes" answer takes them.
    asked: Vec<(String, String)>,
    question: String,
    /// Role phrases already turned into titles on this page (pages repeat their roles).
    titles: TitleCache,
}

/// Role phrase → title (or none), as [`names::role_from_phrase`] gives it.
type TitleCache = HashMap<String, Option<String>, names::BuildFnv>;

impl<'a> Extractor<'a> {
    /// An extractor for a page about `own_title`. `page_certs` are certification names the page
    /// lists that the catalogue may not know; they are masked like catalogue names.
    pub fn new(own_title: &str, certs: &'a CertCatalogue, page_certs: &'a [String]) -> Self {
        Extractor {
            own_title: own_title.to_string(),
            own_key: names::role_key(own_title),
            certs,
            page_certs,
            keys: Vec::new(),
            steps: Vec::new(),
            list_open: false,
            list_from_question: false,
            entry_answer: false,
            asked: Vec::new(),
            question: String::new(),
            titles: TitleCache::default(),
        }
    }

    /// Reads one paragraph (a line of text) found on `line`. A short one-sentence paragraph
    /// after one that announces a list of destinations ("the moves out of the role are:") is
    /// an item of that list and starts with its destination.
    pub fn paragraph(&mut self, paragraph: &str, line: usize) {
        if self.entry_answer {
            return;
        }
        let asked = std::mem::take(&mut self.asked);
        if paragraph
            .trim_start()
            .get(..3)
            .is_some_and(|y| y.eq_ignore_ascii_case("yes"))
        {
            let question = std::mem::take(&mut self.question);
            for (role, phrase) in asked {
                self.take(role, phrase, &question, line);
            }
        }
        let sentences = split_sentences(paragraph);
        // A line ending in a colon is the header of a new list, never an item of the last.
        // A short paragraph after the header is an item: its first sentence starts with the
        // destination ("Up: Senior Java Developer, typically after 2–4 years. This is …").
        // A longer one only when it opens with a label ("Up: …") or answers a question about
        // the ladder.
        let labelled = sentences
            .first()
            .and_then(|s| s.split_once(':'))
            .is_some_and(|(label, _)| label.split_whitespace().count() <= 3);
        let item = self.list_open
            && (sentences.len() == 1 || labelled || self.list_from_question)
            && paragraph.split_whitespace().count() <= 35
            && !paragraph.trim_end().ends_with(['?', ':']);
        if !item {
            // A plain header after a question about the ladder ("Here's the short version:")
            // keeps its list open.
            let plain_header =
                self.list_open && sentences.len() == 1 && sentences.last().is_some_and(|s| plain_header(s));
            self.list_open = plain_header || sentences.last().is_some_and(|s| announces_list(s));
            self.list_from_question &= plain_header;
        }
        // A paragraph about where people come from ("The backgrounds of people in the role are
        // varied.") names origins in its later sentences too: "A common path is help desk …".
        let origins = Cell::new((0, false));
        for (k, sentence) in sentences.iter().copied().enumerate() {
            let context = Context {
                item: item && k == 0,
                earlier: &sentences[..k],
                origins: Some(&origins),
                own_key: &self.own_key,
            };
            let mut previous: Option<String> = None;
            let mut from_there = None;
            for (role, phrase) in roles_in_sentence(sentence, self.certs, self.page_certs, context, &mut self.titles) {
                // "to network engineer, and from there to senior engineer": the rank of the
                // destination just named, not of this role.
                let role = previous
                    .as_deref()
                    .filter(|_| *from_there.get_or_insert_with(|| sentence.contains("from there")))
                    .and_then(|p| rank_of(&role, p))
                    .unwrap_or(role);
                previous = Some(role.clone());
                self.take(role, phrase, sentence, line);
            }
        }
    }

    /// Keeps a destination found in `sentence` unless it is the page's own role or one
    /// already kept.
    fn take(&mut self, role: String, phrase: String, sentence: &str, line: usize) {
        let role = senior_of_own(&role, &self.own_title).unwrap_or(role);
        let Some(role) = tier_of_own(role, &phrase, &self.own_title) else {
            return;
        };
        let key = names::role_key(&role);
        if key == self.own_key || self.keys.contains(&key) || names_own_role(&key, &self.own_key) {
            return;
        }
        self.keys.push(key);
        self.steps.push(NextStep {
            role,
            phrase,
            sentence: sentence.trim().to_string(),
            line,
        });
    }

    /// Reads a question of the page's FAQ: one about where the role leads ("What comes
    /// next?", "What does the career ladder look like?") opens a list, so short answers that
    /// follow start with their destination.
    pub fn question(&mut self, question: &str) {
        let q = question.to_lowercase();
        // "Can an IT support manager become an IT director?": asked, to be answered.
        let yes_or_no = ["can ", "could ", "is it ", "do ", "does ", "will "]
            .iter()
            .any(|s| q.trim_start_matches(['-', '•', ' ']).starts_with(s))
            && ["become", "move", "into", "lead to", "step up", "transition", "switch"]
                .iter()
                .any(|v| q.contains(v));
        self.asked = if yes_or_no {
            let context = Context {
                own_key: &self.own_key,
                ..Context::default()
            };
            roles_in_sentence(question, self.certs, self.page_certs, context, &mut self.titles)
        } else {
            Vec::new()
        };
        self.question = question.trim().to_string();
        self.list_open = [
            "next",
            "career path",
            "career ladder",
            "progress",
            "promot",
            "move on",
            "move up",
            "go from",
            "lead to",
            "where can",
            "advance",
        ]
        .iter()
        .any(|k| q.contains(k));
        // "How does someone become a firewall administrator?"
        let how_become = q.trim_start_matches(['-', '•', ' ']).starts_with("how") && q.contains(" become ");
        self.list_from_question = self.list_open;
        self.entry_answer = !self.list_open
            && (how_become
                || [
                    "how do i become",
                    "how do you become",
                    "how to become",
                    "how can i become",
                    "how does one become",
                    "take to become",
                    "get into",
                    "break into",
                    "get started",
                    "first job as",
                    "first role as",
                    "get hired",
                    "start out",
                    "starting out",
                    "entry-level",
                    "entry level",
                    "without experience",
                    "with no experience",
                    "background do",
                    "backgrounds do",
                ]
                .iter()
                .any(|k| q.contains(k)));
    }

    /// Ends a list: the next paragraph belongs to another section or answer.
    pub fn end_list(&mut self) {
        self.list_open = false;
        self.list_from_question = false;
        self.entry_answer = false;
        self.asked.clear();
    }

    /// The moves found, in the order the page names them.
    pub fn finish(self) -> Vec<NextStep> {
        self.steps
    }
}

/// Whether a sentence ending in a colon announces destinations: "the moves out of the role
/// are well established:", "Common next steps include:", "Where people go from here:".
fn announces_list(sentence: &str) -> bool {
    if !sentence.trim_end().ends_with(':') {
        return false;
    }
    // "Common backgrounds before the role:", "Not a common route:", "Less certain moves:".
    if about_origins(sentence) {
        return false;
    }
    let low = lower_same_len(sentence);
    let toks = tokenize(sentence, &low);
    let denied = toks.iter().any(|t| {
        matches!(t, Tok::Word(w) if matches!(w.low, "not" | "no" | "before" | "less" | "uncertain" | "unlikely") || is_hedge(w))
    });
    // "Where the role usually sits:" names the job, not where it leads.
    !denied
        && toks.iter().any(|t| {
            // "Where people go from here:" moves; "Where the role usually sits:" does not.
            matches!(t, Tok::Word(w) if (w.lex & TARGET_NOUN != 0 && !is_job_noun(w.low))
                || (w.lex & ADVERB != 0 && w.low != "where")
                || has_move_stem(w.low)
                || matches!(w.low, "include" | "includes"))
        })
}

/// Whether a sentence is a short header ending in a colon that neither names origins nor
/// denies anything: "Here's the short version:".
fn plain_header(sentence: &str) -> bool {
    let s = sentence.trim_end();
    s.ends_with(':')
        && s.split_whitespace().count() <= 8
        && !about_origins(s)
        && !s.split(|c: char| !c.is_alphabetic()).any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "not" | "no" | "less" | "before" | "unlikely"
            )
        })
}

/// Whether `key` is another name of the page's own role: its initials ("sre" on a Site
/// Reliability Engineer page) or its last words ("desk manager" on a Service Desk Manager
/// page). Dropping a junior rank ("systems administrator" on a Junior Systems Administrator
/// page) names the next role, not this one.
fn names_own_role(key: &str, own_key: &str) -> bool {
    let own: Vec<&str> = own_key.split(' ').collect();
    // "junior systems administrator" on a Linux Systems Administrator page: a lower rank of
    // the same ladder, not a move up.
    if let Some(rest) = key.strip_prefix("junior ") {
        let own_junior = own
            .iter()
            .any(|w| matches!(*w, "junior" | "intern" | "trainee" | "apprentice"));
        if !own_junior && own_key.ends_with(rest) {
            return true;
        }
    }
    let initials: String = own.iter().filter_map(|w| w.chars().next()).collect();
    if own.len() > 2 && key == initials {
        return true;
    }
    // "BI developer" on a Business Intelligence Developer page.
    if let (Some((head, body)), Some((first, rest))) = (own.split_last(), key.split_once(' ')) {
        let body_initials: String = body.iter().filter_map(|w| w.chars().next()).collect();
        if body.len() > 1 && first == body_initials && rest == *head {
            return true;
        }
    }
    let Some(prefix) = own_key.strip_suffix(key).and_then(|p| p.strip_suffix(' ')) else {
        return false;
    };
    key.contains(' ')
        && !prefix.split(' ').any(|w| {
            matches!(
                w,
                "junior" | "associate" | "assistant" | "trainee" | "apprentice" | "entry-level" | "intern" | "graduate"
            )
        })
}

/// A bare tier ("promoted to Tier 2") names a tier of the page's own role unless the page is
/// about support, where "Tier 2" is the support tier: "Tier 2 SOC Analyst" on a SOC Analyst
/// page. Tier 1 of the own role is the role itself: `None`.
fn tier_of_own(role: String, phrase: &str, own_title: &str) -> Option<String> {
    // "Tier 2", "Tier 2 positions".
    let mut words = phrase.split_whitespace().filter(|w| !names::is_role_suffix(w));
    let (Some(tier), Some(n), None) = (words.next(), words.next(), words.next()) else {
        return Some(role);
    };
    if !tier.eq_ignore_ascii_case("tier") || !n.bytes().all(|b| b.is_ascii_digit()) {
        return Some(role);
    }
    // Tier 1 is where support starts, never a move up.
    if n == "1" {
        return None;
    }
    let own = own_title.to_lowercase();
    if ["support", "help desk", "helpdesk", "service desk", "technician"]
        .iter()
        .any(|s| own.contains(s))
    {
        // A support engineer's Tier 3 is a Tier 3 Support Engineer.
        let head = own_title.split_whitespace().rfind(|w| !names::is_grade(w));
        return Some(match head {
            Some(h) if h.eq_ignore_ascii_case("engineer") || h.eq_ignore_ascii_case("analyst") => {
                format!("Tier {n} Support {}", names::title_case(h))
            }
            _ => role,
        });
    }
    let base: Vec<&str> = own_title
        .split_whitespace()
        .filter(|w| !names::is_grade(w) && !is_rank(&w.to_ascii_lowercase()))
        .collect();
    let base = base.join(" ");
    let base = base
        .strip_prefix("Tier ")
        .map_or(base.as_str(), |b| b.split_once(' ').map_or(b, |(_, r)| r));
    // Only a title with a role noun has tiers: "Tier 2 Fraud Analyst".
    if !base.rsplit(' ').next().is_some_and(names::is_role_noun) {
        return Some(role);
    }
    Some(format!("Tier {n} {base}"))
}

/// "Senior engineer" after "network engineer" in the same sentence is a Senior Network
/// Engineer: a lone rank and head noun borrow the title of the destination just named.
fn rank_of(role: &str, previous: &str) -> Option<String> {
    let (rank, head) = role.split_once(' ')?;
    if !is_rank(&rank.to_ascii_lowercase()) || head.contains(' ') {
        return None;
    }
    let (_, previous_head) = previous.rsplit_once(' ')?;
    (previous_head.eq_ignore_ascii_case(head) && !is_rank(&previous.split(' ').next()?.to_ascii_lowercase()))
        .then(|| format!("{rank} {previous}"))
}

/// "Senior technician" on a page about a Data Center Technician is a Senior Data Center
/// Technician: a rank word before the page's own role noun names a rank of the page's role.
fn senior_of_own(role: &str, own_title: &str) -> Option<String> {
    let (rank, head) = role.split_once(' ')?;
    if !["senior", "lead", "principal", "staff"]
        .iter()
        .any(|r| r.eq_ignore_ascii_case(rank))
        || head.contains(' ')
    {
        return None;
    }
    let mut own: Vec<&str> = own_title.split_whitespace().collect();
    if own.len() > 1 && own.last().is_some_and(|w| names::is_grade(w)) {
        own.pop();
    }
    let own_head = own.last()?;
    (own.len() > 1 && own_head.eq_ignore_ascii_case(head)).then(|| format!("{rank} {}", own.join(" ")))
}

/// Splits a paragraph into sentences at `.`, `?` or `!` followed by a space and a capital,
/// digit or quote, leaving abbreviations ("e.g.", "U.S.") alone.
pub fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    // The marks are ASCII, so byte positions are character boundaries.
    let bytes = text.as_bytes();
    for i in memchr::memchr3_iter(b'.', b'?', b'!', bytes) {
        let c = bytes[i];
        let rest = text.get(i + 1..).unwrap_or("");
        if !rest.chars().next().is_some_and(char::is_whitespace) {
            continue;
        }
        let Some(after) = rest.chars().find(|ch| !ch.is_whitespace()) else {
            continue;
        };
        if !(after.is_uppercase() || after.is_ascii_digit() || matches!(after, '"' | '\'' | '“' | '‘')) {
            continue;
        }
        if c == b'.' && is_abbreviation(text.get(start..i).unwrap_or("")) {
            continue;
        }
        out.push(text.get(start..=i).unwrap_or(""));
        start = i + 1;
    }
    if start < text.len() && !text.get(start..).unwrap_or("").trim().is_empty() {
        out.push(text.get(start..).unwrap_or(""));
    }
    out
}

fn is_abbreviation(before: &str) -> bool {
    let word = before.rsplit(|c: char| c.is_whitespace()).next().unwrap_or("");
    [
        "e.g", "i.e", "u.s", "vs", "etc", "inc", "dr", "mr", "ms", "st", "approx", "jr", "sr",
    ]
    .iter()
    .any(|a| a.eq_ignore_ascii_case(word))
        || (word.len() == 1 && word.bytes().all(|b| b.is_ascii_alphabetic()))
}

/// A word as written, with its lower-case form (lower-cased once per sentence) and its
/// [`cue_bits`]: whether it is a word the trigger passes look at.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Word<'a> {
    raw: &'a str,
    low: &'a str,
    lex: u8,
    /// Written with 's ("the agent's answers").
    possessive: bool,
}

impl std::ops::Deref for Word<'_> {
    type Target = str;
    fn deref(&self) -> &str {
        self.raw
    }
}

#[derive(Debug, Clone, PartialEq)]
enum Tok<'a> {
    Word(Word<'a>),
    /// A list or clause separator: `,` `:` `/` `—`.
    Sep(char),
    /// A clause end: `;` or the end of the sentence.
    End,
    /// A masked certification name.
    Cert,
}

/// Words that may stand before a role noun inside a title, beside capitalised words and acronyms.
const MODIFIERS: &[&str] = &[
    "unified",
    "shift",
    "applied",
    "privileged",
    // Nouns in -ing that name a field in titles ("training manager").
    "training",
    "marketing",
    "accounting",
    "learning",
    "recruiting",
    "purchasing",
    "licensing",
    "billing",
    "it",
    "systems",
    "system",
    "network",
    "networks",
    "cloud",
    "security",
    "cybersecurity",
    "cyber",
    "information",
    "endpoint",
    "desktop",
    "help",
    "desk",
    "helpdesk",
    "service",
    "services",
    "delivery",
    "support",
    "technical",
    "tier",
    "level",
    "project",
    "program",
    "programme",
    "product",
    "operations",
    "ops",
    "infrastructure",
    "identity",
    "access",
    "governance",
    "process",
    "data",
    "database",
    "site",
    "reliability",
    "platform",
    "application",
    "applications",
    "software",
    "hardware",
    "web",
    "devops",
    "devsecops",
    "linux",
    "unix",
    "windows",
    "server",
    "servers",
    "microsoft",
    "azure",
    "aws",
    "solutions",
    "solution",
    "enterprise",
    "business",
    "team",
    "incident",
    "change",
    "release",
    "problem",
    "vendor",
    "procurement",
    "asset",
    "compliance",
    "risk",
    "audit",
    "quality",
    "assurance",
    "test",
    "automation",
    "field",
    "noc",
    "soc",
    "iam",
    "itsm",
    "qa",
    "sre",
    "junior",
    "senior",
    "lead",
    "principal",
    "staff",
    "chief",
    "associate",
    "assistant",
    "machine",
    "learning",
    "ml",
    "ai",
    "analytics",
    "intelligence",
    "threat",
    "vulnerability",
    "penetration",
    "forensics",
    "response",
    "storage",
    "backup",
    "virtualization",
    "voip",
    "telecom",
    "telecommunications",
    "communications",
    "collaboration",
    "messaging",
    "mobile",
    "mobility",
    "device",
    "workplace",
    "end-user",
    "user",
    "customer",
    "client",
    "implementation",
    "integration",
    "erp",
    "crm",
    "mainframe",
    "computer",
    "technology",
    "digital",
    "ux",
    "ui",
    "front-end",
    "back-end",
    "full-stack",
    "scrum",
    "agile",
    "configuration",
    "build",
    "deployment",
    "monitoring",
    "observability",
    "escalation",
    "center",
    "centre",
    "command",
    "container",
    "kubernetes",
    "datacenter",
    "data-center",
    "facilities",
    "repair",
    "deskside",
    "managed",
    "documentation",
    "knowledge",
    "content",
    "architecture",
    "engineering",
    "administration",
    "management",
    "development",
    "design",
    "analysis",
    "coordination",
    "and",
    "of",
    "sql",
    "oracle",
    "network-operations",
    "pc",
    "hr",
    "finance",
    "financial",
    "healthcare",
    "clinical",
    "ehr",
    "payroll",
    "sales",
    "marketing",
    "pre-sales",
    "presales",
    "accounts",
    "account",
    "release",
    "cloud-native",
    "zero",
    "trust",
    "edge",
    "iot",
    "ot",
    "scada",
    "industrial",
    "control",
    "controls",
    "privacy",
    "fraud",
    "cryptography",
    "appsec",
    "offensive",
    "defensive",
    "red",
    "blue",
    "purple",
    "detection",
    "engineering-focused",
    "reporting",
    "warehouse",
    "big",
    "mlops",
    "finops",
    "gis",
    "cad",
    "geospatial",
    "bioinformatics",
    "research",
    "instructional",
    "technologies",
    "computing",
    "platforms",
    "tools",
    "tooling",
    "office",
    "administrative",
    "it-support",
];

/// Movement words: a forward trigger is one of these followed closely by a direction word.
const MOVE_STEMS: &[&str] = &[
    "drift",
    // "some continue further into data engineering".
    "continue",
    "continuing",
    "steer",
    "narrow",
    "broaden",
    // "hire support managers into director roles".
    "hire",
    "gravitat",
    "lean",
    "move",
    "moving",
    "moved",
    "moves",
    "transition",
    "recruit",
    "pull",
    "draw",
    "advanc",
    "progress",
    "promot",
    "pivot",
    "branch",
    "graduat",
    "shift",
    "transfer",
    "rise",
    "rising",
    "climb",
    "lateral",
    "sideways",
    "step",
    "grow",
    "lead",
    "leads",
    "path",
    "jump",
    "switch",
    "go",
    "goes",
    "going",
    "went",
    "head",
    "up",
    "over",
    "runs",
    "run",
    "track",
    "segue",
    "evolv",
    "settl",
    "cross",
    "leap",
    "turn",
    "prepar",
    "qualif",
    "ready",
    "eligible",
    "position",
    "candidate",
    "well-placed",
    "placed",
    "ladder",
    "route",
    "trajector",
];

/// Readiness words: the only movement words that "for" follows ("prepares them for",
/// "qualify for"); they are movement words too.
const READINESS_STEMS: &[&str] = &[
    "aim",
    "prepar",
    "qualif",
    "ready",
    "eligible",
    "position",
    "candidate",
    "placed",
    // "regularly considered for director roles".
    "considered",
];

/// Destination nouns: "next step", "realistic targets", "common exits".
const TARGET_NOUNS: &[&str] = &[
    "option",
    "fit",
    "branch",
    "detour",
    "detours",
    "avenue",
    "avenues",
    "continuation",
    "continuations",
    "progressions",
    "spot",
    "spots",
    "step",
    "steps",
    "move",
    "moves",
    "role",
    "roles",
    "rung",
    "title",
    "titles",
    "position",
    "positions",
    "job",
    "jobs",
    "target",
    "targets",
    "path",
    "paths",
    "progression",
    "exits",
    "exit",
    "destination",
    "destinations",
    "options",
    "promotion",
    "promotions",
    "stop",
    "stops",
    "direction",
    "directions",
    "route",
    "routes",
    "branches",
    "tracks",
    "ladder",
    "ladders",
];

/// Words that, before a destination noun, make it one ("next", "common", "natural" …).
const TARGET_QUALIFIERS: &[&str] = &[
    "intermediate",
    "additional",
    "well-worn",
    "well-trodden",
    "lateral",
    "landing",
    "next",
    "common",
    "natural",
    "logical",
    "typical",
    "usual",
    "realistic",
    "advancement",
    "promotion",
    "career",
    "obvious",
    "frequent",
    "likely",
    "popular",
    "standard",
    "traditional",
    "classic",
    "further",
    "first",
];

/// Backward cues that open only an aside: a comma ends it ("…, for technicians who like
/// people, X"). Others ("from", "through", "started") hold until the next move.
const ASIDE_CUES: &[&str] = &[
    "for", "with", "unlike", "than", "among", "beside", "besides", "versus", "vs",
];

/// Words that open a subordinate clause, which names no destination.
const SUBORDINATORS: &[&str] = &[
    "when", "where", "which", "who", "because", "while", "since", "although", "though", "if", "whereas",
];

/// Nouns that make a role word before them a modifier ("consultant certification").
const THING_NOUNS: &[&str] = &[
    "graduates",
    "students",
    "layer",
    "layers",
    "office",
    "offices",
    "credential",
    "credentials",
    "certification",
    "certifications",
    "certificate",
    "certificates",
    "exam",
    "exams",
    "course",
    "courses",
    "skills",
    "skill",
    "experience",
    "work",
    "team",
    "teams",
    "tools",
    "tooling",
    "duties",
    "responsibilities",
    "background",
    "mindset",
    "knowledge",
    "department",
    "budget",
    "queue",
    "tickets",
    "leadership",
    "platforms",
    "consoles",
    "products",
    "suites",
    "degree",
    "degrees",
];

/// Words that call a move rare, or a fresh start rather than a next step ("usually needs
/// deliberate retraining", "a separate route"); a sentence with one names no destination.
const HEDGES: &[&str] = &[
    "uncommon",
    "unusual",
    "rare",
    "rarely",
    "seldom",
    "Rarely",
    "Seldom",
    "retraining",
    "rebuilding",
    "separately",
];

/// Words that cancel a movement verb shortly after them.
const NEGATIONS: &[&str] = &[
    "not", "never", "rarely", "seldom", "don't", "doesn't", "cannot", "can't", "won't", "unlikely", "no",
];

/// Words that turn the following mentions into roles that are not destinations.
const BACKWARD_CUES: &[&str] = &[
    "through",
    "from",
    "started",
    "start",
    "starts",
    "starting",
    "began",
    "begin",
    "begins",
    "came",
    "come",
    "comes",
    "coming",
    "arrive",
    "arrives",
    "arrived",
    "arriving",
    "previously",
    "former",
    "formerly",
    "alongside",
    "with",
    "unlike",
    "than",
    "versus",
    "vs",
    "compared",
    "instead",
    "under",
    "by",
    "between",
    "beside",
    "besides",
    "among",
    "for",
    "report",
    "reports",
    "reporting",
    "reported",
    "escalate",
    "escalates",
    "escalating",
    "escalated",
    "escalation",
    "hand",
    "hands",
    "handing",
    "handoff",
    "supervise",
    "supervises",
    "supervised",
    "supports",
    "supporting",
    "serve",
    "serves",
    "assist",
    "assists",
    "partner",
    "partners",
    "collaborate",
    "collaborates",
    "coordinate",
    "coordinates",
    "entry",
    "earlier",
    "prior",
    "before",
    "background",
    "replace",
    "replaces",
    "replacing",
];

/// Words that are never part of a role title; they end a mention.
const STOP_WORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "their",
    "its",
    "his",
    "her",
    "our",
    "your",
    "into",
    "to",
    "toward",
    "towards",
    "onto",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "or",
    "as",
    "in",
    "on",
    "at",
    "who",
    "which",
    "where",
    "when",
    "while",
    "most",
    "more",
    "many",
    "some",
    "all",
    "each",
    "every",
    "other",
    "others",
    "such",
    "both",
    "either",
    "then",
    "also",
    "often",
    "usually",
    "eventually",
    "typically",
    "later",
    "next",
    "common",
    "natural",
    "realistic",
    "logical",
];

static BACKWARD_CUES_SET: WordSet = WordSet::new(BACKWARD_CUES);
static TARGET_NOUNS_SET: WordSet = WordSet::new(TARGET_NOUNS);
static THING_NOUNS_SET: WordSet = WordSet::new(THING_NOUNS);
static TARGET_QUALIFIERS_SET: WordSet = WordSet::new(TARGET_QUALIFIERS);
static NEGATIONS_SET: WordSet = WordSet::new(NEGATIONS);

/// Where a sentence stands on its page.
#[derive(Clone, Copy, Default)]
struct Context<'s> {
    /// The sentence is an item of an announced list of destinations.
    item: bool,
    /// The sentences of the paragraph before it.
    earlier: &'s [&'s str],
    /// How far the paragraph's sentences were searched for origins, and whether one was found.
    origins: Option<&'s Cell<(usize, bool)>>,
    /// The page's own role, as a key.
    own_key: &'s str,
}

impl Context<'_> {
    /// Whether a sentence before this one in the paragraph is about where people come from;
    /// each sentence is searched once per paragraph.
    fn after_origins(&self) -> bool {
        let Some(cell) = self.origins else {
            return self.earlier.iter().any(|s| about_origins(s));
        };
        let (searched, found) = cell.get();
        if found || searched >= self.earlier.len() {
            return found;
        }
        let found = self.earlier[searched..].iter().any(|s| about_origins(s));
        cell.set((self.earlier.len(), found));
        found
    }
}

/// Whether a sentence is about where people in the role come from ("backgrounds",
/// "arrive from", "came from").
fn about_origins(sentence: &str) -> bool {
    // Without their first letter the cues need no lower-casing ("Backgrounds", "Arrive").
    [
        "ackground",
        "rrive",
        "ame from",
        "ome from",
        "omes from",
        "ame up through",
    ]
    .iter()
    .any(|k| says_outside_parentheses(sentence, k))
}

/// Whether `needle` occurs in `text` outside parentheses: "(support background plus
/// Security+)" is an aside about a destination, not a sentence about origins.
fn says_outside_parentheses(text: &str, needle: &str) -> bool {
    text.match_indices(needle).any(|(at, _)| {
        let before = &text.as_bytes()[..at];
        before.iter().filter(|&&b| b == b'(').count() <= before.iter().filter(|&&b| b == b')').count()
    })
}

/// Reads one sentence and returns (role, phrase) for each destination it names.
fn roles_in_sentence(
    sentence: &str,
    certs: &CertCatalogue,
    page_certs: &[String],
    context: Context,
    titles: &mut TitleCache,
) -> Vec<(String, String)> {
    let item = context.item;
    // "Security engineering managers are often former cloud security engineers": on a Cloud
    // Security Engineer page, the subject is a destination.
    static FORMER: OnceLock<memchr::memmem::Finder<'static>> = OnceLock::new();
    let former = !context.own_key.is_empty()
        && FORMER
            .get_or_init(|| memchr::memmem::Finder::new("former"))
            .find(sentence.as_bytes())
            .is_some();
    let low = lower_same_len(sentence);
    // Most sentences name no move: look for a trigger before the costlier work.
    let plain = tokenize(sentence, &low);
    let takes_in = |toks: &[Tok]| (0..toks.len()).any(|i| takes_in_people(toks, i));
    let triggers = |toks: &[Tok]| (forward_triggers(toks), target_noun_positions(toks), takes_in(toks));
    let (mut forward, mut target_nouns, mut takes) = triggers(&plain);
    if !item && forward.is_empty() && target_nouns.is_empty() && !takes && !former {
        return Vec::new();
    }
    // After a sentence about backgrounds, "a common path is …" is a way in; only a verb of
    // moving or a word of later time names a move out.
    let later = || {
        plain.iter().any(
            |t| matches!(t, Tok::Word(w) if matches!(w.low, "next" | "later" | "eventually" | "afterwards" | "then")),
        )
    };
    // "Common backgrounds include …" names ways in by itself.
    let ways_in = !item
        && (says_outside_parentheses(sentence, "ackground")
            || sentence.contains(" story ")
            || sentence.contains("feeder")
            || (!later() && context.after_origins()));
    if ways_in {
        target_nouns.clear();
        if forward.is_empty() && !takes {
            return Vec::new();
        }
    }
    // "Moving into software development is not a usual next step": a denied destination
    // denies the sentence's moves.
    let denied = plain
        .iter()
        .enumerate()
        .any(|(i, t)| matches!(t, Tok::Word(w) if w.lex & TARGET_NOUN != 0) && negated_before(&plain, i, 4));
    if denied {
        return Vec::new();
    }
    // A move called rare ("… is occasionally suggested, but it is uncommon") is not taken,
    // nor one the sentence opens by denying ("Nobody should expect it to lead to …", "Few
    // would describe it as a path to …"). Every letter of the sentence is inside a word token.
    if denies_moves(&plain, later) {
        return Vec::new();
    }
    // Every role phrase ends in a role word; masking only removes words, so a sentence
    // without one names no role.
    if !plain.iter().any(|t| matches!(t, Tok::Word(w) if can_end_phrase(w.low))) {
        return Vec::new();
    }
    let masked = mask(sentence, certs, page_certs);
    let masked_low;
    let toks = if let Cow::Borrowed(_) = masked {
        plain
    } else {
        masked_low = lower_same_len(&masked);
        let toks = tokenize(&masked, &masked_low);
        (forward, target_nouns, takes) = triggers(&toks);
        if ways_in {
            target_nouns.clear();
        }
        toks
    };
    if !toks.iter().any(|t| matches!(t, Tok::Word(_))) {
        return Vec::new();
    }
    let mentions = find_mentions(&toks, titles);
    if mentions.is_empty() {
        return Vec::new();
    }
    if !item && forward.is_empty() && target_nouns.is_empty() && !takes && !former {
        return Vec::new();
    }
    // Walk the sentence, tracking direction.
    #[derive(Clone, Copy, PartialEq)]
    enum Dir {
        Neutral,
        Forward,
        Backward,
    }
    // An item of an announced list ("the moves out of the role are:") starts with its
    // destination; the rest of the item is read as any sentence.
    let mut dir = if item { Dir::Forward } else { Dir::Neutral };
    let mut item_head = item;
    // The direction before a backward aside ("…, for technicians who X, Y"): a comma ends the
    // aside and restores it.
    let mut before_aside = Dir::Neutral;
    let mut aside = false;
    // A subordinate clause ended a move ("options suit those who …"); a colon after it opens
    // the list of destinations the main clause announced.
    let mut sub_after_forward = false;
    // A colon opened a list of destinations; a relative clause inside it ends at the next
    // item ("…: architect, who sets standards, and manager").
    let mut colon_list = false;
    let mut clause_in_list = false;
    // Who makes the move named just before ("a natural move for SREs who …").
    let mut mover = false;
    // The place of the last destination ("roles in legal operations") is being read.
    let mut located = false;
    // Inside a dashed aside after a destination.
    let mut dashed = false;
    // A chain of steps from another role ("from A to B, then to C") is how people got here.
    let mut history = false;
    let mut chosen: Vec<usize> = Vec::new(); // indices into mentions
    let mut pending: Vec<usize> = Vec::new(); // neutral mentions that a later "are … next steps" may claim
    let mut m = 0;
    let mut i = 0;
    while i < toks.len() {
        // "Then one of: DevOps engineer, cloud security engineer, or identity engineer".
        let after_joiner = matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Sep(',')))
            || matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(w)) if matches!(w.low, "and" | "or" | "then"));
        let item_goes_on = match &toks[i] {
            Tok::Word(w) => matches!(w.low, "and" | "or" | "then") || (after_joiner && starts_mention(&mentions, m, i)),
            Tok::Sep(',') => {
                starts_mention(&mentions, m, i + 1)
                    || matches!(toks.get(i + 1), Some(Tok::Word(w)) if matches!(w.low, "and" | "or" | "then"))
            }
            _ => false,
        };
        // Not "Reporting line: an infrastructure manager".
        let reports = || {
            toks[..i]
                .iter()
                .any(|t| matches!(t, Tok::Word(w) if w.low.starts_with("report") || BACKWARD_CUES_SET.has(w.low)))
        };
        if item && toks[i] == Tok::Sep(':') && chosen.is_empty() && dir != Dir::Backward && !reports() {
            // "Longer term: architect or manager": the item's destinations follow its colon.
            dir = Dir::Forward;
            item_head = true;
        }
        if item_head && !chosen.is_empty() && !item_goes_on {
            // The item's destination is over: "Site reliability engineering — many SREs …".
            item_head = false;
            if dir == Dir::Forward {
                dir = Dir::Neutral;
            }
        }
        if forward.contains(&i) {
            // "arrive from developers who became the security person": a move inside a
            // relative clause about where people came from is their history, not this role's.
            // So is one in a sentence about where people come from ("The common story is a
            // technician who became …").
            // "progressing from network administrator to network engineer to senior network
            // engineer before taking on design": a career so far, one step after another.
            if !((dir == Dir::Backward || ways_in) && relative_before(&toks, i)) && !history {
                dir = Dir::Forward;
            }
        } else if let Some(&(pos, before_copula)) = target_nouns
            .iter()
            .find(|(p, _)| *p == i)
            .filter(|_| dir != Dir::Backward)
        {
            let _ = pos;
            if let Some(copula) = before_copula {
                // "X, Y and Z are the most common next roles": the subjects are the destinations,
                // provided nothing but the copula and adjectives lies between.
                chosen.extend(pending.iter().copied().filter(|&k| mentions[k].end <= copula));
                pending.clear();
            }
            dir = Dir::Forward;
        } else if let Tok::Word(w) = &toks[i] {
            let lw = w.low;
            if dir != Dir::Backward && takes_in_people(&toks, i) {
                // "Digital forensics and incident response absorbs those who …", "DevOps
                // positions absorb a steady stream of engineers": the subject is the
                // destination.
                chosen.append(&mut pending);
            } else if dir == Dir::Forward
                && matches!(lw, "in" | "at" | "within" | "with")
                && chosen.last().is_some_and(|&k| {
                    mentions[k].end == i && mentions[k].phrase.rsplit(' ').next().is_some_and(names::is_role_suffix)
                })
            {
                // "take contract manager roles in legal operations": where the job is, up to the
                // next item ("…, or a Tier 3 position").
                dir = Dir::Neutral;
                located = true;
            } else if located && dir == Dir::Neutral && matches!(lw, "or" | "and") {
                dir = Dir::Forward;
                located = false;
            } else if former
                && lw == "former"
                && mentions[m..]
                    .first()
                    .is_some_and(|f| f.start == i + 1 && names::role_key(&f.role) == context.own_key)
            {
                // The subject before the copula is where this role's people went.
                let copula = toks[..i]
                    .iter()
                    .rposition(|t| matches!(t, Tok::Word(c) if matches!(c.low, "are" | "is" | "were")));
                if let Some(c) = copula {
                    chosen.extend(pending.iter().copied().filter(|&k| mentions[k].end <= c));
                }
                pending.clear();
                dir = Dir::Backward;
            } else if dir == Dir::Forward
                && matches!(lw, "typically" | "usually" | "often" | "generally" | "normally")
                && chosen.last().is_some_and(|&k| mentions[k].end == i)
                && matches!(toks.get(i + 1), Some(Tok::Word(v)) if !matches!(v.low, "as" | "into" | "to" | "toward" | "towards" | "after" | "within" | "in" | "at" | "with" | "from" | "for" | "by" | "before" | "once" | "when"))
            {
                // "analysts moving into security engineering typically see increases …": the
                // predicate after the destination names none.
                dir = Dir::Neutral;
            } else if dir == Dir::Forward && lw == "that" && chosen.last().is_some_and(|&k| mentions[k].end == i) {
                // "promoted into operations manager positions that bring …": a relative
                // clause about the destination names no other.
                dir = Dir::Neutral;
            } else if dir == Dir::Forward
                && matches!(lw, "not" | "never")
                && matches!(toks.get(i + 1), Some(Tok::Word(a)) if matches!(a.low, "a" | "an" | "the"))
            {
                // "… and is not a project manager with a new badge".
                dir = Dir::Neutral;
            } else if lw == "followed"
                && matches!(toks.get(i + 1), Some(Tok::Word(n)) if n.low == "by")
                && dir != Dir::Backward
                && !ways_in
            {
                // "… is the most common next title, followed by senior project manager".
                dir = Dir::Forward;
                i += 1;
            } else if lw == "for"
                && matches!(toks.get(i + 1), Some(Tok::Word(n)) if matches!(n.low, "many" | "most" | "some" | "others" | "people"))
                && toks[i.saturating_sub(3)..i]
                    .iter()
                    .any(|t| matches!(t, Tok::Word(p) if p.lex & TARGET_NOUN != 0))
            {
                // "the long-game destination for many is cloud architect": whose destination,
                // not an aside.
            } else if lw == "for"
                && dir == Dir::Forward
                && matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if p.lex & TARGET_NOUN != 0)
                && names_people(&toks, &mentions, m, i + 1)
            {
                // "a natural move for SREs who …", "the next step for a SOC analyst is …": who
                // moves, not where to, up to a copula.
                dir = Dir::Backward;
                mover = true;
            } else if dir == Dir::Backward && mover && matches!(lw, "is" | "are") {
                // "… for a SOC analyst is incident responder": the copula ends the aside.
                dir = Dir::Forward;
                mover = false;
            } else if dir == Dir::Neutral && matches!(lw, "so" | "but" | "because" | "although" | "though" | "whereas")
            {
                // A new clause: "…, so GRC analyst positions are a common landing spot".
                pending.clear();
            } else if SUBORDINATORS.contains(&lw) && dir == Dir::Forward {
                // "move into GRC jobs when they prefer control design": the clause after
                // names no destination.
                dir = Dir::Neutral;
                sub_after_forward = true;
            } else if lw == "as"
                && matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if matches!(p.low, "years" | "year" | "months" | "stint" | "spell" | "time" | "tenure"))
                // "after a few years as an IT operations manager" passes through it.
                && !toks[i.saturating_sub(5)..i].iter().any(|t| matches!(t, Tok::Word(p) if p.low == "after"))
            {
                // "two or three years as a service desk analyst": experience had before.
                if dir != Dir::Backward {
                    before_aside = dir;
                }
                aside = true;
                dir = Dir::Backward;
            } else if lw == "from" && chain_from_another_role(&toks, &mentions, m, i, context.own_key) {
                history = true;
                dir = Dir::Backward;
            } else if lw == "from"
                && matches!(toks.get(i + 1), Some(Tok::Word(n)) if matches!(n.low, "here" | "there" | "this"))
            {
                // "from here" is this role (or the one just named), not an origin: "the paths
                // from here are …" keeps the direction; elsewhere a new move must follow
                // ("and from there into …").
                if !matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if p.lex & TARGET_NOUN != 0) {
                    dir = Dir::Neutral;
                }
            } else if BACKWARD_CUES_SET.has(lw) && !starts_mention(&mentions, m, i) {
                if dir != Dir::Backward {
                    before_aside = dir;
                }
                aside = ASIDE_CUES.contains(&lw);
                dir = Dir::Backward;
                pending.clear();
            }
        } else if matches!(toks[i], Tok::Sep(',' | '—' | '–')) && dir == Dir::Backward && aside {
            dir = if before_aside == Dir::Forward && opens_clause(toks.get(i + 1), toks.get(i + 2)) {
                Dir::Neutral
            } else {
                before_aside
            };
        } else if matches!(toks[i], Tok::Sep('—' | '–')) && dashed {
            // The dash that closes an aside ("QA lead — owning test strategy — is …").
            dashed = false;
        } else if matches!(toks[i], Tok::Sep(',' | '—' | '–'))
            && dir == Dir::Forward
            && (opens_clause(toks.get(i + 1), toks.get(i + 2))
                // "…, taking on platform ownership": duties, unless a job is taken.
                || (matches!(toks.get(i + 1), Some(Tok::Word(t)) if t.low == "taking")
                    && !job_follows(&toks, i + 1)
                    && !names_a_title_at(&mentions, m, i + 2)
                    && !names_a_title_at(&mentions, m, i + 3)))
        {
            // "…, where network design is …", "…, taking on budget duties": the list of
            // destinations is over, unless a colon opened it and another item follows.
            dir = Dir::Neutral;
            clause_in_list = colon_list;
            // A dash opens an aside whose duties no later copula claims.
            dashed = toks[i] != Tok::Sep(',');
        } else if toks[i] == Tok::Sep(',')
            && clause_in_list
            && dir == Dir::Neutral
            && matches!(toks.get(i + 1), Some(Tok::Word(c)) if matches!(c.low, "and" | "or"))
        {
            // "two directions: architect, who sets standards, and manager, who …".
            dir = Dir::Forward;
            clause_in_list = false;
        } else if toks[i] == Tok::Sep(':') && dir == Dir::Forward {
            colon_list = true;
        } else if toks[i] == Tok::Sep(':')
            && dir == Dir::Neutral
            && (sub_after_forward
                // "After that, choose: architect, manager, or …".
                || matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(c)) if matches!(c.low, "choose" | "either")))
        {
            dir = Dir::Forward;
            sub_after_forward = false;
            colon_list = true;
        } else if toks[i] == Tok::End {
            dir = Dir::Neutral;
            pending.clear();
            sub_after_forward = false;
            colon_list = false;
            clause_in_list = false;
            mover = false;
            located = false;
            dashed = false;
            history = false;
        }
        while m < mentions.len() && mentions[m].start == i {
            // "…, and relationship-minded specialists become vendor managers": a role right
            // before a verb of moving is who moves.
            // So is one right before a copula after ", and": the subject of a new clause.
            let after_and = matches!(toks.get(mentions[m].start.wrapping_sub(1)), Some(Tok::Word(a)) if a.low == "and")
                && matches!(toks.get(mentions[m].start.wrapping_sub(2)), Some(Tok::Sep(',')));
            // Past a plural grade: "Specialist IIs are …".
            let mut after = mentions[m].end;
            if matches!(toks.get(after), Some(Tok::Word(g)) if g.raw.len() > 2 && g.raw.ends_with('s') && g.raw[..g.raw.len() - 1].bytes().all(|b| b == b'I'))
            {
                after += 1;
            }
            // Past a modal or an adverb: "senior specialists can become architects".
            if matches!(toks.get(after), Some(Tok::Word(v)) if matches!(v.low, "can" | "could" | "may" | "might" | "will" | "often" | "usually" | "sometimes" | "eventually" | "later" | "then" | "typically" | "generally"))
            {
                after += 1;
            }
            let mover_next = matches!(toks.get(after), Some(Tok::Word(v)) if matches!(v.low, "become" | "becomes" | "became" | "move" | "moved" | "shift" | "shifted" | "transition" | "transitioned" | "go" | "went" | "pivot" | "pivoted" | "progress" | "progressed")
                || (after_and && matches!(v.low, "are" | "is")));
            match dir {
                Dir::Forward if mover_next => pending.push(m),
                Dir::Forward => chosen.push(m),
                Dir::Neutral if !dashed => pending.push(m),
                Dir::Neutral | Dir::Backward => {}
            }
            i = mentions[m].end.max(i + 1) - 1;
            m += 1;
        }
        i += 1;
    }
    chosen.sort_unstable();
    chosen.dedup();
    chosen
        .into_iter()
        .map(|k| (mentions[k].role.clone(), mentions[k].phrase.clone()))
        .collect()
}

/// Whether a relative pronoun ("who", "that") stands just before `i`, with at most one adverb
/// between: "who became", "who later moved".
fn relative_before(toks: &[Tok], i: usize) -> bool {
    let word = |k: usize| match toks.get(k) {
        Some(Tok::Word(w)) => Some(w),
        _ => None,
    };
    let is_relative = |k: usize| word(k).is_some_and(|w| matches!(w.low, "who" | "that"));
    let adverb = |k: usize| word(k).is_some_and(|w| w.low.ends_with("ly") || matches!(w.low, "then" | "later"));
    if i >= 1 && (is_relative(i - 1) || (i >= 2 && is_relative(i - 2) && adverb(i - 1))) {
        return true;
    }
    // A direction after its verb: "who moved from writing test cases to …".
    let verb = (i.saturating_sub(6)..i)
        .rev()
        .find(|&k| word(k).is_some_and(|w| has_move_stem(w.low)));
    verb.is_some_and(|v| {
        v >= 1
            && toks[v + 1..i].iter().all(|t| matches!(t, Tok::Word(_)))
            && (is_relative(v - 1) || (v >= 2 && is_relative(v - 2) && adverb(v - 1)))
    })
}

/// Whether a sentence, read as a whole, names no move even where it has a word of moving: one
/// that calls the move rare or unlikely, advises against it, calls it a fresh start, or tells
/// where people were before. One pass over the words; `later` says whether the sentence has a
/// word of later time ("then", "eventually"), which makes a past-tense story a progression.
fn denies_moves(plain: &[Tok], later: impl Fn() -> bool) -> bool {
    let word = |k: usize| match plain.get(k) {
        Some(Tok::Word(w)) => Some(w.low),
        _ => None,
    };
    // "Nobody …", "Few …"; "Many were the desktop technician who …".
    if matches!(word(0), Some("nobody" | "few" | "none" | "never"))
        || matches!(word(0), Some("many" | "most" | "some" | "others")) && word(1) == Some("were")
    {
        return true;
    }
    // "a smaller number started on a help desk, moved into desktop engineering, and …": a
    // career told in the past.
    let (mut started, mut moved) = (false, false);
    for (k, t) in plain.iter().enumerate() {
        let Tok::Word(w) = t else { continue };
        if is_hedge(w) {
            return true;
        }
        let next = word(k + 1);
        let denies = match w.low {
            // "people who want that usually need a separate route".
            "separate" => matches!(next, Some("route" | "path" | "track" | "effort" | "training")),
            // "joined a partner straight out of university as a trainee": how people start.
            "straight" | "fresh" | "right" => {
                (k + 1..k + 4).any(|j| matches!(word(j), Some("university" | "college" | "school")))
            }
            // "we would not suggest treating it as a stepping stone"; "… almost never happens".
            "not" | "never" => {
                matches!(next, Some("suggest" | "recommend" | "advise" | "advisable"))
                    || w.low == "never" && matches!(next, Some("happens" | "happen" | "works"))
            }
            "almost" => next == Some("never"),
            "cautious" => next == Some("about"),
            // "would need to rebuild their skills"; "need dedicated training": a fresh start.
            "need" | "needs" | "have" | "has" | "require" | "requires" => {
                let rebuild = matches!(w.low, "need" | "needs" | "have" | "has")
                    && next == Some("to")
                    && matches!(
                        word(k + 2),
                        Some("rebuild" | "retrain" | "reskill" | "retool" | "restart")
                    );
                let training = matches!(w.low, "need" | "needs" | "require" | "requires")
                    && matches!(next, Some("dedicated" | "substantial" | "significant" | "extensive"))
                    && matches!(
                        word(k + 2),
                        Some("training" | "retraining" | "reskilling" | "study" | "coursework")
                    );
                rebuild || training
            }
            // "few Java developers make the switch to …" (not "a few", "quite a few").
            "few" => !matches!(
                k.checked_sub(1).and_then(word),
                Some("a" | "quite" | "the" | "another" | "every" | "next" | "last" | "first")
            ),
            // "It is less common for developers to move into …".
            "less" => matches!(next, Some("common" | "usual" | "typical" | "frequent" | "likely")),
            // "most find it a step sideways rather than forward".
            "rather" => next == Some("than") && matches!(word(k + 2), Some("forward" | "up" | "upward")),
            "started" | "began" => {
                started = true;
                false
            }
            "moved" | "became" | "went" | "shifted" | "transitioned" => {
                moved = true;
                false
            }
            _ => false,
        };
        if denies {
            return true;
        }
    }
    started && moved && !later()
}

/// Whether a word after a comma opens a relative or participle clause.
fn opens_clause(tok: Option<&Tok>, after: Option<&Tok>) -> bool {
    let Some(Tok::Word(w)) = tok else { return false };
    let l = w.low;
    // "…, typically as an IT procurement manager": an adverb before "as" or a direction word
    // goes on naming the destination.
    if matches!(
        l,
        "often" | "usually" | "typically" | "especially" | "particularly" | "mostly"
    ) && matches!(after, Some(Tok::Word(a)) if matches!(a.low, "as" | "into" | "to" | "toward" | "towards"))
    {
        return false;
    }
    // "…, taking ownership of the platforms": a participle clause of duties.
    if l == "taking"
        && matches!(after, Some(Tok::Word(a)) if matches!(a.low, "ownership" | "responsibility" | "advantage" | "part" | "care"))
    {
        return true;
    }
    // "…, and in smaller organizations the desk manager …": a new clause.
    if matches!(l, "and" | "but")
        && matches!(after, Some(Tok::Word(a)) if matches!(a.low, "in" | "at" | "for" | "with" | "once" | "when" | "if" | "it" | "this" | "they" | "we" | "you" | "many" | "most" | "some" | "few"))
    {
        return true;
    }
    matches!(
        l,
        "where"
            | "which"
            | "who"
            | "whose"
            | "when"
            | "while"
            | "because"
            | "since"
            | "although"
            | "though"
            | "both"
            | "often"
            | "usually"
            | "typically"
            | "especially"
            | "particularly"
            | "so"
            | "but"
    ) || (l.ends_with("ing")
        && lexicon(l) & (MODIFIER | HEAD) == 0
        // "…, taking IT risk manager roles": a participle of moving keeps the list going.
        && !matches!(l, "taking" | "becoming" | "moving" | "joining" | "landing" | "stepping" | "entering" | "holding"))
}

/// Whether people start at `i`, after an article: a role ("a SOC analyst") or a bare role
/// noun ("analysts").
fn names_people(toks: &[Tok], mentions: &[Mention], from: usize, mut i: usize) -> bool {
    if matches!(toks.get(i), Some(Tok::Word(a)) if matches!(a.low, "a" | "an" | "the")) {
        i += 1;
    }
    starts_mention(mentions, from, i) || matches!(toks.get(i), Some(Tok::Word(w)) if names::is_role_noun(w.low))
}

/// Whether "from" at `i` starts a chain of steps from a role other than this one: "from help
/// desk technician to senior specialist, then to supervisor": a role right after it (past an
/// article) and at least two directions after that.
fn chain_from_another_role(toks: &[Tok], mentions: &[Mention], m: usize, i: usize, own_key: &str) -> bool {
    let mut k = i + 1;
    if matches!(toks.get(k), Some(Tok::Word(a)) if matches!(a.low, "a" | "an" | "the")) {
        k += 1;
    }
    let Some(start) = mentions[m..].iter().find(|x| x.start == k) else {
        return false;
    };
    if names::role_key(&start.role) == own_key {
        return false;
    }
    toks[start.end..]
        .iter()
        .take_while(|t| **t != Tok::End)
        .filter(|t| matches!(t, Tok::Word(w) if matches!(w.low, "to" | "into")))
        .count()
        >= 2
}

/// Whether a mention starting at `i` names a title, not a field ("IT risk manager", not
/// "platform ownership").
fn names_a_title_at(mentions: &[Mention], from: usize, i: usize) -> bool {
    mentions[from..].iter().any(|m| {
        m.start == i
            && m.phrase
                .rsplit(' ')
                .find(|w| !names::is_role_suffix(w))
                .is_some_and(names::is_role_noun)
    })
}

fn starts_mention(mentions: &[Mention], from: usize, i: usize) -> bool {
    mentions[from..].iter().any(|m| m.start == i)
}

/// The sentence with "governance, risk(,) and compliance" written "GRC", if it has it.
fn abbreviate_grc(sentence: &str) -> Option<String> {
    if !sentence.contains("overnance, ") {
        return None;
    }
    let low = lower_same_len(sentence);
    let mut out = None::<String>;
    for long in [
        "governance, risk, and compliance",
        "governance, risk and compliance",
        "governance, risk, & compliance",
        "governance, risk & compliance",
    ] {
        if let Some(at) = low.find(long) {
            let mut text = String::with_capacity(sentence.len());
            text.push_str(sentence.get(..at)?);
            text.push_str("GRC");
            text.push_str(sentence.get(at + long.len()..)?);
            out = Some(text);
            break;
        }
    }
    out
}

/// Whether `before` ends with "become a", "becoming an", "become a full" and the like.
fn after_become(before: &str) -> bool {
    let mut words = before.rsplit(char::is_whitespace).filter(|w| !w.is_empty());
    let mut w = words.next().unwrap_or("");
    if w.eq_ignore_ascii_case("full") {
        w = words.next().unwrap_or("");
    }
    matches!(w.to_ascii_lowercase().as_str(), "a" | "an")
        && words.next().is_some_and(|v| {
            matches!(
                v.to_ascii_lowercase().as_str(),
                "become" | "becomes" | "becoming" | "became"
            )
        })
}

/// Replaces certification names and parenthetical remarks with placeholders.
/// Borrows the sentence when there is nothing to replace (most sentences).
fn mask<'a>(sentence: &'a str, certs: &CertCatalogue, page_certs: &[String]) -> Cow<'a, str> {
    let mut text = Cow::Borrowed(sentence);
    // "governance, risk, and compliance analyst": the commas would split the field.
    if let Some(grc) = abbreviate_grc(sentence) {
        text = Cow::Owned(grc);
    }
    for name in page_certs.iter().filter(|n| n.len() > 3) {
        if text.contains(name.as_str()) {
            text = Cow::Owned(text.replace(name.as_str(), " \u{1}CERT "));
        }
    }
    let sentence = &*text;
    // A certification name that is also a title, followed by a word for a job, is the job:
    // "Microsoft 365 administrator positions".
    let spans: Vec<_> = certs
        .scan(sentence)
        .into_iter()
        .filter(|&(s, e, _)| {
            let next = sentence.get(e..).unwrap_or("").trim_start();
            let word = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            // "become a full Microsoft 365 administrator" names the job too.
            !is_job_noun(&word.to_ascii_lowercase()) && !after_become(sentence.get(..s).unwrap_or(""))
        })
        .collect();
    if spans.is_empty() && !sentence.contains(['(', ')']) {
        return text;
    }
    let mut out = String::with_capacity(sentence.len());
    let mut last = 0;
    // The spans are the scanner's; `get` keeps a wrong one from slicing inside a character.
    for (s, e, _) in spans {
        out.push_str(sentence.get(last..s).unwrap_or(""));
        out.push_str(" \u{1}CERT ");
        last = e;
    }
    out.push_str(sentence.get(last..).unwrap_or(""));
    // Parentheses hold examples and asides, not destinations.
    let mut depth = 0usize;
    out.chars()
        .filter(|&c| {
            match c {
                '(' => {
                    depth += 1;
                    return false;
                }
                ')' => {
                    depth = depth.saturating_sub(1);
                    return false;
                }
                _ => {}
            }
            depth == 0
        })
        .collect::<String>()
        .into()
}

/// `text` in lower case with every character at the same byte offset: a character whose lower
/// case has another length (rare outside ASCII) is kept as it is.
fn lower_same_len(text: &str) -> String {
    let mut out = text.to_ascii_lowercase();
    // Only characters outside ASCII are left; most are punctuation with no lower case.
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] < 0x80 {
            i += 1;
            continue;
        }
        let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) else {
            break;
        };
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            if l != c && l.len_utf8() == c.len_utf8() {
                let mut buf = [0u8; 4];
                out.replace_range(i..i + c.len_utf8(), l.encode_utf8(&mut buf));
            }
        }
        i += c.len_utf8();
    }
    out
}

/// Splits `text` into tokens; `low` is [`lower_same_len`] of `text`.
fn tokenize<'a>(text: &'a str, low: &'a str) -> Vec<Tok<'a>> {
    let mut toks = Vec::with_capacity(text.len() / 5 + 4);
    let mut start: Option<usize> = None;
    const APOSTROPHE: &[u8] = "’".as_bytes();
    let bytes = text.as_bytes();
    let flush = |start: &mut Option<usize>, end: usize, toks: &mut Vec<Tok<'a>>| {
        let Some(mut a) = start.take() else { return };
        let mut b = end;
        // Trim quotes, dots and dashes around the word (byte by byte; ’ is three bytes).
        loop {
            // ".NET" keeps its dot.
            let dotted_name = bytes.get(a) == Some(&b'.') && a + 1 < b && bytes[a + 1].is_ascii_uppercase();
            if a < b && matches!(bytes[a], b'\'' | b'"' | b'.' | b'-') && !dotted_name {
                a += 1;
            } else if bytes.get(a..a + 3) == Some(APOSTROPHE) && a + 3 <= b {
                a += 3;
            } else {
                break;
            }
        }
        loop {
            if b > a && matches!(bytes[b - 1], b'\'' | b'"' | b'.' | b'-') {
                b -= 1;
            } else if b >= a + 3 && bytes.get(b - 3..b) == Some(APOSTROPHE) {
                b -= 3;
            } else {
                break;
            }
        }
        if a >= b {
            return;
        }
        if &bytes[a..b] == "\u{1}CERT".as_bytes() {
            toks.push(Tok::Cert);
            return;
        }
        // Possessives ("the team's") end with 's.
        let possessive = if b >= a + 3 && &bytes[b - 2..b] == b"'s" {
            b -= 2;
            true
        } else if b >= a + 5 && bytes.get(b - 4..b - 1) == Some(APOSTROPHE) && bytes[b - 1] == b's' {
            b -= 4;
            true
        } else {
            false
        };
        let raw = text.get(a..b).unwrap_or("");
        let lower = low.get(a..b).unwrap_or(raw);
        toks.push(Tok::Word(Word {
            raw,
            low: lower,
            lex: cue_bits(lower),
            possessive,
        }));
    };
    // Bytes, not characters: ASCII is decided by the byte; only other characters are decoded.
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        let (c, len) = if b < 0x80 {
            (char::from(b), 1)
        } else {
            let c = text.get(i..).and_then(|rest| rest.chars().next()).unwrap_or('\u{fffd}');
            (c, c.len_utf8())
        };
        let in_word = if b < 0x80 {
            b.is_ascii_alphanumeric() || matches!(b, b'-' | b'\'' | b'+' | b'&' | b'.' | 1)
        } else {
            c.is_alphanumeric() || c == '’'
        };
        if in_word {
            start.get_or_insert(i);
        } else {
            flush(&mut start, i, &mut toks);
            match c {
                ',' | ':' | '/' | '—' | '–' => toks.push(Tok::Sep(c)),
                ';' | '?' | '!' => toks.push(Tok::End),
                _ => {}
            }
        }
        i += len;
    }
    flush(&mut start, text.len(), &mut toks);
    toks
}

#[derive(Debug, Clone)]
struct Mention {
    /// Token range [start, end).
    start: usize,
    end: usize,
    phrase: String,
    role: String,
}

/// Adjectives that qualify a move, not a title ("broader infrastructure roles").
const NOT_TITLE_WORDS: &[&str] = &[
    "reason",
    "reasons",
    "enough",
    "more",
    "equivalent",
    "direct",
    "vague",
    "and",
    "nor",
    "but",
    "strong",
    "good",
    "great",
    "new",
    "best",
    "better",
    "broad",
    "broader",
    "wider",
    "different",
    "specific",
    "various",
    "several",
    "certain",
    "formal",
    "informal",
    "full",
    "less",
    "same",
    "right",
    "key",
    "main",
    "minor",
    "real",
    "true",
    "whole",
    "own",
    "high",
    "higher",
    "low",
    "large",
    "larger",
    "small",
    "smaller",
    "big",
    "bigger",
    "first",
    "second",
    "third",
    "last",
    "few",
    "fair",
    "number",
    "related",
    "adjacent",
    "similar",
    "dedicated",
    "true",
    "hands-on",
    "day-to-day",
    "any",
    "much",
    "what",
    "whatever",
    "how",
    "why",
    "not",
    "no",
    "only",
    "just",
    "even",
    "still",
    "about",
    "over",
    "after",
    "before",
    "up",
    "out",
    "off",
    "down",
    "back",
    "under",
    "across",
    "within",
    "without",
    "through",
    "per",
    "via",
    "can",
    "could",
    "may",
    "might",
    "will",
    "would",
    "should",
    "must",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "get",
    "gets",
    "take",
    "takes",
    "make",
    "makes",
    "find",
    "finds",
    "stay",
    "stays",
    "want",
    "wants",
    "need",
    "needs",
    "year",
    "years",
    "month",
    "months",
    "team's",
    "organization",
    "organizations",
    "company",
    "companies",
    "people",
    "person",
    "candidates",
    "professionals",
    "skills",
    "experience",
    "knowledge",
    "exposure",
    "depth",
    "include",
    "includes",
    "become",
    "becomes",
    "became",
    "join",
    "joins",
    "pursue",
    "pursues",
    "consider",
    "considers",
    "choose",
    "chooses",
    "prefer",
    "prefers",
    "enjoy",
    "enjoys",
    "hire",
    "hires",
    "pick",
    "picks",
    "see",
    "sees",
    "hold",
    "holds",
    "earn",
    "earns",
    "reach",
    "reaches",
    "land",
    "lands",
    "offer",
    "offers",
    "open",
    "opens",
    "add",
    "adds",
    "plus",
    "like",
    "than",
    "rather",
    "then",
    "there",
    "here",
    "work",
    "works",
    "run",
    "runs",
    "sit",
    "sits",
    "serve",
    "serves",
    "act",
    "acts",
    "remain",
    "remains",
    "seek",
    "seeks",
    "apply",
    "applies",
    "fill",
    "fills",
    "its",
    "them",
    "they",
    "you",
    "who",
    "whose",
    "general",
    "once",
    "until",
    "unless",
    "soon",
    "now",
    "today",
    "too",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousands",
    "value",
    "values",
    "facto",
    "entire",
    "environment",
    "environments",
    "top",
];

/// Verbs that can stand right before a role noun ("extend infrastructure design").
const NOT_TITLE_VERBS: &[&str] = &[
    "influence",
    "influences",
    "persuade",
    "persuades",
    "require",
    "requires",
    "demand",
    "demands",
    "involve",
    "involves",
    "pay",
    "pays",
    "beckons",
    "absorb",
    "absorbs",
    "attract",
    "attracts",
    "draws",
    "pulls",
    "welcomes",
    "suits",
    "recruits",
    "means",
    "extend",
    "extends",
    "form",
    "forms",
    "build",
    "builds",
    "keep",
    "keeps",
    "help",
    "helps",
    "use",
    "uses",
    "owns",
    "set",
    "sets",
    "write",
    "writes",
    "learn",
    "learns",
    "show",
    "shows",
    "give",
    "gives",
    "let",
    "lets",
    "put",
    "puts",
    "call",
    "calls",
    "turn",
    "turns",
    "bring",
    "brings",
    "handle",
    "handles",
    "review",
    "reviews",
    "plan",
    "plans",
    "fix",
    "fixes",
    "try",
    "tries",
    "manage",
    "manages",
    "pass",
    "passes",
    "suit",
    "suits",
];

/// An ordinary lowercase word that may still be part of a title when a role noun follows it
/// closely ("release train engineer", "critical facilities engineering").
fn is_open_word(word: &Word, lexicon: u8) -> bool {
    let lower = word.low;
    word.len() >= 3
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !lower.ends_with("ly")
        // A hyphenated compound is a describing word: "e-learning developer"; but "vendor-side",
        // "customer-facing" and "director-level" describe the job, not its title.
        && (!(lower.ends_with("ing") || lower.ends_with("ed")) || lower.contains('-'))
        && !(lower.contains('-') && describes_job(lower))
        // "their strongest engineer": a superlative describes, it does not name.
        && !(lower.len() >= 6 && lower.ends_with("est") && !matches!(lower, "interest" | "request" | "contest"))
        && lexicon & NOT_OPEN == 0
        && !starts_with_stem(lower, |s| s.len() >= 4)
}

/// Whether a hyphenated word describes a job without naming it: "vendor-side",
/// "customer-facing", "director-level", "Azure-focused".
fn describes_job(lower: &str) -> bool {
    lower.rsplit_once('-').is_some_and(|(_, last)| {
        matches!(
            last,
            "side" | "facing" | "level" | "based" | "focused" | "oriented" | "heavy" | "minded"
        )
    })
}

/// Word-list memberships of a lower-case word, as bits: one lookup for the lists a token is
/// classified by.
const HEAD: u8 = 1;
const STOP: u8 = 2;
const MODIFIER: u8 = 4;
const NOT_OPEN: u8 = 8;
/// A destination noun ("step", "path"), or "reach" of "within reach".
const TARGET_NOUN: u8 = 16;
/// A word where [`forward_triggers`] may find a move: "become", "into", "as" …
const TRIGGER: u8 = 32;
/// "where" and "next", which [`adverbial_next`] reads.
const ADVERB: u8 = 64;
/// A verb of taking people in ("absorbs", "suits"), read by [`takes_in_people`].
const TAKES_IN: u8 = 128;

/// The verbs with the [`TAKES_IN`] bit.
const TAKES_IN_WORDS: &[&str] = &[
    "beckons", // "… are pursued by those who want seniority".
    "pursued", "sought", "absorb", "absorbs", "attract", "attracts", "draw", "draws", "pulls", "welcomes", "suits",
    "suit", "recruits", "recruit", "poach", "poaches",
];

/// The words a forward trigger stands on.
const TRIGGER_WORDS: &[&str] = &[
    "become",
    "becomes",
    "becoming",
    "became",
    "pursue",
    "pursues",
    "pursuing",
    "make",
    "makes",
    "up",
    "as",
    "in",
    "into",
    "to",
    "toward",
    "towards",
    "onto",
    "for",
    "on",
    "sits",
    "lies",
    "comes",
    "at",
    "accept",
    "accepts",
    "accepted",
    "accepting",
    "means",
    "is",
    "land",
    "lands",
    "landed",
    "landing",
    "join",
    "joins",
    "joined",
    "joining",
];

/// The [`TARGET_NOUN`], [`TRIGGER`], [`ADVERB`] and [`TAKES_IN`] bits of a lower-case word. A table of
/// (first letter, length) pairs of those words turns most words away before any lookup.
fn cue_bits(lower: &str) -> u8 {
    const CUES: u8 = TARGET_NOUN | TRIGGER | ADVERB | TAKES_IN;
    static SHAPES: OnceLock<[u32; 26]> = OnceLock::new();
    let shapes = SHAPES.get_or_init(|| {
        let mut table = [0u32; 26];
        let cues = TARGET_NOUNS
            .iter()
            .chain(TRIGGER_WORDS)
            .chain(TAKES_IN_WORDS)
            .chain(&["reach", "where", "next"]);
        for w in cues {
            if let Some(slot) = w
                .bytes()
                .next()
                .and_then(|b| table.get_mut(usize::from(b.wrapping_sub(b'a'))))
            {
                *slot |= 1 << w.len().min(31);
            }
        }
        table
    });
    // The two-letter cues are all triggers; common short words ("it", "of") need no lookup.
    if lower.len() <= 2 {
        let trigger = matches!(lower, "up" | "as" | "in" | "to" | "on" | "is" | "at");
        return if trigger { TRIGGER } else { 0 };
    }
    let shape_known = lower
        .bytes()
        .next()
        .and_then(|b| shapes.get(usize::from(b.wrapping_sub(b'a'))))
        .is_some_and(|bits| bits & (1 << lower.len().min(31)) != 0);
    if shape_known {
        lexicon(lower) & CUES
    } else {
        0
    }
}

fn lexicon(lower: &str) -> u8 {
    static LEXICON: OnceLock<HashMap<&'static str, u8, names::BuildFnv>> = OnceLock::new();
    let lexicon = LEXICON.get_or_init(|| {
        let mut map: HashMap<&'static str, u8, names::BuildFnv> = HashMap::default();
        for (list, bit) in [(STOP_WORDS, STOP), (MODIFIERS, MODIFIER)] {
            for w in list {
                *map.entry(w).or_default() |= bit;
            }
        }
        for w in names::head_words() {
            *map.entry(w).or_default() |= HEAD;
        }
        for (list, bit) in [
            (TARGET_NOUNS, TARGET_NOUN),
            (&["reach"][..], TARGET_NOUN),
            (TRIGGER_WORDS, TRIGGER),
            (&["where", "next"][..], ADVERB),
            (TAKES_IN_WORDS, TAKES_IN),
        ] {
            for w in list {
                *map.entry(w).or_default() |= bit;
            }
        }
        for list in [
            STOP_WORDS,
            NOT_TITLE_WORDS,
            NOT_TITLE_VERBS,
            BACKWARD_CUES,
            TARGET_NOUNS,
            TARGET_QUALIFIERS,
        ] {
            for w in list {
                *map.entry(w).or_default() |= NOT_OPEN;
            }
        }
        map
    });
    lexicon.get(lower).copied().unwrap_or(0)
}

/// What a token can be inside a role phrase, worked out once per token.
#[derive(Debug, Clone, Copy, Default)]
struct Class {
    /// A role or field noun ("analyst", "administration").
    head: bool,
    /// A word that may stand before a role noun in a title ("cloud", "IT", "Tier", "3").
    modifier: bool,
    /// The same for the first word of a sentence, where a capital says nothing.
    modifier_at_start: bool,
    /// An ordinary word that may be a title word when a role noun follows closely.
    open: bool,
}

fn classify(tok: &Tok) -> Class {
    let Tok::Word(word) = tok else {
        return Class::default();
    };
    let lex = lexicon(word.low);
    let head = lex & HEAD != 0;
    if lex & STOP != 0 {
        return Class {
            head,
            ..Class::default()
        };
    }
    let is_acronym = word.len() >= 2 && word.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase);
    let short_number = word.chars().any(|c| c.is_ascii_digit()) && word.len() <= 3;
    let at_start = lex & MODIFIER != 0 || head || short_number || is_acronym;
    let capitalised =
        word.chars().next().is_some_and(char::is_uppercase) && !(word.low.contains('-') && describes_job(word.low));
    Class {
        head,
        modifier: at_start || capitalised,
        modifier_at_start: at_start,
        open: is_open_word(word, lex),
    }
}

/// Whether the words from `j` on reach a role or field noun within `left` words, through
/// title words only.
fn reaches_head(classes: &[Class], j: usize, left: usize) -> bool {
    match classes.get(j) {
        Some(c) if c.head => true,
        Some(c) if left > 0 && (c.modifier || c.open) => reaches_head(classes, j + 1, left - 1),
        _ => false,
    }
}

/// Finds the role phrases of a sentence: maximal runs of title words that
/// [`names::role_from_phrase`] turns into a role. "cloud administrator or engineer" names two
/// roles; the second borrows the first one's qualifier.
fn find_mentions(toks: &[Tok], titles: &mut TitleCache) -> Vec<Mention> {
    let classes: Vec<Class> = toks.iter().map(classify).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let Tok::Word(_) = &toks[i] else {
            i += 1;
            continue;
        };
        let mut j = i;
        let mut words: Vec<Word> = Vec::new();
        // Words after a title's "of" ("director of internal audit") name its field: any
        // title word may follow, up to three.
        let mut after_of = 0;
        while let Some(Tok::Word(w)) = toks.get(j) {
            let lower = w.low;
            // "cloud platforms requires engineers", "the project management office": things are
            // no part of a title after its first word ("Office Manager" is one).
            let thing = w.raw == lower && !matches!(lower, "team" | "teams") && THING_NOUNS_SET.has(lower);
            if thing && (!words.is_empty() || (lower.len() > 4 && lower.ends_with('s'))) {
                break;
            }
            // "Full Stack Developer": "full" is a title word only before "stack".
            let full_stack = lower == "full" && matches!(toks.get(j + 1), Some(Tok::Word(n)) if n.low == "stack");
            let ok = if full_stack {
                true
            } else if after_of > 0 && lower != "and" && lower != "of" {
                after_of -= 1;
                let class = classes[j];
                class.modifier || class.open
            } else if lower == "in"
                && words.last().is_some_and(|p| names::is_head_word(p.low))
                && matches!(toks.get(j + 1), Some(Tok::Word(n)) if n.low == "test")
            {
                // "Software Development Engineer in Test".
                after_of = 1;
                true
            } else if lower == "and" || lower == "of" {
                // Only inside a title: "identity and access", "director of IT".
                let prev = words.last().map(|l| l.low).unwrap_or_default();
                let joins = if lower == "and" {
                    matches!(
                        prev,
                        "identity" | "research" | "governance" | "risk" | "health" | "planning" | "learning"
                    )
                } else {
                    // "director of IT"; "automation center of excellence manager".
                    names::is_head_word(prev)
                        || (matches!(prev, "center" | "centre")
                            && matches!(toks.get(j + 1), Some(Tok::Word(n)) if n.low == "excellence"))
                };
                let joined = joins
                    && classes
                        .get(j + 1)
                        .is_some_and(|c| c.modifier || (lower == "of" && c.open));
                if joined && lower == "of" {
                    after_of = 3;
                }
                joined
            } else {
                let class = classes[j];
                (if j == 0 {
                    class.modifier_at_start
                } else {
                    class.modifier
                }) || (class.open && reaches_head(&classes, j + 1, 2))
                    || (!words.is_empty() && names::ends_field_phrase(w.low))
            };
            if !ok {
                break;
            }
            // "the team's technical lead": the owner is no part of the title after it.
            if w.possessive && j + 1 < toks.len() && matches!(toks.get(j + 1), Some(Tok::Word(_))) && words.is_empty() {
                break;
            }
            words.push(*w);
            j += 1;
            if w.possessive {
                break;
            }
        }
        // Allow the suffixes role_from_phrase drops ("roles", "positions", "track").
        let before_suffix = words.len();
        while let Some(Tok::Word(w)) = toks.get(j) {
            if names::is_role_suffix(w.low) && !words.is_empty() {
                words.push(*w);
                j += 1;
            } else {
                break;
            }
        }
        // "senior support teams": a field word followed by another noun is a modifier, not a
        // role.
        // The same for any role word before a noun of things a person has or does ("a consultant
        // certification", "design work", "the support team").
        // A possessive names whose thing it is, not a role: "the virtual agent's answers".
        let compound = !words.is_empty()
            && words.len() == before_suffix
            && (words.last().is_some_and(|l| names::is_field_word(l.low)) && classes.get(j).is_some_and(|c| c.open)
                // "taking on line management of a function" is a duty.
                || (words.last().is_some_and(|l| names::is_field_word(l.low))
                    && matches!(toks.get(j), Some(Tok::Word(n)) if n.low == "of")
                    && matches!(toks.get(j + 1), Some(Tok::Word(d)) if matches!(d.low, "a" | "an" | "the" | "its" | "their")))
                // "move toward consultant work" is the consultant's job.
                || matches!(toks.get(j), Some(Tok::Word(n)) if THING_NOUNS.contains(&n.low)
                    && !(n.low == "work" && words.last().is_some_and(|l| names::is_role_noun(l.low) || names::ends_field_phrase(l.low))))
                || words.last().is_some_and(|l| l.possessive));
        if compound {
            i = j.max(i + 1);
            continue;
        }
        if words.is_empty() {
            i += 1;
            continue;
        }
        // Trim to the last word that makes a role (a run may end with loose modifiers).
        let mut found = None;
        for end in (1..=words.len()).rev() {
            // Try the longest phrase first, dropping leading modifiers that are not title words
            // only when the full phrase names nothing.
            // Only a phrase ending in a role word can name a role; skip the rest cheaply.
            let last = words[end - 1];
            // "director of service delivery" ends in its field, not in a role word.
            let of_title = words[..end]
                .iter()
                .position(|w| w.low == "of")
                .is_some_and(|o| o > 0 && o + 1 < end && names::is_role_noun(words[o - 1].low));
            let in_test = end > 2 && last.low == "test" && words[end - 2].low == "in";
            let can_end = classes[i + end - 1].head || can_end_phrase(last.low) || of_title || in_test;
            if !can_end {
                continue;
            }
            let phrase = join_raw(&words[..end]);
            let role = match titles.get(&phrase) {
                Some(known) => known.clone(),
                None => {
                    let role = names::role_from_phrase(&phrase);
                    titles.insert(phrase.clone(), role.clone());
                    role
                }
            };
            if let Some(role) = role {
                found = Some((end, phrase, role));
                break;
            }
        }
        match found {
            Some((end, phrase, role)) => {
                out.push(Mention {
                    start: i,
                    end: i + end,
                    phrase,
                    role,
                });
                i += end;
            }
            None => {
                // A bare role noun after "or"/"and" borrows the previous mention's qualifier.
                if words.len() == 1 && names::is_head_word(words[0].low) {
                    if let Some(prev) = out.last() {
                        let joined = i >= 2
                            && prev.end == i - 1
                            && matches!(&toks[i - 1], Tok::Word(w) if w.raw == "or" || w.raw == "and");
                        if joined {
                            let prev_words: Vec<&str> = prev.phrase.split(' ').collect();
                            if prev_words.len() > 1 {
                                let borrowed =
                                    format!("{} {}", prev_words[..prev_words.len() - 1].join(" "), words[0].raw);
                                if let Some(role) = names::role_from_phrase(&borrowed) {
                                    out.push(Mention {
                                        start: i,
                                        end: i + 1,
                                        phrase: borrowed,
                                        role,
                                    });
                                }
                            }
                        }
                    }
                }
                i += words.len().max(1);
            }
        }
    }
    unit_managers(toks, &mut out);
    hiring_units(toks, &mut out);
    borrow_ranks(toks, &mut out);
    out
}

/// Whether the lower-case `word` may end a role phrase: a role or field noun, a suffix like
/// "roles", a grade, or the last word of a field with its own role.
fn can_end_phrase(word: &str) -> bool {
    names::is_head_word(word) || names::is_role_suffix(word) || names::is_grade(word) || names::ends_field_phrase(word)
}

/// "running the incident response function": (end, first field word, end of field words)
/// for a verb of running at `k` followed by field words and a noun for a unit of people.
fn runs_unit(toks: &[Tok], k: usize) -> Option<(usize, usize, usize)> {
    let Some(Tok::Word(verb)) = toks.get(k) else {
        return None;
    };
    // "go on to manage infrastructure teams": units of a kind, in the plural, need no article.
    let bare = matches!(verb.low, "manage" | "lead" | "run" | "head");
    if !bare && !matches!(verb.low, "running" | "leading" | "heading" | "managing") {
        return None;
    }
    // "the training function": a unit the page's people know; "a testing practice" is any.
    let article = matches!(toks.get(k + 1), Some(Tok::Word(d)) if d.low == "the");
    if !article && !bare {
        return None;
    }
    let mut j = k + 1 + usize::from(article);
    // "the entire data function": the adjective is no part of the field.
    while matches!(toks.get(j), Some(Tok::Word(a)) if matches!(a.low, "entire" | "whole" | "wider" | "broader")) {
        j += 1;
    }
    let first = j;
    while j - first < 4 {
        match toks.get(j) {
            // "the training function" names one unit; without an article, a kind of unit in
            // the plural ("infrastructure teams").
            Some(Tok::Word(w)) if is_unit_noun(w.low) && article != w.low.ends_with('s') => {
                // "run the voice team as a Telecommunications Manager" names the title itself.
                let titled = matches!(toks.get(j + 1), Some(Tok::Word(a)) if a.low == "as");
                return (j > first && !titled).then_some((j + 1, first, j));
            }
            Some(Tok::Word(w))
                if w.low.bytes().all(|b| b.is_ascii_alphabetic() || b == b'-')
                    && lexicon(w.low) & (STOP | NOT_OPEN) == 0 =>
            {
                j += 1
            }
            _ => return None,
        }
    }
    None
}

/// Mentions for "running the training function": the manager of that unit.
fn unit_managers(toks: &[Tok], out: &mut Vec<Mention>) {
    let mut found = Vec::new();
    for k in 0..toks.len() {
        let Some((end, first, last)) = runs_unit(toks, k) else {
            continue;
        };
        // The unit's manager replaces a reading of the unit's name alone.
        out.retain(|m| !(m.start < end && k < m.end));
        found.push(Mention {
            start: k,
            end,
            phrase: join_raw_toks(&toks[k..end]),
            role: names::title_case(&format!("{} Manager", join_raw_toks(&toks[first..last]))),
        });
    }
    if !found.is_empty() {
        out.extend(found);
        out.sort_by_key(|m| m.start);
    }
}

/// Mentions for "platform engineering teams recruit …": the role the hiring unit is made of.
fn hiring_units(toks: &[Tok], out: &mut Vec<Mention>) {
    for v in 0..toks.len() {
        let unit = if hiring_unit(toks, v) == Some(true) {
            let mut unit = v - 1;
            while !matches!(&toks[unit], Tok::Word(u) if is_unit_noun(u.low)) {
                unit -= 1;
            }
            unit
        } else if let Some(unit) = joined_unit(toks, v) {
            unit
        } else {
            continue;
        };
        // The field words before the unit, at most four, back to a stop word or mark.
        let mut first = unit;
        while first > 0 && unit - first < 4 {
            match &toks[first - 1] {
                // Title words only: "product security", "SRE"; not "a number of support".
                Tok::Word(w) if names_unit(w) => first -= 1,
                _ => break,
            }
        }
        if first == unit || out.iter().any(|m| m.start < unit && first < m.end) {
            continue;
        }
        let field = join_raw_toks(&toks[first..unit]);
        if let Some(role) = names::role_from_phrase(&field) {
            out.push(Mention {
                start: first,
                end: unit + 1,
                phrase: join_raw_toks(&toks[first..=unit]),
                role,
            });
            out.sort_by_key(|m| m.start);
        }
    }
}

/// For a verb of joining at `v` followed by a unit ("join SRE teams", "joined the platform
/// engineering group"): the unit noun's index.
fn joined_unit(toks: &[Tok], v: usize) -> Option<usize> {
    let Some(Tok::Word(w)) = toks.get(v) else { return None };
    // "recruited onto network security engineering teams", "in dedicated database
    // reliability engineering teams".
    let into = matches!(w.low, "into" | "onto" | "in");
    if !into && !matches!(w.low, "join" | "joins" | "joined" | "joining") {
        return None;
    }
    let mut k = v + 1;
    if matches!(toks.get(k), Some(Tok::Word(d)) if matches!(d.low, "a" | "an" | "the")) {
        k += 1;
    }
    if into
        && matches!(toks.get(k), Some(Tok::Word(d)) if matches!(d.low, "dedicated" | "central" | "internal" | "specialist"))
    {
        k += 1;
    }
    let first = k;
    while k - first < 4 {
        match toks.get(k) {
            Some(Tok::Word(u)) if is_unit_noun(u.low) => return (k > first).then_some(k),
            Some(Tok::Word(t)) if names_unit(t) => k += 1,
            _ => return None,
        }
    }
    None
}

/// Whether a word may name the field of a unit of people: a title modifier ("platform"), a
/// field ("engineering"), a role noun or an acronym ("SRE"); not "of", "and" or "for".
fn names_unit(w: &Word) -> bool {
    lexicon(w.low) & (STOP | MODIFIER) == MODIFIER && !matches!(w.low, "of" | "and" | "for")
        || names::is_field_word(w.low)
        || names::is_head_word(w.low)
        || (w.raw.len() > 1 && w.raw.bytes().all(|b| b.is_ascii_uppercase()))
}

/// The raw words of `toks`, joined by spaces.
fn join_raw_toks(toks: &[Tok]) -> String {
    toks.iter()
        .filter_map(|t| if let Tok::Word(w) = t { Some(w.raw) } else { None })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Rank words that may stand alone before a title that shares them ("senior or lead").
fn is_rank(lower: &str) -> bool {
    matches!(lower, "senior" | "junior" | "lead" | "principal" | "staff")
}

/// "to senior and then staff or principal DevSecOps engineer": a rank word standing alone
/// before a joined mention that starts with a rank borrows the rest of that mention.
fn borrow_ranks(toks: &[Tok], out: &mut Vec<Mention>) {
    let mut borrowed = Vec::new();
    for m in out.iter() {
        let Some((first, rest)) = m.phrase.split_once(' ') else {
            continue;
        };
        if !is_rank(&first.to_ascii_lowercase()) {
            continue;
        }
        let mut k = m.start;
        while k > 0 && m.start - k < 6 {
            k -= 1;
            match &toks[k] {
                Tok::Word(w) if matches!(w.low, "and" | "or" | "then") => {}
                Tok::Sep(',') => {}
                Tok::Word(w) if is_rank(w.low) && !out.iter().any(|o| o.start <= k && k < o.end) => {
                    let phrase = format!("{} {rest}", w.raw);
                    if let Some(role) = names::role_from_phrase(&phrase) {
                        borrowed.push(Mention {
                            start: k,
                            end: k + 1,
                            phrase,
                            role,
                        });
                    }
                }
                _ => break,
            }
        }
    }
    if !borrowed.is_empty() {
        out.extend(borrowed);
        out.sort_by_key(|m| m.start);
    }
}

/// The words as written, separated by single spaces.
fn join_raw(words: &[Word]) -> String {
    let mut out = String::with_capacity(words.iter().map(|w| w.raw.len() + 1).sum());
    for w in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w.raw);
    }
    out
}

/// Token positions where a forward movement begins: a direction word ("into", "to", "toward")
/// shortly after a movement word, or "become".
fn forward_triggers(toks: &[Tok]) -> Vec<usize> {
    let mut out = Vec::new();
    // "From there, staff engineer or engineering manager.": a sentence that opens from here
    // lists where to; not "From here, most people either climb …", where a subject follows.
    if matches!(toks.first(), Some(Tok::Word(p)) if p.low == "from")
        && matches!(toks.get(1), Some(Tok::Word(t)) if matches!(t.low, "there" | "here"))
        && toks.get(2) == Some(&Tok::Sep(','))
        && matches!(toks.get(3), Some(Tok::Word(n)) if lexicon(n.low) & STOP == 0
            && !matches!(n.low, "most" | "many" | "some" | "you" | "they" | "people" | "few" | "others" | "it" | "we"))
    {
        out.push(1);
    }
    for (i, t) in toks.iter().enumerate() {
        let Tok::Word(w) = t else { continue };
        if w.lex & TRIGGER == 0 {
            // Words too common in shape for the cue table are read by text, byte by byte.
            match w.low.as_bytes() {
                // "Being named QA lead is the usual first promotion".
                b"named" => {
                    let copula = |k: usize| matches!(toks.get(k), Some(Tok::Word(p)) if matches!(p.low, "being" | "get" | "gets" | "got" | "getting" | "is" | "are" | "be"));
                    let adverb = matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if p.low.ends_with("ly") || matches!(p.low, "also" | "often" | "then" | "later" | "eventually"));
                    if copula(i.wrapping_sub(1)) || (adverb && copula(i.wrapping_sub(2))) {
                        out.push(i);
                    }
                }
                // "some take chief of staff positions": taking a job.
                b"take" | b"takes" | b"took" if job_follows(toks, i) => out.push(i),
                // "After that, choose: architect or manager".
                b"choose" | b"either" if toks.get(i + 1) == Some(&Tok::Sep(':')) => out.push(i),
                _ => {}
            }
            continue;
        }
        let l = w.low;
        // "become X"; "pursue X" names a role aimed at the same way.
        if matches!(
            l,
            "become" | "becomes" | "becoming" | "became" | "pursue" | "pursues" | "pursuing"
        ) {
            // "The risk is becoming a single-tool specialist" is a warning.
            let warned = toks[i.saturating_sub(3)..i].iter().any(
                |t| matches!(t, Tok::Word(p) if matches!(p.low, "risk" | "danger" | "trap" | "avoid" | "avoiding")),
            );
            // "the job becomes mostly about organizational design": the job changes.
            let job_becomes = matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if matches!(p.low, "job" | "role" | "work" | "position" | "function"));
            if !negated_before(toks, i, 3) && !warned && !job_becomes {
                out.push(i);
            }
            continue;
        }
        // "those who like Linux make natural Linux administrators": "make" with a describing
        // word and a role after it is "become".
        if matches!(l, "make" | "makes") {
            let mut k = i + 1;
            if matches!(toks.get(k), Some(Tok::Word(a)) if matches!(a.low, "a" | "an")) {
                k += 1;
            }
            let described = matches!(toks.get(k), Some(Tok::Word(a)) if matches!(a.low,
                "natural" | "good" | "great" | "strong" | "excellent" | "obvious" | "ideal" | "fine"));
            if described {
                out.push(i);
            }
            continue;
        }
        // "take on engineering manager positions" (not "take on pipeline security").
        if l == "on" {
            let take = matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if is_take(p.low));
            // "take on infrastructure management": the management of a unit of the trade.
            let management = toks[i + 1..]
                .iter()
                .take(3)
                .take_while(|t| matches!(t, Tok::Word(w) if lexicon(w.low) & (STOP | MODIFIER) == MODIFIER || w.low == "management"))
                .any(|t| matches!(t, Tok::Word(w) if w.low == "management"))
                && matches!(toks.get(i + 1), Some(Tok::Word(w)) if w.low != "management");
            if take && (job_follows(toks, i) || management) {
                out.push(i);
            }
            continue;
        }
        // "aim at software engineer openings".
        if l == "at" {
            if matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if matches!(p.low, "aim" | "aims" | "aiming" | "aimed"))
            {
                out.push(i);
            }
            continue;
        }
        // "accepted privacy analyst positions": accepting a job is taking it.
        if matches!(
            l,
            "accept" | "accepts" | "accepted" | "accepting" | "land" | "lands" | "landed" | "landing"
        ) {
            if job_follows(toks, i) {
                out.push(i);
            }
            continue;
        }
        // "Up means senior penetration tester first", "Promotion usually means desktop support
        // lead": what moving means is a destination.
        if l == "means" {
            let moving = toks[i.saturating_sub(4)..i].iter().enumerate().any(|(k, t)| {
                // "the next it means rewriting a profile": the next day, not the next move.
                let next_day = matches!(toks.get(i.saturating_sub(4) + k + 1), Some(Tok::Word(n)) if matches!(n.low, "it" | "they" | "we" | "you" | "day" | "week"));
                matches!(t, Tok::Word(p) if matches!(p.low, "up" | "upward" | "deeper" | "promotion" | "advancement" | "growth" | "moving")
                    || (p.low == "next" && !next_day))
            });
            if moving {
                out.push(i);
            }
            continue;
        }
        // "others join SRE teams".
        if matches!(l, "join" | "joins" | "joined" | "joining") {
            if joined_unit(toks, i).is_some() && !negated_before(toks, i, 3) {
                out.push(i);
            }
            continue;
        }
        // "From there, staff engineer or engineering manager.": a sentence that opens from here
        // lists where to.

        // "At the top of that track sits the data architect".
        let at_top = || {
            toks[i.saturating_sub(6)..i]
                .windows(3)
                .any(|p| matches!(p, [Tok::Word(a), Tok::Word(b), Tok::Word(c)] if a.low == "the" && b.low == "top" && c.low == "of"))
        };
        // "Close behind is network administration", "At the top of the ladder is the CIO".
        if l == "is" {
            if matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if p.low == "behind") || at_top() {
                out.push(i);
            }
            continue;
        }
        // "Beyond that sits test management", "after that comes …".
        if matches!(l, "sits" | "lies" | "comes") {
            let beyond = at_top()
                || toks[i.saturating_sub(3)..i]
                    .iter()
                    .any(|t| matches!(t, Tok::Word(p) if matches!(p.low, "beyond" | "after")));
            let from_next = matches!(toks.get(i + 1), Some(Tok::Word(n)) if n.low == "from");
            if beyond && !from_next {
                out.push(i);
            }
            continue;
        }
        // "end up running IT procurement".
        if l == "up"
            && matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if matches!(p.low, "end" | "ends" | "ended" | "ending"))
        {
            // "relatively few administrators end up as …" ends up nowhere.
            if !negated_before(toks, i - 1, 4) {
                out.push(i);
            }
            continue;
        }
        // "join a partner as Salesforce consultants", "land in architect roles": a role after
        // "as" or "in" is a destination only right after a verb of joining or landing.
        if matches!(l, "as" | "in") {
            let from = i.saturating_sub(7);
            let verb = toks[from..i].iter().enumerate().any(|(k, t)| {
                let Tok::Word(p) = t else { return false };
                match p.low {
                    "join" | "joins" | "joined" | "joining" | "land" | "lands" | "landed" | "landing" | "hire"
                    | "hires" | "hired" | "hiring" | "promoted" | "recruit" | "recruits" | "recruited" | "sought" | "retrain" | "retrains"
                    | "retrained" | "freelance" | "freelances" | "leave" | "leaves" | "rebrand" | "rebrands" | "snapped" => true,
                    // "take a position as", "take over as", "take charge of … as"; not "take turns as".
                    p if is_take(p) => toks[from + k + 1..i].iter().any(|t| {
                        matches!(t, Tok::Word(w) if matches!(w.low, "over" | "on" | "charge") || names::is_role_suffix(w.low))
                    }),
                    _ => false,
                }
            });
            let ok = match l {
                // "can build a career in wireless engineering".
                "in" if matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if p.low == "career")
                    && toks[i.saturating_sub(4)..i].iter().any(|t| {
                        matches!(t, Tok::Word(p) if matches!(p.low, "build" | "make" | "launch" | "forge" | "carve" | "pursue"))
                    }) =>
                {
                    true
                }
                "in" => toks[i.saturating_sub(2)..i].iter().enumerate().any(|(k, t)| {
                    let at = i.saturating_sub(2) + k;
                    matches!(t, Tok::Word(p) if matches!(p.low, "land" | "lands" | "landed" | "landing" | "end" | "ends" | "ended")
                        // "others specialize further in X", not "those who specialize in X".
                        // "The engineer specializes in RF design" describes the job; "specialists in" are people.
                        || ((p.low.starts_with("specializ") || p.low.starts_with("specialis"))
                            && !matches!(p.low, "specializes" | "specialises" | "specialist" | "specialists")
                            && !p.low.contains("ation")
                            && !matches!(toks.get(at.wrapping_sub(1)), Some(Tok::Word(w)) if matches!(w.low, "who" | "that" | "which"))))
                }),
                _ => verb,
            };
            if ok && !negated_before(toks, i, 6) {
                out.push(i);
            }
            continue;
        }
        let direction = matches!(l, "into" | "to" | "toward" | "towards" | "onto" | "for");
        if !direction {
            continue;
        }
        // "take their research skills into threat intelligence analyst positions".
        if l == "into"
            && toks[i.saturating_sub(5)..i]
                .iter()
                .any(|t| matches!(t, Tok::Word(p) if is_take(p.low)))
        {
            out.push(i);
            continue;
        }
        // "find their way into detection engineering", "head one of three ways: into …": only
        // "into" after "way" is a move ("a good way to learn …" is not).
        let way_into = l == "into"
            && toks[i.saturating_sub(3)..i]
                .iter()
                .any(|t| matches!(t, Tok::Word(p) if matches!(p.low, "way" | "ways")));
        if way_into {
            out.push(i);
            continue;
        }
        // "… and from there into engineering manager positions".
        let from_there = matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if matches!(p.low, "there" | "here"))
            && matches!(toks.get(i.wrapping_sub(2)), Some(Tok::Word(p)) if p.low == "from");
        if from_there && l != "for" {
            out.push(i);
            continue;
        }
        // "for" must follow its readiness word closely; other directions may sit a few words
        // after the movement word ("step out of audit into …").
        let from = i.saturating_sub(if l == "for" { 2 } else { 5 });
        let stem_at = toks[from..i].iter().enumerate().rposition(|(k, t)| match t {
            Tok::Word(p) => {
                let p = p.low;
                // "lead"/"leads" move only as a verb right before the direction ("leads to"),
                // never as the noun "a Lead"; nor "the branch", "a path" as nouns.
                let lead_noun = p.starts_with("lead") && (w_is_capitalised(t) || !matches!(p, "lead" | "leads"));
                let noun = matches!(p, "branch" | "path" | "track" | "route")
                    && matches!(toks.get((from + k).wrapping_sub(1)), Some(Tok::Word(d)) if matches!(d.low, "the" | "a"));
                let lead_noun = lead_noun || noun;
                // "for" only after readiness words ("prepares them for", "qualify for").
                if l == "for" {
                    // "others leave for management consulting".
                    READINESS_STEMS.iter().any(|s| p.starts_with(s)) || matches!(p, "leave" | "leaves" | "leaving")
                } else {
                    // "continues to climb" goes on; "continue into" moves.
                    // "broadening from data to applications" widens the job; "broaden into" moves.
                    let goes_on = (p.starts_with("continu") || p.starts_with("broaden")) && l != "into";
                    !lead_noun && !goes_on && has_move_stem(p) && !matches!(p, "report" | "reports")
                }
            }
            _ => false,
        });
        let moved = stem_at.is_some();
        // "does not turn a server admin into …": the negation stands before the verb.
        let verb_negated = stem_at.is_some_and(|k| negated_before(toks, from + k, 4));
        // "report to", "escalate to" are not moves even when a stem is near.
        // "the reporting line runs to a head of …" is a manager, not a move.
        let from_report = i.saturating_sub(7);
        let reporting = toks[from_report..i].iter().enumerate().any(|(k, t)| {
            matches!(t, Tok::Word(p) if p.low.starts_with("report"))
                // "report to", "reporting lines run to"; not "a taste for reporting".
                && matches!(toks.get(from_report + k + 1), Some(Tok::Word(n)) if matches!(n.low, "to" | "line" | "lines" | "directly" | "up" | "into" | "for"))
        });
        let previous_backward = reporting
            || matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if {
                let p = p.low;
                // "goes deeper into the design" is depth, not a move.
                // "moving back into desktop support" returns to an earlier role.
                p.starts_with("report") || p.starts_with("escalat") || p.starts_with("hand") || matches!(p, "deeper" | "deep" | "back")
            })
            // "the support organization rolls up to a VP".
            || (matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if p.low == "up")
                && matches!(toks.get(i.wrapping_sub(2)), Some(Tok::Word(p)) if p.low.starts_with("roll")))
            // "where programs hand over to IT operations".
            || (matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if p.low == "over")
                && matches!(toks.get(i.wrapping_sub(2)), Some(Tok::Word(p)) if p.low.starts_with("hand")));
        // "moved to the center of security strategy": a place in the work, not a move.
        let place = matches!(toks.get(i + 1), Some(Tok::Word(d)) if d.low == "the")
            && matches!(toks.get(i + 2), Some(Tok::Word(n)) if matches!(n.low, "center" | "centre" | "forefront" | "heart" | "core" | "mainstream"));
        // "companies move their operations to cloud platforms": things move, not people (but
        // "move their careers toward …" is a move).
        let things_move = stem_at.is_some_and(|k| {
            toks[from + k + 1..i]
                .iter()
                .any(|t| matches!(t, Tok::Word(w) if matches!(w.low, "their" | "its" | "it" | "our")))
        }) && !matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if matches!(p.low, "career" | "careers" | "way" | "ways" | "skills" | "focus" | "expertise" | "experience"));
        // "The role is evolving toward platform engineering": the job changes; nobody moves.
        // Nobody is moved either: "Security engineering has drawn analysts toward …" moves them.
        let job_moves = stem_at.is_some_and(|k| {
            job_is_subject(toks, from + k)
                && toks[from + k + 1..i].iter().all(|t| {
                    !matches!(t, Tok::Word(w) if names::is_role_noun(w.low)
                        || matches!(w.low, "people" | "them" | "those" | "staff" | "professionals" | "many" | "some" | "others"))
                })
        });
        // "a technician who … was promoted to lead": one person's story, in the past.
        let story = stem_at
            .is_some_and(|k| matches!(toks.get((from + k).wrapping_sub(1)), Some(Tok::Word(p)) if p.low == "was"));
        // "Those drawn to system design often become architects", "developers who gravitate
        // toward pipelines move into DevOps": who moves, described.
        let described = stem_at.is_some_and(|k| {
            let before = toks.get((from + k).wrapping_sub(1));
            matches!(&toks[from + k], Tok::Word(v) if matches!(v.low, "drawn" | "pulled" | "attracted" | "inclined"))
                && matches!(before, Some(Tok::Word(p)) if matches!(p.low, "those" | "people" | "anyone" | "ones") || names::is_role_noun(p.low))
                || matches!(&toks[from + k], Tok::Word(v) if v.low.starts_with("gravitat") || v.low.starts_with("lean"))
                    && matches!(before, Some(Tok::Word(p)) if matches!(p.low, "who" | "that"))
        });
        // "depending on whether you lean toward cloud platforms": a condition, not a move.
        let conditional = toks[i.saturating_sub(6)..i]
            .iter()
            .any(|t| matches!(t, Tok::Word(p) if matches!(p.low, "whether" | "depending")));
        // "toward managing the queue": the destination is an activity, not a role.
        let activity_next = matches!(toks.get(i + 1), Some(Tok::Word(n)) if {
            let n = n.low;
            n.ends_with("ing") && lexicon(n) & (MODIFIER | HEAD) == 0
        }) && runs_unit(toks, i + 1).is_none();
        // "rarely jump straight to X": a negated move is no move.
        // "An analyst who expects this role to lead into …" is a hope, not a move.
        let expected = toks[i.saturating_sub(6)..i]
            .iter()
            .any(|t| matches!(t, Tok::Word(p) if matches!(p.low, "expect" | "expects" | "expecting" | "expected")));
        let negated = negated_before(toks, i, 4) || expected || verb_negated;
        // "sets you up for network architecture".
        let set_up = l == "for"
            && matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if p.low == "up")
            && toks[i.saturating_sub(4)..i]
                .iter()
                .any(|t| matches!(t, Tok::Word(p) if matches!(p.low, "set" | "sets" | "setting")));
        if (moved || set_up)
            && !previous_backward
            && !activity_next
            && !negated
            && !place
            && !job_moves
            && !things_move
            && !story
            && !described
            && !conditional
        {
            out.push(i);
        }
    }
    out
}

/// Whether the lower-case `word` starts with a movement stem ("transitioning", "moves"); a stem
/// shorter than four letters must be nearly the whole word ("go", "goes", not "good").
fn has_move_stem(word: &str) -> bool {
    starts_with_stem(word, |s| s.len() >= 4 || word.len() <= s.len() + 1)
}

/// Whether `word` starts with a movement stem that `accept` takes. Stems are found through
/// their first letter.
fn starts_with_stem(word: &str, accept: impl Fn(&str) -> bool) -> bool {
    static BY_LETTER: OnceLock<[Vec<&'static str>; 26]> = OnceLock::new();
    let by_letter = BY_LETTER.get_or_init(|| {
        let mut table: [Vec<&'static str>; 26] = Default::default();
        for stem in MOVE_STEMS {
            if let Some(slot) = stem
                .bytes()
                .next()
                .and_then(|b| table.get_mut(usize::from(b.wrapping_sub(b'a'))))
            {
                slot.push(stem);
            }
        }
        table
    });
    let Some(stems) = word
        .bytes()
        .next()
        .and_then(|b| by_letter.get(usize::from(b.wrapping_sub(b'a'))))
    else {
        return false;
    };
    stems.iter().any(|s| word.starts_with(s) && accept(s))
}

/// Whether the word at `i` is a verb of taking people in ("absorbs", "attracts", "draws")
/// with people after it ("many auditors", "those who …").
fn takes_in_people(toks: &[Tok], i: usize) -> bool {
    let Some(Tok::Word(w)) = toks.get(i) else { return false };
    // "hire" is too common in shape for the cue table; it is read by text.
    if w.lex & TAKES_IN == 0 && !matches!(w.low.as_bytes(), b"hire" | b"hires") {
        return false;
    }
    // "SRE teams hire them", "platform engineering teams recruit from automation groups": a
    // unit that hires is a destination whoever it hires; "managers hire analysts" is not.
    if let Some(unit) = hiring_unit(toks, i) {
        return unit;
    }
    // "draws mostly on people with long backgrounds" relies on them; it takes no one in.
    let relies = toks
        .iter()
        .skip(i + 1)
        .take(2)
        .any(|t| matches!(t, Tok::Word(p) if matches!(p.low, "on" | "upon" | "from")));
    if relies {
        return false;
    }
    toks.iter()
        .skip(i + 1)
        .take(6)
        .take_while(|t| matches!(t, Tok::Word(_)))
        .any(|t| {
            matches!(t, Tok::Word(p) if matches!(p.low, "people" | "staff" | "those" | "anyone" | "professionals" | "candidates")
            || (p.low.ends_with('s') && lexicon(p.low) & HEAD != 0))
        })
}

/// For a verb of hiring at `i` ("hire", "recruits", "poach"): whether a unit noun ("teams",
/// "groups") stands before it, past adverbs. `None` for other verbs of taking people in.
fn hiring_unit(toks: &[Tok], i: usize) -> Option<bool> {
    let Some(Tok::Word(w)) = toks.get(i) else { return None };
    if !matches!(w.low, "hire" | "hires" | "recruit" | "recruits" | "poach" | "poaches") {
        return None;
    }
    let mut k = i;
    while k > 0 {
        k -= 1;
        match &toks[k] {
            Tok::Word(a) if a.low.ends_with("ly") || matches!(a.low, "also" | "often" | "now" | "still" | "too") => {}
            Tok::Word(u) => return Some(is_unit_noun(u.low)),
            _ => return Some(false),
        }
    }
    Some(false)
}

/// Whether the lower-case `word` names a unit of people ("teams", "departments").
fn is_unit_noun(word: &str) -> bool {
    matches!(
        word,
        "program"
            | "programme"
            | "programs"
            | "programmes"
            | "team"
            | "teams"
            | "group"
            | "groups"
            | "department"
            | "departments"
            | "practice"
            | "practices"
            | "function"
            | "functions"
            | "shop"
            | "shops"
            | "centers"
            | "centres"
            | "organizations"
            | "organisations"
    )
}

/// Whether the subject of the verb at `verb` is the job itself ("the role is evolving",
/// "demand has shifted"), looking back over auxiliaries and adverbs.
fn job_is_subject(toks: &[Tok], verb: usize) -> bool {
    let mut k = verb;
    while k > 0 && verb - k < 4 {
        k -= 1;
        let Tok::Word(w) = &toks[k] else { return false };
        match w.low {
            "is" | "are" | "has" | "have" | "been" | "was" | "also" | "now" | "steadily" | "slowly" | "gradually"
            | "increasingly" | "quickly" => {}
            l => {
                return matches!(
                    l,
                    "role"
                        | "job"
                        | "field"
                        | "discipline"
                        | "function"
                        | "market"
                        | "demand"
                        | "industry"
                        | "profession"
                        | "specialty"
                        | "specialism"
                        // "the scope grows from Active Directory to Entra ID".
                        | "scope"
                        | "remit"
                        | "focus"
                        // "whose employers moved to the cloud".
                        | "employer"
                        | "employers"
                        | "company"
                        | "companies"
                        | "organization"
                        | "organizations"
                        | "organisations"
                        | "firms"
                        | "businesses"
                ) || (names::is_field_word(l)
                    // "Platform engineering has moved …" opens its sentence; "people who
                    // learn network design move …" and "many in operations move …" do not.
                    && k <= 2
                    && toks[..k].iter().all(|t| matches!(t, Tok::Word(p) if lexicon(p.low) & STOP == 0 && !matches!(p.low, "in" | "of"))));
            }
        }
    }
    false
}

/// Whether the word is, or has a part that is, a hedge ("uncommon", "rarely"). Every hedge
/// starts with r, s or u: other plain words are turned away by their first letter.
fn is_hedge(w: &Word) -> bool {
    let plain = w.raw.bytes().all(|b| b.is_ascii_alphabetic());
    if plain && !matches!(w.low.as_bytes().first(), Some(b'r' | b's' | b'u')) {
        return false;
    }
    w.raw.split(|c: char| !c.is_alphabetic()).any(|p| {
        HEDGES
            .iter()
            .any(|h| h.len() == p.len() && h.as_bytes()[0] == p.as_bytes()[0] && *h == p)
    })
}

/// Whether the lower-case `word` is a word for a job ("positions", "roles", "openings").
fn is_job_noun(word: &str) -> bool {
    matches!(
        word,
        "role" | "roles" | "position" | "positions" | "job" | "jobs" | "title" | "titles" | "opening" | "openings"
    )
}

/// Whether a word for a job follows `i` within five words.
fn job_follows(toks: &[Tok], i: usize) -> bool {
    toks.iter()
        .skip(i + 1)
        .take(5)
        .take_while(|t| matches!(t, Tok::Word(_)))
        .any(|t| matches!(t, Tok::Word(w) if is_job_noun(w.low)))
}

/// Whether the lower-case `word` is a form of "take".
fn is_take(word: &str) -> bool {
    matches!(word, "take" | "takes" | "taking" | "took")
}

/// Whether a negation ("not", "rarely") stands within `words` words before position `i` in
/// the same clause. A short aside between commas does not count as words: "It is not, by
/// itself, a path to …".
fn negated_before(toks: &[Tok], i: usize, words: usize) -> bool {
    let mut k = i;
    let mut left = words;
    while k > 0 && left > 0 {
        k -= 1;
        match &toks[k] {
            Tok::Word(w) if NEGATIONS_SET.has(w.low) => return true,
            // "relatively few administrators end up as …"; not "a few".
            Tok::Word(w)
                if w.low == "few"
                    && !matches!(toks.get(k.wrapping_sub(1)), Some(Tok::Word(a)) if matches!(a.low, "a" | "quite" | "the" | "another" | "every" | "next" | "last" | "first")) =>
            {
                return true
            }
            Tok::Word(_) | Tok::Cert => left -= 1,
            Tok::Sep(',') => {
                // Skip back over an aside of up to seven words closed by this comma ("not,
                // despite what some ads suggest, a route into …").
                let from = k.saturating_sub(9);
                if let Some(at) = toks[from..k].iter().rposition(|t| *t == Tok::Sep(',')) {
                    k = from + at;
                }
            }
            Tok::Sep(_) => {}
            Tok::End => return false,
        }
    }
    false
}

fn w_is_capitalised(t: &Tok) -> bool {
    matches!(t, Tok::Word(w) if w.chars().next().is_some_and(char::is_uppercase))
}

/// Nouns that name a destination without a qualifier.
const SELF_TARGETS: &[&str] = &[
    "destination",
    "destinations",
    "promotion",
    "rung",
    "specialization",
    "specialisation",
    "specialty",
];

/// Whether the clause from `from` on says that people move on ("… hold next", "… aim at").
fn moves_on_later(toks: &[Tok], from: usize) -> bool {
    toks.iter()
        .skip(from)
        .take(10)
        .take_while(|t| matches!(t, Tok::Word(_)))
        .any(|t| {
            matches!(t, Tok::Word(w) if matches!(
                w.low,
                "next"
                    | "aim"
                    | "aiming"
                    | "aimed"
                    | "target"
                    | "targeting"
                    | "pursue"
                    | "pursuing"
                    | "heading"
                    | "moving"
                    // "… are the moves people make most often", "… the moves seen most often"
                    | "often"
                    | "frequently"
                    | "commonly"
                    | "make"
                    | "take"
                    | "choose"
                    | "pick"
            ))
        })
}

/// Adverbial "next" with a copula before it: "Principal architect is where the track goes
/// next". Returns (position of "next", position of the copula).
fn adverbial_next(toks: &[Tok]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    // "Cloud engineering is where many of them are heading": "is where" and a word of going.
    for (i, t) in toks.iter().enumerate() {
        let (Tok::Word(w), Some(Tok::Word(c))) = (t, toks.get(i.wrapping_sub(1))) else {
            continue;
        };
        if w.lex & ADVERB != 0 && w.eq_ignore_ascii_case("where") && matches!(c.low, "is" | "are") {
            let going = toks.iter().skip(i + 1).take(12).take_while(|t| matches!(t, Tok::Word(_))).any(|t| {
                matches!(t, Tok::Word(x) if matches!(x.low, "heading" | "headed" | "go" | "goes" | "going" | "move" | "moving" | "land" | "lands" | "next" | "end" | "ends"))
            });
            if going {
                out.push((i, i - 1));
            }
        }
    }
    for (i, t) in toks.iter().enumerate() {
        let Tok::Word(w) = t else { continue };
        if w.lex & ADVERB == 0 || !w.eq_ignore_ascii_case("next") {
            continue;
        }
        // Only "next" that ends its clause ("… goes next.", "… hold next, usually …"); "next
        // step" and "the next call" are nouns.
        let ends_clause = match toks.get(i + 1) {
            None | Some(Tok::Sep(_) | Tok::End) => true,
            Some(Tok::Word(n)) => matches!(
                n.low,
                "once" | "after" | "when" | "within" | "usually" | "often" | "typically"
            ),
            Some(Tok::Cert) => false,
        };
        if !ends_clause {
            continue;
        }
        let mut k = i;
        while k > 0 && i - k < 12 {
            k -= 1;
            match &toks[k] {
                Tok::Word(p) if matches!(p.low, "is" | "are") => {
                    out.push((i, k));
                    break;
                }
                Tok::Word(_) => {}
                _ => break,
            }
        }
    }
    out
}

/// Destination nouns qualified as such ("next step", "most common paths", "realistic targets"),
/// each with the position of a copula right before it when the phrase reads
/// "<roles> are (all) the most common next roles".
fn target_noun_positions(toks: &[Tok]) -> Vec<(usize, Option<usize>)> {
    let mut out: Vec<(usize, Option<usize>)> = adverbial_next(toks).into_iter().map(|(i, c)| (i, Some(c))).collect();
    for (i, t) in toks.iter().enumerate() {
        let Tok::Word(w) = t else { continue };
        if w.lex & TARGET_NOUN == 0 {
            continue;
        }
        let l = w.low;
        // "within reach": the roles before the copula are destinations.
        let within_reach =
            l == "reach" && matches!(toks.get(i.wrapping_sub(1)), Some(Tok::Word(p)) if p.low == "within");
        if within_reach {
            let copula = i
                .checked_sub(2)
                .filter(|&c| matches!(&toks[c], Tok::Word(p) if matches!(p.low, "are" | "is")));
            if copula.is_some() && !negated_before(toks, i, 4) {
                out.push((i, copula));
            }
            continue;
        }
        // "this is not a common path to …" names no destination.
        if !TARGET_NOUNS_SET.has(l) || negated_before(toks, i, 4) {
            continue;
        }
        // Look back over adjectives for a qualifier.
        let mut k = i;
        let mut qualified = false;
        let mut less = false;
        let mut copula = None;
        while k > 0 {
            k -= 1;
            let Tok::Word(p) = &toks[k] else { break };
            let p = p.low;
            // "a less natural fit" denies the move.
            if matches!(p, "less" | "least") {
                qualified = false;
                less = true;
                break;
            }
            // "another exit", "the main options" (not "the main role", which may be a duty).
            if TARGET_QUALIFIERS_SET.has(p) || (matches!(p, "another" | "main" | "other") && !names::is_role_suffix(l))
            {
                qualified = true;
                continue;
            }
            if matches!(
                p,
                "the"
                    | "most"
                    | "all"
                    | "a"
                    | "an"
                    | "very"
                    | "two"
                    | "three"
                    | "several"
                    | "main"
                    | "career"
                    | "first"
                    | "real"
                    | "clear"
                    | "direct"
                    | "strong"
                    | "obvious"
                    | "good"
            ) {
                continue;
            }
            if matches!(
                p,
                "are" | "is" | "remain" | "remains" | "make" | "makes" | "represent" | "represents"
            ) {
                copula = Some(k);
                break;
            }
            // Other describing words ("the other senior technical destination", "the usual
            // management step") may stand between the copula and the noun, but not a role
            // noun or many words.
            if i - k > 6 || names::is_role_noun(p) {
                break;
            }
        }
        if less {
            continue;
        }
        // Some nouns name a destination by themselves ("the other senior destination", "the
        // in-house promotion is …").
        if SELF_TARGETS.contains(&l) {
            qualified = true;
        }
        // "X and Y are the titles analysts hold next", "… are the roles most engineers aim at":
        // an unqualified noun after a copula, followed in its clause by a word of moving on.
        if !qualified && copula.is_some() && moves_on_later(toks, i + 1) {
            qualified = true;
        }
        // "seniority leads in two directions: …", "the work splits three ways: …".
        let counted_list = matches!(toks.get(i + 1), Some(Tok::Sep(':')))
            && toks[i.saturating_sub(2)..i].iter().any(|t| {
                matches!(t, Tok::Word(p) if matches!(p.low, "two" | "three" | "four" | "several" | "different" | "multiple"))
            });
        if counted_list {
            qualified = true;
        }
        // "two other directions are common: …": the qualifier may follow the noun.
        if !qualified {
            let copula_next = matches!(toks.get(i + 1), Some(Tok::Word(c)) if matches!(c.low, "are" | "is"));
            let qual_next = matches!(toks.get(i + 2), Some(Tok::Word(q)) if TARGET_QUALIFIERS_SET.has(q.low));
            if copula_next && qual_next {
                out.push((i + 2, None));
            }
            continue;
        }
        if l != "level" {
            out.push((i, copula));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each sentence, read on a page about "X", gives exactly these roles.
    fn assert_cases(cases: &[(&str, &[&str])]) {
        for (text, want) in cases {
            assert_eq!(roles(text, "X"), *want, "{text}");
        }
    }

    fn roles(text: &str, own: &str) -> Vec<String> {
        let cat = CertCatalogue::embedded();
        let mut extractor = Extractor::new(own, &cat, &[]);
        extractor.paragraph(text, 1);
        extractor.finish().into_iter().map(|s| s.role).collect()
    }

    #[test]
    fn masking_a_certification_after_a_non_breaking_space_keeps_the_text_whole() {
        // The certification scanner folds a non-breaking space (two bytes) to a space (one);
        // its spans once pointed inside characters of the original text.
        let cat = CertCatalogue::embedded();
        let masked = mask(
            "Earn the\u{a0}\u{a0}CompTIA\u{a0}A+ é, then move into systems administration.",
            &cat,
            &[],
        );
        assert!(masked.contains("\u{1}CERT"), "{masked:?}");
        assert!(masked.ends_with("then move into systems administration."), "{masked:?}");
        assert!(!masked.contains("A+"), "{masked:?}");
        let text = "Holders of the\u{a0}CompTIA\u{a0}Network+ often move into network administration.";
        assert_eq!(roles(text, "X"), vec!["Network Administrator"]);
    }

    #[test]
    fn field_names_after_a_movement_verb() {
        assert_eq!(
            roles("After a few years, many technicians shift laterally into network administration, cloud engineering, or IT security analyst positions.", "Desktop Support Technician"),
            vec!["Network Administrator", "Cloud Engineer", "IT Security Analyst"]
        );
    }

    #[test]
    fn subjects_of_a_next_roles_sentence() {
        assert_eq!(
            roles(
                "Database administrator, data engineer and BI developer are the usual next roles.",
                "SQL Analyst"
            ),
            vec!["Database Administrator", "Data Engineer", "BI Developer"]
        );
    }

    #[test]
    fn next_step_is_followed_by_the_roles() {
        assert_eq!(
            roles(
                "The natural next step is NOC Manager or Network Engineer, with a bigger remit.",
                "X"
            ),
            vec!["NOC Manager", "Network Engineer"]
        );
    }

    #[test]
    fn origins_colleagues_and_contrasts_are_not_moves() {
        assert!(roles(
            "Many started on the help desk before taking this job.",
            "Systems Administrator"
        )
        .is_empty());
        assert!(roles(
            "They work alongside network engineers and report to the IT manager.",
            "Systems Administrator"
        )
        .is_empty());
        assert!(roles(
            "Unlike a network engineer, a sysadmin owns servers.",
            "Systems Administrator"
        )
        .is_empty());
        assert_eq!(
            roles(
                "Many started as help desk technicians and later moved into network engineering.",
                "Network Administrator"
            ),
            vec!["Network Engineer"]
        );
    }

    #[test]
    fn vague_fields_are_not_roles() {
        assert!(roles("The best ones move into management or engineering roles.", "X").is_empty());
        assert!(roles("Skills transfer into networking, security, and IT roles.", "X").is_empty());
        // A field with a job noun is specific enough: "cloud roles" are Cloud Engineer jobs.
        assert_eq!(
            roles("Skills transfer into networking, security, and cloud roles.", "X"),
            vec!["Cloud Engineer"]
        );
    }

    #[test]
    fn shared_qualifier_in_a_coordination() {
        assert_eq!(
            roles(
                "The typical paths are: network administrator or engineer, or QA team lead and later IT director.",
                "X"
            ),
            vec![
                "Network Administrator",
                "Network Engineer",
                "QA Team Lead",
                "IT Director"
            ]
        );
    }

    #[test]
    fn certification_names_are_not_roles() {
        assert!(roles(
            "Leads who move toward the Microsoft Certified: Enterprise Administrator Expert credential stand out.",
            "X"
        )
        .is_empty());
    }

    #[test]
    fn own_role_is_not_a_next_step() {
        assert!(roles(
            "Lead Specialists who advance to the Lead II level do well.",
            "Lead IT Support Specialist II"
        )
        .is_empty());
    }

    #[test]
    fn tier_and_become_and_progress() {
        assert_eq!(
            roles("Many go on to become database administrators.", "X"),
            vec!["Database Administrator"]
        );
        assert_eq!(
            roles(
                "People in this seat often progress to site reliability engineering.",
                "X"
            ),
            vec!["Site Reliability Engineer"]
        );
        assert_eq!(
            roles("A few step up to a Tier 2 desk or a junior developer post.", "X"),
            vec!["Tier 2 Support Specialist", "Junior Developer"]
        );
        assert_eq!(
            roles("Common exits include QA lead and release manager.", "X"),
            vec!["QA Lead", "Release Manager"]
        );
        assert_eq!(
            roles("Cloud security engineer is the logical next rung.", "X"),
            vec!["Cloud Security Engineer"]
        );
        assert_eq!(
            roles("Common exits include release train engineer and agile coach.", "X"),
            vec!["Release Train Engineer", "Agile Coach"]
        );
        assert_eq!(roles("Two other directions are common: critical facilities engineering, for those who like power, and network engineering.", "X"), vec!["Critical Facilities Engineer", "Network Engineer"]);
        assert_eq!(
            roles(
                "For technicians who pick up depth, Network Engineer is the logical next rung.",
                "X"
            ),
            vec!["Network Engineer"]
        );
        assert_eq!(
            roles("Some cross over into business analysis or product ownership.", "X"),
            vec!["Business Analyst", "Product Owner"]
        );
    }

    #[test]
    fn destinations_named_before_the_verb() {
        assert_eq!(
            roles(
                "Storage engineer and backup architect are the titles admins most often hold next.",
                "X"
            ),
            vec!["Storage Engineer", "Backup Architect"]
        );
        assert_eq!(
            roles(
                "Principal data engineer is where the individual track usually goes next.",
                "X"
            ),
            vec!["Principal Data Engineer"]
        );
        assert_eq!(
            roles("Data architect is the other senior technical destination.", "X"),
            vec!["Data Architect"]
        );
        assert_eq!(
            roles(
                "Payroll lead, HR systems analyst and HRIS manager are the roles most clerks aim at.",
                "X"
            ),
            vec!["Payroll Lead", "HR Systems Analyst", "HRIS Manager"]
        );
    }

    #[test]
    fn clauses_that_end_a_move() {
        assert_eq!(
            roles(
                "Others step out of testing into operations, taking release manager roles.",
                "X"
            ),
            vec!["Release Manager"]
        );
        assert_eq!(
            roles(
                "Some move into QA lead jobs when they prefer test design to coding.",
                "X"
            ),
            vec!["QA Lead"]
        );
        assert!(roles(
            "The usual route passes through desktop support, network administration, or NOC work.",
            "X"
        )
        .is_empty());
        assert!(roles("The analyst goes deeper into the technical design than a tester.", "X").is_empty());
        assert!(roles("The lead is the next call when a technician is stuck.", "X").is_empty());
    }

    #[test]
    fn joining_landing_and_hedges() {
        assert_eq!(
            roles(
                "Many join a consultancy as ServiceNow consultants after three years.",
                "X"
            ),
            vec!["ServiceNow Consultant"]
        );
        assert_eq!(
            roles("Others land in platform architect roles.", "X"),
            vec!["Platform Architect"]
        );
        assert_eq!(
            roles("Data engineering is where many of them are heading.", "X"),
            vec!["Data Engineer"]
        );
        assert_eq!(
            roles("A few shift into developer relations or content strategy.", "X"),
            vec!["Developer Advocate", "Content Strategist"]
        );
        assert!(roles(
            "A move into web development is sometimes suggested, but it is uncommon.",
            "X"
        )
        .is_empty());
        assert!(roles("Those leaning toward consulting add a consultant certification.", "X").is_empty());
    }

    #[test]
    fn the_own_role_under_other_names_is_no_move() {
        // Initials, last words, a bare tier and a junior rank of the page's own role.
        assert!(roles(
            "Veteran SREs often stay SREs; many move to SRE teams elsewhere.",
            "Site Reliability Engineer"
        )
        .is_empty());
        assert!(roles(
            "In small shops the desk manager is promoted to nothing else.",
            "Service Desk Manager"
        )
        .is_empty());
        assert!(roles(
            "Some first move down to a junior systems administrator job.",
            "Storage Systems Administrator"
        )
        .is_empty());
        assert_eq!(
            roles("Most analysts are promoted to Tier 2 within a year.", "Fraud Analyst"),
            vec!["Tier 2 Fraud Analyst"]
        );
        assert_eq!(
            roles(
                "Most technicians are promoted to Tier 2 within a year.",
                "Help Desk Technician"
            ),
            vec!["Tier 2 Support Specialist"]
        );
        assert_eq!(
            roles("Many move into systems administration.", "Junior Systems Administrator"),
            vec!["Systems Administrator"]
        );
    }

    #[test]
    fn ways_in_are_not_ways_out() {
        // Answers to a question about getting into the role name where people start.
        let cat = CertCatalogue::embedded();
        let mut extractor = Extractor::new("Storage Administrator", &cat, &[]);
        extractor.question("How do I become a storage administrator?");
        extractor.paragraph("The usual route is to spend two years as a systems administrator.", 3);
        extractor.end_list();
        extractor.question("Can a storage administrator become an architect?");
        extractor.paragraph("Yes: many move into storage architecture.", 5);
        let got: Vec<_> = extractor.finish().into_iter().map(|s| s.role).collect();
        assert_eq!(got, vec!["Storage Architect"]);
        // After a sentence about backgrounds, a "common path" is a way in.
        assert!(roles(
            "Backgrounds vary. A common path is help desk, followed by a junior admin job.",
            "Storage Administrator"
        )
        .is_empty());
        assert_eq!(
            roles(
                "Backgrounds vary. The usual next step is storage architecture.",
                "Storage Administrator"
            ),
            vec!["Storage Architect"]
        );
        assert!(roles("Some joined vendors straight out of college as trainee engineers.", "X").is_empty());
    }

    #[test]
    fn things_and_jobs_that_move_are_not_people_moving() {
        assert!(roles(
            "Companies move their call centers to cloud platforms and add virtual agents.",
            "X"
        )
        .is_empty());
        assert!(roles("The role is evolving toward platform engineering.", "X").is_empty());
        assert!(roles("Identity has moved to the center of security strategy.", "X").is_empty());
        assert!(roles("Offensive security is a less natural fit for analysts.", "X").is_empty());
        assert!(roles(
            "Moving into data science generally requires deliberate retraining.",
            "X"
        )
        .is_empty());
        assert!(roles(
            "Those who want to code usually need a separate route into software engineering.",
            "X"
        )
        .is_empty());
        // People who move their careers still move.
        assert_eq!(
            roles("Many move their careers toward cloud engineering.", "X"),
            vec!["Cloud Engineer"]
        );
    }

    /// Reads `lines` as the paragraphs of one section, in order.
    fn roles_in_lines(lines: &[&str], own: &str) -> Vec<String> {
        let cat = CertCatalogue::embedded();
        let mut extractor = Extractor::new(own, &cat, &[]);
        for (k, line) in lines.iter().enumerate() {
            extractor.paragraph(line, k + 1);
        }
        extractor.finish().into_iter().map(|s| s.role).collect()
    }

    #[test]
    fn list_headers_that_name_no_destinations_open_no_list() {
        let got = roles_in_lines(
            &[
                "Where the role usually sits:",
                "Storage teams of five to ten.",
                "Who you work with:",
                "Network engineers — for switch changes",
                "Common backgrounds before the role:",
                "Systems administrator — the most common",
                "Not a common route:",
                "Software development — different skills",
                "Career path — typical sequence:",
                "Storage administrator (this role), 2–4 years",
                "Then one of: backup engineer (tooling), storage architect (design), or SAN engineer",
                "Longer term: infrastructure architect, or storage operations manager for those who lead",
                "Reporting line: an infrastructure manager",
            ],
            "Storage Administrator",
        );
        assert_eq!(
            got,
            vec![
                "Backup Engineer",
                "Storage Architect",
                "SAN Engineer",
                "Infrastructure Architect",
                "Storage Operations Manager"
            ]
        );
        // A plain header keeps open the list a question about the ladder opened.
        let cat = CertCatalogue::embedded();
        let mut extractor = Extractor::new("Storage Administrator", &cat, &[]);
        extractor.question("What does the career ladder look like?");
        extractor.paragraph("Here's the short version:", 2);
        extractor.paragraph("Storage architect, after a few years of design work.", 3);
        let got: Vec<_> = extractor.finish().into_iter().map(|s| s.role).collect();
        assert_eq!(got, vec!["Storage Architect"]);
    }

    #[test]
    fn advice_against_a_move_and_predicates_after_one_are_not_moves() {
        assert!(roles(
            "We would not suggest treating this role as a stepping stone to cloud engineering.",
            "X"
        )
        .is_empty());
        assert!(roles(
            "Those who aspire to become DevOps engineers would need to rebuild their skills.",
            "X"
        )
        .is_empty());
        assert_eq!(
            roles(
                "The steps upward are clear: analysts moving into security engineering typically see raises, and program leads often reach the top quartile.",
                "X"
            ),
            vec!["Security Engineer"]
        );
        assert!(roles("Movement toward senior management positions is possible.", "X").is_empty());
        assert_eq!(
            roles(
                "Some progress to an equivalent head of service management appointment.",
                "X"
            ),
            vec!["Head of Service Management"]
        );
        assert!(roles(
            "Questions that used to land in Tier 1 now go to a bot.",
            "Technical Support Engineer"
        )
        .is_empty());
        assert_eq!(
            roles(
                "The obvious ladder is technical: senior storage engineer, then staff storage engineer.",
                "X"
            ),
            vec!["Senior Storage Engineer", "Staff Storage Engineer"]
        );
        assert_eq!(
            roles(
                "From there, staff engineer, or engineering manager if you'd rather lead people.",
                "X"
            ),
            vec!["Staff Engineer", "Engineering Manager"]
        );
        assert!(roles("From here, most people climb within desktop support.", "X").is_empty());
    }

    #[test]
    fn roles_held_by_former_people_of_this_role_are_destinations() {
        assert_eq!(
            roles(
                "Storage managers are very often former storage administrators, since the job needs depth.",
                "Storage Administrator"
            ),
            vec!["Storage Manager"]
        );
        // Former people of another role are an origin.
        assert!(roles(
            "Many storage administrators are former help desk technicians.",
            "Storage Administrator"
        )
        .is_empty());
    }

    #[test]
    fn teams_joined_named_and_steered_toward() {
        assert_eq!(
            roles("Some are recruited onto storage security engineering teams.", "X"),
            vec!["Storage Security Engineer"]
        );
        assert_eq!(
            roles(
                "Scripters are sought after as site reliability engineers or, at larger firms, in dedicated database reliability engineering teams.",
                "X"
            ),
            vec!["Site Reliability Engineer", "Database Reliability Engineer"]
        );
        assert!(roles("She works in the network engineering team.", "X").is_empty());
        assert_eq!(
            roles("Senior analysts are also named product owner for billing systems.", "X"),
            vec!["Product Owner"]
        );
        assert_eq!(
            roles("Generalists tend to be steered toward solution architecture.", "X"),
            vec!["Solution Architect"]
        );
        assert_eq!(
            roles(
                "Trainers freelance as e-learning developers or move into DevOps work.",
                "X"
            ),
            vec!["E-Learning Developer", "DevOps Engineer"]
        );
        assert_eq!(
            roles(
                "Some move into asset management, and contract-minded specialists become vendor managers.",
                "X"
            ),
            vec!["Asset Manager", "Vendor Manager"]
        );
    }

    #[test]
    fn stories_descriptions_and_backgrounds_are_not_moves() {
        assert!(roles(
            "The usual story is a technician who became the go-to person, was promoted to desk lead, and then inherited the team.",
            "Support Manager"
        )
        .is_empty());
        assert!(roles("Many were the storage admin who got pulled onto the SAN project.", "X").is_empty());
        assert!(roles(
            "Common backgrounds include administrators whose employers moved to the cloud, support engineers at vendors, and computer science graduates.",
            "X"
        )
        .is_empty());
        assert_eq!(
            roles("Those drawn to system design often become software architects.", "X"),
            vec!["Software Architect"]
        );
        assert_eq!(
            roles(
                "The next step is network engineering: engineers design the network rather than run it.",
                "X"
            ),
            vec!["Network Engineer"]
        );
        assert!(roles(
            "Some consider a storage analyst job, but most find it a step sideways rather than forward.",
            "X"
        )
        .is_empty());
    }

    #[test]
    fn more_ways_of_naming_a_move() {
        assert_eq!(
            roles(
                "Most developers are promoted to senior full stack developer first.",
                "X"
            ),
            vec!["Senior Full Stack Developer"]
        );
        assert_eq!(
            roles(
                "The common next steps are problem manager or major incident manager.",
                "X"
            ),
            vec!["Problem Manager", "Major Incident Manager"]
        );
        assert_eq!(
            roles(
                "Many move into systems administration, taking on direct ownership of servers.",
                "X"
            ),
            vec!["Systems Administrator"]
        );
        assert_eq!(
            roles(
                "Some narrow to a front-end engineering role; others broaden into platform roles.",
                "X"
            ),
            vec!["Front-End Engineer"]
        );
        assert_eq!(
            roles("Many take on Teams to become a full Microsoft 365 administrator.", "X"),
            vec!["Microsoft 365 Administrator"]
        );
        assert_eq!(
            roles(
                "Those who enjoy radio work can build a career in wireless engineering.",
                "X"
            ),
            vec!["Wireless Engineer"]
        );
        assert_eq!(
            roles(
                "Large firms hire support managers into director of service management roles.",
                "X"
            ),
            vec!["Director of Service Management"]
        );
        assert_eq!(
            roles(
                "For those drawn to budgets, infrastructure manager is the usual management step.",
                "X"
            ),
            vec!["Infrastructure Manager"]
        );
    }

    #[test]
    fn a_yes_to_a_question_about_a_move_takes_it() {
        let cat = CertCatalogue::embedded();
        let mut extractor = Extractor::new("Storage Administrator", &cat, &[]);
        extractor.question("Can a storage administrator become a storage architect?");
        extractor.paragraph("Yes, and it is a common path at larger firms.", 2);
        extractor.end_list();
        extractor.question("Can a storage administrator become a CIO?");
        extractor.paragraph("Rarely, and only after many other roles.", 4);
        let got: Vec<_> = extractor.finish().into_iter().map(|s| s.role).collect();
        assert_eq!(got, vec!["Storage Architect"]);
    }

    #[test]
    fn careers_so_far_warnings_and_duties_are_not_moves() {
        assert!(roles(
            "Most architects progressed from network administrator to network engineer to senior network engineer before taking on design.",
            "Network Architect"
        )
        .is_empty());
        assert_eq!(
            roles(
                "Many move from storage administrator to storage architect.",
                "Storage Administrator"
            ),
            vec!["Storage Architect"]
        );
        assert!(roles("The risk is becoming a single-tool specialist.", "X").is_empty());
        assert!(roles(
            "Moving back into a hands-on engineer position usually means rebuilding skills that have faded.",
            "X"
        )
        .is_empty());
        assert_eq!(
            roles(
                "The usual promotion is to senior storage engineer, taking on platform ownership.",
                "X"
            ),
            vec!["Senior Storage Engineer"]
        );
        assert_eq!(
            roles(
                "Many step into the first line, taking IT risk manager or IT compliance manager roles.",
                "X"
            ),
            vec!["IT Risk Manager", "IT Compliance Manager"]
        );
        assert_eq!(
            roles("About 20% became detection engineering leads or managers.", "X"),
            vec!["Detection Engineering Lead", "Detection Engineering Manager"]
        );
        assert_eq!(
            roles(
                "Others move into shift lead and later operations manager positions.",
                "X"
            ),
            vec!["Shift Lead", "Operations Manager"]
        );
        assert_eq!(
            roles("Another direction is a vendor-side solutions architect role.", "X"),
            vec!["Solutions Architect"]
        );
    }

    #[test]
    fn units_to_manage_steps_between_and_few() {
        assert_eq!(
            roles(
                "Some go on to manage storage teams; others take on infrastructure management.",
                "X"
            ),
            vec!["Storage Manager", "Infrastructure Manager"]
        );
        assert!(roles("Some take on budget reviews and manage the queue.", "X").is_empty());
        assert_eq!(
            roles(
                "That intermediate step is typically director of storage engineering.",
                "X"
            ),
            vec!["Director of Storage Engineering"]
        );
        assert_eq!(
            roles(
                "Some shift toward applied scientist roles or work as expert witnesses.",
                "X"
            ),
            vec!["Applied Scientist", "Expert Witness"]
        );
        assert_eq!(
            roles("Common directions include management of ML engineering teams.", "X"),
            vec!["ML Engineering Manager"]
        );
        assert!(roles("Relatively few administrators end up as network engineers.", "X").is_empty());
        assert_eq!(
            roles("A few administrators end up as network engineers.", "X"),
            vec!["Network Engineer"]
        );
        assert!(roles("The whole support group rolls up to a VP of Customer Experience.", "X").is_empty());
        assert_eq!(
            roles("Common moves include Azure-focused cloud engineer roles.", "X"),
            vec!["Cloud Engineer"]
        );
    }

    #[test]
    fn experience_interests_conditions_and_ranks_of_the_last_destination() {
        assert!(roles(
            "A typical path is two years as a service desk analyst or help desk technician.",
            "Desk Lead"
        )
        .is_empty());
        assert_eq!(
            roles(
                "Most aim for IT director, either directly or after a few years as an IT operations manager.",
                "X"
            ),
            vec!["IT Director", "IT Operations Manager"]
        );
        assert_eq!(
            roles(
                "Developers who gravitate toward deployment automation move into DevOps engineering.",
                "X"
            ),
            vec!["DevOps Engineer"]
        );
        assert!(roles(
            "Red team work is common, depending on whether you lean toward offensive testing.",
            "X"
        )
        .is_empty());
        assert!(roles(
            "It is less common for developers to move into network engineering.",
            "X"
        )
        .is_empty());
        assert_eq!(
            roles(
                "Most move into identity engineering, where the scope grows from directories to lifecycle automation.",
                "X"
            ),
            vec!["Identity Engineer"]
        );
        assert_eq!(
            roles(
                "The most common move is to network engineer, and from there to senior engineer and network architect.",
                "Network Implementation Engineer"
            ),
            vec!["Network Engineer", "Senior Network Engineer", "Network Architect"]
        );
        assert_eq!(
            roles("Senior directory specialists can become identity architects.", "X"),
            vec!["Identity Architect"]
        );
        assert_eq!(
            roles("Some become managers of mainframe infrastructure groups.", "X"),
            vec!["Mainframe Infrastructure Manager"]
        );
        assert_eq!(
            roles(
                "Some continue further into data engineering; demand continues to climb.",
                "X"
            ),
            vec!["Data Engineer"]
        );
        assert!(
            roles("Many BI developers move to Tier 2.", "Business Intelligence Developer")
                .iter()
                .all(|r| r != "BI Developer")
        );
    }

    #[test]
    fn items_with_several_sentences_and_the_last_cautions() {
        let got = roles_in_lines(
            &[
                "Where storage admins go next:",
                "Up: senior storage administrator, typically after three years. This is the most common move.",
                "Then: storage architect, still hands-on.",
            ],
            "Storage Administrator",
        );
        assert_eq!(got, vec!["Senior Storage Administrator", "Storage Architect"]);
        let cat = CertCatalogue::embedded();
        let mut extractor = Extractor::new("Storage Administrator", &cat, &[]);
        extractor.question("What's the next step after storage administrator?");
        extractor.paragraph(
            "Senior storage administrator, then storage architect. After that, choose: SAN engineer or backup manager.",
            2,
        );
        let got: Vec<_> = extractor.finish().into_iter().map(|s| s.role).collect();
        assert_eq!(
            got,
            vec![
                "Senior Storage Administrator",
                "Storage Architect",
                "SAN Engineer",
                "Backup Manager"
            ]
        );
        assert!(roles("Few storage admins make the switch to mobile developer roles.", "X").is_empty());
        assert_eq!(
            roles("With another few years, many become storage architects.", "X"),
            vec!["Storage Architect"]
        );
        assert!(roles("Jumping straight into architecture roles almost never happens.", "X").is_empty());
        assert!(roles(
            "The most common feeder roles are data engineer and DBA.",
            "Data Architect"
        )
        .is_empty());
        assert!(roles(
            "Most started on a help desk, moved into desktop engineering, and specialized.",
            "X"
        )
        .is_empty());
        assert!(roles(
            "Those who want offensive security roles need dedicated training first.",
            "X"
        )
        .is_empty());
        assert!(roles("There the job becomes mostly about organizational design.", "X").is_empty());
        assert!(roles("Many promote their strongest engineer to storage manager.", "X")
            .iter()
            .all(|r| r != "Strongest Engineer"));
        assert!(roles(
            "Architects keep broadening from data to applications and technology strategy.",
            "X"
        )
        .is_empty());
    }

    #[test]
    fn an_aside_about_a_background_is_no_sentence_about_origins() {
        assert_eq!(
            roles(
                "The common paths are: storage administrator, storage analyst (backup background plus a certification).",
                "X"
            ),
            vec!["Storage Administrator", "Storage Analyst"]
        );
        assert_eq!(
            roles(
                "Those who enjoy how work flows through the organization become capacity planners.",
                "X"
            ),
            vec!["Capacity Planner"]
        );
    }

    #[test]
    fn titles_with_in_and_of_and_acronyms() {
        assert_eq!(
            roles("The next step is a Software Engineer in Test position.", "X"),
            vec!["Software Engineer in Test"]
        );
        assert_eq!(
            roles("Many become build engineers or SDETs.", "X"),
            vec!["Build Engineer", "SDET"]
        );
        assert_eq!(
            roles("Some become chiefs of staff, and a few reach the CIO chair.", "X"),
            vec!["Chief of Staff", "CIO"]
        );
        assert_eq!(
            roles(
                "Some take chief of staff positions; others leave for management consulting.",
                "X"
            ),
            vec!["Chief of Staff", "Management Consultant"]
        );
    }

    #[test]
    fn duties_places_and_asides_after_a_destination_are_not_more() {
        assert_eq!(
            roles(
                "Moving up to test lead — owning test strategy and a small team — is a common promotion.",
                "X"
            ),
            vec!["Test Lead"]
        );
        assert_eq!(
            roles(
                "Some step up to lead the project management office as PMO director.",
                "X"
            ),
            vec!["PMO Director"]
        );
        assert_eq!(
            roles(
                "People move into IT director positions, taking on line management of a function.",
                "X"
            ),
            vec!["IT Director"]
        );
        assert_eq!(
            roles(
                "Some take contract manager roles in legal operations, or a vendor manager post.",
                "X"
            ),
            vec!["Contract Manager", "Vendor Manager"]
        );
        assert!(roles("Most programs hand over to IT operations at go-live.", "X").is_empty());
        assert!(roles("The radio engineer specializes in RF design.", "X").is_empty());
        assert!(roles("Those with specializations in security operations earn more.", "X").is_empty());
    }

    #[test]
    fn days_jumps_cautions_and_changing_fields_are_not_moves() {
        assert!(roles(
            "One day it is a printer; the next it means rebuilding a password manager.",
            "X"
        )
        .is_empty());
        assert!(roles("It is not usually a direct jump into a storage analyst position.", "X").is_empty());
        assert!(roles(
            "Be cautious about assuming it leads naturally to project management.",
            "X"
        )
        .is_empty());
        assert!(roles(
            "Platform engineering has moved from a buzzword to a standard organizational design.",
            "X"
        )
        .is_empty());
        assert_eq!(
            roles("Many in operations move to site reliability engineering.", "X"),
            vec!["Site Reliability Engineer"]
        );
        assert_eq!(
            roles(
                "People who learn network design move into cloud network engineer roles.",
                "X"
            ),
            vec!["Cloud Network Engineer"]
        );
        assert_eq!(
            roles(
                "The usual progression is to escalation engineer or another Tier 3 position.",
                "Technical Support Engineer"
            ),
            vec!["Escalation Engineer", "Tier 3 Support Engineer"]
        );
        assert!(roles(
            "Most come from operations backgrounds. A common route is years as a Linux administrator, followed by a period as a cloud engineer where automation became the job.",
            "Platform Engineer"
        )
        .is_empty());
    }

    #[test]
    fn dotted_names_and_a_role_s_work() {
        assert_eq!(
            roles("Some cross over to full-stack .NET development.", "X"),
            vec!["Full-Stack .NET Developer"]
        );
        assert_eq!(
            roles("Others move toward integration consultant work.", "X"),
            vec!["Integration Consultant"]
        );
        assert!(roles("Others move toward design work.", "X").is_empty());
        assert!(roles(". .", "X").is_empty());
    }

    #[test]
    fn who_moves_is_not_where_to() {
        assert_eq!(
            roles(
                "Leading the data office is a common next move for analysts who like standards, rules, and coaching junior developers.",
                "X"
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            roles(
                "Storage architecture is a natural move for SREs who like hardware.",
                "X"
            ),
            vec!["Storage Architect"]
        );
        assert_eq!(
            roles(
                "The natural next step for a NOC technician is network administrator.",
                "X"
            ),
            vec!["Network Administrator"]
        );
        assert_eq!(
            roles(
                "Others are promoted into operations manager positions that oversee the service desk.",
                "X"
            ),
            vec!["Operations Manager"]
        );
        assert_eq!(
            roles(
                "Some move into change management, and in small firms the desk lead runs it.",
                "X"
            ),
            vec!["Change Manager"]
        );
        assert_eq!(
            roles(
                "Some step into governance, risk, and compliance (GRC) analyst positions.",
                "X"
            ),
            vec!["GRC Analyst"]
        );
        assert_eq!(
            roles("Others join SRE teams or join the platform engineering group.", "X"),
            vec!["SRE", "Platform Engineer"]
        );
        assert_eq!(
            roles(
                "Later they move into automation center of excellence manager positions.",
                "X"
            ),
            vec!["Automation Center of Excellence Manager"]
        );
    }

    #[test]
    fn hiring_units_named_ranks_and_the_top_of_a_track() {
        assert_eq!(
            roles(
                "Platform engineering teams recruit heavily from the storage group.",
                "X"
            ),
            vec!["Platform Engineer"]
        );
        assert_eq!(roles("SRE teams also hire them regularly.", "X"), vec!["SRE"]);
        // People who hire are no destination, nor a unit that is not a role.
        assert!(roles("Help desk managers hire technicians who write clearly.", "X").is_empty());
        assert!(roles("A number of support teams hire straight into tier two.", "X").is_empty());
        assert_eq!(
            roles("Getting named release lead is the usual first promotion.", "X"),
            vec!["Release Lead"]
        );
        assert_eq!(
            roles("At the top of the technical ladder sits the storage architect.", "X"),
            vec!["Storage Architect"]
        );
        assert!(roles("The top certification for a storage architect is expensive.", "X").is_empty());
        assert_eq!(
            roles(
                "Seniority grows in two directions: storage architect, who sets standards, or storage manager, who hires.",
                "X"
            ),
            vec!["Storage Architect", "Storage Manager"]
        );
        assert_eq!(
            roles("Veterans are often considered for backup team lead roles.", "X"),
            vec!["Backup Team Lead"]
        );
        // A move inside a clause about where people came from is their history.
        assert!(roles(
            "Most come from two places: testers who became the automation person, or build engineers.",
            "X"
        )
        .is_empty());
    }

    #[test]
    fn progressions_options_and_landing_spots() {
        assert!(roles(
            "Most arrive from one of two directions: developers or site reliability engineers.",
            "X"
        )
        .is_empty());
        assert!(roles(
            "The reporting line usually runs to a head of security engineering.",
            "X"
        )
        .is_empty());

        assert_eq!(
            roles(
                "Many step into a QA lead role, and from there into test manager positions.",
                "X"
            ),
            vec!["QA Lead", "Test Manager"]
        );
        assert!(roles(
            "Some step up to QA lead, and from there may later reach IT management.",
            "QA Lead"
        )
        .is_empty());
        assert_eq!(
            roles("Most move into network engineering and data architecture.", "X"),
            vec!["Network Engineer", "Data Architect"]
        );
        assert_eq!(
            roles(
                "The natural progressions from here are data engineering and data architecture.",
                "X"
            ),
            vec!["Data Engineer", "Data Architect"]
        );
        assert_eq!(
            roles(
                "Cloud storage engineer roles are a growing lateral option for admins.",
                "X"
            ),
            vec!["Cloud Storage Engineer"]
        );
        assert_eq!(
            roles("Analytics engineering is a frequent landing spot.", "X"),
            vec!["Analytics Engineer"]
        );
    }

    #[test]
    fn every_hedge_starts_with_a_letter_the_shortcut_lets_through() {
        assert!(HEDGES
            .iter()
            .all(|h| matches!(h.to_ascii_lowercase().as_bytes().first(), Some(b'r' | b's' | b'u'))));
    }

    #[test]
    fn cue_bits_agree_with_the_lexicon() {
        for w in TRIGGER_WORDS
            .iter()
            .chain(TARGET_NOUNS)
            .chain(TAKES_IN_WORDS)
            .chain(&["where", "next", "reach", "it", "of", "the", "and"])
        {
            assert_eq!(
                cue_bits(w),
                lexicon(w) & (TARGET_NOUN | TRIGGER | ADVERB | TAKES_IN),
                "{w}"
            );
        }
    }

    #[test]
    fn movement_stems_are_found_by_their_first_letter() {
        // The stem table is indexed by a lower-case ASCII first letter.
        assert!(MOVE_STEMS
            .iter()
            .all(|s| s.bytes().next().is_some_and(|b| b.is_ascii_lowercase())));
        assert!(has_move_stem("transitioning") && has_move_stem("goes") && has_move_stem("go"));
        assert!(!has_move_stem("good") && !has_move_stem("") && !has_move_stem("Échelon"));
    }

    #[test]
    fn a_rank_of_the_own_role_noun_is_a_rank_of_the_own_role() {
        assert_eq!(
            roles(
                "The first step up is a senior technician title.",
                "Data Center Technician II"
            ),
            vec!["Senior Data Center Technician"]
        );
        // Another role noun, or a page title of one word, is left as written.
        assert_eq!(
            roles("Many move up to senior engineer roles.", "Data Center Technician"),
            vec!["Senior Engineer"]
        );
        assert_eq!(senior_of_own("Senior Technician", "Technician"), None);
    }

    #[test]
    fn a_lone_rank_borrows_the_title_after_it() {
        assert_eq!(
            roles(
                "The usual progression runs first to senior and then staff or principal DevSecOps engineer.",
                "DevSecOps Engineer"
            ),
            vec![
                "Senior DevSecOps Engineer",
                "Staff DevSecOps Engineer",
                "Principal DevSecOps Engineer"
            ]
        );
        // A rank that is part of another mention is left alone.
        assert_eq!(
            roles("Most move into senior analyst or lead engineer roles.", "X"),
            vec!["Senior Analyst", "Lead Engineer"]
        );
    }

    #[test]
    fn phrasings_from_the_seventh_set() {
        assert_cases(&[
            (
                "Protocol depth sets you up for network architecture.",
                &["Network Architect"],
            ),
            (
                "Vendors hire experienced engineers as sales engineers.",
                &["Sales Engineer"],
            ),
            (
                "Others pursue systems engineering or endpoint security.",
                &["Systems Engineer", "Endpoint Security Analyst"],
            ),
            (
                "Policy work pulls quite a few toward identity engineering.",
                &["Identity Engineer"],
            ),
            (
                "Identity architect and security architect roles are within reach.",
                &["Identity Architect", "Security Architect"],
            ),
            (
                "Threat intelligence positions are another well-worn exit.",
                &["Threat Intelligence Analyst"],
            ),
            (
                "Many also move over to Microsoft 365 administrator positions.",
                &["Microsoft 365 Administrator"],
            ),
            (
                "Many move to systems engineering once they add depth.",
                &["Systems Engineer"],
            ),
            ("It is not, by itself, a path to software engineering.", &[]),
            ("This is not a common path to penetration testing.", &[]),
            ("Others make a move into IAM leadership, running the roadmap.", &[]),
            (
                "A lateral hop into general network engineering is common.",
                &["Network Engineer"],
            ),
        ]);
    }

    #[test]
    fn phrasings_from_the_eighth_and_ninth_sets() {
        assert_cases(&[
            (
                "Cloud engineer and DevOps engineer are the moves seen most often.",
                &["Cloud Engineer", "DevOps Engineer"],
            ),
            (
                "The main options are security engineer and GRC analyst.",
                &["Security Engineer", "GRC Analyst"],
            ),
            ("Experienced trainers become training managers.", &["Training Manager"]),
            (
                "The most direct is the move up to director of service delivery, overseeing SDMs.",
                &["Director of Service Delivery"],
            ),
            (
                "Mentors take on engineering manager positions.",
                &["Engineering Manager"],
            ),
            ("Engineers who take on pipeline security do well.", &[]),
            ("Beyond that sits test management.", &["Test Manager"]),
            (
                "Incident response absorbs those who prefer the investigation.",
                &["Incident Responder"],
            ),
            ("Security analysts attract higher salaries.", &[]),
            (
                "Administrators can aim for network architect positions.",
                &["Network Architect"],
            ),
            ("Moving into software development is not a usual next step.", &[]),
            ("They might have four to eight analysts on shift.", &[]),
            (
                "Coordinators frequently retrain as business analysts.",
                &["Business Analyst"],
            ),
        ]);
    }

    #[test]
    fn phrasings_from_the_tenth_and_eleventh_sets() {
        assert_cases(&[
            (
                "If it's the debugging, aim at software engineer or QA engineer openings.",
                &["Software Engineer", "QA Engineer"],
            ),
            ("Some have accepted privacy analyst positions.", &["Privacy Analyst"]),
            (
                "Up means senior penetration tester first.",
                &["Senior Penetration Tester"],
            ),
            ("Close behind is network administration.", &["Network Administrator"]),
            (
                "Identity engineering suits anyone who has become the directory expert.",
                &["Identity Engineer"],
            ),
            (
                "The long-game destination for many is cloud architect.",
                &["Cloud Architect"],
            ),
            (
                "Others specialize further in red team operations.",
                &["Red Team Operations Analyst"],
            ),
            ("A smaller group crosses into data science.", &["Data Scientist"]),
            (
                "Those who specialize in cloud security move into security engineering.",
                &["Security Engineer"],
            ),
            (
                "It is not, despite what some bootcamp ads suggest, a route into data science.",
                &[],
            ),
            (
                "An analyst who expects this role to lead into penetration testing will be disappointed.",
                &[],
            ),
            ("Moving back into desktop support would be a step backward.", &[]),
            // "I" is a grade only after a role noun ("Engineer I").
            (
                "Many move into software engineering I would say.",
                &["Software Engineer"],
            ),
        ]);
    }

    #[test]
    fn phrasings_from_the_twelfth_and_thirteenth_sets() {
        assert_cases(&[
            (
                "Analysts who thrive on live incidents tend to become incident responders.",
                &["Incident Responder"],
            ),
            (
                "Others with a taste for reporting turn into BI developers.",
                &["BI Developer"],
            ),
            (
                "Program manager is the most common next title, followed by senior project manager.",
                &["Program Manager", "Senior Project Manager"],
            ),
            (
                "Technicians sometimes land cloud support engineer jobs at hosting providers.",
                &["Cloud Support Engineer"],
            ),
            (
                "Some take their research skills into threat intelligence analyst positions.",
                &["Threat Intelligence Analyst"],
            ),
            (
                "Moving inside usually means a network technician position.",
                &["Network Technician"],
            ),
            ("Many move into the team's technical lead role.", &["Technical Lead"]),
            (
                "The executive track draws mostly on people with long management backgrounds.",
                &[],
            ),
            (
                "Writing scripts all day does not turn a server admin into a software engineer.",
                &[],
            ),
            ("The branch work used to require a local admin.", &[]),
        ]);
    }

    #[test]
    fn short_answers_to_a_question_about_the_ladder_start_with_their_destination() {
        let cat = CertCatalogue::embedded();
        let mut extractor = Extractor::new("Mobile Developer", &cat, &[]);
        extractor.question("What does the career ladder look like?");
        extractor.paragraph("Here's the short version:", 1);
        extractor.paragraph("Senior mobile developer, usually after three to five years.", 2);
        extractor.paragraph("Or engineering manager, trading most of the coding for hiring.", 3);
        extractor.end_list();
        extractor.question("What tools do mobile developers use?");
        extractor.paragraph("Release managers and QA testers use the same pipeline.", 4);
        let got: Vec<_> = extractor.finish().into_iter().map(|s| s.role).collect();
        assert_eq!(got, vec!["Senior Mobile Developer", "Engineering Manager"]);
    }

    #[test]
    fn phrasings_from_the_fifteenth_set() {
        assert_cases(&[
            (
                "If you like the buying side, IT procurement specialist is a natural fit.",
                &["IT Procurement Specialist"],
            ),
            (
                "Over a longer horizon, security architecture beckons those who keep asking why.",
                &["Security Architect"],
            ),
            (
                "Coordinators who learn licensing are snapped up as software asset management specialists.",
                &["Software Asset Management Specialist"],
            ),
            (
                "Principal architect and director of architecture are pursued by those who want seniority.",
                &["Principal Architect", "Director of Architecture"],
            ),
        ]);
    }

    #[test]
    fn running_a_unit_is_managing_it() {
        assert_eq!(
            roles(
                "The most common move up is to running the training function.",
                "IT Trainer"
            ),
            vec!["Training Manager"]
        );
        assert_eq!(
            roles("Some end up running the incident response function.", "X"),
            vec!["Incident Response Manager"]
        );
        assert!(roles("Many move toward running Kubernetes clusters.", "X").is_empty());
    }

    #[test]
    fn items_of_an_announced_list_start_with_their_destination() {
        let cat = CertCatalogue::embedded();
        let mut extractor = Extractor::new("Linux Administrator", &cat, &[]);
        extractor.paragraph("The moves out of the role are well established:", 1);
        extractor.paragraph(
            "Site reliability engineering — many SREs started out as Linux administrators",
            2,
        );
        extractor.paragraph("Infrastructure management, for those who would rather lead a team", 3);
        extractor.paragraph("Unix administrators work on AIX and Solaris. Their numbers shrink.", 4);
        extractor.paragraph("Storage administration is a neighbouring field", 5);
        let got: Vec<_> = extractor.finish().into_iter().map(|s| s.role).collect();
        assert_eq!(got, vec!["Site Reliability Engineer", "Infrastructure Manager"]);
    }

    #[test]
    fn only_a_way_into_is_a_move() {
        assert_eq!(
            roles("From here, responders find their way into detection engineering.", "X"),
            vec!["Detection Engineer"]
        );
        assert!(roles("Ticket work is a good way to learn network engineering basics.", "X").is_empty());
        assert!(roles("Analysts find that exposure to network engineering helps.", "X").is_empty());
    }

    #[test]
    fn sentences_split_at_capitals_not_abbreviations() {
        assert_eq!(
            split_sentences("Tools, e.g. Intune. Then U.S. demand grows! Next? Yes."),
            vec!["Tools, e.g. Intune.", " Then U.S. demand grows!", " Next?", " Yes."]
        );
    }
}

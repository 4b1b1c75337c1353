//! From bytes to clean, numbered lines grouped into the sections of a role page.
//!
//! Both layouts of the job-description site reduce to the same thing once every line is
//! cleaned: a byte-order mark, Windows line endings, non-breaking spaces, Markdown heading
//! marks and list bullets (`- `, `• `, `* `) are removed, and blank lines are dropped while the
//! original line numbers are kept for evidence and warnings.

/// One non-blank line of a page, cleaned.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the file.
    pub no: usize,
    /// The text without bullet, heading marks or surrounding space.
    pub text: String,
    /// Whether the line started with a list bullet.
    pub bullet: bool,
}

/// The sections a role page may have. Unknown headings do not exist: a line is a heading only
/// when it names one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SectionKind {
    /// Everything before the first heading: site name, category, title, summary.
    Header,
    /// "Role at a glance".
    Glance,
    /// "Duties and responsibilities".
    Duties,
    /// "Overview".
    Overview,
    /// "Qualifications".
    Qualifications,
    /// "Career outlook".
    Outlook,
    /// "Sample cover letter".
    CoverLetter,
    /// "Frequently asked questions".
    Faq,
    /// "More in …" / "See all … jobs →": the related roles.
    Related,
}

/// A run of lines under one heading.
#[derive(Debug, Clone)]
pub struct Section {
    /// What the heading said this is.
    pub kind: SectionKind,
    /// The lines under it.
    pub lines: Vec<Line>,
}

/// Decodes page bytes: strips a byte-order mark and reads invalid UTF-8 lossily. Returns the
/// text and whether it was lossy.
pub fn decode(bytes: &[u8]) -> (String, bool) {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), false),
        Err(_) => (String::from_utf8_lossy(bytes).into_owned(), true),
    }
}

/// Splits text into cleaned, non-blank lines with their 1-based numbers.
pub fn clean_lines(text: &str) -> Vec<Line> {
    let mut out = Vec::new();
    for (i, raw) in text.split('\n').enumerate() {
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if let Some(line) = clean_line(raw, i + 1) {
            out.push(line);
        }
    }
    out
}

fn clean_line(raw: &str, no: usize) -> Option<Line> {
    let normalised: String;
    let mut s: &str = raw;
    if has_odd_space(raw.as_bytes()) {
        normalised = s.chars().map(|c| if is_odd_space(c) { ' ' } else { c }).collect();
        s = &normalised;
    }
    s = s.trim();
    // Markdown heading marks.
    let hashes = s.bytes().take_while(|&b| b == b'#').count();
    if hashes > 0 && s[hashes..].starts_with(' ') {
        s = s[hashes..].trim_start();
    }
    let mut bullet = false;
    // Every bullet mark starts with one of these bytes; most lines start with a letter.
    let may_bullet = matches!(s.as_bytes().first(), Some(b'-' | b'*' | 0xC2 | 0xE2));
    for mark in ["- ", "• ", "* ", "· ", "– "].into_iter().filter(|_| may_bullet) {
        if let Some(rest) = s.strip_prefix(mark) {
            s = rest.trim_start();
            bullet = true;
            break;
        }
    }
    // A numbered item ("1. Senior developer", "2) Tech lead") is a list item too.
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=2).contains(&digits)
        && matches!(s.as_bytes().get(digits), Some(b'.' | b')'))
        && s.as_bytes().get(digits + 1) == Some(&b' ')
    {
        s = s[digits + 2..].trim_start();
        bullet = true;
    }
    if s == "-" || s == "•" {
        return None;
    }
    // Markdown emphasis around a whole line ("**Career outlook**").
    if s.len() > 4 && s.starts_with("**") && s.ends_with("**") {
        s = s[2..s.len() - 2].trim();
    }
    if s.is_empty() {
        return None;
    }
    Some(Line {
        no,
        text: s.to_string(),
        bullet,
    })
}

/// Whether the line holds a tab or one of the spaces of [`is_odd_space`], found by their
/// UTF-8 bytes (most lines have none, and many have other characters outside ASCII).
fn has_odd_space(bytes: &[u8]) -> bool {
    // One pass with no early exit (the compiler vectorises it) rules out most lines.
    if !bytes.iter().fold(false, |seen, &b| seen | (b == b'\t') | (b >= 0xC2)) {
        return false;
    }
    bytes.iter().enumerate().any(|(i, &b)| match b {
        b'\t' => true,
        // U+00A0
        0xC2 => bytes.get(i + 1) == Some(&0xA0),
        // U+2002, U+2003, U+2007, U+2009, U+200A, U+202F
        0xE2 => {
            bytes.get(i + 1) == Some(&0x80) && matches!(bytes.get(i + 2), Some(0x82 | 0x83 | 0x87 | 0x89 | 0x8A | 0xAF))
        }
        // U+FEFF
        0xEF => bytes.get(i + 1) == Some(&0xBB) && bytes.get(i + 2) == Some(&0xBF),
        _ => false,
    })
}

fn is_odd_space(c: char) -> bool {
    matches!(
        c,
        '\u{a0}' | '\u{2007}' | '\u{202f}' | '\u{2009}' | '\u{200a}' | '\u{2002}' | '\u{2003}' | '\t'
    ) || c == '\u{feff}'
}

/// Which section a line opens, if it is a heading.
pub fn heading_kind(text: &str) -> Option<SectionKind> {
    let t = text.trim_end_matches(':').trim();
    if t.len() > 60 {
        return None;
    }
    // Headings are short: lower-case them on the stack (ASCII; anything else is no heading we
    // know, except through `to_lowercase`).
    let mut buf = [0u8; 60];
    let owned;
    let l: &str = if t.is_ascii() {
        let buf = &mut buf[..t.len()];
        buf.copy_from_slice(t.as_bytes());
        buf.make_ascii_lowercase();
        std::str::from_utf8(buf).unwrap_or("")
    } else {
        owned = t.to_lowercase();
        &owned
    };
    let kind = match l {
        "role at a glance" | "at a glance" | "the role at a glance" => SectionKind::Glance,
        "duties and responsibilities"
        | "duties & responsibilities"
        | "responsibilities"
        | "key responsibilities"
        | "duties" => SectionKind::Duties,
        "overview" | "role overview" | "job overview" => SectionKind::Overview,
        "qualifications" | "requirements" | "qualifications and skills" => SectionKind::Qualifications,
        "career outlook" | "career path" | "career paths" | "outlook" | "job outlook" | "career progression" => {
            SectionKind::Outlook
        }
        "sample cover letter" | "cover letter" => SectionKind::CoverLetter,
        "frequently asked questions" | "faq" | "faqs" => SectionKind::Faq,
        "related roles" | "related jobs" | "similar roles" => SectionKind::Related,
        _ => {
            if l.starts_with("more in ") || (l.starts_with("see all ") && l.contains("jobs")) {
                SectionKind::Related
            } else {
                return None;
            }
        }
    };
    Some(kind)
}

/// Groups lines under their headings. The "See all … jobs →" line opens the related list too,
/// and an entry glued to it ("… jobs →- Title$68K–$105K") is split off as its own line.
pub fn sections(lines: Vec<Line>) -> Vec<Section> {
    let mut out = vec![Section {
        kind: SectionKind::Header,
        lines: Vec::new(),
    }];
    for line in lines {
        let see_all = see_all_split(&line.text);
        if let Some(kind) = heading_kind(&line.text).or(see_all.as_ref().map(|_| SectionKind::Related)) {
            let glued = see_all.flatten();
            let same = out
                .last()
                .is_some_and(|s| s.kind == SectionKind::Related && kind == SectionKind::Related);
            if !same {
                out.push(Section {
                    kind,
                    lines: Vec::new(),
                });
            }
            if let (Some(glued), Some(sec)) = (glued, out.last_mut()) {
                sec.lines.push(Line {
                    no: line.no,
                    text: glued,
                    bullet: true,
                });
            }
            continue;
        }
        if let Some(sec) = out.last_mut() {
            sec.lines.push(line);
        }
    }
    out
}

/// For a "See all … jobs →" line, `Some(rest)` where `rest` is an entry glued after the arrow.
fn see_all_split(text: &str) -> Option<Option<String>> {
    if !text.get(..8).is_some_and(|p| p.eq_ignore_ascii_case("see all ")) {
        return None;
    }
    let arrow = text
        .find('→')
        .map(|i| i + '→'.len_utf8())
        .or_else(|| text.find("->").map(|i| i + 2))?;
    let rest = text[arrow..].trim_start();
    let rest = rest
        .strip_prefix("- ")
        .or_else(|| rest.strip_prefix('-'))
        .or_else(|| rest.strip_prefix("• "))
        .unwrap_or(rest)
        .trim();
    Some(if rest.is_empty() { None } else { Some(rest.to_string()) })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cleaning_removes_marks_and_keeps_numbers() {
        let text = "\u{feff}# Title\r\n\r\n  • bullet\u{a0}text\r\n- dash\n## Career outlook\n";
        let (decoded, lossy) = decode(text.as_bytes());
        assert!(!lossy);
        let lines = clean_lines(&decoded);
        let got: Vec<_> = lines.iter().map(|l| (l.no, l.text.as_str(), l.bullet)).collect();
        assert_eq!(
            got,
            vec![
                (1, "Title", false),
                (3, "bullet text", true),
                (4, "dash", true),
                (5, "Career outlook", false)
            ]
        );
    }

    #[test]
    fn odd_spaces_are_found_by_their_bytes() {
        for c in [
            '\u{a0}', '\u{2007}', '\u{202f}', '\u{2009}', '\u{200a}', '\u{2002}', '\u{2003}', '\t', '\u{feff}',
        ] {
            assert!(is_odd_space(c));
            assert!(has_odd_space(format!("a{c}b").as_bytes()), "{c:?}");
        }
        assert!(!has_odd_space("it’s — fine → “quoted” é".as_bytes()));
    }

    #[test]
    fn numbered_items_are_list_items() {
        let lines = clean_lines(
            "1. Senior developer, after a few years\n12) Tech lead\n2024 was a good year.\n3.5 million jobs",
        );
        let got: Vec<_> = lines.iter().map(|l| (l.text.as_str(), l.bullet)).collect();
        assert_eq!(
            got,
            vec![
                ("Senior developer, after a few years", true),
                ("Tech lead", true),
                ("2024 was a good year.", false),
                ("3.5 million jobs", false)
            ]
        );
    }

    #[test]
    fn invalid_utf8_is_read_lossily() {
        let (text, lossy) = decode(b"abc\xff\xfedef");
        assert!(lossy);
        assert!(text.starts_with("abc"));
    }

    #[test]
    fn glued_related_entry_is_split_off() {
        let lines = clean_lines("Overview\ntext\nMore in IT\nSee all IT jobs →- Linux Administrator$72K–$118K\nDesc.");
        let secs = sections(lines);
        let rel = secs.iter().find(|s| s.kind == SectionKind::Related).unwrap();
        assert_eq!(rel.lines[0].text, "Linux Administrator$72K–$118K");
        assert_eq!(rel.lines[0].no, 4);
        assert_eq!(rel.lines.len(), 2);
    }

    #[test]
    fn headings_are_recognised_in_any_case_and_with_colons() {
        assert_eq!(heading_kind("CAREER OUTLOOK"), Some(SectionKind::Outlook));
        assert_eq!(heading_kind("Frequently Asked Questions:"), Some(SectionKind::Faq));
        assert_eq!(
            heading_kind("More in Information Technology"),
            Some(SectionKind::Related)
        );
        assert_eq!(heading_kind("Overview of the job market is strong"), None);
    }
}

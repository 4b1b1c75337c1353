//! Small value grammars of a role page: salary ranges and years of experience.

use serde::Serialize;

/// A yearly salary range in whole US dollars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct SalaryRange {
    /// Lower end.
    pub min: u32,
    /// Upper end.
    pub max: u32,
}

impl SalaryRange {
    /// The midpoint, used by the cost model.
    pub fn mid(&self) -> f64 {
        (f64::from(self.min) + f64::from(self.max)) / 2.0
    }
}

impl std::fmt::Display for SalaryRange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "${}–${}", thousands(self.min), thousands(self.max))
    }
}

/// Formats whole dollars with thousands separators (`75860` → `75,860`).
pub fn thousands(n: u32) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Finds the first salary range in `text` and returns it with the byte span it covers.
///
/// Accepts `$68K–$105K`, `$68K-$105K`, `$68k – $105k`, `$68,000 - $105,000`, `$68K to $105K`,
/// `$68–105K` and a single figure (`$85K`, read as a range of one value). Amounts below
/// $1,000 without a `K` are not salaries and are skipped.
///
/// ```
/// use careergraph::page::parse_salary;
/// assert_eq!(parse_salary("Linux Administrator$72K–$118K").map(|(r, _)| (r.min, r.max)), Some((72000, 118000)));
/// assert_eq!(parse_salary("$68,000 - $105,000").map(|(r, _)| (r.min, r.max)), Some((68000, 105000)));
/// ```
pub fn parse_salary(text: &str) -> Option<(SalaryRange, std::ops::Range<usize>)> {
    let mut search_from = 0;
    while let Some(rel) = text[search_from..].find('$') {
        let start = search_from + rel;
        search_from = start + 1;
        let Some((first, mut pos, first_k)) = amount(text, start + 1) else {
            continue;
        };
        // Separator: dash, en/em dash, "to", with optional spaces.
        let after_sep = separator(text, pos);
        let second = after_sep.and_then(|p| {
            let p = if text[p..].starts_with('$') { p + 1 } else { p };
            amount(text, p)
        });
        let (min, max) = match second {
            Some((second, end, second_k)) => {
                pos = end;
                // "$68–105K": the K on the second figure applies to the first.
                let first = if !first_k && second_k && first < 1000.0 {
                    first * 1000.0
                } else {
                    first
                };
                (first, second)
            }
            None => (first, first),
        };
        if min < 1000.0 || !(1000.0..=100_000_000.0).contains(&max) {
            continue;
        }
        let (lo, hi) = if min <= max { (min, max) } else { (max, min) };
        return Some((
            SalaryRange {
                min: lo.round() as u32,
                max: hi.round() as u32,
            },
            start..pos,
        ));
    }
    None
}

/// Reads an amount at `pos`: digits with optional thousands commas and decimals, then an
/// optional K. Returns (dollars, end, had_k).
fn amount(text: &str, pos: usize) -> Option<(f64, usize, bool)> {
    let bytes = text.as_bytes();
    let mut end = pos;
    let mut digits = String::new();
    while end < bytes.len() {
        let b = bytes[end];
        if b.is_ascii_digit() || b == b'.' {
            digits.push(b as char);
        } else if b == b',' && end + 1 < bytes.len() && bytes[end + 1].is_ascii_digit() {
            // thousands separator
        } else {
            break;
        }
        end += 1;
    }
    let digits = digits.trim_end_matches('.');
    if digits.is_empty() {
        return None;
    }
    let mut value: f64 = digits.parse().ok()?;
    let mut had_k = false;
    if end < bytes.len() && (bytes[end] == b'K' || bytes[end] == b'k') {
        value *= 1000.0;
        end += 1;
        had_k = true;
    } else if end < bytes.len() && (bytes[end] == b'M' || bytes[end] == b'm') && !text[end..].starts_with("mo") {
        value *= 1_000_000.0;
        end += 1;
        had_k = true;
    }
    Some((value, end, had_k))
}

fn separator(text: &str, pos: usize) -> Option<usize> {
    let rest = &text[pos..];
    let trimmed = rest.trim_start();
    let skipped = rest.len() - trimmed.len();
    for sep in ["–", "—", "-", "to "] {
        if let Some(after) = trimmed.strip_prefix(sep) {
            let after_trim = after.trim_start();
            return Some(pos + skipped + sep.len() + (after.len() - after_trim.len()));
        }
    }
    None
}

/// Years of experience as a range; `None` ends are unknown (`5+ years` has no maximum).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Experience {
    /// Fewest years.
    pub min: Option<u32>,
    /// Most years.
    pub max: Option<u32>,
}

/// Reads years of experience: `5+ years` → 5..none, `2-3 years in Tier 1` → 2..3,
/// `1 to 3 years`, `3–5 years`, `at least 4 years` → 4..none, `up to 2 years` → 0..2,
/// `two to four years`. Text without a figure (`Entry-level to mid-level`) is unknown.
///
/// ```
/// use careergraph::page::parse_experience;
/// let e = parse_experience("2-3 years in Tier 1 or help desk support");
/// assert_eq!((e.min, e.max), (Some(2), Some(3)));
/// assert_eq!(parse_experience("5+ years").max, None);
/// ```
pub fn parse_experience(text: &str) -> Experience {
    let words = number_words_to_digits(&text.to_lowercase());
    let t = words.as_str();
    let nums: Vec<(u32, usize, usize)> = numbers(t);
    let Some(&(first, _, first_end)) = nums.first() else {
        return Experience::default();
    };
    let before = &t[..nums[0].1];
    let after = &t[first_end..];
    let after_trim = after.trim_start();
    if after_trim.starts_with('+') || after_trim.starts_with("or more") || after_trim.starts_with("plus") {
        return Experience {
            min: Some(first),
            max: None,
        };
    }
    if before.contains("at least") || before.contains("minimum of") || before.contains("more than") {
        return Experience {
            min: Some(first),
            max: None,
        };
    }
    if before.contains("up to") || before.contains("less than") || before.contains("under ") {
        return Experience {
            min: Some(0),
            max: Some(first),
        };
    }
    if let Some(&(second, start2, _)) = nums.get(1) {
        let between = &t[first_end..start2];
        let b = between.trim();
        if matches!(b, "-" | "–" | "—" | "to" | "or") {
            return Experience {
                min: Some(first.min(second)),
                max: Some(first.max(second)),
            };
        }
    }
    if after_trim.starts_with("year") || after_trim.starts_with("yr") {
        return Experience {
            min: Some(first),
            max: Some(first),
        };
    }
    Experience::default()
}

fn numbers(t: &str) -> Vec<(u32, usize, usize)> {
    let mut out = Vec::new();
    let bytes = t.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            let start = i;
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
            if let Ok(n) = t[start..i].parse() {
                out.push((n, start, i));
            }
        } else {
            i += 1;
        }
    }
    out
}

fn number_words_to_digits(t: &str) -> String {
    const WORDS: &[(&str, &str)] = &[
        ("one", "1"),
        ("two", "2"),
        ("three", "3"),
        ("four", "4"),
        ("five", "5"),
        ("six", "6"),
        ("seven", "7"),
        ("eight", "8"),
        ("nine", "9"),
        ("ten", "10"),
        ("twelve", "12"),
        ("fifteen", "15"),
    ];
    t.split_inclusive(|c: char| !c.is_alphanumeric())
        .map(|piece| {
            let word = piece.trim_end_matches(|c: char| !c.is_alphanumeric());
            match WORDS.iter().find(|(w, _)| *w == word) {
                Some((_, d)) => format!("{d}{}", &piece[word.len()..]),
                None => piece.to_string(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sal(t: &str) -> Option<(u32, u32)> {
        parse_salary(t).map(|(r, _)| (r.min, r.max))
    }

    #[test]
    fn salary_forms() {
        assert_eq!(sal("$68K–$105K"), Some((68000, 105000)));
        assert_eq!(sal("$68K-$105K"), Some((68000, 105000)));
        assert_eq!(sal("$68k – $105k"), Some((68000, 105000)));
        assert_eq!(sal("$68,000 - $105,000"), Some((68000, 105000)));
        assert_eq!(sal("$68,000\u{a0}–\u{a0}$105,000"), Some((68000, 105000)));
        assert_eq!(sal("between $70K to $90K a year"), Some((70000, 90000)));
        assert_eq!(sal("$68–105K"), Some((68000, 105000)));
        assert_eq!(sal("$85K"), Some((85000, 85000)));
        assert_eq!(sal("$75,860–$123,390 (BLS OEWS May 2024)"), Some((75860, 123390)));
        assert_eq!(sal("costs $20 per month"), None);
        assert_eq!(sal("no money here"), None);
    }

    #[test]
    fn experience_forms() {
        let e = |t: &str| {
            let x = parse_experience(t);
            (x.min, x.max)
        };
        assert_eq!(e("5+ years"), (Some(5), None));
        assert_eq!(e("4-6 years"), (Some(4), Some(6)));
        assert_eq!(e("3–5 years"), (Some(3), Some(5)));
        assert_eq!(e("2-3 years in Tier 1 or help desk support"), (Some(2), Some(3)));
        assert_eq!(e("1 to 3 years"), (Some(1), Some(3)));
        assert_eq!(e("two to four years"), (Some(2), Some(4)));
        assert_eq!(e("At least 4 years"), (Some(4), None));
        assert_eq!(e("3 or more years"), (Some(3), None));
        assert_eq!(e("Up to 2 years"), (Some(0), Some(2)));
        assert_eq!(e("Entry-level to mid-level"), (None, None));
        assert_eq!(e("Entry-level"), (None, None));
        assert_eq!(e("2 years"), (Some(2), Some(2)));
    }

    mod props {
        use super::super::*;
        use proptest::prelude::*;

        /// Text made of the pieces the salary and experience grammars look at.
        fn salaryish() -> impl Strategy<Value = String> {
            let pieces = prop::sample::select(vec![
                "$",
                "$$",
                "K",
                "k",
                "M",
                "mo",
                "m",
                ",",
                ".",
                "-",
                "–",
                "—",
                "to ",
                " ",
                "\u{a0}",
                "0",
                "1",
                "12",
                "999",
                "1000",
                "68",
                "105",
                "4294967296",
                "99999999999999999999",
                "+",
                "or more",
                "at least ",
                "up to ",
                "years",
                "yr",
                "two",
                "ten",
                "é",
                "→",
                "(",
                ")",
            ]);
            prop::collection::vec(pieces, 0..12).prop_map(|p| p.concat())
        }

        proptest! {
            #![proptest_config(ProptestConfig::with_cases(4096))]

            #[test]
            fn parse_salary_never_panics(s in any::<String>(), t in salaryish()) {
                for text in [&s, &t] {
                    if let Some((range, span)) = parse_salary(text) {
                        prop_assert!(range.min <= range.max);
                        prop_assert!(text.get(span).is_some());
                    }
                }
            }

            #[test]
            fn parse_experience_never_panics(s in any::<String>(), t in salaryish()) {
                for text in [&s, &t] {
                    let e = parse_experience(text);
                    if let (Some(min), Some(max)) = (e.min, e.max) {
                        prop_assert!(min <= max);
                    }
                }
            }

            #[test]
            fn parse_salary_round_trips_formatted_ranges(
                a in 1000u32..=100_000_000,
                b in 1000u32..=100_000_000,
                prefix in "[A-Za-z ]{0,20}",
                suffix in "( \\([A-Za-z0-9 ,]{0,20}\\))?",
            ) {
                let range = SalaryRange { min: a.min(b), max: a.max(b) };
                let shown = range.to_string();
                let text = format!("{prefix}{shown}{suffix}");
                let (got, span) = parse_salary(&text).ok_or_else(|| TestCaseError::fail(format!("{text:?}")))?;
                prop_assert_eq!(got, range);
                prop_assert_eq!(&text[span], shown.as_str());
                // The other forms pages use.
                for form in [
                    format!("${}–${}", range.min, range.max),
                    format!("${} - ${}", thousands(range.min), thousands(range.max)),
                    format!("${}K-${}K", range.min / 1000, range.max / 1000),
                    format!("${}k to ${}k", range.min / 1000, range.max / 1000),
                ] {
                    let want = if form.contains(['K', 'k']) {
                        SalaryRange { min: range.min / 1000 * 1000, max: range.max / 1000 * 1000 }
                    } else {
                        range
                    };
                    prop_assert_eq!(parse_salary(&form).map(|(r, _)| r), Some(want), "{}", form);
                }
            }
        }
    }

    #[test]
    fn thousands_separator() {
        assert_eq!(thousands(75860), "75,860");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}

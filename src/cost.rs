//! The cost model for a move between two career roles.
//!
//! For a move from role A to role B, with `held` the certifications the person
//! holds at that point:
//!
//! ```text
//! cost = move_weight * 1
//!      + cert_weight * |key_certs(B) - held|
//!      + salary_weight * max(0, -(mid(B) - mid(A))) / 10000
//! ```
//!
//! `mid` is the midpoint of a role's salary range; the salary term is 0 where
//! either midpoint is unknown (or not finite). Every term is non-negative, which
//! the exact search in [`crate::search`] relies on.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize};

const WORD_BITS: usize = 64;

/// Salary differences are divided by this before being weighted.
pub const SALARY_SCALE: f64 = 10_000.0;

/// A compact set of certification ids, stored as a bitset over `u64` words.
///
/// The set grows as needed; equality and hashing ignore trailing zero words, so
/// two sets with the same members are equal whatever their capacity.
#[derive(Clone, Default, Serialize, Deserialize)]
#[serde(into = "Vec<u32>", from = "Vec<u32>")]
pub struct CertSet {
    words: Vec<u64>,
}

impl CertSet {
    /// Creates an empty set.
    pub fn new() -> Self {
        Self { words: Vec::new() }
    }

    /// Creates a set holding the given certification ids (duplicates are merged).
    pub fn from_ids(ids: impl IntoIterator<Item = u32>) -> Self {
        let mut s = Self::new();
        for id in ids {
            s.insert(id);
        }
        s
    }

    /// Adds `id`; returns `true` if it was not already present.
    pub fn insert(&mut self, id: u32) -> bool {
        let (w, bit) = split(id);
        if w >= self.words.len() {
            self.words.resize(w + 1, 0);
        }
        let was = self.words[w] & bit != 0;
        self.words[w] |= bit;
        !was
    }

    /// Returns `true` if `id` is in the set.
    pub fn contains(&self, id: u32) -> bool {
        let (w, bit) = split(id);
        self.words.get(w).is_some_and(|x| x & bit != 0)
    }

    /// Number of certifications in the set.
    pub fn len(&self) -> usize {
        self.words.iter().map(|w| w.count_ones() as usize).sum()
    }

    /// Returns `true` if the set holds no certification.
    pub fn is_empty(&self) -> bool {
        self.words.iter().all(|&w| w == 0)
    }

    /// Adds every member of `other` to `self`.
    pub fn union_with(&mut self, other: &CertSet) {
        if other.words.len() > self.words.len() {
            self.words.resize(other.words.len(), 0);
        }
        for (a, b) in self.words.iter_mut().zip(&other.words) {
            *a |= *b;
        }
    }

    /// `|self - held|`: how many members of `self` are missing from `held`, without allocating.
    pub fn difference_count(&self, held: &CertSet) -> usize {
        diff_count_words(&self.words, &held.words)
    }

    /// The members of `self` that are not in `other`.
    pub fn difference(&self, other: &CertSet) -> CertSet {
        let mut words: Vec<u64> = self
            .words
            .iter()
            .enumerate()
            .map(|(i, &w)| w & !other.words.get(i).copied().unwrap_or(0))
            .collect();
        trim(&mut words);
        CertSet { words }
    }

    /// Returns `true` if every member of `other` is also in `self`.
    pub fn is_superset(&self, other: &CertSet) -> bool {
        other.difference_count(self) == 0
    }

    /// The members in ascending order.
    pub fn iter(&self) -> impl Iterator<Item = u32> + '_ {
        self.words.iter().enumerate().flat_map(|(i, &w)| {
            let base = (i * WORD_BITS) as u32;
            BitIter(w).map(move |b| base + b)
        })
    }

    /// The underlying bitset words (word `i` bit `j` is id `64 * i + j`); may have trailing zeros.
    pub fn as_words(&self) -> &[u64] {
        &self.words
    }

    /// Number of significant words (the words after it are all zero).
    fn significant_len(&self) -> usize {
        self.words.iter().rposition(|&w| w != 0).map_or(0, |i| i + 1)
    }
}

fn split(id: u32) -> (usize, u64) {
    let id = id as usize;
    (id / WORD_BITS, 1u64 << (id % WORD_BITS))
}

fn trim(words: &mut Vec<u64>) {
    while words.last() == Some(&0) {
        words.pop();
    }
}

/// `|a - held|` over raw bitset words of possibly different lengths.
pub(crate) fn diff_count_words(a: &[u64], held: &[u64]) -> usize {
    a.iter()
        .enumerate()
        .map(|(i, &w)| (w & !held.get(i).copied().unwrap_or(0)).count_ones() as usize)
        .sum()
}

struct BitIter(u64);

impl Iterator for BitIter {
    type Item = u32;
    fn next(&mut self) -> Option<u32> {
        if self.0 == 0 {
            return None;
        }
        let b = self.0.trailing_zeros();
        self.0 &= self.0 - 1;
        Some(b)
    }
}

impl PartialEq for CertSet {
    fn eq(&self, other: &Self) -> bool {
        let n = self.significant_len();
        n == other.significant_len() && self.words[..n] == other.words[..n]
    }
}

impl Eq for CertSet {}

impl std::hash::Hash for CertSet {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.words[..self.significant_len()].hash(state);
    }
}

impl fmt::Debug for CertSet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.iter()).finish()
    }
}

impl FromIterator<u32> for CertSet {
    fn from_iter<T: IntoIterator<Item = u32>>(iter: T) -> Self {
        Self::from_ids(iter)
    }
}

impl From<Vec<u32>> for CertSet {
    fn from(ids: Vec<u32>) -> Self {
        Self::from_ids(ids)
    }
}

impl From<CertSet> for Vec<u32> {
    fn from(s: CertSet) -> Self {
        s.iter().collect()
    }
}

/// Weights of the three cost terms; each is finite and `>= 0`.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Weights {
    /// Cost of any single move.
    pub move_weight: f64,
    /// Cost of each key certification of the target role not yet held.
    pub cert_weight: f64,
    /// Cost per 10,000 of salary-midpoint drop.
    pub salary_weight: f64,
}

impl Default for Weights {
    fn default() -> Self {
        Self {
            move_weight: 1.0,
            cert_weight: 1.0,
            salary_weight: 1.0,
        }
    }
}

impl Weights {
    /// Validated weights: each must be finite and `>= 0`.
    ///
    /// # Errors
    /// [`WeightError::NotFinite`] for NaN or infinite values, [`WeightError::Negative`] for negative ones.
    pub fn new(move_weight: f64, cert_weight: f64, salary_weight: f64) -> Result<Self, WeightError> {
        for (name, value) in [
            ("move_weight", move_weight),
            ("cert_weight", cert_weight),
            ("salary_weight", salary_weight),
        ] {
            if !value.is_finite() {
                return Err(WeightError::NotFinite { name, value });
            }
            if value < 0.0 {
                return Err(WeightError::Negative { name, value });
            }
        }
        Ok(Self {
            move_weight,
            cert_weight,
            salary_weight,
        })
    }
}

impl<'de> Deserialize<'de> for Weights {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        fn one() -> f64 {
            1.0
        }
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            #[serde(default = "one")]
            move_weight: f64,
            #[serde(default = "one")]
            cert_weight: f64,
            #[serde(default = "one")]
            salary_weight: f64,
        }
        let r = Raw::deserialize(deserializer)?;
        Weights::new(r.move_weight, r.cert_weight, r.salary_weight).map_err(serde::de::Error::custom)
    }
}

/// Why a set of weights was rejected.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum WeightError {
    /// The weight is below zero.
    Negative {
        /// Which weight.
        name: &'static str,
        /// The rejected value.
        value: f64,
    },
    /// The weight is NaN or infinite.
    NotFinite {
        /// Which weight.
        name: &'static str,
        /// The rejected value.
        value: f64,
    },
}

impl fmt::Display for WeightError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WeightError::Negative { name, value } => {
                write!(f, "{name} must be >= 0, got {value}")
            }
            WeightError::NotFinite { name, value } => {
                write!(f, "{name} must be a finite number, got {value}")
            }
        }
    }
}

impl std::error::Error for WeightError {}

/// The cost of one move, split into its terms.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StepCost {
    /// `move_weight * 1`.
    pub move_term: f64,
    /// `cert_weight * |new_certs|`.
    pub cert_term: f64,
    /// `salary_weight * max(0, -salary_delta) / 10000`, or 0 when the delta is unknown.
    pub salary_term: f64,
    /// Key certifications of the target role that were not yet held (earned by this move).
    pub new_certs: CertSet,
    /// `mid(B) - mid(A)` when both midpoints are known.
    pub salary_delta: Option<f64>,
}

impl StepCost {
    /// The move's total cost, `move_term + cert_term + salary_term`.
    pub fn total(&self) -> f64 {
        self.move_term + self.cert_term + self.salary_term
    }
}

/// `mid(B) - mid(A)` when both are known and finite.
pub(crate) fn salary_delta(from_mid: Option<f64>, to_mid: Option<f64>) -> Option<f64> {
    match (from_mid, to_mid) {
        (Some(a), Some(b)) if a.is_finite() && b.is_finite() => Some(b - a),
        _ => None,
    }
}

/// The salary term of a move (0 when the delta is unknown or a raise).
pub(crate) fn salary_term(w: &Weights, delta: Option<f64>) -> f64 {
    match delta {
        Some(d) if d < 0.0 => w.salary_weight * (-d) / SALARY_SCALE,
        _ => 0.0,
    }
}

/// Total cost of a move that earns `new_certs` certifications; the same arithmetic as
/// [`StepCost::total`] so that search and re-evaluation agree bit for bit.
pub(crate) fn step_total(w: &Weights, delta: Option<f64>, new_certs: usize) -> f64 {
    w.move_weight + w.cert_weight * new_certs as f64 + salary_term(w, delta)
}

/// Computes the cost of one move to a role with key certifications `to_certs`, while holding `held`.
///
/// # Arguments
/// * `w` – the term weights.
/// * `from_mid`, `to_mid` – salary midpoints of the roles moved from and to (`None` if unknown).
/// * `to_certs` – key certifications of the target role.
/// * `held` – certifications held before the move; these are not paid again.
///
/// # Returns
/// The [`StepCost`] with each term, the certifications earned and the salary delta.
///
/// # Complexity
/// O(c / 64) for c the largest certification id.
///
/// # Example
/// ```
/// use careergraph::cost::{step_cost, CertSet, Weights};
/// let w = Weights::default();
/// // Moving down from a 90k to a 70k role that needs certs 1 and 2, holding 2:
/// let s = step_cost(&w, Some(90_000.0), Some(70_000.0), &CertSet::from_ids([1, 2]), &CertSet::from_ids([2]));
/// assert_eq!((s.move_term, s.cert_term, s.salary_term), (1.0, 1.0, 2.0));
/// assert_eq!(s.new_certs, CertSet::from_ids([1]));
/// assert_eq!(s.total(), 4.0);
/// ```
pub fn step_cost(
    w: &Weights,
    from_mid: Option<f64>,
    to_mid: Option<f64>,
    to_certs: &CertSet,
    held: &CertSet,
) -> StepCost {
    let new_certs = to_certs.difference(held);
    let delta = salary_delta(from_mid, to_mid);
    StepCost {
        move_term: w.move_weight,
        cert_term: w.cert_weight * new_certs.len() as f64,
        salary_term: salary_term(w, delta),
        new_certs,
        salary_delta: delta,
    }
}

/// What the search needs to know about a role node: its key certifications and salary midpoint.
pub trait RoleCosting {
    /// Certifications a person is expected to hold in this role.
    fn key_certs(&self) -> &CertSet;
    /// Midpoint of the role's salary range, if known.
    fn salary_mid(&self) -> Option<f64>;
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::hash_map::DefaultHasher;
    use std::hash::{Hash, Hasher};

    fn h(s: &CertSet) -> u64 {
        let mut d = DefaultHasher::new();
        s.hash(&mut d);
        d.finish()
    }

    #[test]
    fn certset_basic_ops() {
        let mut s = CertSet::new();
        assert!(s.is_empty());
        assert!(s.insert(3));
        assert!(!s.insert(3));
        assert!(s.insert(130));
        assert!(s.contains(3) && s.contains(130) && !s.contains(4) && !s.contains(1000));
        assert_eq!(s.len(), 2);
        assert_eq!(s.iter().collect::<Vec<_>>(), vec![3, 130]);
        let t = CertSet::from_ids([3, 5, 64]);
        assert_eq!(s.difference_count(&t), 1);
        assert_eq!(t.difference_count(&s), 2);
        assert_eq!(s.difference(&t), CertSet::from_ids([130]));
        let mut u = s.clone();
        u.union_with(&t);
        assert_eq!(u.iter().collect::<Vec<_>>(), vec![3, 5, 64, 130]);
        assert!(u.is_superset(&s) && u.is_superset(&t) && !s.is_superset(&t));
        assert!(s.is_superset(&CertSet::new()));
        assert_eq!(format!("{:?}", t), "{3, 5, 64}");
    }

    #[test]
    fn certset_eq_ignores_trailing_zero_words() {
        let a = CertSet::from_ids([1, 200]);
        let b = CertSet::from_ids([1]);
        let c = a.difference(&CertSet::from_ids([200]));
        // Force trailing zero words on one side.
        let mut d = CertSet::from_ids([1, 300]);
        d.words[4] = 0;
        assert_eq!(b, c);
        assert_eq!(b, d);
        assert_eq!(h(&b), h(&d));
        assert_ne!(a, b);
        assert_eq!(CertSet::default(), CertSet::from_ids([]));
        let mut e = CertSet::from_ids([500]);
        e.words[7] = 0;
        assert!(e.is_empty());
        assert_eq!(e, CertSet::new());
        assert_eq!(h(&e), h(&CertSet::new()));
    }

    #[test]
    fn weights_validation() {
        assert_eq!(Weights::new(1.0, 1.0, 1.0), Ok(Weights::default()));
        assert!(Weights::new(0.0, 0.5, 2.0).is_ok());
        assert!(matches!(
            Weights::new(-1.0, 1.0, 1.0),
            Err(WeightError::Negative {
                name: "move_weight",
                ..
            })
        ));
        assert!(matches!(
            Weights::new(1.0, f64::NAN, 1.0),
            Err(WeightError::NotFinite {
                name: "cert_weight",
                ..
            })
        ));
        assert!(Weights::new(1.0, 1.0, f64::INFINITY).is_err());
        let e = Weights::new(1.0, 1.0, -0.5).err().map(|e| e.to_string());
        assert_eq!(e.as_deref(), Some("salary_weight must be >= 0, got -0.5"));
    }

    #[test]
    fn step_cost_terms() {
        let w = Weights::new(2.0, 3.0, 5.0).unwrap_or_default();
        let none = CertSet::new();
        // Move term only.
        let s = step_cost(&w, None, None, &none, &none);
        assert_eq!((s.move_term, s.cert_term, s.salary_term), (2.0, 0.0, 0.0));
        assert_eq!(s.salary_delta, None);
        // Cert term counts only missing certs.
        let s = step_cost(&w, None, None, &CertSet::from_ids([1, 2, 3]), &none);
        assert_eq!(s.cert_term, 9.0);
        assert_eq!(s.new_certs.len(), 3);
        // Held certs are free.
        let s = step_cost(
            &w,
            None,
            None,
            &CertSet::from_ids([1, 2]),
            &CertSet::from_ids([1, 2, 9]),
        );
        assert_eq!(s.cert_term, 0.0);
        assert!(s.new_certs.is_empty());
        // Salary drop of 20k costs 5 * 2.
        let s = step_cost(&w, Some(100_000.0), Some(80_000.0), &none, &none);
        assert_eq!(s.salary_term, 10.0);
        assert_eq!(s.salary_delta, Some(-20_000.0));
        assert_eq!(s.total(), 12.0);
        // A raise costs nothing.
        let s = step_cost(&w, Some(80_000.0), Some(100_000.0), &none, &none);
        assert_eq!(s.salary_term, 0.0);
        assert_eq!(s.salary_delta, Some(20_000.0));
        // Unknown salary on either side => no salary term.
        for (a, b) in [(None, Some(1.0)), (Some(1e6), None), (Some(f64::NAN), Some(1.0))] {
            let s = step_cost(&w, a, b, &none, &none);
            assert_eq!(s.salary_term, 0.0);
            assert_eq!(s.salary_delta, None);
        }
        // step_total agrees with total().
        let s = step_cost(&w, Some(100_000.0), Some(77_777.0), &CertSet::from_ids([4]), &none);
        assert_eq!(s.total(), step_total(&w, s.salary_delta, 1));
    }
}

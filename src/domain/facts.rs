//! The fact register (`content/facts.json`): which fact IDs exist, whether they are confirmed (V) or
//! background (B), their source and when they were last checked. Content may cite only V facts.

use super::date::Date;
use serde::Deserialize;

/// The register as shipped in the app.
pub const REGISTER_JSON: &str = include_str!("../../content/facts.json");

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Fact {
    pub id: String,
    /// "V" (confirmed) or "B" (background: never shown as fact).
    pub status: String,
    pub source: String,
    /// ISO date, `YYYY-MM-DD`.
    pub checked: String,
    /// Amounts, shelters, the law in motion: a block resting on it shows its date beside it.
    #[serde(default)]
    pub time_sensitive: bool,
    /// A conclusion drawn from other facts (A7), never cited itself: cite its components.
    #[serde(default)]
    pub synthesis: bool,
}

impl Fact {
    pub fn confirmed(&self) -> bool {
        self.status == "V"
    }
    pub fn checked_date(&self) -> Option<Date> {
        Date::parse_iso(&self.checked)
    }
}

/// Whether a fact checked on `checked` may be out of date on `today`: its last check is more than six
/// months ago. (Exactly six months is not yet stale.)
pub fn is_stale(checked: Date, today: Date) -> bool {
    checked.add_months(6).is_some_and(|limit| limit < today)
}

#[derive(Deserialize)]
struct Register {
    facts: Vec<Fact>,
}

/// All facts in the register. An unreadable register (a build mistake the host tests catch) is empty.
pub fn register() -> Vec<Fact> {
    serde_json::from_str::<Register>(REGISTER_JSON)
        .map(|r| r.facts)
        .unwrap_or_default()
}

/// The facts with these IDs, in the given order; unknown IDs are left out.
pub fn lookup(register: &[Fact], ids: &[&str]) -> Vec<Fact> {
    ids.iter()
        .filter_map(|id| register.iter().find(|f| f.id == *id).cloned())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_register_reads_and_every_fact_is_complete() {
        let facts = register();
        assert!(facts.len() >= 20, "register has {} facts", facts.len());
        for f in &facts {
            assert!(
                f.status == "V" || f.status == "B",
                "{}: status {}",
                f.id,
                f.status
            );
            assert!(!f.source.trim().is_empty(), "{}: no source", f.id);
            assert!(
                f.checked_date().is_some(),
                "{}: bad checked date {}",
                f.id,
                f.checked
            );
        }
        let mut ids: Vec<_> = facts.iter().map(|f| f.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), facts.len(), "duplicate fact ids");
    }

    #[test]
    fn a_fact_is_stale_a_day_after_six_months() {
        let checked = Date::const_new(2026, 12, 1);
        let day = |y, m, d| Date::new(y, m, d).unwrap();
        assert!(!is_stale(checked, day(2027, 6, 1)), "exactly six months");
        assert!(is_stale(checked, day(2027, 6, 2)), "a day more");
        assert!(!is_stale(checked, day(2027, 5, 31)), "a day less");
        assert!(!is_stale(checked, checked));
        assert!(!is_stale(checked, day(2026, 11, 29)), "checked after today");
        // The end of a month: 31 August plus six months is the last day of February.
        let august = Date::const_new(2026, 8, 31);
        assert!(!is_stale(august, day(2027, 2, 28)));
        assert!(is_stale(august, day(2027, 3, 1)));
    }

    #[test]
    fn background_facts_are_marked() {
        let facts = register();
        let b: Vec<_> = facts
            .iter()
            .filter(|f| !f.confirmed())
            .map(|f| f.id.as_str())
            .collect();
        assert_eq!(
            b,
            ["E9", "E11", "V8", "L6", "V13", "A9", "E14", "V15", "J14"]
        );
    }
}

//! How long each text a user can write may be, in one place. The forms show the limit (`maxlength`, and a
//! calm counter near the end); an import checks it: a file with a longer text is refused whole, never cut
//! (docs/RELIABILITY.md, "Hostile input", says why).
//!
//! The domain counts characters (Unicode scalar values). A browser's `maxlength` counts UTF-16 units, which
//! are never fewer, so whatever a form lets through is within these limits.

pub use super::plan::{MAX_LONG_CHARS, MAX_SHORT_CHARS};
use super::state::Document;
pub use super::state::{MAX_DRAFT_CHARS, MAX_DRAFTS, MAX_NAME_CHARS};
pub use super::timeline::{MAX_NOTE_CHARS, MAX_TITLE_CHARS};

/// Whether `text` has at most `max` characters (without counting further than needed).
pub fn fits(text: &str, max: usize) -> bool {
    text.len() <= max || text.chars().nth(max).is_none()
}

/// Whether every text in `doc` is within its limit: what an import requires.
pub fn within(doc: &Document) -> bool {
    let entries = doc.entries.iter().chain(&doc.deleted);
    fits(&doc.profile.name, MAX_NAME_CHARS)
        && entries
            .into_iter()
            .all(|e| fits(&e.title, MAX_TITLE_CHARS) && fits(&e.note, MAX_NOTE_CHARS))
        && doc
            .questions
            .iter()
            .all(|q| fits(&q.text, MAX_SHORT_CHARS) && fits(&q.answer, MAX_LONG_CHARS))
        && doc
            .agreements
            .iter()
            .all(|a| fits(&a.what, MAX_SHORT_CHARS))
        && [&doc.goals.learn, &doc.goals.need, &doc.goals.more]
            .iter()
            .all(|g| fits(g, MAX_LONG_CHARS))
        && doc.drafts.len() <= MAX_DRAFTS
        && doc.drafts.values().all(|d| fits(d, MAX_DRAFT_CHARS))
}

/// Whether a form shows its counter: only close to the limit (from four fifths of it on).
pub fn near(used: usize, max: usize) -> bool {
    used.saturating_mul(5) >= max.saturating_mul(4)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::PartialDate;
    use crate::domain::plan::{Agreement, Who};
    use crate::domain::state::Question;
    use crate::domain::timeline::{Entry, EntryKind};

    #[test]
    fn fits_counts_characters_not_bytes() {
        assert!(fits("", 0));
        assert!(!fits("a", 0));
        assert!(fits("سلام", 4), "4 characters, 8 bytes");
        assert!(!fits("سلام!", 4));
        assert!(fits("😀😀", 2), "2 characters, 4 UTF-16 units");
        assert!(fits(&"x".repeat(MAX_TITLE_CHARS), MAX_TITLE_CHARS));
        assert!(!fits(&"x".repeat(MAX_TITLE_CHARS + 1), MAX_TITLE_CHARS));
    }

    #[test]
    fn the_counter_shows_only_near_the_limit() {
        assert!(!near(0, 200));
        assert!(!near(159, 200));
        assert!(near(160, 200));
        assert!(near(200, 200));
        assert!(near(usize::MAX, usize::MAX));
        assert!(!near(47, 60));
        assert!(near(48, 60));
    }

    /// Each field one character over its limit makes the document too long; at the limit it fits.
    #[test]
    fn every_field_is_checked() {
        type Set = fn(&mut Document, String);
        let fields: [(&str, usize, Set); 10] = [
            ("name", MAX_NAME_CHARS, |d, s| d.profile.name = s),
            ("title", MAX_TITLE_CHARS, |d, s| d.entries[0].title = s),
            ("note", MAX_NOTE_CHARS, |d, s| d.entries[0].note = s),
            ("deleted note", MAX_NOTE_CHARS, |d, s| d.deleted[0].note = s),
            ("question", MAX_SHORT_CHARS, |d, s| d.questions[0].text = s),
            ("answer", MAX_LONG_CHARS, |d, s| d.questions[0].answer = s),
            ("agreement", MAX_SHORT_CHARS, |d, s| {
                d.agreements[0].what = s
            }),
            ("goal learn", MAX_LONG_CHARS, |d, s| d.goals.learn = s),
            ("goal more", MAX_LONG_CHARS, |d, s| d.goals.more = s),
            ("draft", MAX_DRAFT_CHARS, |d, s| {
                d.drafts.insert("entry.new.note".into(), s);
            }),
        ];
        let mut base = Document::default();
        let entry = |id: &str| Entry {
            id: id.into(),
            kind: EntryKind::Other,
            date: PartialDate::Year(2024),
            end: None,
            title: "t".into(),
            note: String::new(),
            private: false,
            created: String::new(),
            updated: String::new(),
        };
        base.entries.push(entry("e1"));
        base.deleted.push(entry("e2"));
        base.questions.push(Question {
            id: "q".into(),
            text: "?".into(),
            ..Question::default()
        });
        base.agreements.push(Agreement {
            id: "a".into(),
            what: "x".into(),
            who: Who::Me,
            by: None,
            done: false,
            created: String::new(),
            updated: String::new(),
        });
        assert!(within(&base));
        for (name, max, set) in fields {
            let mut at = base.clone();
            set(&mut at, "ا".repeat(max));
            assert!(within(&at), "{name} at its limit fits");
            let mut over = base.clone();
            set(&mut over, "ا".repeat(max + 1));
            assert!(!within(&over), "{name} one over does not");
        }
        let mut many = base.clone();
        for n in 0..=MAX_DRAFTS {
            many.drafts.insert(format!("k{n}"), "x".into());
        }
        assert!(!within(&many), "more drafts than are kept");
    }
}

//! Loads and saves the document through any [`Store`], with the rules that keep data safe:
//! never write over unreadable or newer data, keep the previous good copy, notice other windows.

use super::schema::{self, Decoded};
use super::{KEPT_PREFIX, LoadOutcome, MAIN_KEY, PREVIOUS_KEY, SaveError, Store};
use crate::domain::state::Document;

/// Owns the backend and remembers what it last wrote, so it can tell when someone else wrote.
pub struct Keeper {
    store: Box<dyn Store>,
    /// The exact envelope we last read or wrote under [`MAIN_KEY`].
    last_raw: Option<String>,
    /// The document inside `last_raw` as JSON, to skip saves that change nothing.
    last_doc: Option<String>,
    /// False while the stored data is unreadable or too new: then nothing may be written.
    writable: bool,
    /// Whether this session already copied the document it started from to [`PREVIOUS_KEY`].
    previous_kept: bool,
}

impl Keeper {
    /// Opens the store and loads the document.
    pub fn open(store: Box<dyn Store>) -> (Self, LoadOutcome) {
        let mut keeper = Keeper {
            store,
            last_raw: None,
            last_doc: None,
            writable: false,
            previous_kept: false,
        };
        let outcome = keeper.load();
        (keeper, outcome)
    }

    /// Whether saves are allowed (the outcome was `Empty` or `Loaded`).
    pub fn is_writable(&self) -> bool {
        self.writable
    }

    /// (Re)reads the main key. Used at start and when another window changed it.
    pub fn load(&mut self) -> LoadOutcome {
        self.writable = false;
        let raw = match self.store.get(MAIN_KEY) {
            Err(_) => return LoadOutcome::Unavailable,
            Ok(None) => {
                self.writable = true;
                self.last_raw = None;
                self.last_doc = None;
                return LoadOutcome::Empty;
            }
            Ok(Some(raw)) => raw,
        };
        match schema::decode(&raw) {
            Decoded::Doc(doc) => {
                // Keep the document this session starts from as the previous good copy, now rather than
                // at the first save, so saving stays one write (fast, even with thousands of entries).
                // Best effort: a full disk must not stop the app from opening.
                self.previous_kept = self.store.set(PREVIOUS_KEY, &raw).is_ok();
                self.writable = true;
                self.last_doc = Some(schema::encode_doc(&doc));
                self.last_raw = Some(raw);
                LoadOutcome::Loaded(doc)
            }
            Decoded::TooNew(version) => LoadOutcome::TooNew { version, raw },
            Decoded::Unreadable(_) => LoadOutcome::Unreadable {
                raw,
                previous: self.previous(),
            },
        }
    }

    /// The previous good copy, when it can be read.
    fn previous(&self) -> Option<Document> {
        match schema::decode(&self.store.get(PREVIOUS_KEY).ok()??) {
            Decoded::Doc(doc) => Some(doc),
            _ => None,
        }
    }

    /// Saves `doc`. On any error nothing stored changes and the caller keeps its in-memory document.
    pub fn save(&mut self, doc: &Document, saved_at: &str) -> Result<(), SaveError> {
        if !self.writable {
            return Err(SaveError::ReadOnly);
        }
        let current = self.store.get(MAIN_KEY)?;
        if current != self.last_raw {
            // Someone else wrote since we last looked. Never write over what we have not read.
            if let Some(raw) = &current
                && !matches!(schema::decode(raw), Decoded::Doc(_))
            {
                self.writable = false;
                return Err(SaveError::ReadOnly);
            }
            return Err(SaveError::ChangedElsewhere);
        }
        let doc_json = schema::encode_doc(doc);
        if self.last_doc.as_ref() == Some(&doc_json) {
            return Ok(());
        }
        let raw = schema::wrap(&doc_json, saved_at);
        if let Some(previous) = self.last_raw.as_ref().filter(|_| !self.previous_kept) {
            // A session that could not keep its starting document at load (it started empty, or the disk
            // was full) keeps it at its first save. Best effort: the save itself still gets its chance.
            self.previous_kept = self.store.set(PREVIOUS_KEY, previous).is_ok();
        }
        self.store.set(MAIN_KEY, &raw)?;
        self.last_raw = Some(raw);
        self.last_doc = Some(doc_json);
        Ok(())
    }

    /// Puts `raw` under a new kept key and reads it back. Returns the key.
    pub fn keep_aside(&self, raw: &str, stamp: &str) -> Result<String, SaveError> {
        let mut key = format!("{KEPT_PREFIX}{stamp}");
        let mut n = 1;
        while self.store.get(&key)?.is_some() {
            n += 1;
            key = format!("{KEPT_PREFIX}{stamp}-{n}");
        }
        self.store.set(&key, raw)?;
        if self.store.get(&key)?.as_deref() != Some(raw) {
            return Err(SaveError::Other("kept copy did not read back".into()));
        }
        Ok(key)
    }

    /// For unreadable or too-new data: set it aside (kept, never deleted), then start with an empty document.
    pub fn start_fresh(&mut self, stamp: &str) -> Result<(), SaveError> {
        if let Some(raw) = self.store.get(MAIN_KEY)? {
            self.keep_aside(&raw, stamp)?;
        }
        self.store.remove(MAIN_KEY)?;
        self.last_raw = None;
        self.last_doc = None;
        self.writable = true;
        Ok(())
    }

    /// For unreadable data with a readable previous copy: set the unreadable data aside, use the copy.
    pub fn restore_previous(&mut self, stamp: &str) -> Result<Document, SaveError> {
        let previous = self
            .previous()
            .ok_or(SaveError::Other("no readable previous copy".into()))?;
        let raw = self.store.get(PREVIOUS_KEY)?.unwrap_or_default();
        if let Some(current) = self.store.get(MAIN_KEY)? {
            self.keep_aside(&current, stamp)?;
        }
        self.store.set(MAIN_KEY, &raw)?;
        self.last_raw = Some(raw);
        self.last_doc = Some(schema::encode_doc(&previous));
        self.writable = true;
        Ok(previous)
    }

    /// Every kept copy as (key, raw), oldest first, so the user can download them.
    pub fn kept(&self) -> Vec<(String, String)> {
        let keys = self.store.keys_with_prefix(KEPT_PREFIX).unwrap_or_default();
        keys.into_iter()
            .filter_map(|k| self.store.get(&k).ok().flatten().map(|v| (k, v)))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::state::{Action, apply};
    use crate::store::memory::MemoryStore;
    use crate::store::schema::SCHEMA;

    const T1: &str = "2026-11-29T10:00:00Z";
    const T2: &str = "2026-11-29T10:05:00Z";

    fn named(name: &str) -> Document {
        apply(
            &Document::default(),
            Action::FinishWelcome {
                name: name.into(),
                language: "nl".into(),
            },
        )
    }

    fn open(store: &MemoryStore) -> (Keeper, LoadOutcome) {
        Keeper::open(Box::new(store.clone()))
    }

    #[test]
    fn empty_store_is_empty_and_writable() {
        let store = MemoryStore::new();
        let (mut keeper, outcome) = open(&store);
        assert_eq!(outcome, LoadOutcome::Empty);
        keeper.save(&named("Amal"), T1).unwrap();
        assert_eq!(open(&store).1, LoadOutcome::Loaded(named("Amal")));
    }

    #[test]
    fn loaded_after_save() {
        let store = MemoryStore::new();
        open(&store).0.save(&named("Amal"), T1).unwrap();
        let raw = store.raw(MAIN_KEY).unwrap();
        assert!(
            raw.contains(&format!(r#""schema":{SCHEMA}"#)) && raw.contains(T1),
            "envelope: {raw}"
        );
        assert_eq!(open(&store).1, LoadOutcome::Loaded(named("Amal")));
    }

    #[test]
    fn unreadable_is_never_overwritten() {
        let store = MemoryStore::new();
        store.put_raw(MAIN_KEY, "{\"app\":\"koers\",\"sch");
        let (mut keeper, outcome) = open(&store);
        assert_eq!(
            outcome,
            LoadOutcome::Unreadable {
                raw: "{\"app\":\"koers\",\"sch".into(),
                previous: None
            }
        );
        assert_eq!(keeper.save(&named("X"), T1), Err(SaveError::ReadOnly));
        assert_eq!(store.raw(MAIN_KEY).unwrap(), "{\"app\":\"koers\",\"sch");
    }

    #[test]
    fn too_new_is_never_overwritten() {
        let store = MemoryStore::new();
        let raw = r#"{"app":"koers","schema":7,"saved_at":"x","enc":null,"doc":{}}"#;
        store.put_raw(MAIN_KEY, raw);
        let (mut keeper, outcome) = open(&store);
        assert_eq!(
            outcome,
            LoadOutcome::TooNew {
                version: 7,
                raw: raw.into()
            }
        );
        assert_eq!(keeper.save(&named("X"), T1), Err(SaveError::ReadOnly));
        assert_eq!(store.raw(MAIN_KEY).unwrap(), raw);
    }

    #[test]
    fn newer_data_written_by_another_window_is_not_overwritten() {
        let store = MemoryStore::new();
        let (mut keeper, _) = open(&store);
        keeper.save(&named("A"), T1).unwrap();
        let newer = format!(
            r#"{{"app":"koers","schema":{},"saved_at":"x","enc":null,"doc":{{}}}}"#,
            SCHEMA + 1
        );
        let newer = newer.as_str();
        store.put_raw(MAIN_KEY, newer);
        assert_eq!(keeper.save(&named("B"), T2), Err(SaveError::ReadOnly));
        assert_eq!(store.raw(MAIN_KEY).unwrap(), newer);
        assert!(!keeper.is_writable());
    }

    #[test]
    fn a_change_in_another_window_is_reported_not_overwritten() {
        let store = MemoryStore::new();
        let (mut tab_a, _) = open(&store);
        tab_a.save(&named("A"), T1).unwrap();
        let (mut tab_b, _) = open(&store);
        tab_b.save(&named("B"), T2).unwrap();
        assert_eq!(
            tab_a.save(&named("A2"), T2),
            Err(SaveError::ChangedElsewhere)
        );
        assert_eq!(tab_a.load(), LoadOutcome::Loaded(named("B")));
        tab_a.save(&named("A3"), T2).unwrap();
    }

    #[test]
    fn the_previous_good_copy_is_kept_under_a_second_key() {
        let store = MemoryStore::new();
        let (mut keeper, _) = open(&store);
        keeper.save(&named("First"), T1).unwrap();
        let first = store.raw(MAIN_KEY).unwrap();
        keeper.save(&named("Second"), T2).unwrap();
        assert_eq!(store.raw(PREVIOUS_KEY).unwrap(), first);
        // Later saves of the same session keep that copy; the next session starts from "Third".
        keeper.save(&named("Third"), T2).unwrap();
        assert_eq!(store.raw(PREVIOUS_KEY).unwrap(), first);
        let third = store.raw(MAIN_KEY).unwrap();
        let (mut next_session, _) = open(&store);
        next_session.save(&named("Fourth"), T2).unwrap();
        assert_eq!(store.raw(PREVIOUS_KEY).unwrap(), third);
        // When the main copy breaks, the previous one is offered and can be restored.
        store.put_raw(MAIN_KEY, "garbage");
        let (mut keeper, outcome) = open(&store);
        assert_eq!(
            outcome,
            LoadOutcome::Unreadable {
                raw: "garbage".into(),
                previous: Some(named("Third"))
            }
        );
        assert_eq!(keeper.restore_previous("s1").unwrap(), named("Third"));
        assert_eq!(store.raw("koers.kept.s1").unwrap(), "garbage");
        assert_eq!(open(&store).1, LoadOutcome::Loaded(named("Third")));
    }

    #[test]
    fn a_full_disk_is_an_error_value_and_changes_nothing() {
        let store = MemoryStore::new();
        let (mut keeper, _) = open(&store);
        keeper.save(&named("A"), T1).unwrap();
        let before = store.raw(MAIN_KEY).unwrap();
        // Room for two documents of this size, not for a larger one next to its previous copy.
        store.set_quota(Some(2 * (before.len() + PREVIOUS_KEY.len()) + 8));
        let big = named(&"x".repeat(60));
        assert_eq!(keeper.save(&big, T2), Err(SaveError::QuotaExceeded));
        assert_eq!(store.raw(MAIN_KEY).unwrap(), before);
        // The keeper is still usable: a smaller document saves.
        keeper.save(&named("B"), T2).unwrap();
    }

    #[test]
    fn blocked_storage_is_unavailable() {
        let store = MemoryStore::blocked();
        let (mut keeper, outcome) = open(&store);
        assert_eq!(outcome, LoadOutcome::Unavailable);
        assert_eq!(keeper.save(&named("A"), T1), Err(SaveError::ReadOnly));
    }

    #[test]
    fn a_v0_document_loads_migrated_and_the_original_stays_as_previous() {
        let store = MemoryStore::new();
        let v0 = include_str!("../../tests/fixtures/schema-v0.json").trim();
        store.put_raw(MAIN_KEY, v0);
        let (mut keeper, outcome) = open(&store);
        let LoadOutcome::Loaded(doc) = outcome else {
            panic!("{outcome:?}")
        };
        assert_eq!(doc.profile.name, "Yonas");
        keeper
            .save(&apply(&doc, Action::SetName("Yonas T".into())), T1)
            .unwrap();
        assert_eq!(store.raw(PREVIOUS_KEY).unwrap(), v0);
        assert!(
            store
                .raw(MAIN_KEY)
                .unwrap()
                .contains(&format!(r#""schema":{SCHEMA}"#))
        );
    }

    #[test]
    fn start_fresh_keeps_the_old_data_aside() {
        let store = MemoryStore::new();
        store.put_raw(MAIN_KEY, "not json");
        let (mut keeper, _) = open(&store);
        keeper.start_fresh("2026-11-29").unwrap();
        assert_eq!(store.raw("koers.kept.2026-11-29").unwrap(), "not json");
        keeper.save(&named("New"), T1).unwrap();
        // A second set-aside with the same stamp gets its own key.
        store.put_raw(MAIN_KEY, "broken again");
        let (mut keeper, _) = open(&store);
        keeper.start_fresh("2026-11-29").unwrap();
        assert_eq!(
            store.raw("koers.kept.2026-11-29-2").unwrap(),
            "broken again"
        );
        assert_eq!(keeper.kept().len(), 2);
    }

    #[test]
    fn start_fresh_fails_cleanly_when_the_disk_is_full() {
        let store = MemoryStore::with_quota(30);
        store.put_raw(MAIN_KEY, "unreadable stuff that fills it");
        let (mut keeper, _) = open(&store);
        assert_eq!(keeper.start_fresh("s"), Err(SaveError::QuotaExceeded));
        assert_eq!(
            store.raw(MAIN_KEY).unwrap(),
            "unreadable stuff that fills it"
        );
        assert!(!keeper.is_writable());
    }

    #[test]
    fn saving_the_same_document_twice_writes_once() {
        let store = MemoryStore::new();
        let (mut keeper, _) = open(&store);
        keeper.save(&named("A"), T1).unwrap();
        let raw = store.raw(MAIN_KEY).unwrap();
        keeper.save(&named("A"), T2).unwrap();
        assert_eq!(store.raw(MAIN_KEY).unwrap(), raw);
        assert_eq!(store.raw(PREVIOUS_KEY), None);
    }
}

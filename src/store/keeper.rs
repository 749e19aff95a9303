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
        // A passphrase change that did not finish leaves its pending copy: the main key is the truth.
        let _ = self.store.remove(super::PENDING_KEY);
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
        if self.last_raw.is_none() && *doc == Document::default() {
            // Nothing stored and nothing to store: a fresh start or a wipe leaves storage empty.
            return Ok(());
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

    /// Whether `doc` differs from what this keeper last read or wrote.
    pub fn is_unsaved(&self, doc: &Document) -> bool {
        self.last_doc.as_deref() != Some(schema::encode_doc(doc).as_str())
            && (self.last_doc.is_some() || *doc != Document::default())
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

    /// Removes one kept copy (the user said an import is fine, or no longer needs it). Refuses any key that
    /// is not a kept copy, so the document and its previous copy can never go this way.
    pub fn remove_kept(&self, key: &str) -> Result<(), SaveError> {
        match key.strip_prefix(KEPT_PREFIX) {
            Some(rest) if !rest.is_empty() => self.store.remove(key),
            _ => Err(SaveError::Other("not a kept copy".into())),
        }
    }

    /// Deletes everything Koers stored on this phone: the document, the previous copy and every kept copy.
    /// Only on the user's explicit, confirmed request. Afterwards the store is empty and writable.
    pub fn wipe(&mut self) -> Result<(), SaveError> {
        let mut keys = self.store.keys_with_prefix(super::KEPT_PREFIX)?;
        keys.push(MAIN_KEY.into());
        keys.push(PREVIOUS_KEY.into());
        keys.push(super::PENDING_KEY.into());
        for key in keys {
            self.store.remove(&key)?;
        }
        self.last_raw = None;
        self.last_doc = None;
        self.previous_kept = false;
        self.writable = true;
        Ok(())
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

//! Loads and saves the document through any [`Store`], with the rules that keep data safe:
//! never write over unreadable or newer data, keep the previous good copy, notice other windows.

use super::schema::{self, Decoded, SCHEMA};
use super::sealed;
use super::{
    KEPT_PREFIX, LoadOutcome, MAIN_KEY, PENDING_KEY, PREVIOUS_KEY, SaveError, Store, WIPING_KEY,
};
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
    /// The stored document is locked with a passphrase: saves are sealed by the caller
    /// ([`Keeper::prepare`], then [`Keeper::commit`]), never written plain.
    sealed: bool,
    /// Grows with every change of what may be written (lock, rekey, wipe, a fresh start), so a sealed save
    /// that was prepared before such a change is dropped instead of written.
    epoch: u64,
    /// The next save also becomes the previous copy (something was forgotten on purpose, such as a
    /// deleted entry once Undo is gone: the older copy must not keep it).
    renew_previous: bool,
}

/// A document ready to be sealed and committed: its JSON, and the epoch it was prepared in.
pub struct Prepared {
    pub doc_json: String,
    pub epoch: u64,
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
            sealed: false,
            epoch: 0,
            renew_previous: false,
        };
        let outcome = keeper.load();
        (keeper, outcome)
    }

    /// Whether saves are allowed (the outcome was `Empty` or `Loaded`).
    pub fn is_writable(&self) -> bool {
        self.writable
    }

    /// Whether the stored document is locked with a passphrase.
    pub fn is_sealed(&self) -> bool {
        self.sealed
    }

    /// (Re)reads the main key. Used at start and when another window changed it.
    pub fn load(&mut self) -> LoadOutcome {
        self.writable = false;
        self.sealed = false;
        self.epoch += 1;
        if matches!(self.store.get(WIPING_KEY), Ok(Some(_))) && self.wipe().is_err() {
            // "Delete everything" was cut off and cannot finish now: nothing may be shown or written.
            return LoadOutcome::Unavailable;
        }
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
        let _ = self.store.remove(PENDING_KEY);
        if sealed::is_sealed(&raw) {
            return match sealed::read_header(&raw) {
                Ok(s) if s.schema > SCHEMA => LoadOutcome::TooNew {
                    version: s.schema,
                    raw,
                },
                Ok(s) => {
                    self.sealed = true;
                    self.last_raw = Some(raw.clone());
                    self.last_doc = None;
                    LoadOutcome::Locked {
                        raw,
                        saved_at: s.saved_at,
                    }
                }
                Err(_) => LoadOutcome::Unreadable {
                    raw,
                    previous: self.previous(),
                },
            };
        }
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

    /// Saves `doc` as plain JSON. On any error nothing stored changes and the caller keeps its in-memory
    /// document. A locked document is never saved this way (see [`Keeper::prepare`]).
    pub fn save(&mut self, doc: &Document, saved_at: &str) -> Result<(), SaveError> {
        if self.sealed {
            return Err(SaveError::Other("locked: seal first".into()));
        }
        match self.prepare(doc)? {
            Some(p) => self.commit(schema::wrap(&p.doc_json, saved_at), p),
            None => Ok(()),
        }
    }

    /// The first half of a save: checks that writing is allowed and needed. `Some` with the document's JSON
    /// when it must be written (sealed first, when the lock is on); `None` when nothing changed.
    /// Whether someone else wrote is checked once, by [`Keeper::commit`], right before the write: a check
    /// here too would read (and, with the lock on, compare) the whole stored text a second time.
    pub fn prepare(&mut self, doc: &Document) -> Result<Option<Prepared>, SaveError> {
        if !self.writable {
            return Err(SaveError::ReadOnly);
        }
        if self.last_raw.is_none() && *doc == Document::default() {
            // Nothing stored and nothing to store: a fresh start or a wipe leaves storage empty.
            return Ok(None);
        }
        let doc_json = schema::encode_doc(doc);
        if self.last_doc.as_ref() == Some(&doc_json) {
            return Ok(None);
        }
        Ok(Some(Prepared {
            doc_json,
            epoch: self.epoch,
        }))
    }

    /// The second half: writes `raw` (the envelope around the prepared JSON) under the main key, if nobody
    /// wrote since. A save prepared before a lock, rekey or wipe is dropped (`Ok`, nothing written).
    pub fn commit(&mut self, raw: String, prepared: Prepared) -> Result<(), SaveError> {
        if prepared.epoch != self.epoch {
            return Ok(());
        }
        if !self.writable {
            return Err(SaveError::ReadOnly);
        }
        self.check_unchanged()?;
        if let Some(previous) = self.last_raw.as_ref().filter(|_| !self.previous_kept) {
            // A session that could not keep its starting document at load (it started empty, or the disk
            // was full) keeps it at its first save. Best effort: the save itself still gets its chance.
            self.previous_kept = self.store.set(PREVIOUS_KEY, previous).is_ok();
        }
        self.store.set(MAIN_KEY, &raw)?;
        if self.renew_previous {
            // Best effort, as at load: the main key is written and readable.
            self.previous_kept = self.store.set(PREVIOUS_KEY, &raw).is_ok();
            self.renew_previous = false;
        }
        self.last_raw = Some(raw);
        self.last_doc = Some(prepared.doc_json);
        Ok(())
    }

    /// The next successful save also replaces the previous copy, so what the user removed on purpose does
    /// not stay there.
    pub fn renew_previous_at_next_save(&mut self) {
        self.renew_previous = true;
    }

    /// `Err` when the main key no longer holds what we last read or wrote. Never write over what we have
    /// not read.
    fn check_unchanged(&mut self) -> Result<(), SaveError> {
        if self.store.holds(MAIN_KEY, self.last_raw.as_deref())? {
            return Ok(());
        }
        let current = self.store.get(MAIN_KEY)?;
        if current != self.last_raw {
            if let Some(raw) = &current
                && !sealed::is_sealed(raw)
                && !matches!(schema::decode(raw), Decoded::Doc(_))
            {
                self.writable = false;
                return Err(SaveError::ReadOnly);
            }
            return Err(SaveError::ChangedElsewhere);
        }
        Ok(())
    }

    /// The main key as stored now (the lock screen opens this).
    pub fn stored(&self) -> Option<String> {
        self.store.get(MAIN_KEY).ok().flatten()
    }

    /// The stored value as this keeper last read or wrote it, without reading storage again (a locked
    /// document is about 470,000 characters). Another window's write reaches it through [`Keeper::load`]
    /// (the cross-window sync); [`Keeper::unlocked`] checks that it is still what is stored.
    pub fn last_stored(&self) -> Option<String> {
        self.last_raw.clone()
    }

    /// After the caller opened `raw` with the passphrase: saves may go on, sealed. `raw` must still be
    /// what is stored. The previous copy becomes this same locked envelope.
    pub fn unlocked(&mut self, raw: &str, doc: &Document) -> Result<(), SaveError> {
        if !self.store.holds(MAIN_KEY, Some(raw))? {
            return Err(SaveError::ChangedElsewhere);
        }
        self.previous_kept = self.store.set(PREVIOUS_KEY, raw).is_ok();
        self.last_raw = Some(raw.to_string());
        self.last_doc = Some(schema::encode_doc(doc));
        self.writable = true;
        self.sealed = true;
        self.epoch += 1;
        Ok(())
    }

    /// Locks: no more saves until [`Keeper::unlocked`]. A save still being sealed is dropped.
    pub fn lock(&mut self) {
        self.writable = false;
        self.last_doc = None;
        self.epoch += 1;
    }

    /// Puts a re-encrypted document (or, when the lock is removed, a plain one) under the main key,
    /// crash-safe: first beside it under [`PENDING_KEY`], then the main key, then the pending copy goes.
    /// The previous copy becomes the same envelope, so no readable copy outlives a new lock. Each kept copy
    /// in `kept` (key, value as read, new value) is replaced when it is still as read. Returns the keys of
    /// kept copies that could not be replaced (a full disk), so the user can be asked about them.
    pub fn commit_rekey(
        &mut self,
        raw: String,
        doc_json: String,
        sealed: bool,
        kept: &[(String, String, String)],
    ) -> Result<Vec<String>, SaveError> {
        if !self.writable {
            return Err(SaveError::ReadOnly);
        }
        self.check_unchanged()?;
        self.store.set(PENDING_KEY, &raw)?;
        let written = self.store.set(MAIN_KEY, &raw);
        let _ = self.store.remove(PENDING_KEY);
        written?;
        self.epoch += 1;
        self.sealed = sealed;
        self.last_raw = Some(raw);
        self.last_doc = Some(doc_json);
        if self
            .store
            .set(PREVIOUS_KEY, self.last_raw.as_deref().unwrap_or_default())
            .is_err()
        {
            let _ = self.store.remove(PREVIOUS_KEY);
        }
        self.previous_kept = true;
        let mut failed = Vec::new();
        for (key, old, new) in kept {
            if !matches!(self.replace_kept(key, old, new), Ok(true)) {
                failed.push(key.clone());
            }
        }
        Ok(failed)
    }

    /// Replaces a kept copy with `new` (the same data, sealed or opened) when it still holds `old`.
    /// `Ok(false)` when it changed meanwhile (then it is left alone).
    pub fn replace_kept(&self, key: &str, old: &str, new: &str) -> Result<bool, SaveError> {
        if !key.starts_with(KEPT_PREFIX) || self.store.get(key)?.as_deref() != Some(old) {
            return Ok(false);
        }
        self.store.set(key, new)?;
        Ok(true)
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
    /// Crash-safe: a marker goes first and the main key last, and a load that finds the marker finishes the
    /// wipe. (A full disk may refuse even the small marker; then the wipe goes on without it.)
    pub fn wipe(&mut self) -> Result<(), SaveError> {
        let _ = self.store.set(WIPING_KEY, "1");
        let mut keys = self.store.keys_with_prefix(super::KEPT_PREFIX)?;
        keys.push(PREVIOUS_KEY.into());
        keys.push(super::PENDING_KEY.into());
        keys.push(super::LANGUAGE_KEY.into());
        keys.push(MAIN_KEY.into());
        keys.push(WIPING_KEY.into());
        for key in keys {
            self.store.remove(&key)?;
        }
        self.last_raw = None;
        self.last_doc = None;
        self.previous_kept = false;
        self.writable = true;
        self.sealed = false;
        self.epoch += 1;
        Ok(())
    }

    /// For unreadable or too-new data: set it aside (kept, never deleted), then start with an empty document.
    pub fn start_fresh(&mut self, stamp: &str) -> Result<(), SaveError> {
        if let Some(raw) = self.store.get(MAIN_KEY)? {
            self.keep_aside(&raw, stamp)?;
        }
        if !self.sealed {
            // An unreadable previous copy is kept too: the next save would overwrite it (walk D10).
            if let Some(prev) = self.store.get(PREVIOUS_KEY)?
                && !matches!(schema::decode(&prev), Decoded::Doc(_))
            {
                self.keep_aside(&prev, stamp)?;
                self.store.remove(PREVIOUS_KEY)?;
            }
        }
        if self.sealed {
            // A forgotten passphrase: the locked document is kept aside (above), still locked. Its previous
            // copy is an older version of the same, also locked; it goes, so the new start is clean.
            self.store.remove(PREVIOUS_KEY)?;
        }
        self.store.remove(MAIN_KEY)?;
        self.last_raw = None;
        self.last_doc = None;
        self.writable = true;
        self.sealed = false;
        self.previous_kept = false;
        self.epoch += 1;
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

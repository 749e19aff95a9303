//! The passphrase lock, seen from the app: sealed saves, locking and unlocking, setting, changing or
//! removing the passphrase (with every kept copy), and auto-lock after time in the background.
//!
//! The rules about what may be written live in `store::keeper` (host-tested); the cryptography in
//! `store::crypto` (WebCrypto). Nothing here writes readable personal data while a lock is set.

use super::state::{AppState, Notice, now_iso};
use crate::domain::state::{DEFAULT_LOCK_AFTER, Document};
use crate::store::crypto::{self, CryptoError, Key};
use crate::store::schema::{self, SCHEMA};
use crate::store::{SaveError, sealed};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// A copy kept aside (a conflict, an import's automatic copy, unreadable data), as listed in Me.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeptCopy {
    pub key: String,
    /// When it was kept (from its key), as an ISO date-time.
    pub stamp: String,
    /// Encrypted: with this app's passphrase, or (after "start again") with a forgotten one.
    pub locked: bool,
}

/// Waits `ms` milliseconds without blocking the page.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

impl AppState {
    fn current_key(&self) -> Option<Key> {
        self.key.try_with_value(|k| k.clone()).flatten()
    }

    /// Starts a sealed save, or asks the running one to go again when it is done (one at a time).
    pub(super) fn save_sealed(&self) {
        if self.saving.get_value() {
            self.again.set_value(true);
            return;
        }
        self.saving.set_value(true);
        let this = *self;
        leptos::task::spawn_local(async move {
            loop {
                this.again.set_value(false);
                let result = this.seal_and_commit().await;
                this.after_save(result);
                if !this.again.get_value() || this.locked.get_untracked().is_some() {
                    break;
                }
            }
            this.saving.set_value(false);
        });
    }

    async fn seal_and_commit(&self) -> Result<(), SaveError> {
        // Measured as a plain save (`flush`) is: the encoding, the encryption, then the check and the write.
        crate::pwa::perf::mark("save-start");
        // Read in place, not copied: a copy of a document of 2,000 entries cost about 0.5 ms of the save.
        let Some(prepared) = self
            .doc
            .with_untracked(|doc| self.with_keeper(|k| k.prepare(doc)))
            .unwrap_or(Err(SaveError::Unavailable))?
        else {
            return Ok(());
        };
        let key = self.current_key().ok_or(SaveError::ReadOnly)?;
        let raw = crypto::seal(&key, &prepared.doc_json, SCHEMA, &now_iso())
            .await
            .map_err(|_| SaveError::Other("encrypt".into()))?;
        // If the tab closes before this line, the last good envelope stays under the main key.
        self.with_keeper(|k| k.commit(raw, prepared))
            .unwrap_or(Err(SaveError::Unavailable))
    }

    /// Waits until no sealed save is running (at most about ten seconds).
    pub async fn wait_idle(&self) {
        for _ in 0..500 {
            if !self.saving.try_get_value().unwrap_or(false) {
                return;
            }
            sleep(20).await;
        }
    }

    /// Saves and waits for it. True when the document is safely stored.
    pub async fn save_now(&self) -> bool {
        self.flush();
        self.wait_idle().await;
        !self.is_unsaved()
    }

    /// Saves now and sets `flag` only when the write succeeded, for a "Saved." line (walk D7: never
    /// "Saved." over a full disk; the notice says what happened instead).
    pub fn confirm_saved(&self, flag: RwSignal<bool>) {
        flag.set(false);
        let this = *self;
        leptos::task::spawn_local(async move {
            if this.save_now().await {
                flag.set(true);
            }
        });
    }

    /// Locks now when a passphrase is set (quick exit, the end of a conversation, "Lock now", auto-lock).
    /// Without a passphrase it does nothing.
    pub fn lock_if_set(&self) {
        if self.lock_set.get_untracked() && self.locked.get_untracked().is_none() {
            let this = *self;
            leptos::task::spawn_local(async move { this.lock().await });
        }
    }

    async fn lock(&self) {
        // Hide first: the lock screen replaces the page at once, and reading aloud stops.
        self.locked.set(Some(String::new()));
        crate::pwa::speech::stop();
        self.cancel_and_save().await;
        let doc = self.doc.get_untracked();
        if self.with_keeper(|k| k.is_unsaved(&doc)).unwrap_or(false) {
            // Not stored (a full disk?): kept in memory for the unlock, never dropped. With what was stored
            // then, so the unlock can tell whether another window saved meanwhile.
            let stored = self.with_keeper(|k| k.stored()).flatten();
            self.unsaved_at_lock.set_value(Some((doc, stored)));
        }
        let _ = self.with_keeper(|k| k.lock());
        self.key.set_value(None);
        self.last_deleted.set(None);
        self.doc.set(Document::default());
        self.locked.set(Some(self.stored_saved_at()));
    }

    async fn cancel_and_save(&self) {
        if self.with_keeper(|k| k.is_sealed()).unwrap_or(false) {
            self.save_sealed();
        }
        self.wait_idle().await;
    }

    /// `saved_at` of what is stored now (for "last saved on …").
    pub fn stored_saved_at(&self) -> String {
        self.with_keeper(|k| k.stored())
            .flatten()
            .and_then(|raw| crypto::saved_at(&raw))
            .unwrap_or_default()
    }

    /// Opens the lock with `passphrase`. A wrong passphrase or changed data changes nothing.
    pub async fn unlock(&self, passphrase: &str) -> Result<(), CryptoError> {
        // For the benchmark: `unlock` is all of it, `kdf` the key derivation inside it (slow on purpose).
        crate::pwa::perf::mark("unlock-start");
        let raw = self
            .with_keeper(|k| k.last_stored().or_else(|| k.stored()))
            .flatten()
            .ok_or(CryptoError::NotSealed(sealed::SealError::NotSealed))?;
        crate::pwa::perf::mark("kdf-start");
        let key = crypto::key_for(passphrase, &raw).await?;
        crate::pwa::perf::measure("kdf", "kdf-start");
        let (json, schema_no) = crypto::open(&key, &raw).await?;
        if self.exited.get_untracked() {
            // Quick exit was used while the key was being made: stay locked, show nothing.
            return Ok(());
        }
        let doc = schema::read_doc(schema_no, &json).map_err(|_| CryptoError::Damaged)?;
        self.with_keeper(|k| k.unlocked(&raw, &doc))
            .unwrap_or(Err(SaveError::Unavailable))
            .map_err(CryptoError::Save)?;
        crate::pwa::perf::measure("unlock", "unlock-start");
        self.key.set_value(Some(key));
        self.lock_set.set(true);
        let doc = match self
            .unsaved_at_lock
            .try_update_value(|d| d.take())
            .flatten()
        {
            Some((ours, stored)) if stored.as_deref() == Some(raw.as_str()) => ours,
            Some((ours, _)) => {
                // Another window saved while this one was locked: its version stays, ours is kept aside
                // and offered, never written over it without a word.
                if ours != doc {
                    let (raw, kept) = self.set_aside(&ours);
                    self.notice.set(Some(Notice::Conflict { raw, kept }));
                }
                doc
            }
            None => doc,
        };
        self.doc.set(doc);
        self.locked.set(None);
        self.heal_kept().await;
        Ok(())
    }

    /// Whether `passphrase` opens what is stored (before a change or removal of the lock).
    pub async fn verify(&self, passphrase: &str) -> Result<(), CryptoError> {
        let raw = self
            .with_keeper(|k| k.stored())
            .flatten()
            .unwrap_or_default();
        crypto::unlock(passphrase, &raw).await.map(|_| ())
    }

    /// Sets, changes (`Some`) or removes (`None`) the passphrase. Re-encrypts the document, the previous
    /// copy and every kept copy this app can open; crash-safe (see `Keeper::commit_rekey`). Returns the kept
    /// copies that could not be changed, so the user can be asked to download or remove them.
    pub async fn set_passphrase(
        &self,
        passphrase: Option<&str>,
    ) -> Result<Vec<String>, CryptoError> {
        let new = match passphrase {
            Some(p) => Some(crypto::new_key(p).await?),
            None => None,
        };
        self.cancel_and_save().await;
        let doc_json = schema::encode_doc(&self.doc.get_untracked());
        let now = now_iso();
        let raw = match &new {
            Some(key) => {
                let raw = crypto::seal(key, &doc_json, SCHEMA, &now).await?;
                if crypto::open(key, &raw).await?.0 != doc_json {
                    return Err(CryptoError::Damaged);
                }
                raw
            }
            None => schema::wrap(&doc_json, &now),
        };
        let old = self.current_key();
        let mut kept = Vec::new();
        for (key, value) in self.with_keeper(|k| k.kept()).unwrap_or_default() {
            let plain = if sealed::is_sealed(&value) {
                match &old {
                    Some(o) => match crypto::open_kept(o, &value).await {
                        Ok(p) => p,
                        // Locked with another (forgotten) passphrase: it stays as it is.
                        Err(_) => continue,
                    },
                    None => continue,
                }
            } else {
                value.clone()
            };
            let next = match &new {
                Some(k) => crypto::seal_kept(k, &plain, &now).await?,
                None => plain,
            };
            kept.push((key, value, next));
        }
        let sealed_now = new.is_some();
        let failed = self
            .with_keeper(|k| k.commit_rekey(raw, doc_json, sealed_now, &kept))
            .unwrap_or(Err(SaveError::Unavailable))
            .map_err(CryptoError::Save)?;
        self.key.set_value(new);
        self.lock_set.set(sealed_now);
        Ok(failed)
    }

    /// After an unlock: a kept copy or previous copy written plain (a crash in the middle of setting the lock,
    /// or another window without the lock) is sealed now.
    async fn heal_kept(&self) {
        let Some(key) = self.current_key() else {
            return;
        };
        for (k, value) in self.with_keeper(|k| k.kept()).unwrap_or_default() {
            if !sealed::is_sealed(&value)
                && let Ok(next) = crypto::seal_kept(&key, &value, &now_iso()).await
            {
                let _ = self.with_keeper(|kp| kp.replace_kept(&k, &value, &next));
            }
        }
    }

    /// Keeps `raw` (a stored value as it is) aside under a new kept key, encrypted first when a lock is set:
    /// nothing readable is written. Returns the key; `None` when it could not be kept.
    pub async fn keep_raw(&self, raw: String) -> Option<String> {
        let stamp = now_iso();
        let value = if self.lock_set.get_untracked() {
            crypto::seal_kept(&self.current_key()?, &raw, &stamp)
                .await
                .ok()?
        } else {
            raw
        };
        self.with_keeper(|k| k.keep_aside(&value, &stamp).ok())
            .flatten()
    }

    /// [`AppState::keep_raw`] in the background, for a notice that already offers the copy: if keeping it
    /// fails, the notice says so.
    pub(super) fn keep_sealed(&self, raw: String) {
        let this = *self;
        leptos::task::spawn_local(async move {
            if this.keep_raw(raw).await.is_none() {
                this.notice.update(|n| {
                    if let Some(Notice::Conflict { kept, .. } | Notice::ReadOnly { kept, .. }) = n {
                        *kept = false;
                    }
                });
            }
        });
    }

    /// Another window wrote a locked document: open it with our key; if that fails (the passphrase was
    /// changed there), keep ours aside and lock.
    pub(super) fn adopt_locked(&self, raw: String, ours: Option<Document>) {
        let this = *self;
        leptos::task::spawn_local(async move {
            let opened = match this.current_key() {
                Some(key) => crypto::open(&key, &raw).await.ok(),
                None => None,
            };
            let theirs = opened.and_then(|(json, n)| schema::read_doc(n, &json).ok());
            match theirs {
                Some(theirs)
                    if this
                        .with_keeper(|k| k.unlocked(&raw, &theirs).is_ok())
                        .unwrap_or(false) =>
                {
                    this.lock_set.set(true);
                    if let Some(ours) = ours.filter(|o| *o != theirs) {
                        let (raw, kept) = this.set_aside(&ours);
                        this.notice.set(Some(Notice::Conflict { raw, kept }));
                    }
                    this.doc.set(theirs);
                }
                _ => {
                    if let Some(ours) = ours {
                        this.set_aside(&ours);
                    }
                    this.lock_set.set(true);
                    this.key.set_value(None);
                    this.doc.set(Document::default());
                    this.locked
                        .set(Some(crypto::saved_at(&raw).unwrap_or_default()));
                }
            }
        });
    }

    /// Auto-lock: remembers when the page was hidden; locks when it comes back after the chosen time,
    /// or when that time passes while hidden.
    pub(super) fn watch_background(&self, hidden: bool) {
        if !self.lock_set.get_untracked() {
            return;
        }
        let minutes = self
            .doc
            .with_untracked(|d| d.settings.lock_after)
            .unwrap_or(DEFAULT_LOCK_AFTER);
        let limit = f64::from(minutes) * 60_000.0;
        let now = js_sys::Date::now();
        if hidden {
            self.hidden_at.set_value(Some(now));
            let this = *self;
            let _ = leptos::leptos_dom::helpers::set_timeout_with_handle(
                move || {
                    // Only the timer of this stay in the background: after the page was shown and hidden
                    // again, an earlier timer would lock too soon.
                    if this.hidden_at.try_get_value().flatten() == Some(now) {
                        this.lock_if_set();
                    }
                },
                std::time::Duration::from_millis(limit as u64),
            );
        } else if let Some(at) = self.hidden_at.try_update_value(|h| h.take()).flatten()
            // A clock set back meanwhile gives a negative time away: unknown, so it locks too.
            && (now - at >= limit || now < at)
        {
            self.lock_if_set();
        }
    }

    /// A forgotten passphrase: the locked data is kept aside, still locked (it can be downloaded and brought
    /// back with the passphrase later), and Koers starts empty.
    pub fn start_again(&self) -> bool {
        let ok = matches!(
            self.with_keeper(|k| k.start_fresh(&now_iso())),
            Some(Ok(()))
        );
        if ok {
            self.key.set_value(None);
            self.lock_set.set(false);
            self.unsaved_at_lock.set_value(None);
            self.doc.set(Document::default());
            self.locked.set(None);
            self.exited.set(false);
        }
        ok
    }

    /// The copies kept aside, oldest first.
    pub fn kept_copies(&self) -> Vec<KeptCopy> {
        self.with_keeper(|k| k.kept())
            .unwrap_or_default()
            .into_iter()
            .map(|(key, value)| KeptCopy {
                stamp: crate::store::kept_stamp(&key).to_string(),
                locked: sealed::is_sealed(&value),
                key,
            })
            .collect()
    }

    /// A kept copy as a file to download: opened with this app's key when it was sealed with it, else as it is
    /// stored (a copy locked with a forgotten passphrase stays locked; Koers can bring it back later).
    pub async fn kept_text(&self, key: &str) -> Option<String> {
        let value = self
            .with_keeper(|k| k.kept())
            .unwrap_or_default()
            .into_iter()
            .find(|(k, _)| k == key)?
            .1;
        if let Some(k) = self.current_key().filter(|_| sealed::is_sealed(&value))
            && let Ok(text) = crypto::open_kept(&k, &value).await
        {
            return Some(text);
        }
        Some(value)
    }

    /// Removes one kept copy (after the user confirmed).
    pub fn remove_kept(&self, key: &str) -> bool {
        matches!(self.with_keeper(|k| k.remove_kept(key)), Some(Ok(())))
    }
}

/// The focused element loses focus (so a lock screen does not keep a field of the page focused).
pub fn blur_active() {
    if let Some(el) = document()
        .active_element()
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.blur();
    }
}

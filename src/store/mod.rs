//! The only code that touches browser storage. A [`Store`] is a plain key-value backend;
//! [`keeper::Keeper`] puts the document in and out of it with the rules that keep data safe.

#[cfg(target_arch = "wasm32")]
pub mod crypto;
pub mod keeper;
#[cfg(target_arch = "wasm32")]
pub mod local;
pub mod memory;
pub mod schema;
pub mod sealed;
#[cfg(target_arch = "wasm32")]
pub mod session;

use crate::domain::state::Document;

/// The key that holds the current document envelope.
pub const MAIN_KEY: &str = "koers.doc";
/// The key that holds the previous good envelope, written just before every save.
pub const PREVIOUS_KEY: &str = "koers.doc.prev";
/// While the passphrase changes: the newly encrypted envelope, written (and verified) before the main key.
pub const PENDING_KEY: &str = "koers.doc.next";
/// Written first by "Delete everything" and removed last: when the page closed in the middle, the next load
/// finishes the wipe, so the data is either all there or all gone (never a document gone and its copies left).
pub const WIPING_KEY: &str = "koers.wiping";
/// Prefix of keys that hold data set aside (unreadable, too new, or from a conflict). Never overwritten.
pub const KEPT_PREFIX: &str = "koers.kept.";

/// When a kept copy was set aside, from its key: the time without [`KEPT_PREFIX`] and without the `-2`,
/// `-3` that [`keeper::Keeper::keep_aside`] adds when two copies share the same millisecond (so the screen
/// shows a date, never the raw key).
pub fn kept_stamp(key: &str) -> &str {
    let stamp = key.strip_prefix(KEPT_PREFIX).unwrap_or(key);
    match stamp.rsplit_once('-') {
        Some((time, n)) if time.ends_with('Z') && n.bytes().all(|b| b.is_ascii_digit()) => time,
        _ => stamp,
    }
}

/// The language the user chose, apart from the document (a language code only), so the lock screen and the
/// rescue screen speak it. Removed by "Delete everything".
pub const LANGUAGE_KEY: &str = "koers.lang";

/// A key-value backend: LocalStorage in the browser, memory in tests and private mode.
pub trait Store {
    /// Reads a raw value. `Err` means storage cannot be used at all.
    fn get(&self, key: &str) -> Result<Option<String>, SaveError>;
    /// Writes a raw value, completely or not at all.
    fn set(&self, key: &str, value: &str) -> Result<(), SaveError>;
    /// Removes a key. Removing a missing key is fine.
    fn remove(&self, key: &str) -> Result<(), SaveError>;
    /// All keys that start with `prefix`.
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, SaveError>;
    /// Whether `key` holds exactly `value` (`None`: nothing). The check before a write that another window
    /// may have overtaken. A backend may answer without handing the stored text over.
    fn holds(&self, key: &str, value: Option<&str>) -> Result<bool, SaveError> {
        Ok(self.get(key)?.as_deref() == value)
    }
}

/// What loading the document found. Only `Empty` and `Loaded` let the app write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadOutcome {
    /// Nothing stored yet: a first visit.
    Empty,
    /// A readable document (migrated to the current schema if it was older).
    Loaded(Document),
    /// Something is stored but cannot be read. `raw` is exactly what is stored.
    /// `previous` is the previous good copy, when that one can still be read.
    Unreadable {
        raw: String,
        previous: Option<Document>,
    },
    /// Locked with a passphrase. `raw` is the envelope as stored; `saved_at` when it was saved (authenticated:
    /// a changed date makes the envelope fail to open).
    Locked { raw: String, saved_at: String },
    /// Stored by a newer version of Koers. Kept untouched until this app is updated.
    TooNew { version: u64, raw: String },
    /// Storage is blocked (private mode, or disabled). The app can only run in memory.
    Unavailable,
}

/// Why a save did not happen. The in-memory document is always kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SaveError {
    /// The phone's storage for Koers is full.
    QuotaExceeded,
    /// Storage cannot be used (blocked, private mode).
    Unavailable,
    /// The stored data is unreadable or from a newer version; writing would destroy it.
    ReadOnly,
    /// Another window changed the stored document since we last read or wrote it.
    ChangedElsewhere,
    /// Any other failure, with the browser's words for the developer console.
    Other(String),
}

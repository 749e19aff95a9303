//! The LocalStorage backend, through web-sys. (gloo-storage is not used: its `raw()` panics when storage
//! is blocked, and its `set` JSON-encodes again, while Koers must never panic and must keep raw bytes exact.)

use super::{SaveError, Store};
use wasm_bindgen::{JsCast, JsValue};

/// `window.localStorage`, once it has proved it can be read.
pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    /// The browser's LocalStorage, or `None` when it is blocked (private mode, disabled, sandboxed).
    pub fn open() -> Option<Self> {
        let storage = web_sys::window()?.local_storage().ok()??;
        // Some browsers hand out a storage object that throws on first use.
        storage.length().ok()?;
        Some(LocalStore { storage })
    }
}

/// Maps a JS exception from the Storage API to a [`SaveError`].
fn to_error(err: JsValue) -> SaveError {
    let name = err
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    match name.as_str() {
        // Chromium and Safari say QuotaExceededError; old Firefox said NS_ERROR_DOM_QUOTA_REACHED.
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => SaveError::QuotaExceeded,
        "SecurityError" => SaveError::Unavailable,
        _ => SaveError::Other(if name.is_empty() {
            "storage error".into()
        } else {
            name
        }),
    }
}

impl Store for LocalStore {
    fn get(&self, key: &str) -> Result<Option<String>, SaveError> {
        self.storage.get_item(key).map_err(to_error)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        self.storage.set_item(key, value).map_err(to_error)
    }

    fn remove(&self, key: &str) -> Result<(), SaveError> {
        self.storage.remove_item(key).map_err(to_error)
    }

    /// Compared inside JS (`===`): copying a stored text of 500 KB into the wasm only to compare it took
    /// 8-17 ms at an unlock (measured), against well under 1 ms for the text going the other way.
    fn holds(&self, key: &str, value: Option<&str>) -> Result<bool, SaveError> {
        let get_item = js_sys::Reflect::get(&self.storage, &JsValue::from_str("getItem"))
            .map_err(to_error)?
            .dyn_into::<js_sys::Function>()
            .map_err(to_error)?;
        let stored = get_item
            .call1(&self.storage, &JsValue::from_str(key))
            .map_err(to_error)?;
        Ok(match value {
            None => stored.is_null(),
            Some(v) => stored == JsValue::from_str(v),
        })
    }

    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, SaveError> {
        let n = self.storage.length().map_err(to_error)?;
        let mut keys = std::collections::BTreeSet::new();
        for i in 0..n {
            if let Some(k) = self.storage.key(i).map_err(to_error)?
                && k.starts_with(prefix)
            {
                keys.insert(k);
            }
        }
        Ok(keys.into_iter().collect())
    }
}

/// Asks the browser to keep Koers's data even when the phone runs low on space.
/// Resolves to whether the data is now persistent. Never fails loudly: older browsers lack the API.
pub async fn request_persistence() -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let manager = window.navigator().storage();
    let Ok(promise) = manager.persist() else {
        return false;
    };
    matches!(wasm_bindgen_futures::JsFuture::from(promise).await, Ok(v) if v.as_bool() == Some(true))
}

/// The language the user chose before ([`super::LANGUAGE_KEY`]), for the lock screen and the "cannot read
/// your data" screen too (walk D15). Best effort.
pub fn remembered_language() -> Option<String> {
    let storage = LocalStore::open()?.storage;
    if let Some(code) = storage.get_item(super::LANGUAGE_KEY).ok().flatten() {
        return Some(code);
    }
    // Data from before the language was kept apart: read it from the (plain) document, without building
    // the document, so the first screen already speaks it.
    let raw = storage.get_item(super::MAIN_KEY).ok().flatten()?;
    super::schema::stored_language(&raw)
}

pub fn remember_language(code: &str) {
    let Some(s) = LocalStore::open() else {
        return;
    };
    if s.storage
        .get_item(super::LANGUAGE_KEY)
        .ok()
        .flatten()
        .as_deref()
        != Some(code)
    {
        let _ = s.storage.set_item(super::LANGUAGE_KEY, code);
    }
}

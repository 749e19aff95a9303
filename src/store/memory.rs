//! An in-memory [`Store`] for tests and for browsers that block storage. It can imitate
//! a full quota and blocked storage, so the keeper's failure paths are tested on the host.

use super::{SaveError, Store};
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Memory backend. Clones share the same map, like two views of one LocalStorage.
#[derive(Clone, Debug, Default)]
pub struct MemoryStore {
    inner: Rc<RefCell<Inner>>,
}

#[derive(Debug, Default)]
struct Inner {
    map: BTreeMap<String, String>,
    /// Total bytes (keys and values, as UTF-16 units like LocalStorage counts) allowed.
    quota: Option<usize>,
    blocked: bool,
}

impl MemoryStore {
    pub fn new() -> Self {
        Self::default()
    }

    /// A store that refuses writes past `units` UTF-16 code units in total.
    pub fn with_quota(units: usize) -> Self {
        let s = Self::new();
        s.inner.borrow_mut().quota = Some(units);
        s
    }

    /// Changes the quota of an existing store, as a filling disk would.
    pub fn set_quota(&self, units: Option<usize>) {
        self.inner.borrow_mut().quota = units;
    }

    /// A store that behaves like blocked storage: every call fails.
    pub fn blocked() -> Self {
        let s = Self::new();
        s.inner.borrow_mut().blocked = true;
        s
    }

    /// The raw value under `key`, for assertions.
    pub fn raw(&self, key: &str) -> Option<String> {
        self.inner.borrow().map.get(key).cloned()
    }

    /// Writes without any checks, as another tab or an older app would.
    pub fn put_raw(&self, key: &str, value: &str) {
        self.inner.borrow_mut().map.insert(key.into(), value.into());
    }
}

fn units(s: &str) -> usize {
    s.encode_utf16().count()
}

impl Store for MemoryStore {
    fn get(&self, key: &str) -> Result<Option<String>, SaveError> {
        let inner = self.inner.borrow();
        if inner.blocked {
            return Err(SaveError::Unavailable);
        }
        Ok(inner.map.get(key).cloned())
    }

    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        let mut inner = self.inner.borrow_mut();
        if inner.blocked {
            return Err(SaveError::Unavailable);
        }
        if let Some(quota) = inner.quota {
            let others: usize = inner
                .map
                .iter()
                .filter(|(k, _)| k.as_str() != key)
                .map(|(k, v)| units(k) + units(v))
                .sum();
            if others + units(key) + units(value) > quota {
                return Err(SaveError::QuotaExceeded);
            }
        }
        inner.map.insert(key.into(), value.into());
        Ok(())
    }

    fn remove(&self, key: &str) -> Result<(), SaveError> {
        let mut inner = self.inner.borrow_mut();
        if inner.blocked {
            return Err(SaveError::Unavailable);
        }
        inner.map.remove(key);
        Ok(())
    }

    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, SaveError> {
        let inner = self.inner.borrow();
        if inner.blocked {
            return Err(SaveError::Unavailable);
        }
        Ok(inner
            .map
            .keys()
            .filter(|k| k.starts_with(prefix))
            .cloned()
            .collect())
    }
}

//! Drafts: a half-filled form kept in the document, field by field, so nothing typed is lost when the
//! phone closes the tab. (Never in sessionStorage or localStorage: the document is locked with the rest.)

use crate::app::state::AppState;
use crate::domain::state::Action;
use leptos::prelude::*;

/// What the draft field `key` holds, or empty.
pub fn read(state: AppState, key: &str) -> String {
    state
        .doc
        .with_untracked(|d| d.drafts.get(key).cloned().unwrap_or_default())
}

/// Keeps `value` under `key`; an empty value removes the field.
pub fn keep(state: AppState, key: &str, value: String) {
    state.dispatch(Action::SetDraft {
        key: key.into(),
        value,
    });
}

/// Removes every draft field whose key starts with `prefix` (after saving or clearing a form).
pub fn clear(state: AppState, prefix: &str) {
    state.dispatch(Action::ClearDrafts {
        prefix: prefix.into(),
    });
}

/// Whether any draft field starts with `prefix` (a half-filled form to open again).
pub fn any(state: AppState, prefix: &str) -> bool {
    state
        .doc
        .with_untracked(|d| d.drafts.keys().any(|k| k.starts_with(prefix)))
}

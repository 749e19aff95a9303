//! One file per route.

pub mod card;
pub mod entry_editor;
pub mod future;
pub mod me;
pub mod not_found;
pub mod school;
pub mod timeline;
pub mod welcome;

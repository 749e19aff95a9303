//! One file per route.

pub mod card;
pub mod entry_editor;
pub mod future;
pub mod me;
pub mod mentors;
pub mod not_found;
pub mod overview;
pub mod plan;
pub mod school;
pub mod talk;
pub mod timeline;
pub mod welcome;

//! Koers: an offline-first companion app for young people who came to the Netherlands alone as minors.
//!
//! `domain` and `store` are plain Rust and are tested on the host. The UI (`app`, `ui`, `pages`, `pwa`)
//! exists only in the browser build.

pub mod domain;
pub mod store;

#[cfg(target_arch = "wasm32")]
pub mod app;
#[cfg(target_arch = "wasm32")]
pub mod pages;
#[cfg(target_arch = "wasm32")]
pub mod pwa;
#[cfg(target_arch = "wasm32")]
pub mod ui;

#[cfg(target_arch = "wasm32")]
pub mod i18n;

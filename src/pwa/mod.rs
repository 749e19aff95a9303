//! Browser glue for being an installable, offline app: service worker, network state, install prompt,
//! and downloads. Nothing here touches storage.

pub mod cards;
pub mod download;
pub mod fallback;
pub mod install;
pub mod network;
pub mod perf;
pub mod speech;
pub mod sw;

use leptos::prelude::*;

/// What the shell shows about the app itself. Provided as context.
#[derive(Clone, Copy)]
pub struct Pwa {
    /// The browser thinks it has a network.
    pub online: RwSignal<bool>,
    /// A new version is installed and waiting for the user's "Update".
    pub update_ready: RwSignal<bool>,
    /// Android/Chromium offered an install prompt we can show.
    pub can_install: RwSignal<bool>,
    /// Running from the home screen (standalone display mode).
    pub standalone: bool,
    /// iOS Safari, where installing is a manual "Add to Home Screen".
    pub ios: bool,
}

/// Starts the service worker and the listeners, and provides [`Pwa`] as context.
pub fn start() -> Pwa {
    let pwa = Pwa {
        online: network::online_signal(),
        update_ready: RwSignal::new(false),
        can_install: RwSignal::new(false),
        standalone: install::is_standalone(),
        ios: install::is_ios(),
    };
    install::listen(pwa.can_install);
    sw::register(pwa.update_ready);
    speech::init();
    provide_context(pwa);
    pwa
}

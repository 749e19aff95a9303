//! Installing Koers: Chromium's `beforeinstallprompt`, and detecting iOS Safari and standalone mode.

use leptos::leptos_dom::helpers::window_event_listener_untyped;
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    /// The deferred `beforeinstallprompt` event; it can be used once.
    static DEFERRED: std::cell::RefCell<Option<web_sys::Event>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the install prompt for our own button instead of the browser's mini-infobar.
pub fn listen(can_install: RwSignal<bool>) {
    let _ = window_event_listener_untyped("beforeinstallprompt", move |e| {
        e.prevent_default();
        DEFERRED.with(|d| *d.borrow_mut() = Some(e));
        can_install.set(true);
    });
    let _ = window_event_listener_untyped("appinstalled", move |_| can_install.set(false));
}

/// Shows the browser's install dialog. Returns false when there is no prompt to show.
pub fn prompt(can_install: RwSignal<bool>) -> bool {
    let Some(event) = DEFERRED.with(|d| d.borrow_mut().take()) else {
        return false;
    };
    can_install.set(false);
    let prompt = js_sys::Reflect::get(&event, &JsValue::from_str("prompt"));
    match prompt
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    {
        Some(f) => f.call0(&event).is_ok(),
        None => false,
    }
}

/// Whether Koers runs from the home screen.
pub fn is_standalone() -> bool {
    let w = window();
    let media = w
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let ios_flag = js_sys::Reflect::get(&w.navigator(), &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    media || ios_flag
}

/// Whether this is iOS (or iPadOS, which reports itself as a Mac with touch).
pub fn is_ios() -> bool {
    let nav = window().navigator();
    let ua = nav.user_agent().unwrap_or_default();
    let touch_mac = ua.contains("Macintosh") && nav.max_touch_points() > 1;
    ua.contains("iPhone") || ua.contains("iPad") || ua.contains("iPod") || touch_mac
}

//! Registers the service worker (`sw.js` at the build's base, generated at build time; its folder is its
//! scope) and tells the shell when a new version waits. The swap happens only when the user taps "Update", after the document is saved.

use leptos::leptos_dom::helpers::window_event_listener_untyped;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use wasm_bindgen_futures::{JsFuture, spawn_local};
use web_sys::{ServiceWorkerRegistration, ServiceWorkerState};

thread_local! {
    /// Set when the user asked for the update, so only then a new controller reloads the page.
    static UPDATING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Registers `<base>/sw.js` and watches for a waiting version.
pub fn register(update_ready: RwSignal<bool>) {
    let nav = window().navigator();
    if !js_sys::Reflect::has(&nav, &"serviceWorker".into()).unwrap_or(false) {
        return;
    }
    let container = nav.service_worker();
    let on_change = Closure::<dyn Fn()>::new(|| {
        if UPDATING.with(|u| u.get()) {
            let _ = window().location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();
    let script = crate::app::router::url("/sw.js");
    spawn_local(async move {
        let Ok(reg) = JsFuture::from(container.register(&script)).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        watch(reg.clone(), update_ready);
        // A phone may keep the app open for days: look for a new version when it comes back.
        let _ = window_event_listener_untyped("online", move |_| {
            let _ = reg.update();
        });
    });
}

fn has_controller() -> bool {
    window().navigator().service_worker().controller().is_some()
}

fn watch(reg: ServiceWorkerRegistration, update_ready: RwSignal<bool>) {
    if reg.waiting().is_some() && has_controller() {
        update_ready.set(true);
    }
    let reg2 = reg.clone();
    let on_found = Closure::<dyn Fn()>::new(move || {
        let Some(worker) = reg2.installing() else {
            return;
        };
        let w2 = worker.clone();
        let on_state = Closure::<dyn Fn()>::new(move || {
            if w2.state() == ServiceWorkerState::Installed && has_controller() {
                update_ready.set(true);
            }
        });
        worker.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        on_state.forget();
    });
    reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}

/// Activates the waiting version. Call after the document was flushed.
pub fn apply_update() {
    UPDATING.with(|u| u.set(true));
    spawn_local(async {
        let container = window().navigator().service_worker();
        let Ok(reg) = JsFuture::from(container.get_registration()).await else {
            return;
        };
        let Ok(reg) = reg.dyn_into::<ServiceWorkerRegistration>() else {
            return;
        };
        match reg.waiting() {
            Some(waiting) => {
                let _ = waiting.post_message(&"skip-waiting".into());
            }
            None => {
                let _ = window().location().reload();
            }
        }
    });
}

//! Whether the browser has a network, as a signal that follows the `online` and `offline` events.

use leptos::leptos_dom::helpers::window_event_listener_untyped;
use leptos::prelude::*;

pub fn online_signal() -> RwSignal<bool> {
    let online = RwSignal::new(window().navigator().on_line());
    let _ = window_event_listener_untyped("online", move |_| online.set(true));
    let _ = window_event_listener_untyped("offline", move |_| online.set(false));
    online
}

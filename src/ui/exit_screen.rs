//! The neutral screen after a quick exit: only the time, nothing about the person. Reloading opens Koers again.

use leptos::prelude::*;

#[component]
pub fn ExitScreen() -> impl IntoView {
    let time = RwSignal::new(clock());
    // The tab shows only the time too: no name of a screen, nothing that was open (issue 12).
    Effect::new(move |_| crate::ui::page_title::set_exact(&time.get()));
    // A clock that stops looks like a fake screen: it goes on with the minutes.
    if let Ok(handle) = leptos::prelude::set_interval_with_handle(
        move || time.set(clock()),
        std::time::Duration::from_secs(1),
    ) {
        on_cleanup(move || handle.clear());
    }
    view! {
        <main class="exit-screen">
            <p class="clock">{move || time.get()}</p>
        </main>
    }
}

fn clock() -> String {
    let now = js_sys::Date::new_0();
    format!("{:02}:{:02}", now.get_hours(), now.get_minutes())
}

//! The neutral screen after a quick exit: only the time, nothing about the person. Reloading opens Koers again.

use leptos::prelude::*;

#[component]
pub fn ExitScreen() -> impl IntoView {
    let now = js_sys::Date::new_0();
    let time = format!("{:02}:{:02}", now.get_hours(), now.get_minutes());
    view! {
        <main class="exit-screen">
            <p class="clock">{time}</p>
        </main>
    }
}

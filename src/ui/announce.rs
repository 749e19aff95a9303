//! One polite live region for the whole app (issue 15): what happened after an action whose screen does
//! not say it where focus is (an entry saved or deleted, Undo). Kept in the page from the start, so
//! screen readers hear every change; a message that stays on the screen with its own role is not sent here
//! too (no double announcements).

use leptos::prelude::*;

/// The region itself, in the shell (outside the screen that changes).
#[component]
pub fn Announcer() -> impl IntoView {
    view! { <p id="announce" class="visually-hidden" role="status"></p> }
}

/// Says `text` once. Emptied first, so the same words again are said again.
pub fn announce(text: &str) {
    let Some(el) = document().get_element_by_id("announce") else {
        return;
    };
    el.set_text_content(None);
    let text = text.to_string();
    set_timeout(
        move || el.set_text_content(Some(&text)),
        std::time::Duration::from_millis(150),
    );
}

//! "Koers is working on it": an indeterminate progress bar with its words, announced politely. For the
//! seconds a passphrase key takes to make on a slow phone.

use leptos::prelude::*;

#[component]
pub fn BusyNote(id: &'static str, text: &'static str) -> impl IntoView {
    view! {
        <div class="busy" role="status">
            <progress aria-labelledby=id></progress>
            <p id=id>{text}</p>
        </div>
    }
}

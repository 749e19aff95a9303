//! The notices under the top bar: a waiting update, saving problems, and the in-memory warning.

use super::storage_notice::StorageNotice;
use super::update_prompt::UpdatePrompt;
use leptos::prelude::*;

#[component]
pub fn Notices() -> impl IntoView {
    view! {
        <div class="notices">
            <UpdatePrompt/>
            <StorageNotice/>
        </div>
    }
}

//! "A new version of Koers is ready: Update". The new version only takes over when the user taps.

use super::icon::{Icon, IconName};
use crate::app::state::AppState;
use crate::pwa::{Pwa, sw};
use leptos::prelude::*;

#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let pwa = expect_context::<Pwa>();
    let state = expect_context::<AppState>();
    let update = move |_| {
        // Only swap when the document is safely stored; otherwise the save notice says what to do.
        if state.flush() {
            sw::apply_update();
        }
    };
    view! {
        <Show when=move || pwa.update_ready.get()>
            <div class="notice notice-info" role="status">
                <Icon name=IconName::Refresh/>
                <p>{crate::tr!(update.text)}</p>
                <button class="button" on:click=update>{crate::tr!(update.button)}</button>
            </div>
        </Show>
    }
}

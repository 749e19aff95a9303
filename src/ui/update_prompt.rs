//! "A new version of Koers is ready: Update". The new version only takes over when the user taps.

use super::icon::{Icon, IconName};
use crate::app::state::AppState;
use crate::i18n::*;
use crate::pwa::{Pwa, sw};
use leptos::prelude::*;

#[component]
pub fn UpdatePrompt() -> impl IntoView {
    let i18n = use_i18n();
    let pwa = expect_context::<Pwa>();
    let state = expect_context::<AppState>();
    let update = move |_| {
        state.flush();
        sw::apply_update();
    };
    view! {
        <Show when=move || pwa.update_ready.get()>
            <div class="notice notice-info" role="status">
                <Icon name=IconName::Refresh/>
                <p>{t!(i18n, update.text)}</p>
                <button class="button" on:click=update>{t!(i18n, update.button)}</button>
            </div>
        </Show>
    }
}

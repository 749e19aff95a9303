//! The quick-exit button, the same on every screen (top bar, welcome, lock screen).

use super::icon::{Icon, IconName};
use crate::app::state::AppState;
use leptos::prelude::*;

#[component]
pub fn ExitButton() -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <button type="button" class="exit-button" on:click=move |_| state.quick_exit()>
            <Icon name=IconName::Exit/>
            {crate::tr!(exit)}
        </button>
    }
}

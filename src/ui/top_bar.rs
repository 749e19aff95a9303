//! The thin bar at the top: the app's neutral name, and the calm offline badge.

use super::icon::{Icon, IconName};
use super::offline_badge::OfflineBadge;
use crate::app::state::AppState;
use leptos::prelude::*;

#[component]
pub fn TopBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let exit = move |_| state.quick_exit();
    view! {
        <header class="top-bar">
            <span class="brand">
                <Icon name=IconName::Compass/>
                {crate::tr!(app_name)}
            </span>
            <OfflineBadge/>
            <button type="button" class="exit-button" on:click=exit>
                <Icon name=IconName::Exit/>
                {crate::tr!(exit)}
            </button>
        </header>
    }
}

//! The thin bar at the top: the app's neutral name, and the calm offline badge.

use super::exit_button::ExitButton;
use super::icon::{Icon, IconName};
use super::offline_badge::OfflineBadge;
use leptos::prelude::*;

#[component]
pub fn TopBar() -> impl IntoView {
    view! {
        <header class="top-bar">
            <span class="brand">
                <Icon name=IconName::Compass/>
                {crate::tr!(app_name)}
            </span>
            <OfflineBadge/>
            <ExitButton/>
        </header>
    }
}

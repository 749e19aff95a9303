//! The thin bar at the top: the app's neutral name, and the calm offline badge.

use super::icon::{Icon, IconName};
use super::offline_badge::OfflineBadge;
use crate::i18n::*;
use leptos::prelude::*;

#[component]
pub fn TopBar() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <header class="top-bar">
            <span class="brand">
                <Icon name=IconName::Compass/>
                {t!(i18n, app_name)}
            </span>
            <OfflineBadge/>
        </header>
    }
}

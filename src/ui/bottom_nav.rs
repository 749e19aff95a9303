//! Bottom navigation to the four sections, each an icon with its word. The current one is marked.

use super::icon::{Icon, IconName};
use crate::i18n::*;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn BottomNav() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <nav class="bottom-nav" aria-label=move || t_string!(i18n, nav.label)>
            <A href="/timeline">
                <Icon name=IconName::Timeline/>
                <span>{t!(i18n, nav.timeline)}</span>
            </A>
            <A href="/school">
                <Icon name=IconName::School/>
                <span>{t!(i18n, nav.school)}</span>
            </A>
            <A href="/future">
                <Icon name=IconName::Future/>
                <span>{t!(i18n, nav.future)}</span>
            </A>
            <A href="/me">
                <Icon name=IconName::Me/>
                <span>{t!(i18n, nav.me)}</span>
            </A>
        </nav>
    }
}

//! Bottom navigation to the five sections, each an icon with its word. The current one is marked.

use super::icon::{Icon, IconName};
use crate::app::router::Route;
use leptos::prelude::*;

#[component]
pub fn BottomNav(route: Memo<Route>) -> impl IntoView {
    let link = move |href: &'static str, icon: IconName, label: &'static str| {
        let current = move || (route.with(|r| r.section()) == href).then_some("page");
        view! {
            <a href=crate::app::router::url(href) aria-current=current>
                <Icon name=icon/>
                <span>{label}</span>
            </a>
        }
    };
    view! {
        <nav class="bottom-nav" aria-label=crate::tr!(nav.label)>
            {link("/timeline", IconName::Timeline, crate::tr!(nav.timeline))}
            {link("/school", IconName::School, crate::tr!(nav.school))}
            {link("/future", IconName::Future, crate::tr!(nav.future))}
            {link("/plan", IconName::Plan, crate::tr!(plan.nav))}
            {link("/me", IconName::Me, crate::tr!(nav.me))}
        </nav>
    }
}

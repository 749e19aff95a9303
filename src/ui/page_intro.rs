//! The top of every section: an icon, the heading, and one plain sentence.

use super::icon::{Icon, IconName};
use leptos::prelude::*;

#[component]
pub fn PageIntro(icon: IconName, title: AnyView, intro: AnyView) -> impl IntoView {
    view! {
        <header class="page-intro">
            <h1>
                <Icon name=icon/>
                <span>{title}</span>
            </h1>
            <p class="lead">{intro}</p>
        </header>
    }
}

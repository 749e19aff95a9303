//! An unknown address: calmly offer the way back to the timeline.

use crate::ui::icon::IconName;
use crate::ui::page_intro::PageIntro;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageIntro
            icon=IconName::Compass
            title=crate::tr!(timeline.title).into_any()
            intro=crate::tr!(timeline.intro).into_any()
        />
        <a href="/timeline" class="button">{crate::tr!(nav.timeline)}</a>
    }
}

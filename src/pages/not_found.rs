//! An unknown address: calmly offer the way back to the timeline.

use crate::i18n::*;
use crate::ui::icon::IconName;
use crate::ui::page_intro::PageIntro;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageIntro
            icon=IconName::Compass
            title=t!(i18n, timeline.title).into_any()
            intro=t!(i18n, timeline.intro).into_any()
        />
        <A href="/timeline" attr:class="button">{t!(i18n, nav.timeline)}</A>
    }
}

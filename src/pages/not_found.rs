//! An unknown address (an old link, a typo): say so calmly, and that nothing is lost (walk D16).

use crate::ui::icon::IconName;
use crate::ui::page_intro::PageIntro;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    view! {
        <PageIntro
            icon=IconName::Compass
            title=crate::tr!(walk.missing_title).into_any()
            intro=crate::tr!(walk.missing_text).into_any()
        />
        <a href=crate::href!("/timeline") class="button">{crate::tr!(walk.missing_back)}</a>
    }
}

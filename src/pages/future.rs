//! Your future: the options after 18, side by side, and who is who. (Comes with its own issue.)

use crate::ui::icon::IconName;
use crate::ui::page_intro::PageIntro;
use leptos::prelude::*;

#[component]
pub fn Future() -> impl IntoView {
    view! {
        <PageIntro
            icon=IconName::Future
            title=crate::tr!(future.title).into_any()
            intro=crate::tr!(future.intro).into_any()
        />
    }
}

//! Your future: the options after 18, side by side, and who is who. (Comes with its own issue.)

use crate::i18n::*;
use crate::ui::icon::IconName;
use crate::ui::page_intro::PageIntro;
use leptos::prelude::*;

#[component]
pub fn Future() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageIntro
            icon=IconName::Future
            title=t!(i18n, future.title).into_any()
            intro=t!(i18n, future.intro).into_any()
        />
    }
}

//! School after 18: what the rules mean for this young person's dates and school. (Comes with its own issue.)

use crate::i18n::*;
use crate::ui::icon::IconName;
use crate::ui::page_intro::PageIntro;
use leptos::prelude::*;

#[component]
pub fn School() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <PageIntro
            icon=IconName::School
            title=t!(i18n, school.title).into_any()
            intro=t!(i18n, school.intro).into_any()
        />
    }
}

//! School after 18: what the rules mean for this young person's dates and school. (Comes with its own issue.)

use crate::ui::icon::IconName;
use crate::ui::page_intro::PageIntro;
use leptos::prelude::*;

#[component]
pub fn School() -> impl IntoView {
    view! {
        <PageIntro
            icon=IconName::School
            title=crate::tr!(school.title).into_any()
            intro=crate::tr!(school.intro).into_any()
        />
    }
}

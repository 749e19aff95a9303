//! My timeline: the young person's own story. (The timeline itself comes with its own issue.)

use crate::app::state::AppState;
use crate::i18n::*;
use crate::ui::icon::IconName;
use crate::ui::page_intro::PageIntro;
use leptos::prelude::*;

#[component]
pub fn Timeline() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let name = move || state.doc.with(|d| d.profile.name.clone());
    let hello = move || {
        let name = name();
        if name.is_empty() {
            t!(i18n, timeline.hello_anon).into_any()
        } else {
            t!(i18n, timeline.hello, name = move || name.clone()).into_any()
        }
    };
    view! {
        <p class="hello">{hello}</p>
        <PageIntro
            icon=IconName::Timeline
            title=t!(i18n, timeline.title).into_any()
            intro=t!(i18n, timeline.intro).into_any()
        />
    }
}

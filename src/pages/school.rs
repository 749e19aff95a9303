//! School after 18: a short check, then what the rules mean for this young person's dates and school.

use crate::app::state::AppState;
use crate::domain::state::Action;
use crate::tr;
use crate::ui::icon::{Icon, IconName};
use crate::ui::page_intro::PageIntro;
use crate::ui::school_check::SchoolCheck;
use crate::ui::school_result::SchoolResult;
use leptos::prelude::*;

#[component]
pub fn School() -> impl IntoView {
    let state = expect_context::<AppState>();
    // A result only after the last question; a check left halfway is continued, not shown as done.
    let done = state.doc.with_untracked(|d| d.school.done);
    let begun = state.doc.with_untracked(|d| d.school != Default::default());
    // 0: not started (or left halfway), 1: in the check, 2: the result.
    let mode = RwSignal::new(if done { 2 } else { 0 });
    // No answer is filled in for the young person: what the check shows is only what they chose.
    let begin = move |_| mode.set(1);
    let finish = move || {
        let mut answers = state.doc.with_untracked(|d| d.school.clone());
        answers.done = true;
        state.dispatch(Action::SetSchool(answers));
        mode.set(2);
        // The button pressed is gone: focus goes to the result (its key date, if there is one).
        request_animation_frame(|| {
            let key = document().get_element_by_id("key-date").is_some();
            crate::app::router::focus_id(if key { "key-date" } else { "school-result" });
        });
    };
    view! {
        <PageIntro icon=IconName::School title=tr!(school.title).into_any() intro=tr!(school.intro).into_any()/>
        {move || match mode.get() {
            0 => view! {
                <button type="button" class="button button-wide" on:click=begin>
                    <Icon name=IconName::School/> {if begun { tr!(school.continue_check) } else { tr!(school.start) }}
                </button>
            }
            .into_any(),
            1 => view! { <SchoolCheck on_done=finish/> }.into_any(),
            _ => view! {
                <SchoolResult/>
                <button type="button" class="button button-quiet button-wide" on:click=begin>{tr!(school.change)}</button>
            }
            .into_any(),
        }}
    }
}

//! School after 18: a short check, then what the rules mean for this young person's dates and school.

use crate::app::state::AppState;
use crate::domain::education::SchoolAnswers;
use crate::domain::state::Action;
use crate::domain::timeline::{EntryKind, SchoolStep};
use crate::tr;
use crate::ui::icon::{Icon, IconName};
use crate::ui::page_intro::PageIntro;
use crate::ui::school_check::SchoolCheck;
use crate::ui::school_result::SchoolResult;
use leptos::prelude::*;

#[component]
pub fn School() -> impl IntoView {
    let state = expect_context::<AppState>();
    let fresh = state
        .doc
        .with_untracked(|d| d.school == SchoolAnswers::default());
    // 0: not started, 1: in the check, 2: the result.
    let mode = RwSignal::new(if fresh { 0 } else { 2 });
    let begin = move |_| {
        // Prefill the start date from the timeline's latest "school: start" entry.
        let (mut answers, start) = state.doc.with_untracked(|d| {
            let start = d
                .entries
                .iter()
                .rev()
                .find(|e| e.kind == EntryKind::School(SchoolStep::Start))
                .map(|e| e.date);
            (d.school.clone(), start)
        });
        if answers.start.is_none() && start.is_some() {
            answers.start = start;
            state.dispatch(Action::SetSchool(answers));
        }
        mode.set(1);
    };
    view! {
        <PageIntro icon=IconName::School title=tr!(school.title).into_any() intro=tr!(school.intro).into_any()/>
        {move || match mode.get() {
            0 => view! {
                <button type="button" class="button button-wide" on:click=begin>
                    <Icon name=IconName::School/> {tr!(school.start)}
                </button>
            }
            .into_any(),
            1 => view! { <SchoolCheck on_done=move || mode.set(2)/> }.into_any(),
            _ => view! {
                <SchoolResult/>
                <button type="button" class="button button-quiet button-wide" on:click=begin>{tr!(school.change)}</button>
            }
            .into_any(),
        }}
    }
}

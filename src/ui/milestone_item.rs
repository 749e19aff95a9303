//! A suggestion derived from the birth date: a birthday, the last day to start a school, a talk about
//! the future. Calm words, no countdown, and the user can put it away.

use super::format;
use super::icon::{Icon, IconName};
use crate::app::state::AppState;
use crate::domain::milestones::{Milestone, MilestoneKind};
use crate::domain::state::Action;
use crate::i18n::*;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn MilestoneItem(milestone: Milestone, #[prop(optional)] as_card: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let Milestone { id, kind, when } = milestone;
    let date = format::range(loc(), when);
    let (icon, text, extra) = match kind {
        MilestoneKind::Birthday(n) => (
            IconName::Cake,
            td_string!(loc(), milestone.birthday, n = n).into_any(),
            None,
        ),
        MilestoneKind::StartSchoolBefore => (
            IconName::School,
            // One date on the item: the last day, as on its date line (review L29).
            td_string!(
                loc(),
                milestone.start_school,
                date = format::date(loc(), when.earliest)
            )
            .into_any(),
            Some(
                view! { <a href=crate::href!("/school")>{crate::tr!(milestone.start_school_more)}</a> }
                    .into_any(),
            ),
        ),
        MilestoneKind::FutureTalk => (
            IconName::Chat,
            crate::tr!(milestone.talk).into_any(),
            Some(view! { <span class="hint">{crate::tr!(milestone.talk_hint)}</span> }.into_any()),
        ),
    };
    let date_line = match kind {
        MilestoneKind::FutureTalk => td_string!(
            loc(),
            milestone.talk_when,
            date = format::date(loc(), when.latest)
        ),
        _ => date.clone(),
    };
    let dismiss = move |_| {
        state.dispatch(Action::DismissMilestone { id: id.clone() });
        state.last_dismissed.set(Some(id.clone()));
    };
    let body = view! {
        <span class="item-dot"><Icon name=icon/></span>
        <div class="item-body">
            <p class="item-date say">{date_line}</p>
            <p class="item-title say">{text}</p>
            {extra.map(|e| view! { <p class="item-kind">{e}</p> })}
            <button type="button" class="link-button" on:click=dismiss>{crate::tr!(milestone.dismiss)}</button>
        </div>
    };
    if as_card {
        view! { <div class="item item-milestone">{body}</div> }.into_any()
    } else {
        view! { <li class="item item-milestone">{body}</li> }.into_any()
    }
}

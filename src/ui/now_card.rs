//! "Now": today, the age (honest when only the year is known), what comes next, and what was added last.

use super::entry_item::EntryItem;
use super::format;
use super::icon::{Icon, IconName};
use super::milestone_item::MilestoneItem;
use super::read_aloud::ReadAloud;
use crate::app::state::{AppState, today};
use crate::domain::milestones::{self, Milestone};
use crate::i18n::*;
use crate::ui::text::loc;
use leptos::prelude::*;

/// How many recently added entries "Now" shows.
const RECENT: usize = 3;

#[component]
pub fn NowCard(milestones: Memo<Vec<Milestone>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = today();
    let age = move || {
        let birth = state.doc.with(|d| d.profile.birth)?;
        let (young, old) = birth.shown_age(today)?;
        Some(if young == old {
            td_string!(loc(), timeline.age, age = young)
        } else {
            td_string!(loc(), timeline.age_range, young = young, old = old)
        })
    };
    let next = move || milestones.with(|ms| milestones::next(ms, today).cloned());
    let recent = move || {
        state.doc.with(|d| {
            // Entries are kept in the order they were added: the last ones are the newest.
            // Private entries never show here: "Now" is the first thing a mentor sees.
            d.entries
                .iter()
                .rev()
                .filter(|e| !e.private)
                .take(RECENT)
                .cloned()
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card now readable" aria-labelledby="now-title">
            <h2 id="now-title" class="say"><Icon name=IconName::Flag/> {crate::tr!(timeline.now)}</h2>
            <ReadAloud/>
            <p class="say">{td_string!(loc(), timeline.today, date = format::date(loc(), today))}</p>
            {move || age().map(|a| view! { <p class="say">{a}</p> })}
            {move || next().map(|m| view! {
                <h3 class="subhead say">{crate::tr!(timeline.next)}</h3>
                <MilestoneItem milestone=m as_card=true/>
            })}
            {move || {
                let items = recent();
                (!items.is_empty()).then(|| view! {
                    <h3 class="subhead">{crate::tr!(timeline.recent)}</h3>
                    <ul class="line line-compact">
                        {items.into_iter().map(|e| view! { <EntryItem entry=e/> }).collect_view()}
                    </ul>
                })
            }}
        </section>
    }
}

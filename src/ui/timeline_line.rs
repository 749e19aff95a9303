//! The vertical line of the story: entries and milestones in date order, with a "Today" marker between
//! the past and what is coming. Long pasts show the latest part first, with a button for earlier items.

use super::entry_item::EntryItem;
use super::kind_filter::KindFilter;
use super::milestone_item::MilestoneItem;
use super::timeline_agreement::TimelineAgreement;
use crate::app::state::{AppState, today};
use crate::domain::milestones::Milestone;
use crate::domain::order::stable_by_key;
use crate::domain::plan::{Agreement, dated, due};
use crate::domain::timeline::{Entry, KindGroup, filtered};
use crate::i18n::*;
use crate::ui::text::loc;
use leptos::prelude::*;

/// Past items shown at first, and added per tap on "earlier".
const PAST_PAGE: usize = 50;

#[derive(Clone, PartialEq)]
enum LineItem {
    Entry(Entry),
    Milestone(Milestone),
    /// An open agreement with a date (My plan), on the day it is due.
    Agreement(Agreement),
    Today,
}

impl LineItem {
    fn key(&self) -> String {
        match self {
            LineItem::Entry(e) => format!("e:{}:{}", e.id, e.updated),
            LineItem::Milestone(m) => format!("m:{}", m.id),
            LineItem::Agreement(a) => format!("a:{}:{}", a.id, a.updated),
            LineItem::Today => "today".into(),
        }
    }
}

#[component]
pub fn TimelineLine(milestones: Memo<Vec<Milestone>>) -> impl IntoView {
    // For the benchmark: the story's render, from here until it is built and in the page. A task spawned here
    // runs after the one that builds the story (the same microtask queue; `queue_microtask` would cost 1.7 KB).
    // The timeline's first render is `timeline-render` plus this.
    crate::pwa::perf::mark("line-start");
    leptos::task::spawn_local(async { crate::pwa::perf::measure("line-render", "line-start") });
    let state = expect_context::<AppState>();
    let group = RwSignal::new(None::<KindGroup>);
    let past_shown = RwSignal::new(PAST_PAGE);
    let today = today();
    // (hidden past count, visible items)
    let items = Memo::new(move |_| {
        let g = group.get();
        let mut past = Vec::new();
        let mut future = Vec::new();
        state.doc.with(|d| {
            for e in filtered(&d.entries, g, false) {
                let list = if e.date.earliest() <= today {
                    &mut past
                } else {
                    &mut future
                };
                list.push((e.date.earliest(), LineItem::Entry(e.clone())));
            }
        });
        milestones.with(|ms| {
            for m in ms {
                if g.is_some_and(|g| crate::domain::milestones::group(m.kind) != g) {
                    continue;
                }
                let list = if m.when.latest < today {
                    &mut past
                } else {
                    &mut future
                };
                list.push((m.when.earliest, LineItem::Milestone(m.clone())));
            }
        });
        // Agreements come from talks: they show under All and Talks.
        if g.is_none_or(|g| g == KindGroup::Talks) {
            state.doc.with(|d| {
                for a in dated(&d.agreements) {
                    if let Some(day) = due(a) {
                        let list = if day < today { &mut past } else { &mut future };
                        list.push((day, LineItem::Agreement(a.clone())));
                    }
                }
            });
        }
        stable_by_key(&mut past, |(d, _)| d.day_number());
        stable_by_key(&mut future, |(d, _)| d.day_number());
        let hidden = past.len().saturating_sub(past_shown.get());
        let mut out: Vec<LineItem> = past.into_iter().skip(hidden).map(|(_, i)| i).collect();
        out.push(LineItem::Today);
        out.extend(future.into_iter().map(|(_, i)| i));
        (hidden, out)
    });
    let hidden = move || items.with(|(h, _)| *h);
    view! {
        <section class="story" aria-labelledby="line-title">
            <h2 id="line-title">{crate::tr!(timeline.line)}</h2>
            <KindFilter selected=group/>
            <Show when=move || { hidden() > 0 }>
                <button type="button" class="button button-quiet" on:click=move |_| past_shown.update(|n| *n += PAST_PAGE)>
                    {move || td_string!(loc(), timeline.earlier, count = hidden())}
                </button>
            </Show>
            <ol class="line">
                <For each=move || items.get().1 key=LineItem::key let:item>
                    {match item {
                        LineItem::Entry(e) => view! { <EntryItem entry=e/> }.into_any(),
                        LineItem::Milestone(m) => view! { <MilestoneItem milestone=m/> }.into_any(),
                        LineItem::Agreement(a) => view! { <TimelineAgreement agreement=a/> }.into_any(),
                        LineItem::Today => view! {
                            <li class="today-marker" id="today"><span>{crate::tr!(timeline.today_marker)}</span></li>
                        }.into_any(),
                    }}
                </For>
            </ol>
            <Show when=move || items.with(|(_, v)| v.len() == 1)>
                <p class="hint">{crate::tr!(timeline.nothing_here)}</p>
            </Show>
        </section>
    }
}

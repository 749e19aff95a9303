//! The result of the school check: the key date, large and calm; then each finding with its sources.

use super::finding_item::FindingItem;
use super::format;
use super::icon::{Icon, IconName};
use super::text::loc;
use crate::app::state::{AppState, new_id, now_iso, today};
use crate::domain::date::PartialDate;
use crate::domain::education::{findings, key_date, started_before_18};
use crate::domain::state::Action;
use crate::domain::timeline::{EntryInput, EntryKind, SchoolStep};
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn SchoolResult() -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = today();
    let locale = loc();
    let found = Memo::new(move |_| {
        state
            .doc
            .with(|d| findings(d.profile.birth, &d.school, today))
    });
    let key = move || found.with(|f| key_date(f));
    let title = tr!(school.timeline_title);
    // Already there: an entry of this kind on that day, whatever its title (the title may be in another
    // language, or an older wording).
    let on_timeline = move || {
        key().is_some_and(|k| {
            let last_day = k.add_days(-1).map(PartialDate::Full);
            state.doc.with(|d| {
                d.entries.iter().any(|e| {
                    e.kind == EntryKind::School(SchoolStep::Deadline) && Some(e.date) == last_day
                })
            })
        })
    };
    // Started before 18 already: the date is only for something new (review L9).
    let heading = move |k| {
        let date = format::date(locale, k);
        if found.with(|f| started_before_18(f)) {
            crate::i18n::td_string!(locale, school.key_date_new, date = date)
        } else {
            crate::i18n::td_string!(locale, school.key_date, date = date)
        }
    };
    let add = move |_| {
        if let Some(last_day) = key().and_then(|k| k.add_days(-1)) {
            let input = EntryInput {
                kind: EntryKind::School(SchoolStep::Deadline),
                date: PartialDate::Full(last_day),
                end: None,
                title: title.to_string(),
                note: String::new(),
                private: false,
            };
            state.dispatch(Action::AddEntry {
                id: new_id(),
                input,
                now: now_iso(),
            });
            // The button is replaced by "It is on your timeline": focus goes there (it is not lost).
            request_animation_frame(|| crate::app::router::focus_id("school-added"));
        }
    };
    let birth = move || {
        state.doc.with(|d| d.profile.birth).map(|b| {
            crate::i18n::td_string!(locale, school.birth, date = format::partial(locale, b))
        })
    };
    view! {
        {move || key().map(|k| view! {
            <section class="card key-date" aria-labelledby="key-date">
                <p id="key-date" class="key-date-text" tabindex="-1">
                    <Icon name=IconName::Calendar/>
                    {heading(k)}
                </p>
                <p class="small">{tr!(school.key_date_hint)}</p>
                <Show
                    when=on_timeline
                    fallback=move || view! { <button type="button" class="button button-quiet" on:click=add>{tr!(school.add_timeline)}</button> }
                >
                    <p class="small" id="school-added" tabindex="-1">{tr!(school.added)}</p>
                </Show>
            </section>
        })}
        <p class="small">{move || birth().unwrap_or_else(|| tr!(school.birth_missing).to_string())}</p>
        <h2 id="school-result" tabindex="-1">{tr!(school.results)}</h2>
        <ul class="findings">
            {move || found.get().into_iter().map(|f| view! { <FindingItem finding=f/> }).collect_view()}
        </ul>
        <p class="notice">{tr!(school.not_advice)}</p>
    }
}

//! A card's sources, on request: each fact ID with its source and when it was checked (the union of the
//! facts its blocks rest on), and for a fact checked long ago, that it may have changed. Only confirmed facts
//! are listed; background facts are never shown as fact.

use super::checked_note::stale_note;
use super::format;
use super::text::loc;
use crate::domain::facts;
use leptos::prelude::*;

#[component]
pub fn CardSources(ids: Vec<String>) -> impl IntoView {
    let locale = loc();
    let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
    let items = facts::lookup(facts::register(), &ids)
        .into_iter()
        .filter(|f| f.confirmed())
        .map(|f| {
            let stale = f.checked_date().and_then(|d| stale_note(locale, d));
            let checked = f
                .checked_date()
                .map(|d| format::date(locale, d))
                .unwrap_or_default();
            let when = crate::i18n::td_string!(locale, school.checked, date = checked);
            view! {
                <li>
                    // The source keeps its own direction inside an Arabic line.
                    <span class="source-id">{f.id}</span> " · " <bdi>{f.source}</bdi> " · " {when}
                    {stale}
                </li>
            }
        })
        .collect_view();
    view! {
        <details class="sources card-sources">
            <summary>{crate::tr!(school.sources)}</summary>
            <ul>{items}</ul>
        </details>
    }
}

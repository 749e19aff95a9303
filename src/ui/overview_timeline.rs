//! My overview: the timeline in order, each moment with its date, kind, title and note. Private moments
//! are left out (not rendered at all) unless the young person ticks "also show private moments".

use super::bilingual::{label, nl_below};
use super::format;
use super::icon::{Icon, IconName};
use super::text::loc;
use crate::app::state::AppState;
use crate::both;
use crate::domain::timeline::{self, Entry};
use crate::i18n::{Locale, td_string};
use leptos::prelude::*;

fn when(locale: Locale, e: &Entry) -> String {
    match e.end {
        Some(end) => {
            let mut s = format::partial(locale, e.date);
            s.push_str(" – ");
            s.push_str(&format::partial(locale, end));
            s
        }
        None => format::partial(locale, e.date),
    }
}

fn item(locale: Locale, e: &Entry, dutch: bool) -> impl IntoView + use<> {
    // The date and the kind in Dutch under them, as one line.
    let date = when(locale, e);
    let kind = format::kind_label(locale, e.kind);
    let mut line = date.clone();
    line.push_str(" · ");
    line.push_str(&kind);
    let mut nl = when(Locale::nl, e);
    nl.push_str(" · ");
    nl.push_str(&format::kind_label(Locale::nl, e.kind));
    let below = nl_below(&line, &nl, dutch);
    let private = e.private.then(|| {
        view! { <span class="tag"><Icon name=IconName::Lock/> {label(both!(overview.private), dutch)}</span> }
    });
    let note = (!e.note.is_empty())
        .then(|| view! { <p class="item-note" dir="auto">{e.note.clone()}</p> });
    view! {
        <li class="overview-item">
            <p class="item-date">{date}</p>
            <p class="item-title" dir="auto">{e.title.clone()}</p>
            <p class="item-kind"><span>{kind}</span> {private}</p>
            {below}
            {note}
        </li>
    }
}

#[component]
pub fn OverviewTimeline(dutch: bool, show_private: Signal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = loc();
    let list = move || {
        let show = show_private.get();
        state.doc.with(|d| {
            let all = timeline::ordered(&d.entries);
            let hidden = all.iter().filter(|e| e.private && !show).count();
            let items = all
                .into_iter()
                .filter(|e| show || !e.private)
                .map(|e| item(locale, e, dutch))
                .collect_view();
            let empty = d.entries.is_empty().then(|| {
                view! { <p>{label(both!(overview.no_entries), dutch)}</p> }
            });
            let left_out = (hidden > 0).then(|| {
                let text = td_string!(locale, overview.private_left_out, count = hidden);
                let nl = td_string!(Locale::nl, overview.private_left_out, count = hidden);
                let below = nl_below(&text, &nl, dutch);
                view! { <p class="small"><Icon name=IconName::Lock/> " " {text}</p> {below} }
            });
            view! { {empty} <ol class="overview-list">{items}</ol> {left_out} }
        })
    };
    view! {
        <section class="card overview-part" aria-labelledby="ov-timeline">
            <h2 id="ov-timeline">{label(both!(overview.timeline), dutch)}</h2>
            {list}
        </section>
    }
}

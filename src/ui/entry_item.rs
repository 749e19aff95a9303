//! One entry on the timeline: its icon, date, title and kind; a lock when private; a long note folds.

use super::format;
use super::icon::{Icon, IconName, kind_icon};
use crate::domain::timeline::Entry;
use crate::i18n::*;
use crate::ui::text::loc;
use leptos::prelude::*;

/// Notes longer than this fold until the user opens them.
const FOLD_AFTER_CHARS: usize = 160;

/// An entry can be on the screen twice (the Now card and the line): each copy's note gets its own id.
static SHOWN: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

#[component]
pub fn EntryItem(entry: Entry) -> impl IntoView {
    let open = RwSignal::new(false);
    // A private entry is covered (its title and note are not in the page) until the young person taps
    // "Show"; leaving the screen covers it again, as this component is built anew.
    let shown = RwSignal::new(!entry.private);
    let long = entry.note.chars().count() > FOLD_AFTER_CHARS;
    let n = SHOWN.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let note_id = format!("note-{}-{n}", entry.id);
    let edit_href = [crate::href!("/timeline/edit/"), &entry.id].concat();
    let title = entry.title.clone();
    let label_title = entry.title.clone();
    let edit_label = move || {
        let what = if shown.get() {
            label_title.clone()
        } else {
            td_string!(loc(), timeline.private_covered).to_string()
        };
        format!("{}: {}", td_string!(loc(), timeline.edit), what)
    };
    // A period shows "3 maart 2024 – 30 september 2024"; a screen reader hears "from ... to ..." in words.
    let when = {
        let locale = loc();
        let start = format::partial(locale, entry.date);
        match entry.end {
            Some(end) => {
                let end = format::partial(locale, end);
                let spoken =
                    td_string!(locale, a11y.period, from = start.clone(), to = end.clone());
                view! {
                    <span aria-hidden="true">{format!("{start} – {end}")}</span>
                    <span class="visually-hidden">{spoken}</span>
                }
                .into_any()
            }
            None => start.into_any(),
        }
    };
    let kind = format::kind_label(loc(), entry.kind);
    let note = entry.note.clone();
    view! {
        <li class="item" class:item-private=entry.private>
            <span class="item-dot"><Icon name=kind_icon(entry.kind)/></span>
            <div class="item-body">
                <p class="item-date">{when}</p>
                {move || if shown.get() {
                    view! { <h3 class="item-title" dir="auto">{title.clone()}</h3> }.into_any()
                } else {
                    view! { <h3 class="item-title item-covered">{crate::tr!(timeline.private_covered)}</h3> }.into_any()
                }}
                <p class="item-kind">
                    {kind}
                    {entry.private.then(|| view! {
                        <span class="tag"><Icon name=IconName::Lock/> {crate::tr!(timeline.private)}</span>
                    })}
                </p>
                {entry.private.then(|| view! {
                    <button type="button" class="link-button" aria-pressed=move || shown.get().to_string()
                        on:click=move |_| shown.update(|s| *s = !*s)>
                        {move || if shown.get() { crate::tr!(timeline.hide_private) } else { crate::tr!(timeline.show_private) }}
                    </button>
                })}
                {let note_id = note_id.clone(); move || (shown.get() && !note.is_empty()).then(|| view! {
                    <p id=note_id.clone() dir="auto" class="item-note" class:folded=move || long && !open.get()>{note.clone()}</p>
                })}
                {move || (long && shown.get()).then(|| view! {
                    <button
                        type="button"
                        class="link-button"
                        aria-expanded=move || open.get().to_string()
                        aria-controls=note_id.clone()
                        on:click=move |_| open.update(|o| *o = !*o)
                    >
                        {move || if open.get() { td_string!(loc(), timeline.less) } else { td_string!(loc(), timeline.more) }}
                    </button>
                })}
                <a class="item-edit" href=edit_href aria-label=edit_label>
                    <Icon name=IconName::Pencil/>
                    <span>{crate::tr!(timeline.edit)}</span>
                </a>
            </div>
        </li>
    }
}

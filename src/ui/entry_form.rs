//! Add or edit an entry: what, when (as precise as known), a title, a note, private or not.
//! Problems show next to their field; nothing is saved until the input is right.

use super::field_error::{FieldError, described_by};
use super::format;
use super::icon::{Icon, IconName};
use super::limit_count::LimitCount;
use super::partial_date_input::PartialDateInput;
use crate::app::state::{AppState, new_id, now_iso, today};
use crate::domain::date::PartialDate;
use crate::domain::state::Action;
use crate::domain::timeline::{
    Entry, EntryInput, EntryKind, EntryProblem as P, MAX_NOTE_CHARS, MAX_TITLE_CHARS,
    MAX_YEARS_AHEAD, check,
};
use crate::i18n::*;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn EntryForm(initial: Option<Entry>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let today = today();
    let editing = initial.as_ref().map(|e| e.id.clone());
    let kind = RwSignal::new(initial.as_ref().map_or(EntryKind::GoodMoment, |e| e.kind));
    let date = RwSignal::new(Some(
        initial
            .as_ref()
            .map_or(PartialDate::Full(today), |e| e.date),
    ));
    let has_end = RwSignal::new(initial.as_ref().is_some_and(|e| e.end.is_some()));
    let end = RwSignal::new(initial.as_ref().and_then(|e| e.end));
    let title = RwSignal::new(
        initial
            .as_ref()
            .map(|e| e.title.clone())
            .unwrap_or_default(),
    );
    let note = RwSignal::new(initial.as_ref().map(|e| e.note.clone()).unwrap_or_default());
    let private = RwSignal::new(initial.as_ref().is_some_and(|e| e.private));
    let problems = RwSignal::new(Vec::<P>::new());
    // A half-written title or note is kept in the document (saved, and locked with the rest), so it comes
    // back after the phone closed the tab. Keys: `entry.new.title`, or `entry.<id>.note` for an edit.
    let prefix = format!("entry.{}.", editing.as_deref().unwrap_or("new"));
    let (title_key, note_key) = (format!("{prefix}title"), format!("{prefix}note"));
    state.doc.with_untracked(|d| {
        if let Some(t) = d.drafts.get(&title_key) {
            title.set(t.clone());
        }
        if let Some(n) = d.drafts.get(&note_key) {
            note.set(n.clone());
        }
    });
    let keep_draft = move |key: &str, value: String| {
        state.dispatch(Action::SetDraft {
            key: key.to_string(),
            value,
        });
    };
    let clear_prefix = prefix.clone();
    let clear_drafts = move || {
        state.dispatch(Action::ClearDrafts {
            prefix: clear_prefix.clone(),
        })
    };
    let cancel_clear = clear_drafts.clone();

    let edit_id = editing.clone();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = EntryInput {
            kind: kind.get_untracked(),
            date: date.get_untracked().unwrap_or(PartialDate::Full(today)),
            end: if has_end.get_untracked() {
                end.get_untracked()
            } else {
                None
            },
            title: title.get_untracked(),
            note: note.get_untracked(),
            private: private.get_untracked(),
        };
        let found = check(&input, today);
        if !found.is_empty() {
            // Focus goes to the first field with a problem, where its message is (walk D22).
            let first = match found[0] {
                P::TitleMissing | P::TitleTooLong => "entry-title",
                P::NoteTooLong => "entry-note",
                P::EndBeforeStart => "entry-end-year",
                P::TooFarAhead => "entry-year",
            };
            // A date problem: focus is on the year, which its message does not describe; say it.
            if let P::EndBeforeStart | P::TooFarAhead = found[0] {
                crate::ui::announce::announce(format::problem(loc(), found[0]));
            }
            problems.set(found);
            crate::app::router::focus_id(first);
            return;
        }
        let now = now_iso();
        clear_drafts();
        state.dispatch(match edit_id.clone() {
            Some(id) => Action::EditEntry { id, input, now },
            None => Action::AddEntry {
                id: new_id(),
                input,
                now,
            },
        });
        crate::ui::announce::announce(crate::tr!(me.saved));
        crate::app::router::go_replacing("/timeline");
    };
    let delete = editing.clone().map(|id| {
        move |_| {
            state.dispatch(Action::DeleteEntry { id: id.clone() });
            state.last_deleted.set(Some(id.clone()));
            crate::app::router::go_replacing("/timeline");
        }
    });
    let kinds = {
        let locale = loc();
        EntryKind::ALL
            .iter()
            .map(|k| view! { <option value=k.key() selected=kind.get_untracked().key() == k.key()>{format::kind_name(locale, *k)}</option> })
            .collect_view()
    };
    let details = move || {
        let locale = loc();
        let current = kind.get();
        let options = current.details();
        (!options.is_empty()).then(|| {
            let label = match current {
                EntryKind::Decision(_) => td_string!(loc(), form.detail_decision),
                EntryKind::Move(_) => td_string!(loc(), form.detail_move),
                EntryKind::School(_) => td_string!(loc(), form.detail_school),
                _ => td_string!(loc(), form.detail_talk),
            };
            view! {
                <div class="field">
                    <label for="entry-detail">{label}</label>
                    <select id="entry-detail" on:change=move |ev| { let i: usize = event_target_value(&ev).parse().unwrap_or(0); kind.set(options[i.min(options.len() - 1)]); }>
                        {options.iter().enumerate().map(|(i, k)| view! {
                            <option value=i.to_string() selected=*k == current>{format::detail_name(locale, *k)}</option>
                        }).collect_view()}
                    </select>
                </div>
            }
        })
    };
    view! {
        <form class="stack entry-form" on:submit=save novalidate>
            <div class="field">
                <label for="entry-kind">{crate::tr!(form.kind)}</label>
                <select id="entry-kind" on:change=move |ev| kind.set(EntryKind::from_key(&event_target_value(&ev)).unwrap_or(EntryKind::Other))>{kinds}</select>
            </div>
            {details}
            <PartialDateInput legend=crate::tr!(form.date).into_any() id="entry-year" value=date min_year=today.year() - 30 max_year=today.year() + MAX_YEARS_AHEAD/>
            <Show when=move || kind.get().has_period()>
                <label class="check"><input type="checkbox" prop:checked=move || has_end.get() on:change=move |ev| has_end.set(event_target_checked(&ev))/> {crate::tr!(form.has_end)}</label>
                <Show when=move || has_end.get()>
                    <PartialDateInput legend=crate::tr!(form.end).into_any() id="entry-end-year" value=end min_year=today.year() - 30 max_year=today.year() + MAX_YEARS_AHEAD optional=true/>
                </Show>
            </Show>
            <FieldError id="date-error" problems of=&[P::EndBeforeStart, P::TooFarAhead]/>
            <div class="field">
                <label for="entry-title">{crate::tr!(form.title)}</label>
                <input id="entry-title" type="text" autocomplete="off" dir="auto" aria-invalid=move || problems.with(|p| p.contains(&P::TitleMissing) || p.contains(&P::TitleTooLong)).to_string()
                    aria-describedby=move || format!("{} entry-title-count", described_by("title-hint", "title-error", problems, &[P::TitleMissing, P::TitleTooLong]))
                    prop:value=move || title.get() on:input=move |ev| { let v = event_target_value(&ev); keep_draft(&title_key, v.clone()); title.set(v) }/>
                <p id="title-hint" class="hint">{crate::tr!(form.title_hint)}</p>
                <LimitCount id="entry-title-count".into() value=title max=MAX_TITLE_CHARS/>
                <FieldError id="title-error" problems of=&[P::TitleMissing, P::TitleTooLong]/>
            </div>
            <div class="field">
                <label for="entry-note">{crate::tr!(form.note)}</label>
                <textarea id="entry-note" rows="4" dir="auto" aria-describedby=move || format!("{} entry-note-count", described_by("note-hint", "note-error", problems, &[P::NoteTooLong]))
                    prop:value=move || note.get() on:input=move |ev| { let v = event_target_value(&ev); keep_draft(&note_key, v.clone()); note.set(v) }></textarea>
                <p id="note-hint" class="hint">{crate::tr!(form.note_hint)}</p>
                <LimitCount id="entry-note-count".into() value=note max=MAX_NOTE_CHARS/>
                <FieldError id="note-error" problems of=&[P::NoteTooLong]/>
            </div>
            <label class="check"><input type="checkbox" aria-describedby="private-hint" prop:checked=move || private.get() on:change=move |ev| private.set(event_target_checked(&ev))/> <Icon name=IconName::Lock/> {crate::tr!(form.private)}</label>
            <p id="private-hint" class="hint">{crate::tr!(form.private_hint)}</p>
            <button type="submit" class="button button-wide">{crate::tr!(form.save)}</button>
            <a class="button button-quiet button-wide" href=crate::href!("/timeline") on:click=move |_| cancel_clear()>{crate::tr!(form.cancel)}</a>
            {delete.map(|d| view! { <button type="button" class="button button-quiet button-wide" on:click=d>{crate::tr!(form.delete)}</button> })}
        </form>
    }
}

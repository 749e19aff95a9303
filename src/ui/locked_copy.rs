//! In Me, next to "Download a copy": lock the copy with its own passphrase (typed twice). A forgotten
//! passphrase means the copy cannot be opened, and it says so plainly. The key takes seconds to make.

use super::busy_note::BusyNote;
use super::passphrase_field::PassphraseField;
use crate::app::state::{AppState, now_iso, today};
use crate::domain::backup;
use crate::pwa::download::download_text;
use crate::store::{crypto, schema::SCHEMA};
use crate::tr;
use leptos::prelude::*;

/// Shortest passphrase accepted, in characters.
const MIN_CHARS: usize = 8;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Status {
    Busy,
    Done,
    Failed,
}

#[component]
pub fn LockedCopy(
    /// Whether the copy gets a passphrase (the plain download hides while it does).
    on: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let first = RwSignal::new(String::new());
    let second = RwSignal::new(String::new());
    let short = RwSignal::new(false);
    let differ = RwSignal::new(false);
    let status = RwSignal::new(None::<Status>);
    let lock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if status.get_untracked() == Some(Status::Busy) {
            return;
        }
        let pass = first.get_untracked();
        short.set(pass.chars().count() < MIN_CHARS);
        differ.set(pass != second.get_untracked());
        if short.get_untracked() || differ.get_untracked() {
            status.set(None);
            return;
        }
        status.set(Some(Status::Busy));
        leptos::task::spawn_local(async move {
            let now = now_iso();
            let file = state.doc.with_untracked(|d| backup::export(d, &now));
            let sealed = match crypto::new_key(&pass).await {
                Ok(key) => crypto::seal(&key, &file, SCHEMA, &now).await.ok(),
                Err(_) => None,
            };
            let ok = sealed.is_some_and(|s| {
                download_text(&backup::file_name(today()), &s, "application/json")
            });
            if ok {
                first.set(String::new());
                second.set(String::new());
            }
            status.set(Some(if ok { Status::Done } else { Status::Failed }));
        });
    };
    let short_msg = Signal::derive(move || short.get().then(|| tr!(import.pass_short)));
    let differ_msg =
        Signal::derive(move || (differ.get() && !short.get()).then(|| tr!(import.pass_differ)));
    view! {
        <label class="check">
            <input type="checkbox" prop:checked=move || on.get() on:change=move |ev| on.set(event_target_checked(&ev))/>
            {tr!(import.lock_check)}
        </label>
        <Show when=move || on.get()>
            <form class="stack locked-copy" on:submit=lock>
                <p>{tr!(import.lock_why)}</p>
                <p class="notice notice-warn">{tr!(import.lock_warn)}</p>
                <PassphraseField id="copy-pass" label=tr!(import.pass_new) hint=tr!(import.pass_hint) value=first error=short_msg autocomplete="new-password"/>
                <PassphraseField id="copy-pass-again" label=tr!(import.pass_again) value=second error=differ_msg autocomplete="new-password"/>
                <button type="submit" class="button" aria-disabled=move || (status.get() == Some(Status::Busy)).then_some("true")>{tr!(import.lock_button)}</button>
                {move || match status.get() {
                    Some(Status::Busy) => view! { <BusyNote id="copy-busy" text=tr!(import.locking)/> }.into_any(),
                    Some(Status::Done) => view! { <p class="notice" role="status">{tr!(import.locked_done)}</p> }.into_any(),
                    Some(Status::Failed) => view! { <p class="notice notice-warn" role="alert">{tr!(import.lock_failed)}</p> }.into_any(),
                    None => ().into_any(),
                }}
            </form>
        </Show>
    }
}

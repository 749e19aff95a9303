//! Bringing a copy back: choose a file (its size is checked before it is read), give the passphrase when
//! the copy is locked, see what is in it, then replace or merge. The current data is kept aside first.
//! On any problem the data stays as it is. The same flow serves Me and the welcome screen.

use super::busy_note::BusyNote;
use super::import_done::ImportDone;
use super::import_preview::ImportPreview;
use super::import_problem::{Problem, ProblemNote};
use super::passphrase_field::PassphraseField;
use crate::app::state::AppState;
use crate::domain::backup::{self, ImportError};
use crate::domain::state::{Action, Document};
use crate::store::crypto::{self, CryptoError};
use crate::store::sealed;
use crate::tr;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Choose,
    Reading,
    Locked,
    Opening,
    Preview,
    Done,
}

#[component]
pub fn ImportFlow() -> impl IntoView {
    let state = expect_context::<AppState>();
    let step = RwSignal::new(Step::Choose);
    let problem = RwSignal::new(None::<Problem>);
    let locked_text = StoredValue::new(String::new());
    let incoming = StoredValue::new(None::<Document>);
    let before = StoredValue::new(None::<(String, Document)>);
    let merged = RwSignal::new(false);
    let passphrase = RwSignal::new(String::new());
    let pass_input = NodeRef::<leptos::html::Input>::new();

    let fail = move |p: Problem| {
        locked_text.set_value(String::new());
        problem.set(Some(p));
        step.set(Step::Choose);
    };
    let take = move |read: Result<Document, ImportError>| match read {
        Ok(doc) => {
            incoming.set_value(Some(doc));
            step.set(Step::Preview);
        }
        Err(e) => fail(e.into()),
    };
    let on_file = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // So choosing the same file again is a change too.
        input.set_value("");
        problem.set(None);
        if file.size() > backup::MAX_BYTES as f64 {
            return fail(Problem::TooLarge);
        }
        step.set(Step::Reading);
        leptos::task::spawn_local(async move {
            match JsFuture::from(file.text()).await.ok().and_then(|t| t.as_string()) {
                None => fail(Problem::Read),
                Some(text) if sealed::is_sealed(&text) => {
                    locked_text.set_value(text);
                    passphrase.set(String::new());
                    step.set(Step::Locked);
                }
                Some(text) => take(backup::read_file(&text)),
            }
        });
    };
    let unlock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pass = passphrase.get_untracked();
        if pass.is_empty() {
            problem.set(Some(Problem::WrongPassphrase));
            return;
        }
        problem.set(None);
        step.set(Step::Opening);
        leptos::task::spawn_local(async move {
            let raw = locked_text.get_value();
            match crypto::unlock(&pass, &raw).await {
                Ok((_, plain, schema)) => {
                    locked_text.set_value(String::new());
                    take(backup::read_unlocked(&plain, schema));
                }
                Err(CryptoError::WrongPassphrase) => {
                    passphrase.set(String::new());
                    problem.set(Some(Problem::WrongPassphrase));
                    step.set(Step::Locked);
                }
                Err(e) => fail(e.into()),
            }
        });
    };
    let bring_in = move |merge: bool| {
        let Some(doc) = incoming.get_value() else {
            return;
        };
        let current = state.doc.get_untracked();
        let kept = if backup::has_data(&current) {
            match state.keep_copy(&current) {
                Some(key) => Some((key, current)),
                // Without a kept copy there is no way back: the import does not go on.
                None => return problem.set(Some(Problem::KeepFailed)),
            }
        } else {
            None
        };
        problem.set(None);
        before.set_value(kept);
        incoming.set_value(None);
        merged.set(merge);
        step.set(Step::Done);
        state.dispatch(if merge {
            Action::MergeIn(Box::new(doc))
        } else {
            Action::ReplaceAll(Box::new(doc))
        });
        state.flush();
    };
    let cancel = move || {
        incoming.set_value(None);
        problem.set(None);
        step.set(Step::Choose);
    };
    let wrong = Signal::derive(move || {
        (problem.get() == Some(Problem::WrongPassphrase)).then(|| super::import_problem::message(Problem::WrongPassphrase))
    });
    let body = move || match step.get() {
        Step::Choose => view! {
            <div class="field">
                <label for="import-file">{tr!(import.file_label)}</label>
                <input id="import-file" type="file" accept=".koers,application/json,text/plain" on:change=on_file/>
            </div>
        }
        .into_any(),
        Step::Reading => view! { <BusyNote id="import-busy" text=tr!(import.reading)/> }.into_any(),
        Step::Opening => view! { <BusyNote id="import-busy" text=tr!(import.opening)/> }.into_any(),
        Step::Locked => {
            request_animation_frame(move || {
                if let Some(i) = pass_input.get_untracked() {
                    let _ = i.focus();
                }
            });
            view! {
                <form class="stack" on:submit=unlock>
                    <h3>{tr!(import.locked_title)}</h3>
                    <p>{tr!(import.locked_text)}</p>
                    <PassphraseField id="import-pass" label=tr!(import.pass_label) value=passphrase node_ref=pass_input error=wrong/>
                    <button type="submit" class="button">{tr!(import.open)}</button>
                    <button type="button" class="button button-quiet" on:click=move |_| { locked_text.set_value(String::new()); cancel() }>{tr!(import.cancel)}</button>
                </form>
            }
            .into_any()
        }
        Step::Preview => match incoming.get_value() {
            Some(doc) => view! {
                <ImportPreview
                    doc
                    fresh=!state.doc.with_untracked(backup::has_data)
                    on_replace=move || bring_in(false)
                    on_merge=move || bring_in(true)
                    on_cancel=cancel
                />
            }
            .into_any(),
            None => ().into_any(),
        },
        Step::Done => view! { <ImportDone merged=merged.get_untracked() before=before.get_value()/> }.into_any(),
    };
    view! {
        <div class="import-flow stack">
            // While the passphrase is asked for, its problem shows at the field.
            <ProblemNote problem=Signal::derive(move || problem.get().filter(|_| step.get() != Step::Locked))/>
            {body}
        </div>
    }
}

//! A locked copy: ask for its passphrase, then open it with WebCrypto (the key takes seconds to make, so
//! progress shows). A wrong passphrase says so at the field and lets the young person try again.

use super::busy_note::BusyNote;
use super::import_problem::{Problem, message};
use super::passphrase_field::PassphraseField;
use crate::domain::backup;
use crate::domain::state::Document;
use crate::store::crypto::{self, CryptoError};
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn ImportUnlock(
    /// The locked file's text.
    locked: String,
    /// What the copy held, checked, or why it cannot be opened (not for a wrong passphrase).
    #[prop(into)]
    on_open: Callback<Result<Document, Problem>>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let locked = StoredValue::new(locked);
    let passphrase = RwSignal::new(String::new());
    let wrong = RwSignal::new(false);
    let opening = RwSignal::new(false);
    let input = NodeRef::<leptos::html::Input>::new();
    Effect::new(move |_| {
        if let Some(i) = input.get() {
            let _ = i.focus();
        }
    });
    let unlock = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let pass = passphrase.get_untracked();
        wrong.set(pass.is_empty());
        if pass.is_empty() || opening.get_untracked() {
            return;
        }
        opening.set(true);
        leptos::task::spawn_local(async move {
            let raw = locked.get_value();
            match crypto::unlock(&pass, &raw).await {
                // `try_run`: the flow may be gone by now (the young person went elsewhere).
                Ok((_, plain, schema)) => {
                    on_open.try_run(backup::read_unlocked(&plain, schema).map_err(Problem::from));
                }
                Err(CryptoError::WrongPassphrase) => {
                    passphrase.set(String::new());
                    wrong.set(true);
                    opening.set(false);
                    if let Some(i) = input.try_get_untracked().flatten() {
                        let _ = i.focus();
                    }
                }
                Err(e) => {
                    on_open.try_run(Err(e.into()));
                }
            }
        });
    };
    let error = Signal::derive(move || wrong.get().then(|| message(Problem::WrongPassphrase)));
    view! {
        <form class="stack" on:submit=unlock>
            <h3>{tr!(import.locked_title)}</h3>
            <p>{tr!(import.locked_text)}</p>
            <PassphraseField id="import-pass" label=tr!(import.pass_label) value=passphrase node_ref=input error/>
            <Show
                when=move || opening.get()
                fallback=move || view! {
                    <button type="submit" class="button">{tr!(import.open)}</button>
                    <button type="button" class="button button-quiet" on:click=move |_| on_cancel.run(())>{tr!(import.cancel)}</button>
                }
            >
                <BusyNote id="import-opening" text=tr!(import.opening)/>
            </Show>
        </form>
    }
}

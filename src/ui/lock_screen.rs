//! The lock screen: nothing about the person, only the passphrase field, when the data was last saved,
//! and what to do with a forgotten passphrase.

use super::exit_button::ExitButton;
use super::icon::{Icon, IconName};
use super::passphrase_field::PassphraseField;
use crate::app::state::{AppState, now_iso};
use crate::i18n::*;
use crate::store::crypto::CryptoError;
use crate::tr;
use crate::ui::text::loc;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq)]
enum Phase {
    Ready,
    Opening,
    Wrong,
    Damaged,
    NoCrypto,
    Failed,
}

#[component]
pub fn LockScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let pass = RwSignal::new(String::new());
    let phase = RwSignal::new(Phase::Ready);
    let forgetting = RwSignal::new(false);
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if phase.get_untracked() == Phase::Opening {
            return;
        }
        phase.set(Phase::Opening);
        let typed = pass.get_untracked();
        leptos::task::spawn_local(async move {
            let result = state.unlock(&typed).await;
            let _ = phase.try_set(match result {
                Ok(()) => Phase::Ready,
                Err(CryptoError::WrongPassphrase) => Phase::Wrong,
                Err(CryptoError::Damaged) => Phase::Damaged,
                Err(CryptoError::Unavailable) => Phase::NoCrypto,
                Err(_) => Phase::Failed,
            });
            let _ = pass.try_set(String::new());
        });
    };
    let saved = move || {
        let at = state.locked.get().unwrap_or_default();
        match crate::ui::format::stamp(loc(), &at) {
            Some((date, time)) => {
                td_string!(loc(), lock.last_saved, date = date, time = time).into_any()
            }
            None => tr!(lock.last_saved_unknown).into_any(),
        }
    };
    let download = move |_| {
        let raw = state
            .with_keeper(|k| k.stored())
            .flatten()
            .unwrap_or_default();
        let name = format!(
            "koers-locked-{}.koers",
            now_iso().get(..10).unwrap_or("copy")
        );
        crate::pwa::download::download_text(&name, &raw, "application/json");
    };
    let message = move || {
        match phase.get() {
        Phase::Ready => None,
        Phase::Opening => Some(view! {
            <p role="status" class="stack"><progress aria-label=tr!(lock.opening)></progress> {tr!(lock.opening)}</p>
        }.into_any()),
        Phase::Wrong => Some(view! { <p class="notice notice-warn" role="alert">{tr!(lock.wrong)}</p> }.into_any()),
        Phase::Damaged => Some(view! {
            <div class="notice notice-warn" role="alert">
                <p>{tr!(lock.damaged)}</p>
                <button type="button" class="button button-quiet" on:click=download>{tr!(lock.damaged_download)}</button>
            </div>
        }.into_any()),
        Phase::NoCrypto => Some(view! { <p class="notice notice-warn" role="alert">{tr!(lock.no_crypto)}</p> }.into_any()),
        Phase::Failed => Some(view! { <p class="notice notice-warn" role="alert">{tr!(lock.failed)}</p> }.into_any()),
    }
    };
    view! {
        <div class="lock-top">
            <ExitButton/>
        </div>
        <main id="main" class="page lock-screen">
            <h1><Icon name=IconName::Lock/> <span>{tr!(lock.screen_title)}</span></h1>
            <form class="card stack" on:submit=submit>
                <p>{tr!(lock.screen_text)}</p>
                <PassphraseField id="unlock-pass" label=tr!(lock.passphrase) value=pass/>
                <button type="submit" class="button button-wide" disabled=move || phase.get() == Phase::Opening>{tr!(lock.open)}</button>
                {message}
            </form>
            <p class="small">{saved}</p>
            <p class="small">{tr!(lock.last_saved_hint)}</p>
            <details class="card">
                <summary>{tr!(lock.forgot)}</summary>
                <p>{tr!(lock.forgot_text)}</p>
                <Show
                    when=move || forgetting.get()
                    fallback=move || view! {
                        <button type="button" class="button button-quiet" on:click=move |_| forgetting.set(true)>{tr!(lock.start_again)}</button>
                    }
                >
                    <div class="notice notice-warn" role="alert">
                        <p>{tr!(lock.start_again_confirm)}</p>
                        <button type="button" class="button" on:click=move |_| { state.start_again(); }>{tr!(lock.start_again_yes)}</button>
                        <button type="button" class="button button-quiet" on:click=move |_| forgetting.set(false)>{tr!(lock.start_again_no)}</button>
                    </div>
                </Show>
            </details>
        </main>
    }
}

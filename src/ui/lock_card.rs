//! In Me: the passphrase lock. Off: why a few words beat four digits, the warning, a copy to download right
//! there, and the passphrase twice. On: lock now, auto-lock time, change or remove (each with the current
//! passphrase), and what happens when the phone closes Koers during a save.

use super::icon::{Icon, IconName};
use super::lock_settings::LockSettings;
use super::passphrase_field::PassphraseField;
use crate::app::state::{AppState, now_iso, today};
use crate::domain::backup;
use crate::pwa::download::download_text;
use crate::tr;
use leptos::prelude::*;

/// Shortest passphrase Koers accepts.
pub const MIN_PASS_CHARS: usize = 8;

/// What a set/change/remove step is doing, for its message.
#[derive(Clone, Copy, PartialEq)]
pub enum Step {
    Idle,
    Busy,
    Done,
    TooShort,
    Mismatch,
    Wrong,
    Failed,
    KeptFailed,
}

/// The message for a step, or nothing.
pub fn step_message(step: Step, busy: &'static str, done: &'static str) -> Option<AnyView> {
    let (text, alert) = match step {
        Step::Idle => return None,
        Step::Busy => {
            return Some(
                view! { <p role="status"><progress aria-label=busy></progress> " " {busy}</p> }
                    .into_any(),
            );
        }
        Step::Done => (done, false),
        Step::TooShort => (tr!(lock.too_short), true),
        Step::Mismatch => (tr!(lock.mismatch), true),
        Step::Wrong => (tr!(lock.wrong), true),
        Step::Failed => (tr!(lock.failed), true),
        Step::KeptFailed => (tr!(lock.kept_failed), true),
    };
    Some(if alert {
        view! { <p class="notice notice-warn" role="alert">{text}</p> }.into_any()
    } else {
        view! { <p class="notice notice-info" role="status">{text}</p> }.into_any()
    })
}

/// Checks a new passphrase typed twice.
pub fn check_new(new: &str, again: &str) -> Option<Step> {
    if new.chars().count() < MIN_PASS_CHARS {
        Some(Step::TooShort)
    } else if new != again {
        Some(Step::Mismatch)
    } else {
        None
    }
}

#[component]
pub fn LockCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let step = RwSignal::new(Step::Idle);
    let removed = RwSignal::new(false);
    let download = move |_| {
        let file = state.doc.with_untracked(|d| backup::export(d, &now_iso()));
        download_text(&backup::file_name(today()), &file, "application/json");
    };
    let set = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, a) = (new.get_untracked(), again.get_untracked());
        if let Some(problem) = check_new(&n, &a) {
            step.set(problem);
            return;
        }
        step.set(Step::Busy);
        leptos::task::spawn_local(async move {
            let result = state.set_passphrase(Some(&n)).await;
            let _ = removed.try_set(false);
            let _ = step.try_set(match result {
                Ok(failed) if failed.is_empty() => Step::Done,
                Ok(_) => Step::KeptFailed,
                Err(_) => Step::Failed,
            });
            let _ = new.try_set(String::new());
            let _ = again.try_set(String::new());
        });
    };
    view! {
        <section class="card stack" aria-labelledby="lock-title">
            <h2 id="lock-title"><Icon name=IconName::Lock/> {tr!(lock.card_title)}</h2>
            <Show
                when=move || state.lock_set.get()
                fallback=move || view! {
                    {move || removed.get().then(|| view! { <p class="notice notice-info" role="status">{tr!(lock.removed)}</p> })}
                    <p>{tr!(lock.why)}</p>
                    <div class="notice notice-warn">
                        <p>{tr!(lock.warning)}</p>
                        <button type="button" class="button button-quiet" on:click=download>
                            <Icon name=IconName::Download/> {tr!(lock.download_first)}
                        </button>
                    </div>
                    <form class="stack" on:submit=set>
                        <PassphraseField id="lock-new" label=tr!(lock.new_pass) value=new autocomplete="new-password" hint=tr!(lock.new_hint)/>
                        <PassphraseField id="lock-again" label=tr!(lock.again) value=again autocomplete="new-password"/>
                        <button type="submit" class="button" disabled=move || step.get() == Step::Busy>{tr!(lock.set)}</button>
                    </form>
                    {move || step_message(step.get(), tr!(lock.setting), tr!(lock.set_done))}
                }
            >
                <p class="notice notice-info">{tr!(lock.is_on)}</p>
                {move || (step.get() == Step::KeptFailed).then(|| step_message(Step::KeptFailed, "", ""))}
                <LockSettings removed/>
            </Show>
            <p class="small">{tr!(lock.save_note)}</p>
        </section>
    }
}

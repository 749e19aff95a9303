//! In Me, with the lock on: lock now, the auto-lock time, change the passphrase, turn the lock off.
//! Changing and removing ask for the current passphrase first: never one tap.

use super::lock_card::{Step, check_new, step_message};
use super::passphrase_field::PassphraseField;
use crate::app::state::AppState;
use crate::domain::state::{Action, DEFAULT_LOCK_AFTER, LOCK_AFTER_CHOICES};
use crate::tr;
use leptos::prelude::*;

fn minutes_label(m: u32) -> &'static str {
    match m {
        1 => tr!(lock.minutes_1),
        5 => tr!(lock.minutes_5),
        15 => tr!(lock.minutes_15),
        _ => tr!(lock.minutes_60),
    }
}

#[component]
pub fn LockSettings(
    /// Set when the lock was removed: the card shows it, since these settings are gone by then.
    removed: RwSignal<bool>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let current = RwSignal::new(String::new());
    let new = RwSignal::new(String::new());
    let again = RwSignal::new(String::new());
    let step = RwSignal::new(Step::Idle);
    let chosen = move || {
        state
            .doc
            .with(|d| d.settings.lock_after.unwrap_or(DEFAULT_LOCK_AFTER))
    };
    // `Some(pass)` changes the passphrase, `None` removes the lock; both after the current one is verified.
    let run = move |to: Option<String>| {
        let old = current.get_untracked();
        step.set(Step::Busy);
        leptos::task::spawn_local(async move {
            let result = match state.verify(&old).await {
                Ok(()) => match state.set_passphrase(to.as_deref()).await {
                    Ok(failed) if failed.is_empty() => Step::Done,
                    Ok(_) => Step::KeptFailed,
                    Err(_) => Step::Failed,
                },
                Err(crate::store::crypto::CryptoError::WrongPassphrase) => Step::Wrong,
                Err(_) => Step::Failed,
            };
            if result == Step::Done && to.is_none() {
                let _ = removed.try_set(true);
            }
            let _ = step.try_set(result);
            for s in [current, new, again] {
                let _ = s.try_set(String::new());
            }
        });
    };
    let change = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (n, a) = (new.get_untracked(), again.get_untracked());
        match check_new(&n, &a) {
            Some(problem) => step.set(problem),
            None => run(Some(n)),
        }
    };
    let choices = LOCK_AFTER_CHOICES.into_iter().map(|m| {
        view! {
            <label class="choice">
                <input type="radio" name="lock-after" prop:checked=move || chosen() == m
                    on:change=move |_| state.dispatch(Action::SetLockAfter(m))/>
                <span>{minutes_label(m)}</span>
            </label>
        }
    });
    view! {
        <button type="button" class="button" on:click=move |_| state.lock_if_set()>{tr!(lock.lock_now)}</button>
        <fieldset class="choices">
            <legend>{tr!(lock.after)}</legend>
            <p class="hint">{tr!(lock.after_hint)}</p>
            {choices.collect_view()}
        </fieldset>
        <details>
            <summary>{tr!(lock.change)} " / " {tr!(lock.remove)}</summary>
            <form class="stack" on:submit=change>
                <PassphraseField id="lock-current" label=tr!(lock.current) value=current/>
                <PassphraseField id="lock-change-new" label=tr!(lock.new_pass) value=new autocomplete="new-password" hint=tr!(lock.new_hint)/>
                <PassphraseField id="lock-change-again" label=tr!(lock.again) value=again autocomplete="new-password"/>
                <button type="submit" class="button" disabled=move || step.get() == Step::Busy>{tr!(lock.change)}</button>
                <p class="small">{tr!(lock.remove_text)}</p>
                <button type="button" class="button button-quiet" disabled=move || step.get() == Step::Busy
                    on:click=move |_| run(None)>{tr!(lock.remove)}</button>
            </form>
            {move || step_message(step.get(), tr!(lock.setting), if removed.get() { tr!(lock.removed) } else { tr!(lock.changed) })}
        </details>
    }
}

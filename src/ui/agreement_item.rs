//! One agreement in My plan: a "done" box with what was agreed, who does it and by when, and Remove.

use super::plan_text::agreement_meta;
use crate::app::state::{AppState, now_iso};
use crate::domain::plan::Agreement;
use crate::domain::state::Action;
use crate::i18n::*;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn AgreementItem(agreement: Agreement) -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = loc();
    let id = agreement.id.clone();
    let done = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .doc
                .with(|d| d.agreements.iter().any(|a| a.id == id && a.done))
        })
    };
    let set_done = {
        let id = id.clone();
        move |ev| {
            state.dispatch(Action::SetAgreementDone {
                id: id.clone(),
                done: event_target_checked(&ev),
                now: now_iso(),
            })
        }
    };
    let delete = move |_| state.dispatch(Action::DeleteAgreement { id: id.clone() });
    let delete_label = td_string!(locale, plan.delete_named, what = agreement.what.clone());
    view! {
        <li class="plan-item">
            <label class="plan-check">
                <input type="checkbox" prop:checked=move || done.get() on:change=set_done/>
                <span dir="auto" class:plan-done=move || done.get()>{agreement.what.clone()}</span>
            </label>
            <p class="small">
                {agreement_meta(locale, &agreement)}
                {move || done.get().then(|| format!(" · {}", td_string!(locale, plan.done)))}
            </p>
            <button type="button" class="link-button" aria-label=delete_label on:click=delete>{crate::tr!(plan.delete)}</button>
        </li>
    }
}

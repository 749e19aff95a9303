//! "Agreements": what was agreed, who does it, by when, and whether it is done; and the form for a new one.
//! Agreements with a date also show on the timeline and go into the calendar file.

use super::agreement_form::AgreementForm;
use super::agreement_item::AgreementItem;
use super::icon::{Icon, IconName};
use crate::app::state::AppState;
use leptos::prelude::*;

#[component]
pub fn PlanAgreements() -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = RwSignal::new(super::draft::any(state, "plan.agreement."));
    let list = Memo::new(move |_| state.doc.with(|d| d.agreements.clone()));
    view! {
        <section class="card" aria-labelledby="agreements-title">
            <h2 id="agreements-title"><Icon name=IconName::Plan/> {crate::tr!(plan.agreements)}</h2>
            <p class="small">{crate::tr!(plan.agreements_intro)}</p>
            <Show when=move || list.with(|l| l.is_empty())>
                <p>{crate::tr!(plan.no_agreements)}</p>
            </Show>
            <ul class="plan-list">
                <For each=move || list.get() key=|a| a.id.clone() let:agreement>
                    <AgreementItem agreement/>
                </For>
            </ul>
            <button type="button" class="button button-quiet" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                <Icon name=IconName::Plus/> {crate::tr!(plan.new_agreement)}
            </button>
            <Show when=move || open.get()>
                <AgreementForm/>
            </Show>
        </section>
    }
}

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
    let ids = Memo::new(move |_| {
        state.doc.with(|d| {
            d.agreements
                .iter()
                .map(|a| a.id.clone())
                .collect::<Vec<_>>()
        })
    });
    // Drawn again when an agreement comes or goes; "done" updates in place.
    let list = move || {
        let ids = ids.get();
        if ids.is_empty() {
            return view! { <p>{crate::tr!(plan.no_agreements)}</p> }.into_any();
        }
        let items = state.doc.with_untracked(|d| {
            d.agreements
                .iter()
                .filter(|a| ids.contains(&a.id))
                .map(|a| view! { <AgreementItem agreement=a.clone()/> })
                .collect_view()
        });
        view! { <ul class="plan-list">{items}</ul> }.into_any()
    };
    view! {
        <section class="card" aria-labelledby="agreements-title">
            <h2 id="agreements-title"><Icon name=IconName::Plan/> {crate::tr!(plan.agreements)}</h2>
            <p class="small">{crate::tr!(plan.agreements_intro)}</p>
            {list}
            <button type="button" class="button button-quiet" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                <Icon name=IconName::Plus/> {crate::tr!(plan.new_agreement)}
            </button>
            <Show when=move || open.get()>
                <AgreementForm/>
            </Show>
        </section>
    }
}

//! A new agreement: what, who does it, by when (as precise as known). Kept as a draft in the document
//! while typing, like every form in My plan; also used during a conversation.

use super::draft;
use super::limit_count::LimitCount;
use super::partial_date_input::PartialDateInput;
use super::plan_text::who_name;
use crate::app::state::{AppState, new_id, now_iso, today};
use crate::domain::plan::{AgreementInput, MAX_SHORT_CHARS, Who};
use crate::domain::state::Action;
use crate::domain::talk::{date_from_draft, date_to_draft};
use crate::ui::text::loc;
use leptos::prelude::*;

const WHAT: &str = "plan.agreement.what";
const WHO: &str = "plan.agreement.who";
const BY: &str = "plan.agreement.by";
/// Who can do an agreed thing (a school is asked through a question instead).
const DOERS: [Who; 6] = [
    Who::Me,
    Who::Mentor,
    Who::Voogd,
    Who::FosterParent,
    Who::Lawyer,
    Who::Other,
];

#[component]
pub fn AgreementForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Bumped after save or clear: the date picker is drawn again, empty.
    let round = RwSignal::new(0u32);
    let saved = RwSignal::new(false);
    let year = today().year();
    let what = RwSignal::new(draft::read(state, WHAT));
    let who = RwSignal::new(Who::from_key(&draft::read(state, WHO)).unwrap_or_default());
    let by = RwSignal::new(date_from_draft(&draft::read(state, BY)));
    let missing = RwSignal::new(false);
    Effect::new(move |first: Option<()>| {
        let value = by.get().map(date_to_draft).unwrap_or_default();
        if first.is_some() {
            draft::keep(state, BY, value);
        }
    });
    let reset = move || {
        draft::clear(state, "plan.agreement.");
        what.set(String::new());
        who.set(Who::Me);
        by.set(None);
        round.update(|r| *r += 1);
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = AgreementInput {
            what: what.get_untracked(),
            who: who.get_untracked(),
            by: by.get_untracked(),
        };
        if input.what.trim().is_empty() {
            missing.set(true);
            return;
        }
        state.dispatch(Action::AddAgreement {
            id: new_id(),
            input,
            now: now_iso(),
        });
        reset();
        state.confirm_saved(saved);
    };
    let locale = loc();
    let first = who.get_untracked();
    let options = DOERS
        .iter()
        .map(|w| view! { <option value=w.key() selected=first == *w>{who_name(locale, *w)}</option> })
        .collect_view();
    view! {
        <form class="stack plan-form" aria-label=crate::tr!(plan.new_agreement) on:submit=save novalidate>
            <div class="field">
                <label for="new-agreement">{crate::tr!(plan.agreement_label)}</label>
                <input id="new-agreement" type="text" autocomplete="off" maxlength=MAX_SHORT_CHARS dir="auto"
                    aria-describedby="new-agreement-error new-agreement-count"
                    prop:value=move || what.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        what.set(v.clone());
                        missing.set(false);
                        saved.set(false);
                        draft::keep(state, WHAT, v);
                    }/>
                <LimitCount id="new-agreement-count".into() value=what max=MAX_SHORT_CHARS/>
                <p id="new-agreement-error" class="field-error" role="alert">{move || missing.get().then(|| crate::tr!(plan.agreement_missing))}</p>
            </div>
            <div class="field">
                <label for="new-agreement-who">{crate::tr!(plan.who_does)}</label>
                <select id="new-agreement-who" prop:value=move || who.get().key() on:change=move |ev| {
                    let v = event_target_value(&ev);
                    who.set(Who::from_key(&v).unwrap_or_default());
                    draft::keep(state, WHO, v);
                }>{options}</select>
            </div>
            {move || {
                round.track();
                view! { <PartialDateInput legend=crate::tr!(plan.by_when).into_any() id="new-agreement-year" value=by min_year=year max_year=year + 5 optional=true/> }
            }}
            <div class="plan-buttons">
                <button type="submit" class="button">{crate::tr!(plan.save_agreement)}</button>
                <button type="button" class="button button-quiet" on:click=move |_| { reset(); saved.set(false); }>{crate::tr!(plan.clear)}</button>
            </div>
            <p class="small" role="status">{move || saved.get().then(|| crate::tr!(plan.saved_agreement))}</p>
        </form>
    }
}

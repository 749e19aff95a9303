//! Birth date and arrival date, each as precise as the person knows it. Shown on the timeline until the
//! birth date is known, and always in Me.

use super::partial_date_input::PartialDateInput;
use crate::app::state::{AppState, today};
use crate::domain::state::Action;
use leptos::prelude::*;

#[component]
pub fn DatesCard(#[prop(optional)] intro: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let birth = RwSignal::new(state.doc.with_untracked(|d| d.profile.birth));
    let arrival = RwSignal::new(state.doc.with_untracked(|d| d.profile.arrival));
    let saved = RwSignal::new(false);
    let this_year = today().year();
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.dispatch(Action::SetBirth(birth.get_untracked()));
        state.dispatch(Action::SetArrival(arrival.get_untracked()));
        state.confirm_saved(saved);
    };
    view! {
        <form class="card stack" on:submit=save aria-labelledby="dates-title">
            <h2 id="dates-title">{crate::tr!(timeline.birth_title)}</h2>
            {intro.then(|| view! { <p>{crate::tr!(timeline.birth_text)}</p> })}
            <PartialDateInput
                legend=crate::tr!(timeline.birth_label).into_any()
                id="birth-year"
                value=birth
                min_year=this_year - 30
                max_year=this_year - crate::domain::date::YOUNGEST_AGE
                optional=true
            />
            <PartialDateInput
                legend=crate::tr!(timeline.arrival_label).into_any()
                id="arrival-year"
                value=arrival
                min_year=this_year - 20
                max_year=this_year
                optional=true
            />
            <button type="submit" class="button">{crate::tr!(timeline.dates_save)}</button>
            <p class="small" role="status">{move || saved.get().then_some(crate::tr!(me.saved))}</p>
        </form>
    }
}

//! Filter chips above the timeline: all, procedure, home, school, talks, life.

use crate::domain::timeline::KindGroup;
use leptos::prelude::*;

#[component]
pub fn KindFilter(selected: RwSignal<Option<KindGroup>>) -> impl IntoView {
    let chip = move |group: Option<KindGroup>, label: AnyView| {
        view! {
            <button
                type="button"
                class="chip"
                aria-pressed=move || (selected.get() == group).to_string()
                on:click=move |_| selected.set(group)
            >
                {label}
            </button>
        }
    };
    view! {
        <div class="chips" role="group" aria-label=crate::tr!(timeline.filter)>
            {chip(None, crate::tr!(timeline.filter_all).into_any())}
            {chip(Some(KindGroup::Procedure), crate::tr!(timeline.filter_procedure).into_any())}
            {chip(Some(KindGroup::Home), crate::tr!(timeline.filter_home).into_any())}
            {chip(Some(KindGroup::School), crate::tr!(timeline.filter_school).into_any())}
            {chip(Some(KindGroup::Talks), crate::tr!(timeline.filter_talks).into_any())}
            {chip(Some(KindGroup::Life), crate::tr!(timeline.filter_life).into_any())}
        </div>
    }
}

//! My overview: a printable page (A4) with the profile, the timeline (private moments left out unless
//! chosen), the school findings and the plan. For a new lawyer, school or shelter. In the chosen language,
//! with the Dutch beside it when wanted.

use crate::app::state::today;
use crate::both;
use crate::i18n::{Locale, td_string};
use crate::tr;
use crate::ui::bilingual::{label, nl_below};
use crate::ui::format;
use crate::ui::icon::{Icon, IconName};
use crate::ui::overview_plan::OverviewPlan;
use crate::ui::overview_profile::OverviewProfile;
use crate::ui::overview_school::OverviewSchool;
use crate::ui::overview_timeline::OverviewTimeline;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn Overview() -> impl IntoView {
    let locale = loc();
    let dutch = RwSignal::new(false);
    let private = RwSignal::new(false);
    let made = td_string!(
        locale,
        overview.made_on,
        date = format::date(locale, today())
    );
    let made_nl = td_string!(
        Locale::nl,
        overview.made_on,
        date = format::date(Locale::nl, today())
    );
    let print = move |_| {
        let _ = window().print();
    };
    let check = |on: RwSignal<bool>, text: &'static str| {
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=move || on.get() on:change=move |ev| on.set(event_target_checked(&ev))/>
                {text}
            </label>
        }
    };
    view! {
        <article class="overview">
            <header class="page-intro">
                <h1><Icon name=IconName::Document/> {move || label(both!(overview.title), dutch.get())}</h1>
                <p class="small">{made.clone()}</p>
                {move || nl_below(&made, &made_nl, dutch.get())}
            </header>
            <section class="card overview-controls" aria-labelledby="ov-options">
                <p>{tr!(overview.intro)}</p>
                <fieldset class="choices">
                    <legend id="ov-options">{tr!(overview.options)}</legend>
                    {check(private, tr!(overview.include_private))}
                    {(locale != Locale::nl).then(|| check(dutch, tr!(overview.dutch_beside)))}
                </fieldset>
                <button type="button" class="button" on:click=print><Icon name=IconName::Document/> {tr!(overview.print)}</button>
                <p class="small">{tr!(overview.print_hint)}</p>
                <a class="button button-quiet" href=crate::href!("/me")>{tr!(overview.back)}</a>
            </section>
            // All of it renders again when "Dutch beside it" changes.
            {move || {
                let d = dutch.get();
                view! {
                    <OverviewProfile dutch=d/>
                    <OverviewTimeline dutch=d show_private=Signal::from(private)/>
                    <OverviewSchool dutch=d/>
                    <OverviewPlan dutch=d/>
                }
            }}
        </article>
    }
}

//! My overview: about me (the name the young person gave, birth and arrival dates, as precise as known).

use super::bilingual::{label, nl_below};
use super::format;
use super::text::loc;
use crate::app::state::AppState;
use crate::both;
use crate::domain::date::PartialDate;
use crate::i18n::Locale;
use leptos::prelude::*;

#[component]
pub fn OverviewProfile(dutch: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = loc();
    let profile = state.doc.with_untracked(|d| d.profile.clone());
    let empty = both!(overview.not_filled);
    let date = move |d: Option<PartialDate>| match d {
        Some(d) => {
            let text = format::partial(locale, d);
            let nl = format::partial(Locale::nl, d);
            let below = nl_below(&text, &nl, dutch);
            view! { <dd>{text} {below}</dd> }.into_any()
        }
        None => view! { <dd>{label(empty, dutch)}</dd> }.into_any(),
    };
    let name = if profile.name.is_empty() {
        view! { <dd>{label(empty, dutch)}</dd> }.into_any()
    } else {
        view! { <dd dir="auto">{profile.name}</dd> }.into_any()
    };
    view! {
        <section class="card overview-part" aria-labelledby="ov-profile">
            <h2 id="ov-profile">{label(both!(overview.profile), dutch)}</h2>
            <dl class="overview-facts">
                <dt>{label(both!(overview.name), dutch)}</dt>
                {name}
                <dt>{label(both!(overview.birth), dutch)}</dt>
                {date(profile.birth)}
                <dt>{label(both!(overview.arrival), dutch)}</dt>
                {date(profile.arrival)}
            </dl>
        </section>
    }
}

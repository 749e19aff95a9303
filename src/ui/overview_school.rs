//! My overview: what the school check found (the key date, and each finding with its tone and the facts
//! it rests on). Not legal advice, and it says so.

use super::bilingual::{label, nl_below, nl_beside};
use super::format;
use super::text::loc;
use crate::app::state::{AppState, today};
use crate::both;
use crate::domain::education::{Finding, Tone, findings, key_date};
use crate::i18n::Locale;
use leptos::prelude::*;

fn tone(t: Tone) -> (&'static str, &'static str) {
    match t {
        Tone::Good => both!(school.tone_good),
        Tone::ActBefore => both!(school.tone_act),
        Tone::NotPossible => both!(school.tone_not),
        Tone::Ask => both!(school.tone_ask),
    }
}

fn item(locale: Locale, f: &Finding, dutch: bool) -> impl IntoView + use<> {
    let text = format::finding(locale, f);
    let below = nl_below(&text, &format::finding(Locale::nl, f), dutch);
    let (sources, sources_nl) = both!(overview.sources);
    let facts = f.facts.join(", ");
    view! {
        <li class="overview-item">
            <p class="finding-tone">{label(tone(f.tone), dutch)}</p>
            <p>{text}</p>
            {below}
            <p class="small"><span>{sources}</span> {nl_beside(sources, sources_nl, dutch)} <span class="overview-facts-ids" dir="ltr">{facts}</span></p>
        </li>
    }
}

#[component]
pub fn OverviewSchool(dutch: bool) -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = loc();
    let body = state.doc.with_untracked(|d| {
        if d.school == Default::default() {
            return view! { <p>{label(both!(overview.no_school), dutch)}</p> }.into_any();
        }
        let found = findings(d.profile.birth, &d.school, today());
        let key = key_date(&found).map(|k| {
            let date = format::date(locale, k);
            let below = nl_below(&date, &format::date(Locale::nl, k), dutch);
            view! {
                <p class="overview-label">{label(both!(overview.key_date), dutch)}</p>
                <p class="overview-key">{date}</p>
                {below}
            }
        });
        let items = found.iter().map(|f| item(locale, f, dutch)).collect_view();
        let (note, note_nl) = both!(school.not_advice);
        view! {
            {key}
            <ul class="overview-list">{items}</ul>
            <p class="small">{note}</p>
            {nl_below(note, note_nl, dutch)}
        }
        .into_any()
    });
    view! {
        <section class="card overview-part" aria-labelledby="ov-school">
            <h2 id="ov-school">{label(both!(overview.school), dutch)}</h2>
            {body}
        </section>
    }
}

//! My overview: the plan (questions with whom they are for and their answers, agreements with who and by
//! when, and the goals).

use super::bilingual::{label, nl_below, nl_beside};
use super::format;
use super::text::loc;
use crate::app::state::{AppState, today};
use crate::both;
use crate::domain::education::{Finding, findings};
use crate::domain::plan::{Agreement, Who};
use crate::domain::state::Question;
use crate::i18n::Locale;
use leptos::prelude::*;

fn who(w: Who) -> (&'static str, &'static str) {
    match w {
        Who::Me => both!(overview.who_me),
        Who::Mentor => both!(overview.who_mentor),
        Who::Voogd => both!(overview.who_voogd),
        Who::FosterParent => both!(overview.who_foster_parent),
        Who::Lawyer => both!(overview.who_lawyer),
        Who::School => both!(overview.who_school),
        Who::Other => both!(overview.who_other),
    }
}

/// The words of a question: the young person's own, or for a question saved from a school finding, that finding.
fn question_text(locale: Locale, found: &[Finding], q: &Question) -> (String, String) {
    if !q.text.is_empty() {
        return (q.text.clone(), q.text.clone());
    }
    let topic = q.link.as_deref().and_then(|l| l.strip_prefix("finding:"));
    match found.iter().find(|f| Some(f.topic.key()) == topic) {
        Some(f) => (format::finding(locale, f), format::finding(Locale::nl, f)),
        None => {
            let (a, b) = both!(overview.about_finding);
            (a.into(), b.into())
        }
    }
}

fn question(
    locale: Locale,
    found: &[Finding],
    q: &Question,
    dutch: Signal<bool>,
) -> impl IntoView + use<> {
    let (text, text_nl) = question_text(locale, found, q);
    let own = !q.text.is_empty();
    let below = (!own).then(|| nl_below(&text, text_nl, dutch));
    let to = q.to.map(|w| view! { <span>{label(both!(overview.ask_who), dutch)} ": " {label(who(w), dutch)}</span> " · " });
    let state = if q.asked { both!(overview.asked) } else { both!(overview.not_asked) };
    let answer = (!q.answer.is_empty()).then(|| {
        view! { <p><strong>{label(both!(overview.answer), dutch)}</strong> ": " <span dir="auto">{q.answer.clone()}</span></p> }
    });
    view! {
        <li class="overview-item">
            <p class="item-title" dir=own.then_some("auto")>{text}</p>
            {below}
            <p class="small">{to} {label(state, dutch)}</p>
            {answer}
        </li>
    }
}

fn agreement(locale: Locale, a: &Agreement, dutch: Signal<bool>) -> impl IntoView + use<> {
    let by = a.by.map(|d| {
        let text = format::partial(locale, d);
        let beside = nl_beside(&text, format::partial(Locale::nl, d), dutch);
        view! { " · " {label(both!(overview.by), dutch)} ": " <span>{text}</span> {beside} }
    });
    let state = if a.done { both!(overview.done) } else { both!(overview.to_do) };
    view! {
        <li class="overview-item">
            <p class="item-title" dir="auto">{a.what.clone()}</p>
            <p class="small">{label(both!(overview.who), dutch)} ": " {label(who(a.who), dutch)} {by} " · " {label(state, dutch)}</p>
        </li>
    }
}

#[component]
pub fn OverviewPlan(dutch: Signal<bool>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = loc();
    let body = state.doc.with_untracked(|d| {
        let goals = [
            (both!(overview.goal_learn), &d.goals.learn),
            (both!(overview.goal_need), &d.goals.need),
            (both!(overview.goal_more), &d.goals.more),
        ];
        let goals: Vec<_> = goals.into_iter().filter(|(_, g)| !g.is_empty()).collect();
        if d.questions.is_empty() && d.agreements.is_empty() && goals.is_empty() {
            return view! { <p>{label(both!(overview.no_plan), dutch)}</p> }.into_any();
        }
        let questions = (!d.questions.is_empty()).then(|| {
            // Computed once: a question saved from a school finding shows that finding's words.
            let found = if d.questions.iter().any(|q| q.text.is_empty()) {
                findings(d.profile.birth, &d.school, today())
            } else {
                Vec::new()
            };
            let items = d
                .questions
                .iter()
                .map(|q| question(locale, &found, q, dutch))
                .collect_view();
            view! { <h3>{label(both!(overview.questions), dutch)}</h3> <ul class="overview-list">{items}</ul> }
        });
        let agreements = (!d.agreements.is_empty()).then(|| {
            let items = d.agreements.iter().map(|a| agreement(locale, a, dutch)).collect_view();
            view! { <h3>{label(both!(overview.agreements), dutch)}</h3> <ul class="overview-list">{items}</ul> }
        });
        let goals = (!goals.is_empty()).then(|| {
            let items = goals
                .into_iter()
                .map(|(l, g)| view! { <dt>{label(l, dutch)}</dt> <dd dir="auto">{g.clone()}</dd> })
                .collect_view();
            view! { <h3>{label(both!(overview.goals), dutch)}</h3> <dl class="overview-goals">{items}</dl> }
        });
        view! { {questions} {agreements} {goals} }.into_any()
    });
    view! {
        <section class="card overview-part" aria-labelledby="ov-plan">
            <h2 id="ov-plan">{label(both!(overview.plan), dutch)}</h2>
            {body}
        </section>
    }
}

//! My overview: the plan (questions with whom they are for and their answers, agreements with who and by
//! when, and the goals).

use super::bilingual::{label, nl_below};
use super::format;
use super::plan_text::who_name;
use super::text::loc;
use crate::app::state::{AppState, today};
use crate::both;
use crate::domain::education::{Finding, findings};
use crate::domain::plan::Agreement;
use crate::domain::state::Question;
use crate::i18n::{Locale, td_string};
use leptos::prelude::*;

/// "Label: value" parts joined by " · ", in one language.
fn line(parts: &[(&str, &str)]) -> String {
    let mut out = String::new();
    for (i, (name, value)) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(" · ");
        }
        out.push_str(name);
        if !value.is_empty() {
            out.push_str(": ");
            out.push_str(value);
        }
    }
    out
}

/// Whom a question is for, and whether it was asked.
fn question_meta(l: Locale, q: &Question) -> String {
    let asked = if q.asked {
        td_string!(l, overview.asked)
    } else {
        td_string!(l, overview.not_asked)
    };
    match q.to {
        Some(w) => line(&[
            (td_string!(l, overview.ask_who), who_name(l, w)),
            (asked, ""),
        ]),
        None => asked.into(),
    }
}

/// Who does it, by when, and whether it is done.
fn agreement_meta(l: Locale, a: &Agreement) -> String {
    let by = a.by.map(|d| format::partial(l, d));
    let done = if a.done {
        td_string!(l, overview.done)
    } else {
        td_string!(l, overview.to_do)
    };
    let mut parts = vec![(td_string!(l, overview.who), who_name(l, a.who))];
    if let Some(by) = &by {
        parts.push((td_string!(l, overview.by), by.as_str()));
    }
    parts.push((done, ""));
    line(&parts)
}

fn question(locale: Locale, found: &[Finding], q: &Question, dutch: bool) -> AnyView {
    // The young person's own words, or for a question saved from a school finding, that finding.
    let linked = q.link.as_deref().and_then(|l| l.strip_prefix("finding:"));
    let finding = found.iter().find(|f| Some(f.topic.key()) == linked);
    let title = if !q.text.is_empty() {
        view! { <p class="item-title" dir="auto">{q.text.clone()}</p> }.into_any()
    } else if let Some(f) = finding {
        let text = format::finding(locale, f);
        let below = nl_below(&text, &format::finding(Locale::nl, f), dutch);
        view! { <p class="item-title">{text}</p> {below} }.into_any()
    } else {
        view! { <p class="item-title">{label(both!(overview.about_finding), dutch)}</p> }.into_any()
    };
    let meta = question_meta(locale, q);
    let meta_nl = nl_below(&meta, &question_meta(Locale::nl, q), dutch);
    let answer = (!q.answer.is_empty()).then(|| {
        view! {
            <p class="overview-label">{label(both!(overview.answer), dutch)}</p>
            <p dir="auto" class="item-note">{q.answer.clone()}</p>
        }
    });
    view! {
        <li class="overview-item">
            {title}
            <p class="small">{meta}</p>
            {meta_nl}
            {answer}
        </li>
    }
    .into_any()
}

fn agreement(locale: Locale, a: &Agreement, dutch: bool) -> AnyView {
    let meta = agreement_meta(locale, a);
    let meta_nl = nl_below(&meta, &agreement_meta(Locale::nl, a), dutch);
    view! {
        <li class="overview-item">
            <p class="item-title" dir="auto">{a.what.clone()}</p>
            <p class="small">{meta}</p>
            {meta_nl}
        </li>
    }
    .into_any()
}

#[component]
pub fn OverviewPlan(dutch: bool) -> impl IntoView {
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
            // Computed once, for questions saved from a school finding.
            let found = if d.questions.iter().any(|q| q.text.is_empty()) {
                findings(d.profile.birth, &d.school, today())
            } else {
                Vec::new()
            };
            let items = d.questions.iter().map(|q| question(locale, &found, q, dutch)).collect_view();
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

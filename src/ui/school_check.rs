//! The school check: one question per screen, with Back and Next. Every answer is saved at once, so the
//! check can be left and picked up, and changed later.

use super::choice_list::ChoiceList;
use super::partial_date_input::PartialDateInput;
use crate::app::state::{AppState, today};
use crate::domain::education::{Education, Residence, SchoolAnswers};
use crate::domain::state::Action;
use crate::tr;
use leptos::prelude::*;

const STEPS: usize = 5;

fn residence_options() -> Vec<(&'static str, &'static str)> {
    vec![
        ("procedure", tr!(school.res_procedure)),
        ("appeal", tr!(school.res_appeal)),
        ("rejected", tr!(school.res_rejected)),
        ("permit", tr!(school.res_permit)),
        ("unknown", tr!(school.res_unknown)),
    ]
}

fn education_options() -> Vec<(&'static str, &'static str)> {
    vec![
        ("isk", tr!(school.edu_isk)),
        ("vo", tr!(school.edu_vo)),
        ("praktijkonderwijs", tr!(school.edu_praktijkonderwijs)),
        ("entree", tr!(school.edu_entree)),
        ("mbo_bol", tr!(school.edu_mbo_bol)),
        ("mbo_bbl", tr!(school.edu_mbo_bbl)),
        ("vavo", tr!(school.edu_vavo)),
        ("hbo_wo", tr!(school.edu_hbo_wo)),
        ("none", tr!(school.edu_none)),
        ("unknown", tr!(school.edu_unknown)),
    ]
}

/// The stored code of an answer (the same names the document is written with: `domain::codec`).
fn residence_code(r: Residence) -> &'static str {
    let i = Residence::ALL.iter().position(|x| *x == r);
    crate::domain::codec::RESIDENCE[i.unwrap_or(Residence::ALL.len() - 1)]
}

fn education_code(e: Education) -> &'static str {
    let i = Education::ALL.iter().position(|x| *x == e);
    crate::domain::codec::EDUCATION[i.unwrap_or(Education::ALL.len() - 1)]
}

#[component]
pub fn SchoolCheck(#[prop(into)] on_done: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let step = RwSignal::new(0usize);
    // Read without tracking: a pick must not rebuild the question (focus and arrow keys would get lost).
    let answers = move || state.doc.with_untracked(|d| d.school.clone());
    let set = move |f: &dyn Fn(&mut SchoolAnswers)| {
        let mut a = state.doc.with_untracked(|d| d.school.clone());
        f(&mut a);
        state.dispatch(Action::SetSchool(a));
    };
    let start = RwSignal::new(answers().start);
    let end = RwSignal::new(answers().end);
    // The date pickers write into these signals; copy them into the document when they change.
    Effect::new(move |first: Option<()>| {
        let (s, e) = (start.get(), end.get());
        if first.is_some() {
            set(&|a| {
                a.start = s;
                a.end = e;
            });
        }
    });
    // Focus on "Question n of 5" when the check opens and at each new question: a screen reader reads on
    // from there, and the next Tab is in the question (the button that was pressed may be gone).
    Effect::new(move |_| {
        step.track();
        request_animation_frame(|| crate::app::router::focus_id("school-step"));
    });
    let year = today().year();
    // One question at a time, built anew for its step (keyed): the radios of one question are never reused
    // for the next, so a question shows only its own saved answer, or none.
    let question = move |n: usize| {
        match n {
        0 => view! {
            <ChoiceList legend=tr!(school.q_residence) name="residence" options=residence_options()
                selected=answers().residence.map(residence_code)
                on_pick=move |v: &'static str| set(&|a| a.residence = Residence::ALL.iter().copied().find(|r| residence_code(*r) == v))/>
        }
        .into_any(),
        1 => view! {
            <ChoiceList legend=tr!(school.q_education) name="education" options=education_options()
                selected=answers().education.map(education_code)
                on_pick=move |v: &'static str| set(&|a| a.education = Education::ALL.iter().copied().find(|e| education_code(*e) == v))/>
        }
        .into_any(),
        2 => view! {
            <p class="question">{tr!(school.q_start)}</p>
            <p class="hint" id="start-hint">{tr!(school.q_start_hint)}</p>
            <PartialDateInput legend=tr!(school.start_label).into_any() id="school-start" value=start min_year=year - 8 max_year=year + 3 optional=true/>
        }
        .into_any(),
        3 => view! {
            <p class="question">{tr!(school.q_end)}</p>
            <PartialDateInput legend=tr!(school.end_label).into_any() id="school-end" value=end min_year=year - 8 max_year=year + 8 optional=true/>
        }
        .into_any(),
        _ => view! {
            <ChoiceList legend=tr!(school.q_internship) name="internship"
                options=vec![("yes", tr!(school.yes)), ("no", tr!(school.no)), ("unknown", tr!(school.dont_know))]
                selected=answers().internship.map(|i| if i { "yes" } else { "no" })
                on_pick=move |v: &'static str| set(&|a| a.internship = match v { "yes" => Some(true), "no" => Some(false), _ => None })/>
        }
        .into_any(),
    }
    };
    let next = move |_| {
        if step.get_untracked() + 1 < STEPS {
            step.update(|s| *s += 1);
        } else {
            on_done.run(());
        }
    };
    view! {
        <section class="card check">
            <p class="small" id="school-step" tabindex="-1">{move || crate::i18n::td_string!(super::text::loc(), school.step, n = step.get() + 1)}</p>
            <For each=move || [step.get()] key=|n| *n let:n>
                {question(n)}
            </For>
            <div class="check-buttons">
                <Show when=move || { step.get() > 0 }>
                    <button type="button" class="button button-quiet" on:click=move |_| step.update(|s| *s -= 1)>{tr!(school.back)}</button>
                </Show>
                <button type="button" class="button" on:click=next>
                    {move || if step.get() + 1 < STEPS { tr!(school.next) } else { tr!(school.show) }}
                </button>
            </div>
        </section>
    }
}

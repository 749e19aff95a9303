//! "Questions I want to ask": the list (with what each is about) and the form for a new one.
//! Questions saved from School's and Future's "ask about this" land here too.

use super::icon::{Icon, IconName};
use super::plan_text::link_label;
use super::question_form::QuestionForm;
use super::question_item::QuestionItem;
use crate::app::state::{AppState, today};
use crate::domain::education::findings;
use crate::pwa::cards::Cards;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn PlanQuestions() -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = loc();
    let today = today();
    let cards = crate::pwa::cards::cards(locale.as_str());
    let ids = Memo::new(move |_| {
        state
            .doc
            .with(|d| d.questions.iter().map(|q| q.id.clone()).collect::<Vec<_>>())
    });
    // A half-written question opens its form again.
    let open = RwSignal::new(super::draft::any(state, "plan.question."));
    // Drawn when the cards' titles are there (at once, from the cache), and again when a question comes
    // or goes; not on every keystroke.
    let list = move || {
        let cards = cards.get();
        if cards == Cards::Loading {
            return None;
        }
        let ids = ids.get();
        if ids.is_empty() {
            return Some(view! { <p>{crate::tr!(plan.no_questions)}</p> }.into_any());
        }
        let items = state.doc.with_untracked(|d| {
            let found = findings(d.profile.birth, &d.school, today);
            d.questions
                .iter()
                .filter(|q| ids.contains(&q.id))
                .map(|q| {
                    let label = q
                        .link
                        .as_deref()
                        .and_then(|l| link_label(locale, l, &cards, &found));
                    view! { <QuestionItem question=q.clone() label/> }
                })
                .collect_view()
        });
        Some(view! { <ul class="plan-list">{items}</ul> }.into_any())
    };
    view! {
        <section class="card" aria-labelledby="questions-title">
            <h2 id="questions-title"><Icon name=IconName::Chat/> {crate::tr!(plan.questions)}</h2>
            <p class="small">{crate::tr!(plan.questions_intro)}</p>
            {list}
            <button type="button" class="button button-quiet" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                <Icon name=IconName::Plus/> {crate::tr!(plan.new_question)}
            </button>
            <Show when=move || open.get()>
                <QuestionForm/>
            </Show>
        </section>
    }
}

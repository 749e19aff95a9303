//! "Questions I want to ask": the list (with what each is about) and the form for a new one.
//! Questions saved from School's and Future's "ask about this" land here too.

use super::icon::{Icon, IconName};
use super::plan_text::link_label;
use super::question_form::QuestionForm;
use super::question_item::QuestionItem;
use crate::app::state::{AppState, today};
use crate::domain::education::findings;
use crate::i18n::*;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn PlanQuestions() -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = loc();
    let today = today();
    let cards = crate::pwa::cards::cards(locale.as_str());
    let found = Memo::new(move |_| {
        state
            .doc
            .with(|d| findings(d.profile.birth, &d.school, today))
    });
    let ids = Memo::new(move |_| {
        state
            .doc
            .with(|d| d.questions.iter().map(|q| q.id.clone()).collect::<Vec<_>>())
    });
    // A half-written question opens its form again.
    let open = RwSignal::new(super::draft::any(state, "plan.question."));
    let item = move |id: String| {
        let question = state
            .doc
            .with_untracked(|d| d.questions.iter().find(|q| q.id == id).cloned())?;
        let link = question.link.clone();
        let label = Signal::derive(move || {
            let link = link.as_deref()?;
            cards.with(|c| found.with(|f| link_label(locale, link, c, f)))
        });
        Some(view! { <QuestionItem question label/> })
    };
    view! {
        <section class="card" aria-labelledby="questions-title">
            <h2 id="questions-title"><Icon name=IconName::Chat/> {crate::tr!(plan.questions)}</h2>
            <p class="small">{crate::tr!(plan.questions_intro)}</p>
            <Show when=move || ids.with(|i| i.is_empty())>
                <p>{crate::tr!(plan.no_questions)}</p>
            </Show>
            <ul class="plan-list">
                <For each=move || ids.get() key=|id| id.clone() let:id>
                    {item(id)}
                </For>
            </ul>
            <button type="button" class="button button-quiet" aria-expanded=move || open.get().to_string() on:click=move |_| open.update(|o| *o = !*o)>
                <Icon name=IconName::Plus/> {crate::tr!(plan.new_question)}
            </button>
            <Show when=move || open.get()>
                <QuestionForm/>
            </Show>
        </section>
    }
}

//! A new question for My plan (also used during a conversation). Every keystroke is kept as a draft in
//! the document, so a closed tab loses nothing; saving or clearing removes the draft.

use super::draft;
use super::limit_count::LimitCount;
use super::plan_text::who_name;
use crate::app::state::{AppState, new_id, now_iso};
use crate::domain::plan::{MAX_SHORT_CHARS, QuestionInput, Who};
use crate::domain::state::Action;
use crate::ui::text::loc;
use leptos::prelude::*;

const TEXT: &str = "plan.question.text";
const TO: &str = "plan.question.to";

#[component]
pub fn QuestionForm() -> impl IntoView {
    let state = expect_context::<AppState>();
    let saved = RwSignal::new(false);
    let text = RwSignal::new(draft::read(state, TEXT));
    let to = RwSignal::new(Who::from_key(&draft::read(state, TO)));
    let missing = RwSignal::new(false);
    let reset = move || {
        draft::clear(state, "plan.question.");
        text.set(String::new());
        to.set(None);
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let input = QuestionInput {
            text: text.get_untracked(),
            to: to.get_untracked(),
        };
        if input.text.trim().is_empty() {
            missing.set(true);
            return;
        }
        state.dispatch(Action::AddQuestion {
            id: new_id(),
            input,
            now: now_iso(),
        });
        reset();
        state.confirm_saved(saved);
    };
    let locale = loc();
    let first = to.get_untracked();
    let options = Who::ALL
        .iter()
        .map(|w| view! { <option value=w.key() selected=first == Some(*w)>{who_name(locale, *w)}</option> })
        .collect_view();
    view! {
        <form class="stack plan-form" aria-label=crate::tr!(plan.new_question) on:submit=save novalidate>
            <div class="field">
                <label for="new-question">{crate::tr!(plan.question_label)}</label>
                <input id="new-question" type="text" autocomplete="off" maxlength=MAX_SHORT_CHARS dir="auto"
                    aria-describedby="new-question-error new-question-count"
                    prop:value=move || text.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        text.set(v.clone());
                        missing.set(false);
                        saved.set(false);
                        draft::keep(state, TEXT, v);
                    }/>
                <LimitCount id="new-question-count".into() value=text max=MAX_SHORT_CHARS/>
                <p id="new-question-error" class="field-error" role="alert">{move || missing.get().then(|| crate::tr!(plan.question_missing))}</p>
            </div>
            <div class="field">
                <label for="new-question-to">{crate::tr!(plan.ask_who)}</label>
                <select id="new-question-to" prop:value=move || to.get().map_or("", Who::key) on:change=move |ev| {
                    let v = event_target_value(&ev);
                    to.set(Who::from_key(&v));
                    draft::keep(state, TO, v);
                }>
                    <option value="" selected=first.is_none()>{crate::tr!(plan.who_open)}</option>
                    {options}
                </select>
            </div>
            <div class="plan-buttons">
                <button type="submit" class="button">{crate::tr!(plan.save_question)}</button>
                <button type="button" class="button button-quiet" on:click=move |_| { reset(); saved.set(false); }>{crate::tr!(plan.clear)}</button>
            </div>
            <p class="small" role="status">{move || saved.get().then(|| crate::tr!(plan.saved_question))}</p>
        </form>
    }
}

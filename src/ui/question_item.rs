//! One question of My plan: the young person's words (or what it is about), whom to ask, asked or not,
//! and the answer. The answer is kept as a draft while typing and saved when the field is left.

use super::draft;
use super::limit_count::LimitCount;
use super::plan_text::who_name;
use crate::app::state::AppState;
use crate::domain::plan::{MAX_LONG_CHARS, QuestionInput, Who};
use crate::domain::state::{Action, Question};
use crate::i18n::*;
use crate::ui::text::loc;
use leptos::prelude::*;

/// `label` says what a linked question is about (a card's title, a finding's first sentence).
#[component]
pub fn QuestionItem(
    question: Question,
    label: Option<String>,
    /// During a conversation: no Remove button.
    #[prop(optional)]
    in_talk: bool,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = loc();
    let Question {
        id, text, answer, ..
    } = question;
    let live = {
        let id = id.clone();
        Memo::new(move |_| {
            state.doc.with(|d| {
                let q = d.questions.iter().find(|q| q.id == id);
                (q.is_some_and(|q| q.asked), q.and_then(|q| q.to))
            })
        })
    };
    let answer_key = format!("plan.answer.{id}");
    let kept = draft::read(state, &answer_key);
    let answer = RwSignal::new(if kept.is_empty() { answer } else { kept });
    let commit = {
        let (id, key) = (id.clone(), answer_key.clone());
        move |asked: bool| {
            state.dispatch(Action::AnswerQuestion {
                id: id.clone(),
                asked,
                answer: answer.get_untracked(),
            });
            draft::keep(state, &key, String::new());
        }
    };
    let commit_asked = commit.clone();
    let set_to = {
        let (id, text) = (id.clone(), text.clone());
        move |ev| {
            let input = QuestionInput {
                text: text.clone(),
                to: Who::from_key(&event_target_value(&ev)),
            };
            state.dispatch(Action::EditQuestion {
                id: id.clone(),
                input,
            });
        }
    };
    let delete = {
        let (id, key) = (id.clone(), answer_key.clone());
        move |_| {
            state.dispatch(Action::DeleteQuestion { id: id.clone() });
            draft::keep(state, &key, String::new());
        }
    };
    let own_words = !text.is_empty();
    let (title, about) = match label {
        Some(l) if own_words => (text.clone(), Some(l)),
        Some(l) => (l, None),
        None => (text.clone(), None),
    };
    let about =
        about.map(|l| view! { <p class="small">{td_string!(locale, plan.about, what = l)}</p> });
    let to_now = live.get_untracked().1;
    let options = Who::ALL
        .iter()
        .map(|w| view! { <option value=w.key() selected=to_now == Some(*w)>{who_name(locale, *w)}</option> })
        .collect_view();
    let delete_label = td_string!(locale, plan.delete_named, what = title.clone());
    view! {
        <li class="plan-item">
            <p class="plan-text" dir="auto">{title}</p>
            {about}
            <div class="field plan-who">
                <label for=format!("to-{id}")>{crate::tr!(plan.ask_who)}</label>
                <select id=format!("to-{id}") on:change=set_to>
                    <option value="" selected=to_now.is_none()>{crate::tr!(plan.who_open)}</option>
                    {options}
                </select>
            </div>
            <label class="plan-check">
                <input type="checkbox" prop:checked=move || live.get().0 on:change=move |ev| commit_asked(event_target_checked(&ev))/>
                {crate::tr!(plan.asked)}
            </label>
            <Show when=move || live.get().0>
                <div class="field">
                    <label for=format!("answer-{id}")>{crate::tr!(plan.answer)}</label>
                    <textarea id=format!("answer-{id}") rows="2" dir="auto" maxlength=MAX_LONG_CHARS aria-describedby=format!("answer-{id}-count")
                        prop:value=move || answer.get()
                        on:input={
                            let key = answer_key.clone();
                            move |ev| { let v = event_target_value(&ev); answer.set(v.clone()); draft::keep(state, &key, v); }
                        }
                        on:change={ let commit = commit.clone(); move |_| commit(true) }></textarea>
                    <LimitCount id=format!("answer-{id}-count") value=answer max=MAX_LONG_CHARS/>
                </div>
            </Show>
            {(!in_talk).then(|| view! {
                <button type="button" class="link-button" aria-label=delete_label on:click=delete>{crate::tr!(plan.delete)}</button>
            })}
        </li>
    }
}

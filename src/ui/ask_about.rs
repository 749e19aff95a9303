//! "I want to ask about this": saves a question linked to a card in My plan, and says so calmly.

use super::icon::{Icon, IconName};
use crate::app::state::{AppState, new_id, now_iso};
use crate::domain::state::Action;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// `link` is what the question is about, such as `card:vbl`.
#[component]
pub fn AskAbout(link: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let open = {
        let link = link.clone();
        Memo::new(move |_| {
            state.doc.with(|d| {
                d.questions
                    .iter()
                    .any(|q| !q.asked && q.link.as_deref() == Some(link.as_str()))
            })
        })
    };
    let ask = move |ev: web_sys::MouseEvent| {
        state.dispatch(Action::AskAbout {
            id: new_id(),
            link: link.clone(),
            now: now_iso(),
        });
        // The button goes away: keep the focus on the words that say what happened.
        let note = event_target::<web_sys::Element>(&ev)
            .closest(".ask")
            .ok()
            .flatten()
            .and_then(|ask| ask.query_selector(".ask-note").ok().flatten())
            .and_then(|p| p.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(p) = note {
            // Once the words are there (an empty note is not shown, so it cannot take the focus yet).
            request_animation_frame(move || {
                let _ = p.focus();
            });
        }
    };
    view! {
        <div class="ask">
            {move || (!open.get()).then(|| view! {
                <button type="button" class="button button-quiet" on:click=ask.clone()>
                    <Icon name=IconName::Chat/> {crate::tr!(school.ask)}
                </button>
            })}
            <p class="ask-note" role="status" tabindex="-1">
                {move || open.get().then(|| view! { <Icon name=IconName::Chat/> <span>{crate::tr!(future.asked)}</span> })}
            </p>
        </div>
    }
}

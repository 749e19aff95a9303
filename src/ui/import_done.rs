//! After a copy came in: the old data is kept aside until the young person says "It is fine" (the kept copy
//! goes) or "Undo" (the old data comes back, then the kept copy goes).

use crate::app::state::AppState;
use crate::domain::state::{Action, Document};
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn ImportDone(
    merged: bool,
    /// The key of the kept copy of the data from before, and that data. `None` when there was nothing.
    before: Option<(String, Document)>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let outcome = RwSignal::new(None::<&'static str>);
    let done = if merged {
        tr!(import.done_merged)
    } else {
        tr!(import.done_replaced)
    };
    let choices = before.map(|(key, old)| {
        let key = StoredValue::new(key);
        let old = StoredValue::new(old);
        let fine = move |_| {
            state.remove_kept(&key.get_value());
            outcome.set(Some(tr!(import.fine_done)));
        };
        let undo = move |_| {
            state.dispatch(Action::ReplaceAll(Box::new(old.get_value())));
            // The kept copy goes only once the old data is safely stored again (encrypted saves take a moment).
            leptos::task::spawn_local(async move {
                if state.save_now().await {
                    state.remove_kept(&key.get_value());
                }
            });
            outcome.set(Some(tr!(import.undone)));
        };
        view! {
            <Show when=move || outcome.get().is_none()>
                <p>{tr!(import.done_kept)}</p>
                <div class="import-choices">
                    <div class="import-choice">
                        <button type="button" class="button button-wide" aria-describedby="import-fine-text" on:click=fine>{tr!(import.fine)}</button>
                        <p id="import-fine-text" class="small">{tr!(import.fine_text)}</p>
                    </div>
                    <div class="import-choice">
                        <button type="button" class="button button-wide" aria-describedby="import-undo-text" on:click=undo>{tr!(import.undo)}</button>
                        <p id="import-undo-text" class="small">{tr!(import.undo_text)}</p>
                    </div>
                </div>
            </Show>
        }
    });
    view! {
        <div class="import-done">
            <p class="notice" role="status">{move || outcome.get().unwrap_or(done)}</p>
            {choices}
        </div>
    }
}

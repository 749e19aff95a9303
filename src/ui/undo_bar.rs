//! After a delete: "Deleted: <title>. Undo". The entry stays in the document's recently deleted list.

use crate::app::state::AppState;
use crate::domain::state::Action;
use crate::i18n::*;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn UndoBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    let deleted = move || {
        let id = state.last_deleted.get()?;
        state.doc.with(|d| {
            d.deleted
                .iter()
                .find(|e| e.id == id)
                .map(|e| (id, e.title.clone()))
        })
    };
    view! {
        {move || deleted().map(|(id, title)| {
            let undo = move |_| {
                state.dispatch(Action::RestoreEntry { id: id.clone() });
                state.last_deleted.set(None);
            };
            view! {
                <div class="notice undo-bar" role="status">
                    <p>{td_string!(loc(), timeline.deleted, title = title.clone())}</p>
                    <button type="button" class="button button-quiet" on:click=undo>{crate::tr!(timeline.undo)}</button>
                </div>
            }
        })}
    }
}

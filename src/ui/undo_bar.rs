//! After a delete or a "Put away": "Deleted: <title>. Undo" or "Tip put away. Undo". A deleted entry keeps
//! its words only while this bar offers Undo (see `AppState::start`).

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
    let put_away = move || {
        let id = state.last_dismissed.get()?;
        state.doc.with(|d| d.dismissed.contains(&id)).then_some(id)
    };
    view! {
        {move || deleted().map(|(id, title)| {
            let undo = move |_| {
                state.dispatch(Action::RestoreEntry { id: id.clone() });
                state.last_deleted.set(None);
                focus_page();
            };
            view! {
                <div class="notice undo-bar" role="status">
                    <p>{td_string!(loc(), timeline.deleted, title = title.clone())}</p>
                    <button type="button" class="button button-quiet" on:click=undo>{crate::tr!(timeline.undo)}</button>
                </div>
            }
        })}
        {move || put_away().map(|id| {
            let undo = move |_| {
                state.dispatch(Action::RestoreMilestone { id: Some(id.clone()) });
                state.last_dismissed.set(None);
                focus_page();
            };
            view! {
                <div class="notice undo-bar" role="status">
                    <p>{crate::tr!(walk.put_away)}</p>
                    <button type="button" class="button button-quiet" on:click=undo>{crate::tr!(timeline.undo)}</button>
                </div>
            }
        })}
    }
}

/// After Undo the bar is gone: focus goes to the page, not to nowhere (walk D22).
fn focus_page() {
    use wasm_bindgen::JsCast;
    if let Some(main) = document()
        .get_element_by_id("main")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = main.focus();
    }
}

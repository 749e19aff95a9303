//! After a delete or a "Put away": "Deleted: <title>. Undo" or "Tip put away. Undo". A deleted entry keeps
//! its words only while this bar offers Undo (see `AppState::start`).

use crate::app::state::AppState;
use crate::domain::state::Action;
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
            bar(crate::ui::user_text::sentence_with(crate::tr!(timeline.deleted), "title", title), move || {
                state.dispatch(Action::RestoreEntry { id: id.clone() });
                state.last_deleted.set(None);
            })
        })}
        {move || put_away().map(|id| {
            bar(crate::tr!(walk.put_away).into_any(), move || {
                state.dispatch(Action::RestoreMilestone { id: Some(id.clone()) });
                state.last_dismissed.set(None);
            })
        })}
    }
}

/// "<what happened>. Undo". After Undo the bar is gone: focus goes to the screen's heading, not to nowhere
/// (walk D22).
fn bar(text: AnyView, undo: impl Fn() + 'static) -> impl IntoView {
    let on_undo = move |_| {
        undo();
        crate::app::router::focus_heading();
    };
    view! {
        <div class="notice undo-bar" role="status">
            <p>{text}</p>
            <button type="button" class="button button-quiet" on:click=on_undo>{crate::tr!(timeline.undo)}</button>
        </div>
    }
}

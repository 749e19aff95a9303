//! After a delete or a "Put away": "Deleted: <title>. Undo" or "Tip put away. Undo". A deleted entry keeps
//! its words only while this bar offers Undo (see `AppState::start`).

use crate::app::state::AppState;
use crate::domain::state::Action;
use crate::i18n::*;
use crate::ui::announce::announce;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn UndoBar() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Memos: the bar (and what it says) changes only when what it offers changes, not on every save.
    let deleted = Memo::new(move |_| {
        let id = state.last_deleted.get()?;
        state.doc.with(|d| {
            d.deleted
                .iter()
                .find(|e| e.id == id)
                .map(|e| (id, e.title.clone()))
        })
    });
    let put_away = Memo::new(move |_| {
        let id = state.last_dismissed.get()?;
        state.doc.with(|d| d.dismissed.contains(&id)).then_some(id)
    });
    // Said once through the app's live region (the bar itself is not one, so it is not said twice).
    Effect::new(move |_| {
        if let Some((_, title)) = deleted.get() {
            announce(&td_string!(loc(), timeline.deleted, title = title));
        }
    });
    Effect::new(move |_| {
        if put_away.get().is_some() {
            announce(crate::tr!(walk.put_away));
        }
    });
    view! {
        {move || deleted.get().map(|(id, title)| {
            // The title is the user's own text: isolated inside our sentence (an RTL override stays in it).
            bar(crate::ui::user_text::sentence_with(crate::tr!(timeline.deleted), "title", title), move || {
                state.dispatch(Action::RestoreEntry { id: id.clone() });
                state.last_deleted.set(None);
            })
        })}
        {move || put_away.get().map(|id| {
            bar(crate::tr!(walk.put_away).into_any(), move || {
                state.dispatch(Action::RestoreMilestone { id: Some(id.clone()) });
                state.last_dismissed.set(None);
            })
        })}
    }
}

/// "<what happened>. Undo". After Undo the bar is gone: focus goes to the screen's heading, not to nowhere
/// (walk D22), and the live region says it is back.
fn bar(text: AnyView, undo: impl Fn() + 'static) -> impl IntoView {
    let on_undo = move |_| {
        undo();
        crate::app::router::focus_heading();
        announce(crate::tr!(a11y.restored));
    };
    view! {
        <div class="notice undo-bar">
            <p>{text}</p>
            <button type="button" class="button button-quiet" on:click=on_undo>{crate::tr!(timeline.undo)}</button>
        </div>
    }
}

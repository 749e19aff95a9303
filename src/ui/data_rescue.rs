//! Shown when stored data cannot be opened (unreadable, or from a newer Koers). Nothing is overwritten:
//! the user can download the data as it is, use the previous copy, or start again with the old data kept.

use super::icon::{Icon, IconName};
use crate::app::state::{AppState, now_iso};
use crate::pwa::download::download_text;
use crate::store::LoadOutcome;
use leptos::prelude::*;

#[component]
pub fn DataRescue(outcome: LoadOutcome, #[prop(into)] on_done: Callback<()>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let failed = RwSignal::new(false);
    let (raw, too_new, has_previous) = match &outcome {
        LoadOutcome::Unreadable { raw, previous } => (raw.clone(), false, previous.is_some()),
        LoadOutcome::TooNew { raw, .. } => (raw.clone(), true, false),
        _ => (String::new(), false, false),
    };
    let download = move |_| {
        let name = format!("koers-data-{}.json", now_iso().get(..10).unwrap_or("copy"));
        download_text(&name, &raw, "application/json");
    };
    let finish =
        move |result: Result<crate::domain::state::Document, crate::store::SaveError>| match result
        {
            Ok(doc) => {
                state.doc.set(doc);
                // A flush refused while this screen was up no longer applies.
                state.notice.set(None);
                on_done.run(());
            }
            Err(_) => failed.set(true),
        };
    let use_previous = move |_| {
        let result = state.with_keeper(|k| k.restore_previous(&now_iso()));
        finish(result.unwrap_or(Err(crate::store::SaveError::Unavailable)));
    };
    let start_fresh = move |_| {
        let result = state.with_keeper(|k| k.start_fresh(&now_iso()).map(|()| Default::default()));
        finish(result.unwrap_or(Err(crate::store::SaveError::Unavailable)));
    };
    let retry = move |_| {
        let _ = window().location().reload();
    };
    let (title, text) = if too_new {
        (
            crate::tr!(rescue.too_new_title).into_any(),
            crate::tr!(rescue.too_new_text).into_any(),
        )
    } else {
        (
            crate::tr!(rescue.unreadable_title).into_any(),
            crate::tr!(rescue.unreadable_text).into_any(),
        )
    };
    view! {
        <main id="main" class="page rescue">
            <h1><Icon name=IconName::Shield/> <span>{title}</span></h1>
            <p class="lead">{text}</p>
            <div class="stack">
                <button class="button" on:click=download>
                    <Icon name=IconName::Download/> {crate::tr!(rescue.download)}
                </button>
                {has_previous.then(|| view! {
                    <button class="button button-quiet" on:click=use_previous>{crate::tr!(rescue.use_previous)}</button>
                })}
                {too_new.then(|| view! {
                    <button class="button button-quiet" on:click=retry>
                        <Icon name=IconName::Refresh/> {crate::tr!(rescue.retry)}
                    </button>
                })}
                <button class="button button-quiet" on:click=start_fresh>{crate::tr!(rescue.start_fresh)}</button>
            </div>
            <Show when=move || failed.get()>
                <p class="notice notice-warn" role="alert">{crate::tr!(rescue.failed)}</p>
            </Show>
            <p class="small">{crate::tr!(rescue.help)}</p>
        </main>
    }
}

//! Tells the user, in their language, when saving is not possible. Their data in the app stays as it is,
//! and whatever could not be stored can be downloaded right here.

use super::icon::{Icon, IconName};
use crate::app::state::{AppState, Notice};
use crate::pwa::download::download_text;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let retry = move |_| {
        state.flush();
    };
    let close = move |_| state.notice.set(None);
    let body = move || {
        state.notice.get().map(|notice| {
            // (text, a version to download, may be closed, retry)
            let (text, raw, closable, retryable) = match notice {
                Notice::Full => (tr!(storage.full), None, false, true),
                Notice::Failed => (tr!(storage.failed), None, false, true),
                Notice::ReadOnly { raw, kept } => {
                    (if kept { tr!(storage.read_only) } else { tr!(storage.not_kept) }, Some(raw), false, false)
                }
                Notice::Conflict { raw, kept } => {
                    (if kept { tr!(storage.conflict) } else { tr!(storage.not_kept) }, Some(raw), kept, false)
                }
            };
            let download = raw.map(|raw| {
                let save = move |_| {
                    download_text("koers-other-version.json", &raw, "application/json");
                };
                view! {
                    <button class="button button-quiet" on:click=save>
                        <Icon name=IconName::Download/>
                        {tr!(storage.download_other)}
                    </button>
                }
            });
            view! {
                <div class="notice notice-warn" role="alert">
                    <Icon name=IconName::Info/>
                    <p>{text}</p>
                    {download}
                    {retryable.then(|| view! { <button class="button" on:click=retry>{tr!(storage.retry)}</button> })}
                    {closable.then(|| view! { <button class="button button-quiet" on:click=close>{tr!(storage.close)}</button> })}
                </div>
            }
        })
    };
    view! {
        <Show when=move || state.in_memory>
            <div class="notice notice-warn" role="alert">
                <Icon name=IconName::Info/>
                <p>{tr!(storage.in_memory)}</p>
            </div>
        </Show>
        {body}
    }
}

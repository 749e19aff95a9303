//! Tells the user, in their language, when saving is not possible. Their data in the app stays as it is.

use super::icon::{Icon, IconName};
use crate::app::state::{AppState, Notice};
use crate::pwa::download::download_text;
use leptos::prelude::*;

#[component]
pub fn StorageNotice() -> impl IntoView {
    let state = expect_context::<AppState>();
    let retry = move |_| state.flush();
    let close = move |_| state.notice.set(None);
    let body = move || {
        state.notice.get().map(|notice| {
            let (text, action) = match notice {
                Notice::Full => (crate::tr!(storage.full).into_any(), Some(true)),
                Notice::Failed => (crate::tr!(storage.failed).into_any(), Some(true)),
                Notice::ReadOnly => (crate::tr!(storage.read_only).into_any(), None),
                Notice::Conflict { raw } => {
                    let save = move |_| {
                        download_text("koers-other-version.json", &raw, "application/json");
                    };
                    let button = view! {
                        <button class="button button-quiet" on:click=save>
                            <Icon name=IconName::Download/>
                            {crate::tr!(storage.download_other)}
                        </button>
                    };
                    (view! { {crate::tr!(storage.conflict)} " " {button} }.into_any(), Some(false))
                }
            };
            view! {
                <div class="notice notice-warn" role="alert">
                    <Icon name=IconName::Info/>
                    <p>{text}</p>
                    {action.map(|retryable| if retryable {
                        view! { <button class="button" on:click=retry>{crate::tr!(storage.retry)}</button> }.into_any()
                    } else {
                        view! { <button class="button button-quiet" on:click=close>{crate::tr!(storage.close)}</button> }.into_any()
                    })}
                </div>
            }
        })
    };
    view! {
        <Show when=move || state.in_memory>
            <div class="notice notice-warn" role="alert">
                <Icon name=IconName::Info/>
                <p>{crate::tr!(storage.in_memory)}</p>
            </div>
        </Show>
        {body}
    }
}

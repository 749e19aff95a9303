//! Shows the explainer cards of the current language once they are loaded; until then a calm line, and
//! if they cannot be read, a calm message with "try again". (The cards are data, fetched and precached.)

use super::icon::{Icon, IconName};
use super::text::loc;
use crate::domain::content::CardFile;
use crate::pwa::cards::{Cards, cards};
use leptos::prelude::*;
use std::sync::Arc;

/// What a screen shows once its cards are there.
pub type Ready = Arc<dyn Fn(Arc<CardFile>) -> AnyView + Send + Sync>;

/// (Not generic over `ready`: one copy of the gate in the wasm for every screen.)
#[component]
pub fn CardsGate(ready: Ready) -> impl IntoView {
    let lang = loc().as_str();
    let current = RwSignal::new(cards(lang));
    // Loaded after the screen opened: its heading is there only now, so focus goes to it then.
    let waited = matches!(current.get_untracked().get_untracked(), Cards::Loading);
    // The new attempt's signal belongs to this component, not to the view it replaces (which is
    // cleaned up as soon as the attempt starts).
    let owner = Owner::current();
    let retry = move |_| {
        let next = match &owner {
            Some(owner) => owner.with(|| cards(lang)),
            None => cards(lang),
        };
        current.set(next);
    };
    move || match current.get().get() {
        Cards::Ready(file) if waited => {
            request_animation_frame(crate::app::router::focus_heading_if_lost);
            shown(lang, file, &ready)
        }
        Cards::Ready(file) => shown(lang, file, &ready),
        Cards::Loading => {
            view! { <p class="small" role="status">{crate::tr!(future.loading)}</p> }.into_any()
        }
        Cards::Failed => view! {
            <div class="notice notice-warn" role="status">
                <Icon name=IconName::Info/>
                <p>{crate::tr!(future.failed)}</p>
                <button type="button" class="button button-quiet" on:click=retry.clone()>
                    <Icon name=IconName::Refresh/> {crate::tr!(future.retry)}
                </button>
            </div>
        }
        .into_any(),
    }
}

/// The cards, or the Dutch ones said so, marked as Dutch for screen readers (not yet in this language).
fn shown(lang: &str, file: Arc<CardFile>, ready: &Ready) -> AnyView {
    if file.language == lang {
        return ready(file);
    }
    let code = file.language.clone();
    view! {
        <p class="notice notice-info translation-missing"><Icon name=IconName::Language/> {crate::tr!(translation.dutch_note)}</p>
        <div lang=code dir="ltr">{ready(file)}</div>
    }
    .into_any()
}

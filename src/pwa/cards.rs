//! Loads the explainer cards of one language (`/content/cards.<lang>.json`, precached by the service worker,
//! so this works offline). Parsed once per language and kept in memory; the cards are data, not code.

use crate::domain::content::CardFile;
use leptos::prelude::*;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::Arc;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Where a language's cards are.
#[derive(Clone, Debug, PartialEq)]
pub enum Cards {
    Loading,
    Ready(Arc<CardFile>),
    /// Not in the cache and no network, or a broken file. The page says so calmly.
    Failed,
}

thread_local! {
    static CACHE: RefCell<BTreeMap<String, Arc<CardFile>>> = const { RefCell::new(BTreeMap::new()) };
}

/// The cards of `lang`, as a signal owned by the caller: `Ready` at once when already loaded, else
/// `Loading` until the file is read.
pub fn cards(lang: &str) -> RwSignal<Cards> {
    // A language without its own cards gets the Dutch ones; the screen marks them `lang="nl"` and says so.
    let lang = crate::i18n::Locale::get_all()
        .iter()
        .find(|l| l.as_str() == lang && !l.has_cards())
        .map_or(lang, |_| "nl");
    if let Some(file) = CACHE.with(|c| c.borrow().get(lang).cloned()) {
        return RwSignal::new(Cards::Ready(file));
    }
    let signal = RwSignal::new(Cards::Loading);
    let lang = lang.to_string();
    leptos::task::spawn_local(async move {
        let result = match fetch_text(&format!(
            "{}/content/cards.{lang}.json",
            crate::app::router::BASE
        ))
        .await
        {
            Some(text) => match crate::domain::codec::read_cards(&text) {
                Ok(file) => {
                    let file = Arc::new(file);
                    CACHE.with(|c| c.borrow_mut().insert(lang, file.clone()));
                    Cards::Ready(file)
                }
                Err(_) => Cards::Failed,
            },
            None => Cards::Failed,
        };
        // The page may be gone by now: then there is nobody to tell.
        let _ = signal.try_set(result);
    });
    signal
}

pub(crate) async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(window().fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?)
        .await
        .ok()?
        .as_string()
}

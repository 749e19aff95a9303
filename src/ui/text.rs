//! The app language, and translated text as plain static strings.
//!
//! The language lives in one signal ([`Lang`]). The app tree re-renders from the top when it changes
//! (see `app::Boot`), so text needs no reactive closure per string: `tr!(timeline.title)` is a
//! `&'static str` in the current language, checked at compile time by leptos_i18n.
//! (leptos_i18n's context provider is not used: it cost about 19 KB of wasm for what these few
//! lines do. See docs/ARCHITECTURE.md.)

use crate::i18n::*;
use leptos::prelude::*;

/// The language the user reads in.
#[derive(Clone, Copy)]
pub struct Lang(pub RwSignal<Locale>);

/// Provides [`Lang`], starting from the browser's preferred languages, and keeps `<html lang dir>` in step.
pub fn provide_lang() -> Lang {
    let lang = Lang(RwSignal::new(preferred()));
    provide_context(lang);
    Effect::new(move |_| {
        let locale = lang.0.get();
        if let Some(html) = document().document_element() {
            let _ = html.set_attribute("lang", locale.as_str());
            let _ = html.set_attribute("dir", locale.direction().as_str());
        }
    });
    lang
}

/// The language the user chose before (kept apart from the data), else the first of the browser's
/// languages that Koers speaks, else Dutch.
fn preferred() -> Locale {
    let langs = window().navigator().languages();
    crate::store::local::remembered_language()
        .into_iter()
        .chain(langs.iter().filter_map(|v| v.as_string()))
        .find_map(|tag| {
            let base = tag
                .split('-')
                .next()
                .unwrap_or_default()
                .to_ascii_lowercase();
            Locale::get_all()
                .iter()
                .copied()
                .find(|l| l.as_str() == base)
        })
        .unwrap_or_default()
}

/// The language signal.
pub fn lang() -> RwSignal<Locale> {
    expect_context::<Lang>().0
}

/// The language the tree is being rendered in. Untracked: the top of the tree tracks it.
pub fn loc() -> Locale {
    use_context::<Lang>()
        .map(|l| l.0.get_untracked())
        .unwrap_or_default()
}

/// `tr!(key.path)`: the text for a key in the current language.
#[macro_export]
macro_rules! tr {
    ($($key:tt)+) => {
        $crate::i18n::td_string!($crate::ui::text::loc(), $($key)+)
    };
}

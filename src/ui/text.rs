//! The app language, and translated text as plain static strings.
//!
//! The language lives in one signal ([`Lang`]). The app tree re-renders from the top when it changes
//! (see `app::Boot`), so text needs no reactive closure per string: `tr!(timeline.title)` is a
//! `&'static str` in the current language. Keys are checked at compile time (build.rs); the words are
//! read at start from the language's own file, `text/<keys hash>/<lang>.txt` (precached by the service
//! worker, so every language works offline). Only the chosen language is read at start; another one
//! (Dutch beside it, the other side of a conversation) is read when first asked for, and the tree
//! renders again once it is there.
//! A string not translated yet comes in Dutch with [`FALLBACK`] in front; `pwa::fallback` marks where it
//! shows (`lang="nl" dir="ltr"`).
//! (leptos_i18n's context provider is not used: it cost about 19 KB of wasm for what these few
//! lines do. See docs/ARCHITECTURE.md.)

use crate::i18n::*;
use leptos::prelude::*;
use std::cell::RefCell;

/// In front of a string that is not translated yet, so shows in Dutch (U+2060 WORD JOINER, invisible; the
/// same in build.rs and scripts/text-files.mjs).
pub const FALLBACK: char = '\u{2060}';

/// The language the user reads in.
#[derive(Clone, Copy)]
pub struct Lang(pub RwSignal<Locale>);

thread_local! {
    /// Each language's texts, in key order, once read (leaked: read once, kept for the page's life).
    static TABLES: RefCell<Vec<Option<&'static [&'static str]>>> = RefCell::new(vec![None; Locale::get_all().len()]);
    /// Languages being read now, so each is fetched once.
    static LOADING: RefCell<Vec<bool>> = RefCell::new(vec![false; Locale::get_all().len()]);
    /// Grows when a language arrives that the tree may already be waiting for.
    static VERSION: RefCell<Option<RwSignal<u32>>> = const { RefCell::new(None) };
}

fn slot(locale: Locale) -> usize {
    Locale::get_all()
        .iter()
        .position(|l| *l == locale)
        .unwrap_or_default()
}

fn table(locale: Locale) -> Option<&'static [&'static str]> {
    TABLES.with(|t| t.borrow()[slot(locale)])
}

/// Whether a language's texts are here.
pub fn is_loaded(locale: Locale) -> bool {
    table(locale).is_some()
}

/// Whether some of a language's texts are still in Dutch (not translated yet).
pub fn has_fallbacks(locale: Locale) -> bool {
    table(locale).is_some_and(|t| t.iter().any(|s| s.starts_with(FALLBACK)))
}

/// The text for `key` in `locale`. A language not read yet is asked for, and until it is here the text
/// comes from a language that is (the tree renders again when it arrives).
pub fn text(locale: Locale, key: Key) -> &'static str {
    let i = usize::from(key.0);
    if let Some(t) = table(locale) {
        return t.get(i).copied().unwrap_or_default();
    }
    request(locale);
    let fallback = table(loc())
        .or_else(|| table(Locale::nl))
        .or_else(|| Locale::get_all().iter().find_map(|l| table(*l)));
    fallback.and_then(|t| t.get(i).copied()).unwrap_or_default()
}

/// Starts reading `locale` in the background, unless it is here or on its way.
fn request(locale: Locale) {
    let started = LOADING.with(|l| std::mem::replace(&mut l.borrow_mut()[slot(locale)], true));
    if !started {
        leptos::task::spawn_local(async move {
            if load(locale).await {
                VERSION.with(|v| {
                    if let Some(v) = *v.borrow() {
                        v.update(|n| *n += 1);
                    }
                });
            } else {
                LOADING.with(|l| l.borrow_mut()[slot(locale)] = false);
            }
        });
    }
}

/// Reads a language's text file. `false` when it cannot be read or does not fit this build.
pub async fn load(locale: Locale) -> bool {
    if is_loaded(locale) {
        return true;
    }
    let url = [
        crate::app::router::BASE,
        "/text/",
        KEYS_HASH,
        "/",
        locale.as_str(),
        ".txt",
    ]
    .concat();
    let Some(raw) = crate::pwa::cards::fetch_text(&url).await else {
        return false;
    };
    if raw.contains(FALLBACK) {
        crate::pwa::fallback::watch();
    }
    let raw: &'static str = Box::leak(raw.into_boxed_str());
    let texts: Vec<&'static str> = raw.split('\0').collect();
    if texts.len() != COUNT {
        return false;
    }
    let texts: &'static [&'static str] = Box::leak(texts.into_boxed_slice());
    TABLES.with(|t| t.borrow_mut()[slot(locale)] = Some(texts));
    true
}

/// A signal that changes when a language arrives after the first render (the app's root tracks it).
/// Made by [`provide_lang`].
pub fn version() -> RwSignal<u32> {
    VERSION.with(|v| *v.borrow_mut().get_or_insert_with(|| RwSignal::new(0)))
}

/// Switches the app to `locale`, once its text is here (read first if needed; from the cache when offline).
pub fn switch(locale: Locale) {
    let lang = lang();
    if lang.get_untracked() == locale {
        return;
    }
    if is_loaded(locale) {
        lang.set(locale);
    } else {
        leptos::task::spawn_local(async move {
            if load(locale).await {
                lang.set(locale);
            }
        });
    }
}

/// Provides [`Lang`], starting from the browser's preferred languages, and keeps `<html lang dir>` in step.
pub fn provide_lang() -> Lang {
    let lang = Lang(RwSignal::new(preferred()));
    provide_context(lang);
    // Made here, at the root, so it lives as long as the app (not inside a view that renders again).
    VERSION.with(|v| *v.borrow_mut() = Some(RwSignal::new(0)));
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

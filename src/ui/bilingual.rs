//! Dutch beside the user's language (My overview, for a Dutch lawyer, school or shelter): the Dutch words
//! follow the user's own, marked `lang="nl"`, only when asked for and only when they differ.

use leptos::prelude::*;

/// `both!(section.key)`: the text in the current language and in Dutch.
#[macro_export]
macro_rules! both {
    ($($key:tt)+) => {
        (
            $crate::tr!($($key)+),
            $crate::i18n::td_string!($crate::i18n::Locale::nl, $($key)+),
        )
    };
}

/// The Dutch after a label or heading, inline.
pub fn nl_beside<S: Into<String>>(
    text: &str,
    nl: S,
    dutch: Signal<bool>,
) -> impl IntoView + use<S> {
    let nl = nl.into();
    let differs = text != nl;
    move || {
        (differs && dutch.get())
            .then(|| view! { <span class="nl-beside" lang="nl" dir="ltr">{nl.clone()}</span> })
    }
}

/// The Dutch under a longer text, as its own paragraph.
pub fn nl_below<S: Into<String>>(text: &str, nl: S, dutch: Signal<bool>) -> impl IntoView + use<S> {
    let nl = nl.into();
    let differs = text != nl;
    move || {
        (differs && dutch.get())
            .then(|| view! { <p class="nl-below" lang="nl" dir="ltr">{nl.clone()}</p> })
    }
}

/// A heading or label pair from [`both!`], with the Dutch beside it when asked.
pub fn label(pair: (&'static str, &'static str), dutch: Signal<bool>) -> impl IntoView + use<> {
    view! { <span>{pair.0}</span> {nl_beside(pair.0, pair.1, dutch)} }
}

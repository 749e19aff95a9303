//! Dutch beside the user's language (My overview, for a Dutch lawyer, school or shelter): the Dutch words
//! follow the user's own, marked `lang="nl"`, only when asked for and only when they differ. The overview
//! renders again when the choice changes, so these are plain views. A Dutch fallback (not translated yet)
//! is the Dutch already: nothing beside it.

use crate::ui::text::FALLBACK;
use leptos::prelude::*;

/// Whether `text` (in the user's language) is not the Dutch `nl` itself, nor its fallback.
fn differs(text: &str, nl: &str) -> bool {
    text.trim_start_matches(FALLBACK) != nl
}

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

/// The Dutch after a label or heading, inline (when asked for, and when it differs).
pub fn nl_beside(text: &str, nl: &str, dutch: bool) -> impl IntoView + use<> {
    (dutch && differs(text, nl)).then(|| {
        let nl = nl.to_string();
        view! { <span class="nl-beside" lang="nl" dir="ltr">{nl}</span> }
    })
}

/// The Dutch under a value or a longer text, as its own paragraph.
pub fn nl_below(text: &str, nl: &str, dutch: bool) -> impl IntoView + use<> {
    (dutch && differs(text, nl)).then(|| {
        let nl = nl.to_string();
        view! { <p class="nl-below" lang="nl" dir="ltr">{nl}</p> }
    })
}

/// A heading or label pair from [`both!`], with the Dutch beside it when asked.
pub fn label(pair: (&'static str, &'static str), dutch: bool) -> impl IntoView + use<> {
    view! { <span>{pair.0}</span> {nl_beside(pair.0, pair.1, dutch)} }
}

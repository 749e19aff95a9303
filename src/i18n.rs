//! The UI text: typed keys generated from `locales/*.json` by build.rs, the text itself read at start from
//! one small file per language (see [`crate::ui::text`]). So the wasm does not carry the words of every
//! language, and a missing or unknown key still fails the build.
//!
//! `td_string!(locale, section.key)` gives a `&'static str`; with `name = value` pairs it fills the
//! `{{ name }}` placeholders and gives a `String`. `tr!` (in `ui::text`) is the same in the current language.
//! (leptos_i18n is not used any more: it compiled every string of every language into the wasm.)

include!(concat!(env!("OUT_DIR"), "/text_keys.rs"));

/// Which way a language is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    Ltr,
    Rtl,
}

impl Direction {
    pub const fn as_str(self) -> &'static str {
        match self {
            Direction::Ltr => "ltr",
            Direction::Rtl => "rtl",
        }
    }
}

/// A text key: its place in the sorted list of keys (and in each language's file).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key(pub u16);

/// The text for `key` in `locale` (see [`crate::ui::text::text`]).
pub fn text(locale: Locale, key: Key) -> &'static str {
    crate::ui::text::text(locale, key)
}

/// `text` with its `{{ name }}` placeholders filled.
pub fn fill(text: &str, args: &[(&str, &dyn core::fmt::Display)]) -> String {
    use core::fmt::Write as _;
    let mut out = String::with_capacity(text.len() + 16);
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(len) = rest[start..].find("}}") else {
            break;
        };
        out.push_str(&rest[..start]);
        let name = rest[start + 2..start + len].trim();
        match args.iter().find(|(n, _)| *n == name) {
            Some((_, value)) => {
                let _ = write!(out, "{value}");
            }
            None => out.push_str(&rest[start..start + len + 2]),
        }
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

/// `td_string!(locale, section.key)` or `td_string!(locale, section.key, name = value, ...)`.
#[macro_export]
macro_rules! td_string {
    ($locale:expr, $($seg:ident).+ $(, $arg:ident = $val:expr)+ $(,)?) => {
        $crate::i18n::fill(
            $crate::i18n::text($locale, $crate::i18n::k::$($seg)::+),
            &[$((stringify!($arg), &$val as &dyn ::core::fmt::Display)),+],
        )
    };
    ($locale:expr, $($seg:ident).+ $(,)?) => {
        $crate::i18n::text($locale, $crate::i18n::k::$($seg)::+)
    };
}
pub use td_string;

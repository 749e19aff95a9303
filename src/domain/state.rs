//! The whole document the young person owns (profile and settings), the actions that change it,
//! and the pure `apply` that every change goes through.

use serde::{Deserialize, Serialize};

/// Longest name we keep. A name is what the user wants to be called, not an identity.
pub const MAX_NAME_CHARS: usize = 60;

/// Everything Koers stores about the user. Derived things (age, milestones) are never stored here.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Document {
    pub profile: Profile,
    pub settings: Settings,
}

/// Who the user is, as far as they want to tell.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Profile {
    /// What to call the user. Empty means "no name given"; that is fine.
    pub name: String,
}

/// Choices about the app itself.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    /// A BCP 47 language code such as "nl", "en" or "ar". `None` until the user chose.
    pub language: Option<String>,
    /// The first-run welcome has been completed.
    pub welcomed: bool,
}

/// A change the user asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    SetName(String),
    SetLanguage(String),
    /// The welcome screen's "Start": name (may be empty) and language together.
    FinishWelcome {
        name: String,
        language: String,
    },
}

/// Returns the document after `action`. Pure: the same input always gives the same output.
pub fn apply(doc: &Document, action: Action) -> Document {
    let mut next = doc.clone();
    match action {
        Action::SetName(name) => next.profile.name = clean_name(&name),
        Action::SetLanguage(code) => next.settings.language = clean_language(&code),
        Action::FinishWelcome { name, language } => {
            next.profile.name = clean_name(&name);
            next.settings.language = clean_language(&language).or(next.settings.language);
            next.settings.welcomed = true;
        }
    }
    next
}

/// Trims the name, folds inner white space and keeps at most [`MAX_NAME_CHARS`] characters.
pub fn clean_name(name: &str) -> String {
    name.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_NAME_CHARS)
        .collect()
}

/// A language code is kept only when it looks like one (letters and hyphens, 2 to 12 long).
fn clean_language(code: &str) -> Option<String> {
    let code = code.trim();
    let ok =
        (2..=12).contains(&code.len()) && code.chars().all(|c| c.is_ascii_alphabetic() || c == '-');
    ok.then(|| code.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_name_trims_and_limits() {
        let cases = [
            ("  Amira  ", "Amira"),
            ("Abdi   Yusuf", "Abdi Yusuf"),
            ("", ""),
            ("   ", ""),
            ("سارة", "سارة"),
        ];
        for (input, want) in cases {
            let doc = apply(&Document::default(), Action::SetName(input.into()));
            assert_eq!(doc.profile.name, want, "input {input:?}");
        }
        let long = "é".repeat(200);
        let doc = apply(&Document::default(), Action::SetName(long));
        assert_eq!(doc.profile.name.chars().count(), MAX_NAME_CHARS);
    }

    #[test]
    fn set_language_accepts_codes_only() {
        let cases = [
            ("ar", Some("ar")),
            ("NL", Some("nl")),
            ("ti-ER", Some("ti-er")),
            ("", None),
            ("<b>", None),
        ];
        for (input, want) in cases {
            let doc = apply(&Document::default(), Action::SetLanguage(input.into()));
            assert_eq!(doc.settings.language.as_deref(), want, "input {input:?}");
        }
    }

    #[test]
    fn finish_welcome_sets_everything_and_keeps_the_input_untouched() {
        let before = Document::default();
        let after = apply(
            &before,
            Action::FinishWelcome {
                name: " Sami ".into(),
                language: "ar".into(),
            },
        );
        assert_eq!(after.profile.name, "Sami");
        assert_eq!(after.settings.language.as_deref(), Some("ar"));
        assert!(after.settings.welcomed);
        assert_eq!(
            before,
            Document::default(),
            "apply must not change its input"
        );
    }

    #[test]
    fn finish_welcome_without_a_name_is_fine() {
        let after = apply(
            &Document::default(),
            Action::FinishWelcome {
                name: String::new(),
                language: "nl".into(),
            },
        );
        assert_eq!(after.profile.name, "");
        assert!(after.settings.welcomed);
    }
}

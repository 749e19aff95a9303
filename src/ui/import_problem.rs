//! Why a copy could not be brought back, each with its own message in the user's language, and the
//! reassurance that nothing changed.

use crate::domain::backup::ImportError;
use crate::tr;
use leptos::prelude::*;

/// Everything that can stop an import. None of them changes the data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Problem {
    Empty,
    TooLarge,
    Malformed,
    NotKoers,
    TooNew,
    Encrypted,
    Invalid,
    /// A text in the file is longer than Koers keeps.
    TooLong,
    WrongPassphrase,
    /// The passphrase opened the check, not the data: the file was changed or damaged.
    Damaged,
    /// The lock's header is damaged or of an unknown kind.
    Lock,
    /// This browser has no WebCrypto.
    NoCrypto,
    /// The browser could not read the file.
    Read,
    /// The current data could not be kept aside first, so the import did not go on.
    KeepFailed,
    /// The copy came in, but the phone's storage was too full to keep it: it was undone.
    Full,
}

impl From<ImportError> for Problem {
    fn from(e: ImportError) -> Self {
        match e {
            ImportError::Empty => Problem::Empty,
            ImportError::TooLarge => Problem::TooLarge,
            ImportError::Malformed => Problem::Malformed,
            ImportError::NotKoers => Problem::NotKoers,
            ImportError::TooNew(_) => Problem::TooNew,
            ImportError::Encrypted => Problem::Encrypted,
            ImportError::Invalid => Problem::Invalid,
            ImportError::TooLong => Problem::TooLong,
        }
    }
}

impl From<crate::store::crypto::CryptoError> for Problem {
    fn from(e: crate::store::crypto::CryptoError) -> Self {
        use crate::store::crypto::CryptoError as C;
        match e {
            C::WrongPassphrase => Problem::WrongPassphrase,
            C::Damaged => Problem::Damaged,
            C::NotSealed(_) => Problem::Lock,
            C::Unavailable => Problem::NoCrypto,
            C::Save(_) => Problem::Read,
        }
    }
}

pub fn message(p: Problem) -> &'static str {
    match p {
        Problem::Empty => tr!(import.err_empty),
        Problem::TooLarge => tr!(import.err_too_large),
        Problem::Malformed => tr!(import.err_malformed),
        Problem::NotKoers => tr!(import.err_not_koers),
        Problem::TooNew => tr!(import.err_too_new),
        Problem::Encrypted => tr!(import.err_encrypted),
        Problem::Invalid => tr!(import.err_invalid),
        Problem::TooLong => tr!(limits.err_too_long),
        Problem::WrongPassphrase => tr!(import.err_wrong_pass),
        Problem::Damaged => tr!(import.err_damaged),
        Problem::Lock => tr!(import.err_lock),
        Problem::NoCrypto => tr!(import.err_no_crypto),
        Problem::Read => tr!(import.err_read),
        Problem::KeepFailed => tr!(import.keep_failed),
        Problem::Full => tr!(faults.import_full),
    }
}

/// The message for `problem`, when there is one.
#[component]
pub fn ProblemNote(problem: RwSignal<Option<Problem>>) -> impl IntoView {
    view! {
        <div class="import-problem" aria-live="assertive">
            {move || problem.get().map(|p| view! {
                <div class="notice notice-warn" role="alert">
                    <p>{message(p)}</p>
                    {(p != Problem::KeepFailed).then(|| view! { <p>{tr!(import.unchanged)}</p> })}
                </div>
            })}
        </div>
    }
}

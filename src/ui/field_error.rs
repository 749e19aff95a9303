//! The message next to a field when its input has a problem. Screen readers hear it with its field:
//! focus goes there and the field is described by it (no live region, so it is not said twice).

use super::format;
use crate::domain::timeline::EntryProblem;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn FieldError(
    id: &'static str,
    problems: RwSignal<Vec<EntryProblem>>,
    of: &'static [EntryProblem],
) -> impl IntoView {
    let message = move || {
        problems.with(|ps| {
            ps.iter()
                .find(|p| of.contains(p))
                .map(|p| format::problem(loc(), *p))
        })
    };
    view! { <p id=id class="field-error">{message}</p> }
}

/// `aria-describedby` for a field: its hint, plus its error when there is one.
pub fn described_by(
    hint: &str,
    error: &str,
    problems: RwSignal<Vec<EntryProblem>>,
    of: &[EntryProblem],
) -> String {
    if problems.with(|ps| ps.iter().any(|p| of.contains(p))) {
        format!("{hint} {error}")
    } else {
        hint.to_string()
    }
}

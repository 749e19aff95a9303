//! When a piece of content was last checked, in small text beside it ("Gecontroleerd op 1 december 2026"),
//! and, once that is more than six months ago on the phone's clock, that it may have changed and whom to ask.

use super::format;
use super::icon::{Icon, IconName};
use crate::app::state::today;
use crate::domain::date::Date;
use crate::domain::facts::is_stale;
use crate::i18n::*;
use leptos::prelude::*;

/// The note for `date` in `locale` (a plain function: the conversation view gives its own language).
pub fn checked_note(locale: Locale, date: Date) -> AnyView {
    let when = td_string!(locale, cards2.checked, date = format::date(locale, date));
    view! {
        <p class="small block-checked"><Icon name=IconName::Calendar/> <span>{when}</span></p>
        {stale_note(locale, date)}
    }
    .into_any()
}

/// "Dit kan veranderd zijn. Vraag het aan ...", only when `checked` is more than six months ago.
pub fn stale_note(locale: Locale, checked: Date) -> Option<AnyView> {
    is_stale(checked, today()).then(|| {
        view! {
            <p class="small stale-note"><Icon name=IconName::Info/> <span>{td_string!(locale, cards2.stale)}</span></p>
        }
        .into_any()
    })
}

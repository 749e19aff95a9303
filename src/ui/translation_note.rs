//! How far to trust the words of this language: written with a computer's help and not yet checked, or
//! checked by a native speaker on a date (from the language's own file, `translation.*`). Dutch is the
//! source and shows nothing. Shown in Me and on every card. When some texts are not translated yet (so show
//! in Dutch), it says so too.

use crate::domain::date::Date;
use crate::i18n::td_string;
use crate::ui::format;
use crate::ui::icon::{Icon, IconName};
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn TranslationNote() -> impl IntoView {
    let locale = loc();
    let text = match crate::tr!(translation.status) {
        "machine" => Some(crate::tr!(translation.note_machine).to_string()),
        "native" => Date::parse_iso(crate::tr!(translation.checked)).map(|day| {
            td_string!(
                locale,
                translation.note_native,
                date = format::date(locale, day)
            )
        }),
        _ => None,
    };
    let dutch = crate::ui::text::has_fallbacks(locale).then(|| crate::tr!(fallback.some_dutch));
    text.map(|t| {
        view! {
            <p class="small translation-note"><Icon name=IconName::Language/> {t} " " {dutch}</p>
        }
    })
}

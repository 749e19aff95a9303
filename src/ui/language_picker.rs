//! Picks the app language. Each choice is written in its own language and script, so anyone finds theirs.

use super::icon::{Icon, IconName};
use crate::i18n::*;
use crate::ui::text::loc;
use leptos::prelude::*;

/// Language names in their own words (endonyms, from each language's file): the same in every locale.
pub fn endonym(locale: Locale) -> &'static str {
    locale.name()
}

/// A radio group; `on_pick` gets the chosen locale.
#[component]
pub fn LanguagePicker(legend: AnyView, #[prop(into)] on_pick: Callback<Locale>) -> impl IntoView {
    let options = Locale::get_all().iter().copied().map(|locale| {
        let code = locale.as_str();
        let dir = locale.direction().as_str();
        view! {
            <label class="choice">
                <input
                    type="radio"
                    name="language"
                    value=code
                    checked=loc() == locale
                    on:change=move |_| on_pick.run(locale)
                />
                <span lang=code dir=dir>{endonym(locale)}</span>
            </label>
        }
    });
    view! {
        <fieldset class="choices">
            <legend>
                <Icon name=IconName::Language/>
                {legend}
            </legend>
            {options.collect_view()}
        </fieldset>
    }
}

//! While a part is being read aloud: pause or go on, stop, and a slower speed. Large buttons with words.

use super::icon::{Icon, IconName};
use crate::i18n::*;
use crate::pwa::speech;
use leptos::prelude::*;

#[component]
pub fn ReadControls(locale: Locale) -> impl IntoView {
    let go_on = td_string!(locale, speech.go_on);
    let pause = td_string!(locale, speech.pause);
    view! {
        <div class="read-controls" role="group" aria-label=td_string!(locale, speech.read)>
            <button type="button" class="button" on:click=|_| speech::pause(!speech::paused())>
                {move || if speech::paused() {
                    view! { <Icon name=IconName::Play/> {go_on} }.into_any()
                } else {
                    view! { <Icon name=IconName::Pause/> {pause} }.into_any()
                }}
            </button>
            <button type="button" class="button button-quiet" on:click=|_| speech::stop()>
                <Icon name=IconName::Stop/> {td_string!(locale, speech.stop)}
            </button>
            <button type="button" class="button button-quiet" aria-pressed=move || if speech::slow() { "true" } else { "false" }
                on:click=|_| speech::slower()>
                <Icon name=IconName::Slow/> {td_string!(locale, speech.slower)}
            </button>
        </div>
    }
}

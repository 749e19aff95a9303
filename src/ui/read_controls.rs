//! While a part is being read aloud: pause or go on, stop, and a slower speed. Large buttons with words.

use super::icon::{Icon, IconName};
use crate::i18n::*;
use crate::pwa::speech;
use leptos::prelude::*;

#[component]
pub fn ReadControls(locale: Locale) -> impl IntoView {
    let now = speech::now();
    let paused = {
        let now = now.clone();
        move || now.with(|n| n.paused)
    };
    let slow = move || now.with(|n| n.slow);
    let slow_now = slow.clone();
    view! {
        <div class="read-controls" role="group" aria-label=td_string!(locale, speech.read)>
            {move || if paused() {
                view! {
                    <button type="button" class="button" on:click=|_| speech::pause(false)>
                        <Icon name=IconName::Play/> {td_string!(locale, speech.go_on)}
                    </button>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="button" on:click=|_| speech::pause(true)>
                        <Icon name=IconName::Pause/> {td_string!(locale, speech.pause)}
                    </button>
                }.into_any()
            }}
            <button type="button" class="button button-quiet" on:click=|_| speech::stop()>
                <Icon name=IconName::Stop/> {td_string!(locale, speech.stop)}
            </button>
            <button type="button" class="button button-quiet" aria-pressed=move || if slow() { "true" } else { "false" }
                on:click=move |_| speech::slower(!slow_now())>
                <Icon name=IconName::Slow/> {td_string!(locale, speech.slower)}
            </button>
        </div>
    }
}

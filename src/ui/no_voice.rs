//! No voice on this phone for a language: said honestly, with what you can do instead (read it, or listen
//! in Dutch or English when the phone has such a voice and this part can be shown in it), and how to add a
//! voice. Koers never reads a language with another language's voice, and never with a voice online.

use super::icon::{Icon, IconName};
use crate::i18n::*;
use leptos::prelude::*;

/// `lang`: the language without a voice, as shown (`ti`); `others`: languages to listen in instead.
#[component]
pub fn NoVoice(
    locale: Locale,
    lang: String,
    others: Vec<Locale>,
    #[prop(into)] on_pick: Callback<Locale>,
) -> impl IntoView {
    let name = Locale::get_all()
        .iter()
        .find(|l| l.as_str() == lang)
        .map_or(lang.as_str(), |l| l.name());
    let text = td_string!(locale, speech.no_voice, language = name);
    let others = (!others.is_empty()).then(|| {
        let buttons = others
            .into_iter()
            .map(|l| {
                view! {
                    <button type="button" class="button button-quiet" lang=l.as_str() on:click=move |_| on_pick.run(l)>
                        <Icon name=IconName::Speaker/> {l.name()}
                    </button>
                }
            })
            .collect_view();
        view! {
            <p>{td_string!(locale, speech.listen_in)}</p>
            <div class="read-controls">{buttons}</div>
        }
    });
    view! {
        <div class="notice notice-info no-voice" role="status">
            <p><Icon name=IconName::Info/> {text}</p>
            {others}
            <details>
                <summary>{td_string!(locale, speech.add_voice)}</summary>
                <p>{td_string!(locale, speech.android)}</p>
                <p>{td_string!(locale, speech.iphone)}</p>
            </details>
        </div>
    }
}

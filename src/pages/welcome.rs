//! The first-run welcome: what to call you (optional) and your language. Two sentences on privacy.

use crate::app::state::AppState;
use crate::domain::state::Action;
use crate::i18n::*;
use crate::ui::icon::{Icon, IconName};
use crate::ui::language_picker::LanguagePicker;
use leptos::prelude::*;

#[component]
pub fn Welcome() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let name = RwSignal::new(String::new());
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let language = i18n.get_locale_untracked().as_str().to_string();
        state.dispatch(Action::FinishWelcome {
            name: name.get_untracked(),
            language,
        });
    };
    view! {
        <main id="main" class="page welcome">
            <h1><Icon name=IconName::Compass/> <span>{t!(i18n, welcome.title)}</span></h1>
            <div class="card privacy">
                <Icon name=IconName::Shield/>
                <p>{t!(i18n, welcome.privacy_1)} " " {t!(i18n, welcome.privacy_2)}</p>
            </div>
            <form class="stack" on:submit=start>
                <LanguagePicker
                    legend=t!(i18n, welcome.language).into_any()
                    on_pick=move |locale| i18n.set_locale(locale)
                />
                <div class="field">
                    <label for="welcome-name">{t!(i18n, welcome.name_label)}</label>
                    <input
                        id="welcome-name"
                        type="text"
                        autocomplete="off"
                        maxlength="60"
                        aria-describedby="welcome-name-hint"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                    />
                    <p id="welcome-name-hint" class="hint">{t!(i18n, welcome.name_hint)}</p>
                </div>
                <button type="submit" class="button button-wide">{t!(i18n, welcome.start)}</button>
            </form>
        </main>
    }
}

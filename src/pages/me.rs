//! Me: your name, your language, your data, and putting Koers on the phone.

use crate::app::state::AppState;
use crate::domain::state::Action;
use crate::i18n::*;
use crate::ui::icon::{Icon, IconName};
use crate::ui::install_card::InstallCard;
use crate::ui::language_picker::LanguagePicker;
use crate::ui::page_intro::PageIntro;
use leptos::prelude::*;

#[component]
pub fn Me() -> impl IntoView {
    let i18n = use_i18n();
    let state = expect_context::<AppState>();
    let name = RwSignal::new(state.doc.with_untracked(|d| d.profile.name.clone()));
    let saved = RwSignal::new(false);
    let save_name = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.dispatch(Action::SetName(name.get_untracked()));
        state.flush();
        saved.set(true);
    };
    let persisted = move || match state.persisted.get() {
        Some(true) => Some(t!(i18n, me.persisted).into_any()),
        Some(false) => Some(t!(i18n, me.not_persisted).into_any()),
        None => None,
    };
    view! {
        <PageIntro icon=IconName::Me title=t!(i18n, me.title).into_any() intro=t!(i18n, me.intro).into_any()/>
        <form class="card stack" on:submit=save_name>
            <div class="field">
                <label for="me-name">{t!(i18n, me.name_label)}</label>
                <input
                    id="me-name"
                    type="text"
                    autocomplete="off"
                    maxlength="60"
                    aria-describedby="me-name-hint"
                    prop:value=move || name.get()
                    on:input=move |ev| {
                        saved.set(false);
                        name.set(event_target_value(&ev));
                    }
                />
                <p id="me-name-hint" class="hint">{t!(i18n, me.name_hint)}</p>
            </div>
            <button type="submit" class="button">{t!(i18n, me.save_name)}</button>
            <p class="small" role="status">{move || saved.get().then_some(t!(i18n, me.saved))}</p>
        </form>
        <div class="card">
            <LanguagePicker
                legend=t!(i18n, me.language).into_any()
                on_pick=move |locale: Locale| state.dispatch(Action::SetLanguage(locale.as_str().into()))
            />
        </div>
        <section class="card" aria-labelledby="privacy-title">
            <h2 id="privacy-title"><Icon name=IconName::Shield/> {t!(i18n, me.privacy_title)}</h2>
            <p>{t!(i18n, me.privacy_text)}</p>
            <p class="small">{persisted}</p>
        </section>
        <InstallCard/>
    }
}

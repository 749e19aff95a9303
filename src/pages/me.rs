//! Me: your name, your language, your data, and putting Koers on the phone.

use crate::app::state::AppState;
use crate::domain::state::Action;
use crate::i18n::*;
use crate::ui::data_card::DataCard;
use crate::ui::dates_card::DatesCard;
use crate::ui::hidden_tips::HiddenTips;
use crate::ui::icon::{Icon, IconName};
use crate::ui::install_card::InstallCard;
use crate::ui::kept_copies::KeptCopies;
use crate::ui::language_picker::LanguagePicker;
use crate::ui::lock_card::LockCard;
use crate::ui::page_intro::PageIntro;
use crate::ui::text_field::TextField;
use crate::ui::translation_note::TranslationNote;
use leptos::prelude::*;

#[component]
pub fn Me() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = RwSignal::new(state.doc.with_untracked(|d| d.profile.name.clone()));
    let saved = RwSignal::new(false);
    let save_name = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        state.dispatch(Action::SetName(name.get_untracked()));
        state.confirm_saved(saved);
    };
    let persisted = move || match state.persisted.get() {
        Some(true) => Some(crate::tr!(me.persisted).into_any()),
        Some(false) => Some(crate::tr!(me.not_persisted).into_any()),
        None => None,
    };
    view! {
        <PageIntro icon=IconName::Me title=crate::tr!(me.title).into_any() intro=crate::tr!(me.intro).into_any()/>
        <form class="card stack" on:submit=save_name>
            <TextField id="me-name" label=crate::tr!(me.name_label) hint=crate::tr!(me.name_hint) value=name on_change=move || saved.set(false)/>
            <button type="submit" class="button">{crate::tr!(me.save_name)}</button>
            <p class="small" role="status">{move || saved.get().then_some(crate::tr!(me.saved))}</p>
        </form>
        <DatesCard/>
        <HiddenTips/>
        <div class="card">
            <LanguagePicker
                legend=crate::tr!(me.language).into_any()
                on_pick=move |locale: Locale| state.dispatch(Action::SetLanguage(locale.as_str().into()))
            />
            <TranslationNote/>
        </div>
        <section class="card" aria-labelledby="privacy-title">
            <h2 id="privacy-title"><Icon name=IconName::Shield/> {crate::tr!(me.privacy_title)}</h2>
            <p>{crate::tr!(me.privacy_text)}</p>
            <p>{crate::tr!(speech.me_text)}</p>
            <p class="small">{persisted}</p>
        </section>
        <LockCard/>
        <InstallCard/>
        <section class="card" aria-labelledby="overview-title">
            <h2 id="overview-title"><Icon name=IconName::Document/> {crate::tr!(overview.link_title)}</h2>
            <p>{crate::tr!(overview.link_text)}</p>
            <a class="button button-quiet" href=crate::href!("/overview")>{crate::tr!(overview.link_button)}</a>
        </section>
        <section class="card" aria-labelledby="mentors-title">
            <h2 id="mentors-title"><Icon name=IconName::Chat/> {crate::tr!(mentor.link)}</h2>
            <p>{crate::tr!(mentor.link_text)}</p>
            <a class="button button-quiet" href=crate::href!("/me/mentors")>{crate::tr!(mentor.link)}</a>
        </section>
        <DataCard/>
        <KeptCopies/>
    }
}

//! The first-run welcome: what to call you (optional) and your language. Two sentences on privacy.
//! "I have a Koers copy" brings a copy back instead (a new phone); restoring it finishes the welcome.

use crate::app::state::AppState;
use crate::domain::state::Action;
use crate::ui::exit_button::ExitButton;
use crate::ui::icon::{Icon, IconName};
use crate::ui::import_flow::ImportFlow;
use crate::ui::language_picker::LanguagePicker;
use crate::ui::text::loc;
use crate::ui::text_field::TextField;
use leptos::prelude::*;

#[component]
pub fn Welcome(name: RwSignal<String>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let restoring = RwSignal::new(false);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let language = loc().as_str().to_string();
        state.dispatch(Action::FinishWelcome {
            name: name.get_untracked(),
            language,
        });
    };
    view! {
        <div class="lock-top"><ExitButton/></div>
        <main id="main" class="page welcome">
            <h1><Icon name=IconName::Compass/> <span>{crate::tr!(welcome.title)}</span></h1>
            <div class="card privacy">
                <Icon name=IconName::Shield/>
                <p>{crate::tr!(welcome.privacy_1)} " " {crate::tr!(welcome.privacy_2)}</p>
            </div>
            <form class="stack" on:submit=start>
                <LanguagePicker
                    legend=crate::tr!(welcome.language).into_any()
                    on_pick=move |locale| crate::ui::text::switch(locale)
                />
                <TextField id="welcome-name" label=crate::tr!(welcome.name_label) hint=crate::tr!(welcome.name_hint) value=name/>
                <button type="submit" class="button button-wide">{crate::tr!(welcome.start)}</button>
            </form>
            <div class="welcome-copy">
                <button
                    type="button"
                    class="button button-quiet button-wide"
                    aria-expanded=move || restoring.get().to_string()
                    aria-controls="welcome-copy"
                    on:click=move |_| restoring.update(|r| *r = !*r)
                >
                    <Icon name=IconName::Refresh/>
                    {crate::tr!(import.have_copy)}
                </button>
                <Show when=move || restoring.get()>
                    <section id="welcome-copy" class="card" aria-labelledby="welcome-copy-title">
                        <h2 id="welcome-copy-title">{crate::tr!(import.title)}</h2>
                        <p>{crate::tr!(import.have_copy_text)}</p>
                        <ImportFlow/>
                    </section>
                </Show>
            </div>
        </main>
    }
}

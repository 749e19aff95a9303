//! Explains why putting Koers on the home screen matters, and helps do it (Android button, iOS steps).

use super::icon::{Icon, IconName};
use crate::pwa::{Pwa, install};
use leptos::prelude::*;

#[component]
pub fn InstallCard() -> impl IntoView {
    let pwa = expect_context::<Pwa>();
    if pwa.standalone {
        return view! {
            <section class="card">
                <p><Icon name=IconName::Phone/> {crate::tr!(install.installed)}</p>
            </section>
        }
        .into_any();
    }
    let install = move |_| {
        install::prompt(pwa.can_install);
    };
    view! {
        <section class="card" aria-labelledby="install-title">
            <h2 id="install-title"><Icon name=IconName::Phone/> {crate::tr!(install.title)}</h2>
            <p>{crate::tr!(install.why)}</p>
            <Show when=move || pwa.can_install.get()>
                <button class="button" on:click=install>
                    <Icon name=IconName::Download/>
                    {crate::tr!(install.button)}
                </button>
            </Show>
            <Show when=move || pwa.ios>
                <p>{crate::tr!(install.ios_steps)}</p>
            </Show>
            <p class="small">{crate::tr!(install.why_ios)}</p>
        </section>
    }
    .into_any()
}

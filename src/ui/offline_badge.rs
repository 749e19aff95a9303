//! A calm note that there is no network. Koers works the same; this only says why nothing updates.

use super::icon::{Icon, IconName};
use crate::pwa::Pwa;
use leptos::prelude::*;

#[component]
pub fn OfflineBadge() -> impl IntoView {
    let pwa = expect_context::<Pwa>();
    view! {
        <p class="offline-badge" role="status">
            <Show when=move || !pwa.online.get()>
                <Icon name=IconName::Offline/>
                <span>{crate::tr!(offline)}</span>
            </Show>
        </p>
    }
}

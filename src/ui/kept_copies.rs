//! In Me: the copies Koers kept aside (conflicts, an import's automatic copy, unreadable data), each to
//! download or remove after a second question. Shown only when there are any.

use super::icon::{Icon, IconName};
use crate::app::lock::KeptCopy;
use crate::app::state::AppState;
use crate::i18n::*;
use crate::tr;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn KeptCopies() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Re-read after a removal, a lock change, or any save (a conflict adds a copy).
    let version = RwSignal::new(0u32);
    let copies = Memo::new(move |_| {
        version.track();
        state.lock_set.track();
        state.notice.track();
        state.kept_copies()
    });
    view! {
        <Show when=move || !copies.with(|c| c.is_empty())>
            <section class="card stack" aria-labelledby="kept-title">
                <h2 id="kept-title"><Icon name=IconName::Document/> {tr!(lock.kept_title)}</h2>
                <p>{tr!(lock.kept_text)}</p>
                <ul class="plain-list stack">
                    <For each=move || copies.get() key=|c| (c.key.clone(), c.locked) let:copy>
                        <KeptItem copy version/>
                    </For>
                </ul>
            </section>
        </Show>
    }
}

#[component]
fn KeptItem(copy: KeptCopy, version: RwSignal<u32>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let when = crate::ui::format::stamp(loc(), &copy.stamp)
        .map(|(d, t)| td_string!(loc(), lock.kept_when, date = d, time = t))
        .unwrap_or_else(|| copy.stamp.clone());
    let label = td_string!(loc(), lock.kept_item, date = when);
    let key = StoredValue::new(copy.key.clone());
    let download = move |_| {
        leptos::task::spawn_local(async move {
            let key = key.get_value();
            if let Some(text) = state.kept_text(&key).await {
                let name = format!(
                    "koers-copy-{}.koers",
                    key.trim_start_matches(crate::store::KEPT_PREFIX)
                        .get(..10)
                        .unwrap_or("x")
                );
                crate::pwa::download::download_text(&name, &text, "application/json");
            }
        });
    };
    let remove = move |_| {
        state.remove_kept(&key.get_value());
        version.update(|v| *v += 1);
    };
    view! {
        <li class="kept-item stack">
            <p>
                <strong>{label}</strong>
                {copy.locked.then(|| view! { " " <span class="tag"><Icon name=IconName::Lock/> {tr!(lock.kept_locked)}</span> })}
            </p>
            <div class="row">
                <button type="button" class="button button-quiet" on:click=download>{tr!(lock.kept_download)}</button>
                <button type="button" class="button button-quiet" on:click=move |_| confirming.set(true)>{tr!(lock.kept_remove)}</button>
            </div>
            <Show when=move || confirming.get()>
                <div class="notice notice-warn" role="alert">
                    <p>{tr!(lock.kept_remove_confirm)}</p>
                    <button type="button" class="button" on:click=remove>{tr!(lock.kept_remove_yes)}</button>
                    <button type="button" class="button button-quiet" on:click=move |_| confirming.set(false)>{tr!(lock.kept_remove_no)}</button>
                </div>
            </Show>
        </li>
    }
}

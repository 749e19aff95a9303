//! In Me: what quick exit does and does not do, a copy of all data to download (plain, or locked with its
//! own passphrase), bringing a copy back, and deleting everything (two steps, in plain words).

use super::icon::{Icon, IconName};
use super::import_card::ImportCard;
use super::locked_copy::LockedCopy;
use crate::app::state::{AppState, now_iso, today};
use crate::domain::backup;
use crate::pwa::download::download_text;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn DataCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let confirming = RwSignal::new(false);
    let locked = RwSignal::new(false);
    let download = move |_| {
        let file = state.doc.with_untracked(|d| backup::export(d, &now_iso()));
        download_text(&backup::file_name(today()), &file, "application/json");
    };
    view! {
        <section class="card" aria-labelledby="exit-title">
            <h2 id="exit-title"><Icon name=IconName::Exit/> {tr!(me.quick_exit_title)}</h2>
            <p>{tr!(me.quick_exit_text)}</p>
        </section>
        <section class="card" aria-labelledby="backup-title">
            <h2 id="backup-title"><Icon name=IconName::Download/> {tr!(me.backup_title)}</h2>
            <p>{tr!(me.backup_text)}</p>
            <Show when=move || !locked.get()>
                <button type="button" class="button button-quiet" on:click=download>{tr!(me.backup_button)}</button>
            </Show>
            <LockedCopy on=locked/>
        </section>
        <ImportCard/>
        <section class="card" aria-labelledby="wipe-title">
            <h2 id="wipe-title">{tr!(me.wipe_title)}</h2>
            <p>{tr!(me.wipe_text)}</p>
            <Show
                when=move || confirming.get()
                fallback=move || view! {
                    <button type="button" class="button button-quiet" on:click=move |_| confirming.set(true)>{tr!(me.wipe_button)}</button>
                }
            >
                <div class="notice notice-warn" role="alert">
                    <p>{tr!(me.wipe_confirm)}</p>
                    <button type="button" class="button" on:click=move |_| state.wipe()>{tr!(me.wipe_yes)}</button>
                    <button type="button" class="button button-quiet" on:click=move |_| confirming.set(false)>{tr!(me.wipe_no)}</button>
                </div>
            </Show>
        </section>
    }
}

//! In Me: "Bring back a copy", the import flow in a card.

use super::icon::{Icon, IconName};
use super::import_flow::ImportFlow;
use crate::tr;
use leptos::prelude::*;

#[component]
pub fn ImportCard() -> impl IntoView {
    view! {
        <section class="card" aria-labelledby="import-title">
            <h2 id="import-title"><Icon name=IconName::Refresh/> {tr!(import.title)}</h2>
            <p>{tr!(import.text)}</p>
            <ImportFlow/>
        </section>
    }
}

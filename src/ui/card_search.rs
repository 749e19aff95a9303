//! Search the cards of the current language by a word; the results are links to the cards.

use super::card_links::card_links;
use super::icon::{Icon, IconName};
use crate::domain::content::{CardFile, search};
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn CardSearch(file: Arc<CardFile>) -> impl IntoView {
    let file2 = file.clone();
    let word = RwSignal::new(String::new());
    let found = Memo::new(move |_| {
        word.with(|w| {
            search(&file.cards, w)
                .into_iter()
                .map(|c| c.id.clone())
                .collect::<Vec<_>>()
        })
    });
    // Said aloud after typing (a live region); the links themselves are not.
    let status = move || {
        let n = found.with(Vec::len);
        if word.with(|w| w.trim().is_empty()) {
            String::new()
        } else if n == 0 {
            crate::tr!(future.search_none).to_string()
        } else {
            crate::i18n::td_string!(super::text::loc(), future.search_found, n = n)
        }
    };
    let links = move || {
        found.with(|ids| {
            (!ids.is_empty())
                .then(|| card_links(file2.cards.iter().filter(|c| ids.contains(&c.id))))
        })
    };
    view! {
        <section class="card-search" aria-labelledby="search-title">
            <h2 id="search-title"><Icon name=IconName::Search/> {crate::tr!(future.search_title)}</h2>
            <div class="field" role="search">
                <label for="card-search">{crate::tr!(future.search_label)}</label>
                <input
                    id="card-search"
                    type="search"
                    autocomplete="off"
                    enterkeyhint="search"
                    maxlength="60"
                    prop:value=move || word.get()
                    on:input=move |ev| word.set(event_target_value(&ev))
                />
            </div>
            <p class="small" role="status">{status}</p>
            {links}
        </section>
    }
}

//! Your future: the options after 18 side by side, the other cards (who is who, words, ...), and search.

use crate::ui::card_links::card_links;
use crate::ui::card_search::CardSearch;
use crate::ui::cards_gate::CardsGate;
use crate::ui::icon::{Icon, IconName};
use crate::ui::option_card::OptionCard;
use crate::ui::page_intro::PageIntro;
use leptos::prelude::*;
use std::sync::Arc;

#[component]
pub fn Future() -> impl IntoView {
    view! {
        <PageIntro
            icon=IconName::Future
            title=crate::tr!(future.title).into_any()
            intro=crate::tr!(future.intro).into_any()
        />
        <CardsGate ready=Arc::new(|file| {
            // In the order of the file: the page puts no option first on purpose.
            let options = file
                .cards
                .iter()
                .filter(|c| c.option)
                .map(|c| view! { <OptionCard card=c.clone()/> })
                .collect_view();
            view! {
                <section class="future-options" aria-labelledby="options-title">
                    <h2 id="options-title" class="visually-hidden">{crate::tr!(future.options_title)}</h2>
                    <div class="options">{options}</div>
                </section>
                <section class="future-more" aria-labelledby="more-title">
                    <h2 id="more-title"><Icon name=IconName::Document/> {crate::tr!(future.more_title)}</h2>
                    {card_links(file.cards.iter().filter(|c| !c.option))}
                </section>
                <CardSearch file/>
            }
            .into_any()
        })/>
    }
}

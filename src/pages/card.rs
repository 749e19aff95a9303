//! One explainer card (`/future/<id>`): its blocks, when it was last checked (always shown: the oldest check
//! of the facts it rests on, with a note when that is long ago), its sources (the union of its blocks' facts)
//! on request, who can help, related cards, "I want to ask about this", and that Koers is not legal advice.

use crate::domain::content::{self, CardFile};
use crate::ui::ask_about::AskAbout;
use crate::ui::card_blocks::CardBlocks;
use crate::ui::card_links::card_links;
use crate::ui::card_sources::CardSources;
use crate::ui::cards_gate::CardsGate;
use crate::ui::checked_note::stale_note;
use crate::ui::dutch_beside::{DutchToggle, dutch_card};
use crate::ui::format;
use crate::ui::icon::{Icon, IconName};
use crate::ui::read_aloud::ReadAloud;
use crate::ui::text::loc;
use crate::ui::translation_note::TranslationNote;
use leptos::prelude::*;
use std::sync::Arc;

fn back() -> impl IntoView {
    view! {
        <a class="back-link" href=crate::href!("/future")>
            <Icon name=IconName::Back/> {crate::tr!(future.back)}
        </a>
    }
}

#[component]
pub fn CardPage(id: String) -> impl IntoView {
    view! {
        <CardsGate ready=Arc::new(move |file| card(&file, &id))/>
    }
}

fn card(file: &Arc<CardFile>, id: &str) -> AnyView {
    let Some(card) = file.cards.iter().find(|c| c.id == id) else {
        return view! {
            {back()}
            <header class="page-intro">
                <h1><Icon name=IconName::Compass/> <span>{crate::tr!(future.not_found_title)}</span></h1>
                <p class="lead">{crate::tr!(future.not_found_text)}</p>
            </header>
            <a class="button" href=crate::href!("/future")>{crate::tr!(future.back)}</a>
        }
        .into_any();
    };
    let date = content::checked(card, crate::domain::facts::register());
    let stale = date.and_then(|d| stale_note(loc(), d));
    let checked = date.map(|d| format::date(loc(), d)).unwrap_or_default();
    let checked = crate::i18n::td_string!(loc(), future.checked, date = checked);
    let sources: Vec<String> = content::facts(card).into_iter().map(String::from).collect();
    // "Dutch beside it": offered when the card is not Dutch already; the Dutch card loads when asked for.
    let offer = file.language != "nl";
    let (nl, owner, own_id) = (StoredValue::new(None), Owner::current(), card.id.clone());
    let dutch = Memo::new(move |_| offer.then(|| dutch_card(&nl, &owner, &own_id)).flatten());
    let nl_title = move || {
        dutch
            .get()
            .map(|c| view! { <p class="nl-below" lang="nl" dir="ltr">{c.title}</p> })
    };
    let own = card.clone();
    let words = content::glossary(&file.cards);
    let blocks =
        move || view! { <CardBlocks card=own.clone() words=words.clone() dutch=dutch.get()/> };
    let own_help = card.help.clone();
    let help = move || {
        let nl_help = dutch.get().map(|c| c.help).unwrap_or_default();
        own_help
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let nl = nl_help.get(i).map(|l| view! { <span class="nl-below" lang="nl" dir="ltr">{l.text.clone()}</span> });
                view! { <li><span class="say">{h.text.clone()}</span> {nl}</li> }
            })
            .collect_view()
    };
    let related = card_links(file.cards.iter().filter(|c| card.related.contains(&c.id)));
    let mut link = String::from("card:");
    link.push_str(&card.id);
    if card.id == content::GLOSSARY {
        // Opened at a word (`#w-...`): the words are on the screen only now.
        request_animation_frame(|| {
            crate::app::router::focus_hash();
        });
    }
    view! {
        {back()}
        <article class="explainer readable" aria-labelledby="card-title">
            <header class="page-intro">
                <h1 id="card-title" class="say">{card.title.clone()}</h1>
                {nl_title}
                <p class="checked"><Icon name=IconName::Calendar/> <span>{checked}</span></p>
                {stale}
                <TranslationNote/>
                {offer.then(|| view! { <DutchToggle/> })}
            </header>
            <ReadAloud/>
            {blocks}
            <section aria-labelledby="help-title">
                <h2 id="help-title" class="say"><Icon name=IconName::Chat/> {crate::tr!(future.help_title)}</h2>
                <ul class="help-list">{help}</ul>
            </section>
            <AskAbout link/>
            <CardSources ids=sources/>
            <section aria-labelledby="related-title">
                <h2 id="related-title"><Icon name=IconName::Document/> {crate::tr!(future.related_title)}</h2>
                {related}
            </section>
            <p class="small not-advice"><Icon name=IconName::Info/> <span>{crate::tr!(future.not_advice)}</span></p>
        </article>
        {back()}
    }
    .into_any()
}

//! One topic of a conversation in one language: labelled with that language, with its own `lang` and
//! `dir`, so Arabic reads right-to-left beside Dutch left-to-right. Texts come from that language's locale
//! and cards file; the young person's own words are shown once, beside the pair (see `talk_topic`).

use super::checked_note::checked_note;
use super::finding_item::tone_word;
use super::format;
use super::language_picker::endonym;
use super::plan_text::who_name;
use super::read_aloud::ReadAloud;
use super::said::said;
use crate::app::state::AppState;
use crate::domain::content::{BlockKind, Card};
use crate::domain::education::Finding;
use crate::domain::talk::Topic;
use crate::i18n::*;
use crate::pages::talk::TalkCtx;
use crate::pwa::cards::Cards;
use leptos::prelude::*;

/// A card in one language; `short` gives only its title and first paragraph (for a question about it).
fn card_view(locale: Locale, card: &Card, short: bool) -> AnyView {
    if short {
        let first = card.blocks.iter().find(|b| b.kind == BlockKind::Paragraph);
        return view! {
            <h3 class="say">{card.title.clone()}</h3>
            {first.map(|b| view! { <p>{said(&b.text)}</p> {b.checked_date().map(|d| checked_note(locale, d))} })}
        }
        .into_any();
    }
    let blocks = card.blocks.iter().map(|b| match b.kind {
        BlockKind::Paragraph => view! { <p>{said(&b.text)}</p> }.into_any(),
        BlockKind::Callout => view! { <p class="talk-callout">{said(&b.text)}</p> }.into_any(),
        BlockKind::List => view! { <ul>{b.items.iter().map(|i| view! { <li class="say">{i.text.clone()}</li> }).collect_view()}</ul> }.into_any(),
    });
    // A block's date right under it, as on the card itself.
    let blocks = blocks.zip(&card.blocks).map(|(v, b)| {
        let date = b.checked_date().map(|d| checked_note(locale, d));
        view! { {v} {date} }.into_any()
    });
    let parts = [
        (td_string!(locale, talk.means), &card.means.text),
        (td_string!(locale, talk.need), &card.need.text),
        (td_string!(locale, talk.who), &card.who.text),
    ];
    let parts = parts
        .into_iter()
        .filter(|(_, t)| !t.is_empty())
        .map(|(label, text)| {
            view! {
                <h3 class="say">{label}</h3>
                <p>{said(text)}</p>
            }
        });
    let parts_checked = [&card.means, &card.need, &card.who]
        .into_iter()
        .filter_map(|b| b.checked_date())
        .min()
        .map(|d| checked_note(locale, d));
    let help = (!card.help.is_empty()).then(|| {
        view! {
            <h3 class="say">{td_string!(locale, talk.who_helps)}</h3>
            <ul>{card.help.iter().map(|h| view! { <li class="say">{h.text.clone()}</li> }).collect_view()}</ul>
        }
    });
    view! {
        <h2 class="say">{card.title.clone()}</h2>
        {blocks.collect_view()}
        {parts.collect_view()}
        {parts_checked}
        {help}
    }
    .into_any()
}

/// A card by id, from that language's cards.
fn card(locale: Locale, cards: &Cards, id: &str, short: bool) -> AnyView {
    match cards {
        Cards::Ready(file) => match file.cards.iter().find(|c| c.id == id) {
            // Not yet in this language: the Dutch card, said so, and marked as Dutch.
            Some(card) if file.language != locale.as_str() => view! {
                <p class="translation-missing">{td_string!(locale, translation.dutch_note)}</p>
                <div lang=file.language.clone() dir="ltr">{card_view(locale, card, short)}</div>
            }
            .into_any(),
            Some(card) => card_view(locale, card, short),
            None => view! { <p>{td_string!(locale, talk.gone)}</p> }.into_any(),
        },
        _ => view! { <p>{td_string!(locale, talk.cards_failed)}</p> }.into_any(),
    }
}

/// A school finding by its key: what kind of news it is, and its text.
fn finding(locale: Locale, findings: Memo<Vec<Finding>>, key: &str) -> AnyView {
    findings.with_untracked(|fs| match fs.iter().find(|f| f.topic.key() == key) {
        Some(f) => view! {
            <p class="finding-tone say">{tone_word(locale, f.tone)}</p>
            <p>{said(&format::finding(locale, f))}</p>
        }
        .into_any(),
        None => view! { <p>{td_string!(locale, talk.gone)}</p> }.into_any(),
    })
}

#[component]
pub fn TalkPart(locale: Locale, topic: Topic, cards: Cards) -> impl IntoView {
    let state = expect_context::<AppState>();
    let ctx = expect_context::<TalkCtx>();
    let content = match topic {
        Topic::Timeline => view! {
            <h2 class="say">{td_string!(locale, talk.timeline)}</h2>
            <p>{said(td_string!(locale, talk.timeline_text))}</p>
        }
        .into_any(),
        Topic::Card(id) => card(locale, &cards, &id, false),
        Topic::Finding(key) => view! {
            <h2 class="say">{td_string!(locale, school.title)}</h2>
            {finding(locale, ctx.findings, &key)}
        }
        .into_any(),
        Topic::Question(id) => {
            let q = state
                .doc
                .with_untracked(|d| d.questions.iter().find(|q| q.id == id).cloned());
            let to = q
                .as_ref()
                .and_then(|q| q.to)
                .map(|w| td_string!(locale, talk.question_for, who = who_name(locale, w)));
            // What the question is about, in this language too.
            let about = match q.and_then(|q| q.link).as_deref().and_then(Topic::parse) {
                Some(Topic::Card(id)) => Some(card(locale, &cards, &id, true)),
                Some(Topic::Finding(key)) => Some(
                    view! {
                        <h3 class="say">{td_string!(locale, school.title)}</h3>
                        {finding(locale, ctx.findings, &key)}
                    }
                    .into_any(),
                ),
                _ => None,
            };
            view! {
                <h2 class="say">{td_string!(locale, talk.question)}</h2>
                {to.map(|t| view! { <p class="say">{t}</p> })}
                {about}
            }
            .into_any()
        }
    };
    view! {
        <section class="talk-part readable" lang=locale.as_str() dir=locale.direction().as_str() aria-label=endonym(locale)>
            <p class="talk-lang">{endonym(locale)}</p>
            <ReadAloud locale/>
            {content}
        </section>
    }
}

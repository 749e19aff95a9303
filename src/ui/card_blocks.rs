//! The blocks of a card as plain elements (paragraphs, lists, "good to know" callouts), never as HTML.
//! Glossary words link to their place on the glossary card, once per card; the glossary card itself
//! shows its words as a list of terms, each with an anchor. A block that rests on a time-sensitive fact shows
//! when it was last checked right under it (and, when that is long ago, that it may have changed).

use super::checked_note::checked_note;
use super::dutch_beside::dutch_block;
use super::icon::{Icon, IconName};
use super::said::said_by;
use super::text::loc;
use crate::domain::content::{
    self, BlockKind, Card, GLOSSARY, Line, Segment, anchor, split_term, term_word,
};
use leptos::prelude::*;

/// `dutch`: the same card in Dutch, shown under each block ("Dutch beside it").
#[component]
pub fn CardBlocks(
    card: Card,
    words: Vec<String>,
    #[prop(optional_no_strip)] dutch: Option<Card>,
) -> impl IntoView {
    let glossary = card.id == GLOSSARY;
    let hrefs: Vec<String> = words
        .iter()
        .map(|w| {
            let mut href = String::from(crate::href!("/future/words#"));
            href.push_str(&anchor(w));
            href
        })
        .collect();
    let mut seen = Vec::new();
    let mut linked = |text: &str| -> AnyView {
        if glossary {
            return text.to_string().into_any();
        }
        content::link_words(text, &words, &mut seen)
            .into_iter()
            .map(|s| match s {
                Segment::Text(t) => t.to_string().into_any(),
                Segment::Word(w, n) => {
                    view! { <a class="word" href=hrefs[n].clone()>{w.to_string()}</a> }.into_any()
                }
            })
            .collect_view()
            .into_any()
    };
    let locale = loc();
    let mut out = Vec::with_capacity(card.blocks.len());
    for (index, block) in card.blocks.iter().enumerate() {
        let (text, items) = (&block.text, &block.items);
        out.push(match block.kind {
            BlockKind::Paragraph => view! { <p>{said_by(text, &mut linked)}</p> }.into_any(),
            BlockKind::Callout => view! {
                <div class="callout" role="note">
                    <p class="callout-title say"><Icon name=IconName::Info/> {crate::tr!(future.good_to_know)}</p>
                    <p>{said_by(text, &mut linked)}</p>
                </div>
            }
            .into_any(),
            BlockKind::List if glossary => terms(items),
            BlockKind::List => {
                // A list where every item reads "Word: explanation" (who is who) shows the words in bold.
                let all_terms = items.iter().all(|i| split_term(&i.text).is_some());
                let mut lis = Vec::with_capacity(items.len());
                for Line { text: item, .. } in items {
                    lis.push(match split_term(item).filter(|_| all_terms) {
                        Some((head, rest)) => {
                            let head = linked(head);
                            view! { <li class="say"><strong>{head}</strong> ": " {linked(rest)}</li> }.into_any()
                        }
                        None => view! { <li class="say">{linked(item)}</li> }.into_any(),
                    });
                }
                view! { <ul class="card-list">{lis}</ul> }.into_any()
            }
        });
        if let Some(nl) = dutch.as_ref().and_then(|c| dutch_block(c, index)) {
            out.push(nl);
        }
        if let Some(date) = block.checked_date() {
            out.push(checked_note(locale, date));
        }
    }
    out
}

/// The glossary's words: a term list, each term with the anchor other cards link to.
fn terms(items: &[Line]) -> AnyView {
    let rows = items
        .iter()
        .map(|Line { text: item, .. }| match split_term(item) {
            Some((head, rest)) => {
                let word = term_word(head);
                let translation = head[word.len()..].to_string();
                view! {
                    <div id=anchor(word) tabindex="-1">
                        // The word itself is Dutch in every language (so a screen reader says it in Dutch).
                        <dt><span lang="nl" class="say">{word.to_string()}</span><span class="say">{translation}</span></dt>
                        <dd class="say">{capitalised(rest)}</dd>
                    </div>
                }
                .into_any()
            }
            None => view! { <div><dt class="say">{item.clone()}</dt></div> }.into_any(),
        })
        .collect_view();
    view! { <dl class="glossary">{rows}</dl> }.into_any()
}

/// "goede opvang" as "Goede opvang": an explanation after its word reads as a sentence of its own.
/// (ASCII only: full Unicode case tables would cost wasm, and Arabic has no case.)
fn capitalised(text: &str) -> String {
    let mut out = text.to_string();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

//! "Dutch beside it" on a card (issue 14): one tap shows the Dutch source under the title and under each
//! block, marked `lang="nl"`, so a mentor, a lawyer or a school can read along. The choice holds for the
//! session, from card to card. Not offered when the card is Dutch already.

use super::icon::{Icon, IconName};
use crate::domain::content::{BlockKind, Card};
use crate::pwa::cards::{Cards, cards};
use leptos::prelude::*;

thread_local! {
    // Reference-counted, not owned by whichever view first asked (that view's clean-up would end it).
    static ON: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Whether the Dutch is asked for.
pub fn on() -> bool {
    ON.with(|on| on.get())
}

/// The toggle button (`aria-pressed`).
#[component]
pub fn DutchToggle() -> impl IntoView {
    let pressed = move || if on() { "true" } else { "false" };
    view! {
        <button type="button" class="button button-quiet dutch-toggle" aria-pressed=pressed
            on:click=move |_| ON.with(|on| on.update(|v| *v = !*v))>
            <Icon name=IconName::Language/> {crate::tr!(card_nl.toggle)}
        </button>
    }
}

/// The Dutch card with this id, once asked for and loaded (`None` until then). Call inside a reactive
/// closure; `nl` is the page's handle on the Dutch cards, made once in the page's owner.
pub fn dutch_card(
    nl: &StoredValue<Option<RwSignal<Cards>>>,
    owner: &Option<Owner>,
    id: &str,
) -> Option<Card> {
    if !on() {
        return None;
    }
    if nl.get_value().is_none() {
        let signal = match owner {
            Some(owner) => owner.with(|| cards("nl")),
            None => cards("nl"),
        };
        nl.set_value(Some(signal));
    }
    match nl.get_value()?.get() {
        Cards::Ready(file) => file.cards.iter().find(|c| c.id == id).cloned(),
        _ => None,
    }
}

/// The Dutch of block `index`, as plain text (no links), under the block in the user's language.
pub fn dutch_block(card: &Card, index: usize) -> Option<AnyView> {
    let block = card.blocks.get(index)?;
    let body = match block.kind {
        BlockKind::List => {
            let items = block
                .items
                .iter()
                .map(|l| view! { <li>{l.text.clone()}</li> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
        _ => view! { <p>{block.text.clone()}</p> }.into_any(),
    };
    Some(view! { <div class="nl-below" lang="nl" dir="ltr">{body}</div> }.into_any())
}

//! A list of links to explainer cards, each its title with a chevron: other cards, search results, related.

use super::icon::{Icon, IconName};
use crate::domain::content::Card;
use leptos::prelude::*;

/// The address of a card's own page.
pub fn card_href(id: &str) -> String {
    let mut href = String::from(crate::href!("/future/"));
    href.push_str(id);
    href
}

/// The list (a plain function: it borrows the cards it links to).
pub fn card_links<'a>(cards: impl IntoIterator<Item = &'a Card>) -> AnyView {
    let items = cards
        .into_iter()
        .map(|c| {
            view! {
                <li>
                    <a href=card_href(&c.id)>
                        <span>{c.title.clone()}</span>
                        <Icon name=IconName::Forward/>
                    </a>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="card-links">{items}</ul> }.into_any()
}

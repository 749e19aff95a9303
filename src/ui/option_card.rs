//! One option for after 18, in the same shape as every other: what it means, what you need, who helps,
//! a link to the whole card, and "I want to ask about this". No option is shown as better than another.
//! Parts that rest on time-sensitive facts have a date: the oldest is shown under the parts.

use super::ask_about::AskAbout;
use super::card_links::card_href;
use super::checked_note::checked_note;
use super::icon::{Icon, IconName};
use super::text::loc;
use crate::domain::content::Card;
use leptos::prelude::*;

#[component]
pub fn OptionCard(card: Card) -> impl IntoView {
    let heading = {
        let mut id = String::from("option-");
        id.push_str(&card.id);
        id
    };
    let labelled_by = heading.clone();
    // "Lees meer: De VBL in Ter Apel": the words on the button first, then which option.
    let more_label = [crate::tr!(future.read_more), ": ", &card.title].concat();
    let mut link = String::from("card:");
    link.push_str(&card.id);
    let checked = [&card.means, &card.need, &card.who]
        .into_iter()
        .filter_map(|b| b.checked_date())
        .min()
        .map(|d| checked_note(loc(), d));
    // The date goes inside the last part: the parts line up across the row (a subgrid of six rows).
    let part = |title: &'static str, text: String, date: Option<AnyView>| {
        view! {
            <div class="option-part">
                <h3>{title}</h3>
                <p>{text}</p>
                {date}
            </div>
        }
    };
    view! {
        <article class="option" aria-labelledby=labelled_by>
            <h2 id=heading>{card.title.clone()}</h2>
            {part(crate::tr!(future.means), card.means.text, None)}
            {part(crate::tr!(future.need), card.need.text, None)}
            {part(crate::tr!(future.who), card.who.text, checked)}
            <a class="button button-quiet option-more" href=card_href(&card.id) aria-label=more_label>
                {crate::tr!(future.read_more)}
                <Icon name=IconName::Forward/>
            </a>
            <AskAbout link/>
        </article>
    }
}

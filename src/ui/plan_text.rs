//! Words for My plan and conversation mode in a given language: who does what, by when, what a question
//! or topic is about. Texts come from `locales/`; this only picks and joins them.

use super::format;
use crate::domain::date::PartialDate;
use crate::domain::education::Finding;
use crate::domain::plan::{Agreement, Who};
use crate::domain::state::Question;
use crate::domain::talk::{Topic, first_sentence};
use crate::i18n::*;
use crate::pwa::cards::Cards;

pub fn who_name(locale: Locale, who: Who) -> &'static str {
    match who {
        Who::Me => td_string!(locale, plan.who_me),
        Who::Mentor => td_string!(locale, plan.who_mentor),
        Who::Voogd => td_string!(locale, plan.who_voogd),
        Who::FosterParent => td_string!(locale, plan.who_foster_parent),
        Who::Lawyer => td_string!(locale, plan.who_lawyer),
        Who::School => td_string!(locale, plan.who_school),
        Who::Other => td_string!(locale, plan.who_other),
    }
}

/// "by March 2027".
pub fn by_text(locale: Locale, by: PartialDate) -> String {
    td_string!(locale, plan.by, date = format::partial(locale, by))
}

/// "Mentor · by March 2027", or only who does it.
pub fn agreement_meta(locale: Locale, a: &Agreement) -> String {
    let who = who_name(locale, a.who);
    match a.by {
        Some(by) => format!("{who} · {}", by_text(locale, by)),
        None => who.to_string(),
    }
}

/// "Mentor: ask DUO about lesgeld (by March 2027)", for the talk's summary.
pub fn agreement_line(locale: Locale, a: &Agreement) -> String {
    let who = who_name(locale, a.who);
    match a.by {
        Some(by) => format!("{who}: {} ({})", a.what, by_text(locale, by)),
        None => format!("{who}: {}", a.what),
    }
}

fn card_title(cards: &Cards, id: &str) -> Option<String> {
    match cards {
        Cards::Ready(file) => file
            .cards
            .iter()
            .find(|c| c.id == id)
            .map(|c| c.title.clone()),
        _ => None,
    }
}

/// The first sentence of a finding, by its topic key; the school section's name when it no longer applies.
pub fn finding_label(locale: Locale, key: &str, findings: &[Finding]) -> String {
    match findings.iter().find(|f| f.topic.key() == key) {
        Some(f) => first_sentence(&format::finding(locale, f)).to_string(),
        None => td_string!(locale, school.title).to_string(),
    }
}

/// What a question's link (`card:<id>` or `finding:<key>`) is about, in words. `None` while the cards load.
pub fn link_label(
    locale: Locale,
    link: &str,
    cards: &Cards,
    findings: &[Finding],
) -> Option<String> {
    match Topic::parse(link)? {
        Topic::Card(id) => card_title(cards, &id),
        Topic::Finding(key) => Some(finding_label(locale, &key, findings)),
        _ => None,
    }
}

/// A topic's title: a card's title, a finding's first sentence, a question's words.
pub fn topic_title(
    locale: Locale,
    topic: &Topic,
    cards: &Cards,
    findings: &[Finding],
    questions: &[Question],
) -> String {
    match topic {
        Topic::Timeline => td_string!(locale, talk.timeline).to_string(),
        Topic::Card(id) => card_title(cards, id).unwrap_or_default(),
        Topic::Finding(key) => finding_label(locale, key, findings),
        Topic::Question(id) => questions
            .iter()
            .find(|q| q.id == *id)
            .map(|q| match (&q.link, q.text.is_empty()) {
                (Some(link), true) => link_label(locale, link, cards, findings).unwrap_or_default(),
                _ => q.text.clone(),
            })
            .unwrap_or_default(),
    }
}

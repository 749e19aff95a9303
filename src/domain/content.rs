//! Explainer cards as data (`content/cards.<lang>.json`): their shape, and the rules every card must meet
//! (known, confirmed facts; a date; a hand-off on hard topics; short Dutch sentences). The checks run as host
//! tests over the shipped files (`tests/content.rs`). Cards are rendered structurally, never as HTML.

use super::date::Date;
use super::facts::Fact;
use serde::Deserialize;

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct CardFile {
    pub language: String,
    pub cards: Vec<Card>,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Card {
    pub id: String,
    pub title: String,
    /// A hard topic must end with who can help.
    #[serde(default)]
    pub hard: bool,
    /// An option for the future, shown side by side with the others (with `means`, `need`, `who`).
    #[serde(default)]
    pub option: bool,
    pub facts: Vec<String>,
    pub last_checked: String,
    #[serde(default)]
    pub related: Vec<String>,
    pub blocks: Vec<Block>,
    #[serde(default)]
    pub help: Vec<String>,
    #[serde(default)]
    pub means: String,
    #[serde(default)]
    pub need: String,
    #[serde(default)]
    pub who: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Block {
    Paragraph { text: String },
    List { items: Vec<String> },
    Callout { text: String },
}

/// What is wrong with a card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    UnknownFact(String),
    BackgroundFact(String),
    NoFacts,
    BadDate,
    NoHandOff,
    OptionWithoutParts,
    UnknownRelated(String),
    Empty,
}

/// All problems of one card, given the register and the ids of all cards in its file.
pub fn check(card: &Card, register: &[Fact], ids: &[&str]) -> Vec<Problem> {
    let mut out = Vec::new();
    if card.facts.is_empty() {
        out.push(Problem::NoFacts);
    }
    for id in &card.facts {
        match register.iter().find(|f| f.id == *id) {
            None => out.push(Problem::UnknownFact(id.clone())),
            Some(f) if !f.confirmed() => out.push(Problem::BackgroundFact(id.clone())),
            Some(_) => {}
        }
    }
    if Date::parse_iso(&card.last_checked).is_none() {
        out.push(Problem::BadDate);
    }
    if card.hard && card.help.iter().all(|h| h.trim().is_empty()) {
        out.push(Problem::NoHandOff);
    }
    if card.option
        && [&card.means, &card.need, &card.who]
            .iter()
            .any(|s| s.trim().is_empty())
    {
        out.push(Problem::OptionWithoutParts);
    }
    for r in &card.related {
        if !ids.contains(&r.as_str()) {
            out.push(Problem::UnknownRelated(r.clone()));
        }
    }
    if card.title.trim().is_empty() || card.blocks.is_empty() {
        out.push(Problem::Empty);
    }
    out
}

/// All reading text of a card (blocks and the option parts), for the reading-level check and for search.
pub fn texts(card: &Card) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for b in &card.blocks {
        match b {
            Block::Paragraph { text } | Block::Callout { text } => out.push(text),
            Block::List { items } => out.extend(items.iter().map(String::as_str)),
        }
    }
    out.extend(
        [card.means.as_str(), card.need.as_str(), card.who.as_str()]
            .into_iter()
            .filter(|s| !s.is_empty()),
    );
    out
}

/// Average words per sentence over `texts`. A sentence ends with . ! ? or at the end of a text (list items
/// are sentences of their own).
pub fn words_per_sentence(texts: &[&str]) -> f64 {
    let (mut words, mut sentences) = (0usize, 0usize);
    for text in texts {
        for sentence in text.split(['.', '!', '?']) {
            let n = sentence.split_whitespace().count();
            if n > 0 {
                words += n;
                sentences += 1;
            }
        }
    }
    if sentences == 0 {
        0.0
    } else {
        words as f64 / sentences as f64
    }
}

/// Whether a card mentions `word` (case-insensitive), in its title or text: the Future page's search.
pub fn matches(card: &Card, word: &str) -> bool {
    let word = word.trim().to_lowercase();
    !word.is_empty()
        && (card.title.to_lowercase().contains(&word)
            || texts(card).iter().any(|t| t.to_lowercase().contains(&word)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::facts;

    fn card(json: &str) -> Card {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn the_rules_catch_each_problem() {
        let register = facts::register();
        let good = card(
            r#"{"id":"a","title":"T","hard":true,"facts":["A1"],"last_checked":"2026-11-29","blocks":[{"type":"paragraph","text":"Kort. Heel kort."}],"help":["Je voogd"]}"#,
        );
        assert_eq!(check(&good, &register, &["a"]), vec![]);
        let bad = card(
            r#"{"id":"b","title":"T","hard":true,"option":true,"facts":["E9","Z1"],"last_checked":"ooit","related":["c"],"blocks":[{"type":"list","items":["x"]}]}"#,
        );
        assert_eq!(
            check(&bad, &register, &["b"]),
            vec![
                Problem::BackgroundFact("E9".into()),
                Problem::UnknownFact("Z1".into()),
                Problem::BadDate,
                Problem::NoHandOff,
                Problem::OptionWithoutParts,
                Problem::UnknownRelated("c".into()),
            ]
        );
    }

    #[test]
    fn words_per_sentence_and_search() {
        assert_eq!(
            words_per_sentence(&["Een twee drie. Vier vijf!", "Zes"]),
            2.0
        );
        assert_eq!(words_per_sentence(&[]), 0.0);
        let c = card(
            r#"{"id":"a","title":"De VBL","facts":["A4"],"last_checked":"2026-11-29","blocks":[{"type":"callout","text":"Twaalf weken."}]}"#,
        );
        assert!(
            matches(&c, "vbl")
                && matches(&c, "WEKEN")
                && !matches(&c, "school")
                && !matches(&c, " ")
        );
    }
}

//! Every explainer card in `content/` meets the rules: known, confirmed (V) facts only; a last-checked date;
//! a hand-off on hard topics; options with their parts; Dutch at most 12 words a sentence on average;
//! an English version of every Dutch card.
#![cfg(not(target_arch = "wasm32"))]

use koers::domain::content::{CardFile, check, texts, words_per_sentence};
use koers::domain::facts;

fn load(lang: &str) -> CardFile {
    let path = format!("{}/content/cards.{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

const REQUIRED: [&str; 9] = [
    "turning-18",
    "keep-going-to-school",
    "legal-steps",
    "voluntary-return",
    "vbl",
    "city-shelter",
    "leaving-without-telling",
    "who-is-who",
    "words",
];

#[test]
fn every_card_meets_the_rules() {
    let register = facts::register();
    for lang in ["nl", "en"] {
        let file = load(lang);
        assert_eq!(file.language, lang);
        let ids: Vec<&str> = file.cards.iter().map(|c| c.id.as_str()).collect();
        for card in &file.cards {
            let problems = check(card, &register, &ids);
            assert!(problems.is_empty(), "{lang} {}: {problems:?}", card.id);
        }
        for id in REQUIRED {
            assert!(ids.contains(&id), "{lang}: card {id} is missing");
        }
    }
}

#[test]
fn dutch_is_short_and_every_card_has_english() {
    let nl = load("nl");
    let en = load("en");
    for card in &nl.cards {
        let avg = words_per_sentence(&texts(card));
        assert!(
            avg <= 12.0,
            "nl {}: {avg:.1} words per sentence (at most 12)",
            card.id
        );
        let english = en.cards.iter().find(|c| c.id == card.id);
        let english = english.unwrap_or_else(|| panic!("no English version of {}", card.id));
        assert_eq!(
            english.facts, card.facts,
            "{}: the English card rests on other facts",
            card.id
        );
        assert_eq!(
            (english.hard, english.option),
            (card.hard, card.option),
            "{}",
            card.id
        );
    }
    assert_eq!(nl.cards.len(), en.cards.len());
}

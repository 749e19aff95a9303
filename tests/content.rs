//! Every explainer card in `content/` meets the rules: known, confirmed (V) facts only; a last-checked date;
//! a hand-off on hard topics; options with their parts; Dutch at most 12 words a sentence on average;
//! an English version of every Dutch card.
#![cfg(not(target_arch = "wasm32"))]

use koers::domain::content::{CardFile, anchor, check, glossary, texts, words_per_sentence};
use koers::domain::facts;

fn load(lang: &str) -> CardFile {
    let path = format!("{}/content/cards.{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every language the app speaks has its cards (Dutch is the source).
const LANGUAGES: [&str; 3] = ["nl", "en", "ar"];

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
    for lang in LANGUAGES {
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

/// Each translation has every Dutch card, resting on the same facts, with the same shape (so the same
/// options show side by side), and keeps the glossary's Dutch words (the words the youth will hear).
#[test]
fn every_translation_matches_the_dutch_cards() {
    let nl = load("nl");
    let words = glossary(&nl.cards);
    for lang in ["en", "ar"] {
        let other = load(lang);
        assert_eq!(other.cards.len(), nl.cards.len(), "{lang}");
        for (a, b) in nl.cards.iter().zip(&other.cards) {
            assert_eq!(a.id, b.id, "{lang}: cards in another order");
            assert_eq!(
                (&a.facts, a.hard, a.option, &a.last_checked, &a.related),
                (&b.facts, b.hard, b.option, &b.last_checked, &b.related),
                "{lang} {}",
                a.id
            );
            assert_eq!(a.blocks.len(), b.blocks.len(), "{lang} {}: blocks", a.id);
            for (x, y) in a.blocks.iter().zip(&b.blocks) {
                assert_eq!(
                    (x.kind, x.items.len()),
                    (y.kind, y.items.len()),
                    "{lang} {}",
                    a.id
                );
            }
        }
        let (mut a, mut b) = (glossary(&other.cards), words.clone());
        a.sort();
        b.sort();
        assert_eq!(a, b, "{lang}: glossary words");
    }
}

/// The glossary explains at least the words the issue names, and each has its own anchor.
#[test]
fn the_glossary_has_the_words_you_will_hear() {
    let words = glossary(&load("nl").cards);
    for w in [
        "Beschikking",
        "Beroep",
        "IND",
        "DT&V",
        "VBL",
        "REAN",
        "Kwv",
        "POL",
        "Voogd",
        "Mentor",
        "Lesgeld",
        "BOL",
        "BBL",
        "Mob",
    ] {
        assert!(words.iter().any(|x| x == w), "glossary lacks {w}");
    }
    let mut anchors: Vec<String> = words.iter().map(|w| anchor(w)).collect();
    anchors.sort();
    anchors.dedup();
    assert_eq!(
        anchors.len(),
        words.len(),
        "two glossary words share an anchor"
    );
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

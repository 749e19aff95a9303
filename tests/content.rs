//! Every explainer card in `content/` meets the rules: a fact behind every block, list item, option part and
//! help line that makes a claim (known, confirmed V facts only, never the A7 synthesis); a date beside every
//! block that rests on a time-sensitive fact, equal to its facts' last check; a hand-off on hard topics; options
//! with their parts; Dutch at most 12 words a sentence on average; every card in every language, same shape.
//! And the register (`content/facts.json`) says what `docs/FACTS.md` says: same IDs, status and dates.
#![cfg(not(target_arch = "wasm32"))]

use koers::domain::content::{
    Block, Card, CardFile, Line, Problem, anchor, check, facts as card_facts, glossary, texts,
    words_per_sentence,
};
use koers::domain::facts;

fn load(lang: &str) -> CardFile {
    let path = format!("{}/content/cards.{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// Every language the app speaks has its cards (Dutch is the source).
const LANGUAGES: [&str; 8] = ["nl", "en", "ar", "fr", "ti", "so", "prs", "ps"];

const REQUIRED: [&str; 10] = [
    "turning-18",
    "keep-going-to-school",
    "legal-steps",
    "voluntary-return",
    "vbl",
    "city-shelter",
    "leaving-without-telling",
    "who-is-who",
    "words",
    "rules-2026",
];

#[test]
fn every_card_meets_the_rules() {
    let register = facts::register();
    for lang in LANGUAGES {
        let file = load(lang);
        assert_eq!(file.language, lang);
        let ids: Vec<&str> = file.cards.iter().map(|c| c.id.as_str()).collect();
        for card in &file.cards {
            let problems = check(card, register, &ids);
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
    for lang in &LANGUAGES[1..] {
        let other = load(lang);
        assert_eq!(other.cards.len(), nl.cards.len(), "{lang}");
        for (a, b) in nl.cards.iter().zip(&other.cards) {
            assert_eq!(a.id, b.id, "{lang}: cards in another order");
            assert_eq!(
                (a.hard, a.option, &a.related),
                (b.hard, b.option, &b.related),
                "{lang} {}",
                a.id
            );
            assert_eq!(shape(a), shape(b), "{lang} {}: shape or facts", a.id);
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
            card_facts(english),
            card_facts(card),
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

/// What must be the same in every language: each block's kind, facts, claim and date, and each line's facts
/// and claim (option parts and help lines too).
fn shape(card: &Card) -> Vec<String> {
    let line = |l: &Line| format!("  {:?} {}", l.facts, l.claim);
    let block = |b: &Block| {
        let mut out = vec![format!(
            "{:?} {:?} {} {}",
            b.kind, b.facts, b.claim, b.checked
        )];
        out.extend(b.items.iter().map(line));
        out
    };
    let mut out: Vec<String> = card.blocks.iter().flat_map(block).collect();
    for part in [&card.means, &card.need, &card.who] {
        out.extend(block(part));
    }
    out.extend(card.help.iter().map(line));
    out
}

/// The rows of FACTS.md's tables whose first cell is a fact ID: (id, status V or B, last-checked date).
/// Part D rows were checked on the date its introduction gives; the older rows on the date in the header.
fn facts_md() -> Vec<(String, String, String)> {
    let path = format!("{}/docs/FACTS.md", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let bold_date = |s: &str| -> String {
        let i = s.find("**20").expect("a **YYYY-MM-DD** date");
        s[i + 2..i + 12].to_string()
    };
    let part_d = text.find("## Part D").expect("FACTS.md has a Part D");
    let (older, newer) = (bold_date(&text[..part_d]), bold_date(&text[part_d..]));
    let mut rows = Vec::new();
    let mut next = 0;
    for line in text.split('\n') {
        let at = next;
        next += line.len() + 1;
        let cells: Vec<&str> = line.split('|').map(str::trim).collect();
        let Some(id) = cells.get(1) else { continue };
        let is_id = id.len() >= 2
            && id.as_bytes()[0].is_ascii_uppercase()
            && id.as_bytes()[1].is_ascii_digit()
            && id.chars().all(|c| c.is_ascii_alphanumeric());
        if !is_id || cells.len() < 5 {
            continue;
        }
        // "V (amounts time-sensitive)", "V (x) / B (y)", "B (needs check)", "B – verify": the first letter.
        let status = cells[3]
            .trim_start_matches("**")
            .chars()
            .next()
            .unwrap_or(' ')
            .to_string();
        let date = if at > part_d { &newer } else { &older };
        rows.push((id.to_string(), status, date.clone()));
    }
    rows
}

#[test]
fn the_register_says_what_facts_md_says() {
    let rows = facts_md();
    assert!(rows.len() >= 70, "FACTS.md: only {} rows read", rows.len());
    let register = facts::register();
    for f in register {
        let row = rows.iter().find(|(id, _, _)| *id == f.id);
        let (_, status, date) = row.unwrap_or_else(|| panic!("{} is not in docs/FACTS.md", f.id));
        assert_eq!(&f.status, status, "{}: status", f.id);
        assert_eq!(&f.checked, date, "{}: last checked", f.id);
    }
    for (id, _, _) in &rows {
        assert!(
            register.iter().any(|f| f.id == *id),
            "{id} is in FACTS.md but not in content/facts.json"
        );
    }
    // The Part D rows, checked on 2026-12-01.
    for id in [
        "P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "P9", "V3a", "V10", "V11", "V13", "A5a",
        "A8", "A9", "E12", "E13", "E14", "E15", "V9a", "V14", "V15", "J5", "J6", "J7", "J8", "J9",
        "J10", "J12", "J13", "J14",
    ] {
        let f = register.iter().find(|f| f.id == id);
        assert_eq!(f.map(|f| f.checked), Some("2026-12-01"), "{id}");
    }
    // Amounts, shelters and the law in motion are marked; A7 is a synthesis, never a source.
    for id in [
        "V3", "V3a", "V11", "A4", "A5", "A5a", "A8", "J5", "J9", "J12", "J14",
    ] {
        assert!(
            register.iter().any(|f| f.id == id && f.time_sensitive),
            "{id} is not marked time-sensitive"
        );
    }
    assert!(register.iter().any(|f| f.id == "A7" && f.synthesis));
}

/// A7 appears in no card file at all (not even in a block marked as no claim).
#[test]
fn no_card_cites_a7() {
    for lang in LANGUAGES {
        for card in load(lang).cards {
            assert!(
                !card_facts(&card).contains(&"A7"),
                "{lang} {} cites A7",
                card.id
            );
        }
    }
}

/// The rules can fail: a shipped card, broken in each way, shows each problem.
#[test]
fn a_broken_card_is_caught() {
    let register = facts::register();
    let file = load("nl");
    let ids: Vec<&str> = file.cards.iter().map(|c| c.id.as_str()).collect();
    let good = file.cards.iter().find(|c| c.id == "rules-2026").unwrap();
    assert_eq!(check(good, register, &ids), vec![]);
    let mut bad = good.clone();
    bad.blocks[0].facts.clear(); // a claim with no fact
    bad.blocks[1].items[0].facts = vec!["A9".into()]; // a B fact, time-sensitive
    bad.blocks[1].items[1].facts = vec!["Z9".into()]; // unknown
    bad.blocks[2].facts = vec!["A7".into()]; // the synthesis
    bad.blocks[3].checked.clear(); // a time-sensitive block without its date
    bad.blocks[5].checked = "2026-11-29".into(); // not its facts' date
    bad.blocks[6].facts = vec!["E2".into()]; // "no claim", but a fact
    bad.help[1].facts = vec!["A4".into()]; // a help line cannot show a date
    let problems = check(&bad, register, &ids);
    for p in [
        Problem::Unsupported(bad.blocks[0].text.chars().take(40).collect()),
        Problem::BackgroundFact("A9".into()),
        Problem::UnknownFact("Z9".into()),
        Problem::Synthesis("A7".into()),
        Problem::Undated(bad.blocks[3].text.chars().take(40).collect()),
        Problem::WrongDate(bad.blocks[5].text.chars().take(40).collect()),
        Problem::NoClaimWithFacts(bad.blocks[6].text.chars().take(40).collect()),
        Problem::Undated(bad.help[1].text.chars().take(40).collect()),
    ] {
        assert!(problems.contains(&p), "{p:?} not found in {problems:?}");
    }
}

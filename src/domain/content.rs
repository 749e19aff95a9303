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

/// A block of a card: a paragraph or a "good to know" callout (with `text`), or a list (with `items`).
/// (A flat struct, not an internally tagged enum: serde's buffering for tagged enums costs wasm bytes.)
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Block {
    #[serde(rename = "type")]
    pub kind: BlockKind,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub items: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Paragraph,
    List,
    Callout,
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
    let empty_block = |b: &Block| match b.kind {
        BlockKind::List => b.items.iter().all(|i| i.trim().is_empty()),
        _ => b.text.trim().is_empty(),
    };
    if card.title.trim().is_empty() || card.blocks.is_empty() || card.blocks.iter().any(empty_block)
    {
        out.push(Problem::Empty);
    }
    out
}

/// All reading text of a card (blocks and the option parts), for the reading-level check and for search.
pub fn texts(card: &Card) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    for b in &card.blocks {
        match b.kind {
            BlockKind::List => out.extend(b.items.iter().map(String::as_str)),
            _ => out.push(&b.text),
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
    let word = word.trim();
    !word.is_empty()
        && (contains_ignoring_case(&card.title, word)
            || texts(card).iter().any(|t| contains_ignoring_case(t, word)))
}

/// Whether `text` contains `word`, ignoring ASCII case. (Full Unicode lowercasing would add its tables to
/// the wasm; Arabic has no case, and the Dutch and English search words are ASCII.)
fn contains_ignoring_case(text: &str, word: &str) -> bool {
    (0..text.len()).any(|i| {
        text.get(i..i + word.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(word))
    })
}

/// Whether `c` is part of a word: an ASCII letter or digit, or any non-ASCII letter (Arabic, é, ...).
/// Non-ASCII punctuation counts as a letter too; then a glossary word next to it is simply not linked.
fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || (!c.is_ascii() && !c.is_whitespace())
}

/// The cards that mention `word`, in file order. An empty search finds nothing.
pub fn search<'a>(cards: &'a [Card], word: &str) -> Vec<&'a Card> {
    cards.iter().filter(|c| matches(c, word)).collect()
}

/// The id of the glossary card ("Words you will hear"). Its list items read `Word: explanation`.
pub const GLOSSARY: &str = "words";

/// A glossary item split into its heading and its explanation, if it has that shape. The heading may add a
/// translation in brackets: "Beroep (appeal)"; [`term_word`] gives the word itself.
pub fn split_term(item: &str) -> Option<(&str, &str)> {
    let (word, rest) = item.split_once(':')?;
    let word = word.trim();
    (!word.is_empty() && word.chars().count() <= 80).then_some((word, rest.trim()))
}

/// The Dutch word of a glossary heading, without a translation in brackets.
pub fn term_word(heading: &str) -> &str {
    heading.split(" (").next().unwrap_or(heading).trim()
}

/// The anchor of a glossary word on the glossary card: `w-` and the word in lowercase ASCII letters and
/// digits, other characters as `-` ("DT&V" becomes `w-dt-v`).
pub fn anchor(word: &str) -> String {
    let mut out = String::from("w-");
    for c in word.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

/// The words explained on the glossary card, longest first (so "In natura" wins over a shorter word).
pub fn glossary(cards: &[Card]) -> Vec<String> {
    let mut words: Vec<String> = cards
        .iter()
        .filter(|c| c.id == GLOSSARY)
        .flat_map(|c| &c.blocks)
        .filter(|b| b.kind == BlockKind::List)
        .flat_map(|b| &b.items)
        .filter_map(|i| split_term(i).map(|(w, _)| term_word(w).to_string()))
        .collect();
    // The app's one sort (no second copy of the standard sort in the wasm); ties keep the file's order.
    super::order::stable_by_key(&mut words, |w| -(w.len() as i64));
    words
}

/// A piece of card text: plain, or a glossary word (with its index in the glossary) to link.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment<'a> {
    Text(&'a str),
    Word(&'a str, usize),
}

/// Splits `text` so that glossary words become links. A word matches whole (not inside a longer word), with
/// ASCII case ignored, and is linked only the first time on a card: `seen` remembers which were linked.
pub fn link_words<'a>(text: &'a str, words: &[String], seen: &mut Vec<usize>) -> Vec<Segment<'a>> {
    let alnum = |c: Option<char>| c.is_some_and(word_char);
    let mut out = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < text.len() {
        let starts_word = text.is_char_boundary(i) && !alnum(text[..i].chars().next_back());
        let hit = starts_word
            .then(|| {
                words.iter().enumerate().find(|(n, w)| {
                    !seen.contains(n)
                        && text
                            .get(i..i + w.len())
                            .is_some_and(|t| t.eq_ignore_ascii_case(w))
                        && !alnum(text[i + w.len()..].chars().next())
                })
            })
            .flatten();
        match hit {
            Some((n, w)) => {
                if start < i {
                    out.push(Segment::Text(&text[start..i]));
                }
                out.push(Segment::Word(&text[i..i + w.len()], n));
                seen.push(n);
                i += w.len();
                start = i;
            }
            None => i += 1,
        }
    }
    if start < text.len() {
        out.push(Segment::Text(&text[start..]));
    }
    out
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
            r#"{"id":"b","title":"T","hard":true,"option":true,"facts":["E9","Z1"],"last_checked":"ooit","related":["c"],"blocks":[{"type":"list","items":["x"]},{"type":"paragraph"}]}"#,
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
                Problem::Empty,
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

    fn glossary_card() -> Card {
        card(
            r#"{"id":"words","title":"W","facts":["A1"],"last_checked":"2026-11-29","blocks":[{"type":"list","items":["IND: beslist.","In natura: geen geld.","DT&V: vertrek.","Voogd: doet de taak van een ouder.","geen woord hier"]}]}"#,
        )
    }

    #[test]
    fn the_glossary_reads_its_words_longest_first() {
        let words = glossary(&[glossary_card()]);
        assert_eq!(words, vec!["In natura", "Voogd", "DT&V", "IND"]);
        assert_eq!(anchor("DT&V"), "w-dt-v");
        assert_eq!(anchor("In natura"), "w-in-natura");
        assert_eq!(split_term("Voogd: iemand"), Some(("Voogd", "iemand")));
        assert_eq!(term_word("Beroep (appeal)"), "Beroep");
        assert_eq!(split_term("zonder dubbele punt"), None);
    }

    #[test]
    fn glossary_words_are_linked_whole_and_once_per_card() {
        let words = glossary(&[glossary_card()]);
        let mut seen = Vec::new();
        let got = link_words(
            "Je voogd praat met de IND. INDIA en Voogden niet. De voogd weer.",
            &words,
            &mut seen,
        );
        assert_eq!(
            got,
            vec![
                Segment::Text("Je "),
                Segment::Word("voogd", 1),
                Segment::Text(" praat met de "),
                Segment::Word("IND", 3),
                Segment::Text(". INDIA en Voogden niet. De voogd weer."),
            ]
        );
        // Already linked on this card: plain text in the next block.
        assert_eq!(
            link_words("De IND.", &words, &mut seen),
            vec![Segment::Text("De IND.")]
        );
        // Next to Arabic letters and brackets, and multi-byte text around it.
        let mut seen = Vec::new();
        assert_eq!(
            link_words("الوصي (voogd) و in natura.", &words, &mut seen),
            vec![
                Segment::Text("الوصي ("),
                Segment::Word("voogd", 1),
                Segment::Text(") و "),
                Segment::Word("in natura", 0),
                Segment::Text("."),
            ]
        );
        assert_eq!(
            link_words("", &words, &mut Vec::new()),
            Vec::<Segment>::new()
        );
    }

    #[test]
    fn search_finds_cards_by_word_in_any_case() {
        let cards = [glossary_card()];
        assert_eq!(search(&cards, "in NATURA").len(), 1);
        assert!(search(&cards, "  ").is_empty());
        assert!(search(&cards, "fiets").is_empty());
    }
}

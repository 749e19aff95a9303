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
    #[serde(default)]
    pub related: Vec<String>,
    pub blocks: Vec<Block>,
    #[serde(default)]
    pub help: Vec<Line>,
    #[serde(default)]
    pub means: Block,
    #[serde(default)]
    pub need: Block,
    #[serde(default)]
    pub who: Block,
}

/// A block of a card: a paragraph or a "good to know" callout (with `text`), or a list (with `items`);
/// an option's part (means, need, who) is a paragraph too. Each block names the facts it rests on, or says
/// that it makes no claim (`"claim": false`: a question to ask, "Koers gives no legal advice"). A block that
/// rests on a time-sensitive fact has the date it was checked against its facts (`checked`), shown beside it.
/// (A flat struct, not an internally tagged enum. The wasm reads it with `codec::read_cards`; the serde
/// derives are the reference it is tested against.)
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Block {
    #[serde(rename = "type", default)]
    pub kind: BlockKind,
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub facts: Vec<String>,
    #[serde(default = "yes")]
    pub claim: bool,
    /// ISO date, or empty.
    #[serde(default)]
    pub checked: String,
    #[serde(default)]
    pub items: Vec<Line>,
}

/// A list item or a "who can help" line, with the facts it rests on (or `"claim": false`).
#[derive(Clone, Debug, Default, PartialEq, Eq, Deserialize)]
pub struct Line {
    pub text: String,
    #[serde(default)]
    pub facts: Vec<String>,
    #[serde(default = "yes")]
    pub claim: bool,
}

fn yes() -> bool {
    true
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    #[default]
    Paragraph,
    List,
    Callout,
}

impl Block {
    /// The facts of this block and of its items, in order, each once.
    pub fn all_facts(&self) -> Vec<&str> {
        let mut out = Vec::new();
        let lines = self.items.iter().map(|l| &l.facts);
        for id in std::iter::once(&self.facts).chain(lines).flatten() {
            if !out.contains(&id.as_str()) {
                out.push(id.as_str());
            }
        }
        out
    }

    pub fn checked_date(&self) -> Option<Date> {
        Date::parse_iso(&self.checked)
    }
}

/// The option parts that are there (means, need, who).
fn parts(card: &Card) -> impl Iterator<Item = &Block> {
    [&card.means, &card.need, &card.who]
        .into_iter()
        .filter(|b| !b.text.is_empty())
}

/// The facts a card rests on: the union of its blocks, option parts and help lines, in order, each once.
/// These are the card's sources; there is no second list to keep in step.
pub fn facts(card: &Card) -> Vec<&str> {
    let mut out: Vec<&str> = Vec::new();
    let blocks = card
        .blocks
        .iter()
        .chain(parts(card))
        .flat_map(Block::all_facts);
    let help = card
        .help
        .iter()
        .flat_map(|l| l.facts.iter().map(String::as_str));
    for id in blocks.chain(help) {
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// The oldest last-checked date among these facts (the honest date for what rests on all of them);
/// with `time_sensitive`, among the time-sensitive ones only.
pub fn oldest_check(register: &[Fact], ids: &[&str], time_sensitive: bool) -> Option<Date> {
    ids.iter()
        .filter_map(|id| register.iter().find(|f| f.id == *id))
        .filter(|f| f.time_sensitive || !time_sensitive)
        .filter_map(Fact::checked_date)
        .min()
}

/// When a card was last checked: the oldest check of the facts it rests on.
pub fn checked(card: &Card, register: &[Fact]) -> Option<Date> {
    oldest_check(register, &facts(card), false)
}

/// What is wrong with a card.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    UnknownFact(String),
    BackgroundFact(String),
    /// A synthesis (A7) cited as if it were a source.
    Synthesis(String),
    /// A block or line that makes a claim but names no fact (the start of its text).
    Unsupported(String),
    /// A block or line marked "no claim" that still names facts.
    NoClaimWithFacts(String),
    /// A block with a time-sensitive fact but no date beside it.
    Undated(String),
    /// A block whose date is not its facts' last check (or not a date).
    WrongDate(String),
    NoFacts,
    NoHandOff,
    OptionWithoutParts,
    UnknownRelated(String),
    Empty,
}

/// The start of a text, to say which block a problem is in.
fn start(text: &str) -> String {
    text.chars().take(40).collect()
}

/// The rules for one block's (or line's) facts against the register.
fn check_facts(text: &str, claim: bool, ids: &[&str], register: &[Fact], out: &mut Vec<Problem>) {
    if claim && ids.is_empty() {
        out.push(Problem::Unsupported(start(text)));
    }
    if !claim && !ids.is_empty() {
        out.push(Problem::NoClaimWithFacts(start(text)));
    }
    for id in ids {
        match register.iter().find(|f| f.id == *id) {
            None => out.push(Problem::UnknownFact(id.to_string())),
            Some(f) if !f.confirmed() => out.push(Problem::BackgroundFact(id.to_string())),
            Some(f) if f.synthesis => out.push(Problem::Synthesis(id.to_string())),
            Some(_) => {}
        }
    }
}

/// A block's date: required when it rests on a time-sensitive fact, and always its facts' last check.
fn check_date(block: &Block, register: &[Fact], out: &mut Vec<Problem>) {
    let ids = block.all_facts();
    let text = block
        .items
        .first()
        .map_or(block.text.as_str(), |l| l.text.as_str());
    let due = oldest_check(register, &ids, true);
    if due.is_some() && block.checked.is_empty() {
        out.push(Problem::Undated(start(text)));
    } else if !block.checked.is_empty() {
        let expected = due.or_else(|| oldest_check(register, &ids, false));
        if block.checked_date().is_none() || block.checked_date() != expected {
            out.push(Problem::WrongDate(start(text)));
        }
    }
}

/// All problems of one card, given the register and the ids of all cards in its file.
pub fn check(card: &Card, register: &[Fact], ids: &[&str]) -> Vec<Problem> {
    let mut out = Vec::new();
    if facts(card).is_empty() {
        out.push(Problem::NoFacts);
    }
    for block in card.blocks.iter().chain(parts(card)) {
        let own: Vec<&str> = block.facts.iter().map(String::as_str).collect();
        if block.kind != BlockKind::List || !block.text.is_empty() || !own.is_empty() {
            check_facts(&block.text, block.claim, &own, register, &mut out);
        }
        for line in &block.items {
            let ids: Vec<&str> = line.facts.iter().map(String::as_str).collect();
            check_facts(&line.text, line.claim, &ids, register, &mut out);
        }
        check_date(block, register, &mut out);
    }
    for line in &card.help {
        let ids: Vec<&str> = line.facts.iter().map(String::as_str).collect();
        check_facts(&line.text, line.claim, &ids, register, &mut out);
        // A help line has no date beside it: it may not rest on a time-sensitive fact.
        if oldest_check(register, &ids, true).is_some() {
            out.push(Problem::Undated(start(&line.text)));
        }
    }
    if card.hard && card.help.iter().all(|h| h.text.trim().is_empty()) {
        out.push(Problem::NoHandOff);
    }
    if card.option
        && [&card.means, &card.need, &card.who]
            .iter()
            .any(|b| b.text.trim().is_empty())
    {
        out.push(Problem::OptionWithoutParts);
    }
    for r in &card.related {
        if !ids.contains(&r.as_str()) {
            out.push(Problem::UnknownRelated(r.clone()));
        }
    }
    let empty_block = |b: &Block| match b.kind {
        BlockKind::List => b.items.iter().all(|i| i.text.trim().is_empty()),
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
            BlockKind::List => out.extend(b.items.iter().map(|l| l.text.as_str())),
            _ => out.push(&b.text),
        }
    }
    out.extend(parts(card).map(|b| b.text.as_str()));
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
        .filter_map(|i| split_term(&i.text).map(|(w, _)| term_word(w).to_string()))
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
            r#"{"id":"a","title":"T","hard":true,"blocks":[{"type":"paragraph","text":"Kort. Heel kort.","facts":["P2"]},{"type":"paragraph","text":"Twaalf weken.","facts":["A4"],"checked":"2026-11-29"},{"type":"paragraph","text":"Vraag het.","claim":false}],"help":[{"text":"Je voogd","facts":["P2"]}]}"#,
        );
        assert_eq!(check(&good, register, &["a"]), vec![]);
        assert_eq!(facts(&good), ["P2", "A4"]);
        assert_eq!(checked(&good, register), Date::new(2026, 11, 29));
        let bad = card(
            r#"{"id":"b","title":"T","hard":true,"option":true,"related":["c"],"blocks":[{"type":"list","items":[{"text":"x","facts":["E9","Z1"]},{"text":"y"}]},{"type":"paragraph","facts":["A7"]},{"type":"callout","text":"z","facts":["A4"]},{"type":"callout","text":"w","facts":["P2"],"checked":"ooit"},{"type":"paragraph","text":"v","claim":false,"facts":["P1"]}]}"#,
        );
        assert_eq!(
            check(&bad, register, &["b"]),
            vec![
                Problem::BackgroundFact("E9".into()),
                Problem::UnknownFact("Z1".into()),
                Problem::Unsupported("y".into()),
                Problem::Synthesis("A7".into()),
                Problem::Undated("z".into()),
                Problem::WrongDate("w".into()),
                Problem::NoClaimWithFacts("v".into()),
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
            r#"{"id":"a","title":"De VBL","blocks":[{"type":"callout","text":"Twaalf weken."}]}"#,
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
            r#"{"id":"words","title":"W","blocks":[{"type":"list","items":[{"text":"IND: beslist."},{"text":"In natura: geen geld."},{"text":"DT&V: vertrek."},{"text":"Voogd: doet de taak van een ouder."},{"text":"geen woord hier"}]}]}"#,
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

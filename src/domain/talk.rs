//! Conversation mode, the pure part: what a topic on the agenda is, the little the browser session keeps
//! so a reload stays in the conversation (topic ids, languages and the step: never personal text), and
//! the words a talk leaves behind.

use super::date::PartialDate;
use super::plan::{Agreement, made_since};
use super::timeline::{EntryKind, Person};
use serde::{Deserialize, Serialize};

/// Longest topic id kept, and most topics on one agenda.
const MAX_ID_CHARS: usize = 80;
pub const MAX_TOPICS: usize = 40;

/// One thing on the agenda of a talk, named by an id such as `card:vbl`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Topic {
    /// The young person's timeline, without private entries.
    Timeline,
    /// An explainer card, by its id.
    Card(String),
    /// A school finding, by its topic key.
    Finding(String),
    /// An open question from My plan, by its id.
    Question(String),
}

impl Topic {
    /// Reads a topic id. Ids are short and plain (letters, digits, `-`, `_`), so nothing else slips in.
    pub fn parse(id: &str) -> Option<Topic> {
        if id == "timeline" {
            return Some(Topic::Timeline);
        }
        let (kind, rest) = id.split_once(':')?;
        let plain = !rest.is_empty()
            && rest.len() <= MAX_ID_CHARS
            && rest
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
        if !plain {
            return None;
        }
        let rest = rest.to_string();
        match kind {
            "card" => Some(Topic::Card(rest)),
            "finding" => Some(Topic::Finding(rest)),
            "question" => Some(Topic::Question(rest)),
            _ => None,
        }
    }

    pub fn id(&self) -> String {
        match self {
            Topic::Timeline => "timeline".into(),
            Topic::Card(id) => format!("card:{id}"),
            Topic::Finding(key) => format!("finding:{key}"),
            Topic::Question(id) => format!("question:{id}"),
        }
    }
}

/// What the browser session keeps of a conversation (`sessionStorage`, key `koers.talk`): the step
/// (1: choosing, 2: talking), the topic shown, the second language and the topic ids. Whom the talk is with
/// and when it began are kept as drafts in the document instead, locked with the rest.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Session {
    pub step: u8,
    pub at: usize,
    pub second: String,
    pub topics: Vec<String>,
}

impl Session {
    pub fn encode(&self) -> String {
        super::codec::write_session(self)
    }

    /// Reads what [`Session::encode`] wrote. Anything odd is dropped: unknown topic ids, a strange language
    /// code, a step or position out of range. Unreadable text gives `None`.
    pub fn decode(raw: &str) -> Option<Session> {
        let mut s = super::codec::read_session(raw).ok()?;
        s.topics.retain(|t| Topic::parse(t).is_some());
        s.topics.truncate(MAX_TOPICS);
        let code_ok = (2..=12).contains(&s.second.len())
            && s.second.chars().all(|c| c.is_ascii_lowercase() || c == '-');
        if !code_ok {
            s.second.clear();
        }
        s.step = s.step.clamp(1, 2);
        if s.topics.is_empty() {
            s.step = 1;
        }
        s.at = s.at.min(s.topics.len().saturating_sub(1));
        Some(s)
    }
}

/// The second language offered first: Dutch, or English when the young person reads Dutch already.
pub fn default_second(own: &str) -> &'static str {
    if own == "nl" { "en" } else { "nl" }
}

/// Whom a talk is with, from the kind code a draft keeps (`talk:voogd`); someone else when unknown.
pub fn person(code: &str) -> Person {
    // Only an exact code: `from_code` reads an unknown detail as the kind's default person.
    match EntryKind::from_code(code).filter(|k| k.code() == code) {
        Some(EntryKind::Talk(p)) => p,
        _ => Person::Other,
    }
}

/// The agreements made during a talk that began at `since` (an ISO time). None when the start is unknown:
/// then nothing from before the talk is passed off as agreed in it.
pub fn agreements_of_talk<'a>(agreements: &'a [Agreement], since: &str) -> Vec<&'a Agreement> {
    if since.is_empty() {
        Vec::new()
    } else {
        made_since(agreements, since)
    }
}

/// The first sentence of a text (up to and with its `.`, `?`, `!` or `؟`), as a short label.
pub fn first_sentence(text: &str) -> &str {
    let text = text.trim();
    let mut prev_end = false;
    for (i, c) in text.char_indices() {
        if prev_end && c.is_whitespace() {
            return &text[..i];
        }
        prev_end = matches!(c, '.' | '?' | '!' | '؟');
    }
    text
}

/// A partial date as the short text a draft keeps: `2027`, `2027-3` or `2027-3-15`.
pub fn date_to_draft(d: PartialDate) -> String {
    match (d.month(), d.day()) {
        (Some(m), Some(day)) => format!("{}-{m}-{day}", d.year()),
        (Some(m), None) => format!("{}-{m}", d.year()),
        _ => d.year().to_string(),
    }
}

/// Reads [`date_to_draft`]'s text back; anything else is no date.
pub fn date_from_draft(s: &str) -> Option<PartialDate> {
    let mut parts = s.split('-').map(|p| p.parse::<u8>().ok());
    let year = s.split('-').next()?.parse::<i32>().ok()?;
    parts.next();
    let month = parts.next();
    let day = parts.next();
    if parts.next().is_some() || month == Some(None) || day == Some(None) {
        return None;
    }
    PartialDate::from_parts(year, month.flatten(), day.flatten())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::Date;

    #[test]
    fn topic_ids_round_trip_and_strange_ones_are_refused() {
        for id in [
            "timeline",
            "card:vbl",
            "finding:start_before_18",
            "question:e18f2a",
        ] {
            assert_eq!(Topic::parse(id).unwrap().id(), id);
        }
        for bad in [
            "",
            "card:",
            "card:<b>",
            "card:a b",
            "note:x",
            "timeline:x",
            "question:Mag ik stage lopen?",
        ] {
            assert_eq!(Topic::parse(bad), None, "{bad:?}");
        }
        assert_eq!(Topic::parse(&format!("card:{}", "a".repeat(81))), None);
    }

    #[test]
    fn the_session_keeps_only_ids_languages_and_the_step() {
        let s = Session {
            step: 2,
            at: 1,
            second: "ar".into(),
            topics: vec!["timeline".into(), "card:vbl".into()],
        };
        let raw = s.encode();
        assert_eq!(
            raw,
            r#"{"step":2,"at":1,"second":"ar","topics":["timeline","card:vbl"]}"#
        );
        assert_eq!(Session::decode(&raw), Some(s));
        // Personal text or junk does not come back in.
        let odd = r#"{"step":9,"at":7,"second":"<script>","topics":["card:vbl","Mijn geheim","x:y"],"note":"geheim"}"#;
        let s = Session::decode(odd).unwrap();
        assert_eq!(
            (s.step, s.at, s.second.as_str(), s.topics),
            (2, 0, "", vec!["card:vbl".to_string()])
        );
        let empty = Session::decode(r#"{"step":2,"topics":[]}"#).unwrap();
        assert_eq!((empty.step, empty.at), (1, 0));
        assert_eq!(Session::decode("not json"), None);
    }

    #[test]
    fn the_second_language_is_dutch_unless_the_young_person_reads_dutch() {
        assert_eq!(default_second("ar"), "nl");
        assert_eq!(default_second("en"), "nl");
        assert_eq!(default_second("nl"), "en");
    }

    #[test]
    fn first_sentences_make_short_labels() {
        let cases = [
            (
                "Vanaf 18 jaar betaal je lesgeld in het mbo. Ben je jonger?",
                "Vanaf 18 jaar betaal je lesgeld in het mbo.",
            ),
            (
                "Wil je na je 18e een opleiding afmaken? Begin dan.",
                "Wil je na je 18e een opleiding afmaken?",
            ),
            ("هل تريد أن تكمل؟ ابدأ قبل", "هل تريد أن تكمل؟"),
            ("Mail naar info@askv.nl. Dan", "Mail naar info@askv.nl."),
            ("  Geen punt  ", "Geen punt"),
            ("", ""),
        ];
        for (text, want) in cases {
            assert_eq!(first_sentence(text), want);
        }
    }

    #[test]
    fn a_talk_leaves_an_entry_with_its_topics_and_only_the_agreements_made_in_it() {
        use crate::domain::plan::{AgreementInput, TalkLabels, Who, talk_entry};
        use crate::domain::state::{Action, Document, apply};
        let agree = |doc: &Document, id: &str, what: &str, now: &str| {
            let input = AgreementInput {
                what: what.into(),
                who: Who::Mentor,
                by: Some(PartialDate::YearMonth(2027, 3)),
            };
            apply(
                doc,
                Action::AddAgreement {
                    id: id.into(),
                    input,
                    now: now.into(),
                },
            )
        };
        let draft = |doc: &Document, key: &str, value: &str| {
            apply(
                doc,
                Action::SetDraft {
                    key: key.into(),
                    value: value.into(),
                },
            )
        };
        let mut doc = agree(&Document::default(), "a0", "Oud", "2026-11-28T09:00:00Z");
        doc = draft(&doc, "plan.question.text", "Half");
        // The talk begins: whom and when are drafts in the document.
        doc = draft(&doc, "talk.with", "talk:voogd");
        doc = draft(&doc, "talk.since", "2026-11-29T10:00:00.000Z");
        doc = agree(&doc, "a1", "Brief meenemen", "2026-11-29T10:20:00.000Z");
        assert_eq!(person(&doc.drafts["talk.with"]), Person::Voogd);
        let made: Vec<String> = agreements_of_talk(&doc.agreements, &doc.drafts["talk.since"])
            .into_iter()
            .map(|a| format!("Mentor: {}", a.what))
            .collect();
        assert_eq!(made, ["Mentor: Brief meenemen"]);
        let labels = TalkLabels {
            title: "Gesprek met mijn voogd",
            topics: "Onderwerpen:",
            agreements: "Afspraken:",
        };
        let day = crate::domain::date::Date::new(2026, 11, 29).unwrap();
        let input = talk_entry(
            person(&doc.drafts["talk.with"]),
            day,
            &["Mijn tijdlijn".into(), "De VBL in Ter Apel".into()],
            &made,
            &labels,
        );
        doc = apply(
            &doc,
            Action::AddEntry {
                id: "t1".into(),
                input,
                now: "2026-11-29T11:00:00.000Z".into(),
            },
        );
        doc = apply(
            &doc,
            Action::ClearDrafts {
                prefix: "talk.".into(),
            },
        );
        let e = &doc.entries[0];
        assert_eq!(e.kind, EntryKind::Talk(Person::Voogd));
        assert_eq!(
            e.note,
            "Onderwerpen:\n• Mijn tijdlijn\n• De VBL in Ter Apel\nAfspraken:\n• Mentor: Brief meenemen"
        );
        assert!(!e.private);
        // The talk's drafts are gone; a half-written plan question stays.
        assert_eq!(
            doc.drafts.keys().collect::<Vec<_>>(),
            ["plan.question.text"]
        );
        assert_eq!(person("talk:nobody"), Person::Other);
        assert_eq!(person(""), Person::Other);
        assert!(agreements_of_talk(&doc.agreements, "").is_empty());
    }

    #[test]
    fn draft_dates_round_trip() {
        for d in [
            PartialDate::Year(2027),
            PartialDate::YearMonth(2027, 3),
            PartialDate::Full(Date::new(2027, 2, 28).unwrap()),
        ] {
            assert_eq!(date_from_draft(&date_to_draft(d)), Some(d));
        }
        for bad in ["", "x", "2027-13", "2027-2-30", "2027--1", "2027-1-1-1"] {
            assert_eq!(date_from_draft(bad), None, "{bad:?}");
        }
    }
}

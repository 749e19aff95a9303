//! My plan: questions to ask, agreements (who does what, by when), goals for the next months, and the
//! summary a conversation leaves on the timeline. The goals follow the Council of Europe's "life project":
//! they hold in whatever country the young person will live.

use super::date::{Date, PartialDate};
use super::timeline::{EntryInput, EntryKind, MAX_NOTE_CHARS, Person};
use serde::{Deserialize, Serialize};

/// Longest question or agreement text, and longest answer or goal text, in characters.
pub const MAX_SHORT_CHARS: usize = 500;
pub const MAX_LONG_CHARS: usize = 2000;

/// Who does something, or whom a question is for.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Who {
    #[default]
    Me,
    Mentor,
    Voogd,
    FosterParent,
    Lawyer,
    School,
    Other,
}

impl Who {
    pub const ALL: [Who; 7] = [
        Who::Me,
        Who::Mentor,
        Who::Voogd,
        Who::FosterParent,
        Who::Lawyer,
        Who::School,
        Who::Other,
    ];

    /// A stable key for text lookups and form values.
    pub fn key(self) -> &'static str {
        match self {
            Who::Me => "me",
            Who::Mentor => "mentor",
            Who::Voogd => "voogd",
            Who::FosterParent => "foster_parent",
            Who::Lawyer => "lawyer",
            Who::School => "school",
            Who::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Who> {
        Who::ALL.into_iter().find(|w| w.key() == key)
    }
}

/// Something agreed: what, who does it, by when (as precise as known), and whether it is done.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Agreement {
    pub id: String,
    pub what: String,
    pub who: Who,
    pub by: Option<PartialDate>,
    pub done: bool,
    pub created: String,
    pub updated: String,
}

/// The goals for the next months, one text per prompt ("What do I want to learn?", "What do I need wherever
/// I live?", anything else).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Goals {
    pub learn: String,
    pub need: String,
    pub more: String,
}

/// The form for a question: the young person's words, and to whom it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct QuestionInput {
    pub text: String,
    pub to: Option<Who>,
}

/// The form for an agreement.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AgreementInput {
    pub what: String,
    pub who: Who,
    pub by: Option<PartialDate>,
}

/// Trims `text` and keeps at most `max` characters (line breaks kept).
pub fn clean(text: &str, max: usize) -> String {
    text.trim().chars().take(max).collect()
}

/// A new agreement from its form. `None` when there is nothing to agree on.
pub fn agreement_from(id: String, input: AgreementInput, now: &str) -> Option<Agreement> {
    let what = clean(&input.what, MAX_SHORT_CHARS);
    (!what.is_empty() && !id.is_empty()).then(|| Agreement {
        id,
        what,
        who: input.who,
        by: input.by,
        done: false,
        created: now.into(),
        updated: now.into(),
    })
}

/// The day an agreement is due, for the timeline and the calendar: the last day its date can mean
/// ("by March 2027" is due on 31 March 2027). Done agreements and agreements without a date have none.
pub fn due(a: &Agreement) -> Option<Date> {
    a.by.filter(|_| !a.done).map(|d| d.range().latest)
}

/// Open agreements with a date, soonest first (ties keep their order).
pub fn dated(agreements: &[Agreement]) -> Vec<&Agreement> {
    let mut out: Vec<&Agreement> = agreements.iter().filter(|a| due(a).is_some()).collect();
    super::order::stable_by_key(&mut out, |a| due(a).map_or(i64::MAX, Date::day_number));
    out
}

/// The agreements made since `since` (an ISO timestamp, such as the start of a conversation).
pub fn made_since<'a>(agreements: &'a [Agreement], since: &str) -> Vec<&'a Agreement> {
    agreements
        .iter()
        .filter(|a| a.created.as_str() >= since)
        .collect()
}

/// The words of a talk summary that depend on the language.
pub struct TalkLabels<'a> {
    pub title: &'a str,
    pub topics: &'a str,
    pub agreements: &'a str,
}

/// The timeline entry a conversation leaves: a talk with `person` on `date`, its topics and the agreements
/// made (already written out in the user's language), as a short list. Not private: it is what was
/// discussed together. Empty parts are left out; the note stays within the note limit.
pub fn talk_entry(
    person: Person,
    date: Date,
    topics: &[String],
    agreements: &[String],
    labels: &TalkLabels,
) -> EntryInput {
    let mut note = String::new();
    for (label, items) in [(labels.topics, topics), (labels.agreements, agreements)] {
        let items: Vec<&str> = items
            .iter()
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
            .collect();
        if items.is_empty() {
            continue;
        }
        if !note.is_empty() {
            note.push('\n');
        }
        note.push_str(label);
        for item in items {
            note.push_str("\n• ");
            note.push_str(item);
        }
    }
    EntryInput {
        kind: EntryKind::Talk(person),
        date: PartialDate::Full(date),
        end: None,
        title: labels.title.to_string(),
        note: note.chars().take(MAX_NOTE_CHARS).collect(),
        private: false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn agreement(id: &str, by: Option<PartialDate>, created: &str) -> Agreement {
        agreement_from(
            id.into(),
            AgreementInput {
                what: format!("  doe {id}  "),
                who: Who::Mentor,
                by,
            },
            created,
        )
        .unwrap()
    }

    #[test]
    fn who_keys_round_trip_and_are_stored_as_words() {
        for w in Who::ALL {
            assert_eq!(Who::from_key(w.key()), Some(w));
            assert_eq!(
                serde_json::to_string(&w).unwrap(),
                format!("\"{}\"", w.key())
            );
        }
        assert_eq!(Who::from_key("king"), None);
    }

    #[test]
    fn an_agreement_is_trimmed_and_needs_words() {
        let a = agreement("a", None, "t");
        assert_eq!(a.what, "doe a");
        assert!(!a.done);
        let empty = AgreementInput {
            what: "   ".into(),
            ..AgreementInput::default()
        };
        assert_eq!(agreement_from("x".into(), empty, "t"), None);
        let long = AgreementInput {
            what: "x".repeat(MAX_SHORT_CHARS + 10),
            ..AgreementInput::default()
        };
        let a = agreement_from("y".into(), long, "t").unwrap();
        assert_eq!(a.what.chars().count(), MAX_SHORT_CHARS);
    }

    #[test]
    fn dated_agreements_are_due_on_the_last_day_their_date_can_mean() {
        let march = PartialDate::YearMonth(2027, 3);
        let day = PartialDate::Full(Date::new(2027, 1, 15).unwrap());
        let mut done = agreement("c", Some(day), "t");
        done.done = true;
        let list = vec![
            agreement("a", Some(march), "t"),
            agreement("b", Some(day), "t"),
            agreement("n", None, "t"),
            done,
        ];
        assert_eq!(due(&list[0]), Date::new(2027, 3, 31));
        assert_eq!(due(&list[2]), None);
        assert_eq!(due(&list[3]), None, "done agreements are not due");
        let ids: Vec<&str> = dated(&list).iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["b", "a"]);
    }

    #[test]
    fn the_agreements_of_a_talk_are_those_made_since_it_began() {
        let list = vec![
            agreement("old", None, "2026-11-28T09:00:00Z"),
            agreement("new1", None, "2026-11-29T10:00:00Z"),
            agreement("new2", None, "2026-11-29T10:20:00Z"),
        ];
        let ids: Vec<&str> = made_since(&list, "2026-11-29T10:00:00Z")
            .iter()
            .map(|a| a.id.as_str())
            .collect();
        assert_eq!(ids, ["new1", "new2"]);
    }

    #[test]
    fn a_talk_summary_lists_topics_and_agreements_and_leaves_out_empty_parts() {
        let labels = TalkLabels {
            title: "Gesprek over later",
            topics: "Onderwerpen:",
            agreements: "Afspraken:",
        };
        let day = Date::new(2026, 11, 29).unwrap();
        let input = talk_entry(
            Person::Voogd,
            day,
            &[
                "Je opleiding afmaken".into(),
                " ".into(),
                "Wie is wie".into(),
            ],
            &["Mentor: vraag DUO naar lesgeld (vóór maart 2027)".into()],
            &labels,
        );
        assert_eq!(input.kind, EntryKind::Talk(Person::Voogd));
        assert_eq!(input.date, PartialDate::Full(day));
        assert_eq!(input.title, "Gesprek over later");
        assert!(!input.private);
        assert_eq!(
            input.note,
            "Onderwerpen:\n• Je opleiding afmaken\n• Wie is wie\nAfspraken:\n• Mentor: vraag DUO naar lesgeld (vóór maart 2027)"
        );
        let bare = talk_entry(Person::Mentor, day, &[], &[], &labels);
        assert_eq!(bare.note, "");
        let many: Vec<String> = (0..2000).map(|i| format!("onderwerp {i}")).collect();
        let long = talk_entry(Person::Mentor, day, &many, &[], &labels);
        assert_eq!(long.note.chars().count(), MAX_NOTE_CHARS);
    }
}

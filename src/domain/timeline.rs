//! The young person's own story: entries, their kinds, privacy, ordering, filters and input checks.

use super::date::{Date, PartialDate};
use serde::{Deserialize, Serialize};

/// Longest title kept; the form says so before this is reached.
pub const MAX_TITLE_CHARS: usize = 200;
/// Longest note kept.
pub const MAX_NOTE_CHARS: usize = 5_000;
/// How far ahead a planned date may be (years from today).
pub const MAX_YEARS_AHEAD: i32 = 10;

/// One moment or period in the young person's life.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub kind: EntryKind,
    pub date: PartialDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<PartialDate>,
    pub title: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// Private entries never show in conversation mode, exports leave them out unless chosen.
    #[serde(default, skip_serializing_if = "is_false")]
    pub private: bool,
    pub created: String,
    pub updated: String,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// What kind of moment an entry is. Each kind has an icon and a label in the UI.
/// Stored as one short code: `"arrival"`, `"talk:voogd"`, `"decision:negative"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "&'static str")]
pub enum EntryKind {
    Arrival,
    Registration,
    Interview,
    Decision(Decision),
    Appeal,
    Move(Place),
    School(SchoolStep),
    Talk(Person),
    Health,
    GoodMoment,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Decision {
    Positive,
    Negative,
    NotYetKnown,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Place {
    Pol,
    Kwv,
    FosterFamily,
    Other,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SchoolStep {
    Start,
    Finish,
    Diploma,
    Internship,
    /// A last day to start (from the school check): a deadline, never a start (walk review D1).
    Deadline,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Person {
    Mentor,
    Voogd,
    FosterParent,
    Lawyer,
    Other,
}

impl From<EntryKind> for &'static str {
    fn from(k: EntryKind) -> Self {
        k.code()
    }
}

impl TryFrom<String> for EntryKind {
    type Error = String;
    fn try_from(code: String) -> Result<Self, String> {
        EntryKind::from_code(&code).ok_or_else(|| format!("unknown kind {code}"))
    }
}

/// The filter groups on the timeline page.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum KindGroup {
    Procedure,
    Home,
    School,
    Talks,
    Life,
}

impl EntryKind {
    /// Every kind with its default detail, in the order the form offers them.
    pub const ALL: [EntryKind; 11] = [
        EntryKind::Arrival,
        EntryKind::Registration,
        EntryKind::Interview,
        EntryKind::Decision(Decision::NotYetKnown),
        EntryKind::Appeal,
        EntryKind::Move(Place::Kwv),
        EntryKind::School(SchoolStep::Start),
        EntryKind::Talk(Person::Mentor),
        EntryKind::Health,
        EntryKind::GoodMoment,
        EntryKind::Other,
    ];

    /// A stable name for the kind without its detail (for labels, icons and form values).
    pub fn key(self) -> &'static str {
        match self {
            EntryKind::Arrival => "arrival",
            EntryKind::Registration => "registration",
            EntryKind::Interview => "interview",
            EntryKind::Decision(_) => "decision",
            EntryKind::Appeal => "appeal",
            EntryKind::Move(_) => "move",
            EntryKind::School(_) => "school",
            EntryKind::Talk(_) => "talk",
            EntryKind::Health => "health",
            EntryKind::GoodMoment => "good_moment",
            EntryKind::Other => "other",
        }
    }

    /// The stored code: the key, and the detail after a colon when there is one.
    pub fn code(self) -> &'static str {
        match self {
            EntryKind::Decision(Decision::Positive) => "decision:positive",
            EntryKind::Decision(Decision::Negative) => "decision:negative",
            EntryKind::Decision(Decision::NotYetKnown) => "decision:not_yet_known",
            EntryKind::Move(Place::Pol) => "move:pol",
            EntryKind::Move(Place::Kwv) => "move:kwv",
            EntryKind::Move(Place::FosterFamily) => "move:foster_family",
            EntryKind::Move(Place::Other) => "move:other",
            EntryKind::School(SchoolStep::Start) => "school:start",
            EntryKind::School(SchoolStep::Finish) => "school:finish",
            EntryKind::School(SchoolStep::Diploma) => "school:diploma",
            EntryKind::School(SchoolStep::Internship) => "school:internship",
            EntryKind::School(SchoolStep::Deadline) => "school:deadline",
            EntryKind::Talk(Person::Mentor) => "talk:mentor",
            EntryKind::Talk(Person::Voogd) => "talk:voogd",
            EntryKind::Talk(Person::FosterParent) => "talk:foster_parent",
            EntryKind::Talk(Person::Lawyer) => "talk:lawyer",
            EntryKind::Talk(Person::Other) => "talk:other",
            other => other.key(),
        }
    }

    /// The kind for a stored code. A known key with an unknown detail falls back to the key's default.
    pub fn from_code(code: &str) -> Option<EntryKind> {
        let all = EntryKind::ALL.iter().flat_map(|k| {
            if k.details().is_empty() {
                std::slice::from_ref(k)
            } else {
                k.details()
            }
        });
        let found = all.copied().find(|k| k.code() == code);
        found.or_else(|| EntryKind::from_key(code.split(':').next().unwrap_or(code)))
    }

    /// The kind for a [`EntryKind::key`], with its default detail.
    pub fn from_key(key: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The variants of this kind that differ only in their detail (e.g. every kind of decision).
    pub fn details(self) -> &'static [EntryKind] {
        match self {
            EntryKind::Decision(_) => &[
                EntryKind::Decision(Decision::Positive),
                EntryKind::Decision(Decision::Negative),
                EntryKind::Decision(Decision::NotYetKnown),
            ],
            EntryKind::Move(_) => &[
                EntryKind::Move(Place::Pol),
                EntryKind::Move(Place::Kwv),
                EntryKind::Move(Place::FosterFamily),
                EntryKind::Move(Place::Other),
            ],
            EntryKind::School(_) => &[
                EntryKind::School(SchoolStep::Start),
                EntryKind::School(SchoolStep::Finish),
                EntryKind::School(SchoolStep::Diploma),
                EntryKind::School(SchoolStep::Internship),
                EntryKind::School(SchoolStep::Deadline),
            ],
            EntryKind::Talk(_) => &[
                EntryKind::Talk(Person::Mentor),
                EntryKind::Talk(Person::Voogd),
                EntryKind::Talk(Person::FosterParent),
                EntryKind::Talk(Person::Lawyer),
                EntryKind::Talk(Person::Other),
            ],
            _ => &[],
        }
    }

    pub fn group(self) -> KindGroup {
        match self {
            EntryKind::Registration
            | EntryKind::Interview
            | EntryKind::Decision(_)
            | EntryKind::Appeal
            // The day you arrived starts the procedure's story (walk D21).
            | EntryKind::Arrival => KindGroup::Procedure,
            EntryKind::Move(_) => KindGroup::Home,
            EntryKind::School(_) => KindGroup::School,
            EntryKind::Talk(_) => KindGroup::Talks,
            EntryKind::Health | EntryKind::GoodMoment | EntryKind::Other => KindGroup::Life,
        }
    }

    /// Kinds that span time and may have an end date.
    pub fn has_period(self) -> bool {
        matches!(
            self,
            EntryKind::Move(_) | EntryKind::School(_) | EntryKind::Health | EntryKind::Other
        )
    }
}

/// What is wrong with a form's input. Each maps to a message next to its field.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EntryProblem {
    TitleMissing,
    TitleTooLong,
    NoteTooLong,
    EndBeforeStart,
    TooFarAhead,
}

/// What the form hands over; checked by [`check`] before it becomes an entry.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EntryInput {
    pub kind: EntryKind,
    pub date: PartialDate,
    pub end: Option<PartialDate>,
    pub title: String,
    pub note: String,
    pub private: bool,
}

/// All problems with `input` on `today`, so every field can show its own message at once.
pub fn check(input: &EntryInput, today: Date) -> Vec<EntryProblem> {
    let mut problems = Vec::new();
    let title = input.title.trim();
    if title.is_empty() {
        problems.push(EntryProblem::TitleMissing);
    } else if title.chars().count() > MAX_TITLE_CHARS {
        problems.push(EntryProblem::TitleTooLong);
    }
    if input.note.chars().count() > MAX_NOTE_CHARS {
        problems.push(EntryProblem::NoteTooLong);
    }
    if let Some(end) = input.end
        && end.range().latest < input.date.earliest()
    {
        problems.push(EntryProblem::EndBeforeStart);
    }
    let limit = today.year() + MAX_YEARS_AHEAD;
    if input.date.year() > limit || input.end.is_some_and(|e| e.year() > limit) {
        problems.push(EntryProblem::TooFarAhead);
    }
    problems
}

/// Entries in timeline order: by earliest possible day; equal days keep the order they were added in.
pub fn ordered(entries: &[Entry]) -> Vec<&Entry> {
    let mut out: Vec<&Entry> = entries.iter().collect();
    super::order::stable_by_key(&mut out, |e| e.date.earliest().day_number());
    out
}

/// Entries of one group (or all), leaving out private ones when `hide_private`.
pub fn filtered(entries: &[Entry], group: Option<KindGroup>, hide_private: bool) -> Vec<&Entry> {
    ordered(entries)
        .into_iter()
        .filter(|e| group.is_none_or(|g| e.kind.group() == g))
        .filter(|e| !(hide_private && e.private))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn input(title: &str) -> EntryInput {
        EntryInput {
            kind: EntryKind::Other,
            date: PartialDate::Year(2025),
            end: None,
            title: title.into(),
            note: String::new(),
            private: false,
        }
    }

    #[test]
    fn checks_each_field() {
        let today = d(2026, 11, 29);
        assert_eq!(check(&input("Naar school"), today), vec![]);
        assert_eq!(
            check(&input("   "), today),
            vec![EntryProblem::TitleMissing]
        );
        assert_eq!(
            check(&input(&"x".repeat(2000)), today),
            vec![EntryProblem::TitleTooLong]
        );
        let mut i = input("Verhuizing");
        i.date = PartialDate::Full(d(2026, 5, 1));
        i.end = Some(PartialDate::YearMonth(2026, 4));
        assert_eq!(check(&i, today), vec![EntryProblem::EndBeforeStart]);
        i.end = Some(PartialDate::YearMonth(2026, 5));
        assert_eq!(
            check(&i, today),
            vec![],
            "an end in the same month as the start is fine"
        );
        let mut far = input("Later");
        far.date = PartialDate::Year(2040);
        assert_eq!(check(&far, today), vec![EntryProblem::TooFarAhead]);
        let mut note = input("Note");
        note.note = "n".repeat(MAX_NOTE_CHARS + 1);
        assert_eq!(check(&note, today), vec![EntryProblem::NoteTooLong]);
    }

    fn entry(id: &str, kind: EntryKind, date: PartialDate, private: bool) -> Entry {
        Entry {
            id: id.into(),
            kind,
            date,
            end: None,
            title: id.into(),
            note: String::new(),
            private,
            created: "t".into(),
            updated: "t".into(),
        }
    }

    #[test]
    fn order_and_filters() {
        let entries = vec![
            entry(
                "school-2025",
                EntryKind::School(SchoolStep::Start),
                PartialDate::Year(2025),
                false,
            ),
            entry(
                "talk-mar-2024",
                EntryKind::Talk(Person::Voogd),
                PartialDate::YearMonth(2024, 3),
                true,
            ),
            entry(
                "move-2024-03-01",
                EntryKind::Move(Place::Kwv),
                PartialDate::Full(d(2024, 3, 1)),
                false,
            ),
            entry(
                "arrival-2023",
                EntryKind::Arrival,
                PartialDate::Year(2023),
                false,
            ),
            entry(
                "decision-2025",
                EntryKind::Decision(Decision::Negative),
                PartialDate::Year(2025),
                false,
            ),
        ];
        let ids = |v: Vec<&Entry>| v.iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        let cases: [(Option<KindGroup>, bool, &[&str]); 5] = [
            // March 2024 and 1 March 2024 tie; the one added first stays first. So do the two 2025 entries.
            (
                None,
                false,
                &[
                    "arrival-2023",
                    "talk-mar-2024",
                    "move-2024-03-01",
                    "school-2025",
                    "decision-2025",
                ],
            ),
            (
                None,
                true,
                &[
                    "arrival-2023",
                    "move-2024-03-01",
                    "school-2025",
                    "decision-2025",
                ],
            ),
            (Some(KindGroup::Home), false, &["move-2024-03-01"]),
            (Some(KindGroup::Talks), true, &[]),
            (
                Some(KindGroup::Procedure),
                false,
                &["arrival-2023", "decision-2025"],
            ),
        ];
        for (group, hide_private, want) in cases {
            assert_eq!(
                ids(filtered(&entries, group, hide_private)),
                want,
                "{group:?} hide_private={hide_private}"
            );
        }
    }

    #[test]
    fn kinds_round_trip_through_keys_and_json() {
        for kind in EntryKind::ALL {
            assert_eq!(EntryKind::from_key(kind.key()), Some(kind));
            assert!(kind.details().iter().all(|d| d.key() == kind.key()));
            assert!(kind.details().is_empty() || kind.details().contains(&kind));
        }
        for kind in EntryKind::ALL
            .iter()
            .flat_map(|k| k.details().iter().chain([k]))
        {
            let json = serde_json::to_string(kind).unwrap();
            assert_eq!(
                serde_json::from_str::<EntryKind>(&json).unwrap(),
                *kind,
                "{json}"
            );
        }
        assert_eq!(
            serde_json::to_string(&EntryKind::Talk(Person::Voogd)).unwrap(),
            r#""talk:voogd""#
        );
        assert_eq!(
            serde_json::to_string(&EntryKind::Arrival).unwrap(),
            r#""arrival""#
        );
        // A detail from a newer version falls back to the kind; an unknown kind is an error.
        assert_eq!(
            serde_json::from_str::<EntryKind>(r#""talk:teacher""#).unwrap(),
            EntryKind::Talk(Person::Mentor)
        );
        assert!(serde_json::from_str::<EntryKind>(r#""dance""#).is_err());
    }
}

//! What the birth date and the entries suggest: birthdays, the last day to start a school, and calm,
//! regular prompts to talk about the future from 15½ on. Always derived, never stored.

use super::date::{Date, DateRange, PartialDate};
use super::timeline::{Entry, EntryKind, KindGroup};
use std::collections::BTreeSet;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MilestoneKind {
    /// The 16th, 17th or 18th birthday.
    Birthday(u8),
    /// The last day to start the school or course you want to finish: the day before the 18th birthday
    /// (its text says "start on this day at the latest": one date on the item, review L29).
    StartSchoolBefore,
    /// Time for a talk about your future, with the voogd, mentor or foster parents (review L30); one for
    /// each half year from 15½ to 18.
    FutureTalk,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Milestone {
    /// Stable across days, so a dismissal sticks: e.g. `birthday-18`, `start-school`, `talk-2026-03-14`.
    pub id: String,
    pub kind: MilestoneKind,
    pub when: DateRange,
}

/// Half a year, in months, between future-talk prompts.
const TALK_EVERY_MONTHS: i32 = 6;

/// All milestones for someone born on `birth`, on `today`, minus the dismissed ones, in date order.
pub fn derive(
    birth: Option<PartialDate>,
    entries: &[Entry],
    dismissed: &BTreeSet<String>,
    today: Date,
) -> Vec<Milestone> {
    let Some(birth) = birth else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for n in [16u8, 17, 18] {
        if let Some(when) = birth.nth_birthday(i32::from(n)) {
            out.push(Milestone {
                id: format!("birthday-{n}"),
                kind: MilestoneKind::Birthday(n),
                when,
            });
        }
    }
    let Some(eighteen) = birth.nth_birthday(18) else {
        return out;
    };
    // The last day on which the person is surely still 17.
    if let Some(last_day) = eighteen.earliest.add_days(-1)
        && today <= last_day
    {
        let when = DateRange {
            earliest: last_day,
            latest: last_day,
        };
        out.push(Milestone {
            id: "start-school".into(),
            kind: MilestoneKind::StartSchoolBefore,
            when,
        });
    }
    if let Some(talk) = current_talk_window(birth, eighteen, today)
        && !entries
            .iter()
            .any(|e| matches!(e.kind, EntryKind::Talk(_)) && talk.contains(e.date.earliest()))
    {
        let id = format!("talk-{}", talk.earliest);
        out.push(Milestone {
            id,
            kind: MilestoneKind::FutureTalk,
            when: talk,
        });
    }
    out.retain(|m| !dismissed.contains(&m.id));
    super::order::stable_by_key(&mut out, |m| m.when.earliest.day_number());
    out
}

/// The milestones for a whole document. With a residence permit (from the school check) the "start before
/// 18" suggestion does not apply and is left out (E5: lawful stay).
pub fn for_document(doc: &super::state::Document, today: Date) -> Vec<Milestone> {
    let mut out = derive(doc.profile.birth, &doc.entries, &doc.dismissed, today);
    if doc.school.residence == Some(super::education::Residence::Permit) {
        out.retain(|m| m.kind != MilestoneKind::StartSchoolBefore);
    }
    out
}

/// The half-year window (from 15½ until 18) that contains `today`, counted from the earliest possible
/// birth day, so that prompts come early rather than late.
fn current_talk_window(birth: PartialDate, eighteen: DateRange, today: Date) -> Option<DateRange> {
    let first = birth.earliest().add_months(15 * 12 + TALK_EVERY_MONTHS)?;
    if today < first || today >= eighteen.earliest {
        return None;
    }
    let mut start = first;
    loop {
        let next = start.add_months(TALK_EVERY_MONTHS)?;
        if today < next {
            let end = next.min(eighteen.earliest).add_days(-1)?;
            return Some(DateRange {
                earliest: start,
                latest: end,
            });
        }
        start = next;
    }
}

/// The first milestone on or after `today`.
pub fn next(milestones: &[Milestone], today: Date) -> Option<&Milestone> {
    milestones.iter().find(|m| m.when.latest >= today)
}

/// The timeline filter a suggestion shows under (walk D21): the school deadline under School, the
/// future talks under Talks, birthdays under Life.
pub fn group(kind: MilestoneKind) -> KindGroup {
    match kind {
        MilestoneKind::Birthday(_) => KindGroup::Life,
        MilestoneKind::StartSchoolBefore => KindGroup::School,
        MilestoneKind::FutureTalk => KindGroup::Talks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::timeline::Person;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    fn ids(ms: &[Milestone]) -> Vec<&str> {
        ms.iter().map(|m| m.id.as_str()).collect()
    }

    fn talk(on: Date) -> Entry {
        Entry {
            id: "t".into(),
            kind: EntryKind::Talk(Person::Voogd),
            date: PartialDate::Full(on),
            end: None,
            title: "Gesprek".into(),
            note: String::new(),
            private: false,
            created: "x".into(),
            updated: "x".into(),
        }
    }

    #[test]
    fn derivation_by_age() {
        let birth = PartialDate::Full(d(2010, 6, 1));
        let none = BTreeSet::new();
        // (today, expected ids) for ages 15, 15½, 17¾ and 18+.
        let cases: [(Date, &[&str]); 5] = [
            (
                d(2025, 6, 1),
                &["birthday-16", "birthday-17", "start-school", "birthday-18"],
            ),
            (
                d(2025, 12, 1),
                &[
                    "talk-2025-12-01",
                    "birthday-16",
                    "birthday-17",
                    "start-school",
                    "birthday-18",
                ],
            ),
            (
                d(2028, 3, 1),
                &[
                    "birthday-16",
                    "birthday-17",
                    "talk-2027-12-01",
                    "start-school",
                    "birthday-18",
                ],
            ),
            (
                d(2028, 6, 1),
                &["birthday-16", "birthday-17", "birthday-18"],
            ),
            (
                d(2030, 1, 1),
                &["birthday-16", "birthday-17", "birthday-18"],
            ),
        ];
        for (today, want) in cases {
            let got = derive(Some(birth), &[], &none, today);
            assert_eq!(ids(&got), want, "on {today}");
        }
    }

    #[test]
    fn the_start_school_date_is_the_day_before_18() {
        let ms = derive(
            Some(PartialDate::Full(d(2009, 5, 14))),
            &[],
            &BTreeSet::new(),
            d(2026, 11, 29),
        );
        let start = ms
            .iter()
            .find(|m| m.kind == MilestoneKind::StartSchoolBefore)
            .unwrap();
        assert_eq!(start.when.exact(), Some(d(2027, 5, 13)));
        // Year-only: the safe date is the last day of the year before.
        let ms = derive(
            Some(PartialDate::Year(2009)),
            &[],
            &BTreeSet::new(),
            d(2026, 11, 29),
        );
        let start = ms
            .iter()
            .find(|m| m.kind == MilestoneKind::StartSchoolBefore)
            .unwrap();
        assert_eq!(start.when.exact(), Some(d(2026, 12, 31)));
    }

    #[test]
    fn a_talk_in_the_window_answers_the_prompt() {
        let birth = Some(PartialDate::Full(d(2010, 6, 1)));
        let today = d(2026, 2, 1); // window 2025-12-01 .. 2026-05-31
        let with_talk = derive(birth, &[talk(d(2026, 1, 10))], &BTreeSet::new(), today);
        assert!(
            !with_talk
                .iter()
                .any(|m| m.kind == MilestoneKind::FutureTalk)
        );
        let older_talk = derive(birth, &[talk(d(2025, 11, 30))], &BTreeSet::new(), today);
        assert!(
            older_talk
                .iter()
                .any(|m| m.kind == MilestoneKind::FutureTalk)
        );
    }

    #[test]
    fn the_last_window_ends_the_day_before_18() {
        let birth = Some(PartialDate::Full(d(2010, 6, 1)));
        let ms = derive(birth, &[], &BTreeSet::new(), d(2028, 5, 31));
        let talk = ms
            .iter()
            .find(|m| m.kind == MilestoneKind::FutureTalk)
            .unwrap();
        assert_eq!(
            (talk.when.earliest, talk.when.latest),
            (d(2027, 12, 1), d(2028, 5, 31))
        );
    }

    #[test]
    fn dismissed_milestones_stay_away_and_no_birth_date_means_none() {
        let dismissed: BTreeSet<String> =
            ["birthday-16".to_string(), "talk-2025-12-01".to_string()].into();
        let ms = derive(
            Some(PartialDate::Full(d(2010, 6, 1))),
            &[],
            &dismissed,
            d(2025, 12, 1),
        );
        assert_eq!(ids(&ms), ["birthday-17", "start-school", "birthday-18"]);
        assert!(derive(None, &[], &BTreeSet::new(), d(2025, 12, 1)).is_empty());
    }

    #[test]
    fn with_a_permit_there_is_no_start_before_18() {
        use crate::domain::education::Residence;
        use crate::domain::state::Document;
        let mut doc = Document::default();
        doc.profile.birth = Some(PartialDate::Full(d(2010, 6, 1)));
        let has_start = |doc: &Document| {
            for_document(doc, d(2026, 1, 1))
                .iter()
                .any(|m| m.kind == MilestoneKind::StartSchoolBefore)
        };
        assert!(has_start(&doc));
        doc.school.residence = Some(Residence::Permit);
        assert!(!has_start(&doc));
    }

    #[test]
    fn next_is_the_first_one_not_past() {
        let ms = derive(
            Some(PartialDate::Full(d(2010, 6, 1))),
            &[],
            &BTreeSet::new(),
            d(2027, 1, 1),
        );
        assert_eq!(
            next(&ms, d(2027, 1, 1)).map(|m| m.id.as_str()),
            Some("talk-2026-12-01")
        );
        let year_only = derive(
            Some(PartialDate::Year(2009)),
            &[],
            &BTreeSet::new(),
            d(2027, 6, 1),
        );
        // The 18th birthday of someone born "in 2009" is some time in 2027: still ahead on 1 June.
        assert_eq!(
            next(&year_only, d(2027, 6, 1)).map(|m| m.id.as_str()),
            Some("birthday-18")
        );
    }
}

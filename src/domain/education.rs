//! School after 18: from the young person's answers and dates to findings, each citing the facts it rests
//! on (`content/facts.json`). Unknown answers lead to "ask someone", never to a promise.
//!
//! The rule in one sentence (E2–E4): without lawful stay you may not *start* an education after your 18th
//! birthday, but you may *finish* one you started before it, with its diploma.

use super::date::{Date, PartialDate};
use serde::{Deserialize, Serialize};

/// Where the asylum procedure stands, as the young person knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Residence {
    Procedure,
    Appeal,
    Rejected,
    Permit,
    Unknown,
}

/// The education, now or planned.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Education {
    None,
    Isk,
    Vo,
    Praktijkonderwijs,
    Entree,
    MboBol,
    MboBbl,
    Vavo,
    HboWo,
    Unknown,
}

impl Residence {
    pub const ALL: [Residence; 5] = [
        Residence::Procedure,
        Residence::Appeal,
        Residence::Rejected,
        Residence::Permit,
        Residence::Unknown,
    ];
}

impl Education {
    pub const ALL: [Education; 10] = [
        Education::None,
        Education::Isk,
        Education::Vo,
        Education::Praktijkonderwijs,
        Education::Entree,
        Education::MboBol,
        Education::MboBbl,
        Education::Vavo,
        Education::HboWo,
        Education::Unknown,
    ];
}

/// The answers of the school check. `None` means "not answered" or "I don't know".
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SchoolAnswers {
    pub residence: Option<Residence>,
    pub education: Option<Education>,
    pub start: Option<PartialDate>,
    pub end: Option<PartialDate>,
    /// Whether the education has a compulsory internship.
    pub internship: Option<bool>,
    /// The check was gone through to its last question. Only then is there a result (walk review D9).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub done: bool,
}

/// How a finding reads: good news, something to do before a date, not possible, or a question for someone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Good,
    ActBefore,
    NotPossible,
    Ask,
}

/// What a finding is about. Each has its text in `locales/` under `finding.<key>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    CompulsoryUntil18,
    StartBefore18,
    BirthUnknown,
    MayFinish,
    StartedAfter18,
    StartUnknown,
    LawfulMayEnrol,
    AppealAsk,
    ResidenceUnknown,
    InternshipAllowed,
    InternshipAsk,
    BblNotPossible,
    HboInternship,
    Lesgeld,
    Helpdesk,
}

impl Topic {
    /// A stable name, used for ids and for the question saved from it.
    pub fn key(self) -> &'static str {
        match self {
            Topic::CompulsoryUntil18 => "compulsory_until_18",
            Topic::StartBefore18 => "start_before_18",
            Topic::BirthUnknown => "birth_unknown",
            Topic::MayFinish => "may_finish",
            Topic::StartedAfter18 => "started_after_18",
            Topic::StartUnknown => "start_unknown",
            Topic::LawfulMayEnrol => "lawful_may_enrol",
            Topic::AppealAsk => "appeal_ask",
            Topic::ResidenceUnknown => "residence_unknown",
            Topic::InternshipAllowed => "internship_allowed",
            Topic::InternshipAsk => "internship_ask",
            Topic::BblNotPossible => "bbl_not_possible",
            Topic::HboInternship => "hbo_internship",
            Topic::Lesgeld => "lesgeld",
            Topic::Helpdesk => "helpdesk",
        }
    }
}

/// One thing the rules mean for this young person.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub topic: Topic,
    pub tone: Tone,
    /// The facts it rests on: never empty, only confirmed (V) facts (host-tested).
    pub facts: &'static [&'static str],
    /// A date the finding computed, such as the last day to start.
    pub date: Option<Date>,
}

/// When the education starts compared with the 18th birthday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartAge {
    Before18,
    After18,
    Unknown,
}

/// Surely before, surely on or after, or not sure (no date, or a partial date around the birthday).
pub fn start_age(birth: Option<PartialDate>, start: Option<PartialDate>) -> StartAge {
    let (Some(eighteen), Some(start)) = (birth.and_then(|b| b.nth_birthday(18)), start) else {
        return StartAge::Unknown;
    };
    if start.range().latest < eighteen.earliest {
        StartAge::Before18
    } else if start.earliest() >= eighteen.latest {
        StartAge::After18
    } else {
        StartAge::Unknown
    }
}

/// All findings for these answers, in reading order.
pub fn findings(birth: Option<PartialDate>, a: &SchoolAnswers, today: Date) -> Vec<Finding> {
    let mut out = Vec::new();
    let mut add = |topic, tone, facts: &'static [&'static str], date| {
        out.push(Finding {
            topic,
            tone,
            facts,
            date,
        })
    };
    let eighteen = birth.and_then(|b| b.nth_birthday(18));
    // The first day the person may already be 18: "start before" this day.
    let birthday = eighteen.map(|r| r.earliest);
    let surely_adult = birth.is_some_and(|b| b.age_on(today).0 >= 18);
    let residence = a.residence.unwrap_or(Residence::Unknown);
    let lawful = matches!(residence, Residence::Procedure | Residence::Permit);
    // Only a known rejection makes something "not possible"; not knowing means "ask".
    let not_possible = if residence == Residence::Rejected {
        Tone::NotPossible
    } else {
        Tone::Ask
    };

    if !surely_adult {
        add(Topic::CompulsoryUntil18, Tone::Good, &["E1"], None);
    }
    // With a residence permit the 18th birthday changes nothing here (E5: lawful stay).
    if residence != Residence::Permit {
        match birthday {
            Some(day) if today < day => add(
                Topic::StartBefore18,
                Tone::ActBefore,
                &["E2", "E3", "E4"],
                Some(day),
            ),
            Some(_) => {}
            None => add(Topic::BirthUnknown, Tone::Ask, &["E2"], None),
        }
    }

    let education = a.education.unwrap_or(Education::Unknown);
    let studies = education != Education::None;
    let started = start_age(birth, a.start);
    match residence {
        Residence::Procedure | Residence::Permit => {
            add(Topic::LawfulMayEnrol, Tone::Good, &["E5"], None)
        }
        Residence::Appeal => add(Topic::AppealAsk, Tone::Ask, &["E5"], None),
        Residence::Rejected | Residence::Unknown => {
            if residence == Residence::Unknown {
                add(Topic::ResidenceUnknown, Tone::Ask, &["E2", "E5"], None);
            }
            if studies {
                match started {
                    StartAge::Before18 => {
                        add(Topic::MayFinish, Tone::Good, &["E2", "E3", "E4"], None)
                    }
                    StartAge::After18 => {
                        add(Topic::StartedAfter18, not_possible, &["E2", "E3"], None)
                    }
                    StartAge::Unknown => {
                        add(Topic::StartUnknown, Tone::Ask, &["E2", "E4"], birthday)
                    }
                }
            }
        }
    }

    match education {
        Education::MboBbl if !lawful => add(Topic::BblNotPossible, not_possible, &["E7"], None),
        Education::MboBol | Education::Entree | Education::Praktijkonderwijs
            if !lawful && a.internship != Some(false) =>
        {
            if started == StartAge::Before18 && a.internship == Some(true) {
                add(Topic::InternshipAllowed, Tone::Good, &["E6"], None);
            } else {
                add(Topic::InternshipAsk, Tone::Ask, &["E6"], None);
            }
        }
        Education::HboWo if a.internship != Some(false) && residence != Residence::Permit => {
            add(Topic::HboInternship, Tone::Ask, &["E10"], None)
        }
        _ => {}
    }

    // E8: lesgeld is for full-time mbo students (and vavo) from 18. BBL is not full-time study.
    let pays_lesgeld = matches!(
        education,
        Education::MboBol | Education::Entree | Education::Vavo
    );
    let ends_before_18 = match (a.end, eighteen) {
        (Some(end), Some(e)) => end.range().latest < e.earliest,
        _ => false,
    };
    if pays_lesgeld && !ends_before_18 {
        add(Topic::Lesgeld, Tone::Ask, &["E4", "E8"], None);
    }
    add(Topic::Helpdesk, Tone::Ask, &["E4"], None);
    out
}

/// The date to show large on the result page ("start before ..."): the first day the person may be 18.
pub fn key_date(findings: &[Finding]) -> Option<Date> {
    findings
        .iter()
        .find(|f| f.topic == Topic::StartBefore18)
        .and_then(|f| f.date)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::facts;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }
    const BIRTH: PartialDate = PartialDate::Full(Date::const_new(2009, 5, 14));
    const TODAY: Date = Date::const_new(2026, 11, 29);

    fn topics(fs: &[Finding]) -> Vec<Topic> {
        fs.iter().map(|f| f.topic).collect()
    }

    fn answers(
        residence: Residence,
        education: Education,
        start: Option<PartialDate>,
    ) -> SchoolAnswers {
        SchoolAnswers {
            residence: Some(residence),
            education: Some(education),
            start,
            end: None,
            internship: Some(true),
            done: true,
        }
    }

    /// Born 1 Jan 2008: 18 since 1 Jan 2026, so on TODAY already an adult.
    const ADULT: PartialDate = PartialDate::Full(Date::const_new(2008, 1, 1));

    fn has_key(fs: &[Finding], key: &str) -> bool {
        fs.iter().any(|f| f.topic.key() == key)
    }

    #[test]
    fn h1_bbl_without_lawful_stay_is_never_may_finish() {
        // Review H1: "good news, you may finish" next to "BBL is not possible" on one page.
        let starts = [
            Some(PartialDate::YearMonth(2026, 9)),
            Some(PartialDate::Full(d(2027, 2, 1))),
        ];
        for residence in [Residence::Rejected, Residence::Unknown] {
            for start in starts {
                let fs = findings(
                    Some(BIRTH),
                    &answers(residence, Education::MboBbl, start),
                    TODAY,
                );
                let case = format!("{residence:?} {start:?}");
                assert!(has_key(&fs, "bbl_not_possible"), "{case}");
                assert!(!has_key(&fs, "may_finish"), "{case}");
                assert!(
                    !fs.iter().any(|f| f.tone == Tone::Good
                        && f.topic != Topic::CompulsoryUntil18),
                    "{case}: no good news about a BBL course"
                );
            }
        }
        // Already 18 and rejected: no advice to switch to BOL (a new enrolment, E2).
        let fs = findings(
            Some(ADULT),
            &answers(
                Residence::Rejected,
                Education::MboBbl,
                Some(PartialDate::YearMonth(2025, 9)),
            ),
            TODAY,
        );
        assert!(!has_key(&fs, "bbl_not_possible"));
        assert!(has_key(&fs, "bbl_not_possible_adult"));
    }

    #[test]
    fn h2_isk_has_its_own_finding_and_no_diploma() {
        // Review H2: ISK gives no diploma; the course after it must start before 18.
        for residence in [
            Residence::Rejected,
            Residence::Unknown,
            Residence::Procedure,
            Residence::Appeal,
        ] {
            let fs = findings(
                Some(BIRTH),
                &answers(
                    residence,
                    Education::Isk,
                    Some(PartialDate::YearMonth(2025, 9)),
                ),
                TODAY,
            );
            assert!(!has_key(&fs, "may_finish"), "{residence:?}");
            let isk = fs.iter().find(|f| f.topic.key() == "isk_next");
            assert!(
                isk.is_some_and(|f| f.date == Some(d(2027, 5, 14))
                    && f.facts.contains(&"E1")
                    && f.facts.contains(&"E2")
                    && f.facts.contains(&"E4")),
                "{residence:?}: {fs:?}"
            );
        }
    }

    #[test]
    fn h3_enrolled_after_18_during_the_procedure_is_asked_not_refused() {
        // Review H3: started at 18 and a bit (in the past), now rejected or not sure: maybe may stay (E2).
        for residence in [Residence::Rejected, Residence::Unknown] {
            let fs = findings(
                Some(ADULT),
                &answers(
                    residence,
                    Education::MboBol,
                    Some(PartialDate::Full(d(2026, 3, 1))),
                ),
                TODAY,
            );
            assert!(
                !fs.iter().any(|f| f.tone == Tone::NotPossible),
                "{residence:?}: {fs:?}"
            );
            let f = fs.iter().find(|f| f.topic == Topic::StartedAfter18);
            assert!(
                f.is_some_and(|f| f.tone == Tone::Ask && f.facts.contains(&"E2")),
                "{residence:?}"
            );
        }
    }

    #[test]
    fn every_combination_follows_the_rules() {
        // Start before 18, on/after 18, or unknown, for someone who turns 18 on 14 May 2027.
        let starts = [
            (Some(PartialDate::Full(d(2026, 9, 1))), StartAge::Before18),
            (Some(PartialDate::Full(d(2027, 9, 1))), StartAge::After18),
            (None, StartAge::Unknown),
        ];
        for residence in Residence::ALL {
            for education in Education::ALL {
                for (start, age) in starts {
                    let fs = findings(Some(BIRTH), &answers(residence, education, start), TODAY);
                    let has = |t| topics(&fs).contains(&t);
                    let lawful = matches!(residence, Residence::Procedure | Residence::Permit);
                    let irregular = matches!(residence, Residence::Rejected | Residence::Unknown);
                    let studies = education != Education::None;
                    let case = format!("{residence:?} {education:?} {age:?}");
                    assert!(has(Topic::CompulsoryUntil18), "{case}");
                    assert_eq!(
                        has(Topic::StartBefore18),
                        residence != Residence::Permit,
                        "{case}"
                    );
                    assert_eq!(has(Topic::LawfulMayEnrol), lawful, "{case}");
                    assert_eq!(
                        has(Topic::AppealAsk),
                        residence == Residence::Appeal,
                        "{case}"
                    );
                    assert_eq!(
                        has(Topic::ResidenceUnknown),
                        residence == Residence::Unknown,
                        "{case}"
                    );
                    assert_eq!(
                        has(Topic::MayFinish),
                        irregular && studies && age == StartAge::Before18,
                        "{case}"
                    );
                    assert_eq!(
                        has(Topic::StartedAfter18),
                        irregular && studies && age == StartAge::After18,
                        "{case}"
                    );
                    assert_eq!(
                        has(Topic::StartUnknown),
                        irregular && studies && age == StartAge::Unknown,
                        "{case}"
                    );
                    assert_eq!(
                        has(Topic::BblNotPossible),
                        education == Education::MboBbl && !lawful,
                        "{case}"
                    );
                    let internship_kind = matches!(
                        education,
                        Education::MboBol | Education::Entree | Education::Praktijkonderwijs
                    );
                    assert_eq!(
                        has(Topic::InternshipAllowed),
                        internship_kind && !lawful && age == StartAge::Before18,
                        "{case}"
                    );
                    assert_eq!(
                        has(Topic::HboInternship),
                        education == Education::HboWo && residence != Residence::Permit,
                        "{case}"
                    );
                    let mbo = matches!(
                        education,
                        Education::MboBol | Education::Entree | Education::Vavo
                    );
                    assert_eq!(has(Topic::Lesgeld), mbo, "{case}");
                    assert_eq!(
                        fs.last().map(|f| f.topic),
                        Some(Topic::Helpdesk),
                        "{case}: the hand-off comes last"
                    );
                    for f in &fs {
                        if f.tone == Tone::NotPossible {
                            assert_eq!(
                                residence,
                                Residence::Rejected,
                                "{case}: only a known rejection is 'not possible'"
                            );
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn a_17_year_old_in_mbo_bol_after_a_rejection() {
        let a = SchoolAnswers {
            residence: Some(Residence::Rejected),
            education: Some(Education::MboBol),
            start: Some(PartialDate::YearMonth(2026, 9)),
            end: Some(PartialDate::YearMonth(2029, 7)),
            internship: Some(true),
            done: true,
        };
        let fs = findings(Some(BIRTH), &a, TODAY);
        assert_eq!(
            topics(&fs),
            [
                Topic::CompulsoryUntil18,
                Topic::StartBefore18,
                Topic::MayFinish,
                Topic::InternshipAllowed,
                Topic::Lesgeld,
                Topic::Helpdesk
            ]
        );
        assert_eq!(key_date(&fs), Some(d(2027, 5, 14)));
    }

    #[test]
    fn around_the_18th_birthday() {
        let a = answers(Residence::Rejected, Education::MboBol, None);
        // The day before: still time: start before tomorrow, the birthday.
        let fs = findings(Some(BIRTH), &a, d(2027, 5, 13));
        assert_eq!(key_date(&fs), Some(d(2027, 5, 14)));
        // On the birthday and after: no "start before" any more, school is no longer compulsory.
        for today in [d(2027, 5, 14), d(2027, 5, 15)] {
            let fs = findings(Some(BIRTH), &a, today);
            assert_eq!(key_date(&fs), None, "{today}");
            assert!(!topics(&fs).contains(&Topic::CompulsoryUntil18), "{today}");
        }
        // Starting on the day before counts as before 18; on the birthday it does not.
        assert_eq!(
            start_age(Some(BIRTH), Some(PartialDate::Full(d(2027, 5, 13)))),
            StartAge::Before18
        );
        assert_eq!(
            start_age(Some(BIRTH), Some(PartialDate::Full(d(2027, 5, 14)))),
            StartAge::After18
        );
        assert_eq!(
            start_age(Some(BIRTH), Some(PartialDate::YearMonth(2027, 5))),
            StartAge::Unknown
        );
    }

    #[test]
    fn a_year_only_birth_date_is_safe_and_honest() {
        let birth = Some(PartialDate::Year(2009));
        let fs = findings(
            birth,
            &answers(Residence::Rejected, Education::MboBol, None),
            TODAY,
        );
        // Safe: start before the first day of the year in which the person turns 18.
        assert_eq!(key_date(&fs), Some(d(2027, 1, 1)));
        // A start some time in 2027 may be before or after the birthday: ask, do not promise.
        assert_eq!(
            start_age(birth, Some(PartialDate::Year(2027))),
            StartAge::Unknown
        );
        assert_eq!(
            start_age(birth, Some(PartialDate::Full(d(2026, 12, 31)))),
            StartAge::Before18
        );
        assert_eq!(
            start_age(birth, Some(PartialDate::Full(d(2028, 1, 1)))),
            StartAge::After18
        );
        // No birth date at all: ask for it.
        let fs = findings(None, &SchoolAnswers::default(), TODAY);
        assert!(topics(&fs).contains(&Topic::BirthUnknown));
        assert!(topics(&fs).contains(&Topic::ResidenceUnknown));
    }

    #[test]
    fn every_finding_rests_on_known_confirmed_facts() {
        let register = facts::register();
        let births = [
            Some(BIRTH),
            Some(PartialDate::Year(2009)),
            None,
            Some(PartialDate::Full(d(2005, 1, 1))),
        ];
        let starts = [
            None,
            Some(PartialDate::Full(d(2026, 9, 1))),
            Some(PartialDate::Full(d(2027, 9, 1))),
        ];
        for birth in births {
            for residence in Residence::ALL.into_iter().map(Some).chain([None]) {
                for education in Education::ALL.into_iter().map(Some).chain([None]) {
                    for start in starts {
                        for internship in [Some(true), Some(false), None] {
                            let a = SchoolAnswers {
                                residence,
                                education,
                                start,
                                end: None,
                                internship,
                                done: true,
                            };
                            for f in findings(birth, &a, TODAY) {
                                assert!(!f.facts.is_empty(), "{:?} has no fact", f.topic);
                                for id in f.facts {
                                    let fact = register.iter().find(|x| x.id == *id);
                                    assert!(
                                        fact.is_some_and(|x| x.confirmed()),
                                        "{:?} cites {id}: unknown or B",
                                        f.topic
                                    );
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

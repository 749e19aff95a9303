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

/// Who a finding sends the young person to. The voogd and the COA mentor are gone at 18 (A7); the school,
/// ASKV's helpdesk and a lawyer are still there (review M2).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Helper {
    School,
    Askv,
    Lawyer,
    Voogd,
    Mentor,
}

impl Helper {
    /// Still there after the 18th birthday.
    pub fn after_18(self) -> bool {
        matches!(self, Helper::School | Helper::Askv | Helper::Lawyer)
    }
}

/// What a finding is about. Each has its text in `locales/` under `finding.<key>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Topic {
    CompulsoryUntil18,
    StartBefore18,
    /// The same date for someone who already started before 18: only for something new (review L9).
    StartNewBefore18,
    BirthUnknown,
    /// Started before 18, in the past: you may finish (E2–E4), but it stops no departure (E12, E15).
    MayFinish,
    /// A planned start before 18: "if you really start before ..." (walk D1, review L8).
    MayFinishPlanned,
    /// ISK gives no diploma; the course after it must start before 18 (review H2).
    IskNext,
    IskAfter18,
    /// Started after 18, in the past, and now without lawful stay: maybe enrolled during the procedure (H3).
    StartedAfter18,
    /// Will start after 18 without lawful stay: a school may not enrol you (E2).
    StartsAfter18,
    /// Starts about now, after 18: not sure whether it already began.
    After18Now,
    StartUnknown,
    LawfulMayEnrol,
    PermitMayEnrol,
    AppealAsk,
    ResidenceUnknown,
    InternshipAllowed,
    InternshipAsk,
    /// Procedure or appeal, a start at or after 18: after a rejection no internship without a TWV (M6).
    InternshipIfRejected,
    BblNotPossible,
    BblNotPossibleAdult,
    BblIfRejected,
    /// Hbo or university: whether you may finish is not sure (M7: E3 covers only VO and BOL).
    HboFinishAsk,
    HboInternship,
    Lesgeld,
    Helpdesk,
}

impl Topic {
    pub const ALL: [Topic; 26] = [
        Topic::CompulsoryUntil18,
        Topic::StartBefore18,
        Topic::StartNewBefore18,
        Topic::BirthUnknown,
        Topic::MayFinish,
        Topic::MayFinishPlanned,
        Topic::IskNext,
        Topic::IskAfter18,
        Topic::StartedAfter18,
        Topic::StartsAfter18,
        Topic::After18Now,
        Topic::StartUnknown,
        Topic::LawfulMayEnrol,
        Topic::PermitMayEnrol,
        Topic::AppealAsk,
        Topic::ResidenceUnknown,
        Topic::InternshipAllowed,
        Topic::InternshipAsk,
        Topic::InternshipIfRejected,
        Topic::BblNotPossible,
        Topic::BblNotPossibleAdult,
        Topic::BblIfRejected,
        Topic::HboFinishAsk,
        Topic::HboInternship,
        Topic::Lesgeld,
        Topic::Helpdesk,
    ];

    /// A stable name, used for ids and for the question saved from it.
    pub fn key(self) -> &'static str {
        match self {
            Topic::CompulsoryUntil18 => "compulsory_until_18",
            Topic::StartBefore18 => "start_before_18",
            Topic::StartNewBefore18 => "start_new_before_18",
            Topic::BirthUnknown => "birth_unknown",
            Topic::MayFinish => "may_finish",
            Topic::MayFinishPlanned => "may_finish_planned",
            Topic::IskNext => "isk_next",
            Topic::IskAfter18 => "isk_after_18",
            Topic::StartedAfter18 => "started_after_18",
            Topic::StartsAfter18 => "starts_after_18",
            Topic::After18Now => "after_18_now",
            Topic::StartUnknown => "start_unknown",
            Topic::LawfulMayEnrol => "lawful_may_enrol",
            Topic::PermitMayEnrol => "permit_may_enrol",
            Topic::AppealAsk => "appeal_ask",
            Topic::ResidenceUnknown => "residence_unknown",
            Topic::InternshipAllowed => "internship_allowed",
            Topic::InternshipAsk => "internship_ask",
            Topic::InternshipIfRejected => "internship_if_rejected",
            Topic::BblNotPossible => "bbl_not_possible",
            Topic::BblNotPossibleAdult => "bbl_not_possible_adult",
            Topic::BblIfRejected => "bbl_if_rejected",
            Topic::HboFinishAsk => "hbo_finish_ask",
            Topic::HboInternship => "hbo_internship",
            Topic::Lesgeld => "lesgeld",
            Topic::Helpdesk => "helpdesk",
        }
    }

    /// Whom its text sends the young person to (host-tested against the Dutch text, and that every
    /// finding an adult can see names someone who is still there after 18).
    pub fn helpers(self) -> &'static [Helper] {
        use Helper::*;
        match self {
            Topic::CompulsoryUntil18 => &[],
            Topic::LawfulMayEnrol | Topic::AppealAsk => &[Lawyer],
            Topic::ResidenceUnknown => &[Lawyer, Voogd],
            Topic::StartedAfter18
            | Topic::StartsAfter18
            | Topic::After18Now
            | Topic::BblNotPossibleAdult => &[Askv],
            Topic::StartUnknown
            | Topic::MayFinish
            | Topic::IskAfter18
            | Topic::HboFinishAsk
            | Topic::Lesgeld => &[School, Askv],
            Topic::Helpdesk => &[Askv, Voogd, Mentor, School, Lawyer],
            _ => &[School],
        }
    }

    /// It says "you may finish": then it also says that the course stops no departure and gives no
    /// residence permit (E12, E15).
    pub fn promises_finish(self) -> bool {
        matches!(
            self,
            Topic::MayFinish | Topic::MayFinishPlanned | Topic::StartUnknown
        )
    }

    /// It speaks of the start in the past ("you started"): only for a start that has surely begun.
    pub fn past_start(self) -> bool {
        matches!(
            self,
            Topic::MayFinish | Topic::StartedAfter18 | Topic::InternshipAllowed
        )
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

/// When the start is compared with today: it surely began, it is surely ahead, or it may be either (a
/// month or year around today, or no date).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StartWhen {
    Past,
    Future,
    Unsure,
}

pub fn start_when(start: Option<PartialDate>, today: Date) -> StartWhen {
    match start {
        Some(s) if s.range().latest <= today => StartWhen::Past,
        Some(s) if s.earliest() > today => StartWhen::Future,
        _ => StartWhen::Unsure,
    }
}

/// All findings for these answers, in reading order.
pub fn findings(birth: Option<PartialDate>, a: &SchoolAnswers, today: Date) -> Vec<Finding> {
    let finding = |topic, tone, facts: &'static [&'static str], date| Finding {
        topic,
        tone,
        facts,
        date,
    };
    let eighteen = birth.and_then(|b| b.nth_birthday(18));
    // The first day the person may already be 18: "start before" this day.
    let birthday = eighteen.map(|r| r.earliest);
    let deadline_ahead = birthday.filter(|day| today < *day);
    let surely_adult = birth.is_some_and(|b| b.age_on(today).0 >= 18);
    let residence = a.residence.unwrap_or(Residence::Unknown);
    let lawful = matches!(residence, Residence::Procedure | Residence::Permit);
    // Still in a procedure or an appeal: a rejection may come later.
    let pending = matches!(residence, Residence::Procedure | Residence::Appeal);
    // Only a known rejection makes something "not possible"; not knowing means "ask".
    let refused = if residence == Residence::Rejected {
        Tone::NotPossible
    } else {
        Tone::Ask
    };
    let education = a.education.unwrap_or(Education::Unknown);
    let studies = education != Education::None;
    let started = start_age(birth, a.start);
    let when = start_when(a.start, today);

    // The course itself. With a residence permit the 18th birthday changes nothing here (E5).
    let mut course = Vec::new();
    if residence != Residence::Permit && studies {
        let may_finish: &'static [&'static str] = &["E2", "E3", "E4", "E12", "E15"];
        match education {
            // BBL needs a work permit (E7): no "you may finish" next to it (review H1).
            Education::MboBbl if !lawful => {
                let topic = if surely_adult {
                    Topic::BblNotPossibleAdult
                } else {
                    Topic::BblNotPossible
                };
                course.push(finding(topic, refused, &["E7"], None));
            }
            Education::MboBbl => {
                course.push(finding(Topic::BblIfRejected, Tone::Ask, &["E7"], None));
            }
            // ISK gives no diploma; what counts is the start of the next course (review H2).
            Education::Isk => match (deadline_ahead, birthday) {
                (Some(day), _) => course.push(finding(
                    Topic::IskNext,
                    Tone::ActBefore,
                    &["E1", "E2", "E4"],
                    Some(day),
                )),
                (None, None) => course.push(finding(
                    Topic::IskNext,
                    Tone::Ask,
                    &["E1", "E2", "E4"],
                    None,
                )),
                (None, Some(_)) if !lawful => {
                    course.push(finding(Topic::IskAfter18, Tone::Ask, &["E1", "E2"], None))
                }
                (None, Some(_)) => {}
            },
            Education::HboWo if started != StartAge::After18 => course.push(finding(
                Topic::HboFinishAsk,
                Tone::Ask,
                &["E2", "E13"],
                None,
            )),
            _ => match (started, when) {
                (StartAge::Before18, StartWhen::Past) => {
                    course.push(finding(Topic::MayFinish, Tone::Good, may_finish, None))
                }
                (StartAge::Before18, _) => course.push(finding(
                    Topic::MayFinishPlanned,
                    Tone::ActBefore,
                    may_finish,
                    birthday,
                )),
                // Lawful stay now: LawfulMayEnrol or AppealAsk says it; the internship below says the rest.
                (_, _) if pending => {}
                (StartAge::After18, StartWhen::Past) => course.push(finding(
                    Topic::StartedAfter18,
                    Tone::Ask,
                    &["E2", "E4"],
                    None,
                )),
                (StartAge::After18, StartWhen::Future) => {
                    course.push(finding(Topic::StartsAfter18, refused, &["E2", "E3"], None))
                }
                (StartAge::After18, StartWhen::Unsure) => {
                    course.push(finding(Topic::After18Now, Tone::Ask, &["E2", "E4"], None))
                }
                (StartAge::Unknown, _) => course.push(finding(
                    Topic::StartUnknown,
                    Tone::Ask,
                    &["E2", "E4", "E12", "E15"],
                    None,
                )),
            },
        }
    }
    // Not possible for this course: no internship or lesgeld advice after it (walk D8).
    let refused_course = course.iter().any(|f| f.tone == Tone::NotPossible);
    let started_before = course.iter().any(|f| f.topic == Topic::MayFinish);

    let mut out = Vec::new();
    if !surely_adult {
        out.push(finding(
            Topic::CompulsoryUntil18,
            Tone::Good,
            &["E1", "E2", "E4"],
            None,
        ));
    }
    if residence != Residence::Permit {
        // One "start before" with the key date; a course finding with that date says it already.
        let dated = course.iter().any(|f| f.tone == Tone::ActBefore);
        match deadline_ahead {
            Some(day) if !dated => {
                let topic = if started_before {
                    Topic::StartNewBefore18
                } else {
                    Topic::StartBefore18
                };
                out.push(finding(
                    topic,
                    Tone::ActBefore,
                    &["E2", "E3", "E4"],
                    Some(day),
                ));
            }
            _ => {}
        }
        if birthday.is_none() {
            out.push(finding(Topic::BirthUnknown, Tone::Ask, &["E2"], None));
        }
    }
    match residence {
        Residence::Procedure => out.push(finding(Topic::LawfulMayEnrol, Tone::Good, &["E5"], None)),
        Residence::Permit => out.push(finding(Topic::PermitMayEnrol, Tone::Good, &["E5"], None)),
        Residence::Appeal => out.push(finding(Topic::AppealAsk, Tone::Ask, &["E5"], None)),
        Residence::Unknown => out.push(finding(
            Topic::ResidenceUnknown,
            Tone::Ask,
            &["E2", "E5"],
            None,
        )),
        Residence::Rejected => {}
    }
    out.append(&mut course);

    // Internships (E6; E10 for hbo), unless the course itself is not possible.
    let internship_kind = matches!(
        education,
        Education::MboBol | Education::Entree | Education::Praktijkonderwijs
    ) || (education == Education::Vo && a.internship == Some(true));
    if !refused_course && a.internship != Some(false) && residence != Residence::Permit {
        if internship_kind && pending && started != StartAge::Before18 {
            out.push(finding(
                Topic::InternshipIfRejected,
                Tone::Ask,
                &["E6"],
                None,
            ));
        } else if internship_kind && !lawful {
            // Entree can also be BBL (review L6), so it is asked, not promised.
            let sure = started_before
                && a.internship == Some(true)
                && matches!(education, Education::MboBol | Education::Praktijkonderwijs);
            let (topic, tone) = if sure {
                (Topic::InternshipAllowed, Tone::Good)
            } else {
                (Topic::InternshipAsk, Tone::Ask)
            };
            out.push(finding(topic, tone, &["E6"], None));
        } else if education == Education::HboWo {
            out.push(finding(Topic::HboInternship, Tone::Ask, &["E10"], None));
        }
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
    if pays_lesgeld && !ends_before_18 && !refused_course {
        out.push(finding(Topic::Lesgeld, Tone::Ask, &["E4", "E8"], None));
    }
    out.push(finding(Topic::Helpdesk, Tone::Ask, &["E4", "P5"], None));
    out
}

/// The date to show large on the result page ("start before ..."): the first day the person may be 18.
pub fn key_date(findings: &[Finding]) -> Option<Date> {
    findings
        .iter()
        .find(|f| f.tone == Tone::ActBefore)
        .and_then(|f| f.date)
}

/// Whether the young person already started a course before 18: then the key date is only for something
/// new (review L9).
pub fn started_before_18(findings: &[Finding]) -> bool {
    findings.iter().any(|f| f.topic == Topic::MayFinish)
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
                    !fs.iter()
                        .any(|f| f.tone == Tone::Good && f.topic != Topic::CompulsoryUntil18),
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

    /// The Residence states that may still end in a rejection.
    fn pending(r: Residence) -> bool {
        matches!(r, Residence::Procedure | Residence::Appeal)
    }

    #[test]
    fn every_school_type_in_every_procedure_state() {
        // A 17-year-old (18 on 14 May 2027) on 29 Nov 2026: a start before 18 in the past, a planned one
        // before 18, a planned one after 18, and no start date.
        let past_before = Some(PartialDate::Full(d(2026, 9, 1)));
        let future_before = Some(PartialDate::Full(d(2027, 2, 1)));
        let future_after = Some(PartialDate::Full(d(2027, 9, 1)));
        for residence in Residence::ALL {
            for education in Education::ALL {
                for start in [past_before, future_before, future_after, None] {
                    let fs = findings(Some(BIRTH), &answers(residence, education, start), TODAY);
                    let has = |t| topics(&fs).contains(&t);
                    let case = format!("{residence:?} {education:?} {start:?}");
                    let permit = residence == Residence::Permit;
                    let lawful = matches!(residence, Residence::Procedure | Residence::Permit);
                    let irregular = matches!(residence, Residence::Rejected | Residence::Unknown);
                    let rejected = residence == Residence::Rejected;
                    let studies = education != Education::None;
                    use Education as E;
                    let generic =
                        studies && !permit && !matches!(education, E::MboBbl | E::Isk | E::HboWo);
                    let (before, after) = (
                        start == past_before || start == future_before,
                        start == future_after,
                    );
                    assert!(has(Topic::CompulsoryUntil18), "{case}");
                    let key = (!permit).then(|| d(2027, 5, 14));
                    assert_eq!(key_date(&fs), key, "{case}");
                    assert_eq!(
                        has(Topic::LawfulMayEnrol),
                        residence == Residence::Procedure,
                        "{case}"
                    );
                    assert_eq!(has(Topic::PermitMayEnrol), permit, "{case}");
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
                    // The course.
                    assert_eq!(
                        has(Topic::MayFinish),
                        generic && start == past_before,
                        "{case}"
                    );
                    assert_eq!(
                        has(Topic::MayFinishPlanned),
                        generic && start == future_before,
                        "{case}"
                    );
                    // Hbo after 18 is a new enrolment like any other.
                    let generic_after = generic || (education == E::HboWo && !permit);
                    assert_eq!(
                        has(Topic::StartsAfter18),
                        generic_after && irregular && after,
                        "{case}"
                    );
                    assert_eq!(
                        has(Topic::StartUnknown),
                        generic && irregular && start.is_none(),
                        "{case}"
                    );
                    assert!(
                        !has(Topic::StartedAfter18),
                        "{case}: no start in the past after 18"
                    );
                    assert_eq!(
                        has(Topic::BblNotPossible),
                        education == E::MboBbl && !lawful,
                        "{case}"
                    );
                    assert_eq!(
                        has(Topic::BblIfRejected),
                        education == E::MboBbl && residence == Residence::Procedure,
                        "{case}"
                    );
                    assert_eq!(
                        has(Topic::IskNext),
                        education == E::Isk && !permit,
                        "{case}"
                    );
                    assert_eq!(
                        has(Topic::HboFinishAsk),
                        education == E::HboWo && !permit && !after,
                        "{case}"
                    );
                    // What follows from it.
                    let refused = rejected && (education == E::MboBbl || (generic_after && after));
                    let kind = matches!(
                        education,
                        E::MboBol | E::Entree | E::Praktijkonderwijs | E::Vo
                    );
                    let allowed = matches!(education, E::MboBol | E::Praktijkonderwijs)
                        && !lawful
                        && start == past_before;
                    let if_rejected = kind && pending(residence) && !before;
                    assert_eq!(has(Topic::InternshipAllowed), allowed, "{case}");
                    assert_eq!(has(Topic::InternshipIfRejected), if_rejected, "{case}");
                    assert_eq!(
                        has(Topic::InternshipAsk),
                        kind && !lawful && !allowed && !if_rejected && !refused,
                        "{case}"
                    );
                    assert_eq!(
                        has(Topic::HboInternship),
                        education == E::HboWo && !permit && !refused,
                        "{case}"
                    );
                    assert_eq!(
                        has(Topic::Lesgeld),
                        matches!(education, E::MboBol | E::Entree | E::Vavo) && !refused,
                        "{case}"
                    );
                    assert_eq!(
                        fs.last().map(|f| f.topic),
                        Some(Topic::Helpdesk),
                        "{case}: the hand-off comes last"
                    );
                    for f in &fs {
                        if f.tone == Tone::NotPossible {
                            assert!(rejected, "{case}: only a known rejection is 'not possible'");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn typical_result_pages() {
        let cases: [(Residence, Education, Option<PartialDate>, &[Topic]); 7] = [
            // Walk D8 A: the procedure still runs; started before 18: the reassurance that protects later.
            (
                Residence::Procedure,
                Education::MboBol,
                Some(PartialDate::YearMonth(2025, 9)),
                &[
                    Topic::CompulsoryUntil18,
                    Topic::StartNewBefore18,
                    Topic::LawfulMayEnrol,
                    Topic::MayFinish,
                    Topic::Lesgeld,
                    Topic::Helpdesk,
                ],
            ),
            // Review M6: the procedure runs, the start is after 18.
            (
                Residence::Procedure,
                Education::MboBol,
                Some(PartialDate::YearMonth(2027, 9)),
                &[
                    Topic::CompulsoryUntil18,
                    Topic::StartBefore18,
                    Topic::LawfulMayEnrol,
                    Topic::InternshipIfRejected,
                    Topic::Lesgeld,
                    Topic::Helpdesk,
                ],
            ),
            // Walk D8 NL2: rejected, a BOL start after 18: nothing after the "not possible".
            (
                Residence::Rejected,
                Education::MboBol,
                Some(PartialDate::YearMonth(2027, 9)),
                &[
                    Topic::CompulsoryUntil18,
                    Topic::StartBefore18,
                    Topic::StartsAfter18,
                    Topic::Helpdesk,
                ],
            ),
            // Walk D1: a planned start before 18 is no "you started".
            (
                Residence::Rejected,
                Education::MboBol,
                Some(PartialDate::Full(d(2027, 1, 19))),
                &[
                    Topic::CompulsoryUntil18,
                    Topic::MayFinishPlanned,
                    Topic::InternshipAsk,
                    Topic::Lesgeld,
                    Topic::Helpdesk,
                ],
            ),
            // Review M7: hbo is asked, not promised.
            (
                Residence::Rejected,
                Education::HboWo,
                Some(PartialDate::YearMonth(2026, 9)),
                &[
                    Topic::CompulsoryUntil18,
                    Topic::StartBefore18,
                    Topic::HboFinishAsk,
                    Topic::HboInternship,
                    Topic::Helpdesk,
                ],
            ),
            // Review L11: a permit, without "ask whether that stays so".
            (
                Residence::Permit,
                Education::MboBol,
                Some(PartialDate::YearMonth(2026, 9)),
                &[
                    Topic::CompulsoryUntil18,
                    Topic::PermitMayEnrol,
                    Topic::Lesgeld,
                    Topic::Helpdesk,
                ],
            ),
            // Review L5: vo with a compulsory internship (a leerwerktraject) is asked about.
            (
                Residence::Rejected,
                Education::Vo,
                Some(PartialDate::YearMonth(2024, 9)),
                &[
                    Topic::CompulsoryUntil18,
                    Topic::StartNewBefore18,
                    Topic::MayFinish,
                    Topic::InternshipAsk,
                    Topic::Helpdesk,
                ],
            ),
        ];
        for (residence, education, start, want) in cases {
            let fs = findings(Some(BIRTH), &answers(residence, education, start), TODAY);
            assert_eq!(topics(&fs), want, "{residence:?} {education:?} {start:?}");
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
                Topic::StartNewBefore18,
                Topic::MayFinish,
                Topic::InternshipAllowed,
                Topic::Lesgeld,
                Topic::Helpdesk
            ]
        );
        assert_eq!(key_date(&fs), Some(d(2027, 5, 14)));
        // Already started before 18: the key date is only for something new (review L9).
        assert!(started_before_18(&fs));
        // The same course, planned for February: the date is the condition, nothing started yet.
        let planned = SchoolAnswers {
            start: Some(PartialDate::Full(d(2027, 2, 1))),
            ..a
        };
        let fs = findings(Some(BIRTH), &planned, TODAY);
        assert!(!started_before_18(&fs));
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

    /// The answers every enumeration goes through: every field, including "not answered".
    fn every_answer_set() -> Vec<SchoolAnswers> {
        let starts = [
            None,
            Some(PartialDate::Full(d(2025, 9, 1))), // past, before 18 for all but the adult
            Some(PartialDate::Full(d(2026, 3, 1))), // past, after 18 for the adult
            Some(PartialDate::Full(d(2027, 2, 1))), // future
            Some(PartialDate::Full(d(2027, 9, 1))), // future, after 18 for BIRTH
            Some(PartialDate::Full(d(2029, 9, 1))), // future, after 18 for everyone
            Some(PartialDate::YearMonth(2026, 11)), // around today
            Some(PartialDate::Year(2026)),          // around today
            Some(PartialDate::Year(2027)),
        ];
        let ends = [
            None,
            Some(PartialDate::YearMonth(2027, 1)),
            Some(PartialDate::Year(2030)),
        ];
        let mut out = Vec::new();
        for residence in Residence::ALL.into_iter().map(Some).chain([None]) {
            for education in Education::ALL.into_iter().map(Some).chain([None]) {
                for start in starts {
                    for end in ends {
                        for internship in [Some(true), Some(false), None] {
                            out.push(SchoolAnswers {
                                residence,
                                education,
                                start,
                                end,
                                internship,
                                done: true,
                            });
                        }
                    }
                }
            }
        }
        out
    }

    const BIRTHS: [Option<PartialDate>; 5] = [
        Some(BIRTH),
        Some(ADULT),
        Some(PartialDate::Year(2009)),
        Some(PartialDate::Full(Date::const_new(2011, 3, 1))),
        None,
    ];

    #[test]
    fn no_answer_set_contradicts_itself() {
        let register = facts::register();
        let promise = |t: Topic| t.promises_finish() || t == Topic::InternshipAllowed;
        let advice = [
            Topic::InternshipAllowed,
            Topic::InternshipAsk,
            Topic::InternshipIfRejected,
            Topic::HboInternship,
            Topic::Lesgeld,
        ];
        let course = [
            Topic::MayFinish,
            Topic::MayFinishPlanned,
            Topic::IskNext,
            Topic::IskAfter18,
            Topic::StartedAfter18,
            Topic::StartsAfter18,
            Topic::After18Now,
            Topic::StartUnknown,
            Topic::BblNotPossible,
            Topic::BblNotPossibleAdult,
            Topic::BblIfRejected,
            Topic::HboFinishAsk,
        ];
        for birth in BIRTHS {
            let adult = birth.is_some_and(|b| b.age_on(TODAY).0 >= 18);
            let birthday = birth.and_then(|b| b.nth_birthday(18)).map(|r| r.earliest);
            for a in every_answer_set() {
                let fs = findings(birth, &a, TODAY);
                let case = format!("{birth:?} {a:?}");
                let ts = topics(&fs);
                let residence = a.residence.unwrap_or(Residence::Unknown);
                let refused = fs.iter().any(|f| f.tone == Tone::NotPossible);
                // One finding per topic, one about the course at most, the hand-off last.
                for t in &ts {
                    assert_eq!(
                        ts.iter().filter(|x| *x == t).count(),
                        1,
                        "{case}: {t:?} twice"
                    );
                }
                assert!(
                    ts.iter().filter(|t| course.contains(t)).count() <= 1,
                    "{case}"
                );
                assert_eq!(ts.last(), Some(&Topic::Helpdesk), "{case}");
                // "Not possible" only after a known rejection, and never next to a promise or to advice
                // that it rules out.
                if refused {
                    assert_eq!(a.residence, Some(Residence::Rejected), "{case}");
                    for f in &fs {
                        assert!(
                            !promise(f.topic) && !advice.contains(&f.topic),
                            "{case}: {f:?}"
                        );
                        assert!(
                            f.tone != Tone::Good || f.topic == Topic::CompulsoryUntil18,
                            "{case}: good news next to 'not possible'"
                        );
                    }
                }
                // ISK never promises a finish or a diploma; BBL without lawful stay promises nothing.
                let bbl_irregular = a.education == Some(Education::MboBbl)
                    && !matches!(residence, Residence::Procedure | Residence::Permit);
                if a.education == Some(Education::Isk) || bbl_irregular {
                    assert!(!ts.iter().any(|t| promise(*t)), "{case}");
                }
                if bbl_irregular {
                    assert!(
                        fs.iter()
                            .all(|f| f.tone != Tone::Good || f.topic == Topic::CompulsoryUntil18),
                        "{case}"
                    );
                }
                // With a permit the 18th birthday changes nothing: no promise, no date, no "not possible".
                if residence == Residence::Permit {
                    assert!(!ts.iter().any(|t| promise(*t)), "{case}");
                    assert_eq!(key_date(&fs), None, "{case}");
                }
                // "You started" only about a start that surely began (walk D1, review L8).
                if start_when(a.start, TODAY) != StartWhen::Past {
                    assert!(!ts.iter().any(|t| t.past_start()), "{case}");
                }
                // A start after 18 in the past is never "not possible" (review H3).
                if start_age(birth, a.start) == StartAge::After18
                    && start_when(a.start, TODAY) == StartWhen::Past
                {
                    assert!(!ts.contains(&Topic::StartsAfter18), "{case}");
                }
                // Dates: every "do this in time" has the 18th birthday, which is still ahead.
                for f in &fs {
                    if f.tone == Tone::ActBefore {
                        assert!(f.date.is_some() && f.date == birthday, "{case}: {f:?}");
                        assert!(f.date.is_some_and(|d| TODAY < d), "{case}: {f:?}");
                    }
                }
                // Every finding rests on confirmed facts of the register.
                for f in &fs {
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
                // After 18 the voogd and the mentor are gone: every finding names someone still there.
                if adult {
                    for f in &fs {
                        assert!(
                            f.topic.helpers().iter().any(|h| h.after_18()),
                            "{case}: {:?} has no hand-off after 18",
                            f.topic
                        );
                    }
                }
            }
        }
    }

    #[derive(serde::Deserialize)]
    struct Sections {
        finding: std::collections::BTreeMap<String, String>,
        school: std::collections::BTreeMap<String, String>,
        milestone: std::collections::BTreeMap<String, String>,
    }

    fn sections(json: &str) -> Sections {
        serde_json::from_str(json).expect("locale file reads")
    }

    fn all_texts(s: &Sections) -> Vec<(String, &str)> {
        [
            ("finding", &s.finding),
            ("school", &s.school),
            ("milestone", &s.milestone),
        ]
        .into_iter()
        .flat_map(|(name, map)| {
            map.iter()
                .map(move |(k, v)| (format!("{name}.{k}"), v.as_str()))
        })
        .collect()
    }

    const NL: &str = include_str!("../../locales/nl.json");
    const EN: &str = include_str!("../../locales/en.json");
    const AR: &str = include_str!("../../locales/ar.json");

    #[test]
    fn each_topic_has_a_text_that_names_its_helpers() {
        let nl = sections(NL);
        for topic in Topic::ALL {
            let text = nl
                .finding
                .get(topic.key())
                .unwrap_or_else(|| panic!("{topic:?}: no text"));
            for helper in topic.helpers() {
                let word = match helper {
                    Helper::School => "school",
                    Helper::Askv => "ASKV",
                    Helper::Lawyer => "advocaat",
                    Helper::Voogd => "voogd",
                    Helper::Mentor => "mentor",
                };
                assert!(text.contains(word), "{topic:?} names no {word}: {text}");
            }
            // E12, E15: "you may finish" also says what the course does not do.
            if topic.promises_finish() {
                assert!(text.contains("vertrek niet tegen"), "{topic:?}");
                assert!(text.contains("geen verblijfsvergunning"), "{topic:?}");
                assert!(topic.helpers().iter().any(|h| h.after_18()), "{topic:?}");
            }
            // The past tense about the start only where the engine allows it.
            if text.contains("Je begon") || text.contains("je begon") {
                assert!(
                    topic.past_start(),
                    "{topic:?}: past tense for a start that may be ahead"
                );
            }
            assert!(
                !text.contains("diploma") || topic != Topic::MayFinish,
                "{topic:?}"
            );
        }
        assert!(nl.finding["isk_next"].starts_with("ISK geeft geen diploma."));
        assert!(
            nl.finding["bbl_not_possible"]
                .ends_with("Ben je nog geen 18? Vraag je school of je naar BOL kunt.")
        );
        assert!(!nl.finding["bbl_not_possible_adult"].contains("BOL"));
        assert!(nl.finding["started_after_18"].contains(
            "Begon je toen je procedure nog liep? Dan mag je misschien op die school blijven. Vraag het ASKV"
        ));
        assert!(
            nl.finding["may_finish_planned"]
                .starts_with("Begin je echt vóór {{ date }}? Dan mag je")
        );
    }

    #[test]
    fn dutch_sentences_are_short() {
        let nl = sections(NL);
        let texts = all_texts(&nl);
        for (key, text) in &texts {
            let avg = crate::domain::content::words_per_sentence(&[text]);
            assert!(avg <= 12.0, "{key}: {avg:.1} words a sentence: {text}");
        }
        let all: Vec<&str> = texts.iter().map(|(_, t)| *t).collect();
        let avg = crate::domain::content::words_per_sentence(&all);
        assert!(avg <= 12.0, "{avg:.1} words a sentence");
    }

    #[test]
    fn english_and_arabic_words() {
        let en = sections(EN);
        for (key, text) in all_texts(&en) {
            if text.contains("voogd") {
                assert!(text.contains("guardian (voogd)"), "{key}: {text}");
            }
        }
        let ar = sections(AR);
        for (key, text) in all_texts(&ar) {
            // "لا يجب" can read as "you must not"; "you don't have to" is "ليس عليك".
            assert!(!text.contains("لا يجب"), "{key}: {text}");
            // beroep is the first review by a court, not an appeal to a higher court (الاستئناف).
            assert!(!text.contains("استئناف"), "{key}: {text}");
            if text.contains("(beroep)") {
                assert!(
                    text.contains("الطعن أمام المحكمة (beroep)"),
                    "{key}: {text}"
                );
            }
        }
    }
}

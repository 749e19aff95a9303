//! Words for dates and kinds in the current language. Texts come from `locales/`; this only picks them.

use crate::domain::date::{Date, DateRange, PartialDate, days_in_month};
use crate::domain::timeline::{Decision, EntryKind, Person, Place, SchoolStep};
use crate::i18n::*;

pub fn month_name(locale: Locale, m: u8) -> &'static str {
    match m {
        1 => td_string!(locale, month.m1),
        2 => td_string!(locale, month.m2),
        3 => td_string!(locale, month.m3),
        4 => td_string!(locale, month.m4),
        5 => td_string!(locale, month.m5),
        6 => td_string!(locale, month.m6),
        7 => td_string!(locale, month.m7),
        8 => td_string!(locale, month.m8),
        9 => td_string!(locale, month.m9),
        10 => td_string!(locale, month.m10),
        11 => td_string!(locale, month.m11),
        _ => td_string!(locale, month.m12),
    }
}

/// "3 maart 2019", "maart 2019" or "2019" (day-month-year in every current locale).
pub fn partial(locale: Locale, p: PartialDate) -> String {
    match p {
        PartialDate::Year(y) => y.to_string(),
        PartialDate::YearMonth(y, m) => format!("{} {y}", month_name(locale, m)),
        PartialDate::Full(d) => date(locale, d),
    }
}

pub fn date(locale: Locale, d: Date) -> String {
    format!("{} {} {}", d.day(), month_name(locale, d.month()), d.year())
}

/// An honest range: one day, a whole month, "some time in 2027", or "28 February or 1 March".
pub fn range(locale: Locale, r: DateRange) -> String {
    if let Some(d) = r.exact() {
        return date(locale, d);
    }
    let (a, b) = (r.earliest, r.latest);
    let whole_month = a.year() == b.year()
        && a.month() == b.month()
        && a.day() == 1
        && b.day() == days_in_month(b.year(), b.month());
    if whole_month {
        return partial(locale, PartialDate::YearMonth(a.year(), a.month()));
    }
    let whole_year =
        a.year() == b.year() && (a.month(), a.day()) == (1, 1) && (b.month(), b.day()) == (12, 31);
    if whole_year {
        return td_string!(locale, timeline.range_year, year = a.year());
    }
    let (from, to) = (date(locale, a), date(locale, b));
    if b.day_number() - a.day_number() == 1 {
        td_string!(locale, timeline.range_between, from = from, to = to)
    } else {
        td_string!(locale, timeline.range_span, from = from, to = to)
    }
}

pub fn kind_name(locale: Locale, kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Arrival => td_string!(locale, kind.arrival),
        EntryKind::Registration => td_string!(locale, kind.registration),
        EntryKind::Interview => td_string!(locale, kind.interview),
        EntryKind::Decision(_) => td_string!(locale, kind.decision),
        EntryKind::Appeal => td_string!(locale, kind.appeal),
        EntryKind::Move(_) => td_string!(locale, kind.relocation),
        EntryKind::School(_) => td_string!(locale, kind.school),
        EntryKind::Talk(_) => td_string!(locale, kind.talk),
        EntryKind::Health => td_string!(locale, kind.health),
        EntryKind::GoodMoment => td_string!(locale, kind.good_moment),
        EntryKind::Other => td_string!(locale, kind.other),
    }
}

/// The detail of a kind ("negative", "kwv", "voogd"), if it has one.
pub fn detail_name(locale: Locale, kind: EntryKind) -> Option<&'static str> {
    Some(match kind {
        EntryKind::Decision(Decision::Positive) => td_string!(locale, detail.decision_positive),
        EntryKind::Decision(Decision::Negative) => td_string!(locale, detail.decision_negative),
        EntryKind::Decision(Decision::NotYetKnown) => {
            td_string!(locale, detail.decision_not_yet_known)
        }
        EntryKind::Move(Place::Pol) => td_string!(locale, detail.place_pol),
        EntryKind::Move(Place::Kwv) => td_string!(locale, detail.place_kwv),
        EntryKind::Move(Place::FosterFamily) => td_string!(locale, detail.place_foster_family),
        EntryKind::Move(Place::Other) => td_string!(locale, detail.place_other),
        EntryKind::School(SchoolStep::Start) => td_string!(locale, detail.school_start),
        EntryKind::School(SchoolStep::Finish) => td_string!(locale, detail.school_finish),
        EntryKind::School(SchoolStep::Diploma) => td_string!(locale, detail.school_diploma),
        EntryKind::School(SchoolStep::Internship) => td_string!(locale, detail.school_internship),
        EntryKind::School(SchoolStep::Deadline) => td_string!(locale, detail.school_deadline),
        EntryKind::Talk(Person::Mentor) => td_string!(locale, detail.person_mentor),
        EntryKind::Talk(Person::Voogd) => td_string!(locale, detail.person_voogd),
        EntryKind::Talk(Person::FosterParent) => td_string!(locale, detail.person_foster_parent),
        EntryKind::Talk(Person::Lawyer) => td_string!(locale, detail.person_lawyer),
        EntryKind::Talk(Person::Other) => td_string!(locale, detail.person_other),
        _ => return None,
    })
}

/// "Verhuizing · kwv" or "Gehoor".
pub fn kind_label(locale: Locale, kind: EntryKind) -> String {
    match detail_name(locale, kind) {
        Some(detail) => format!("{} · {detail}", kind_name(locale, kind)),
        None => kind_name(locale, kind).to_string(),
    }
}

/// The message for a form problem, shown next to its field.
pub fn problem(locale: Locale, p: crate::domain::timeline::EntryProblem) -> &'static str {
    use crate::domain::timeline::EntryProblem as P;
    match p {
        P::TitleMissing => td_string!(locale, error.title_missing),
        P::TitleTooLong => td_string!(locale, error.title_too_long),
        P::NoteTooLong => td_string!(locale, error.note_too_long),
        P::EndBeforeStart => td_string!(locale, error.end_before_start),
        P::TooFarAhead => td_string!(locale, error.too_far_ahead),
    }
}

/// The text of a school finding; `date` fills in the finding's date where it has one (for ISK without a
/// birth date: "your 18th birthday").
pub fn finding(locale: Locale, f: &crate::domain::education::Finding) -> String {
    use crate::domain::education::Topic as T;
    let date = match f.date {
        Some(d) => date(locale, d),
        None => td_string!(locale, finding.your_18th).into(),
    };
    match f.topic {
        T::CompulsoryUntil18 => td_string!(locale, finding.compulsory_until_18).into(),
        T::StartBefore18 => td_string!(locale, finding.start_before_18, date = date),
        T::StartNewBefore18 => td_string!(locale, finding.start_new_before_18, date = date),
        T::BirthUnknown => td_string!(locale, finding.birth_unknown).into(),
        T::MayFinish => td_string!(locale, finding.may_finish).into(),
        T::MayFinishPlanned => td_string!(locale, finding.may_finish_planned, date = date),
        T::IskNext => td_string!(locale, finding.isk_next, date = date),
        T::IskAfter18 => td_string!(locale, finding.isk_after_18).into(),
        T::StartedAfter18 => td_string!(locale, finding.started_after_18).into(),
        T::StartsAfter18 => td_string!(locale, finding.starts_after_18).into(),
        T::After18Now => td_string!(locale, finding.after_18_now).into(),
        T::StartUnknown => td_string!(locale, finding.start_unknown).into(),
        T::LawfulMayEnrol => td_string!(locale, finding.lawful_may_enrol).into(),
        T::PermitMayEnrol => td_string!(locale, finding.permit_may_enrol).into(),
        T::AppealAsk => td_string!(locale, finding.appeal_ask).into(),
        T::ResidenceUnknown => td_string!(locale, finding.residence_unknown).into(),
        T::InternshipAllowed => td_string!(locale, finding.internship_allowed).into(),
        T::InternshipAsk => td_string!(locale, finding.internship_ask).into(),
        T::InternshipIfRejected => td_string!(locale, finding.internship_if_rejected).into(),
        T::BblNotPossible => td_string!(locale, finding.bbl_not_possible).into(),
        T::BblNotPossibleAdult => td_string!(locale, finding.bbl_not_possible_adult).into(),
        T::BblIfRejected => td_string!(locale, finding.bbl_if_rejected).into(),
        T::HboFinishAsk => td_string!(locale, finding.hbo_finish_ask).into(),
        T::HboInternship => td_string!(locale, finding.hbo_internship).into(),
        T::Lesgeld => td_string!(locale, finding.lesgeld).into(),
        T::Helpdesk => td_string!(locale, finding.helpdesk).into(),
    }
}

/// A stored time stamp (ISO 8601, UTC) as the phone's local date and time, e.g. ("29 november 2026", "10:05").
pub fn stamp(locale: Locale, iso: &str) -> Option<(String, String)> {
    let t = js_sys::Date::new(&wasm_bindgen::JsValue::from_str(iso));
    let ms = t.get_time();
    if iso.is_empty() || ms.is_nan() {
        return None;
    }
    let d = Date::new(
        t.get_full_year() as i32,
        t.get_month() as u8 + 1,
        t.get_date() as u8,
    )?;
    Some((
        date(locale, d),
        format!("{:02}:{:02}", t.get_hours(), t.get_minutes()),
    ))
}

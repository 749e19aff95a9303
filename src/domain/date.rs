//! Dates as young people know them: sometimes only a year, or a year and a month.
//! [`Date`] is a plain calendar day; [`PartialDate`] is a year, a year-month or a full date;
//! ages and birthdays of partial dates are honest ranges.

use serde::{Deserialize, Serialize};
use std::cmp::Ordering;
use std::fmt;

/// A calendar day (proleptic Gregorian). Always valid once constructed through [`Date::new`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: i32,
    month: u8,
    day: u8,
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl Date {
    /// A valid day, or `None` (e.g. 30 February, month 13, or a year outside 1900..=2200).
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        let ok = (1900..=2200).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        ok.then_some(Date { year, month, day })
    }

    /// A date for constants and tests. Panics at compile time if the date is not valid.
    pub const fn const_new(year: i32, month: u8, day: u8) -> Date {
        assert!(month >= 1 && month <= 12 && day >= 1 && day <= 31);
        Date { year, month, day }
    }

    pub fn year(self) -> i32 {
        self.year
    }
    pub fn month(self) -> u8 {
        self.month
    }
    pub fn day(self) -> u8 {
        self.day
    }

    /// Parses `YYYY-MM-DD` (as `<input type=date>` and ISO timestamps give it).
    pub fn parse_iso(s: &str) -> Option<Date> {
        let s = s.get(..10)?;
        let mut it = s.split('-');
        let (y, m, d) = (
            it.next()?.parse().ok()?,
            it.next()?.parse().ok()?,
            it.next()?.parse().ok()?,
        );
        Date::new(y, m, d)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    pub fn day_number(self) -> i64 {
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day with the given day number; `None` outside the supported years.
    pub fn from_day_number(z: i64) -> Option<Date> {
        let z = z + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let y = yoe + era * 400 + i64::from(m <= 2);
        Date::new(i32::try_from(y).ok()?, m, d)
    }

    pub fn add_days(self, n: i64) -> Option<Date> {
        Date::from_day_number(self.day_number() + n)
    }

    /// The same day `months` months later; the end of the month when that day does not exist.
    pub fn add_months(self, months: i32) -> Option<Date> {
        let total = self.year * 12 + i32::from(self.month) - 1 + months;
        let (y, m) = (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8);
        Date::new(y, m, self.day.min(days_in_month(y, m)))
    }

    /// The anniversary `years` later. A 29 February anniversary in a common year falls on 28 February
    /// (the earlier day, so advice based on it is never too late).
    pub fn add_years(self, years: i32) -> Option<Date> {
        let y = self.year + years;
        Date::new(y, self.month, self.day.min(days_in_month(y, self.month)))
    }
}

impl fmt::Display for Date {
    /// ISO 8601: `2027-05-14`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// A first and last possible day. For a full date both are the same.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateRange {
    pub earliest: Date,
    pub latest: Date,
}

impl DateRange {
    pub fn exact(self) -> Option<Date> {
        (self.earliest == self.latest).then_some(self.earliest)
    }
    pub fn contains(self, d: Date) -> bool {
        self.earliest <= d && d <= self.latest
    }
}

/// A date as precise as the person knows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "PartialDateRepr", into = "PartialDateRepr")]
pub enum PartialDate {
    Year(i32),
    YearMonth(i32, u8),
    Full(Date),
}

/// Stored form: `{"y":2019}`, `{"y":2019,"m":3}` or `{"y":2019,"m":3,"d":3}`.
#[derive(Serialize, Deserialize)]
struct PartialDateRepr {
    y: i32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    m: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    d: Option<u8>,
}

impl TryFrom<PartialDateRepr> for PartialDate {
    type Error = String;
    fn try_from(r: PartialDateRepr) -> Result<Self, String> {
        PartialDate::from_parts(r.y, r.m, r.d).ok_or_else(|| "not a valid date".to_string())
    }
}

impl From<PartialDate> for PartialDateRepr {
    fn from(p: PartialDate) -> Self {
        match p {
            PartialDate::Year(y) => PartialDateRepr {
                y,
                m: None,
                d: None,
            },
            PartialDate::YearMonth(y, m) => PartialDateRepr {
                y,
                m: Some(m),
                d: None,
            },
            PartialDate::Full(d) => PartialDateRepr {
                y: d.year,
                m: Some(d.month),
                d: Some(d.day),
            },
        }
    }
}

impl PartialDate {
    /// Builds a partial date from optional parts. A day without a month is not a date.
    pub fn from_parts(year: i32, month: Option<u8>, day: Option<u8>) -> Option<PartialDate> {
        Date::new(year, 1, 1)?;
        match (month, day) {
            (None, None) => Some(PartialDate::Year(year)),
            (Some(m), None) => Date::new(year, m, 1).map(|_| PartialDate::YearMonth(year, m)),
            (Some(m), Some(d)) => Date::new(year, m, d).map(PartialDate::Full),
            (None, Some(_)) => None,
        }
    }

    pub fn year(self) -> i32 {
        match self {
            PartialDate::Year(y) | PartialDate::YearMonth(y, _) => y,
            PartialDate::Full(d) => d.year,
        }
    }

    pub fn month(self) -> Option<u8> {
        match self {
            PartialDate::Year(_) => None,
            PartialDate::YearMonth(_, m) => Some(m),
            PartialDate::Full(d) => Some(d.month),
        }
    }

    pub fn day(self) -> Option<u8> {
        match self {
            PartialDate::Full(d) => Some(d.day),
            _ => None,
        }
    }

    /// The first and last day this date can mean.
    pub fn range(self) -> DateRange {
        let (earliest, latest) = match self {
            PartialDate::Year(y) => (
                Date {
                    year: y,
                    month: 1,
                    day: 1,
                },
                Date {
                    year: y,
                    month: 12,
                    day: 31,
                },
            ),
            PartialDate::YearMonth(y, m) => (
                Date {
                    year: y,
                    month: m,
                    day: 1,
                },
                Date {
                    year: y,
                    month: m,
                    day: days_in_month(y, m),
                },
            ),
            PartialDate::Full(d) => (d, d),
        };
        DateRange { earliest, latest }
    }

    pub fn earliest(self) -> Date {
        self.range().earliest
    }

    /// Ordering for timelines: by the earliest possible day; a less precise date comes first on a tie.
    /// Use with a stable sort so equal dates keep their order.
    pub fn timeline_cmp(&self, other: &PartialDate) -> Ordering {
        self.earliest().cmp(&other.earliest())
    }

    /// The Nth birthday of someone born on this date, as a range of possible days.
    pub fn nth_birthday(self, n: i32) -> Option<DateRange> {
        let r = self.range();
        let earliest = r.earliest.add_years(n)?;
        let mut latest = r.latest.add_years(n)?;
        if r.latest.month == 2 && r.latest.day == 29 && latest.day == 28 {
            // Born on 29 February: in a common year the birthday is 28 February or 1 March.
            latest = latest.add_days(1)?;
        }
        Some(DateRange { earliest, latest })
    }

    /// Age in whole years on `day`: (youngest possible, oldest possible).
    pub fn age_on(self, day: Date) -> (i32, i32) {
        let r = self.range();
        (age(r.latest, day), age(r.earliest, day))
    }

    /// The age to show on `day`, or `None` for a birth date that cannot be right (in the future, or over
    /// [`OLDEST_AGE`]): never "You are -75" (walk D17).
    pub fn shown_age(self, day: Date) -> Option<(i32, i32)> {
        let (young, old) = self.age_on(day);
        (young >= 0 && old <= OLDEST_AGE).then_some((young.max(0), old))
    }
}

/// The youngest age whose birth year the birth-date field offers (its list ends this many years ago), and
/// the oldest age Koers shows.
pub const YOUNGEST_AGE: i32 = 8;
pub const OLDEST_AGE: i32 = 40;

/// Whole years from `born` to `day` (negative before birth). A 29 February birthday counts on 1 March
/// in common years, as for legal ages in the Netherlands; [`PartialDate::nth_birthday`] shows the range.
fn age(born: Date, day: Date) -> i32 {
    let mut years = day.year - born.year;
    if (day.month, day.day) < (born.month, born.day) {
        years -= 1;
    }
    years
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u8, day: u8) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn validity() {
        let cases = [
            (2024, 2, 29, true),
            (2023, 2, 29, false),
            (1900, 2, 29, false),
            (2000, 2, 29, true),
            (2026, 4, 31, false),
            (2026, 13, 1, false),
            (2026, 1, 0, false),
            (1899, 12, 31, false),
        ];
        for (y, m, day, ok) in cases {
            assert_eq!(Date::new(y, m, day).is_some(), ok, "{y}-{m}-{day}");
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(d(1970, 1, 1).day_number(), 0);
        assert_eq!(d(2000, 3, 1).day_number(), 11_017);
        let mut day = d(1999, 12, 25);
        for _ in 0..1000 {
            let next = day.add_days(1).unwrap();
            assert_eq!(next.day_number(), day.day_number() + 1);
            assert!(next > day);
            day = next;
        }
    }

    #[test]
    fn adding_months_and_years() {
        assert_eq!(d(2026, 1, 31).add_months(1), Some(d(2026, 2, 28)));
        assert_eq!(d(2026, 8, 15).add_months(6), Some(d(2027, 2, 15)));
        assert_eq!(d(2026, 3, 15).add_months(-6), Some(d(2025, 9, 15)));
        assert_eq!(d(2008, 2, 29).add_years(18), Some(d(2026, 2, 28)));
        assert_eq!(d(2008, 2, 29).add_years(16), Some(d(2024, 2, 29)));
    }

    #[test]
    fn partial_dates_sort_by_earliest_day_and_stay_stable() {
        let mut items = [
            ("b", PartialDate::Full(d(2019, 3, 3))),
            ("a", PartialDate::Year(2019)),
            ("c", PartialDate::YearMonth(2019, 3)),
            ("e", PartialDate::Year(2018)),
            ("d", PartialDate::Full(d(2019, 1, 1))),
            ("f", PartialDate::Full(d(2019, 3, 1))),
        ];
        items.sort_by(|x, y| x.1.timeline_cmp(&y.1));
        let order: String = items.iter().map(|i| i.0).collect();
        // 2018 first; then 2019 and 1 Jan 2019 tie (kept in input order: "a" before "d"); then March.
        assert_eq!(order, "eadcfb");
    }

    #[test]
    fn ages_on_a_day() {
        let cases = [
            // (birth, day, youngest, oldest)
            (PartialDate::Full(d(2009, 5, 14)), d(2027, 5, 13), 17, 17),
            (PartialDate::Full(d(2009, 5, 14)), d(2027, 5, 14), 18, 18),
            (PartialDate::Full(d(2009, 5, 14)), d(2027, 5, 15), 18, 18),
            (PartialDate::Year(2009), d(2027, 6, 1), 17, 18),
            (PartialDate::Year(2009), d(2027, 1, 1), 17, 18),
            (PartialDate::Year(2009), d(2026, 12, 30), 16, 17),
            (PartialDate::Year(2009), d(2026, 12, 31), 17, 17),
            (PartialDate::Year(2009), d(2028, 1, 1), 18, 19),
            (PartialDate::YearMonth(2009, 5), d(2027, 5, 20), 17, 18),
            (PartialDate::YearMonth(2009, 5), d(2027, 6, 1), 18, 18),
            // 29 February: 18 on 1 March in a common year.
            (PartialDate::Full(d(2008, 2, 29)), d(2026, 2, 28), 17, 17),
            (PartialDate::Full(d(2008, 2, 29)), d(2026, 3, 1), 18, 18),
            (PartialDate::Full(d(2008, 2, 29)), d(2024, 2, 29), 16, 16),
        ];
        for (birth, day, young, old) in cases {
            assert_eq!(birth.age_on(day), (young, old), "{birth:?} on {day}");
        }
    }

    /// Walk D17: a birth date in the future or far past shows no age at all.
    #[test]
    fn an_impossible_birth_date_shows_no_age() {
        let today = d(2026, 12, 1);
        assert_eq!(PartialDate::Year(2100).shown_age(today), None);
        assert_eq!(PartialDate::Full(d(2026, 12, 2)).shown_age(today), None);
        assert_eq!(PartialDate::Year(1901).shown_age(today), None);
        assert_eq!(PartialDate::Year(2026).shown_age(today), None);
        assert_eq!(PartialDate::Year(2025).shown_age(today), Some((0, 1)));
        assert_eq!(PartialDate::Year(2009).shown_age(today), Some((16, 17)));
    }

    #[test]
    fn birthdays_are_honest_ranges() {
        let full = PartialDate::Full(d(2009, 5, 14)).nth_birthday(18).unwrap();
        assert_eq!(full.exact(), Some(d(2027, 5, 14)));
        let year = PartialDate::Year(2009).nth_birthday(18).unwrap();
        assert_eq!(
            (year.earliest, year.latest),
            (d(2027, 1, 1), d(2027, 12, 31))
        );
        let month = PartialDate::YearMonth(2009, 2).nth_birthday(18).unwrap();
        assert_eq!(
            (month.earliest, month.latest),
            (d(2027, 2, 1), d(2027, 2, 28))
        );
        let leap = PartialDate::Full(d(2008, 2, 29)).nth_birthday(18).unwrap();
        assert_eq!(
            (leap.earliest, leap.latest),
            (d(2026, 2, 28), d(2026, 3, 1))
        );
        let leap16 = PartialDate::Full(d(2008, 2, 29)).nth_birthday(16).unwrap();
        assert_eq!(leap16.exact(), Some(d(2024, 2, 29)));
    }

    #[test]
    fn stored_form_round_trips_and_rejects_nonsense() {
        for p in [
            PartialDate::Year(2019),
            PartialDate::YearMonth(2019, 3),
            PartialDate::Full(d(2019, 3, 3)),
        ] {
            let json = serde_json::to_string(&p).unwrap();
            assert_eq!(serde_json::from_str::<PartialDate>(&json).unwrap(), p);
        }
        assert_eq!(
            serde_json::to_string(&PartialDate::YearMonth(2019, 3)).unwrap(),
            r#"{"y":2019,"m":3}"#
        );
        for bad in [
            r#"{"y":2019,"m":13}"#,
            r#"{"y":2019,"d":3}"#,
            r#"{"y":2023,"m":2,"d":29}"#,
            r#"{"y":99999}"#,
        ] {
            assert!(serde_json::from_str::<PartialDate>(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn parse_iso() {
        assert_eq!(
            Date::parse_iso("2026-11-29T12:00:00.000Z"),
            Some(d(2026, 11, 29))
        );
        assert_eq!(Date::parse_iso("2026-02-30"), None);
        assert_eq!(Date::parse_iso("nonsense"), None);
    }
}

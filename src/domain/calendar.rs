//! `.ics` export (RFC 5545) of what is coming: all-day events, UTF-8, CRLF, lines folded at 75 octets.
//! The user's calendar app reminds them; Koers itself never needs a network or notifications.

use super::date::Date;
use super::plan::{Agreement, dated, due};

/// One all-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Event {
    /// Unique and stable, so importing twice updates instead of duplicating.
    pub uid: String,
    pub date: Date,
    pub summary: String,
    pub description: String,
}

/// The calendar file. `stamp` is the export time as `YYYYMMDDTHHMMSSZ`.
pub fn to_ics(events: &[Event], stamp: &str) -> String {
    let mut lines = vec![
        "BEGIN:VCALENDAR".to_string(),
        "VERSION:2.0".into(),
        "PRODID:-//Koers//Koers//NL".into(),
        "CALSCALE:GREGORIAN".into(),
    ];
    for e in events {
        let next = e.date.add_days(1).unwrap_or(e.date);
        lines.push("BEGIN:VEVENT".into());
        lines.push(format!("UID:{}@koers.local", escape(&e.uid)));
        lines.push(format!("DTSTAMP:{stamp}"));
        lines.push(format!("DTSTART;VALUE=DATE:{}", compact(e.date)));
        lines.push(format!("DTEND;VALUE=DATE:{}", compact(next)));
        lines.push(format!("SUMMARY:{}", escape(&e.summary)));
        if !e.description.is_empty() {
            lines.push(format!("DESCRIPTION:{}", escape(&e.description)));
        }
        lines.push("TRANSP:TRANSPARENT".into());
        lines.push("END:VEVENT".into());
    }
    lines.push("END:VCALENDAR".into());
    lines.iter().map(|l| fold(l)).collect::<Vec<_>>().join("")
}

/// Events for the open agreements with a date that is today or later, on the last day their date can mean
/// ("by March" is 31 March). `words` gives an agreement's summary and description in the user's language.
pub fn agreement_events(
    agreements: &[Agreement],
    today: Date,
    words: impl Fn(&Agreement) -> (String, String),
) -> Vec<Event> {
    dated(agreements)
        .into_iter()
        .filter_map(|a| {
            let date = due(a).filter(|d| *d >= today)?;
            let (summary, description) = words(a);
            Some(Event {
                uid: format!("agreement-{}", a.id),
                date,
                summary,
                description,
            })
        })
        .collect()
}

fn compact(d: Date) -> String {
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// TEXT escaping (RFC 5545 3.3.11).
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Folds a content line to at most 75 octets per line, never inside a UTF-8 character; ends with CRLF.
fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + 8);
    let mut octets = 0;
    for c in line.chars() {
        let n = c.len_utf8();
        if octets + n > 75 {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += n;
    }
    out.push_str("\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small RFC 5545 reader: unfold, split properties, unescape. Enough to check what we write.
    fn parse(ics: &str) -> Vec<Vec<(String, String)>> {
        assert!(ics.ends_with("\r\n"));
        let unfolded = ics.replace("\r\n ", "");
        let mut events = Vec::new();
        let mut current: Option<Vec<(String, String)>> = None;
        for line in unfolded.split("\r\n").filter(|l| !l.is_empty()) {
            let (name, value) = line.split_once(':').expect("every line has a colon");
            match (name, value) {
                ("BEGIN", "VEVENT") => current = Some(Vec::new()),
                ("END", "VEVENT") => events.push(current.take().unwrap()),
                _ => {
                    if let Some(ev) = current.as_mut() {
                        let mut v = String::new();
                        let mut it = value.chars();
                        while let Some(c) = it.next() {
                            if c == '\\' {
                                match it.next() {
                                    Some('n') => v.push('\n'),
                                    Some(o) => v.push(o),
                                    None => {}
                                }
                            } else {
                                v.push(c);
                            }
                        }
                        ev.push((name.to_string(), v));
                    }
                }
            }
        }
        events
    }

    #[test]
    fn open_dated_agreements_become_events_on_their_last_day() {
        use crate::domain::date::PartialDate;
        use crate::domain::plan::{AgreementInput, Who, agreement_from};
        let make = |id: &str, by: Option<PartialDate>| {
            let input = AgreementInput {
                what: format!("Afspraak {id}"),
                who: Who::Mentor,
                by,
            };
            agreement_from(id.into(), input, "t").unwrap()
        };
        let today = Date::new(2026, 11, 29).unwrap();
        let mut done = make("done", Some(PartialDate::Year(2027)));
        done.done = true;
        let list = vec![
            make("march", Some(PartialDate::YearMonth(2027, 3))),
            make("none", None),
            make("past", Some(PartialDate::YearMonth(2026, 10))),
            make("today", Some(PartialDate::Full(today))),
            done,
        ];
        let events = agreement_events(&list, today, |a| (a.what.clone(), "Mentor".into()));
        let got: Vec<(&str, Date)> = events.iter().map(|e| (e.uid.as_str(), e.date)).collect();
        assert_eq!(
            got,
            [
                ("agreement-today", today),
                ("agreement-march", Date::new(2027, 3, 31).unwrap())
            ]
        );
        let parsed = parse(&to_ics(&events, "20261129T120000Z"));
        assert_eq!(parsed.len(), 2);
        let march = &parsed[1];
        assert!(march.contains(&("SUMMARY".into(), "Afspraak march".into())));
        assert!(march.contains(&("DESCRIPTION".into(), "Mentor".into())));
        assert!(march.contains(&("DTSTART;VALUE=DATE".into(), "20270331".into())));
    }

    #[test]
    fn round_trip_with_folding_and_escaping() {
        let long = "Begin met de opleiding die je wilt afmaken; vóór je 18e verjaardag, met je mentor — ابدأ المدرسة قبل سن 18";
        let events = vec![
            Event {
                uid: "start-school".into(),
                date: Date::new(2027, 5, 13).unwrap(),
                summary: long.into(),
                description: "Regel 1\nRegel 2, met komma".into(),
            },
            Event {
                uid: "birthday-18".into(),
                date: Date::new(2027, 12, 31).unwrap(),
                summary: "18".into(),
                description: String::new(),
            },
        ];
        let ics = to_ics(&events, "20261129T120000Z");
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "line longer than 75 octets: {line:?}");
        }
        assert!(ics.starts_with("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        let parsed = parse(&ics);
        assert_eq!(parsed.len(), 2);
        let get = |ev: &Vec<(String, String)>, k: &str| {
            ev.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone())
        };
        assert_eq!(get(&parsed[0], "SUMMARY").as_deref(), Some(long));
        assert_eq!(
            get(&parsed[0], "DESCRIPTION").as_deref(),
            Some("Regel 1\nRegel 2, met komma")
        );
        assert_eq!(
            get(&parsed[0], "DTSTART;VALUE=DATE").as_deref(),
            Some("20270513")
        );
        assert_eq!(
            get(&parsed[0], "DTEND;VALUE=DATE").as_deref(),
            Some("20270514")
        );
        assert_eq!(
            get(&parsed[1], "DTEND;VALUE=DATE").as_deref(),
            Some("20280101")
        );
        assert_eq!(
            get(&parsed[1], "UID").as_deref(),
            Some("birthday-18@koers.local")
        );
        assert_eq!(get(&parsed[1], "DESCRIPTION"), None);
    }

    /// Hostile text (line breaks that try to start a new property or event, RFC 5545 separators, markup, an
    /// RTL override, a 16 KB string) stays inside its own property, escaped and folded.
    #[test]
    fn hostile_text_cannot_break_out_of_its_property() {
        let payloads = [
            "x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nSUMMARY:nep",
            "a;b,c\\d:e",
            "<script>alert(1)</script> \"><svg onload=alert(1)>",
            "javascript:alert(1)",
            "\u{202e}kcah\u{2069} \u{200b}\u{2066}",
            "\n\n\n",
        ];
        let long = "ا;,\n".repeat(4096);
        let mut texts: Vec<String> = payloads.iter().map(|p| p.to_string()).collect();
        texts.push(long);
        let events: Vec<Event> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Event {
                uid: format!("agreement-{t}"),
                date: Date::new(2027, 1, 1 + i as u8).unwrap(),
                summary: t.clone(),
                description: t.clone(),
            })
            .collect();
        let ics = to_ics(&events, "20261129T120000Z");
        for line in ics.split("\r\n") {
            assert!(line.len() <= 75, "line longer than 75 octets");
        }
        assert_eq!(ics.matches("\r\nBEGIN:VEVENT\r\n").count(), texts.len());
        let parsed = parse(&ics);
        assert_eq!(parsed.len(), texts.len());
        for (ev, t) in parsed.iter().zip(&texts) {
            let want = t.replace('\r', "");
            assert_eq!(ev.len(), 7, "no property was added: {ev:?}");
            assert!(ev.contains(&("SUMMARY".into(), want.clone())));
            assert!(ev.contains(&("DESCRIPTION".into(), want)));
        }
    }
}

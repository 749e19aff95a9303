//! The hand JSON codec (`src/domain/json.rs`, `domain/codec.rs`) against the serde_json code it replaced
//! (`tests/reference/`), so the stored format can never drift: data on the young people's phones must
//! read back forever, and what this build writes must read in older builds.
//!
//! - Generated documents, sessions and locked envelopes (proptest, fixed seed): the hand writer gives the
//!   same bytes as serde_json, and the hand reader reads serde_json's output back to the same value.
//! - Fixed files: every stored schema fixture, a real backup, a locked envelope, a talk session
//!   (`tests/fixtures/`, written once by the serde code and kept byte for byte) and every card file.
//! - Edge cases of the grammar, where both must accept the same and refuse the same.
//!
//! Hostile and mutated input is compared in `tests/backup_fuzz.rs` (`serde_and_the_hand_codec_agree`).
#![cfg(not(target_arch = "wasm32"))]

mod reference;

use koers::domain::backup;
use koers::domain::codec;
use koers::domain::content::CardFile;
use koers::domain::date::PartialDate;
use koers::domain::education::{Education, Residence, SchoolAnswers};
use koers::domain::json;
use koers::domain::plan::{Agreement, Goals, Who};
use koers::domain::state::{Document, Profile, Question, Settings};
use koers::domain::talk::Session;
use koers::domain::timeline::{Decision, Entry, EntryKind, Person, Place, SchoolStep};
use koers::store::schema::{self, Decoded};
use koers::store::sealed::{self, Sealed};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed};

fn cases() -> u32 {
    std::env::var("KOERS_FUZZ_CASES")
        .ok()
        .and_then(|v| v.replace('_', "").parse::<u32>().ok())
        .map_or(500, |n| n.min(50_000))
}

/// Text that tests the escaping: any characters (control characters too), the ones that are escaped,
/// and the ones that look as if they would be (`/`, DEL, U+2028).
fn text() -> impl Strategy<Value = String> {
    let special = prop_oneof![
        Just('"'),
        Just('\\'),
        Just('/'),
        Just('\n'),
        Just('\r'),
        Just('\t'),
        Just('\u{8}'),
        Just('\u{c}'),
        Just('\u{0}'),
        Just('\u{1f}'),
        Just('\u{7f}'),
        Just('\u{2028}'),
        Just('\u{fffd}'),
        Just('😀'),
        Just('ا'),
        Just('x'),
    ];
    prop_oneof![
        3 => "\\PC{0,16}",
        2 => any::<String>(),
        2 => proptest::collection::vec(special, 0..12).prop_map(|v| v.into_iter().collect()),
    ]
}

fn date() -> impl Strategy<Value = PartialDate> {
    (1900i32..=2200, 0u8..=12, 0u8..=28).prop_map(|(y, m, d)| {
        let m = (m > 0).then_some(m);
        let d = (d > 0 && m.is_some()).then_some(d);
        PartialDate::from_parts(y, m, d).unwrap()
    })
}

fn kind() -> impl Strategy<Value = EntryKind> {
    let all = vec![
        EntryKind::Arrival,
        EntryKind::Registration,
        EntryKind::Interview,
        EntryKind::Decision(Decision::Positive),
        EntryKind::Decision(Decision::Negative),
        EntryKind::Decision(Decision::NotYetKnown),
        EntryKind::Appeal,
        EntryKind::Move(Place::Pol),
        EntryKind::Move(Place::Kwv),
        EntryKind::Move(Place::FosterFamily),
        EntryKind::Move(Place::Other),
        EntryKind::School(SchoolStep::Start),
        EntryKind::School(SchoolStep::Finish),
        EntryKind::School(SchoolStep::Diploma),
        EntryKind::School(SchoolStep::Internship),
        EntryKind::School(SchoolStep::Deadline),
        EntryKind::Talk(Person::Mentor),
        EntryKind::Talk(Person::Voogd),
        EntryKind::Talk(Person::FosterParent),
        EntryKind::Talk(Person::Lawyer),
        EntryKind::Talk(Person::Other),
        EntryKind::Health,
        EntryKind::GoodMoment,
        EntryKind::Other,
    ];
    proptest::sample::select(all)
}

fn who() -> impl Strategy<Value = Who> {
    proptest::sample::select(Who::ALL.to_vec())
}

fn entry() -> impl Strategy<Value = Entry> {
    (
        text(),
        kind(),
        date(),
        proptest::option::of(date()),
        text(),
        text(),
        any::<bool>(),
        text(),
        text(),
    )
        .prop_map(
            |(id, kind, date, end, title, note, private, created, updated)| Entry {
                id,
                kind,
                date,
                end,
                title,
                note,
                private,
                created,
                updated,
            },
        )
}

fn school() -> impl Strategy<Value = SchoolAnswers> {
    (
        proptest::option::of(proptest::sample::select(Residence::ALL.to_vec())),
        proptest::option::of(proptest::sample::select(Education::ALL.to_vec())),
        proptest::option::of(date()),
        proptest::option::of(date()),
        proptest::option::of(any::<bool>()),
        any::<bool>(),
    )
        .prop_map(
            |(residence, education, start, end, internship, done)| SchoolAnswers {
                residence,
                education,
                start,
                end,
                internship,
                done,
            },
        )
}

fn question() -> impl Strategy<Value = Question> {
    (
        text(),
        proptest::option::of(text()),
        text(),
        proptest::option::of(who()),
        any::<bool>(),
        text(),
        text(),
    )
        .prop_map(|(id, link, text, to, asked, answer, created)| Question {
            id,
            link,
            text,
            to,
            asked,
            answer,
            created,
        })
}

fn agreement() -> impl Strategy<Value = Agreement> {
    (
        text(),
        text(),
        who(),
        proptest::option::of(date()),
        any::<bool>(),
        text(),
        text(),
    )
        .prop_map(|(id, what, who, by, done, created, updated)| Agreement {
            id,
            what,
            who,
            by,
            done,
            created,
            updated,
        })
}

fn document() -> impl Strategy<Value = Document> {
    use proptest::collection::{btree_map, btree_set, vec};
    let profile = (
        text(),
        proptest::option::of(date()),
        proptest::option::of(date()),
    )
        .prop_map(|(name, birth, arrival)| Profile {
            name,
            birth,
            arrival,
        });
    let settings = (
        proptest::option::of(text()),
        any::<bool>(),
        proptest::option::of(any::<u32>()),
    )
        .prop_map(|(language, welcomed, lock_after)| Settings {
            language,
            welcomed,
            lock_after,
        });
    let goals =
        (text(), text(), text()).prop_map(|(learn, need, more)| Goals { learn, need, more });
    (
        profile,
        settings,
        vec(entry(), 0..4),
        vec(entry(), 0..3),
        btree_set(text(), 0..3),
        school(),
        vec(question(), 0..3),
        vec(agreement(), 0..3),
        goals,
        btree_map(text(), text(), 0..3),
    )
        .prop_map(
            |(
                profile,
                settings,
                entries,
                deleted,
                dismissed,
                school,
                questions,
                agreements,
                goals,
                drafts,
            )| Document {
                profile,
                settings,
                entries,
                deleted,
                dismissed,
                school,
                questions,
                agreements,
                goals,
                drafts,
            },
        )
}

fn session() -> impl Strategy<Value = Session> {
    (
        any::<u8>(),
        any::<usize>(),
        text(),
        proptest::collection::vec(text(), 0..4),
    )
        .prop_map(|(step, at, second, topics)| Session {
            step,
            at,
            second,
            topics,
        })
}

fn locked() -> impl Strategy<Value = Sealed> {
    (
        any::<u64>(),
        text(),
        any::<u32>(),
        any::<[u8; 16]>(),
        any::<[u8; 12]>(),
        any::<[u8; 12]>(),
        proptest::collection::vec(any::<u8>(), 0..30),
        proptest::collection::vec(any::<u8>(), 0..60),
    )
        .prop_map(
            |(schema, saved_at, iterations, salt, iv, check_iv, check, ciphertext)| Sealed {
                schema,
                saved_at,
                iterations,
                salt,
                iv,
                check_iv,
                check,
                ciphertext,
            },
        )
}

proptest! {
    #![proptest_config(Config { cases: cases(), rng_seed: RngSeed::Fixed(0x6b_6f_65_72_73), failure_persistence: None, ..Config::default() })]

    /// Every way a document is written gives serde_json's bytes, and reads back to the same document.
    #[test]
    fn a_document_is_written_as_serde_wrote_it_and_reads_back(doc in document(), at in text()) {
        let serde = serde_json::to_string(&doc).unwrap();
        prop_assert_eq!(&codec::write_document(&doc), &serde);
        prop_assert_eq!(&schema::encode_doc(&doc), &serde);
        prop_assert_eq!(schema::encode(&doc, &at), reference::encode(&doc, &at));
        prop_assert_eq!(schema::wrap(&serde, &at), reference::wrap(&serde, &at));
        prop_assert_eq!(backup::export(&doc, &at), reference::export(&doc, &at));
        prop_assert_eq!(codec::read_document(&serde), Ok(doc.clone()));
        let stored = reference::encode(&doc, &at);
        prop_assert_eq!(schema::decode(&stored), Decoded::Doc(doc.clone()));
        prop_assert_eq!(schema::decode(&stored), reference::decode(&stored));
        let file = reference::export(&doc, &at);
        prop_assert_eq!(backup::read(file.as_bytes()), reference::read(file.as_bytes()));
        prop_assert_eq!(backup::read_file(&file), reference::read_file(&file));
        prop_assert_eq!(schema::stored_language(&stored), doc.settings.language.clone());
        // An older schema reads through the same migrations.
        for old in 1..=4 {
            let raw = stored.replace(r#""schema":5"#, &format!(r#""schema":{old}"#));
            prop_assert_eq!(schema::decode(&raw), reference::decode(&raw));
        }
    }

    #[test]
    fn a_talk_session_is_written_as_serde_wrote_it_and_reads_back(s in session()) {
        let serde = reference::session_encode(&s);
        prop_assert_eq!(&s.encode(), &serde);
        prop_assert_eq!(codec::read_session(&serde), Ok(s.clone()));
        prop_assert_eq!(Session::decode(&serde), reference::session_decode(&serde));
    }

    #[test]
    fn a_locked_envelope_is_written_as_serde_wrote_it_and_reads_back(s in locked()) {
        let serde = reference::seal_envelope(&s);
        prop_assert_eq!(&sealed::seal_envelope(&s), &serde);
        prop_assert_eq!(sealed::read_sealed(&serde), reference::read_sealed(&serde));
        prop_assert_eq!(sealed::is_sealed(&serde), reference::is_sealed(&serde));
        prop_assert!(sealed::is_sealed(&serde));
    }

    /// A string of any characters is escaped as serde_json escapes it, and reads back.
    #[test]
    fn any_string_is_escaped_as_serde_escapes_it(s in text()) {
        let serde = serde_json::to_string(&s).unwrap();
        prop_assert_eq!(&json::quote(&s), &serde);
        prop_assert_eq!(json::read(&serde, json::Reader::string), Ok(s));
    }
}

/// A document with every field set, for the fixed files.
fn full() -> Document {
    let e = |id: &str, kind: &str, title: &str| Entry {
        id: id.into(),
        kind: EntryKind::from_code(kind).unwrap(),
        date: PartialDate::from_parts(2024, Some(3), Some(15)).unwrap(),
        end: None,
        title: title.into(),
        note: String::new(),
        private: false,
        created: "2026-11-01T10:00:00.000Z".into(),
        updated: "2026-11-02T10:00:00.000Z".into(),
    };
    let mut doc = Document::default();
    doc.profile.name = "Yonas «ዮናስ» يونس".into();
    doc.profile.birth = Some(PartialDate::Year(2009));
    doc.profile.arrival = PartialDate::from_parts(2023, Some(9), None);
    doc.settings.language = Some("ti".into());
    doc.settings.welcomed = true;
    doc.settings.lock_after = Some(15);
    doc.entries
        .push(e("e1", "arrival", "Aangekomen in Ter Apel"));
    let mut period = e("e2", "move:kwv", "Naar de kwv");
    period.date = PartialDate::YearMonth(2023, 11);
    period.end = Some(PartialDate::Year(2025));
    period.note = "regel 1\nregel 2 met \"aanhalingstekens\" en \\ en \t tab\u{1}".into();
    period.private = true;
    doc.entries.push(period);
    doc.entries
        .push(e("e3", "talk:voogd", "<script>alert(1)</script> 😀"));
    doc.deleted.push(e("e4", "school:diploma", "Weg"));
    doc.dismissed.insert("m:18".into());
    doc.dismissed.insert("m:vbl".into());
    doc.school = SchoolAnswers {
        residence: Some(Residence::Rejected),
        education: Some(Education::MboBol),
        start: PartialDate::from_parts(2024, Some(9), Some(1)),
        end: None,
        internship: Some(true),
        done: true,
    };
    doc.questions.push(Question {
        id: "q1".into(),
        link: Some("finding:lesgeld".into()),
        text: "Mag ik stage lopen?".into(),
        to: Some(Who::FosterParent),
        asked: true,
        answer: "Ja".into(),
        created: "2026-11-03T10:00:00.000Z".into(),
    });
    doc.agreements.push(Agreement {
        id: "a1".into(),
        what: "Bellen met IOM".into(),
        who: Who::Voogd,
        by: Some(PartialDate::YearMonth(2027, 1)),
        done: false,
        created: "2026-11-04T10:00:00.000Z".into(),
        updated: "2026-11-04T10:00:00.000Z".into(),
    });
    doc.goals = Goals {
        learn: "Koken".into(),
        need: "Een diploma".into(),
        more: String::new(),
    };
    doc.drafts.insert("entry.new.title".into(), "half".into());
    doc
}

fn locked_sample() -> Sealed {
    Sealed {
        schema: 5,
        saved_at: "2026-11-29T10:00:00.000Z".into(),
        iterations: 600_000,
        salt: [7; 16],
        iv: [9; 12],
        check_iv: [4; 12],
        check: vec![1; 21],
        ciphertext: (0..=255).collect(),
    }
}

fn session_sample() -> Session {
    Session {
        step: 2,
        at: 1,
        second: "ar".into(),
        topics: vec![
            "timeline".into(),
            "card:vbl".into(),
            "finding:lesgeld".into(),
        ],
    }
}

const BACKUP: &str = include_str!("fixtures/backup-v1.koers");
const STORED: &str = include_str!("fixtures/schema-v5.json");
const LOCKED: &str = include_str!("fixtures/locked-v5.json");
const SESSION: &str = include_str!("fixtures/talk-session.json");

/// The fixed files were written by the serde code; both codecs still write them byte for byte.
#[test]
fn the_fixed_files_are_written_byte_for_byte() {
    let at = "2026-11-29T10:00:00.000Z";
    for (name, hand, serde, file) in [
        (
            "backup",
            backup::export(&full(), at),
            reference::export(&full(), at),
            BACKUP,
        ),
        (
            "stored",
            schema::encode(&full(), at),
            reference::encode(&full(), at),
            STORED,
        ),
        (
            "locked",
            sealed::seal_envelope(&locked_sample()),
            reference::seal_envelope(&locked_sample()),
            LOCKED,
        ),
        (
            "session",
            session_sample().encode(),
            reference::session_encode(&session_sample()),
            SESSION,
        ),
    ] {
        assert_eq!(serde, file.trim_end(), "{name}: the serde reference");
        assert_eq!(hand, file.trim_end(), "{name}: the hand codec");
    }
}

#[test]
fn the_fixed_files_read_back_the_same() {
    assert_eq!(backup::read(BACKUP.as_bytes()), Ok(full()));
    assert_eq!(
        backup::read(BACKUP.as_bytes()),
        reference::read(BACKUP.as_bytes())
    );
    assert_eq!(schema::decode(STORED), Decoded::Doc(full()));
    assert_eq!(schema::decode(STORED), reference::decode(STORED));
    assert_eq!(schema::stored_language(STORED).as_deref(), Some("ti"));
    assert_eq!(sealed::read_sealed(LOCKED), Ok(locked_sample()));
    assert_eq!(sealed::read_sealed(LOCKED), reference::read_sealed(LOCKED));
    assert!(sealed::is_sealed(LOCKED) && reference::is_sealed(LOCKED));
    assert_eq!(
        codec::read_session(SESSION.trim_end()),
        Ok(session_sample())
    );
    assert_eq!(Session::decode(SESSION), reference::session_decode(SESSION));
}

#[test]
fn every_stored_schema_reads_as_it_did() {
    for raw in [
        include_str!("fixtures/schema-v0.json"),
        include_str!("fixtures/schema-v1.json"),
        include_str!("fixtures/schema-v2.json"),
        include_str!("fixtures/schema-v3.json"),
        include_str!("fixtures/schema-v4.json"),
        STORED,
    ] {
        let got = schema::decode(raw);
        assert!(matches!(got, Decoded::Doc(_)), "{raw}");
        assert_eq!(got, reference::decode(raw), "{raw}");
        assert_eq!(backup::read_file(raw), reference::read_file(raw), "{raw}");
        assert_eq!(
            schema::stored_language(raw),
            reference::stored_language(raw),
            "{raw}"
        );
    }
}

#[test]
fn every_card_file_reads_as_it_did() {
    let mut n = 0;
    for entry in std::fs::read_dir("content").unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if !(name.starts_with("cards.") && name.ends_with(".json")) {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let serde: CardFile = serde_json::from_str(&text).unwrap();
        assert_eq!(codec::read_cards(&text), Ok(serde), "{name}");
        n += 1;
    }
    assert_eq!(n, 8, "a card file per language that has cards");
}

/// Inputs at the edges of the grammar and of serde's rules, read as a document, a date, a session and a
/// card file: both accept the same and refuse the same.
#[test]
fn edge_cases_are_read_as_serde_read_them() {
    let date = |t: &str| json::read(t, codec::read_date).ok();
    let date_serde = |t: &str| serde_json::from_str::<PartialDate>(t).ok();
    let dates = [
        r#"{"y":2019}"#,
        r#"{"y":2019,"m":3}"#,
        r#"{"y":2019,"m":3,"d":3}"#,
        r#"{"y":2019,"m":2,"d":30}"#,
        r#"{"y":2019,"d":3}"#,
        r#"{"y":2019,"m":null,"d":null}"#,
        r#"{"m":3}"#,
        r#"{"y":2019,"y":2019}"#,
        r#"{"y":2019,"m":3,"m":3}"#,
        r#"{"y":2019.0}"#,
        r#"{"y":2e3}"#,
        r#"{"y":2000E0}"#,
        r#"{"y":-0}"#,
        r#"{"y":0}"#,
        r#"{"y":02019}"#,
        r#"{"y":"2019"}"#,
        r#"{"y":true}"#,
        r#"{"y":-2147483648}"#,
        r#"{"y":2147483647}"#,
        r#"{"y":2147483648}"#,
        r#"{"y":-9223372036854775808}"#,
        r#"{"y":-9223372036854775809}"#,
        r#"{"y":18446744073709551615}"#,
        r#"{"y":18446744073709551616}"#,
        r#"{"y":2019,"m":256}"#,
        r#"{"y":2019,"m":-1}"#,
        r#"{"y":2019,"m":3.0}"#,
        r#"[2019]"#,
        r#"[2019,3]"#,
        r#"[2019,3,3]"#,
        r#"[2019,3,3,1]"#,
        r#"[2019,null,3]"#,
        r#"[2019,null,null]"#,
        r#"[]"#,
        r#"[null]"#,
        r#"[2019,]"#,
        r#"{ "y" : 2019 , "m" : 3 }"#,
        " \t\r\n{\"y\":2019} \t\r\n",
        "{\"y\":2019}\u{a0}",
        "\u{feff}{\"y\":2019}",
        "{\"y\":2019}\u{0}",
        r#"{"\u0079":2019}"#,
        r#"{"\u0059":2019}"#,
        r#"{"y":2019,}"#,
        r#"{"y":2019}x"#,
        r#"{"y":2019}{}"#,
        r#"{"y":2019"#,
        r#"{"y":2019,"x":[1,{"a":"\ud800"}]}"#,
        r#"{"y":2019,"x":"\udc00\ud800"}"#,
        r#"{"y":2019,"\ud800":1}"#,
        r#"{"y":2019,"x":{"\ud800":1}}"#,
        r#"{"y":2019,"x":01}"#,
        r#"{"y":2019,"x":-01}"#,
        r#"{"y":2019,"x":1.}"#,
        r#"{"y":2019,"x":.5}"#,
        r#"{"y":2019,"x":-}"#,
        r#"{"y":2019,"x":+1}"#,
        r#"{"y":2019,"x":1e}"#,
        r#"{"y":2019,"x":1e+}"#,
        r#"{"y":2019,"x":1E+5}"#,
        r#"{"y":2019,"x":-1.5e-400}"#,
        r#"{"y":2019,"x":1e400}"#,
        r#"{"y":2019,"x":123456789012345678901234567890}"#,
        r#"{"y":2019,"x":tru}"#,
        r#"{"y":2019,"x":nul}"#,
        r#"{"y":2019,"x":True}"#,
        r#"{"y":2019,"x":NaN}"#,
        "{\"y\":2019,\"x\":\"\t\"}",
        "{\"y\":2019,\"x\":\"\u{7f}\"}",
        r#"{"y":2019,"x":"\x"}"#,
        r#"{"y":2019,"x":"\'"}"#,
        r#"{"y":2019,"x":"\u12"}"#,
        r#"{"y":2019,"x":"\u12G4"}"#,
        r#"{"y":2019,"x":"\uD83D\uDE00"}"#,
        r#"{"y":2019,"x":"#,
        r#"{"y":2019,"x":"abc"#,
        r#"{"y":2019,"x":{"a" 1}}"#,
        r#"{"y":2019,"x":{,}}"#,
        r#"{"y":2019,"x":[,]}"#,
        r#"{"y":2019,"x":[1,]}"#,
        r#"{"y":2019,"x":{"a":1,}}"#,
        r#"{"y":2019,"x":[1 2]}"#,
        r#"{"y":2019,"x":{1:2}}"#,
        r#"{"y":2019,"x":{"a":}}"#,
        r#"{"y":2019,"x":[[[[[[[[[[]]]]]]]]]]}"#,
        r#"{"y":2019,"x":[[[[[[[[[[]]]]]]]]]}"#,
        r#"{"y":2019,"x":[[[[[[[[[[]]]]]]]]]]]}"#,
        r#"{"y":2019,"x":[{]}"#,
        r#"{"y":2019,"x":{]}"#,
        r#"{"y":2019,"x":{"a":[}]}"#,
        r#"{"y":2019,"x":"a","x":"b"}"#,
        r#"{,"y":2019}"#,
        r#"{"y":2019 "m":3}"#,
        r#"{"y"2019}"#,
        r#"{y:2019}"#,
        r#"{'y':2019}"#,
        "null",
        "",
        "   ",
        "[",
        "{",
    ];
    for t in dates {
        assert_eq!(date(t), date_serde(t), "date {t:?}");
    }
    let deep = format!("{}1{}", "[".repeat(200_000), "]".repeat(200_000));
    let deep_extra = format!(r#"{{"y":2019,"x":{deep}}}"#);
    assert_eq!(date(&deep_extra), date_serde(&deep_extra));
    assert!(
        date(&deep_extra).is_some(),
        "an unknown field is skipped however deep"
    );

    let doc = |t: &str| codec::read_document(t).ok();
    let doc_serde = |t: &str| serde_json::from_str::<Document>(t).ok();
    let entry =
        r#""id":"a","kind":"arrival","date":{"y":2020},"title":"t","created":"c","updated":"u""#;
    let docs = [
        "{}".to_string(),
        "[]".into(),
        "null".into(),
        r#"{"profile":{}}"#.into(),
        r#"{"profile":[]}"#.into(),
        r#"{"profile":["x"]}"#.into(),
        r#"{"profile":["x",null,{"y":2020}]}"#.into(),
        r#"{"profile":["x",null,null,1]}"#.into(),
        r#"{"profile":[null]}"#.into(),
        r#"{"profile":{},"profile":{}}"#.into(),
        r#"{"pro\u0066ile":{"name":"x"}}"#.into(),
        r#"{"profile":{"name":"\"\\\/\b\f\n\r\t\u00e9\uD83D\ude00"}}"#.into(),
        r#"{"profile":{"name":"\udc00"}}"#.into(),
        r#"{"profile":{"name":"\ud800"}}"#.into(),
        r#"{"profile":{"name":"\ud800\u0041"}}"#.into(),
        r#"{"profile":{"name":"\ud800\n"}}"#.into(),
        r#"{"profile":{"name":"\ud800\ud800\udc00"}}"#.into(),
        r#"{"profile":{"name":"\udc00\udc00"}}"#.into(),
        r#"{"profile":{"name":"\ud83d\ude00\ud83d"}}"#.into(),
        r#"{"profile":{"name":"\uDBFF\uDFFF"}}"#.into(),
        r#"{"profile":{"name":"\u0000"}}"#.into(),
        r#"{"profile":{"name":null}}"#.into(),
        r#"{"profile":{"name":1}}"#.into(),
        r#"{"profile":{"birth":null}}"#.into(),
        r#"{"profile":{"birth":[2009]}}"#.into(),
        r#"{"settings":{"language":null,"welcomed":true}}"#.into(),
        r#"{"settings":{"welcomed":null}}"#.into(),
        r#"{"settings":{"welcomed":1}}"#.into(),
        r#"{"settings":{"lock_after":4294967295}}"#.into(),
        r#"{"settings":{"lock_after":4294967296}}"#.into(),
        r#"{"settings":{"lock_after":null}}"#.into(),
        r#"{"settings":{"lock_after":-1}}"#.into(),
        r#"{"settings":{"lock_after":-0}}"#.into(),
        r#"{"settings":{"lock_after":0}}"#.into(),
        r#"{"settings":[null,false,5]}"#.into(),
        format!(r#"{{"entries":[{{{entry}}}]}}"#),
        format!(r#"{{"entries":[{{{entry},"end":null,"note":"n","private":true}}]}}"#),
        format!(r#"{{"entries":[{{{entry},"private":null}}]}}"#),
        format!(r#"{{"entries":[{{{entry},"note":null}}]}}"#),
        format!(r#"{{"entries":[{{{entry},"id":"b"}}]}}"#),
        format!(r#"{{"entries":[{{{entry},"unknown":{{"deep":[1,2,{{}}]}}}}]}}"#),
        r#"{"entries":[{"id":"a","kind":"arrival","date":{"y":2020},"title":"t","created":"c"}]}"#.into(),
        r#"{"entries":[{"id":"a","date":{"y":2020},"title":"t","created":"c","updated":"u"}]}"#.into(),
        r#"{"entries":[["a","arrival",{"y":2020},null,"t","",false,"c","u"]]}"#.into(),
        r#"{"entries":[["a","arrival",{"y":2020},null,"t","",false,"c","u",1]]}"#.into(),
        r#"{"entries":[["a","arrival",{"y":2020},null,"t","",false,"c"]]}"#.into(),
        r#"{"entries":[["a","arrival",{"y":2020}]]}"#.into(),
        r#"{"entries":[["a","arrival",{"y":2020},null,"t"]]}"#.into(),
        format!(r#"{{"entries":[{{{entry}}}],"entries":[]}}"#),
        r#"{"entries":{}}"#.into(),
        r#"{"entries":null}"#.into(),
        format!(r#"{{"entries":[{}]}}"#, entry.replace("arrival", "talk:teacher")),
        format!(r#"{{"entries":[{}]}}"#, entry.replace("arrival", "dance")),
        format!(r#"{{"entries":[{}]}}"#, entry.replace(r#""arrival""#, r#"{"arrival":null}"#)),
        format!(r#"{{"entries":[{}]}}"#, entry.replace("arrival", r"\u0061rrival")),
        r#"{"dismissed":["a","b","a"]}"#.into(),
        r#"{"dismissed":{}}"#.into(),
        r#"{"dismissed":[1]}"#.into(),
        r#"{"drafts":{"a":"1","b":"2"}}"#.into(),
        r#"{"drafts":{"a":"1","a":"2"}}"#.into(),
        r#"{"drafts":{"\ud800":"1"}}"#.into(),
        r#"{"drafts":{"a":null}}"#.into(),
        r#"{"drafts":[]}"#.into(),
        r#"{"drafts":[["a","1"]]}"#.into(),
        r#"{"school":{}}"#.into(),
        r#"{"school":[]}"#.into(),
        r#"{"school":{"residence":"procedure","education":"mbo_bol","internship":false,"done":true}}"#.into(),
        r#"{"school":{"residence":"Procedure"}}"#.into(),
        r#"{"school":{"residence":{"permit":null}}}"#.into(),
        r#"{"school":{"residence":{ "permit" : null }}}"#.into(),
        r#"{"school":{"residence":{"permit":null,}}}"#.into(),
        r#"{"school":{"residence":{"permit":1}}}"#.into(),
        r#"{"school":{"residence":{"permit":null,"appeal":null}}}"#.into(),
        r#"{"school":{"residence":{}}}"#.into(),
        r#"{"school":{"residence":["permit"]}}"#.into(),
        r#"{"school":{"residence":"\u0070ermit"}}"#.into(),
        r#"{"school":{"education":"hbo_wo","done":null}}"#.into(),
        r#"{"school":{"internship":null,"done":false}}"#.into(),
        r#"{"questions":[{"id":"q","to":"foster_parent"}]}"#.into(),
        r#"{"questions":[{"id":"q","to":null,"link":null}]}"#.into(),
        r#"{"questions":[{"id":"q","to":"teacher"}]}"#.into(),
        r#"{"questions":[["q","finding:x","t","me",true,"a","c"]]}"#.into(),
        r#"{"agreements":[{"id":"a","who":{"me":null}}]}"#.into(),
        r#"{"agreements":[{"id":"a","who":null}]}"#.into(),
        r#"{"agreements":[{"id":"a","by":{"y":2027,"m":13}}]}"#.into(),
        r#"{"goals":{"learn":"x","learn":"y"}}"#.into(),
        r#"{"goals":["a","b","c"]}"#.into(),
        r#"{"goals":["a","b","c","d"]}"#.into(),
        r#"{"goals":{"learn":null}}"#.into(),
        r#"{"unknown":"\ud800","x":[1,2,{"\udc00":null}]}"#.into(),
        r#"{"unknown":1e999999}"#.into(),
        r#"{"unknown":-0.0e-0}"#.into(),
        r#"[{},{},[],[],[],{},[],[],{}]"#.into(),
        r#"[{},{},[],[],[],{},[],[],{},{}]"#.into(),
        r#"[{},{},[],[],[],{},[],[],{},{},1]"#.into(),
    ];
    for t in &docs {
        assert_eq!(doc(t), doc_serde(t), "document {t}");
    }
    let ok = docs.iter().filter(|t| doc(t).is_some()).count();
    assert!(ok > 30 && ok < docs.len() - 30, "both kinds: {ok}");

    let session = |t: &str| codec::read_session(t).ok();
    let session_serde = |t: &str| serde_json::from_str::<Session>(t).ok();
    for t in [
        r#"{"step":2,"at":1,"second":"ar","topics":["card:vbl"]}"#,
        r#"[2,1,"ar",["card:vbl"]]"#,
        r#"[2]"#,
        r#"{}"#,
        r#"{"step":256}"#,
        r#"{"step":-1}"#,
        r#"{"at":18446744073709551615}"#,
        r#"{"at":18446744073709551616}"#,
        r#"{"topics":[null]}"#,
        r#"{"second":null}"#,
        r#"{"step":1,"step":2}"#,
    ] {
        assert_eq!(session(t), session_serde(t), "session {t}");
    }

    let cards = |t: &str| codec::read_cards(t).ok();
    let cards_serde = |t: &str| serde_json::from_str::<CardFile>(t).ok();
    let block = r#"{"id":"c","title":"t","blocks":[BLOCK]}"#;
    for b in [
        r#"{"text":"x"}"#,
        r#"{"type":"list","items":[{"text":"a"},{"text":"b","claim":false,"facts":["F1"]}]}"#,
        r#"{"type":"callout","text":"x","claim":false,"checked":"2026-11-01"}"#,
        r#"{"type":{"list":null}}"#,
        r#"{"type":"table"}"#,
        r#"{"type":null}"#,
        r#"{"items":[{}]}"#,
        r#"{"items":[["a",["F1"],false]]}"#,
        r#"{"claim":null}"#,
        r#"[]"#,
        r#"["paragraph","x",[],true,"",[]]"#,
    ] {
        let t = format!(
            r#"{{"language":"nl","cards":[{}]}}"#,
            block.replace("BLOCK", b)
        );
        assert_eq!(cards(&t), cards_serde(&t), "cards {t}");
    }
    for t in [
        r#"{"language":"nl","cards":[]}"#,
        r#"{"language":"nl"}"#,
        r#"{"cards":[]}"#,
        r#"["nl",[]]"#,
        r#"{"language":"nl","cards":[{"id":"c","title":"t","blocks":[],"means":{"text":"m"},"hard":true,"option":true,"related":["x"],"help":[{"text":"h"}]}]}"#,
        r#"{"language":"nl","cards":[{"id":"c","title":"t"}]}"#,
    ] {
        assert_eq!(cards(t), cards_serde(t), "cards {t}");
    }
}

/// Writes the fixed files from the serde reference (run once when a fixture is added:
/// `cargo test --test json_codec -- --ignored write_the_fixed_files`).
#[test]
#[ignore]
fn write_the_fixed_files() {
    let at = "2026-11-29T10:00:00.000Z";
    let dir = std::path::Path::new("tests/fixtures");
    std::fs::write(dir.join("backup-v1.koers"), reference::export(&full(), at)).unwrap();
    std::fs::write(dir.join("schema-v5.json"), reference::encode(&full(), at)).unwrap();
    std::fs::write(
        dir.join("locked-v5.json"),
        reference::seal_envelope(&locked_sample()),
    )
    .unwrap();
    std::fs::write(
        dir.join("talk-session.json"),
        reference::session_encode(&session_sample()),
    )
    .unwrap();
}

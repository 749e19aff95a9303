//! The storage envelope: round trip, every older schema from its fixture, too new, and garbage.
#![cfg(not(target_arch = "wasm32"))]

use koers::domain::state::Document;
use koers::domain::state::{Action, apply};
use koers::store::schema::{Decoded, decode, encode};

#[test]
fn round_trip() {
    let doc = apply(
        &Document::default(),
        Action::FinishWelcome {
            name: "Ali".into(),
            language: "ar".into(),
        },
    );
    let raw = encode(&doc, "2026-11-29T12:00:00Z");
    assert_eq!(decode(&raw), Decoded::Doc(doc));
}

#[test]
fn v0_fixture_migrates() {
    let raw = include_str!("fixtures/schema-v0.json");
    let Decoded::Doc(doc) = decode(raw) else {
        panic!("v0 fixture did not load: {:?}", decode(raw))
    };
    assert_eq!(doc.profile.name, "Yonas");
    assert_eq!(doc.settings.language.as_deref(), Some("en"));
    assert!(doc.settings.welcomed);
}

#[test]
fn v1_fixture_migrates() {
    let raw = include_str!("fixtures/schema-v1.json");
    let Decoded::Doc(doc) = decode(raw) else {
        panic!("v1 fixture did not load: {:?}", decode(raw))
    };
    assert_eq!(doc.profile.name, "Amal");
    assert_eq!(doc.settings.language.as_deref(), Some("ar"));
    assert!(doc.entries.is_empty() && doc.deleted.is_empty() && doc.dismissed.is_empty());
    assert_eq!(doc.profile.birth, None);
}

#[test]
fn v2_fixture_migrates() {
    let raw = include_str!("fixtures/schema-v2.json");
    let Decoded::Doc(doc) = decode(raw) else {
        panic!("v2 fixture did not load: {:?}", decode(raw))
    };
    assert_eq!(doc.entries.len(), 1);
    assert_eq!(doc.entries[0].title, "Naar de kwv");
    assert_eq!(
        doc.profile.birth,
        Some(koers::domain::date::PartialDate::Year(2009))
    );
    assert_eq!(doc.school, Default::default());
    assert!(doc.questions.is_empty());
}

#[test]
fn v3_fixture_migrates() {
    let raw = include_str!("fixtures/schema-v3.json");
    let Decoded::Doc(doc) = decode(raw) else {
        panic!("v3 fixture did not load: {:?}", decode(raw))
    };
    assert_eq!(doc.entries[0].title, "Begonnen op het ROC");
    assert!(doc.school.internship == Some(true));
    assert!(
        doc.school.done,
        "answers saved before schema 5 keep their result"
    );
    assert_eq!(doc.questions.len(), 1);
    assert_eq!(doc.questions[0].link.as_deref(), Some("finding:lesgeld"));
    assert_eq!(doc.questions[0].to, None);
    assert!(doc.agreements.is_empty());
    assert_eq!(doc.goals, Default::default());
}

#[test]
fn v4_fixture_migrates() {
    let raw = include_str!("fixtures/schema-v4.json");
    let Decoded::Doc(doc) = decode(raw) else {
        panic!("v4 fixture did not load: {:?}", decode(raw))
    };
    assert_eq!(doc.agreements.len(), 1);
    assert_eq!(doc.agreements[0].what, "Bellen met school");
    assert_eq!(doc.goals.learn, "Koken");
    assert!(doc.drafts.is_empty());
    assert_eq!(doc.settings.lock_after, None);
}

#[test]
fn newer_schema_is_too_new() {
    let raw = r#"{"app":"koers","schema":99,"saved_at":"x","enc":null,"doc":{"whatever":1}}"#;
    assert_eq!(decode(raw), Decoded::TooNew(99));
}

#[test]
fn garbage_is_unreadable_never_a_panic() {
    for raw in [
        "",
        "{",
        "null",
        "[]",
        "42",
        r#"{"app":"other","schema":1}"#,
        r#"{"app":"koers"}"#,
        r#"{"app":"koers","schema":1,"enc":null}"#,
        r#"{"app":"koers","schema":1,"enc":null,"doc":[1]}"#,
        r#"{"app":"koers","schema":0,"enc":null,"doc":"flat"}"#,
        r#"{"app":"koers","schema":1,"enc":{"kdf":"PBKDF2"},"doc":"c2VjcmV0"}"#,
    ] {
        assert!(
            matches!(decode(raw), Decoded::Unreadable(_)),
            "{raw:?} should be unreadable"
        );
    }
}

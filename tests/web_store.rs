//! Browser tests of the LocalStorage backend in headless Chromium (wasm-bindgen-test):
//! a round trip, a real full quota, and corrupt data that must stay byte-for-byte untouched.
#![cfg(target_arch = "wasm32")]

use koers::domain::state::{Action, Document, apply};
use koers::store::keeper::Keeper;
use koers::store::local::LocalStore;
use koers::store::{LoadOutcome, MAIN_KEY, SaveError, Store};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh() -> LocalStore {
    let raw = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    raw.clear().unwrap();
    LocalStore::open().expect("localStorage is available in the test browser")
}

fn named(name: &str) -> Document {
    apply(
        &Document::default(),
        Action::FinishWelcome {
            name: name.into(),
            language: "ar".into(),
        },
    )
}

#[wasm_bindgen_test]
fn round_trip_through_local_storage() {
    let store = fresh();
    let (mut keeper, outcome) = Keeper::open(Box::new(store));
    assert_eq!(outcome, LoadOutcome::Empty);
    keeper.save(&named("ليلى"), "2026-11-29T10:00:00Z").unwrap();
    let (_, outcome) = Keeper::open(Box::new(LocalStore::open().unwrap()));
    assert_eq!(outcome, LoadOutcome::Loaded(named("ليلى")));
}

#[wasm_bindgen_test]
fn a_full_quota_is_an_error_value_and_the_saved_data_stays() {
    let store = fresh();
    let (mut keeper, _) = Keeper::open(Box::new(LocalStore::open().unwrap()));
    keeper.save(&named("A"), "2026-11-29T10:00:00Z").unwrap();
    let before = store.get(MAIN_KEY).unwrap().unwrap();

    // Fill the origin's real quota with big chunks, then smaller ones, until the browser says no.
    let mut filled = 0;
    let mut chunk = "x".repeat(1 << 20);
    let mut hit_quota = false;
    while chunk.len() >= 16 {
        match store.set(&format!("filler-{filled}"), &chunk) {
            Ok(()) => filled += 1,
            Err(SaveError::QuotaExceeded) => {
                hit_quota = true;
                chunk.truncate(chunk.len() / 2);
            }
            Err(other) => panic!("expected QuotaExceeded, got {other:?}"),
        }
        assert!(filled < 10_000, "storage never filled up");
    }
    assert!(hit_quota, "the browser never reported a full quota");

    let bigger = named(&"y".repeat(60));
    assert_eq!(
        keeper.save(&bigger, "2026-11-29T10:01:00Z"),
        Err(SaveError::QuotaExceeded)
    );
    assert_eq!(
        store.get(MAIN_KEY).unwrap().unwrap(),
        before,
        "a failed save must change nothing"
    );
    fresh();
}

#[wasm_bindgen_test]
fn corrupt_json_is_unreadable_and_never_touched() {
    let store = fresh();
    let corrupt = "{\"app\":\"koers\",\"schema\":1,\"doc\":{\"profile\":";
    store.set(MAIN_KEY, corrupt).unwrap();
    let (mut keeper, outcome) = Keeper::open(Box::new(LocalStore::open().unwrap()));
    assert_eq!(
        outcome,
        LoadOutcome::Unreadable {
            raw: corrupt.into(),
            previous: None
        }
    );
    assert_eq!(
        keeper.save(&named("B"), "2026-11-29T10:00:00Z"),
        Err(SaveError::ReadOnly)
    );
    assert_eq!(store.get(MAIN_KEY).unwrap().as_deref(), Some(corrupt));
    fresh();
}

/// `holds` compares inside JS; it must agree with reading the text out, for any text.
#[wasm_bindgen_test]
fn holds_agrees_with_reading_the_text() {
    let store = fresh();
    assert!(store.holds(MAIN_KEY, None).unwrap(), "nothing stored");
    assert!(!store.holds(MAIN_KEY, Some("")).unwrap());
    for text in [
        "",
        "{\"app\":\"koers\"}",
        "سارة \u{202E}abc\u{202C} 🚲 ቅዳሕ",
        "a\u{0}b",
        &"x".repeat(400_000),
    ] {
        store.set(MAIN_KEY, text).unwrap();
        assert!(
            store.holds(MAIN_KEY, Some(text)).unwrap(),
            "same text: {}",
            text.len()
        );
        assert!(!store.holds(MAIN_KEY, None).unwrap());
        // The same length, one character changed at the end.
        if let Some(last) = text.chars().last() {
            let swapped = format!(
                "{}{}",
                &text[..text.len() - last.len_utf8()],
                if last == '#' { '$' } else { '#' }
            );
            if swapped.len() == text.len() {
                assert!(
                    !store.holds(MAIN_KEY, Some(&swapped)).unwrap(),
                    "one character changed"
                );
            }
        }
        let other = format!("{text}.");
        assert!(!store.holds(MAIN_KEY, Some(&other)).unwrap(), "longer text");
        if let Some(shorter) = text
            .get(..text.len().saturating_sub(1))
            .filter(|s| s.len() < text.len())
        {
            assert!(
                !store.holds(MAIN_KEY, Some(shorter)).unwrap(),
                "shorter text"
            );
        }
    }
    // Another window's write (the same storage, written past this store) is seen.
    let raw = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    store.set(MAIN_KEY, "mine").unwrap();
    raw.set_item(MAIN_KEY, "mint").unwrap();
    assert!(!store.holds(MAIN_KEY, Some("mine")).unwrap());
    assert!(store.holds(MAIN_KEY, Some("mint")).unwrap());
}

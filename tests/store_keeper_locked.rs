//! The keeper with the lock on, on the memory store: a locked document loads as `Locked` and is never
//! written plain; sealed saves go in two halves; a rekey replaces main, previous and kept copies.
//! (The keeper never decrypts: the envelopes here carry stand-in ciphertext; WebCrypto is tested in
//! tests/web_crypto.rs.)
#![cfg(not(target_arch = "wasm32"))]

use koers::domain::state::{Action, Document, apply};
use koers::store::keeper::Keeper;
use koers::store::memory::MemoryStore;
use koers::store::schema;
use koers::store::sealed::{self, Sealed};
use koers::store::{KEPT_PREFIX, LoadOutcome, MAIN_KEY, PENDING_KEY, PREVIOUS_KEY, Store};

fn locked(saved_at: &str, marker: u8) -> String {
    sealed::seal_envelope(&Sealed {
        schema: schema::SCHEMA,
        saved_at: saved_at.into(),
        iterations: sealed::ITERATIONS,
        salt: [1; sealed::SALT_LEN],
        iv: [marker; sealed::IV_LEN],
        check_iv: [3; sealed::IV_LEN],
        check: vec![4; sealed::CHECK_TEXT.len() + sealed::TAG_LEN],
        ciphertext: vec![marker; 40],
    })
}

fn named(name: &str) -> Document {
    apply(
        &Document::default(),
        Action::FinishWelcome {
            name: name.into(),
            language: "nl".into(),
        },
    )
}

#[test]
fn a_locked_document_loads_locked_and_is_read_only_until_unlocked() {
    let store = MemoryStore::new();
    let raw = locked("2026-11-29T10:00:00Z", 7);
    store.set(MAIN_KEY, &raw).unwrap();
    let (mut keeper, outcome) = Keeper::open(Box::new(store.clone()));
    assert_eq!(
        outcome,
        LoadOutcome::Locked {
            raw: raw.clone(),
            saved_at: "2026-11-29T10:00:00Z".into()
        }
    );
    assert!(keeper.is_sealed());
    assert!(keeper.save(&named("Amal"), "t").is_err());
    assert!(
        keeper.prepare(&named("Amal")).is_err(),
        "no save before unlocking"
    );
    assert_eq!(store.raw(MAIN_KEY).as_deref(), Some(raw.as_str()));

    keeper.unlocked(&raw, &named("Amal")).unwrap();
    assert_eq!(
        store.raw(PREVIOUS_KEY).as_deref(),
        Some(raw.as_str()),
        "the previous copy is locked too"
    );
    // A plain save is refused even when unlocked: only sealed envelopes go in.
    assert!(keeper.save(&named("Amal B"), "t").is_err());
    let prepared = keeper
        .prepare(&named("Amal B"))
        .unwrap()
        .expect("a change to write");
    let next = locked("2026-11-29T10:01:00Z", 8);
    keeper.commit(next.clone(), prepared).unwrap();
    assert_eq!(store.raw(MAIN_KEY).as_deref(), Some(next.as_str()));
    assert!(
        keeper.prepare(&named("Amal B")).unwrap().is_none(),
        "nothing changed since"
    );
}

#[test]
fn a_sealed_save_prepared_before_a_lock_is_dropped() {
    let store = MemoryStore::new();
    let raw = locked("a", 7);
    store.set(MAIN_KEY, &raw).unwrap();
    let (mut keeper, _) = Keeper::open(Box::new(store.clone()));
    keeper.unlocked(&raw, &named("Amal")).unwrap();
    let prepared = keeper.prepare(&named("Amal B")).unwrap().unwrap();
    keeper.lock();
    keeper.commit(locked("b", 8), prepared).unwrap();
    assert_eq!(
        store.raw(MAIN_KEY).as_deref(),
        Some(raw.as_str()),
        "dropped, not written"
    );
}

#[test]
fn a_sealed_save_never_writes_over_another_windows_save() {
    let store = MemoryStore::new();
    let raw = locked("a", 7);
    store.set(MAIN_KEY, &raw).unwrap();
    let (mut keeper, _) = Keeper::open(Box::new(store.clone()));
    keeper.unlocked(&raw, &named("Amal")).unwrap();
    let prepared = keeper.prepare(&named("Amal B")).unwrap().unwrap();
    let theirs = locked("c", 9);
    store.set(MAIN_KEY, &theirs).unwrap();
    assert!(keeper.commit(locked("b", 8), prepared).is_err());
    assert_eq!(store.raw(MAIN_KEY).as_deref(), Some(theirs.as_str()));
}

#[test]
fn setting_a_lock_replaces_main_previous_and_kept_copies_and_leaves_no_pending_copy() {
    let store = MemoryStore::new();
    let (mut keeper, _) = Keeper::open(Box::new(store.clone()));
    keeper.save(&named("Amal"), "t1").unwrap();
    let plain_kept = schema::encode(&named("Amal old"), "t0");
    let kept_key = keeper.keep_aside(&plain_kept, "t0").unwrap();
    let (_, _) = (keeper.load(), ());
    let sealed_main = locked("t2", 5);
    let sealed_kept = locked("t0", 6);
    let failed = keeper
        .commit_rekey(
            sealed_main.clone(),
            schema::encode_doc(&named("Amal")),
            true,
            &[(kept_key.clone(), plain_kept.clone(), sealed_kept.clone())],
        )
        .unwrap();
    assert!(failed.is_empty());
    assert!(keeper.is_sealed());
    assert_eq!(store.raw(MAIN_KEY).as_deref(), Some(sealed_main.as_str()));
    assert_eq!(
        store.raw(PREVIOUS_KEY).as_deref(),
        Some(sealed_main.as_str())
    );
    assert_eq!(store.raw(&kept_key).as_deref(), Some(sealed_kept.as_str()));
    assert_eq!(store.raw(PENDING_KEY), None);
    for key in store.keys_with_prefix("koers.").unwrap() {
        assert!(
            !store.raw(&key).unwrap().contains("Amal"),
            "{key} is readable"
        );
    }
}

#[test]
fn a_kept_copy_changed_meanwhile_is_left_alone_and_only_kept_keys_are_removed() {
    let store = MemoryStore::new();
    let (keeper, _) = Keeper::open(Box::new(store.clone()));
    let key = keeper.keep_aside("one", "t").unwrap();
    assert!(!keeper.replace_kept(&key, "other", "new").unwrap());
    assert!(!keeper.replace_kept(MAIN_KEY, "x", "y").unwrap());
    assert!(keeper.remove_kept(MAIN_KEY).is_err());
    keeper.remove_kept(&key).unwrap();
    assert!(store.keys_with_prefix(KEPT_PREFIX).unwrap().is_empty());
}

#[test]
fn a_forgotten_passphrase_keeps_the_locked_data_aside_still_locked() {
    let store = MemoryStore::new();
    let raw = locked("a", 7);
    store.set(MAIN_KEY, &raw).unwrap();
    store.set(PREVIOUS_KEY, &locked("p", 6)).unwrap();
    let (mut keeper, _) = Keeper::open(Box::new(store.clone()));
    keeper.start_fresh("2026-12-01").unwrap();
    assert!(!keeper.is_sealed());
    let kept = keeper.kept();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].1, raw);
    assert_eq!(store.raw(MAIN_KEY), None);
    keeper.save(&named("New"), "t").unwrap();
    assert!(matches!(
        Keeper::open(Box::new(store.clone())).1,
        LoadOutcome::Loaded(_)
    ));
}

#[test]
fn a_locked_document_from_a_newer_version_is_too_new() {
    let store = MemoryStore::new();
    let mut s = sealed::read_sealed(&locked("a", 7)).unwrap();
    s.schema = schema::SCHEMA + 1;
    store.set(MAIN_KEY, &sealed::seal_envelope(&s)).unwrap();
    assert!(matches!(
        Keeper::open(Box::new(store)).1,
        LoadOutcome::TooNew { .. }
    ));
}

/// The unlock starts from the envelope the keeper last read (no second read of 470,000 characters); another
/// window's write reaches it through `load` (the cross-window sync), and `unlocked` still refuses an
/// envelope that is no longer what is stored.
#[test]
fn the_unlock_starts_from_what_was_last_read_and_a_later_write_is_caught() {
    let store = MemoryStore::new();
    let first = locked("2026-11-29T10:00:00Z", 7);
    store.set(MAIN_KEY, &first).unwrap();
    let (mut keeper, _) = Keeper::open(Box::new(store.clone()));
    assert_eq!(keeper.last_stored().as_deref(), Some(first.as_str()));

    let second = locked("2026-11-29T11:00:00Z", 8);
    store.set(MAIN_KEY, &second).unwrap();
    assert_eq!(
        keeper.unlocked(&first, &named("Amal")),
        Err(koers::store::SaveError::ChangedElsewhere)
    );
    assert!(matches!(keeper.load(), LoadOutcome::Locked { .. }));
    assert_eq!(keeper.last_stored().as_deref(), Some(second.as_str()));
    keeper.unlocked(&second, &named("Amal")).unwrap();
}

/// The header alone is read at start: a locked envelope whose ciphertext is not base64 is still told
/// apart at once (unreadable, kept), without decoding the ciphertext.
#[test]
fn a_locked_envelope_with_a_broken_ciphertext_is_unreadable_at_start() {
    let store = MemoryStore::new();
    let good = locked("2026-11-29T10:00:00Z", 7);
    let broken = good.replace(r#""doc":""#, r#""doc":"!"#);
    assert_ne!(good, broken);
    store.set(MAIN_KEY, &broken).unwrap();
    let (_, outcome) = Keeper::open(Box::new(store.clone()));
    assert!(
        matches!(outcome, LoadOutcome::Unreadable { .. }),
        "{outcome:?}"
    );
    assert_eq!(store.raw(MAIN_KEY).as_deref(), Some(broken.as_str()));
}

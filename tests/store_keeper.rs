//! The keeper's rules, on the memory store: load outcomes, never overwriting, the previous copy, other
//! windows, a full disk, migrations.
#![cfg(not(target_arch = "wasm32"))]

use koers::domain::state::Document;
use koers::domain::state::{Action, apply};
use koers::store::keeper::Keeper;
use koers::store::memory::MemoryStore;
use koers::store::schema::SCHEMA;
use koers::store::{
    KEPT_PREFIX, LoadOutcome, MAIN_KEY, PREVIOUS_KEY, SaveError, Store, kept_stamp,
};
use std::cell::Cell;
use std::rc::Rc;

const T1: &str = "2026-11-29T10:00:00Z";
const T2: &str = "2026-11-29T10:05:00Z";

fn named(name: &str) -> Document {
    apply(
        &Document::default(),
        Action::FinishWelcome {
            name: name.into(),
            language: "nl".into(),
        },
    )
}

fn open(store: &MemoryStore) -> (Keeper, LoadOutcome) {
    Keeper::open(Box::new(store.clone()))
}

#[test]
fn empty_store_is_empty_and_writable() {
    let store = MemoryStore::new();
    let (mut keeper, outcome) = open(&store);
    assert_eq!(outcome, LoadOutcome::Empty);
    keeper.save(&named("Amal"), T1).unwrap();
    assert_eq!(open(&store).1, LoadOutcome::Loaded(named("Amal")));
}

#[test]
fn loaded_after_save() {
    let store = MemoryStore::new();
    open(&store).0.save(&named("Amal"), T1).unwrap();
    let raw = store.raw(MAIN_KEY).unwrap();
    assert!(
        raw.contains(&format!(r#""schema":{SCHEMA}"#)) && raw.contains(T1),
        "envelope: {raw}"
    );
    assert_eq!(open(&store).1, LoadOutcome::Loaded(named("Amal")));
}

#[test]
fn unreadable_is_never_overwritten() {
    let store = MemoryStore::new();
    store.put_raw(MAIN_KEY, "{\"app\":\"koers\",\"sch");
    let (mut keeper, outcome) = open(&store);
    assert_eq!(
        outcome,
        LoadOutcome::Unreadable {
            raw: "{\"app\":\"koers\",\"sch".into(),
            previous: None
        }
    );
    assert_eq!(keeper.save(&named("X"), T1), Err(SaveError::ReadOnly));
    assert_eq!(store.raw(MAIN_KEY).unwrap(), "{\"app\":\"koers\",\"sch");
}

#[test]
fn too_new_is_never_overwritten() {
    let store = MemoryStore::new();
    let raw = r#"{"app":"koers","schema":7,"saved_at":"x","enc":null,"doc":{}}"#;
    store.put_raw(MAIN_KEY, raw);
    let (mut keeper, outcome) = open(&store);
    assert_eq!(
        outcome,
        LoadOutcome::TooNew {
            version: 7,
            raw: raw.into()
        }
    );
    assert_eq!(keeper.save(&named("X"), T1), Err(SaveError::ReadOnly));
    assert_eq!(store.raw(MAIN_KEY).unwrap(), raw);
}

#[test]
fn newer_data_written_by_another_window_is_not_overwritten() {
    let store = MemoryStore::new();
    let (mut keeper, _) = open(&store);
    keeper.save(&named("A"), T1).unwrap();
    let newer = format!(
        r#"{{"app":"koers","schema":{},"saved_at":"x","enc":null,"doc":{{}}}}"#,
        SCHEMA + 1
    );
    let newer = newer.as_str();
    store.put_raw(MAIN_KEY, newer);
    assert_eq!(keeper.save(&named("B"), T2), Err(SaveError::ReadOnly));
    assert_eq!(store.raw(MAIN_KEY).unwrap(), newer);
    assert!(!keeper.is_writable());
}

/// Counts the reads of the main key (`get` and `holds`), passing everything on.
struct Counting(MemoryStore, Rc<Cell<usize>>);

impl Store for Counting {
    fn get(&self, key: &str) -> Result<Option<String>, SaveError> {
        self.1.set(self.1.get() + usize::from(key == MAIN_KEY));
        self.0.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        self.0.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), SaveError> {
        self.0.remove(key)
    }
    fn holds(&self, key: &str, value: Option<&str>) -> Result<bool, SaveError> {
        self.1.set(self.1.get() + usize::from(key == MAIN_KEY));
        self.0.holds(key, value)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, SaveError> {
        self.0.keys_with_prefix(prefix)
    }
}

/// A save reads the stored text once, right before it writes (with the lock on, it is about 470,000
/// characters), and that one read still catches another window's write.
#[test]
fn a_save_reads_the_stored_text_once() {
    let store = MemoryStore::new();
    let reads = Rc::new(Cell::new(0));
    let (mut keeper, _) = Keeper::open(Box::new(Counting(store.clone(), reads.clone())));
    keeper.save(&named("A"), T1).unwrap();
    reads.set(0);
    keeper.save(&named("B"), T2).unwrap();
    assert_eq!(reads.get(), 1);
    reads.set(0);
    keeper.save(&named("B"), T2).unwrap();
    assert_eq!(
        reads.get(),
        0,
        "nothing changed: nothing read, nothing written"
    );
    let theirs = store.raw(MAIN_KEY).unwrap().replace("\"B\"", "\"C\"");
    store.put_raw(MAIN_KEY, &theirs);
    assert_eq!(
        keeper.save(&named("D"), T2),
        Err(SaveError::ChangedElsewhere)
    );
    assert_eq!(store.raw(MAIN_KEY).unwrap(), theirs);
}

#[test]
fn a_change_in_another_window_is_reported_not_overwritten() {
    let store = MemoryStore::new();
    let (mut tab_a, _) = open(&store);
    tab_a.save(&named("A"), T1).unwrap();
    let (mut tab_b, _) = open(&store);
    tab_b.save(&named("B"), T2).unwrap();
    assert_eq!(
        tab_a.save(&named("A2"), T2),
        Err(SaveError::ChangedElsewhere)
    );
    assert_eq!(tab_a.load(), LoadOutcome::Loaded(named("B")));
    tab_a.save(&named("A3"), T2).unwrap();
}

#[test]
fn the_previous_good_copy_is_kept_under_a_second_key() {
    let store = MemoryStore::new();
    let (mut keeper, _) = open(&store);
    keeper.save(&named("First"), T1).unwrap();
    let first = store.raw(MAIN_KEY).unwrap();
    keeper.save(&named("Second"), T2).unwrap();
    assert_eq!(store.raw(PREVIOUS_KEY).unwrap(), first);
    // Later saves of the same session keep that copy; the next session starts from "Third".
    keeper.save(&named("Third"), T2).unwrap();
    assert_eq!(store.raw(PREVIOUS_KEY).unwrap(), first);
    let third = store.raw(MAIN_KEY).unwrap();
    let (mut next_session, _) = open(&store);
    next_session.save(&named("Fourth"), T2).unwrap();
    assert_eq!(store.raw(PREVIOUS_KEY).unwrap(), third);
    // When the main copy breaks, the previous one is offered and can be restored.
    store.put_raw(MAIN_KEY, "garbage");
    let (mut keeper, outcome) = open(&store);
    assert_eq!(
        outcome,
        LoadOutcome::Unreadable {
            raw: "garbage".into(),
            previous: Some(named("Third"))
        }
    );
    assert_eq!(keeper.restore_previous("s1").unwrap(), named("Third"));
    assert_eq!(store.raw("koers.kept.s1").unwrap(), "garbage");
    assert_eq!(open(&store).1, LoadOutcome::Loaded(named("Third")));
}

#[test]
fn a_full_disk_is_an_error_value_and_changes_nothing() {
    let store = MemoryStore::new();
    let (mut keeper, _) = open(&store);
    keeper.save(&named("A"), T1).unwrap();
    let before = store.raw(MAIN_KEY).unwrap();
    // Room for two documents of this size, not for a larger one next to its previous copy.
    store.set_quota(Some(2 * (before.len() + PREVIOUS_KEY.len()) + 8));
    let big = named(&"x".repeat(60));
    assert_eq!(keeper.save(&big, T2), Err(SaveError::QuotaExceeded));
    assert_eq!(store.raw(MAIN_KEY).unwrap(), before);
    // The keeper is still usable: a smaller document saves.
    keeper.save(&named("B"), T2).unwrap();
}

#[test]
fn blocked_storage_is_unavailable() {
    let store = MemoryStore::blocked();
    let (mut keeper, outcome) = open(&store);
    assert_eq!(outcome, LoadOutcome::Unavailable);
    assert_eq!(keeper.save(&named("A"), T1), Err(SaveError::ReadOnly));
}

#[test]
fn a_v0_document_loads_migrated_and_the_original_stays_as_previous() {
    let store = MemoryStore::new();
    let v0 = include_str!("fixtures/schema-v0.json").trim();
    store.put_raw(MAIN_KEY, v0);
    let (mut keeper, outcome) = open(&store);
    let LoadOutcome::Loaded(doc) = outcome else {
        panic!("{outcome:?}")
    };
    assert_eq!(doc.profile.name, "Yonas");
    keeper
        .save(&apply(&doc, Action::SetName("Yonas T".into())), T1)
        .unwrap();
    assert_eq!(store.raw(PREVIOUS_KEY).unwrap(), v0);
    assert!(
        store
            .raw(MAIN_KEY)
            .unwrap()
            .contains(&format!(r#""schema":{SCHEMA}"#))
    );
}

#[test]
fn start_fresh_keeps_the_old_data_aside() {
    let store = MemoryStore::new();
    store.put_raw(MAIN_KEY, "not json");
    let (mut keeper, _) = open(&store);
    keeper.start_fresh("2026-11-29").unwrap();
    assert_eq!(store.raw("koers.kept.2026-11-29").unwrap(), "not json");
    keeper.save(&named("New"), T1).unwrap();
    // A second set-aside with the same stamp gets its own key.
    store.put_raw(MAIN_KEY, "broken again");
    let (mut keeper, _) = open(&store);
    keeper.start_fresh("2026-11-29").unwrap();
    assert_eq!(
        store.raw("koers.kept.2026-11-29-2").unwrap(),
        "broken again"
    );
    assert_eq!(keeper.kept().len(), 2);
}

/// Walk D6: what was removed on purpose leaves the previous copy at the next save.
#[test]
fn a_renewed_previous_copy_forgets_too() {
    let store = MemoryStore::new();
    let (mut keeper, _) = open(&store);
    keeper.save(&named("Secret"), T1).unwrap();
    let (mut keeper, _) = open(&store);
    assert!(store.raw(PREVIOUS_KEY).unwrap().contains("Secret"));
    keeper.renew_previous_at_next_save();
    keeper.save(&named("Plain"), T2).unwrap();
    assert!(!store.raw(PREVIOUS_KEY).unwrap().contains("Secret"));
    keeper.save(&named("Later"), T1).unwrap();
    assert!(
        store.raw(PREVIOUS_KEY).unwrap().contains("Plain"),
        "only once"
    );
}

/// Walk D10: an unreadable previous copy is kept too, not overwritten by the next save.
#[test]
fn start_fresh_keeps_an_unreadable_previous_copy_too() {
    let store = MemoryStore::new();
    store.put_raw(MAIN_KEY, "garbage one");
    store.put_raw(PREVIOUS_KEY, "garbage two");
    let (mut keeper, _) = open(&store);
    keeper.start_fresh("2026-12-01").unwrap();
    keeper.save(&named("New"), T1).unwrap();
    keeper.save(&named("Newer"), T2).unwrap();
    let (keeper, _) = open(&store);
    let kept: Vec<String> = keeper.kept().into_iter().map(|(_, raw)| raw).collect();
    assert!(kept.contains(&"garbage one".to_string()), "{kept:?}");
    assert!(kept.contains(&"garbage two".to_string()), "{kept:?}");
}

#[test]
fn start_fresh_fails_cleanly_when_the_disk_is_full() {
    let store = MemoryStore::with_quota(30);
    store.put_raw(MAIN_KEY, "unreadable stuff that fills it");
    let (mut keeper, _) = open(&store);
    assert_eq!(keeper.start_fresh("s"), Err(SaveError::QuotaExceeded));
    assert_eq!(
        store.raw(MAIN_KEY).unwrap(),
        "unreadable stuff that fills it"
    );
    assert!(!keeper.is_writable());
}

#[test]
fn saving_the_same_document_twice_writes_once() {
    let store = MemoryStore::new();
    let (mut keeper, _) = open(&store);
    keeper.save(&named("A"), T1).unwrap();
    let raw = store.raw(MAIN_KEY).unwrap();
    keeper.save(&named("A"), T2).unwrap();
    assert_eq!(store.raw(MAIN_KEY).unwrap(), raw);
    assert_eq!(store.raw(PREVIOUS_KEY), None);
}

#[test]
fn wipe_removes_everything_koers_stored_and_nothing_else() {
    let store = MemoryStore::new();
    store.put_raw("koers.kept.old", "something kept");
    store.put_raw("other.app", "not ours");
    let (mut keeper, _) = open(&store);
    keeper.save(&named("A"), T1).unwrap();
    keeper.save(&named("B"), T2).unwrap();
    keeper.wipe().unwrap();
    for key in [MAIN_KEY, PREVIOUS_KEY, "koers.kept.old"] {
        assert_eq!(store.raw(key), None, "{key}");
    }
    assert_eq!(store.raw("other.app").as_deref(), Some("not ours"));
    assert_eq!(open(&store).1, LoadOutcome::Empty);
    // The keeper stays usable.
    keeper.save(&named("C"), T2).unwrap();
}

#[test]
fn an_empty_document_is_not_written_over_nothing() {
    let store = MemoryStore::new();
    let (mut keeper, _) = open(&store);
    keeper.save(&Document::default(), T1).unwrap();
    assert_eq!(store.raw(MAIN_KEY), None);
}

#[test]
fn unsaved_means_different_from_what_was_stored() {
    let store = MemoryStore::new();
    let (mut keeper, _) = open(&store);
    assert!(!keeper.is_unsaved(&Document::default()));
    assert!(keeper.is_unsaved(&named("A")));
    keeper.save(&named("A"), T1).unwrap();
    assert!(!keeper.is_unsaved(&named("A")));
    assert!(keeper.is_unsaved(&named("B")));
}

#[test]
fn a_pending_copy_from_an_unfinished_passphrase_change_goes_at_load_and_with_delete_everything() {
    use koers::store::PENDING_KEY;
    let store = MemoryStore::new();
    open(&store).0.save(&named("A"), T1).unwrap();
    store.set(PENDING_KEY, "{\"plain\":1}").unwrap();
    let (mut keeper, outcome) = open(&store);
    assert_eq!(outcome, LoadOutcome::Loaded(named("A")));
    assert_eq!(store.raw(PENDING_KEY), None);
    store.set(PENDING_KEY, "x").unwrap();
    keeper.wipe().unwrap();
    assert_eq!(store.raw(PENDING_KEY), None);
}

#[test]
fn remove_kept_removes_one_kept_copy_and_refuses_every_other_key() {
    let store = MemoryStore::new();
    let (mut keeper, _) = open(&store);
    keeper.save(&named("A"), T1).unwrap();
    keeper.save(&named("B"), T2).unwrap();
    let first = keeper.keep_aside("copy one", T1).unwrap();
    let second = keeper.keep_aside("copy two", T1).unwrap();
    assert_ne!(first, second);
    keeper.remove_kept(&first).unwrap();
    assert_eq!(store.raw(&first), None);
    assert_eq!(store.raw(&second).as_deref(), Some("copy two"));
    store.put_raw("other.app", "not ours");
    for key in [
        MAIN_KEY,
        PREVIOUS_KEY,
        "koers.kept.",
        "koers.kept",
        "other.app",
        "",
    ] {
        assert!(keeper.remove_kept(key).is_err(), "{key}");
    }
    assert!(store.raw(MAIN_KEY).is_some());
    assert!(store.raw(PREVIOUS_KEY).is_some());
    assert_eq!(store.raw("other.app").as_deref(), Some("not ours"));
    // A key that is already gone is fine: nothing to remove.
    keeper.remove_kept(&first).unwrap();
}

/// A store that "closes" after `left` writes: later writes are dropped, as when the phone closes the page.
struct Closing {
    store: MemoryStore,
    left: std::cell::Cell<usize>,
}

impl Store for Closing {
    fn get(&self, key: &str) -> Result<Option<String>, SaveError> {
        self.store.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        match self.left.get() {
            0 => Ok(()),
            n => {
                self.left.set(n - 1);
                self.store.set(key, value)
            }
        }
    }
    fn remove(&self, key: &str) -> Result<(), SaveError> {
        match self.left.get() {
            0 => Ok(()),
            n => {
                self.left.set(n - 1);
                self.store.remove(key)
            }
        }
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, SaveError> {
        self.store.keys_with_prefix(prefix)
    }
}

#[test]
fn delete_everything_cut_off_after_any_write_leaves_all_or_nothing() {
    let everything = |s: &MemoryStore| {
        [
            "koers.kept.a",
            "koers.kept.b",
            MAIN_KEY,
            PREVIOUS_KEY,
            "koers.lang",
            "koers.wiping",
        ]
        .map(|k| s.raw(k))
    };
    for n in 0..12 {
        let store = MemoryStore::new();
        store.put_raw("koers.kept.a", "kept a");
        store.put_raw("koers.kept.b", "kept b");
        store.put_raw("koers.lang", "nl");
        open(&store).0.save(&named("A"), T1).unwrap();
        open(&store); // the previous copy, as every start keeps it
        let before = everything(&store);
        let closing = Closing {
            store: store.clone(),
            left: n.into(),
        };
        let (mut keeper, _) = Keeper::open(Box::new(closing));
        keeper.wipe().unwrap();
        // The next start: all there, or all gone.
        let (_, outcome) = open(&store);
        if outcome == LoadOutcome::Empty {
            assert_eq!(
                everything(&store),
                [None, None, None, None, None, None],
                "cut off after {n}"
            );
        } else {
            assert_eq!(
                outcome,
                LoadOutcome::Loaded(named("A")),
                "cut off after {n}"
            );
            assert_eq!(everything(&store), before, "cut off after {n}");
        }
    }
}

/// Two copies set aside in the same millisecond get `-2` on their key; both still show the time they were
/// kept, not the raw key (screenshots review, issue 14).
#[test]
fn kept_stamp_is_the_time_for_every_kept_key() {
    let store = MemoryStore::new();
    let (keeper, _) = open(&store);
    let stamp = "2026-11-29T10:00:00.000Z";
    let first = keeper.keep_aside("copy one", stamp).unwrap();
    let second = keeper.keep_aside("copy two", stamp).unwrap();
    let third = keeper.keep_aside("copy three", stamp).unwrap();
    assert_eq!(second, format!("{KEPT_PREFIX}{stamp}-2"));
    for key in [&first, &second, &third] {
        assert_eq!(kept_stamp(key), stamp, "{key}");
    }
    // A stamp without a suffix, or anything else after the time, stays as it is.
    assert_eq!(kept_stamp("koers.kept.2026-11-29"), "2026-11-29");
    assert_eq!(
        kept_stamp("koers.kept.2026-11-29T10:00:00Z-x"),
        "2026-11-29T10:00:00Z-x"
    );
}

/// The loader (scripts/post-build.mjs) preloads the UI text of the language the app will choose: it must read
/// the same storage keys as `store::local::remembered_language`.
#[test]
fn the_loader_reads_the_language_under_the_apps_own_keys() {
    let loader = include_str!("../scripts/post-build.mjs");
    for key in [koers::store::LANGUAGE_KEY, koers::store::MAIN_KEY] {
        assert!(
            loader.contains(&format!("localStorage.getItem('{key}')")),
            "post-build.mjs does not read {key}"
        );
    }
}

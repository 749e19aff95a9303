//! Encryption at rest in headless Chromium (wasm-bindgen-test, real WebCrypto): a round trip, a wrong
//! passphrase, a flipped ciphertext byte, fresh IVs (and a check message made once per key), and a change of passphrase that survives a crash.
#![cfg(target_arch = "wasm32")]

use koers::domain::state::{Action, Document, apply};
use koers::store::crypto::{self, CryptoError};
use koers::store::local::LocalStore;
use koers::store::schema::{self, SCHEMA};
use koers::store::sealed::{self, b64_decode, b64_encode};
use koers::store::{MAIN_KEY, PENDING_KEY, SaveError, Store};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const PASS: &str = "groene fiets onder de brug";
const NOW: &str = "2026-11-29T10:00:00Z";

fn doc_json() -> String {
    let doc = apply(
        &Document::default(),
        Action::FinishWelcome {
            name: "ليلى".into(),
            language: "ar".into(),
        },
    );
    schema::encode_doc(&doc)
}

fn fresh() -> LocalStore {
    let raw = web_sys::window().unwrap().local_storage().unwrap().unwrap();
    raw.clear().unwrap();
    LocalStore::open().unwrap()
}

#[wasm_bindgen_test]
async fn a_locked_document_opens_with_its_passphrase_only() {
    let key = crypto::new_key(PASS).await.unwrap();
    assert!(!key.extractable(), "the key must stay inside WebCrypto");
    let raw = crypto::seal(&key, &doc_json(), SCHEMA, NOW).await.unwrap();
    assert!(
        !raw.contains("ليلى") && !raw.contains("profile"),
        "no plaintext in the envelope"
    );
    let s = sealed::read_sealed(&raw).unwrap();
    assert_eq!(s.iterations, 600_000);
    assert_eq!((s.salt.len(), s.iv.len()), (16, 12));

    let (_, json, schema) = crypto::unlock(PASS, &raw).await.unwrap();
    assert_eq!((json, schema), (doc_json(), SCHEMA));
    // The key kept in memory opens it too, without deriving again.
    assert_eq!(crypto::open(&key, &raw).await.unwrap().0, doc_json());
}

#[wasm_bindgen_test]
async fn a_wrong_passphrase_is_told_and_changes_nothing() {
    let store = fresh();
    let key = crypto::new_key(PASS).await.unwrap();
    let raw = crypto::seal(&key, &doc_json(), SCHEMA, NOW).await.unwrap();
    store.set(MAIN_KEY, &raw).unwrap();
    for wrong in [
        "groene fiets onder de brug ",
        "Groene fiets onder de brug",
        "",
    ] {
        let got = crypto::unlock(wrong, &store.get(MAIN_KEY).unwrap().unwrap()).await;
        assert_eq!(got.err(), Some(CryptoError::WrongPassphrase), "{wrong:?}");
    }
    assert_eq!(
        store.get(MAIN_KEY).unwrap(),
        Some(raw),
        "the stored data is untouched"
    );
}

#[wasm_bindgen_test]
async fn a_flipped_ciphertext_byte_is_detected_not_decrypted_to_garbage() {
    let key = crypto::new_key(PASS).await.unwrap();
    let raw = crypto::seal(&key, &doc_json(), SCHEMA, NOW).await.unwrap();
    let s = sealed::read_sealed(&raw).unwrap();
    for i in [0, s.ciphertext.len() / 2, s.ciphertext.len() - 1] {
        let mut bad = s.clone();
        bad.ciphertext[i] ^= 0x01;
        let got = crypto::unlock(PASS, &sealed::seal_envelope(&bad)).await;
        assert_eq!(got.err(), Some(CryptoError::Damaged), "byte {i}");
    }
    // A changed header (here the schema number) is caught as well: it is part of the authenticated data.
    let mut bad = s.clone();
    bad.schema = 2;
    assert!(
        crypto::unlock(PASS, &sealed::seal_envelope(&bad))
            .await
            .is_err()
    );
    // Base64 of the document string, changed by hand in the stored text.
    let doc_b64 = b64_encode(&s.ciphertext);
    let mut bytes = b64_decode(&doc_b64).unwrap();
    bytes[3] ^= 0x80;
    let edited = raw.replace(&doc_b64, &b64_encode(&bytes));
    assert_eq!(
        crypto::unlock(PASS, &edited).await.err(),
        Some(CryptoError::Damaged)
    );
}

/// Every save encrypts the document under a fresh IV. The check message has the same plaintext and additional
/// data for every envelope of one key and schema, so it is made once and repeated as it is: the same message
/// again, never a new plaintext under a used IV. A kept copy (another schema) and another key make their own.
#[wasm_bindgen_test]
async fn every_save_uses_a_fresh_iv() {
    let key = crypto::new_key(PASS).await.unwrap();
    let raw_a = crypto::seal(&key, &doc_json(), SCHEMA, NOW).await.unwrap();
    let a = sealed::read_sealed(&raw_a).unwrap();
    let b =
        sealed::read_sealed(&crypto::seal(&key, &doc_json(), SCHEMA, NOW).await.unwrap()).unwrap();
    assert_ne!(a.iv, b.iv);
    assert_ne!(a.ciphertext, b.ciphertext);
    assert_eq!(a.salt, b.salt);
    assert_eq!((a.check_iv, &a.check), (b.check_iv, &b.check));
    assert_ne!(a.iv, a.check_iv);

    let kept = crypto::seal_kept(&key, "a kept copy", NOW).await.unwrap();
    assert_ne!(sealed::read_sealed(&kept).unwrap().check_iv, a.check_iv);
    assert_eq!(crypto::open_kept(&key, &kept).await.unwrap(), "a kept copy");
    let c = crypto::seal(&key, &doc_json(), SCHEMA, NOW).await.unwrap();
    assert_eq!(sealed::read_sealed(&c).unwrap().check_iv, a.check_iv);
    assert_eq!(crypto::open(&key, &c).await.unwrap().0, doc_json());

    let other = crypto::new_key(PASS).await.unwrap();
    let d = crypto::seal(&other, &doc_json(), SCHEMA, NOW)
        .await
        .unwrap();
    assert_ne!(sealed::read_sealed(&d).unwrap().check_iv, a.check_iv);
    // The repeated check still tells a wrong passphrase, with the envelope's own salt.
    let wrong = crypto::derive("rode fiets", a.salt, a.iterations)
        .await
        .unwrap();
    assert_eq!(
        crypto::open(&wrong, &raw_a).await.err(),
        Some(CryptoError::WrongPassphrase)
    );
}

/// A store that dies (like a closed tab) at the moment the main key would be written.
struct CrashBeforeMain(LocalStore);

impl Store for CrashBeforeMain {
    fn get(&self, key: &str) -> Result<Option<String>, SaveError> {
        self.0.get(key)
    }
    fn set(&self, key: &str, value: &str) -> Result<(), SaveError> {
        if key == MAIN_KEY {
            return Err(SaveError::Other("crash".into()));
        }
        self.0.set(key, value)
    }
    fn remove(&self, key: &str) -> Result<(), SaveError> {
        self.0.remove(key)
    }
    fn keys_with_prefix(&self, prefix: &str) -> Result<Vec<String>, SaveError> {
        self.0.keys_with_prefix(prefix)
    }
}

#[wasm_bindgen_test]
async fn a_change_of_passphrase_survives_a_crash_and_then_completes() {
    let store = fresh();
    let old = crypto::new_key(PASS).await.unwrap();
    let old_raw = crypto::seal(&old, &doc_json(), SCHEMA, NOW).await.unwrap();
    store.set(MAIN_KEY, &old_raw).unwrap();
    let new = crypto::new_key("zeven blauwe vogels zingen").await.unwrap();

    // The crash: the new ciphertext was made, verified and set aside, but never reached the main key.
    let crashed = crypto::rekey(
        &CrashBeforeMain(LocalStore::open().unwrap()),
        Some(&new),
        &doc_json(),
        NOW,
    )
    .await;
    assert!(matches!(crashed, Err(CryptoError::Save(_))));
    let main = store.get(MAIN_KEY).unwrap().unwrap();
    assert_eq!(main, old_raw, "the old ciphertext stays");
    assert_eq!(
        store.get(PENDING_KEY).unwrap(),
        None,
        "no second copy is left behind"
    );
    assert_eq!(crypto::unlock(PASS, &main).await.unwrap().1, doc_json());
    assert_eq!(
        crypto::unlock("zeven blauwe vogels zingen", &main)
            .await
            .err(),
        Some(CryptoError::WrongPassphrase)
    );

    // Trying again completes it: the new passphrase opens the data, the old one no longer does.
    crypto::rekey(&store, Some(&new), &doc_json(), NOW)
        .await
        .unwrap();
    let main = store.get(MAIN_KEY).unwrap().unwrap();
    assert_eq!(
        crypto::unlock("zeven blauwe vogels zingen", &main)
            .await
            .unwrap()
            .1,
        doc_json()
    );
    assert_eq!(
        crypto::unlock(PASS, &main).await.err(),
        Some(CryptoError::WrongPassphrase)
    );
    assert_eq!(store.get(PENDING_KEY).unwrap(), None);

    // Removing the lock writes the plain envelope, which the normal decoder reads.
    crypto::rekey(&store, None, &doc_json(), NOW).await.unwrap();
    let main = store.get(MAIN_KEY).unwrap().unwrap();
    assert!(!sealed::is_sealed(&main));
    assert!(matches!(schema::decode(&main), schema::Decoded::Doc(_)));
}

#[wasm_bindgen_test]
async fn a_changed_saved_at_is_tampering_and_nothing_is_overwritten() {
    use koers::store::LoadOutcome;
    use koers::store::keeper::Keeper;
    let store = fresh();
    let key = crypto::new_key(PASS).await.unwrap();
    let raw = crypto::seal(&key, &doc_json(), SCHEMA, NOW).await.unwrap();
    // An older copy cannot pass for a newer one: the date is part of the authenticated data.
    let edited = raw.replace(NOW, "2030-01-01T00:00:00Z");
    assert_ne!(edited, raw);
    store.set(MAIN_KEY, &edited).unwrap();
    assert_eq!(
        crypto::unlock(PASS, &edited).await.err(),
        Some(CryptoError::Damaged),
        "told as a change, not as a wrong passphrase"
    );
    assert_eq!(
        crypto::open(&key, &edited).await.err(),
        Some(CryptoError::Damaged)
    );
    assert_eq!(
        crypto::saved_at(&edited).as_deref(),
        Some("2030-01-01T00:00:00Z")
    );
    // The keeper opens it locked and writes nothing, as it cannot be unlocked.
    let (mut keeper, outcome) = Keeper::open(Box::new(LocalStore::open().unwrap()));
    assert!(matches!(outcome, LoadOutcome::Locked { .. }));
    assert!(keeper.prepare(&Document::default()).is_err());
    assert!(keeper.save(&Document::default(), NOW).is_err());
    assert_eq!(
        store.get(MAIN_KEY).unwrap().as_deref(),
        Some(edited.as_str())
    );
    // The untouched envelope still opens.
    assert_eq!(crypto::unlock(PASS, &raw).await.unwrap().1, doc_json());
}

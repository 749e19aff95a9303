//! Encryption at rest with WebCrypto: a key from the passphrase (PBKDF2-SHA256, 600,000 iterations, a random
//! 16-byte salt), AES-GCM-256 with a fresh 12-byte IV on every save. The key is non-extractable and lives in
//! memory only. The envelope's layout and checks are in `sealed.rs` (pure, host-tested).
//!
//! Changing the passphrase is crash-safe ([`rekey`]): the new ciphertext is verified by decrypting it, written
//! beside the old one, and only then put under the main key. Until that write, the old passphrase still opens
//! the data.

use super::schema::{self, SCHEMA};
use super::sealed::{self, CHECK_TEXT, IV_LEN, SALT_LEN, Sealed, TAG_LEN};
use super::{MAIN_KEY, PENDING_KEY, SaveError, Store};
use js_sys::{Array, Object, Uint8Array};
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AesDerivedKeyParams, AesGcmParams, CryptoKey, Pbkdf2Params, SubtleCrypto};

/// A key made from a passphrase, with the salt and iteration count it was made with.
#[derive(Clone)]
pub struct Key {
    key: CryptoKey,
    salt: [u8; SALT_LEN],
    iterations: u32,
    /// The check message this key made for documents of [`SCHEMA`]: its IV and ciphertext. Its plaintext
    /// and additional data (schema, iterations, salt) are the same for every such envelope of the key, so
    /// the same message serves each save, and a save encrypts only the document. (The same message again,
    /// not a new one under a used IV. It tells a reader only that the key is the same, which the salt
    /// already does.) Clones share it.
    check: Rc<Cell<Option<Check>>>,
}

impl Key {
    /// Whether the key's bytes could leave WebCrypto. Always false: the key stays in the browser's memory.
    pub fn extractable(&self) -> bool {
        self.key.extractable()
    }
}

/// A check message as made: its IV and its ciphertext (with the tag).
type Check = ([u8; IV_LEN], [u8; CHECK_TEXT.len() + TAG_LEN]);

/// What went wrong. None of these changes stored data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CryptoError {
    /// WebCrypto is missing (an old browser, or a page not served securely).
    Unavailable,
    /// The passphrase does not open this data.
    WrongPassphrase,
    /// The passphrase is right, but the data was changed or damaged: it is not decrypted to garbage.
    Damaged,
    /// Not a locked envelope this build can read.
    NotSealed(sealed::SealError),
    /// Storage refused a write.
    Save(SaveError),
}

fn subtle() -> Result<(web_sys::Crypto, SubtleCrypto), CryptoError> {
    let crypto = web_sys::window()
        .and_then(|w| w.crypto().ok())
        .ok_or(CryptoError::Unavailable)?;
    let subtle = crypto.subtle();
    if subtle.is_undefined() {
        return Err(CryptoError::Unavailable);
    }
    Ok((crypto, subtle))
}

/// `n` random bytes from the browser's CSPRNG.
fn random<const N: usize>() -> Result<[u8; N], CryptoError> {
    let (crypto, _) = subtle()?;
    let mut out = [0u8; N];
    crypto
        .get_random_values_with_u8_array(&mut out)
        .map_err(|_| CryptoError::Unavailable)?;
    Ok(out)
}

async fn wait(p: Result<js_sys::Promise, JsValue>) -> Result<JsValue, JsValue> {
    JsFuture::from(p?).await
}

fn usages(list: &[&str]) -> JsValue {
    list.iter()
        .map(|u| JsValue::from_str(u))
        .collect::<Array>()
        .into()
}

/// Makes a key from `passphrase` with a new random salt and the current iteration count.
pub async fn new_key(passphrase: &str) -> Result<Key, CryptoError> {
    derive(passphrase, random::<SALT_LEN>()?, sealed::ITERATIONS).await
}

/// Makes the key for `passphrase` with a given salt and iteration count. Takes a while on purpose.
pub async fn derive(
    passphrase: &str,
    salt: [u8; SALT_LEN],
    iterations: u32,
) -> Result<Key, CryptoError> {
    let (_, subtle) = subtle()?;
    let bytes = Uint8Array::from(passphrase.as_bytes());
    let base =
        wait(subtle.import_key_with_str("raw", &bytes, "PBKDF2", false, &usages(&["deriveKey"])))
            .await
            .map_err(|_| CryptoError::Unavailable)?;
    let params = Pbkdf2Params::new_with_str(
        "PBKDF2",
        "SHA-256",
        iterations,
        &Uint8Array::from(&salt[..]),
    );
    let key = wait(subtle.derive_key_with_object_and_object(
        &params,
        &base.unchecked_into(),
        &AesDerivedKeyParams::new("AES-GCM", 256),
        false,
        &usages(&["encrypt", "decrypt"]),
    ))
    .await
    .map_err(|_| CryptoError::Unavailable)?;
    Ok(Key {
        key: key.unchecked_into(),
        salt,
        iterations,
        check: Rc::default(),
    })
}

fn gcm(iv: &[u8], aad: &[u8]) -> AesGcmParams {
    let params = AesGcmParams::new("AES-GCM", &Uint8Array::from(iv));
    params.set_additional_data(&Uint8Array::from(aad));
    params
}

/// AES-GCM encryption, started: WebCrypto takes its copy of `plain` at once and works beside the page.
/// The future is made at once too, so a failure is always handled.
fn encrypting(key: &Key, iv: &[u8], aad: &[u8], plain: &[u8]) -> Result<JsFuture, CryptoError> {
    let (_, subtle) = subtle()?;
    subtle
        .encrypt_with_object_and_u8_array(&gcm(iv, aad), &key.key, plain)
        .map(JsFuture::from)
        .map_err(|_| CryptoError::Unavailable)
}

async fn encrypted(started: JsFuture) -> Result<Vec<u8>, CryptoError> {
    let out = started.await.map_err(|_| CryptoError::Unavailable)?;
    Ok(Uint8Array::new(&out).to_vec())
}

/// AES-GCM decryption, started (as [`encrypting`]).
fn decrypting(key: &Key, iv: &[u8], aad: &[u8], data: &[u8]) -> Result<JsFuture, CryptoError> {
    let (_, subtle) = subtle()?;
    let params: Object = gcm(iv, aad).into();
    // A call that throws at once counts as a failed decryption, as a rejected one does.
    let started = subtle
        .decrypt_with_object_and_u8_array(&params, &key.key, data)
        .unwrap_or_else(|e| js_sys::Promise::reject(&e));
    Ok(JsFuture::from(started))
}

/// The decrypted bytes: `None` when the tag does not match (wrong key, or changed bytes).
async fn decrypted(started: JsFuture) -> Option<Vec<u8>> {
    started.await.ok().map(|out| Uint8Array::new(&out).to_vec())
}

/// The check message of a seal: as the key made it before, or being made now.
enum CheckMessage {
    Made([u8; CHECK_TEXT.len() + TAG_LEN]),
    Started(JsFuture),
}

/// Encrypts a document (its JSON, of `schema`) into a locked envelope: the document under a fresh IV, with the
/// key's check message (made at its first seal).
pub async fn seal(
    key: &Key,
    doc_json: &str,
    schema: u64,
    saved_at: &str,
) -> Result<String, CryptoError> {
    let doc_aad = sealed::doc_aad(schema, key.iterations, &key.salt, saved_at);
    let iv = random::<IV_LEN>()?;
    let (check_iv, check) = match key.check.get().filter(|_| schema == SCHEMA) {
        Some((check_iv, check)) => (check_iv, CheckMessage::Made(check)),
        None => {
            let aad = sealed::header_aad(schema, key.iterations, &key.salt);
            let check_iv = random::<IV_LEN>()?;
            let started = encrypting(key, &check_iv, &aad, CHECK_TEXT)?;
            (check_iv, CheckMessage::Started(started))
        }
    };
    // Started before either is awaited: one wait for WebCrypto, not two in a row.
    let ciphertext = encrypting(key, &iv, &doc_aad, doc_json.as_bytes())?;
    let check = match check {
        CheckMessage::Made(check) => check.to_vec(),
        CheckMessage::Started(started) => {
            let check = encrypted(started).await?;
            if schema == SCHEMA {
                key.check
                    .set(check.as_slice().try_into().ok().map(|c| (check_iv, c)));
            }
            check
        }
    };
    let ciphertext = encrypted(ciphertext).await?;
    Ok(sealed::seal_envelope(&Sealed {
        schema,
        saved_at: saved_at.into(),
        iterations: key.iterations,
        salt: key.salt,
        iv,
        check_iv,
        check,
        ciphertext,
    }))
}

/// Opens a locked envelope with `key`: the document's JSON and its schema.
pub async fn open(key: &Key, raw: &str) -> Result<(String, u64), CryptoError> {
    let s = sealed::read_sealed(raw).map_err(CryptoError::NotSealed)?;
    if s.salt != key.salt || s.iterations != key.iterations {
        return Err(CryptoError::WrongPassphrase);
    }
    let aad = sealed::header_aad(s.schema, s.iterations, &s.salt);
    let doc_aad = sealed::doc_aad(s.schema, s.iterations, &s.salt, &s.saved_at);
    // Both are started at once (one wait for WebCrypto); the check block still decides first: a wrong
    // passphrase is told as such, whatever the document's block gave.
    let check = decrypting(key, &s.check_iv, &aad, &s.check)?;
    let doc = decrypting(key, &s.iv, &doc_aad, &s.ciphertext)?;
    match decrypted(check).await {
        Some(t) if t == CHECK_TEXT => {}
        _ => return Err(CryptoError::WrongPassphrase),
    }
    let plain = decrypted(doc).await.ok_or(CryptoError::Damaged)?;
    let json = String::from_utf8(plain).map_err(|_| CryptoError::Damaged)?;
    Ok((json, s.schema))
}

/// The `saved_at` of a locked envelope, as written (and authenticated: [`open`] fails when it was changed).
pub fn saved_at(raw: &str) -> Option<String> {
    sealed::read_header(raw).ok().map(|h| h.saved_at)
}

/// Seals a kept copy (a stored value exactly as it was, readable or not) so that no readable personal data
/// stays beside a locked document. [`open_kept`] gives the value back.
pub async fn seal_kept(key: &Key, raw: &str, stamp: &str) -> Result<String, CryptoError> {
    seal(key, raw, sealed::KEPT_SCHEMA, stamp).await
}

/// Opens a kept copy sealed by [`seal_kept`] (or a locked document kept aside): the stored value.
pub async fn open_kept(key: &Key, raw: &str) -> Result<String, CryptoError> {
    open(key, raw).await.map(|(text, _)| text)
}

/// The key for a locked envelope: made from `passphrase` with the envelope's own salt and iterations (the slow
/// part of an unlock, on purpose).
pub async fn key_for(passphrase: &str, raw: &str) -> Result<Key, CryptoError> {
    let h = sealed::read_header(raw).map_err(CryptoError::NotSealed)?;
    derive(passphrase, h.salt, h.iterations).await
}

/// Unlocks with a passphrase: makes the key from the envelope's own salt and iterations, then opens it.
pub async fn unlock(passphrase: &str, raw: &str) -> Result<(Key, String, u64), CryptoError> {
    let key = key_for(passphrase, raw).await?;
    let (json, schema) = open(&key, raw).await?;
    Ok((key, json, schema))
}

/// Puts `doc_json` (a document of the current schema) under the main key, encrypted with `new`, or as plain
/// JSON when `new` is `None` (the lock is removed). Crash-safe: the new envelope is verified by opening it, written under [`PENDING_KEY`], then
/// under [`MAIN_KEY`]; the pending copy is removed last. If anything fails before the main write, the main
/// key still holds the old envelope, which the old passphrase opens.
pub async fn rekey(
    store: &dyn Store,
    new: Option<&Key>,
    doc_json: &str,
    saved_at: &str,
) -> Result<String, CryptoError> {
    let raw = match new {
        Some(key) => {
            let raw = seal(key, doc_json, SCHEMA, saved_at).await?;
            let (back, _) = open(key, &raw).await?;
            if back != doc_json {
                return Err(CryptoError::Damaged);
            }
            raw
        }
        None => schema::wrap(doc_json, saved_at),
    };
    store.set(PENDING_KEY, &raw).map_err(CryptoError::Save)?;
    let written = store.set(MAIN_KEY, &raw);
    // Done or failed, the pending copy goes (a failure leaves the old data under the main key, untouched).
    // A crash before this line leaves it; `Keeper::load` removes it at the next start.
    let _ = store.remove(PENDING_KEY);
    written.map_err(CryptoError::Save)?;
    Ok(raw)
}

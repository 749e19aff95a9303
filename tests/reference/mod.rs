//! The serde_json code that the hand JSON codec (`src/domain/json.rs`, `domain/codec.rs`) replaced, kept
//! as it shipped (only paths adjusted): the reference the codec is compared with, byte for byte and value
//! for value (`tests/json_codec.rs`, and on hostile input in `tests/backup_fuzz.rs`).
#![allow(dead_code)]

use koers::domain::backup::ImportError;
use koers::domain::content::CardFile;
use koers::domain::state::Document;
use koers::domain::talk::{MAX_TOPICS, Session, Topic};
use koers::store::schema::{APP, Decoded, SCHEMA};
use koers::store::sealed::{
    CHECK_TEXT, CIPHER, IV_LEN, KDF, MAX_ITERATIONS, MIN_ITERATIONS, SealError, Sealed, TAG_LEN,
};
use serde::de::IgnoredAny;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;
use std::collections::BTreeSet;

// --- store/schema.rs ---

#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    app: Option<String>,
    schema: Option<u64>,
    #[serde(default)]
    enc: Option<IgnoredAny>,
    #[serde(borrow)]
    doc: Option<&'a RawValue>,
}

pub fn encode(doc: &Document, saved_at: &str) -> String {
    wrap(&encode_doc(doc), saved_at)
}

pub fn encode_doc(doc: &Document) -> String {
    let mut buf = Vec::with_capacity(1024 + doc.entries.len() * 200);
    match serde_json::to_writer(&mut buf, doc) {
        Ok(()) => String::from_utf8(buf).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

pub fn wrap(doc_json: &str, saved_at: &str) -> String {
    let saved_at = serde_json::to_string(saved_at).unwrap_or_else(|_| "\"\"".into());
    let head =
        format!(r#"{{"app":"{APP}","schema":{SCHEMA},"saved_at":{saved_at},"enc":null,"doc":"#);
    let mut raw = String::with_capacity(head.len() + doc_json.len() + 1);
    raw.push_str(&head);
    raw.push_str(doc_json);
    raw.push('}');
    raw
}

pub fn decode(raw: &str) -> Decoded {
    let env: EnvelopeIn = match serde_json::from_str(raw) {
        Ok(v) => v,
        Err(_) => return Decoded::Unreadable("not a Koers envelope".into()),
    };
    if env.app.as_deref() != Some(APP) {
        return Decoded::Unreadable("not a Koers envelope".into());
    }
    let Some(schema) = env.schema else {
        return Decoded::Unreadable("no schema number".into());
    };
    if schema > SCHEMA {
        return Decoded::TooNew(schema);
    }
    if env.enc.is_some() {
        return Decoded::Unreadable("encrypted, and this build cannot unlock".into());
    }
    let Some(doc) = env.doc else {
        return Decoded::Unreadable("no document".into());
    };
    match read_doc_schema(schema, doc.get()) {
        Ok(d) => Decoded::Doc(d),
        Err(e) => Decoded::Unreadable(e),
    }
}

pub fn read_doc_schema(from: u64, doc_json: &str) -> Result<Document, String> {
    match from {
        0 => serde_json::from_str::<V0>(doc_json)
            .map(v0_to_v1)
            .map_err(|_| "schema 0 document does not fit".to_string()),
        1..=4 => serde_json::from_str::<Document>(doc_json)
            .map(v4_to_v5)
            .map_err(|_| "document does not fit".to_string()),
        5..=SCHEMA => serde_json::from_str::<Document>(doc_json)
            .map_err(|_| "document does not fit".to_string()),
        _ => Err("schema newer than this app".into()),
    }
}

fn v4_to_v5(mut doc: Document) -> Document {
    if doc.school != Default::default() {
        doc.school.done = true;
    }
    doc
}

#[derive(Deserialize)]
struct V0 {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    language: Option<String>,
}

fn v0_to_v1(old: V0) -> Document {
    let name = old.name.unwrap_or_default();
    let mut doc = Document::default();
    doc.settings.welcomed = !name.is_empty() || old.language.is_some();
    doc.profile.name = name;
    doc.settings.language = old.language;
    doc
}

// --- store/local.rs (remembered_language) ---

#[derive(Deserialize)]
struct Envelope {
    doc: Doc,
}
#[derive(Deserialize)]
struct Doc {
    settings: Settings,
}
#[derive(Deserialize)]
struct Settings {
    language: Option<String>,
}

pub fn stored_language(raw: &str) -> Option<String> {
    serde_json::from_str::<Envelope>(raw)
        .ok()?
        .doc
        .settings
        .language
}

// --- store/sealed.rs ---

#[derive(Serialize, Deserialize)]
struct Enc {
    kdf: String,
    iter: u32,
    salt: String,
    cipher: String,
    iv: String,
    check: String,
}

#[derive(Deserialize)]
struct SealedIn {
    app: Option<String>,
    schema: Option<u64>,
    #[serde(default)]
    saved_at: String,
    enc: Option<Enc>,
    doc: Option<String>,
}

pub fn seal_envelope(s: &Sealed) -> String {
    let mut check = s.check_iv.to_vec();
    check.extend_from_slice(&s.check);
    let enc = Enc {
        kdf: KDF.into(),
        iter: s.iterations,
        salt: b64_encode(&s.salt),
        cipher: CIPHER.into(),
        iv: b64_encode(&s.iv),
        check: b64_encode(&check),
    };
    let head = serde_json::to_string(&enc).unwrap_or_default();
    let saved_at = serde_json::to_string(&s.saved_at).unwrap_or_else(|_| "\"\"".into());
    format!(
        r#"{{"app":"{APP}","schema":{},"saved_at":{saved_at},"enc":{head},"doc":"{}"}}"#,
        s.schema,
        b64_encode(&s.ciphertext)
    )
}

#[derive(Deserialize)]
struct Head {
    app: Option<String>,
    #[serde(default)]
    enc: Option<IgnoredAny>,
}

pub fn is_sealed(raw: &str) -> bool {
    matches!(serde_json::from_str::<Head>(raw), Ok(h) if h.app.as_deref() == Some(APP) && h.enc.is_some())
}

pub fn read_sealed(raw: &str) -> Result<Sealed, SealError> {
    let env: SealedIn = serde_json::from_str(raw).map_err(|_| SealError::NotSealed)?;
    let (Some(APP), Some(schema), Some(enc), Some(doc)) =
        (env.app.as_deref(), env.schema, env.enc, env.doc)
    else {
        return Err(SealError::NotSealed);
    };
    if enc.kdf != KDF || enc.cipher != CIPHER {
        return Err(SealError::UnknownMethod);
    }
    if !(MIN_ITERATIONS..=MAX_ITERATIONS).contains(&enc.iter) {
        return Err(SealError::Iterations);
    }
    let fixed = |s: &str| b64_decode(s).ok_or(SealError::Malformed);
    let salt = fixed(&enc.salt)?
        .try_into()
        .map_err(|_| SealError::Malformed)?;
    let iv = fixed(&enc.iv)?
        .try_into()
        .map_err(|_| SealError::Malformed)?;
    let check = fixed(&enc.check)?;
    if check.len() != IV_LEN + CHECK_TEXT.len() + TAG_LEN {
        return Err(SealError::Malformed);
    }
    let (check_iv, check) = check.split_at(IV_LEN);
    let ciphertext = fixed(&doc)?;
    if ciphertext.len() < TAG_LEN {
        return Err(SealError::Malformed);
    }
    Ok(Sealed {
        schema,
        saved_at: env.saved_at,
        iterations: enc.iter,
        salt,
        iv,
        check_iv: check_iv.try_into().map_err(|_| SealError::Malformed)?,
        check: check.to_vec(),
        ciphertext,
    })
}

// --- domain/backup.rs ---

const FORMAT: &str = "koers-backup";
const VERSION: u64 = 1;
const MAX_BYTES: usize = 5 * 1024 * 1024;

#[derive(Deserialize)]
struct FileIn<'a> {
    format: Option<String>,
    version: Option<u64>,
    schema: Option<u64>,
    #[serde(default)]
    enc: Option<IgnoredAny>,
    #[serde(borrow)]
    doc: Option<&'a RawValue>,
}

pub fn export(doc: &Document, exported_at: &str) -> String {
    let doc_json = serde_json::to_string(doc).unwrap_or_default();
    let at = serde_json::to_string(exported_at).unwrap_or_else(|_| "\"\"".into());
    format!(
        r#"{{"format":"{FORMAT}","version":{VERSION},"schema":{SCHEMA},"exported_at":{at},"enc":null,"doc":{doc_json}}}"#
    )
}

pub fn read(bytes: &[u8]) -> Result<Document, ImportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Malformed)?;
    let file: FileIn = serde_json::from_str(text).map_err(|_| ImportError::Malformed)?;
    if file.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::NotKoers);
    }
    let version = file.version.ok_or(ImportError::NotKoers)?;
    if version > VERSION {
        return Err(ImportError::TooNew(version));
    }
    if file.enc.is_some() {
        return Err(ImportError::Encrypted);
    }
    let schema = file.schema.unwrap_or(SCHEMA);
    if schema > SCHEMA {
        return Err(ImportError::TooNew(version));
    }
    read_doc(schema, file.doc.ok_or(ImportError::Invalid)?.get())
}

fn read_doc(schema: u64, doc_json: &str) -> Result<Document, ImportError> {
    if schema > SCHEMA {
        return Err(ImportError::TooNew(schema));
    }
    let doc = read_doc_schema(schema, doc_json).map_err(|_| ImportError::Invalid)?;
    validate(&doc)?;
    Ok(doc)
}

pub fn read_file(text: &str) -> Result<Document, ImportError> {
    read(text.as_bytes()).or_else(|e| match (e, decode(text)) {
        (ImportError::NotKoers, Decoded::Doc(doc)) => validate(&doc).map(|()| doc),
        (ImportError::NotKoers, Decoded::TooNew(v)) => Err(ImportError::TooNew(v)),
        (e, _) => Err(e),
    })
}

pub fn read_unlocked(plain: &str, schema: u64) -> Result<Document, ImportError> {
    match read(plain.as_bytes()) {
        Err(ImportError::NotKoers) => read_doc(schema, plain).map_err(|e| match e {
            ImportError::Invalid => ImportError::NotKoers,
            e => e,
        }),
        other => other,
    }
}

fn validate(doc: &Document) -> Result<(), ImportError> {
    if !koers::domain::limits::within(doc) {
        return Err(ImportError::TooLong);
    }
    let mut ids = BTreeSet::new();
    for e in doc.entries.iter().chain(&doc.deleted) {
        if e.id.is_empty() || !ids.insert(e.id.as_str()) {
            return Err(ImportError::Invalid);
        }
    }
    let mut qids = BTreeSet::new();
    if doc
        .questions
        .iter()
        .any(|q| q.id.is_empty() || !qids.insert(q.id.as_str()))
    {
        return Err(ImportError::Invalid);
    }
    let mut aids = BTreeSet::new();
    if doc
        .agreements
        .iter()
        .any(|a| a.id.is_empty() || !aids.insert(a.id.as_str()))
    {
        return Err(ImportError::Invalid);
    }
    Ok(())
}

// --- domain/talk.rs ---

pub fn session_encode(s: &Session) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

pub fn session_decode(raw: &str) -> Option<Session> {
    let mut s: Session = serde_json::from_str(raw).ok()?;
    s.topics.retain(|t| Topic::parse(t).is_some());
    s.topics.truncate(MAX_TOPICS);
    let code_ok = (2..=12).contains(&s.second.len())
        && s.second.chars().all(|c| c.is_ascii_lowercase() || c == '-');
    if !code_ok {
        s.second.clear();
    }
    s.step = s.step.clamp(1, 2);
    if s.topics.is_empty() {
        s.step = 1;
    }
    s.at = s.at.min(s.topics.len().saturating_sub(1));
    Some(s)
}

// --- pwa/cards.rs ---

pub fn read_cards(text: &str) -> Option<CardFile> {
    serde_json::from_str(text).ok()
}

// --- store/sealed.rs: base64 as it shipped with the serde code (before the faster one) ---

const B64_ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

pub fn b64_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(*chunk.get(1).unwrap_or(&0)) << 8)
            | u32::from(*chunk.get(2).unwrap_or(&0));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(B64_ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// Strict standard base64: `None` for any other character, a wrong length or misplaced padding.
pub fn b64_decode(text: &str) -> Option<Vec<u8>> {
    let bytes = text.as_bytes();
    if !bytes.len().is_multiple_of(4) {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3);
    for (c, chunk) in bytes.chunks(4).enumerate() {
        let last = c + 1 == bytes.len() / 4;
        let pad = chunk.iter().rev().take_while(|&&b| b == b'=').count();
        if pad > 2 || (pad > 0 && !last) {
            return None;
        }
        let mut n = 0u32;
        for &b in &chunk[..4 - pad] {
            let v = B64_ALPHABET.iter().position(|&x| x == b)? as u32;
            n = (n << 6) | v;
        }
        n <<= 6 * pad as u32;
        let got = [(n >> 16) as u8, (n >> 8) as u8, n as u8];
        // Bits that padding drops must be zero (one encoding per value).
        if got[3 - pad..].iter().any(|&b| b != 0) {
            return None;
        }
        out.extend_from_slice(&got[..3 - pad]);
    }
    Some(out)
}

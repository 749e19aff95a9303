//! The versioned envelope around the document, and the migrations from older schemas.
//!
//! Stored form: `{"app":"koers","schema":1,"saved_at":"…","enc":null,"doc":{…}}`.
//! A migration is a pure function from schema N to N+1, each with a fixture test.
//! Schema 0 is the flat layout of the first builds (`doc: {name, language}`); schema 1 added
//! `profile` and `settings`; schema 2 added the timeline; schema 3 the school check and questions; schema 4 the plan (agreements,
//! goals, whom a question is for); schema 5 open drafts and the auto-lock time. Every step has a fixture in `tests/fixtures/`.

use crate::domain::state::Document;
use serde::Deserialize;
use serde::de::IgnoredAny;
use serde_json::value::RawValue;

/// The app name in every envelope, so that foreign data under our key is never mistaken for ours.
pub const APP: &str = "koers";
/// The schema this build writes.
pub const SCHEMA: u64 = 5;

/// What a stored value turned out to be.
// A short-lived value, made once per load: boxing the document would only add an allocation.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// A document, migrated to [`SCHEMA`] when it was older.
    Doc(Document),
    /// Written by a newer Koers with this schema number.
    TooNew(u64),
    /// Not a Koers envelope we can read. The reason is a short fixed text for developers (serde_json's
    /// detailed messages are left out on purpose: their formatting code costs wasm bytes).
    Unreadable(String),
}

/// The stored form, as read: the document stays raw until the header says how to read it.
#[derive(Deserialize)]
struct EnvelopeIn<'a> {
    app: Option<String>,
    schema: Option<u64>,
    #[serde(default)]
    enc: Option<IgnoredAny>,
    #[serde(borrow)]
    doc: Option<&'a RawValue>,
}

/// Wraps the document in the current envelope.
pub fn encode(doc: &Document, saved_at: &str) -> String {
    wrap(&encode_doc(doc), saved_at)
}

/// The document alone, as JSON. Serialising plain structs, strings and numbers cannot fail.
pub fn encode_doc(doc: &Document) -> String {
    // Room for a typical entry up front: a large document is written without growing the buffer many times.
    let mut buf = Vec::with_capacity(1024 + doc.entries.len() * 200);
    match serde_json::to_writer(&mut buf, doc) {
        Ok(()) => String::from_utf8(buf).unwrap_or_default(),
        Err(_) => String::new(),
    }
}

/// The envelope around an already encoded document (so a save encodes the document once).
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

/// Reads an envelope. Never panics, whatever the input.
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
    match read_doc(schema, doc.get()) {
        Ok(d) => Decoded::Doc(d),
        Err(e) => Decoded::Unreadable(e),
    }
}

/// Reads a document of schema `from` (at most [`SCHEMA`]) as the current [`Document`].
///
/// Migrations are typed, not done on generic JSON (that would put a JSON tree library in the wasm):
/// - schema 0 (flat `name`, `language`) has its own struct and [`v0_to_v1`];
/// - schemas 1 to 3 only lack fields that later schemas added (the timeline in 2; the school check and
///   questions in 3; agreements, goals and a question's addressee in 4; drafts and `lock_after` in 5). Every field of [`Document`] has a default, so they read as the current schema.
///   A future schema that renames or reshapes a field needs its own typed step here, with a fixture.
pub fn read_doc(from: u64, doc_json: &str) -> Result<Document, String> {
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

/// Schema 5 marks a school check that was gone through (`school.done`); before, any saved answer meant a
/// result was shown, so a document with answers keeps showing its result.
fn v4_to_v5(mut doc: Document) -> Document {
    if doc.school != Default::default() {
        doc.school.done = true;
    }
    doc
}

/// The schema-0 document: the flat layout of the first builds.
#[derive(Deserialize)]
struct V0 {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    language: Option<String>,
}

/// Schema 0 kept `name` and `language` flat; schema 1 groups them in `profile` and `settings`.
fn v0_to_v1(old: V0) -> Document {
    let name = old.name.unwrap_or_default();
    let mut doc = Document::default();
    doc.settings.welcomed = !name.is_empty() || old.language.is_some();
    doc.profile.name = name;
    doc.settings.language = old.language;
    doc
}

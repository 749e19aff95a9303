//! The versioned envelope around the document, and the migrations from older schemas.
//!
//! Stored form: `{"app":"koers","schema":1,"saved_at":"…","enc":null,"doc":{…}}`.
//! A migration is a pure function from schema N to N+1, each with a fixture test.
//! Schema 0 is the flat layout of the first builds (`doc: {name, language}`); schema 1 added
//! `profile` and `settings`; schema 2 added the timeline; schema 3 the school check and questions; schema 4 the plan (agreements,
//! goals, whom a question is for); schema 5 open drafts and the auto-lock time. Every step has a fixture in `tests/fixtures/`.

use crate::domain::codec;
use crate::domain::json::{self, quote};
use crate::domain::state::Document;

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
    /// Not a Koers envelope we can read. The reason is a short fixed text for developers (no detailed parse
    /// messages on purpose: their formatting code would cost wasm bytes).
    Unreadable(String),
}

/// The stored form, as read: `app`, `schema`, whether `enc` is there (not null), and the document still
/// raw until the header says how to read it. Fields other than these are skipped. (As serde read it into
/// `{app: Option<String>, schema: Option<u64>, #[serde(default)] enc: Option<IgnoredAny>, doc:
/// Option<&RawValue>}`; in array form, every field but `enc` is needed.)
type Head<'a> = (Option<String>, Option<u64>, bool, Option<&'a str>);

fn read_head(raw: &str) -> json::Res<Head<'_>> {
    json::read(raw, |r| {
        let mut head: Head = (None, None, false, None);
        r.fields(&["app", "schema", "enc", "doc"], 0, 0b1011, &mut |r, i| {
            match i {
                0 => head.0 = codec::read_opt_str(r)?,
                1 => head.1 = r.opt(|r| r.uint(u64::MAX))?,
                2 => head.2 = r.opt(json::Reader::skip)?.is_some(),
                _ => head.3 = r.opt(json::Reader::raw)?,
            }
            Ok(())
        })?;
        Ok(head)
    })
}

/// Wraps the document in the current envelope.
pub fn encode(doc: &Document, saved_at: &str) -> String {
    wrap(&encode_doc(doc), saved_at)
}

/// The document alone, as JSON. Serialising plain structs, strings and numbers cannot fail.
pub fn encode_doc(doc: &Document) -> String {
    codec::write_document(doc)
}

/// The envelope around an already encoded document (so a save encodes the document once).
pub fn wrap(doc_json: &str, saved_at: &str) -> String {
    let saved_at = quote(saved_at);
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
    let Ok((app, schema, enc, doc)) = read_head(raw) else {
        return Decoded::Unreadable("not a Koers envelope".into());
    };
    if app.as_deref() != Some(APP) {
        return Decoded::Unreadable("not a Koers envelope".into());
    }
    let Some(schema) = schema else {
        return Decoded::Unreadable("no schema number".into());
    };
    if schema > SCHEMA {
        return Decoded::TooNew(schema);
    }
    if enc {
        return Decoded::Unreadable("encrypted, and this build cannot unlock".into());
    }
    let Some(doc) = doc else {
        return Decoded::Unreadable("no document".into());
    };
    match read_doc(schema, doc) {
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
        0 => read_v0(doc_json)
            .map(v0_to_v1)
            .map_err(|_| "schema 0 document does not fit".to_string()),
        1..=4 => codec::read_document(doc_json)
            .map(v4_to_v5)
            .map_err(|_| "document does not fit".to_string()),
        5..=SCHEMA => {
            codec::read_document(doc_json).map_err(|_| "document does not fit".to_string())
        }
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

/// The schema-0 document: the flat layout of the first builds (both fields optional).
struct V0 {
    name: Option<String>,
    language: Option<String>,
}

fn read_v0(doc_json: &str) -> json::Res<V0> {
    json::read(doc_json, |r| {
        let mut v0 = V0 {
            name: None,
            language: None,
        };
        r.fields(&["name", "language"], 0, 0, &mut |r, i| {
            let s = codec::read_opt_str(r)?;
            match i {
                0 => v0.name = s,
                _ => v0.language = s,
            }
            Ok(())
        })?;
        Ok(v0)
    })
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

/// The language kept in a plain stored document (`doc.settings.language`), read without building the
/// document. (As serde read it into `{doc: {settings: {language: Option<String>}}}`, each field needed but
/// the language.)
pub fn stored_language(raw: &str) -> Option<String> {
    let mut language = None;
    json::read(raw, |r| {
        r.fields(&["doc"], 1, 1, &mut |r, _| {
            r.fields(&["settings"], 1, 1, &mut |r, _| {
                r.fields(&["language"], 0, 1, &mut |r, _| {
                    language = codec::read_opt_str(r)?;
                    Ok(())
                })
            })
        })
    })
    .ok()?;
    language
}

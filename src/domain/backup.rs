//! The backup file the young person owns (`.koers`): its format, the checks an import goes through before
//! anything changes, a preview, and the two ways in (replace, or merge by id keeping the newer version).
//! Pure and host-tested, fuzzed with arbitrary and mutated input (`tests/backup_fuzz.rs`).
//!
//! File: `{"format":"koers-backup","version":1,"schema":3,"exported_at":"…","enc":null,"doc":{…}}`.
//! `schema` is the document schema (as in the storage envelope), so a backup made by an older Koers is
//! migrated on import like stored data.
//! With a passphrase, `doc` is replaced by ciphertext and `enc` holds the KDF and cipher parameters,
//! as in the storage envelope (the WebCrypto part lives in the browser code).

use super::date::Date;
use super::json::{self, Reader, quote};
use super::state::Document;
use std::collections::BTreeSet;

pub const FORMAT: &str = "koers-backup";
/// The backup format this build writes and reads.
pub const VERSION: u64 = 1;
/// Larger files are refused before they are read.
pub const MAX_BYTES: usize = 5 * 1024 * 1024;

/// Why a file cannot be imported. Each has its own message in the user's language.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    Empty,
    TooLarge,
    /// Not JSON, or cut off.
    Malformed,
    /// JSON, but not a Koers backup.
    NotKoers,
    /// Made by a newer Koers.
    TooNew(u64),
    /// Locked with a passphrase: decrypt first.
    Encrypted,
    /// A Koers backup whose content does not fit (wrong types, bad dates, duplicate ids).
    Invalid,
    /// A text in the file is longer than its limit (`domain::limits`): refused whole, never cut.
    TooLong,
}

/// What the file holds, shown before the user chooses replace or merge.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Preview {
    pub entries: usize,
    pub private_entries: usize,
    pub first: Option<Date>,
    pub last: Option<Date>,
    /// School answers, questions, agreements or goals are included.
    pub has_plan: bool,
}

/// A backup file as read: `format`, `version`, `schema` (missing in no file this build writes; treated as
/// the current schema), whether `enc` is there (not null), and the document, still raw. (As the serde
/// struct read it: in array form every field but `enc` is needed.)
struct FileIn<'a> {
    format: Option<String>,
    version: Option<u64>,
    schema: Option<u64>,
    enc: bool,
    doc: Option<&'a str>,
}

fn read_head(text: &str) -> json::Res<FileIn<'_>> {
    json::read(text, |r| {
        let mut f = FileIn {
            format: None,
            version: None,
            schema: None,
            enc: false,
            doc: None,
        };
        r.fields(
            &["format", "version", "schema", "enc", "doc"],
            0,
            0b1_0111,
            &mut |r, i| {
                match i {
                    0 => f.format = super::codec::read_opt_str(r)?,
                    1 => f.version = r.opt(|r| r.uint(u64::MAX))?,
                    2 => f.schema = r.opt(|r| r.uint(u64::MAX))?,
                    3 => f.enc = r.opt(Reader::skip)?.is_some(),
                    _ => f.doc = r.opt(Reader::raw)?,
                }
                Ok(())
            },
        )?;
        Ok(f)
    })
}

/// Writes a backup file of `doc`.
pub fn export(doc: &Document, exported_at: &str) -> String {
    let doc_json = super::codec::write_document(doc);
    let at = quote(exported_at);
    let schema = crate::store::schema::SCHEMA;
    format!(
        r#"{{"format":"{FORMAT}","version":{VERSION},"schema":{schema},"exported_at":{at},"enc":null,"doc":{doc_json}}}"#
    )
}

/// A file name that says nothing about its owner or about asylum.
pub fn file_name(today: Date) -> String {
    format!("koers-{today}.koers")
}

/// Reads and checks a backup file. Never panics, whatever the bytes.
pub fn read(bytes: &[u8]) -> Result<Document, ImportError> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(ImportError::Empty);
    }
    if bytes.len() > MAX_BYTES {
        return Err(ImportError::TooLarge);
    }
    let text = std::str::from_utf8(bytes).map_err(|_| ImportError::Malformed)?;
    let file = read_head(text).map_err(|_| ImportError::Malformed)?;
    if file.format.as_deref() != Some(FORMAT) {
        return Err(ImportError::NotKoers);
    }
    let version = file.version.ok_or(ImportError::NotKoers)?;
    if version > VERSION {
        return Err(ImportError::TooNew(version));
    }
    if file.enc {
        return Err(ImportError::Encrypted);
    }
    let schema = file.schema.unwrap_or(crate::store::schema::SCHEMA);
    if schema > crate::store::schema::SCHEMA {
        return Err(ImportError::TooNew(version));
    }
    read_doc(schema, file.doc.ok_or(ImportError::Invalid)?)
}

/// A document's JSON of `schema`, checked like the document of a backup file.
fn read_doc(schema: u64, doc_json: &str) -> Result<Document, ImportError> {
    if schema > crate::store::schema::SCHEMA {
        return Err(ImportError::TooNew(schema));
    }
    let doc = crate::store::schema::read_doc(schema, doc_json).map_err(|_| ImportError::Invalid)?;
    validate(&doc)?;
    Ok(doc)
}

/// Reads a chosen file: a backup file, or else a Koers storage envelope (what a conflict notice or the
/// rescue screen offers to download), with the same checks. The error is the backup file's.
pub fn read_file(text: &str) -> Result<Document, ImportError> {
    read(text.as_bytes()).or_else(|e| {
        use crate::store::schema::{Decoded, decode};
        match (e, decode(text)) {
            (ImportError::NotKoers, Decoded::Doc(doc)) => validate(&doc).map(|()| doc),
            (ImportError::NotKoers, Decoded::TooNew(v)) => Err(ImportError::TooNew(v)),
            (e, _) => Err(e),
        }
    })
}

/// Reads what a locked copy held, once opened (`schema` is the locked envelope's): a backup file (a
/// locked copy made in Me), or a document's JSON (locked data that was kept aside).
pub fn read_unlocked(plain: &str, schema: u64) -> Result<Document, ImportError> {
    match read(plain.as_bytes()) {
        Err(ImportError::NotKoers) => read_doc(schema, plain).map_err(|e| match e {
            ImportError::Invalid => ImportError::NotKoers,
            e => e,
        }),
        other => other,
    }
}

/// Checks what the type system does not: ids are present and unique, and texts within their limits.
fn validate(doc: &Document) -> Result<(), ImportError> {
    if !super::limits::within(doc) {
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

pub fn preview(doc: &Document) -> Preview {
    let days = doc.entries.iter().map(|e| e.date.earliest());
    Preview {
        entries: doc.entries.len(),
        private_entries: doc.entries.iter().filter(|e| e.private).count(),
        first: days.clone().min(),
        last: days.max(),
        has_plan: doc.school != Default::default()
            || !doc.questions.is_empty()
            || !doc.agreements.is_empty()
            || doc.goals != Default::default(),
    }
}

/// Whether `doc` holds anything of the young person's (settings alone do not count): only then is a copy
/// kept before an import, and only then is there a choice between replace and merge.
pub fn has_data(doc: &Document) -> bool {
    let bare = Document {
        settings: Default::default(),
        ..doc.clone()
    };
    bare != Document::default()
}

/// Merges `incoming` into `current`: entries, questions and agreements by id, the newer version wins (by
/// `updated`, then the current one; questions have no `updated`, so this phone's version stays); profile,
/// settings, school answers and goals stay as they are on this phone unless empty here.
pub fn merge(current: &Document, incoming: &Document) -> Document {
    let mut out = current.clone();
    for e in &incoming.entries {
        match out.entries.iter_mut().find(|x| x.id == e.id) {
            Some(x) if e.updated > x.updated => *x = e.clone(),
            Some(_) => {}
            None if out.deleted.iter().any(|x| x.id == e.id) => {}
            None => out.entries.push(e.clone()),
        }
    }
    for q in &incoming.questions {
        if !out.questions.iter().any(|x| x.id == q.id) {
            out.questions.push(q.clone());
        }
    }
    for a in &incoming.agreements {
        match out.agreements.iter_mut().find(|x| x.id == a.id) {
            Some(x) if a.updated > x.updated => *x = a.clone(),
            Some(_) => {}
            None => out.agreements.push(a.clone()),
        }
    }
    if out.goals == Default::default() {
        out.goals = incoming.goals.clone();
    }
    out.dismissed.extend(incoming.dismissed.iter().cloned());
    if out.profile.name.is_empty() {
        out.profile.name = incoming.profile.name.clone();
    }
    out.profile.birth = out.profile.birth.or(incoming.profile.birth);
    out.profile.arrival = out.profile.arrival.or(incoming.profile.arrival);
    if out.school == Default::default() {
        out.school = incoming.school.clone();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::date::PartialDate;
    use crate::domain::state::{Action, apply};
    use crate::domain::timeline::{EntryInput, EntryKind};

    fn sample() -> Document {
        let mut doc = apply(
            &Document::default(),
            Action::FinishWelcome {
                name: "Sara".into(),
                language: "ar".into(),
            },
        );
        for (id, title, year, private) in [
            ("a", "Aangekomen", 2023, false),
            ("b", "<script>alert(1)</script>", 2024, true),
        ] {
            let input = EntryInput {
                kind: EntryKind::Other,
                date: PartialDate::Year(year),
                end: None,
                title: title.into(),
                note: String::new(),
                private,
            };
            doc = apply(
                &doc,
                Action::AddEntry {
                    id: id.into(),
                    input,
                    now: "2026-11-01T10:00:00Z".into(),
                },
            );
        }
        doc
    }

    #[test]
    fn export_then_read_gives_the_same_document() {
        let doc = sample();
        let file = export(&doc, "2026-11-29T10:00:00Z");
        assert_eq!(read(file.as_bytes()), Ok(doc.clone()));
        // The XSS-looking title is kept exactly: it is text, and the UI renders it as text.
        assert_eq!(
            read(file.as_bytes()).unwrap().entries[1].title,
            "<script>alert(1)</script>"
        );
        let p = preview(&doc);
        assert_eq!((p.entries, p.private_entries), (2, 1));
        assert_eq!(p.first, Date::new(2023, 1, 1));
        assert!(!p.has_plan);
        assert_eq!(
            file_name(Date::new(2026, 11, 29).unwrap()),
            "koers-2026-11-29.koers"
        );
    }

    #[test]
    fn ten_malformed_files_each_get_their_own_error() {
        let good = export(&sample(), "t");
        let truncated = &good[..good.len() / 2];
        let fifty_mb = vec![b' '; 1]
            .into_iter()
            .chain(std::iter::repeat_n(b'x', 50 * 1024 * 1024))
            .collect::<Vec<u8>>();
        let wrong_types = good.replace(r#""private":true"#, r#""private":"ja""#);
        let duplicate = good.replace(r#""id":"b""#, r#""id":"a""#);
        let bad_date = good.replace(r#"{"y":2023}"#, r#"{"y":2023,"m":2,"d":30}"#);
        let far_date = good.replace(r#"{"y":2023}"#, r#"{"y":99999}"#);
        let long_title = good.replace("Aangekomen", &"<b>".repeat(70));
        let cases: Vec<(&str, Vec<u8>, ImportError)> = vec![
            ("empty", b"".to_vec(), ImportError::Empty),
            (
                "truncated",
                truncated.as_bytes().to_vec(),
                ImportError::Malformed,
            ),
            (
                "not json",
                b"hello, this is a photo".to_vec(),
                ImportError::Malformed,
            ),
            (
                "wrong app",
                br#"{"format":"whatsapp-backup","version":1,"doc":{}}"#.to_vec(),
                ImportError::NotKoers,
            ),
            (
                "future version",
                br#"{"format":"koers-backup","version":7,"doc":{}}"#.to_vec(),
                ImportError::TooNew(7),
            ),
            ("50 MB", fifty_mb, ImportError::TooLarge),
            (
                "wrong types",
                wrong_types.into_bytes(),
                ImportError::Invalid,
            ),
            (
                "duplicate ids",
                duplicate.into_bytes(),
                ImportError::Invalid,
            ),
            (
                "date that does not exist",
                bad_date.into_bytes(),
                ImportError::Invalid,
            ),
            (
                "date out of range",
                far_date.into_bytes(),
                ImportError::Invalid,
            ),
            (
                "a title over its limit",
                long_title.into_bytes(),
                ImportError::TooLong,
            ),
            (
                "locked",
                br#"{"format":"koers-backup","version":1,"enc":{"kdf":"PBKDF2"},"doc":"abc"}"#
                    .to_vec(),
                ImportError::Encrypted,
            ),
            ("not utf-8", vec![0xff, 0xfe, b'{'], ImportError::Malformed),
        ];
        for (name, bytes, want) in cases {
            assert_eq!(read(&bytes), Err(want), "{name}");
        }
    }

    #[test]
    fn a_storage_envelope_and_the_inside_of_a_locked_copy_read_like_a_backup() {
        let doc = sample();
        let envelope = crate::store::schema::encode(&doc, "t");
        assert_eq!(read_file(&envelope), Ok(doc.clone()));
        assert_eq!(read_file(&export(&doc, "t")), Ok(doc.clone()));
        let newer = envelope.replace(r#""schema":5"#, r#""schema":99"#);
        assert_eq!(read_file(&newer), Err(ImportError::TooNew(99)));
        let twice = envelope.replace(r#""id":"b""#, r#""id":"a""#);
        assert_eq!(read_file(&twice), Err(ImportError::Invalid));
        assert_eq!(read_file("{}"), Err(ImportError::NotKoers));
        assert_eq!(read_file("nope"), Err(ImportError::Malformed));

        assert_eq!(read_unlocked(&export(&doc, "t"), 5), Ok(doc.clone()));
        let doc_json = crate::store::schema::encode_doc(&doc);
        assert_eq!(read_unlocked(&doc_json, 5), Ok(doc.clone()));
        assert_eq!(read_unlocked(&doc_json, 99), Err(ImportError::TooNew(99)));
        assert_eq!(read_unlocked("[1,2]", 5), Err(ImportError::Malformed));
        assert_eq!(read_unlocked("", 5), Err(ImportError::Empty));
    }

    #[test]
    fn has_data_ignores_settings_only() {
        let mut doc = Document::default();
        assert!(!has_data(&doc));
        doc.settings.language = Some("ar".into());
        doc.settings.welcomed = true;
        assert!(!has_data(&doc));
        assert!(has_data(&sample()));
        let mut draft = doc.clone();
        draft.drafts.insert("entry.title".into(), "x".into());
        assert!(has_data(&draft), "a half-written entry is worth a copy");
        doc.goals.learn = "Koken".into();
        assert!(has_data(&doc));
    }

    #[test]
    fn an_older_backup_is_migrated_like_stored_data() {
        let v0 = r#"{"format":"koers-backup","version":1,"schema":0,"exported_at":"x","enc":null,"doc":{"name":"Yonas","language":"en"}}"#;
        let doc = read(v0.as_bytes()).unwrap();
        assert_eq!(doc.profile.name, "Yonas");
        assert!(doc.settings.welcomed);
        let newer = r#"{"format":"koers-backup","version":1,"schema":99,"exported_at":"x","enc":null,"doc":{}}"#;
        assert_eq!(read(newer.as_bytes()), Err(ImportError::TooNew(1)));
    }

    #[test]
    fn merge_keeps_the_newer_version_and_loses_nothing() {
        let here = sample();
        let mut there = sample();
        there.entries[0].title = "Aangekomen in Ter Apel".into();
        there.entries[0].updated = "2026-11-20T10:00:00Z".into();
        there.entries[1].title = "older edit".into();
        there.entries[1].updated = "2026-10-01T10:00:00Z".into();
        let mut extra = there.entries[0].clone();
        extra.id = "c".into();
        there.entries.push(extra);
        there.profile.name = "Other name".into();
        let merged = merge(&here, &there);
        let titles: Vec<_> = merged.entries.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Aangekomen in Ter Apel",
                "<script>alert(1)</script>",
                "Aangekomen in Ter Apel"
            ]
        );
        assert_eq!(merged.profile.name, "Sara", "this phone's profile stays");
        // Merging twice changes nothing more.
        assert_eq!(merge(&merged, &there), merged);
        // An entry deleted here is not brought back by an old backup.
        let deleted_here = apply(&here, Action::DeleteEntry { id: "a".into() });
        assert!(
            merge(&deleted_here, &there)
                .entries
                .iter()
                .all(|e| e.id != "a")
        );
    }

    #[test]
    fn merge_takes_agreements_by_id_and_goals_only_when_empty_here() {
        use crate::domain::plan::{AgreementInput, Goals, Who};
        let add = |doc: &Document, id: &str, what: &str, now: &str| {
            apply(
                doc,
                Action::AddAgreement {
                    id: id.into(),
                    input: AgreementInput {
                        what: what.into(),
                        who: Who::Me,
                        by: None,
                    },
                    now: now.into(),
                },
            )
        };
        let here = add(&sample(), "a1", "Bellen met IOM", "2026-11-01T00:00:00Z");
        let mut there = add(&sample(), "a1", "Bellen met IOM", "2026-11-01T00:00:00Z");
        there = apply(
            &there,
            Action::SetAgreementDone {
                id: "a1".into(),
                done: true,
                now: "2026-11-05T00:00:00Z".into(),
            },
        );
        there = add(&there, "a2", "Diploma ophalen", "2026-11-06T00:00:00Z");
        there = apply(
            &there,
            Action::SetGoals(Goals {
                learn: "Koken".into(),
                ..Goals::default()
            }),
        );
        let merged = merge(&here, &there);
        assert_eq!(merged.agreements.len(), 2);
        assert!(merged.agreements[0].done, "the newer version wins");
        assert_eq!(
            merged.goals.learn, "Koken",
            "goals come in when there are none here"
        );
        let mine = apply(
            &here,
            Action::SetGoals(Goals {
                learn: "Lassen".into(),
                ..Goals::default()
            }),
        );
        assert_eq!(
            merge(&mine, &there).goals.learn,
            "Lassen",
            "this phone's goals stay"
        );
        assert!(preview(&there).has_plan);
        // Two agreements with one id make a file invalid.
        let mut twice = there.clone();
        twice.agreements.push(twice.agreements[0].clone());
        assert_eq!(
            read(export(&twice, "x").as_bytes()),
            Err(ImportError::Invalid)
        );
    }
}

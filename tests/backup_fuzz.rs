//! Fuzzing the backup importer: arbitrary bytes and mutated valid files must never panic, and whatever
//! it accepts must survive export and import unchanged. A short bounded run is part of `cargo test`;
//! a long one: `PROPTEST_CASES=200000 cargo test --release --test backup_fuzz`.
#![cfg(not(target_arch = "wasm32"))]

use koers::domain::backup::{export, read};
use koers::domain::date::PartialDate;
use koers::domain::state::{Action, Document, apply};
use koers::domain::timeline::{EntryInput, EntryKind};
use proptest::prelude::*;

fn valid_file() -> String {
    let mut doc = apply(
        &Document::default(),
        Action::FinishWelcome {
            name: "Yonas".into(),
            language: "ti".into(),
        },
    );
    for (i, year) in [2019, 2021, 2024].into_iter().enumerate() {
        let input = EntryInput {
            kind: EntryKind::from_code("talk:voogd").unwrap_or(EntryKind::Other),
            date: PartialDate::Year(year),
            end: None,
            title: format!("Moment {i} «ሰላም» سلام"),
            note: "regel\nnog een \"regel\"".into(),
            private: i == 1,
        };
        doc = apply(
            &doc,
            Action::AddEntry {
                id: format!("e{i}"),
                input,
                now: format!("2026-0{}-01T00:00:00Z", i + 1),
            },
        );
    }
    export(&doc, "2026-11-29T10:00:00Z")
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(512)
}

fn accepted_round_trips(bytes: &[u8]) {
    if let Ok(doc) = read(bytes) {
        let again = export(&doc, "t");
        assert_eq!(read(again.as_bytes()), Ok(doc));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        accepted_round_trips(&bytes);
    }

    #[test]
    fn mutated_valid_files_never_panic(
        edits in proptest::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0u8..3), 1..8),
        cut in any::<prop::sample::Index>(),
    ) {
        let mut bytes = valid_file().into_bytes();
        for (at, byte, how) in edits {
            let i = at.index(bytes.len());
            match how {
                0 => bytes[i] = byte,
                1 => bytes.insert(i, byte),
                _ => { bytes.remove(i); }
            }
            if bytes.is_empty() { break; }
        }
        if !bytes.is_empty() && cut.index(4) == 0 {
            let keep = cut.index(bytes.len());
            bytes.truncate(keep);
        }
        accepted_round_trips(&bytes);
    }
}

#[test]
fn the_valid_file_itself_is_accepted() {
    assert!(read(valid_file().as_bytes()).is_ok());
}

/// A valid locked envelope (made up bytes: the header and base64 are what is read here).
fn sealed_file() -> String {
    use koers::store::sealed::{CHECK_TEXT, ITERATIONS, Sealed, TAG_LEN, seal_envelope};
    seal_envelope(&Sealed {
        schema: 3,
        saved_at: "2026-11-29T10:00:00Z".into(),
        iterations: ITERATIONS,
        salt: [1; 16],
        iv: [2; 12],
        check_iv: [3; 12],
        check: vec![4; CHECK_TEXT.len() + TAG_LEN],
        ciphertext: (0..=255).collect(),
    })
}

proptest! {
    /// The locked envelope's reader never panics, on arbitrary text or on a mutated valid envelope, and
    /// base64 round-trips any bytes.
    #[test]
    fn the_locked_envelope_reader_never_panics(
        text in "\\PC{0,300}",
        cut in 0usize..2000,
        pos in 0usize..2000,
        byte in any::<u8>(),
        bytes in proptest::collection::vec(any::<u8>(), 0..300),
    ) {
        use koers::store::sealed::{b64_decode, b64_encode, read_sealed};
        let _ = read_sealed(&text);
        let valid = sealed_file();
        let _ = read_sealed(&valid[..cut.min(valid.len())]);
        let mut raw = valid.into_bytes();
        let i = pos % raw.len();
        raw[i] = byte;
        let _ = read_sealed(&String::from_utf8_lossy(&raw));
        prop_assert_eq!(b64_decode(&b64_encode(&bytes)), Some(bytes));
        let _ = b64_decode(&text);
    }
}

//! The UI text files (`locales/*.json`): every language has every key of the Dutch source and no other,
//! with the same `{{ placeholders }}`, a translation status, and its direction. (build.rs refuses to
//! build otherwise; this says it again on the host, where it is quick to read.) The Dutch is short.
//! A string may be `null` (not translated yet: it shows in Dutch, marked); build.rs's own checks are tested
//! here too, on made-up tables: a `null` passes, a missing or unknown key does not.
#![cfg(not(target_arch = "wasm32"))]

#[allow(dead_code)]
#[path = "../build.rs"]
mod build;

use koers::domain::content::words_per_sentence;
use serde_json::Value;
use std::collections::BTreeMap;

/// A language's strings; a `null` one (not translated yet) is the Dutch, as the app shows it.
fn flat(lang: &str) -> (BTreeMap<String, String>, Value) {
    let dutch = (lang != "nl").then(|| flat("nl").0);
    let path = format!("{}/locales/{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let value: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for (section, v) in value.as_object().unwrap() {
        match v {
            Value::String(s) => {
                out.insert(section.clone(), s.clone());
            }
            Value::Null => {
                let nl = dutch.as_ref().expect("Dutch is the source: no null there");
                out.insert(section.clone(), nl[section].clone());
            }
            Value::Object(o) if section != "_meta" => {
                for (k, s) in o {
                    let key = format!("{section}.{k}");
                    let text = match (s.as_str(), &dutch) {
                        (Some(text), _) => text.to_string(),
                        (None, Some(nl)) if s.is_null() => nl[&key].clone(),
                        _ => panic!("{lang}: {key} is neither a string nor a null outside Dutch"),
                    };
                    out.insert(key, text);
                }
            }
            _ => {}
        }
    }
    let meta = value["_meta"].clone();
    (out, meta)
}

fn languages() -> Vec<String> {
    let dir = format!("{}/locales", env!("CARGO_MANIFEST_DIR"));
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| {
            let name = e.ok()?.file_name().into_string().ok()?;
            name.strip_suffix(".json").map(str::to_string)
        })
        .collect();
    out.sort();
    out
}

fn placeholders(text: &str) -> Vec<&str> {
    let mut out: Vec<&str> = text
        .split("{{")
        .skip(1)
        .filter_map(|p| p.split_once("}}").map(|(name, _)| name.trim()))
        .collect();
    out.sort();
    out
}

#[test]
fn every_language_has_every_key_and_a_status() {
    let (nl, _) = flat("nl");
    assert!(nl.len() > 500);
    for lang in languages() {
        let (table, meta) = flat(&lang);
        let missing: Vec<&String> = nl.keys().filter(|k| !table.contains_key(*k)).collect();
        let unknown: Vec<&String> = table.keys().filter(|k| !nl.contains_key(*k)).collect();
        assert!(missing.is_empty(), "{lang}: missing {missing:?}");
        assert!(unknown.is_empty(), "{lang}: unknown {unknown:?}");
        for (key, text) in &table {
            assert_eq!(placeholders(text), placeholders(&nl[key]), "{lang} {key}");
        }
        let status = table["translation.status"].as_str();
        if lang == "nl" {
            assert_eq!(status, "source");
        } else {
            assert!(["machine", "native"].contains(&status), "{lang}: {status}");
            let note = if status == "machine" {
                "translation.note_machine"
            } else {
                "translation.note_native"
            };
            assert!(!table[note].trim().is_empty(), "{lang}: {note} is empty");
        }
        assert!(
            ["ltr", "rtl"].contains(&meta["dir"].as_str().unwrap_or_default()),
            "{lang}"
        );
        assert!(
            !meta["name"].as_str().unwrap_or_default().is_empty(),
            "{lang}"
        );
    }
}

#[test]
fn right_to_left_where_it_should_be() {
    for lang in languages() {
        let (_, meta) = flat(&lang);
        let rtl = ["ar", "prs", "ps"].contains(&lang.as_str());
        assert_eq!(meta["dir"] == "rtl", rtl, "{lang}");
    }
}

/// The Dutch of the whole UI, and of the newest parts on their own, at most 12 words a sentence.
#[test]
fn the_dutch_ui_text_is_short() {
    let (nl, _) = flat("nl");
    let all: Vec<&str> = nl.values().map(String::as_str).collect();
    let avg = words_per_sentence(&all);
    assert!(avg <= 12.0, "nl UI: {avg:.1} words per sentence");
    for section in ["walk", "mentor", "lock", "import", "plan", "talk"] {
        let texts: Vec<&str> = nl
            .iter()
            .filter(|(k, _)| k.starts_with(&format!("{section}.")))
            .map(|(_, v)| v.as_str())
            .collect();
        let avg = words_per_sentence(&texts);
        assert!(avg <= 12.0, "nl {section}: {avg:.1} words per sentence");
    }
}

fn table(pairs: &[(&str, Option<&str>)]) -> BTreeMap<String, Option<String>> {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), v.map(str::to_string)))
        .collect()
}

const DUTCH: &[(&str, Option<&str>)] = &[
    ("me.intro", Some("Hallo {{ name }}.")),
    ("me.title", Some("Ik")),
    ("translation.status", Some("source")),
];

/// build.rs: a `null` (not translated yet) builds; a missing key, an unknown key, a `null` in Dutch or in
/// the `translation` section, and the fallback marker in a translation do not.
#[test]
fn build_accepts_null_but_not_a_missing_or_unknown_key() {
    let nl = build::source(&table(DUTCH)).unwrap();
    assert!(build::check("nl", &table(DUTCH), &nl).is_ok());
    let ar = |intro: Option<&str>| {
        table(&[
            ("me.intro", intro),
            ("me.title", Some("أنا")),
            ("translation.status", Some("machine")),
        ])
    };
    assert!(build::check("ar", &ar(Some("مرحبا {{ name }}.")), &nl).is_ok());
    assert!(build::check("ar", &ar(None), &nl).is_ok(), "null builds");
    let mut missing = ar(None);
    missing.remove("me.intro");
    let err = build::check("ar", &missing, &nl).unwrap_err();
    assert!(err.contains("key me.intro is missing"), "{err}");
    let mut unknown = ar(None);
    unknown.insert("me.other".into(), None);
    let err = build::check("ar", &unknown, &nl).unwrap_err();
    assert!(err.contains("unknown key me.other"), "{err}");
    let mut status = ar(None);
    status.insert("translation.status".into(), None);
    assert!(build::check("ar", &status, &nl).is_err());
    let marked = ar(Some("\u{2060}مرحبا {{ name }}."));
    assert!(
        build::check("ar", &marked, &nl)
            .unwrap_err()
            .contains("U+2060")
    );
    let wrong = ar(Some("مرحبا."));
    assert!(
        build::check("ar", &wrong, &nl)
            .unwrap_err()
            .contains("placeholders")
    );
    let mut dutch_null = table(DUTCH);
    dutch_null.insert("me.title".into(), None);
    assert!(
        build::source(&dutch_null)
            .unwrap_err()
            .contains("me.title is null")
    );
}

/// build.rs reads `null` from a locale file as "not translated yet", and anything else but a string fails.
#[test]
fn build_reads_null_from_a_locale_file() {
    let parse = |text: &str| {
        let value: Value = serde_json::from_str(text).unwrap();
        build::flatten(value.as_object().unwrap()).map_err(|e| e.to_string())
    };
    let got = parse(
        r#"{"_meta": {"dir": "rtl"}, "app_name": null, "me": {"title": null, "intro": "x"}}"#,
    )
    .unwrap();
    assert_eq!(
        got,
        table(&[
            ("app_name", None),
            ("me.intro", Some("x")),
            ("me.title", None)
        ])
    );
    assert!(parse(r#"{"me": {"title": 3}}"#).is_err());
    assert!(parse(r#"{"me": {"title": {"deeper": "x"}}}"#).is_err());
}

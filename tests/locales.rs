//! The UI text files (`locales/*.json`): every language has every key of the Dutch source and no other,
//! with the same `{{ placeholders }}`, a translation status, and its direction. (build.rs refuses to
//! build otherwise; this says it again on the host, where it is quick to read.) The Dutch is short.
#![cfg(not(target_arch = "wasm32"))]

use koers::domain::content::words_per_sentence;
use serde_json::Value;
use std::collections::BTreeMap;

fn flat(lang: &str) -> (BTreeMap<String, String>, Value) {
    let path = format!("{}/locales/{lang}.json", env!("CARGO_MANIFEST_DIR"));
    let value: Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    let mut out = BTreeMap::new();
    for (section, v) in value.as_object().unwrap() {
        match v {
            Value::String(s) => {
                out.insert(section.clone(), s.clone());
            }
            Value::Object(o) if section != "_meta" => {
                for (k, s) in o {
                    out.insert(format!("{section}.{k}"), s.as_str().unwrap().to_string());
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

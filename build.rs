//! Checks `locales/*.json` and generates the typed keys of the UI text (`$OUT_DIR/text_keys.rs`).
//!
//! The text itself is not compiled in: `scripts/post-build.mjs` writes one file per language
//! (`text/<keys hash>/<lang>.txt`) that the app reads at start, so the wasm does not grow with each language.
//! Both sides list the keys the same way: every `section.key` path of `nl.json` (the source), sorted.
//! The build fails on a key missing in a language, an unknown key, a placeholder that differs from the
//! Dutch, a language without its `_meta` (direction, name, order), or a translation status that is not
//! `source` (Dutch only), `machine` (written with a computer's help, not checked) or `native` (checked by a
//! native speaker on `translation.checked`).
//! A string not translated yet is said so explicitly: the value `null`. It shows in Dutch, marked (post-build
//! writes the Dutch with [`FALLBACK`] in front; `pwa::fallback` puts `lang="nl"` on it). Dutch itself and the
//! `translation` section (data, not text) may not be `null`.
//! (tests/locales.rs includes this file as a module, to test [`flatten`] and [`check`] on the host.)

use serde_json::{Map, Value};
use std::collections::BTreeMap;
use std::error::Error;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

const RUST_KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "Self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "gen", "try", "k",
];

struct Language {
    code: String,
    name: String,
    rtl: bool,
    order: i64,
    /// `content/cards.<code>.json` exists (else the cards show in Dutch, marked as such).
    cards: bool,
}

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    println!("cargo::rerun-if-changed=content");
    public_url()?;
    let dir = Path::new("locales");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    for f in &files {
        println!("cargo::rerun-if-changed={}", f.display());
    }
    let mut tables = BTreeMap::new();
    let mut languages = Vec::new();
    for path in &files {
        let code = path
            .file_stem()
            .and_then(|s| s.to_str())
            .ok_or("bad locale file name")?
            .to_string();
        let value: Value = serde_json::from_str(&std::fs::read_to_string(path)?)
            .map_err(|e| format!("{}: {e}", path.display()))?;
        let object = value.as_object().ok_or("a locale file must be an object")?;
        let meta = object
            .get("_meta")
            .and_then(Value::as_object)
            .ok_or_else(|| format!("{code}.json: no _meta"))?;
        for field in ["dir", "name", "order"] {
            if !meta.contains_key(field) {
                return Err(format!("{code}.json: _meta.{field} is missing").into());
            }
        }
        let rtl = match meta["dir"].as_str() {
            Some("rtl") => true,
            Some("ltr") => false,
            _ => return Err(format!("{code}.json: _meta.dir must be ltr or rtl").into()),
        };
        let order = meta["order"]
            .as_i64()
            .ok_or("_meta.order must be a number")?;
        let name = meta["name"]
            .as_str()
            .ok_or("_meta.name must be text")?
            .to_string();
        let cards_file = format!("content/cards.{code}.json");
        println!("cargo::rerun-if-changed={cards_file}");
        languages.push(Language {
            code: code.clone(),
            name,
            rtl,
            order,
            cards: Path::new(&cards_file).exists(),
        });
        tables.insert(code, flatten(object)?);
    }
    languages.sort_by_key(|l| l.order);
    let nl = source(
        tables
            .get("nl")
            .ok_or("locales/nl.json (the source) is missing")?,
    )?;
    if languages.first().map(|l| l.code.as_str()) != Some("nl") {
        return Err("nl must come first (_meta.order)".into());
    }
    for (code, table) in &tables {
        check(code, table, &nl)?;
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?);
    std::fs::write(out.join("text_keys.rs"), generate(&nl, &languages)?)?;
    std::fs::write(out.join("facts_table.rs"), facts_table()?)?;
    Ok(())
}

/// The marker post-build puts in front of a Dutch fallback (U+2060 WORD JOINER: invisible, no line break;
/// the same in `ui::text::FALLBACK` and scripts/post-build.mjs).
pub const FALLBACK: char = '\u{2060}';

/// The Dutch source, every string given (a `null` there has no text to fall back to).
pub fn source(
    table: &BTreeMap<String, Option<String>>,
) -> Result<BTreeMap<String, String>, String> {
    table
        .iter()
        .map(|(key, text)| match text {
            Some(t) => Ok((key.clone(), t.clone())),
            None => Err(format!("nl.json: {key} is null, but Dutch is the source")),
        })
        .collect()
}

/// One language against the Dutch: every key and no other, a `null` (not translated yet) only outside
/// `translation`, the same placeholders, a translation status that fits.
pub fn check(
    code: &str,
    table: &BTreeMap<String, Option<String>>,
    nl: &BTreeMap<String, String>,
) -> Result<(), String> {
    let status = table.get("translation.status").and_then(|s| s.as_deref());
    let allowed = if code == "nl" {
        &["source"][..]
    } else {
        &["machine", "native"][..]
    };
    if !status.is_some_and(|s| allowed.contains(&s)) {
        return Err(format!(
            "{code}.json: translation.status must be one of {allowed:?}"
        ));
    }
    for key in nl.keys() {
        if !table.contains_key(key) {
            return Err(format!("{code}.json: key {key} is missing"));
        }
    }
    for (key, text) in table {
        let Some(dutch) = nl.get(key) else {
            return Err(format!("{code}.json: unknown key {key}"));
        };
        let Some(text) = text else {
            if key.starts_with("translation.") {
                return Err(format!("{code}.json: {key} is data and cannot be null"));
            }
            continue;
        };
        if text.contains(FALLBACK) {
            return Err(format!(
                "{code}.json: {key} contains U+2060 (the fallback marker)"
            ));
        }
        if placeholders(text) != placeholders(dutch) {
            return Err(format!(
                "{code}.json: {key} has placeholders {:?}, the Dutch has {:?}",
                placeholders(text),
                placeholders(dutch)
            ));
        }
        if text.contains('\0') {
            return Err(format!("{code}.json: {key} contains a NUL character"));
        }
    }
    Ok(())
}

/// The path the build is served under, from `TRUNK_BUILD_PUBLIC_URL` (the variable Trunk itself reads for
/// `--public-url`, so one setting moves both the asset links and the app): `KOERS_BASE` is `""` at the root
/// and `"/koers"` for `/koers/`. `scripts/post-build.mjs` fails the build if Trunk was given another one.
fn public_url() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-env-changed=TRUNK_BUILD_PUBLIC_URL");
    let url = std::env::var("TRUNK_BUILD_PUBLIC_URL").unwrap_or_default();
    let base = url.trim_end_matches('/');
    let safe = |c: char| c.is_ascii_alphanumeric() || "/-._~".contains(c);
    if !(url.is_empty()
        || url.starts_with('/')
            && !url.starts_with("//")
            && base.chars().all(safe)
            && !base.split('/').any(|s| s == "." || s == ".."))
    {
        return Err(
            format!("TRUNK_BUILD_PUBLIC_URL must be a path like /koers/, not {url:?}").into(),
        );
    }
    println!("cargo::rustc-env=KOERS_BASE={base}");
    Ok(())
}

/// The fact register (`content/facts.json`) as a static table: no JSON text and no parser for it in the wasm.
fn facts_table() -> Result<String, Box<dyn Error>> {
    println!("cargo::rerun-if-changed=content/facts.json");
    let value: Value = serde_json::from_str(&std::fs::read_to_string("content/facts.json")?)
        .map_err(|e| format!("content/facts.json: {e}"))?;
    let facts = value
        .get("facts")
        .and_then(Value::as_array)
        .ok_or("content/facts.json: no facts list")?;
    let mut out =
        String::from("/// The fact register, from `content/facts.json` (generated by build.rs).\n");
    out.push_str("pub static REGISTER: &[Fact] = &[\n");
    for fact in facts {
        let text = |field: &str| -> Result<String, Box<dyn Error>> {
            let v = fact.get(field).and_then(Value::as_str);
            let v = v.ok_or_else(|| format!("content/facts.json: a fact without {field}"))?;
            Ok(format!("{v:?}"))
        };
        let flag = |field: &str| fact.get(field).and_then(Value::as_bool).unwrap_or(false);
        writeln!(
            out,
            "    Fact {{ id: {}, status: {}, source: {}, checked: {}, time_sensitive: {}, synthesis: {} }},",
            text("id")?,
            text("status")?,
            text("source")?,
            text("checked")?,
            flag("time_sensitive"),
            flag("synthesis"),
        )?;
    }
    out.push_str("];\n");
    Ok(out)
}

/// `section.key` → text, for every string (`None`: `null`, not translated yet); `_meta` is not text.
pub fn flatten(
    object: &Map<String, Value>,
) -> Result<BTreeMap<String, Option<String>>, Box<dyn Error>> {
    let text = |name: &str, v: &Value| match v {
        Value::String(s) => Ok(Some(s.clone())),
        Value::Null => Ok(None),
        _ => Err(format!("{name}: only strings (or null), two levels deep")),
    };
    let mut out = BTreeMap::new();
    for (section, value) in object {
        if section == "_meta" {
            continue;
        }
        check_name(section)?;
        match value {
            Value::Object(inner) => {
                for (key, v) in inner {
                    check_name(key)?;
                    let name = format!("{section}.{key}");
                    out.insert(name.clone(), text(&name, v)?);
                }
            }
            v => {
                out.insert(section.clone(), text(section, v)?);
            }
        }
    }
    Ok(out)
}

fn check_name(name: &str) -> Result<(), Box<dyn Error>> {
    let ok = name
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_lowercase() || c == '_')
        && name
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !RUST_KEYWORDS.contains(&name);
    if ok {
        Ok(())
    } else {
        Err(
            format!("key name {name:?}: lower-case ASCII, digits and _ only, not a Rust keyword")
                .into(),
        )
    }
}

/// The `{{ name }}` placeholders of a text, sorted.
fn placeholders(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find("{{") {
        let Some(end) = rest[start..].find("}}") else {
            break;
        };
        out.push(rest[start + 2..start + end].trim().to_string());
        rest = &rest[start + end + 2..];
    }
    out.sort();
    out
}

/// FNV-1a over the sorted keys: names the text files, so a wasm only ever reads the keys it was built with.
fn keys_hash(keys: &[&String]) -> String {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for key in keys {
        for b in key.bytes().chain(std::iter::once(b'\n')) {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{h:016x}")
}

fn generate(
    nl: &BTreeMap<String, String>,
    languages: &[Language],
) -> Result<String, Box<dyn Error>> {
    let keys: Vec<&String> = nl.keys().collect();
    let mut s = String::new();
    writeln!(
        s,
        "// Generated by build.rs from locales/*.json. Do not edit."
    )?;
    writeln!(
        s,
        "/// The languages Koers speaks, Dutch (the source) first."
    )?;
    writeln!(s, "#[allow(non_camel_case_types)]")?;
    writeln!(
        s,
        "#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]"
    )?;
    writeln!(s, "pub enum Locale {{")?;
    for (i, l) in languages.iter().enumerate() {
        if i == 0 {
            writeln!(s, "    #[default]")?;
        }
        writeln!(s, "    {},", l.code)?;
    }
    writeln!(s, "}}")?;
    writeln!(s, "impl Locale {{")?;
    // One `const fn` per property of a language, each a match over the languages.
    let per_language = |s: &mut String,
                        doc: &str,
                        sig: &str,
                        value: &dyn Fn(&Language) -> String|
     -> std::fmt::Result {
        writeln!(s, "    /// {doc}")?;
        writeln!(s, "    pub const fn {sig} {{ match self {{")?;
        for l in languages {
            writeln!(s, "        Locale::{} => {},", l.code, value(l))?;
        }
        writeln!(s, "    }} }}")
    };
    per_language(
        &mut s,
        "The language code.",
        "as_str(self) -> &'static str",
        &|l| format!("{:?}", l.code),
    )?;
    per_language(
        &mut s,
        "Which way it is written.",
        "direction(self) -> Direction",
        &|l| {
            (if l.rtl {
                "Direction::Rtl"
            } else {
                "Direction::Ltr"
            })
            .into()
        },
    )?;
    per_language(
        &mut s,
        "The language's name in its own words (the same in every language).",
        "name(self) -> &'static str",
        &|l| format!("{:?}", l.name),
    )?;
    per_language(
        &mut s,
        "Whether the explainer cards exist in this language (else they show in Dutch, marked).",
        "has_cards(self) -> bool",
        &|l| l.cards.to_string(),
    )?;
    let all: Vec<String> = languages
        .iter()
        .map(|l| format!("Locale::{}", l.code))
        .collect();
    writeln!(
        s,
        "    pub const fn get_all() -> &'static [Locale] {{ &[{}] }}",
        all.join(", ")
    )?;
    writeln!(s, "}}")?;
    writeln!(s, "/// How many text keys there are.")?;
    writeln!(s, "pub const COUNT: usize = {};", keys.len())?;
    writeln!(
        s,
        "/// Names the folder of the text files (`text/<hash>/<lang>.txt`)."
    )?;
    writeln!(s, "pub const KEYS_HASH: &str = \"{}\";", keys_hash(&keys))?;
    writeln!(s, "/// One constant per text key: `k::section::key`.")?;
    writeln!(s, "#[allow(non_upper_case_globals, dead_code)]")?;
    writeln!(s, "pub mod k {{")?;
    writeln!(s, "    use super::Key;")?;
    let mut open: Option<&str> = None;
    for (i, key) in keys.iter().enumerate() {
        let (section, name) = match key.split_once('.') {
            Some((a, b)) => (Some(a), b),
            None => (None, key.as_str()),
        };
        if open != section {
            if open.is_some() {
                writeln!(s, "    }}")?;
            }
            if let Some(sec) = section {
                writeln!(s, "    pub mod {sec} {{ use super::Key;")?;
            }
            open = section;
        }
        writeln!(s, "    pub const {name}: Key = Key({i});")?;
    }
    if open.is_some() {
        writeln!(s, "    }}")?;
    }
    writeln!(s, "}}")?;
    Ok(s)
}

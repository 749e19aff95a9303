//! Generates the `i18n` module from `locales/*.json` (leptos_i18n) for the browser build.
//! Host builds (tests of the pure core) do not include the UI, so they skip this.

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};
use std::error::Error;
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=locales");
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() != Ok("wasm32") {
        return Ok(());
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?).join("i18n");
    // Dutch is the source language; every other locale must have the same keys.
    // interpolate_display: strings with {{ values }} can also be built as plain text (t_string!, td_string!).
    let cfg = Config::new("nl")?
        .add_locale("en")?
        .add_locale("ar")?
        .parse_options(ParseOptions::new().interpolate_display(true));
    let infos = TranslationsInfos::parse(cfg)?;
    infos.emit_diagnostics();
    infos.rerun_if_locales_changed();
    infos.generate_i18n_module(out)?;
    Ok(())
}

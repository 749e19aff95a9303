//! Performance marks for the project's benchmark (`scripts/bench.mjs`). They cost next to nothing
//! and stay in the browser: anyone can read them in the developer tools, nothing is sent anywhere.

use leptos::prelude::window;

/// Sets a mark named `koers:<name>`.
pub fn mark(name: &str) {
    if let Some(p) = window().performance() {
        let _ = p.mark(&format!("koers:{name}"));
    }
}

/// Measures from the mark `koers:<from>` to now, as `koers:<name>`.
pub fn measure(name: &str, from: &str) {
    if let Some(p) = window().performance() {
        let _ = p.measure_with_start_mark(&format!("koers:{name}"), &format!("koers:{from}"));
    }
}

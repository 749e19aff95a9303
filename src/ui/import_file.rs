//! Choosing the file of a copy: a labelled file input. The size is checked before anything is read
//! (a larger file is refused at once), then the browser reads the text.

use super::import_problem::Problem;
use crate::domain::backup;
use crate::tr;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

#[component]
pub fn ImportFile(
    /// Reading has started (it can take a moment for a large file on a slow phone).
    #[prop(into)]
    on_reading: Callback<()>,
    /// The file's text, or why there is none.
    #[prop(into)]
    on_read: Callback<Result<String, Problem>>,
) -> impl IntoView {
    let on_change = move |ev: leptos::ev::Event| {
        let Some(input) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
        else {
            return;
        };
        let Some(file) = input.files().and_then(|f| f.get(0)) else {
            return;
        };
        // So that choosing the same file again is a change too.
        input.set_value("");
        if file.size() > backup::MAX_BYTES as f64 {
            return on_read.run(Err(Problem::TooLarge));
        }
        on_reading.run(());
        leptos::task::spawn_local(async move {
            let text = JsFuture::from(file.text())
                .await
                .ok()
                .and_then(|t| t.as_string());
            // The flow may be gone by now (the young person went elsewhere).
            on_read.try_run(text.ok_or(Problem::Read));
        });
    };
    view! {
        <div class="field">
            <label for="import-file">{tr!(import.file_label)}</label>
            <input id="import-file" type="file" accept=".koers,application/json,text/plain" on:change=on_change/>
        </div>
    }
}

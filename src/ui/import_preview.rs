//! What is in a copy before anything changes: how many moments (and how many private), from when to
//! when, whether plan data is in it. Then "Replace" or "Merge", side by side, each with one sentence.
//! With nothing on this phone yet (the welcome screen) there is one way: bring it back.

use super::format;
use super::text::loc;
use crate::domain::backup;
use crate::domain::state::Document;
use crate::domain::timeline;
use crate::i18n::*;
use crate::tr;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

#[component]
pub fn ImportPreview(
    doc: Document,
    /// Nothing is on this phone yet: one button, "Bring it back".
    fresh: bool,
    #[prop(into)] on_replace: Callback<()>,
    #[prop(into)] on_merge: Callback<()>,
    #[prop(into)] on_cancel: Callback<()>,
) -> impl IntoView {
    let locale = loc();
    let p = backup::preview(&doc);
    let order = timeline::ordered(&doc.entries);
    let range = match (order.first(), order.last()) {
        (Some(a), Some(b)) if a.date != b.date => Some(td_string!(
            locale,
            import.preview_range,
            from = format::partial(locale, a.date),
            to = format::partial(locale, b.date)
        )),
        (Some(a), _) => Some(format::partial(locale, a.date)),
        _ => None,
    };
    let heading = NodeRef::<leptos::html::H3>::new();
    // Move focus here, so a screen reader reads what the copy holds.
    Effect::new(move |_| {
        if let Some(h) = heading.get() {
            let _ = h.unchecked_ref::<web_sys::HtmlElement>().focus();
        }
    });
    let choice = |id: &'static str, label: &'static str, text: &'static str, run: Callback<()>| {
        let text_id = format!("{id}-text");
        view! {
            <div class="import-choice">
                <button type="button" id=id class="button button-wide" aria-describedby=text_id.clone() on:click=move |_| run.run(())>{label}</button>
                <p id=text_id class="small">{text}</p>
            </div>
        }
    };
    let choices = if fresh {
        choice(
            "import-restore",
            tr!(import.restore),
            tr!(import.restore_text),
            on_replace,
        )
        .into_any()
    } else {
        view! {
            <p class="import-ask">{tr!(import.choose)}</p>
            <div class="import-choices">
                {choice("import-replace", tr!(import.replace), tr!(import.replace_text), on_replace)}
                {choice("import-merge", tr!(import.merge), tr!(import.merge_text), on_merge)}
            </div>
        }
        .into_any()
    };
    view! {
        <section class="import-preview" aria-labelledby="import-preview-title">
            <h3 id="import-preview-title" tabindex="-1" node_ref=heading>{tr!(import.preview_title)}</h3>
            <ul class="import-facts">
                <li>{td_string!(locale, import.preview_entries, count = p.entries)}</li>
                {(p.entries > 0).then(|| view! { <li>{td_string!(locale, import.preview_private, count = p.private_entries)}</li> })}
                {range.map(|r| view! { <li>{r}</li> })}
                <li>{if p.has_plan { tr!(import.preview_plan) } else { tr!(import.preview_no_plan) }}</li>
            </ul>
            {choices}
            <button type="button" class="button button-quiet" on:click=move |_| on_cancel.run(())>{tr!(import.cancel)}</button>
        </section>
    }
}

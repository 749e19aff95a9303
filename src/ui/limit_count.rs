//! A calm counter under a text field ("180 of 200 letters"), shown only close to the limit (and past it, in
//! the entry form, which has no `maxlength` so that a pasted text is never cut: it says "too long" on saving).

use crate::domain::limits::near;
use leptos::prelude::*;

/// How much of `max` the text in `value` uses, counted as the browser's `maxlength` counts (UTF-16 units).
/// `id` is for the field's `aria-describedby`: a screen reader reads the counter with the field.
#[component]
pub fn LimitCount(id: String, value: RwSignal<String>, max: usize) -> impl IntoView {
    let text = move || {
        let used = value.with(|v| v.encode_utf16().count());
        near(used, max).then(|| {
            if used == max {
                crate::tr!(limits.full, max = max)
            } else {
                crate::tr!(limits.count, used = used, max = max)
            }
        })
    };
    view! { <p id=id class="small limit-count">{text}</p> }
}

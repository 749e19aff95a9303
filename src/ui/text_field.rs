//! A labelled one-line text field with a hint under it, bound to a signal.

use super::limit_count::LimitCount;
use leptos::prelude::*;

#[component]
pub fn TextField(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    value: RwSignal<String>,
    #[prop(default = crate::domain::limits::MAX_NAME_CHARS)] max: usize,
    /// Called after every change (for "Saved." messages to disappear, for example).
    #[prop(optional, into)]
    on_change: Option<Callback<()>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let count_id = format!("{id}-count");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                autocomplete="off"
                dir="auto"
                maxlength=max.to_string()
                aria-describedby=format!("{hint_id} {count_id}")
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    if let Some(cb) = on_change {
                        cb.run(());
                    }
                }
            />
            <p id=hint_id class="hint">{hint}</p>
            <LimitCount id=count_id value max/>
        </div>
    }
}

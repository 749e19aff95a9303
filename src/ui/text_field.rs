//! A labelled one-line text field with a hint under it, bound to a signal.

use leptos::prelude::*;

#[component]
pub fn TextField(
    id: &'static str,
    label: &'static str,
    hint: &'static str,
    value: RwSignal<String>,
    #[prop(default = 60)] max: usize,
    /// Called after every change (for "Saved." messages to disappear, for example).
    #[prop(optional, into)]
    on_change: Option<Callback<()>>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="text"
                autocomplete="off"
                maxlength=max.to_string()
                aria-describedby=hint_id.clone()
                prop:value=move || value.get()
                on:input=move |ev| {
                    value.set(event_target_value(&ev));
                    if let Some(cb) = on_change {
                        cb.run(());
                    }
                }
            />
            <p id=hint_id class="hint">{hint}</p>
        </div>
    }
}

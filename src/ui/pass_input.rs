//! A labelled passphrase field (hidden as typed), bound to a signal. Never stored, never in a draft.

use leptos::prelude::*;

#[component]
pub fn PassInput(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    /// "current-password" to unlock, "new-password" to set one.
    #[prop(default = "current-password")]
    autocomplete: &'static str,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                type="password"
                autocomplete=autocomplete
                maxlength="200"
                dir="auto"
                aria-describedby=hint.map(|_| hint_id.clone())
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            {hint.map(|h| view! { <p id=hint_id.clone() class="hint">{h}</p> })}
        </div>
    }
}

//! A passphrase field: hidden while typing, with its label, an optional hint, and a message tied to it
//! when something is wrong.

use leptos::prelude::*;

#[component]
pub fn PassphraseField(
    id: &'static str,
    label: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] hint: Option<&'static str>,
    /// What is wrong with this field, if anything (shown under it and announced).
    #[prop(optional, into)]
    error: Option<Signal<Option<&'static str>>>,
    /// `new-password` when a passphrase is chosen, `current-password` when one is asked for.
    #[prop(default = "current-password")]
    autocomplete: &'static str,
    #[prop(optional)] node_ref: NodeRef<leptos::html::Input>,
) -> impl IntoView {
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    // The message's paragraph is always there (empty when all is well), so this never changes.
    let described = if hint.is_some() {
        format!("{hint_id} {error_id}")
    } else {
        error_id.clone()
    };
    let message = move || error.and_then(|e| e.get());
    // Only a field that can have a message has the live region for it.
    let role = error.is_some().then_some("alert");
    view! {
        <div class="field">
            <label for=id>{label}</label>
            <input
                id=id
                node_ref=node_ref
                type="password"
                autocomplete=autocomplete
                autocapitalize="off"
                spellcheck="false"
                aria-describedby=described
                aria-invalid=move || message().is_some().then_some("true")
                prop:value=move || value.get()
                on:input=move |ev| value.set(event_target_value(&ev))
            />
            {hint.map(|h| view! { <p id=hint_id class="hint">{h}</p> })}
            <p id=error_id class="field-error" role=role>{message}</p>
        </div>
    }
}

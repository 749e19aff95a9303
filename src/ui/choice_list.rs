//! A list of big radio choices (one thumb), for the questions of a check.

use leptos::prelude::*;

/// `options` are (value, label); `selected` is the chosen value, if any.
#[component]
pub fn ChoiceList(
    legend: &'static str,
    name: &'static str,
    options: Vec<(&'static str, &'static str)>,
    selected: Option<&'static str>,
    #[prop(into)] on_pick: Callback<&'static str>,
) -> impl IntoView {
    view! {
        <fieldset class="choices">
            <legend class="question">{legend}</legend>
            {options
                .into_iter()
                .map(|(value, label)| view! {
                    <label class="choice">
                        <input type="radio" name=name value=value checked=selected == Some(value) on:change=move |_| on_pick.run(value)/>
                        <span>{label}</span>
                    </label>
                })
                .collect_view()}
        </fieldset>
    }
}

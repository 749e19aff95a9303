//! Our sentence with the user's text inside ("Hoi {{ name }}!"): the user's part in a `<bdi>`, so an RTL
//! override or an unclosed embedding in it cannot turn the rest of the sentence around.

use leptos::prelude::*;

/// `template` is a translated text holding `{{ <slot> }}` once; without it the template shows as it is.
pub fn sentence_with(template: &'static str, slot: &str, text: String) -> AnyView {
    let mark = format!("{{{{ {slot} }}}}");
    match template.split_once(mark.as_str()) {
        Some((before, after)) => view! { {before}<bdi>{text}</bdi>{after} }.into_any(),
        None => template.into_any(),
    }
}

//! /timeline/new and /timeline/edit/:id: the entry form on its own screen, so the back button works.

use crate::app::state::AppState;
use crate::ui::entry_form::EntryForm;
use crate::ui::icon::{Icon, IconName};
use leptos::prelude::*;

#[component]
pub fn NewEntry() -> impl IntoView {
    view! {
        <h1><Icon name=IconName::Plus/> <span>{crate::tr!(form.add_title)}</span></h1>
        <EntryForm initial=None/>
    }
}

#[component]
pub fn EditEntry(id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let entry = state
        .doc
        .with_untracked(|d| d.entries.iter().find(|e| e.id == id).cloned());
    view! {
        <h1><Icon name=IconName::Pencil/> <span>{crate::tr!(form.edit_title)}</span></h1>
        {match entry {
            Some(e) => view! { <EntryForm initial=Some(e)/> }.into_any(),
            None => view! {
                <p>{crate::tr!(form.not_found)}</p>
                <a class="button" href=crate::href!("/timeline")>{crate::tr!(form.cancel)}</a>
            }.into_any(),
        }}
    }
}

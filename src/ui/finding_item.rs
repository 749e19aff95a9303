//! One school finding: what it means (with a word and an icon for its tone), where it comes from and when
//! that was last checked, and "I want to ask about this".

use super::format;
use super::icon::{Icon, IconName};
use super::text::loc;
use crate::app::state::{AppState, new_id, now_iso};
use crate::domain::education::{Finding, Tone};
use crate::domain::facts::{self, Fact};
use crate::domain::state::Action;
use leptos::prelude::*;

/// The fact register (the Future cards' sources use it too).
pub fn register() -> &'static [Fact] {
    facts::register()
}

#[component]
pub fn FindingItem(finding: Finding) -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = loc();
    let (icon, tone, class) = match finding.tone {
        Tone::Good => (
            IconName::Star,
            crate::tr!(school.tone_good),
            "finding finding-good",
        ),
        Tone::ActBefore => (
            IconName::Calendar,
            crate::tr!(school.tone_act),
            "finding finding-act",
        ),
        Tone::NotPossible => (
            IconName::Info,
            crate::tr!(school.tone_not),
            "finding finding-not",
        ),
        Tone::Ask => (
            IconName::Chat,
            crate::tr!(school.tone_ask),
            "finding finding-ask",
        ),
    };
    let link = format!("finding:{}", finding.topic.key());
    let asked = {
        let link = link.clone();
        move || {
            state.doc.with(|d| {
                d.questions
                    .iter()
                    .any(|q| !q.asked && q.link.as_deref() == Some(link.as_str()))
            })
        }
    };
    let ask = move |_| {
        state.dispatch(Action::AskAbout {
            id: new_id(),
            link: link.clone(),
            now: now_iso(),
        })
    };
    let sources = facts::lookup(register(), finding.facts)
        .into_iter()
        .map(|f| {
            let checked = f
                .checked_date()
                .map(|d| format::date(locale, d))
                .unwrap_or_default();
            let line = format!(
                "{} · {} · {}",
                f.id,
                f.source,
                crate::i18n::td_string!(locale, school.checked, date = checked)
            );
            view! { <li>{line}</li> }
        })
        .collect_view();
    view! {
        <li class=class>
            <p class="finding-tone"><Icon name=icon/> {tone}</p>
            <p class="finding-text">{format::finding(locale, &finding)}</p>
            <details class="sources">
                <summary>{crate::tr!(school.sources)}</summary>
                <ul>{sources}</ul>
            </details>
            <Show
                when=asked
                fallback=move || view! { <button type="button" class="link-button" on:click=ask.clone()>{crate::tr!(school.ask)}</button> }
            >
                <p class="small" role="status">{crate::tr!(school.asked)}</p>
            </Show>
        </li>
    }
}

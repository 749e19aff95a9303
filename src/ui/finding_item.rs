//! One school finding: what it means (with a word and an icon for its tone), where it comes from and when
//! that was last checked, and "I want to ask about this".

use super::format;
use super::icon::{Icon, IconName};
use super::read_aloud::ReadAloud;
use super::said::said;
use super::text::loc;
use crate::app::state::{AppState, new_id, now_iso};
use crate::domain::education::{Finding, Tone};
use crate::domain::facts;
use crate::domain::state::Action;
use crate::i18n::Locale;
use leptos::prelude::*;
use std::sync::Arc;

/// The word for a finding's tone, in `locale` (here and in a conversation).
pub fn tone_word(locale: Locale, tone: Tone) -> &'static str {
    use crate::i18n::td_string;
    match tone {
        Tone::Good => td_string!(locale, school.tone_good),
        Tone::ActBefore => td_string!(locale, school.tone_act),
        Tone::NotPossible => td_string!(locale, school.tone_not),
        Tone::Ask => td_string!(locale, school.tone_ask),
    }
}

#[component]
pub fn FindingItem(finding: Finding) -> impl IntoView {
    let state = expect_context::<AppState>();
    let locale = loc();
    let (icon, class) = match finding.tone {
        Tone::Good => (IconName::Star, "finding finding-good readable"),
        Tone::ActBefore => (IconName::Calendar, "finding finding-act readable"),
        Tone::NotPossible => (IconName::Info, "finding finding-not readable"),
        Tone::Ask => (IconName::Chat, "finding finding-ask readable"),
    };
    let tone = tone_word(locale, finding.tone);
    // The same finding in Dutch or English, to listen to when this language has no voice.
    let alt = {
        let finding = finding.clone();
        Arc::new(move |l: Locale| {
            view! {
                <p class="finding-tone say">{tone_word(l, finding.tone)}</p>
                <p>{said(&format::finding(l, &finding))}</p>
            }
            .into_any()
        })
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
    let sources = facts::lookup(facts::register(), finding.facts)
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
            <p class="finding-tone say"><Icon name=icon/> {tone}</p>
            <p class="finding-text">{said(&format::finding(locale, &finding))}</p>
            <ReadAloud alt/>
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

//! One topic of a conversation: the same content in both languages side by side (stacked on a phone),
//! then what belongs to the young person only once: their timeline without private entries (those are
//! not rendered at all), or their question with its answer.

use super::format;
use super::plan_text::link_label;
use super::question_item::QuestionItem;
use super::talk_part::TalkPart;
use crate::app::state::AppState;
use crate::domain::talk::Topic;
use crate::domain::timeline::filtered;
use crate::i18n::*;
use crate::pages::talk::TalkCtx;
use crate::pwa::cards::Cards;
use leptos::prelude::*;

/// "3 March 2024 · Move · kwv" in one language, marked with that language.
fn meta(locale: Locale, text: String) -> impl IntoView {
    view! { <span lang=locale.as_str() dir=locale.direction().as_str()>{text}</span> }
}

#[component]
pub fn TalkTopic(
    topic: Topic,
    own: Locale,
    second: Locale,
    cards_own: Cards,
    cards_second: Cards,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let ctx = expect_context::<TalkCtx>();
    let shared = match &topic {
        Topic::Timeline => {
            // Private entries are left out here, before anything is drawn: they never reach the page.
            let items = state.doc.with_untracked(|d| {
                filtered(&d.entries, None, true)
                    .into_iter()
                    .map(|e| {
                        let line = |l: Locale| format!("{} · {}", format::partial(l, e.date), format::kind_label(l, e.kind));
                        view! {
                            <li class="talk-entry">
                                <p class="talk-meta">{meta(own, line(own))}{meta(second, line(second))}</p>
                                <p class="item-title" dir="auto">{e.title.clone()}</p>
                                {(!e.note.is_empty()).then(|| view! { <p class="item-note" dir="auto">{e.note.clone()}</p> })}
                            </li>
                        }
                    })
                    .collect_view()
            });
            view! { <ol class="talk-entries">{items}</ol> }.into_any()
        }
        Topic::Question(id) => {
            let question = state
                .doc
                .with_untracked(|d| d.questions.iter().find(|q| q.id == *id).cloned());
            question.map(|question| {
                let label = ctx.findings.with_untracked(|f| {
                    let link = question.link.as_deref()?;
                    link_label(own, link, &cards_own, f)
                });
                view! { <ul class="plan-list talk-question"><QuestionItem question label in_talk=true/></ul> }
            }).into_any()
        }
        _ => ().into_any(),
    };
    view! {
        <article class="talk-topic">
            <div class="talk-pair">
                <TalkPart locale=own topic=topic.clone() cards=cards_own/>
                <TalkPart locale=second topic=topic cards=cards_second/>
            </div>
            {shared}
        </article>
    }
}

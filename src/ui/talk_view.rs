//! Conversation mode, step 2: one topic at a time in two languages, large text one tap away, quick
//! questions and agreements, and "End conversation", which leaves a talk entry on the timeline.

use super::agreement_form::AgreementForm;
use super::draft;
use super::icon::{Icon, IconName};
use super::plan_text::{agreement_line, agreement_meta, topic_title};
use super::question_form::QuestionForm;
use super::talk_topic::TalkTopic;
use crate::app::router;
use crate::app::state::{AppState, new_id, now_iso, today};
use crate::domain::plan::{TalkLabels, talk_entry};
use crate::domain::state::Action;
use crate::domain::talk::{Topic, agreements_of_talk, person};
use crate::domain::timeline::Person;
use crate::i18n::*;
use crate::pages::talk::{TalkCtx, to_top};
use crate::pwa::cards::{Cards, cards};
use crate::ui::text::loc;
use leptos::prelude::*;

/// Writes the talk entry (date, with whom, topics, agreements made since the start), forgets the
/// conversation, locks when a lock is set, and goes back to the young person's own timeline.
fn finish(state: AppState, ctx: TalkCtx, cards: RwSignal<Cards>) {
    let own = loc();
    let since = draft::read(state, "talk.since");
    let person = person(&draft::read(state, "talk.with"));
    let (topics, agreements) = state.doc.with_untracked(|d| {
        let topics: Vec<String> = cards.with_untracked(|c| {
            ctx.findings.with_untracked(|fs| {
                ctx.topics.with_untracked(|ids| {
                    ids.iter()
                        .filter_map(|id| Topic::parse(id))
                        .map(|t| topic_title(own, &t, c, fs, &d.questions))
                        .collect()
                })
            })
        });
        let agreements: Vec<String> = agreements_of_talk(&d.agreements, &since)
            .into_iter()
            .map(|a| agreement_line(own, a))
            .collect();
        (topics, agreements)
    });
    let title = match person {
        Person::Mentor => td_string!(own, talk.entry_mentor),
        Person::Voogd => td_string!(own, talk.entry_voogd),
        Person::FosterParent => td_string!(own, talk.entry_foster_parent),
        _ => td_string!(own, talk.entry_other),
    };
    let labels = TalkLabels {
        title,
        topics: td_string!(own, talk.entry_topics),
        agreements: td_string!(own, talk.entry_agreements),
    };
    let input = talk_entry(person, today(), &topics, &agreements, &labels);
    state.dispatch(Action::AddEntry {
        id: new_id(),
        input,
        now: now_iso(),
    });
    draft::clear(state, "talk.");
    crate::store::session::end_talk();
    router::hold_back(None);
    state.lock_if_set();
    router::go_replacing("/timeline");
}

#[component]
pub fn TalkView() -> impl IntoView {
    let state = expect_context::<AppState>();
    let ctx = expect_context::<TalkCtx>();
    let own = loc();
    let second = ctx.second.get_untracked();
    let cards_own = cards(own.as_str());
    let cards_second = cards(second.as_str());
    let large = RwSignal::new(false);
    // 0: no form open, 1: a new question, 2: a new agreement.
    let adding = RwSignal::new(0u8);
    let total = move || ctx.topics.with(|t| t.len());
    let topic = Memo::new(move |_| {
        ctx.topics
            .with(|t| t.get(ctx.at.get()).and_then(|id| Topic::parse(id)))
    });
    let step = move |by: isize| {
        let n = ctx.at.get_untracked() as isize + by;
        ctx.at.set(n.clamp(0, total() as isize - 1) as usize);
        to_top();
    };
    let since = draft::read(state, "talk.since");
    let made = Memo::new(move |_| {
        state.doc.with(|d| {
            agreements_of_talk(&d.agreements, &since)
                .into_iter()
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let toggle = move |n: u8| move |_| adding.update(|a| *a = if *a == n { 0 } else { n });
    view! {
        <div class="talk" class:talk-large=move || large.get()>
            <div class="talk-bar">
                <h1><Icon name=IconName::Chat/> <span>{crate::tr!(talk.title)}</span></h1>
                <button type="button" class="chip talk-size" aria-pressed=move || large.get().to_string() on:click=move |_| large.update(|l| *l = !*l)>
                    <Icon name=IconName::TextSize/> {crate::tr!(talk.large_text)}
                </button>
            </div>
            <p class="small talk-private"><Icon name=IconName::Lock/> {crate::tr!(talk.private_hidden)}</p>
            <p class="talk-count">{move || td_string!(own, talk.count, n = ctx.at.get() + 1, total = total())}</p>
            {move || {
                // Both languages' cards first (at once, from the cache): then the topic is drawn in one go.
                let (cards_own, cards_second) = (cards_own.get(), cards_second.get());
                if cards_own == Cards::Loading || cards_second == Cards::Loading {
                    return None;
                }
                topic.get().map(|topic| view! { <TalkTopic topic own second cards_own cards_second/> })
            }}
            <div class="talk-steps">
                <button type="button" class="button button-quiet" disabled=move || ctx.at.get() == 0 on:click=move |_| step(-1)>{crate::tr!(talk.previous)}</button>
                <Show when=move || ctx.at.get() + 1 < total()>
                    <button type="button" class="button" on:click=move |_| step(1)>{crate::tr!(talk.next)}</button>
                </Show>
            </div>
            <section class="card talk-add" aria-labelledby="talk-add-title">
                <h2 id="talk-add-title">{crate::tr!(talk.add_title)}</h2>
                <div class="plan-buttons">
                    <button type="button" class="button button-quiet" aria-expanded=move || (adding.get() == 1).to_string() on:click=toggle(1)>
                        <Icon name=IconName::Plus/> {crate::tr!(talk.add_question)}
                    </button>
                    <button type="button" class="button button-quiet" aria-expanded=move || (adding.get() == 2).to_string() on:click=toggle(2)>
                        <Icon name=IconName::Plus/> {crate::tr!(talk.add_agreement)}
                    </button>
                </div>
                {move || match adding.get() {
                    1 => view! { <QuestionForm/> }.into_any(),
                    2 => view! { <AgreementForm/> }.into_any(),
                    _ => ().into_any(),
                }}
                <Show when=move || made.with(|m| !m.is_empty())>
                    <h3>{crate::tr!(talk.made)}</h3>
                    <ul class="plan-list">
                        {move || made.get().into_iter().map(|a| view! {
                            <li class="plan-item">
                                <p class="plan-text" dir="auto">{a.what.clone()}</p>
                                <p class="talk-meta">
                                    <span lang=own.as_str() dir=own.direction().as_str()>{agreement_meta(own, &a)}</span>
                                    <span lang=second.as_str() dir=second.direction().as_str()>{agreement_meta(second, &a)}</span>
                                </p>
                            </li>
                        }).collect_view()}
                    </ul>
                </Show>
            </section>
            <button type="button" class="button button-wide" on:click=move |_| finish(state, ctx, cards_own)>
                <Icon name=IconName::Flag/> {crate::tr!(talk.end)}
            </button>
            <button type="button" class="button button-quiet button-wide" on:click=move |_| { ctx.step.set(1); to_top(); }>{crate::tr!(talk.change)}</button>
        </div>
    }
}

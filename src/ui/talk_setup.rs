//! Conversation mode, step 1: the second language, with whom, and the agenda (the timeline without private
//! items, cards, school findings, open questions). Whom and when go into the document as drafts.

use super::draft;
use super::icon::{Icon, IconName};
use super::language_picker::endonym;
use super::page_intro::PageIntro;
use super::plan_text::{finding_label, topic_title};
use crate::app::state::{AppState, now_iso};
use crate::domain::talk::Topic;
use crate::i18n::*;
use crate::pages::talk::{TalkCtx, to_top};
use crate::pwa::cards::Cards;
use crate::ui::text::loc;
use leptos::prelude::*;

/// With whom, as stored in the talk entry's kind.
const PEOPLE: [&str; 4] = [
    "talk:mentor",
    "talk:voogd",
    "talk:foster_parent",
    "talk:other",
];

#[component]
pub fn TalkSetup(cards: Cards) -> impl IntoView {
    let state = expect_context::<AppState>();
    let ctx = expect_context::<TalkCtx>();
    let own = loc();
    let kept_with = draft::read(state, "talk.with");
    let with = RwSignal::new(if kept_with.is_empty() {
        PEOPLE[0].to_string()
    } else {
        kept_with
    });
    let empty = RwSignal::new(false);
    let start = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if ctx.topics.with_untracked(|t| t.is_empty()) {
            empty.set(true);
            return;
        }
        draft::keep(state, "talk.with", with.get_untracked());
        if draft::read(state, "talk.since").is_empty() {
            draft::keep(state, "talk.since", now_iso());
        }
        ctx.at.set(0);
        ctx.step.set(2);
        to_top();
    };
    let check = move |id: String, label: String| {
        let on = {
            let id = id.clone();
            move || ctx.topics.with(|t| t.contains(&id))
        };
        let toggle = move |ev| {
            let checked = event_target_checked(&ev);
            empty.set(false);
            ctx.topics.update(|t| {
                t.retain(|x| *x != id);
                if checked {
                    t.push(id.clone());
                }
            });
        };
        view! {
            <label class="choice">
                <input type="checkbox" prop:checked=on on:change=toggle/>
                <span dir="auto">{label}</span>
            </label>
        }
    };
    let languages = Locale::get_all().iter().copied().filter(|l| *l != own).map(|l| view! {
        <label class="choice">
            <input type="radio" name="second" checked=ctx.second.get_untracked() == l on:change=move |_| ctx.second.set(l)/>
            <span lang=l.as_str() dir=l.direction().as_str()>{endonym(l)}</span>
        </label>
    }).collect_view();
    let people = PEOPLE.map(|code| {
        let label = match code {
            "talk:mentor" => td_string!(own, plan.who_mentor),
            "talk:voogd" => td_string!(own, plan.who_voogd),
            "talk:foster_parent" => td_string!(own, plan.who_foster_parent),
            _ => td_string!(own, plan.who_other),
        };
        view! {
            <label class="choice">
                <input type="radio" name="with" checked=with.get_untracked() == code on:change=move |_| with.set(code.into())/>
                <span>{label}</span>
            </label>
        }
    }).collect_view();
    let card_checks = match &cards {
        Cards::Ready(file) => file
            .cards
            .iter()
            .map(|c| check(format!("card:{}", c.id), c.title.clone()))
            .collect_view()
            .into_any(),
        _ => view! { <p class="small">{crate::tr!(talk.cards_failed)}</p> }.into_any(),
    };
    // Findings only once the school check was done; open questions only when there are some.
    let school_done = state.doc.with_untracked(|d| d.school != Default::default());
    let finding_checks = school_done.then(|| ctx.findings.with_untracked(|fs| {
        let boxes = fs.iter().map(|f| check(format!("finding:{}", f.topic.key()), finding_label(own, f.topic.key(), fs))).collect_view();
        view! { <fieldset class="choices talk-group"><legend>{crate::tr!(talk.group_school)}</legend>{boxes}</fieldset> }
    }));
    let questions = state.doc.with_untracked(|d| {
        let open: Vec<_> = d.questions.iter().filter(|q| !q.asked).collect();
        (!open.is_empty()).then(|| {
            let boxes = open.iter().map(|q| {
                let topic = Topic::Question(q.id.clone());
                let label = ctx.findings.with_untracked(|fs| topic_title(own, &topic, &cards, fs, &d.questions));
                check(topic.id(), label)
            }).collect_view();
            view! { <fieldset class="choices talk-group"><legend>{crate::tr!(talk.group_questions)}</legend>{boxes}</fieldset> }
        })
    });
    view! {
        <PageIntro icon=IconName::Chat title=crate::tr!(talk.setup_title).into_any() intro=crate::tr!(talk.setup_intro).into_any()/>
        <form class="stack talk-setup" on:submit=start novalidate>
            <fieldset class="choices">
                <legend><Icon name=IconName::Language/> {crate::tr!(talk.second_language)}</legend>
                {languages}
            </fieldset>
            <fieldset class="choices">
                <legend><Icon name=IconName::Me/> {crate::tr!(talk.with_whom)}</legend>
                {people}
            </fieldset>
            <fieldset class="choices">
                <legend><Icon name=IconName::Plan/> {crate::tr!(talk.agenda)}</legend>
                <p class="hint"><Icon name=IconName::Lock/> {crate::tr!(talk.private_hidden)}</p>
                {check("timeline".into(), crate::tr!(talk.timeline_choice).into())}
                {questions}
                {finding_checks}
                <fieldset class="choices talk-group">
                    <legend>{crate::tr!(talk.group_cards)}</legend>
                    {card_checks}
                </fieldset>
            </fieldset>
            <p class="field-error" role="alert">{move || empty.get().then(|| crate::tr!(talk.pick_one))}</p>
            <button type="submit" class="button button-wide"><Icon name=IconName::Chat/> {crate::tr!(talk.begin)}</button>
            <a class="button button-quiet button-wide" href=crate::href!("/plan")>{crate::tr!(talk.back_to_plan)}</a>
        </form>
    }
}

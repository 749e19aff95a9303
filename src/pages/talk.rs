//! /talk, conversation mode: step 1 chooses the second language, with whom, and the agenda; step 2 goes
//! through the topics in two languages. No navigation and no notices; Back stays inside; a reload stays
//! in it (only the topic ids, languages and step are kept in the session, see `store::session`).

use crate::app::router;
use crate::app::state::{AppState, today};
use crate::domain::education::{Finding, findings};
use crate::domain::talk::{Session, default_second};
use crate::i18n::*;
use crate::pwa::cards::Cards;
use crate::store::session;
use crate::ui::draft;
use crate::ui::talk_setup::TalkSetup;
use crate::ui::talk_view::TalkView;
use crate::ui::text::loc;
use leptos::prelude::*;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// Where the conversation is, shared by its parts.
#[derive(Clone, Copy)]
pub struct TalkCtx {
    /// 1: choosing, 2: talking.
    pub step: RwSignal<u8>,
    /// The topic shown (an index into `topics`).
    pub at: RwSignal<usize>,
    pub second: RwSignal<Locale>,
    pub topics: RwSignal<Vec<String>>,
    pub findings: Memo<Vec<Finding>>,
}

/// The locale with this code, if Koers speaks it.
pub fn locale_of(code: &str) -> Option<Locale> {
    Locale::get_all()
        .iter()
        .copied()
        .find(|l| l.as_str() == code)
}

/// The top of the conversation, with focus there, so a screen reader starts at the new topic.
pub fn to_top() {
    window().scroll_to_with_x_and_y(0.0, 0.0);
    request_animation_frame(|| {
        let main = document().get_element_by_id("main");
        if let Some(main) = main.and_then(|m| m.dyn_into::<web_sys::HtmlElement>().ok()) {
            let _ = main.focus();
        }
    });
    // The topic's cards and its read-aloud part may render a moment later and take the focused place
    // away: then focus goes back to the heading (only when it was lost).
    set_timeout(
        crate::app::router::focus_heading_if_lost,
        std::time::Duration::from_millis(400),
    );
}

#[component]
pub fn Talk() -> impl IntoView {
    let state = expect_context::<AppState>();
    let own = loc();
    let kept = session::talk();
    let talking = kept.as_ref().is_some_and(|s| s.step == 2);
    if !talking {
        // A new conversation: nothing of an earlier, unfinished one carries over.
        draft::clear(state, "talk.");
    }
    let kept = kept.unwrap_or_default();
    let second = locale_of(&kept.second)
        .filter(|l| *l != own)
        .or_else(|| locale_of(default_second(own.as_str())))
        .unwrap_or_default();
    let topics = if kept.topics.is_empty() {
        let mut ids = vec!["timeline".to_string()];
        state.doc.with_untracked(|d| {
            ids.extend(
                d.questions
                    .iter()
                    .filter(|q| !q.asked)
                    .map(|q| format!("question:{}", q.id)),
            )
        });
        ids
    } else {
        kept.topics
    };
    let today = today();
    let ctx = TalkCtx {
        step: RwSignal::new(if talking { 2 } else { 1 }),
        at: RwSignal::new(kept.at),
        second: RwSignal::new(second),
        topics: RwSignal::new(topics),
        findings: Memo::new(move |_| {
            state
                .doc
                .with(|d| findings(d.profile.birth, &d.school, today))
        }),
    };
    provide_context(ctx);
    // Written on changes only: the first render may still be in the browser's language (before the
    // document's language is applied), and must not write its guesses over the session.
    Effect::new(move |first: Option<()>| {
        let now = Session {
            step: ctx.step.get(),
            at: ctx.at.get(),
            second: ctx.second.get().as_str().into(),
            topics: ctx.topics.get(),
        };
        if first.is_some() {
            session::set_talk(&now);
        }
    });
    // While talking, Back goes to the previous topic, then to the choices; it never leaves the talk.
    Effect::new(move |_| {
        let hold: Option<Rc<dyn Fn()>> = (ctx.step.get() == 2).then(|| {
            Rc::new(move || {
                match ctx.at.get_untracked() {
                    0 => ctx.step.set(1),
                    n => ctx.at.set(n - 1),
                }
                to_top();
            }) as Rc<dyn Fn()>
        });
        router::hold_back(hold);
    });
    on_cleanup(|| router::hold_back(None));
    let cards = crate::pwa::cards::cards(own.as_str());
    move || {
        if ctx.step.get() == 2 {
            return view! { <TalkView/> }.into_any();
        }
        // The choices show the cards' titles: wait for them (at once, from the cache).
        match cards.get() {
            Cards::Loading => ().into_any(),
            cards => view! { <TalkSetup cards/> }.into_any(),
        }
    }
}

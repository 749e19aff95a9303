//! For mentors, guardians and foster parents: how to use Koers in a conversation, what conversation mode
//! hides, what Koers is not, and what never to do (issue 13). Plain Dutch; in the youth's language, with
//! the Dutch under it, so both can read the same page.

use crate::both;
use crate::i18n::Locale;
use crate::ui::bilingual::{label, nl_below};
use crate::ui::icon::{Icon, IconName};
use crate::ui::page_intro::PageIntro;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn Mentors() -> impl IntoView {
    let dutch = loc() != Locale::nl;
    let lines = move |items: Vec<(&'static str, &'static str)>| {
        items
            .into_iter()
            .map(|(text, nl)| view! { <li>{text} {nl_below(text, nl, dutch)}</li> })
            .collect_view()
    };
    let part = move |id: &'static str,
                     icon: IconName,
                     title: (&'static str, &'static str),
                     items: Vec<(&'static str, &'static str)>| {
        view! {
            <section class="card" aria-labelledby=id>
                <h2 id=id><Icon name=icon/> {label(title, dutch)}</h2>
                <ul class="mentor-list">{lines(items)}</ul>
            </section>
        }
    };
    view! {
        <PageIntro icon=IconName::Chat title=crate::tr!(mentor.title).into_any() intro=crate::tr!(mentor.intro).into_any()/>
        {part("mentor-together", IconName::Chat, both!(mentor.together_title),
            vec![both!(mentor.together_1), both!(mentor.together_2), both!(mentor.together_3), both!(mentor.together_4)])}
        {part("mentor-hidden", IconName::Lock, both!(mentor.hidden_title),
            vec![both!(mentor.hidden_1), both!(mentor.hidden_2), both!(mentor.hidden_3)])}
        {part("mentor-never", IconName::Shield, both!(mentor.never_title),
            vec![both!(mentor.never_1), both!(mentor.never_2), both!(mentor.never_3), both!(mentor.never_4)])}
        {part("mentor-advice", IconName::Document, both!(mentor.advice_title),
            vec![both!(mentor.advice_1), both!(mentor.advice_2), both!(mentor.advice_3)])}
        {part("mentor-story", IconName::Compass, both!(mentor.story_title),
            vec![both!(mentor.story_1), both!(mentor.story_2), both!(mentor.story_3)])}
        <a class="button button-wide" href=crate::href!("/talk")><Icon name=IconName::Chat/> {crate::tr!(plan.talk_button)}</a>
    }
}

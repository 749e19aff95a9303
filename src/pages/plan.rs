//! My plan: questions I want to ask, agreements, and goals for the next months; and the way into
//! conversation mode.

use crate::ui::icon::{Icon, IconName};
use crate::ui::page_intro::PageIntro;
use crate::ui::plan_agreements::PlanAgreements;
use crate::ui::plan_goals::PlanGoals;
use crate::ui::plan_questions::PlanQuestions;
use leptos::prelude::*;

#[component]
pub fn Plan() -> impl IntoView {
    view! {
        <PageIntro icon=IconName::Plan title=crate::tr!(plan.title).into_any() intro=crate::tr!(plan.intro).into_any()/>
        <section class="card talk-start" aria-labelledby="talk-start-title">
            <h2 id="talk-start-title"><Icon name=IconName::Chat/> {crate::tr!(plan.talk_title)}</h2>
            <p class="small">{crate::tr!(plan.talk_text)}</p>
            <a class="button button-wide" href=crate::href!("/talk")><Icon name=IconName::Chat/> {crate::tr!(plan.talk_button)}</a>
            <a class="link-button" href=crate::href!("/me/mentors")>{crate::tr!(mentor.link)}</a>
        </section>
        <PlanQuestions/>
        <PlanAgreements/>
        <PlanGoals/>
    }
}

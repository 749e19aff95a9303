//! An agreement on the timeline, on the day it is due: marked as an agreement (not something that
//! happened), with who does it and a way to My plan.

use super::format;
use super::icon::{Icon, IconName};
use super::plan_text::who_name;
use crate::domain::plan::Agreement;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn TimelineAgreement(agreement: Agreement) -> impl IntoView {
    let locale = loc();
    let when = agreement
        .by
        .map(|b| crate::i18n::td_string!(locale, plan.due, date = format::partial(locale, b)))
        .unwrap_or_default();
    view! {
        <li class="item item-agreement">
            <span class="item-dot"><Icon name=IconName::Plan/></span>
            <div class="item-body">
                <p class="item-date">{when}</p>
                <h3 class="item-title" dir="auto">{agreement.what.clone()}</h3>
                <p class="item-kind">
                    <span class="tag">{crate::tr!(plan.agreement_tag)}</span>
                    {td_who(locale, &agreement)}
                </p>
                <a href=crate::href!("/plan")>{crate::tr!(plan.open_plan)}</a>
            </div>
        </li>
    }
}

fn td_who(locale: crate::i18n::Locale, a: &Agreement) -> String {
    crate::i18n::td_string!(locale, plan.done_by, who = who_name(locale, a.who))
}

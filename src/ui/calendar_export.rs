//! "Add to your calendar": upcoming milestones, dated future entries and open agreements as an .ics file.
//! Private entries are left out; the file goes only where the user puts it.

use super::format;
use super::icon::{Icon, IconName};
use crate::app::state::{AppState, now_iso, today};
use crate::domain::calendar::{Event, agreement_events, to_ics};
use crate::domain::milestones::{Milestone, MilestoneKind};
use crate::i18n::*;
use crate::pwa::download::download_text;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn CalendarExport(milestones: Memo<Vec<Milestone>>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let export = move |_| {
        let locale = loc();
        let today = today();
        let mut events: Vec<Event> = milestones.with_untracked(|ms| {
            ms.iter()
                .filter_map(|m| {
                    let (date, summary) = match m.kind {
                        MilestoneKind::Birthday(n) => (
                            m.when.exact()?,
                            td_string!(locale, milestone.birthday, n = n),
                        ),
                        MilestoneKind::StartSchoolBefore => (
                            m.when.exact()?,
                            td_string!(
                                locale,
                                milestone.start_school,
                                date = format::date(locale, m.when.earliest.add_days(1)?)
                            ),
                        ),
                        MilestoneKind::FutureTalk => (
                            m.when.latest,
                            td_string!(locale, milestone.talk).to_string(),
                        ),
                    };
                    (date >= today).then(|| Event {
                        uid: m.id.clone(),
                        date,
                        summary,
                        description: String::new(),
                    })
                })
                .collect()
        });
        state.doc.with_untracked(|d| {
            for e in d.entries.iter().filter(|e| !e.private) {
                if let Some(date) = e.date.range().exact().filter(|d| *d >= today) {
                    let description = format::kind_label(locale, e.kind);
                    events.push(Event {
                        uid: e.id.clone(),
                        date,
                        summary: e.title.clone(),
                        description,
                    });
                }
            }
            events.extend(agreement_events(&d.agreements, today, |a| {
                let meta = super::plan_text::agreement_meta(locale, a);
                let tag = td_string!(locale, plan.agreement_tag);
                (a.what.clone(), format!("{tag} · {meta}"))
            }));
        });
        crate::domain::order::stable_by_key(&mut events, |e| e.date.day_number());
        let stamp: String = now_iso()
            .chars()
            .filter(|c| c.is_ascii_digit() || *c == 'T')
            .take(15)
            .collect();
        download_text(
            "koers-agenda.ics",
            &to_ics(&events, &format!("{stamp}Z")),
            "text/calendar",
        );
    };
    view! {
        <section class="card" aria-labelledby="export-title">
            <h2 id="export-title"><Icon name=IconName::Calendar/> {crate::tr!(timeline.export)}</h2>
            <p class="small">{crate::tr!(timeline.export_hint)}</p>
            <button type="button" class="button button-quiet" on:click=export>
                <Icon name=IconName::Download/>
                {crate::tr!(timeline.export_button)}
            </button>
        </section>
    }
}

//! My timeline: the young person's own story. It opens with "Now", then the line of past and future.

use crate::app::state::{AppState, today};
use crate::domain::milestones;
use crate::ui::after_paint::after_paint;
use crate::ui::calendar_export::CalendarExport;
use crate::ui::dates_card::DatesCard;
use crate::ui::icon::{Icon, IconName};
use crate::ui::now_card::NowCard;
use crate::ui::page_intro::PageIntro;
use crate::ui::timeline_line::TimelineLine;
use crate::ui::undo_bar::UndoBar;
use leptos::prelude::*;

#[component]
pub fn Timeline() -> impl IntoView {
    crate::pwa::perf::mark("timeline-start");
    let state = expect_context::<AppState>();
    let today = today();
    let milestones = Memo::new(move |_| state.doc.with(|d| milestones::for_document(d, today)));
    let hello = move || {
        let name = state.doc.with(|d| d.profile.name.clone());
        if name.is_empty() {
            crate::tr!(timeline.hello_anon).into_any()
        } else {
            crate::ui::user_text::sentence_with(crate::tr!(timeline.hello), "name", name)
        }
    };
    let has_birth = move || state.doc.with(|d| d.profile.birth.is_some());
    let has_entries = move || state.doc.with(|d| !d.entries.is_empty());
    let has_agreements = move || {
        state
            .doc
            .with(|d| !crate::domain::plan::dated(&d.agreements).is_empty())
    };
    // For the benchmark: from here to the next frame is the render of the screen's top. The story below it is
    // drawn after that frame is painted and measured on its own (`line-render`, in TimelineLine).
    leptos::prelude::request_animation_frame(|| {
        crate::pwa::perf::measure("timeline-render", "timeline-start")
    });
    let painted = after_paint();
    view! {
        <p class="hello">{hello}</p>
        <PageIntro icon=IconName::Timeline title=crate::tr!(timeline.title).into_any() intro=crate::tr!(timeline.intro).into_any()/>
        <UndoBar/>
        <Show when=move || !has_birth()>
            <DatesCard intro=true/>
        </Show>
        <NowCard milestones/>
        <Show
            when=has_entries
            fallback=move || view! {
                <section class="card empty" aria-labelledby="empty-title">
                    <h2 id="empty-title">{crate::tr!(timeline.empty_title)}</h2>
                    <p>{crate::tr!(timeline.empty_text)}</p>
                    <a class="button" href=crate::href!("/timeline/new")><Icon name=IconName::Plus/> {crate::tr!(timeline.empty_button)}</a>
                </section>
            }
        >
            <a class="button button-wide" href=crate::href!("/timeline/new")><Icon name=IconName::Plus/> {crate::tr!(timeline.add)}</a>
        </Show>
        // The line shows what is coming as soon as there is a birth date or a dated agreement, even before
        // the first entry. It and the calendar export lie below the fold: they wait for the first paint.
        {move || painted.get().then(|| view! {
            <Show when=move || has_entries() || has_birth() || has_agreements()>
                <TimelineLine milestones/>
            </Show>
            <CalendarExport milestones/>
        })}
    }
}

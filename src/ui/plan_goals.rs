//! My goals for the next months: three open prompts. They hold in whatever country the young person will
//! live (the Council of Europe's "life project"). Typing is kept as a draft; leaving a field saves.

use super::draft;
use super::limit_count::LimitCount;
use crate::app::state::AppState;
use crate::domain::limits::MAX_LONG_CHARS;
use crate::domain::plan::Goals;
use crate::domain::state::Action;
use leptos::prelude::*;

#[component]
pub fn PlanGoals() -> impl IntoView {
    let state = expect_context::<AppState>();
    let saved = state.doc.with_untracked(|d| d.goals.clone());
    let start = |key: &str, stored: String| {
        let kept = draft::read(state, key);
        RwSignal::new(if kept.is_empty() { stored } else { kept })
    };
    let learn = start("plan.goals.learn", saved.learn);
    let need = start("plan.goals.need", saved.need);
    let more = start("plan.goals.more", saved.more);
    let done = RwSignal::new(false);
    let commit = move || {
        state.dispatch(Action::SetGoals(Goals {
            learn: learn.get_untracked(),
            need: need.get_untracked(),
            more: more.get_untracked(),
        }));
        draft::clear(state, "plan.goals.");
        state.confirm_saved(done);
    };
    let field = move |id: &'static str, label: &'static str, value: RwSignal<String>| {
        let key = format!("plan.goals.{}", &id[5..]);
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <textarea id=id rows="3" dir="auto" maxlength=MAX_LONG_CHARS aria-describedby=format!("{id}-count")
                    prop:value=move || value.get()
                    on:input=move |ev| {
                        let v = event_target_value(&ev);
                        value.set(v.clone());
                        done.set(false);
                        draft::keep(state, &key, v);
                    }
                    on:change=move |_| commit()></textarea>
                <LimitCount id=format!("{id}-count") value max=MAX_LONG_CHARS/>
            </div>
        }
    };
    view! {
        <section class="card" aria-labelledby="goals-title">
            <h2 id="goals-title">{crate::tr!(plan.goals)}</h2>
            <p class="small">{crate::tr!(plan.goals_intro)}</p>
            <form class="stack" on:submit=move |ev| { ev.prevent_default(); commit(); }>
                {field("goal-learn", crate::tr!(plan.goal_learn), learn)}
                {field("goal-need", crate::tr!(plan.goal_need), need)}
                {field("goal-more", crate::tr!(plan.goal_more), more)}
                <button type="submit" class="button button-quiet">{crate::tr!(plan.save_goals)}</button>
                <p class="small" role="status">{move || done.get().then(|| crate::tr!(plan.saved_goals))}</p>
            </form>
        </section>
    }
}

//! Me: the suggestions that were put away can come back, all at once (walk D11).

use super::icon::{Icon, IconName};
use crate::app::state::AppState;
use crate::domain::state::Action;
use crate::i18n::*;
use crate::ui::text::loc;
use leptos::prelude::*;

#[component]
pub fn HiddenTips() -> impl IntoView {
    let state = expect_context::<AppState>();
    let count = Memo::new(move |_| state.doc.with(|d| d.dismissed.len()));
    view! {
        <Show when=move || { count.get() > 0 }>
            <section class="card stack" aria-labelledby="tips-title">
                <h2 id="tips-title"><Icon name=IconName::Calendar/> {crate::tr!(walk.tips_title)}</h2>
                <p>{move || td_string!(loc(), walk.tips_text, count = count.get().to_string())}</p>
                <button
                    type="button"
                    class="button button-quiet"
                    on:click=move |_| state.dispatch(Action::RestoreMilestone { id: None })
                >
                    {crate::tr!(walk.tips_back)}
                </button>
            </section>
        </Show>
    }
}

//! Bringing a copy back: choose a file, give the passphrase when the copy is locked, see what is in it,
//! then replace or merge. The current data is kept aside first. On any problem the data stays as it is.
//! The same flow serves Me and the welcome screen.

use super::busy_note::BusyNote;
use super::import_done::ImportDone;
use super::import_file::ImportFile;
use super::import_preview::ImportPreview;
use super::import_problem::{Problem, ProblemNote};
use super::import_unlock::ImportUnlock;
use crate::app::state::{AppState, Notice};
use crate::domain::backup;
use crate::domain::state::{Action, Document};
use crate::store::sealed;
use crate::tr;
use leptos::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Choose,
    Reading,
    Locked,
    Preview,
    Done,
}

#[component]
pub fn ImportFlow() -> impl IntoView {
    let state = expect_context::<AppState>();
    let step = RwSignal::new(Step::Choose);
    let problem = RwSignal::new(None::<Problem>);
    let locked = StoredValue::new(String::new());
    let incoming = StoredValue::new(None::<Document>);
    let before = StoredValue::new(None::<(String, Document)>);
    let merged = RwSignal::new(false);

    let back = move |p: Option<Problem>| {
        locked.set_value(String::new());
        incoming.set_value(None);
        problem.set(p);
        step.set(Step::Choose);
    };
    // Callbacks that run after a file was read or opened are made here, at the top of the flow: a
    // callback made inside `body` would be gone once the step changed.
    let take = Callback::new(move |read: Result<Document, Problem>| match read {
        Ok(doc) => {
            locked.set_value(String::new());
            incoming.set_value(Some(doc));
            problem.set(None);
            step.set(Step::Preview);
        }
        Err(p) => back(Some(p)),
    });
    let on_read = Callback::new(move |text: Result<String, Problem>| match text {
        Ok(text) if sealed::is_sealed(&text) => {
            locked.set_value(text);
            problem.set(None);
            step.set(Step::Locked);
        }
        Ok(text) => take.run(backup::read_file(&text).map_err(Problem::from)),
        Err(p) => back(Some(p)),
    });
    let bring_in = move |merge: bool| {
        let Some(doc) = incoming.get_value() else {
            return;
        };
        let current = state.doc.get_untracked();
        leptos::task::spawn_local(async move {
            let kept = if backup::has_data(&current) {
                match state.keep_copy(&current).await {
                    Some(key) => Some((key, current.clone())),
                    // Without a kept copy there is no way back: the import does not go on.
                    None => {
                        let _ = problem.try_set(Some(Problem::KeepFailed));
                        return;
                    }
                }
            } else {
                None
            };
            let welcoming = !state.doc.with_untracked(|d| d.settings.welcomed);
            let _ = problem.try_set(None);
            state.dispatch(if merge {
                Action::MergeIn(Box::new(doc))
            } else {
                Action::ReplaceAll(Box::new(doc))
            });
            if !state.save_now().await
                && matches!(
                    state.notice.get_untracked(),
                    Some(Notice::Full | Notice::Failed)
                )
            {
                // Not stored (a full disk): the import is undone at once, so what shows is what is stored.
                state.dispatch(Action::Restore(Box::new(current)));
                state.flush();
                if let Some((key, _)) = kept {
                    state.remove_kept(&key);
                }
                incoming.set_value(None);
                let _ = problem.try_set(Some(Problem::Full));
                let _ = step.try_set(Step::Choose);
                return;
            }
            before.set_value(kept);
            incoming.set_value(None);
            let _ = merged.try_set(merge);
            let _ = step.try_set(Step::Done);
            if welcoming {
                // From the welcome screen, a restored copy opens on the timeline.
                crate::app::router::go_replacing("/timeline");
            }
        });
    };
    let body = move || match step.get() {
        Step::Choose => view! {
            <ImportFile on_reading=move || { problem.set(None); step.set(Step::Reading) } on_read/>
        }
        .into_any(),
        Step::Reading => {
            view! { <BusyNote id="import-reading" text=tr!(import.reading)/> }.into_any()
        }
        Step::Locked => view! {
            <ImportUnlock locked=locked.get_value() on_open=take on_cancel=move || back(None)/>
        }
        .into_any(),
        Step::Preview => incoming
            .get_value()
            .map(|doc| {
                view! {
                    <ImportPreview
                        doc
                        fresh=!state.doc.with_untracked(backup::has_data)
                        on_replace=move || bring_in(false)
                        on_merge=move || bring_in(true)
                        on_cancel=move || back(None)
                    />
                }
            })
            .into_any(),
        Step::Done => {
            view! { <ImportDone merged=merged.get_untracked() before=before.get_value()/> }
                .into_any()
        }
    };
    view! {
        <div class="import-flow stack">
            <ProblemNote problem/>
            {body}
        </div>
    }
}

//! The app: boots the store, provides the context, and lays out the shell with its router.

pub mod state;

use crate::i18n::*;
use crate::pages::{
    future::Future, me::Me, not_found::NotFound, school::School, timeline::Timeline,
    welcome::Welcome,
};
use crate::store::keeper::Keeper;
use crate::store::local::LocalStore;
use crate::store::memory::MemoryStore;
use crate::store::{LoadOutcome, Store};
use crate::ui::{
    bottom_nav::BottomNav, data_rescue::DataRescue, notices::Notices, top_bar::TopBar,
};
use leptos::prelude::*;
use leptos_router::components::{Redirect, Route, Router, Routes};
use leptos_router::path;
use state::AppState;

/// The root component, mounted by `main`.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            {crate::pwa::start();}
            <Boot/>
        </I18nContextProvider>
    }
}

/// Opens storage and decides what to show: the rescue screen, the welcome, or the app.
#[component]
fn Boot() -> impl IntoView {
    let (store, blocked): (Box<dyn Store>, bool) = match LocalStore::open() {
        Some(s) => (Box::new(s), false),
        None => (Box::new(MemoryStore::new()), true),
    };
    let (mut keeper, outcome) = Keeper::open(store);
    let in_memory = blocked || outcome == LoadOutcome::Unavailable;
    if outcome == LoadOutcome::Unavailable {
        keeper = Keeper::open(Box::new(MemoryStore::new())).0;
    }
    let (doc, rescue) = match outcome {
        LoadOutcome::Loaded(doc) => (doc, None),
        LoadOutcome::Empty | LoadOutcome::Unavailable => (Default::default(), None),
        other => (Default::default(), Some(other)),
    };
    let state = AppState::new(keeper, doc, in_memory);
    provide_context(state);
    state.start();
    let rescue = RwSignal::new(rescue);
    let welcomed = move || state.doc.with(|d| d.settings.welcomed);

    view! {
        {move || match rescue.get() {
            Some(outcome) => view! { <DataRescue outcome on_done=move || rescue.set(None)/> }.into_any(),
            None if !welcomed() => view! { <Welcome/> }.into_any(),
            None => view! { <Shell/> }.into_any(),
        }}
    }
}

/// The layout every section shares: top bar, notices, the page, bottom navigation.
#[component]
fn Shell() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <Router>
            <a class="skip" href="#main">{t!(i18n, skip_to_content)}</a>
            <TopBar/>
            <Notices/>
            <main id="main" class="page" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=|| view! { <Redirect path="/timeline"/> }/>
                    <Route path=path!("/timeline") view=Timeline/>
                    <Route path=path!("/school") view=School/>
                    <Route path=path!("/future") view=Future/>
                    <Route path=path!("/me") view=Me/>
                </Routes>
            </main>
            <BottomNav/>
        </Router>
    }
}

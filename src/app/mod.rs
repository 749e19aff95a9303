//! The app: boots the store, provides the context, and lays out the shell with its router.

pub mod lock;
pub mod router;
pub mod state;

use crate::pages::entry_editor::{EditEntry, NewEntry};
use crate::pages::{
    card::CardPage, future::Future, me::Me, mentors::Mentors, not_found::NotFound,
    overview::Overview, plan::Plan, school::School, talk::Talk, timeline::Timeline,
    welcome::Welcome,
};
use crate::store::keeper::Keeper;
use crate::store::local::LocalStore;
use crate::store::memory::MemoryStore;
use crate::store::{LoadOutcome, Store};
use crate::ui::exit_screen::ExitScreen;
use crate::ui::lock_screen::LockScreen;
use crate::ui::{
    bottom_nav::BottomNav, data_rescue::DataRescue, notices::Notices, top_bar::TopBar,
};
use leptos::prelude::*;
use router::Route;
use state::AppState;

/// The root component, mounted by `main`.
#[component]
pub fn App() -> impl IntoView {
    // The words come from the language's own file (cached offline): read it before the first screen.
    let ready = RwSignal::new(None::<bool>);
    view! {
        {
            let lang = crate::ui::text::provide_lang();
            crate::pwa::start();
            // Once, here at the root: the path signal must outlive the shell, which renders again
            // when the language changes.
            router::start();
            leptos::task::spawn_local(async move {
                let first = lang.0.get_untracked();
                let ok = if crate::ui::text::load(first).await {
                    true
                } else if crate::ui::text::load(crate::i18n::Locale::nl).await {
                    lang.0.set(crate::i18n::Locale::nl);
                    true
                } else {
                    false
                };
                ready.set(Some(ok));
            });
        }
        {move || match ready.get() {
            None => ().into_any(),
            Some(true) => view! { <Boot/> }.into_any(),
            Some(false) => view! { <NoText/> }.into_any(),
        }}
    }
}

/// The text files cannot be read (a broken cache, or the network went away during the very first visit).
/// No words from the files are available here, so this is the one screen written in code, in three
/// languages. Reloading tries again; nothing stored is touched.
#[component]
fn NoText() -> impl IntoView {
    view! {
        <main class="page">
            <p lang="nl">"Koers kan nu niet starten. Je gegevens zijn veilig. Laad de pagina opnieuw."</p>
            <p lang="en">"Koers cannot start right now. Your data is safe. Reload the page."</p>
            <p lang="ar" dir="rtl">"لا يستطيع Koers أن يبدأ الآن. بياناتك في أمان. أعد تحميل الصفحة."</p>
        </main>
    }
}

/// Opens storage and decides what to show: the rescue screen, the welcome, or the app.
#[component]
fn Boot() -> impl IntoView {
    let (store, blocked): (Box<dyn Store>, bool) = match LocalStore::open() {
        Some(s) => (Box::new(s), false),
        None => (Box::new(MemoryStore::new()), true),
    };
    crate::pwa::perf::mark("load-start");
    let (mut keeper, outcome) = Keeper::open(store);
    crate::pwa::perf::measure("load", "load-start");
    let in_memory = blocked || outcome == LoadOutcome::Unavailable;
    if outcome == LoadOutcome::Unavailable {
        keeper = Keeper::open(Box::new(MemoryStore::new())).0;
    }
    let mut locked = None;
    let (doc, rescue) = match outcome {
        LoadOutcome::Loaded(doc) => (doc, None),
        LoadOutcome::Locked { saved_at, .. } => {
            locked = Some(saved_at);
            (Default::default(), None)
        }
        LoadOutcome::Empty | LoadOutcome::Unavailable => (Default::default(), None),
        other => (Default::default(), Some(other)),
    };
    let state = AppState::new(keeper, doc, in_memory);
    if locked.is_some() {
        state.lock_set.set(true);
        state.locked.set(locked);
    }
    provide_context(state);
    state.start();
    let rescue = RwSignal::new(rescue);
    // A memo: the tree below re-renders only when this flips, not on every change of the document.
    let welcomed = Memo::new(move |_| state.doc.with(|d| d.settings.welcomed));
    let is_locked = Memo::new(move |_| state.locked.with(|l| l.is_some()));
    let lang = crate::ui::text::lang();
    // Kept outside the tree below, so a language switch on the welcome screen keeps what was typed.
    let welcome_name = RwSignal::new(String::new());

    // A title per screen, in the user's language; never anything personal. The quick-exit screen sets
    // its own (the time).
    let route = router::route();
    Effect::new(move |_| {
        lang.track();
        crate::ui::text::version().track();
        if state.exited.get() {
            return;
        }
        let title = if is_locked.get() {
            crate::tr!(lock.screen_title)
        } else if rescue.with(Option::is_some) {
            crate::tr!(rescue.unreadable_title)
        } else if !welcomed.get() {
            // "Welkom bij Koers" names the app already.
            return crate::ui::page_title::set_exact(crate::tr!(welcome.title));
        } else {
            route.with(screen_title)
        };
        crate::ui::page_title::set(title);
    });

    // A language that arrives after the first render (the second one of a conversation) renders the tree
    // again: what had focus is gone, so focus goes to the screen's heading, not to the start of the page.
    Effect::new(move |before: Option<u32>| {
        let now = crate::ui::text::version().get();
        if before.is_some_and(|b| b != now) {
            request_animation_frame(router::focus_heading_if_lost);
        }
        now
    });

    // The whole tree re-renders when the language changes: text is static (see ui::text).
    view! {
        {move || match (lang.get(), rescue.get(), crate::ui::text::version().get()) {
            _ if state.exited.get() => view! { <ExitScreen/> }.into_any(),
            _ if is_locked.get() => view! { <LockScreen/> }.into_any(),
            (_, Some(outcome), _) => view! { <DataRescue outcome on_done=move || rescue.set(None)/> }.into_any(),
            (_, None, _) if !welcomed.get() => view! { <Welcome name=welcome_name/> }.into_any(),
            (_, None, _) => view! { <Shell/> }.into_any(),
        }}
    }
}

/// The name of a screen, for the tab's title.
fn screen_title(route: &Route) -> &'static str {
    match route {
        Route::Timeline => crate::tr!(timeline.title),
        Route::NewEntry => crate::tr!(form.add_title),
        Route::EditEntry(_) => crate::tr!(form.edit_title),
        Route::School => crate::tr!(school.title),
        Route::Future | Route::Card(_) => crate::tr!(future.title),
        Route::Plan => crate::tr!(plan.title),
        Route::Talk => crate::tr!(talk.title),
        Route::Me => crate::tr!(me.title),
        Route::Overview => crate::tr!(overview.title),
        Route::Mentors => crate::tr!(mentor.title),
        Route::NotFound => crate::tr!(walk.missing_title),
    }
}

/// The layout every section shares: top bar, notices, the page, bottom navigation. A conversation has
/// neither notices nor navigation (quick exit stays).
#[component]
fn Shell() -> impl IntoView {
    let route = router::route();
    let talking = Memo::new(move |_| route.get() == Route::Talk);
    let page = move || match route.get() {
        Route::Timeline => view! { <Timeline/> }.into_any(),
        Route::NewEntry => view! { <NewEntry/> }.into_any(),
        Route::EditEntry(id) => view! { <EditEntry id/> }.into_any(),
        Route::School => view! { <School/> }.into_any(),
        Route::Future => view! { <Future/> }.into_any(),
        Route::Card(id) => view! { <CardPage id/> }.into_any(),
        Route::Plan => view! { <Plan/> }.into_any(),
        Route::Talk => view! { <Talk/> }.into_any(),
        Route::Me => view! { <Me/> }.into_any(),
        Route::Overview => view! { <Overview/> }.into_any(),
        Route::Mentors => view! { <Mentors/> }.into_any(),
        Route::NotFound => view! { <NotFound/> }.into_any(),
    };
    view! {
        <a class="skip" href="#main">{crate::tr!(skip_to_content)}</a>
        <TopBar/>
        <crate::ui::announce::Announcer/>
        <Show when=move || !talking.get()>
            <Notices/>
        </Show>
        <main id="main" class="page" class:page-talk=talking tabindex="-1">{page}</main>
        <Show when=move || !talking.get()>
            <BottomNav route/>
        </Show>
    }
}

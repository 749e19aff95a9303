//! A small router for Koers's handful of screens: the path lives in a signal, internal links are
//! followed with the History API, and the back button works.
//!
//! (leptos_router is not used: for seven fixed paths it cost about 36 KB of the 200 KB download
//! budget. See docs/ARCHITECTURE.md.)

use leptos::leptos_dom::helpers::window_event_listener_untyped;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The path the build is served under, without its last `/`: `""` at the root of a site, `"/koers"` for
/// `make build PUBLIC_URL=/koers/` (build.rs). Routes and [`go`] take paths without it; the address bar,
/// every href and every fetch carry it.
pub const BASE: &str = env!("KOERS_BASE");

/// A link to a screen of this build: `href!("/plan")` is `"/plan"`, or `"/koers/plan"` under `/koers/`.
#[macro_export]
macro_rules! href {
    ($path:literal) => {
        concat!(env!("KOERS_BASE"), $path)
    };
}

/// [`BASE`] + `path`, for an address made at run time (a card's id, a language's file).
pub fn url(path: &str) -> String {
    [BASE, path].concat()
}

/// The screens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Timeline,
    NewEntry,
    EditEntry(String),
    School,
    Future,
    /// One explainer card of the Future section: `/future/<id>`.
    Card(String),
    Plan,
    /// Conversation mode: no navigation, Back stays inside.
    Talk,
    Me,
    Overview,
    /// For mentors, guardians and foster parents: how to use Koers together.
    Mentors,
    NotFound,
}

impl Route {
    pub fn parse(path: &str) -> Route {
        // A `#word` part points inside a screen (a glossary word), not to another screen.
        let path = path.split('#').next().unwrap_or_default();
        let path = path.trim_end_matches('/');
        match path {
            "" | "/timeline" => Route::Timeline,
            "/timeline/new" => Route::NewEntry,
            "/school" => Route::School,
            "/future" => Route::Future,
            "/plan" => Route::Plan,
            "/talk" => Route::Talk,
            "/me" => Route::Me,
            "/overview" => Route::Overview,
            "/me/mentors" => Route::Mentors,
            _ => {
                let id = |prefix| {
                    path.strip_prefix(prefix)
                        .filter(|id| !id.is_empty() && !id.contains('/'))
                        .map(str::to_string)
                };
                if let Some(id) = id("/timeline/edit/") {
                    Route::EditEntry(id)
                } else if let Some(id) = id("/future/") {
                    Route::Card(id)
                } else {
                    Route::NotFound
                }
            }
        }
    }

    /// The bottom-navigation section this screen belongs to.
    pub fn section(&self) -> &'static str {
        match self {
            Route::Timeline | Route::NewEntry | Route::EditEntry(_) => "/timeline",
            Route::School => "/school",
            Route::Future | Route::Card(_) => "/future",
            Route::Plan => "/plan",
            Route::Talk => "",
            Route::Me | Route::Overview | Route::Mentors => "/me",
            Route::NotFound => "",
        }
    }
}

thread_local! {
    /// The current path, set once by [`start`]. A signal is `Copy`, so listeners can reach it
    /// without a reactive owner.
    static PATH: std::cell::Cell<Option<RwSignal<String>>> = const { std::cell::Cell::new(None) };
    /// While set, Back does not leave the screen: the address is put back and this runs instead.
    static HOLD: std::cell::RefCell<Option<std::rc::Rc<dyn Fn()>>> = const { std::cell::RefCell::new(None) };
}

/// Keeps Back inside the current screen (a conversation): each Back runs `on_back` instead of leaving.
/// `None` lets Back work as usual again.
pub fn hold_back(on_back: Option<std::rc::Rc<dyn Fn()>>) {
    HOLD.with(|h| *h.borrow_mut() = on_back);
}

fn path_signal() -> Option<RwSignal<String>> {
    PATH.with(|p| p.get())
}

/// The address bar's path without [`BASE`] (`/koers` alone is the start screen too).
fn current_path() -> String {
    let path = window().location().pathname().unwrap_or_default();
    match path.strip_prefix(BASE) {
        Some(rest) if rest.is_empty() || rest.starts_with('/') => rest.to_string(),
        _ => path,
    }
}

/// Starts following the address bar and internal links. Call once, from the root of the app.
pub fn start() {
    let path = RwSignal::new(current_path());
    PATH.with(|p| p.set(Some(path)));
    if matches!(path.get_untracked().as_str(), "" | "/") {
        replace("/timeline");
        path.set("/timeline".into());
    }
    let _ = window_event_listener_untyped("popstate", move |_| {
        match HOLD.with(|h| h.borrow().clone()) {
            Some(on_back) => {
                let here = url(&path.get_untracked());
                if let Ok(h) = window().history() {
                    let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&here));
                }
                on_back();
            }
            None => path.set(current_path()),
        }
    });
    let _ = window_event_listener_untyped("click", move |ev| {
        if let Some(href) = internal_link(&ev) {
            ev.prevent_default();
            go(&href);
        }
    });
}

/// The path (without [`BASE`]) of a plain left click on a link to this app, if that is what `ev` is.
fn internal_link(ev: &web_sys::Event) -> Option<String> {
    let mouse = ev.dyn_ref::<web_sys::MouseEvent>()?;
    if ev.default_prevented()
        || mouse.button() != 0
        || mouse.ctrl_key()
        || mouse.meta_key()
        || mouse.shift_key()
        || mouse.alt_key()
    {
        return None;
    }
    let target = ev.target()?.dyn_into::<web_sys::Element>().ok()?;
    let link = target.closest("a[href]").ok()??;
    if link.has_attribute("download") || link.get_attribute("target").is_some_and(|t| t != "_self")
    {
        return None;
    }
    let href = link.get_attribute("href")?;
    let path = href.strip_prefix(BASE)?;
    (path.starts_with('/') && !path.starts_with("//")).then(|| path.to_string())
}

fn replace(path: &str) {
    if let Ok(h) = window().history() {
        let _ = h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url(path)));
    }
}

/// Goes to `path`: a new history entry, the new screen, the top of the page, and focus on its heading
/// so a screen reader starts reading the new screen. A `#id` in `path` focuses that element instead.
pub fn go(path: &str) {
    if let Ok(h) = window().history() {
        let _ = h.push_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url(path)));
    }
    show(path);
}

/// Like [`go`], but replaces the current history entry: after saving or deleting in a form, Back must not
/// open that form again.
pub fn go_replacing(path: &str) {
    replace(path);
    show(path);
}

fn show(path: &str) {
    if let Some(signal) = path_signal() {
        signal.set(path.to_string());
    }
    window().scroll_to_with_x_and_y(0.0, 0.0);
    request_animation_frame(|| {
        if !focus_hash() {
            focus_heading();
        }
    });
}

/// Focuses the screen's heading (made focusable from script only), else the page itself. Also where focus
/// goes when what had it disappears (the Undo bar).
pub fn focus_heading() {
    let doc = document();
    let target = doc
        .query_selector("#main h1")
        .ok()
        .flatten()
        .inspect(|h| {
            let _ = h.set_attribute("tabindex", "-1");
        })
        .or_else(|| doc.get_element_by_id("main"));
    focus(target);
}

/// Focuses the screen's heading if nothing on the screen has focus (a screen whose content came later).
pub fn focus_heading_if_lost() {
    let doc = document();
    let lost = doc
        .active_element()
        .is_none_or(|a| a.id() == "main" || a.tag_name() == "BODY");
    if lost {
        focus_heading();
    }
}

/// Focuses the element with this id, if it is on the screen (a field with a problem).
pub fn focus_id(id: &str) {
    focus(document().get_element_by_id(id));
}

fn focus(el: Option<web_sys::Element>) {
    if let Some(el) = el.and_then(|t| t.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// Focuses (and so scrolls to) the element the address's `#id` names, if there is one on the screen.
/// Screens that show their content later (after loading) call this again once it is there.
pub fn focus_hash() -> bool {
    let hash = window().location().hash().unwrap_or_default();
    let el = hash
        .strip_prefix('#')
        .filter(|id| !id.is_empty())
        .and_then(|id| document().get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    el.map(|e| e.focus().is_ok()).unwrap_or(false)
}

/// The current screen.
pub fn route() -> Memo<Route> {
    let path = path_signal().unwrap_or_else(|| RwSignal::new(current_path()));
    Memo::new(move |_| Route::parse(&path.get()))
}

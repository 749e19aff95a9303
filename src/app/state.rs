//! The one place the document lives (a signal), how actions reach it, and the one persist effect:
//! debounced saves, flushed when the page is hidden, and syncing with other windows.

use crate::domain::state::{Action, Document, apply};
use crate::i18n::*;
use crate::store::keeper::Keeper;
use crate::store::{LoadOutcome, MAIN_KEY, SaveError, schema};
use leptos::leptos_dom::helpers::{
    TimeoutHandle, set_timeout_with_handle, window_event_listener_untyped,
};
use leptos::prelude::*;
use std::time::Duration;
use wasm_bindgen::JsCast;

/// How long typing may pause before Koers saves.
const DEBOUNCE: Duration = Duration::from_millis(300);

/// Something about saving that the user should know.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The disk is full; the change is only in memory.
    Full,
    /// Saving failed for another reason; the change is only in memory.
    Failed,
    /// Another window wrote data this version cannot read or must not overwrite. This window's version is
    /// offered for download (`raw`), and kept under `koers.kept.*` when `kept`.
    ReadOnly { raw: String, kept: bool },
    /// Another window changed the data at the same time. Ours is offered for download (`raw`), and kept under
    /// `koers.kept.*` when `kept`.
    Conflict { raw: String, kept: bool },
}

/// Shared app state, handed to every component through context. `Copy`, so closures can hold it.
#[derive(Clone, Copy)]
pub struct AppState {
    pub doc: RwSignal<Document>,
    pub notice: RwSignal<Option<Notice>>,
    /// Storage is blocked: the app runs in memory and says so.
    pub in_memory: bool,
    /// Whether the browser promised to keep our data (`navigator.storage.persist()`); `None` until known.
    pub persisted: RwSignal<Option<bool>>,
    /// The entry just deleted, for the Undo bar.
    pub last_deleted: RwSignal<Option<String>>,
    /// The suggestion just put away, for the Undo bar.
    pub last_dismissed: RwSignal<Option<String>>,
    /// Quick exit was used: only a neutral screen is shown.
    pub exited: RwSignal<bool>,
    /// A passphrase is set: the stored document is encrypted.
    pub lock_set: RwSignal<bool>,
    /// The lock screen shows (no personal data in the page). Holds the stored envelope's `saved_at`.
    pub locked: RwSignal<Option<String>>,
    keeper: StoredValue<Keeper, LocalStorage>,
    timer: StoredValue<Option<TimeoutHandle>>,
    /// The key of the open lock, in memory only (non-extractable).
    pub(super) key: StoredValue<Option<crate::store::crypto::Key>, LocalStorage>,
    /// A sealed save is under way / another one was asked for meanwhile.
    pub(super) saving: StoredValue<bool>,
    pub(super) again: StoredValue<bool>,
    /// When the page was last hidden (ms), for auto-lock.
    pub(super) hidden_at: StoredValue<Option<f64>>,
    /// A document that could not be saved when the app locked, with what was stored then: it comes back at
    /// unlock, not lost.
    pub(super) unsaved_at_lock: StoredValue<Option<(Document, Option<String>)>>,
}

impl AppState {
    pub fn new(keeper: Keeper, doc: Document, in_memory: bool) -> Self {
        AppState {
            doc: RwSignal::new(doc),
            notice: RwSignal::new(None),
            in_memory,
            persisted: RwSignal::new(None),
            last_deleted: RwSignal::new(None),
            last_dismissed: RwSignal::new(None),
            exited: RwSignal::new(false),
            lock_set: RwSignal::new(false),
            locked: RwSignal::new(None),
            keeper: StoredValue::new_local(keeper),
            timer: StoredValue::new(None),
            key: StoredValue::new_local(None),
            saving: StoredValue::new(false),
            again: StoredValue::new(false),
            hidden_at: StoredValue::new(None),
            unsaved_at_lock: StoredValue::new(None),
        }
    }

    /// Applies a user action to the document. The persist effect saves it.
    /// Nothing happens (no re-render, no save) when the action changes nothing.
    pub fn dispatch(&self, action: Action) {
        let next = self.doc.with_untracked(|d| apply(d, action));
        if self.doc.with_untracked(|d| *d != next) {
            self.doc.set(next);
        }
    }

    /// Runs `f` with the keeper. `None` only after the app was torn down.
    pub fn with_keeper<R>(&self, f: impl FnOnce(&mut Keeper) -> R) -> Option<R> {
        self.keeper.try_update_value(f)
    }

    /// Starts the persist effect, the flush-on-hide listeners, the cross-window sync and the language sync.
    pub fn start(self) {
        if !self.in_memory {
            leptos::task::spawn_local(async move {
                self.persisted
                    .set(Some(crate::store::local::request_persistence().await));
            });
        }
        Effect::new(move |first: Option<()>| {
            self.doc.track();
            if first.is_some() {
                self.schedule();
            }
        });
        // A deleted entry keeps its words only while Undo is offered (walk D6): at start, and whenever
        // the Undo bar changes or goes, the others lose everything but their id.
        Effect::new(move |_| {
            let keep = self.last_deleted.get();
            let stale = self.doc.with_untracked(|d| {
                d.deleted
                    .iter()
                    .any(|e| Some(&e.id) != keep.as_ref() && !crate::domain::state::is_forgotten(e))
            });
            if stale {
                self.with_keeper(|k| k.renew_previous_at_next_save());
                self.dispatch(Action::ForgetDeleted { keep });
            }
        });
        Effect::new(move |_| {
            let code = self.doc.with(|d| d.settings.language.clone());
            if let Some(locale) =
                code.and_then(|c| Locale::get_all().iter().copied().find(|l| l.as_str() == c))
            {
                crate::store::local::remember_language(locale.as_str());
                // Only on a real change: every set re-renders the whole tree. The language's text is read
                // first when it is not here yet.
                crate::ui::text::switch(locale);
            }
        });
        let flush_if_hidden = move |_| {
            let hidden = document().visibility_state() == web_sys::VisibilityState::Hidden;
            if hidden {
                self.flush();
            }
            self.watch_background(hidden);
        };
        let _ = window_event_listener_untyped("visibilitychange", flush_if_hidden);
        let _ = window_event_listener_untyped("pagehide", move |_| {
            self.flush();
        });
        // After a quick exit, Back or Forward never brings the data back in this tab: not a page reloaded
        // from history, nor one the browser restores from its page cache. Opening Koers on purpose
        // (typing the address, a bookmark, the icon, reload) clears this.
        if crate::store::session::exited() {
            if came_through_history() {
                self.exited.set(true);
            } else {
                crate::store::session::clear_exited();
            }
        }
        let _ = window_event_listener_untyped("pageshow", move |e| {
            let restored =
                js_sys::Reflect::get(&e, &"persisted".into()).is_ok_and(|p| p.is_truthy());
            if restored && crate::store::session::exited() {
                self.exited.set(true);
            }
        });
        // Escape twice within a second and a half: quick exit.
        let last_escape = StoredValue::new(0.0f64);
        let _ = window_event_listener_untyped("keydown", move |e| {
            let escape = e
                .dyn_ref::<web_sys::KeyboardEvent>()
                .is_some_and(|k| k.key() == "Escape");
            if escape {
                let now = js_sys::Date::now();
                if now - last_escape.get_value() < 1500.0 {
                    self.quick_exit();
                }
                last_escape.set_value(now);
            }
        });
        let _ = window_event_listener_untyped("storage", move |e| {
            let key = e.dyn_ref::<web_sys::StorageEvent>().and_then(|e| e.key());
            if key.as_deref() == Some(MAIN_KEY) {
                self.sync_from_other_window();
            }
        });
    }

    fn schedule(&self) {
        self.cancel_timer();
        let this = *self;
        if let Ok(handle) = set_timeout_with_handle(
            move || {
                this.flush();
            },
            DEBOUNCE,
        ) {
            self.timer.set_value(Some(handle));
        }
    }

    pub(super) fn cancel_timer(&self) -> bool {
        let pending = self.timer.try_update_value(|t| t.take()).flatten();
        pending.map(|h| h.clear()).is_some()
    }

    /// Hides everything at once behind a neutral screen, saves, locks when a passphrase is set, and
    /// replaces this history entry.
    pub fn quick_exit(&self) {
        // Hiding comes first, whatever happens to the save: the person's safety is the point.
        self.exited.set(true);
        crate::pwa::speech::stop();
        crate::store::session::set_exited();
        self.flush();
        self.lock_if_set();
        if let Ok(h) = window().history() {
            let _ = h.replace_state_with_url(
                &wasm_bindgen::JsValue::NULL,
                "",
                Some(&crate::app::router::url("/")),
            );
        }
    }

    /// Deletes everything Koers stored on this phone (after the user confirmed twice). Back to the welcome.
    pub fn wipe(&self) {
        self.cancel_timer();
        match self.with_keeper(|k| k.wipe()) {
            Some(Ok(())) => {
                self.key.set_value(None);
                self.lock_set.set(false);
                self.doc.set(Document::default());
            }
            _ => self.notice.set(Some(Notice::Failed)),
        }
    }

    /// Saves now. A failure becomes a notice; the in-memory document is always kept.
    /// Returns whether the document is safely stored (callers that reload or hide the app check this).
    /// With the lock on, the save is encrypted first, which takes a moment: it is started here, and
    /// [`AppState::save_now`] waits for it.
    pub fn flush(&self) -> bool {
        self.cancel_timer();
        if self.locked.get_untracked().is_some() {
            // Locked: the page holds no document; what was there is stored (or kept for the unlock).
            return true;
        }
        if self.with_keeper(|k| k.is_sealed()).unwrap_or(false) {
            self.save_sealed();
            return !self.is_unsaved();
        }
        crate::pwa::perf::mark("save-start");
        let now = now_iso();
        let result = self
            .doc
            .with_untracked(|doc| self.with_keeper(|k| k.save(doc, &now)))
            .unwrap_or(Err(SaveError::Unavailable));
        self.after_save(result)
    }

    /// Whether the document in memory differs from what is stored.
    pub fn is_unsaved(&self) -> bool {
        self.doc
            .with_untracked(|d| self.with_keeper(|k| k.is_unsaved(d)))
            .unwrap_or(false)
    }

    /// What a save's result means for the user.
    pub(super) fn after_save(&self, result: Result<(), SaveError>) -> bool {
        match result {
            Ok(()) => {
                crate::pwa::perf::measure("save", "save-start");
                let clear = matches!(
                    self.notice.get_untracked(),
                    Some(Notice::Full | Notice::Failed | Notice::ReadOnly { .. })
                );
                if clear {
                    self.notice.set(None);
                }
                true
            }
            Err(SaveError::ChangedElsewhere) => {
                self.adopt_other_window(Some(self.doc.get_untracked()));
                false
            }
            Err(SaveError::QuotaExceeded) => {
                self.notice.set(Some(Notice::Full));
                false
            }
            Err(SaveError::ReadOnly) => {
                // Nothing to lose (for example while the rescue screen shows): no copy, no notice.
                let doc = self.doc.get_untracked();
                if self.with_keeper(|k| k.is_unsaved(&doc)).unwrap_or(false) {
                    let (raw, kept) = self.set_aside(&doc);
                    self.notice.set(Some(Notice::ReadOnly { raw, kept }));
                }
                false
            }
            Err(err) => {
                if let SaveError::Other(why) = err {
                    leptos::logging::warn!("koers: save failed: {why}");
                }
                self.notice.set(Some(Notice::Failed));
                false
            }
        }
    }

    /// Keeps `doc` under a `koers.kept.*` key. Returns it encoded, and whether that worked.
    /// With the lock on, the copy is encrypted first (nothing readable is written), so `true` means "being
    /// kept"; a failure then turns the notice's `kept` to false.
    pub fn set_aside(&self, doc: &Document) -> (String, bool) {
        let raw = schema::encode(doc, &now_iso());
        if self.lock_set.get_untracked() {
            self.keep_sealed(raw.clone());
            return (raw, true);
        }
        let kept = matches!(
            self.with_keeper(|k| k.keep_aside(&raw, &now_iso())),
            Some(Ok(_))
        );
        (raw, kept)
    }

    /// Keeps `doc` as a kept copy before an import changes the data (until the user says it is fine, or
    /// undoes it). With the lock on it is encrypted first: nothing readable is written. Returns the kept
    /// copy's key; `None` when it could not be kept (then the import must not go on).
    pub async fn keep_copy(&self, doc: &Document) -> Option<String> {
        self.keep_raw(schema::encode(doc, &now_iso())).await
    }

    /// Another window saved. With no unsaved change here, take its version; otherwise keep both.
    fn sync_from_other_window(&self) {
        self.cancel_timer();
        // Unsaved here means: different from what this window last stored (not "a save is scheduled",
        // which adopting the other version itself also causes).
        let unsaved = self
            .doc
            .with_untracked(|d| self.with_keeper(|k| k.is_unsaved(d)))
            .unwrap_or(false);
        if unsaved {
            self.flush();
        } else {
            self.adopt_other_window(None);
        }
    }

    /// Loads what the other window stored. `ours`, when given, is kept aside and offered for download.
    pub(super) fn adopt_other_window(&self, ours: Option<Document>) {
        let outcome = self
            .with_keeper(|k| k.load())
            .unwrap_or(LoadOutcome::Unavailable);
        match outcome {
            LoadOutcome::Loaded(theirs) => {
                // The other window may have removed the lock.
                self.key.set_value(None);
                self.lock_set.set(false);
                if let Some(ours) = ours.filter(|o| *o != theirs) {
                    let (raw, kept) = self.set_aside(&ours);
                    self.notice.set(Some(Notice::Conflict { raw, kept }));
                }
                self.doc.set(theirs);
            }
            LoadOutcome::Empty => {
                // Deleted everywhere: a locked window opens on the welcome too, and brings nothing back.
                self.key.set_value(None);
                self.lock_set.set(false);
                self.unsaved_at_lock.set_value(None);
                self.doc.set(Document::default());
                self.locked.set(None);
            }
            LoadOutcome::Locked { raw, .. } => self.adopt_locked(raw, ours),
            _ => {
                let (raw, kept) = self.set_aside(&self.doc.get_untracked());
                self.notice.set(Some(Notice::ReadOnly { raw, kept }));
            }
        }
    }
}

/// The current time as an ISO 8601 string, for `saved_at` and kept-copy names.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Today on the phone's calendar (local time, not UTC: a birthday starts at local midnight).
pub fn today() -> crate::domain::date::Date {
    let now = js_sys::Date::new_0();
    let (y, m, d) = (
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    );
    crate::domain::date::Date::new(y, m, d)
        .or_else(|| crate::domain::date::Date::new(2026, 1, 1))
        .unwrap_or_else(|| unreachable!("2026-01-01 is a valid date"))
}

/// A new entry id: time and randomness, unique on this phone.
pub fn new_id() -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e12) as u64;
    format!("e{time:x}{random:x}")
}

/// Whether this page was loaded by Back or Forward (the Navigation Timing entry's `type`).
fn came_through_history() -> bool {
    let Some(perf) = window().performance() else {
        return false;
    };
    let entry = perf.get_entries_by_type("navigation").get(0);
    js_sys::Reflect::get(&entry, &"type".into())
        .ok()
        .and_then(|t| t.as_string())
        .is_some_and(|t| t == "back_forward")
}

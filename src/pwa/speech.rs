//! Read aloud with the phone's own voices (the Web Speech API), one sentence at a time; the sentence being
//! read has the class `speaking`. What is read is what is shown: every `.say` element of a `.readable`
//! region (not of a region inside it), its text as shown, in the language of its nearest `lang`. Only voices
//! with `localService` are used, and only a voice of the text's own language (`domain::speech`): a remote
//! voice would send the text to a server, so with no local voice Koers does not read. A Dutch fallback (a
//! text not translated yet, `data-nl` from `pwa::fallback`) is read in Dutch; on a phone with no Dutch voice,
//! in the language around it, as its file has it.
//!
//! Pause and "slower" stop the sentence and say it again from its start (`pause()` does not work on many
//! Android phones). Reading stops on quick exit, on lock and when the reading part leaves the screen.
//! The voices often arrive a moment after the page (`voiceschanged`); `read` gives `Nothing` until they
//! are there, and the button asks again for a moment.

use crate::domain::speech::{choose, spoken};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::{Element, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// The result of asking to read a region.
pub enum Outcome {
    Reading,
    /// No voice on this phone for this language (its `lang` as shown).
    Missing(String),
    /// Nothing to read (yet), or no voices yet: they often arrive a moment after the page.
    Nothing,
}

/// What reading does now, in one number (a signal type the app has anyway): which read-aloud part reads
/// (`>> 2`, 0 for none), slower (`2`), paused (`1`).
const PAUSED: u32 = 1;
const SLOW: u32 = 2;

/// One sentence to read: where it is shown, its text, its language, the voice.
struct Unit(Element, String, String, SpeechSynthesisVoice);

thread_local! {
    static NOW: Cell<Option<RwSignal<u32>>> = const { Cell::new(None) };
    static UNITS: RefCell<Vec<Unit>> = const { RefCell::new(Vec::new()) };
    static AT: Cell<usize> = const { Cell::new(0) };
    static CURRENT: RefCell<Option<SpeechSynthesisUtterance>> = const { RefCell::new(None) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    /// Called when a sentence ends (or fails): one function for every sentence, for the page's life.
    static DONE: Closure<dyn Fn(web_sys::Event)> = Closure::new(done);
}

/// Makes the reading state; once, at the root of the app (so it lives as long as the app).
pub fn init() {
    NOW.with(|n| n.set(Some(RwSignal::new(0))));
}

fn now() -> RwSignal<u32> {
    NOW.with(Cell::get).unwrap_or_else(|| RwSignal::new(0))
}

/// Which read-aloud part reads now (0: none). Tracked.
pub fn reader() -> u32 {
    now().get() >> 2
}

/// Which read-aloud part reads now, untracked.
pub fn reader_untracked() -> u32 {
    now().get_untracked() >> 2
}

/// Whether reading is paused (tracked).
pub fn paused() -> bool {
    now().get() & PAUSED != 0
}

/// Whether reading is slower (tracked).
pub fn slow() -> bool {
    now().get() & SLOW != 0
}

fn set_reader(by: u32, paused: bool) {
    let n = now();
    let value = by << 2 | (n.get_untracked() & SLOW) | if paused { PAUSED } else { 0 };
    if n.get_untracked() != value {
        n.set(value);
    }
}

/// A number for one read-aloud part.
pub fn new_id() -> u32 {
    NEXT_ID.with(|n| n.replace(n.get() + 1))
}

fn synth() -> Option<SpeechSynthesis> {
    let w: JsValue = window().into();
    let get = |name: &str| js_sys::Reflect::get(&w, &JsValue::from_str(name)).ok();
    let s = get("speechSynthesis")?;
    (s.is_object() && get("SpeechSynthesisUtterance")?.is_function()).then(|| s.unchecked_into())
}

/// Whether this browser can read aloud at all. (Asking for the voices early makes them come sooner.)
pub fn supported() -> bool {
    synth().map(|s| s.get_voices()).is_some()
}

/// The phone's voices, and each as (lang, on the phone itself).
fn voices(s: &SpeechSynthesis) -> (Vec<SpeechSynthesisVoice>, Vec<(String, bool)>) {
    let list: Vec<SpeechSynthesisVoice> =
        s.get_voices().iter().map(JsCast::unchecked_into).collect();
    let pairs = list.iter().map(|v| (v.lang(), v.local_service())).collect();
    (list, pairs)
}

/// Whether the phone has a local voice for `lang`.
pub fn has_voice(lang: &str) -> bool {
    synth().is_some_and(|s| choose(&voices(&s).1, lang).is_some())
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// What `region` shows to read: each `.say` element of it (not of a region inside it), with its text and
/// the language it is shown in (`voices`: for a Dutch fallback, whether there is a Dutch voice).
fn shown(region: &Element, voices: &[(String, bool)]) -> Vec<(Element, String, String)> {
    let mut out = Vec::new();
    let Ok(list) = region.query_selector_all(".say") else {
        return out;
    };
    for i in 0..list.length() {
        let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) else {
            continue;
        };
        if el.closest(".readable").ok().flatten().as_ref() != Some(region) {
            continue;
        }
        let text = spoken(&el.text_content().unwrap_or_default());
        let mut at = el.closest("[lang]").ok().flatten();
        // A Dutch fallback, and no Dutch voice: read in the language around it.
        if at.as_ref().is_some_and(|a| a.has_attribute("data-nl")) && choose(voices, "nl").is_none()
        {
            at = at
                .and_then(|a| a.parent_element())
                .and_then(|p| p.closest("[lang]").ok().flatten());
        }
        let lang = at.and_then(|l| l.get_attribute("lang")).unwrap_or_default();
        if !text.is_empty() {
            out.push((el, text, lang));
        }
    }
    out
}

/// The language of the first thing `region` shows to read (for "no voice" when the phone has none at all).
pub fn first_lang(region: &Element) -> Option<String> {
    shown(region, &[])
        .into_iter()
        .next()
        .map(|(_, _, lang)| lang)
}

/// Reads what `region` shows, for the read-aloud part `by`, instead of any other reading. With no
/// voices yet (`Nothing`) the caller asks again a moment later: they arrive late on many phones.
pub fn read(region: &Element, by: u32) -> Outcome {
    let Some(s) = synth() else {
        return Outcome::Nothing;
    };
    let (list, pairs) = voices(&s);
    if list.is_empty() || !region.is_connected() {
        return Outcome::Nothing;
    }
    let mut units = Vec::new();
    for (el, text, lang) in shown(region, &pairs) {
        match choose(&pairs, &lang) {
            Some(i) => units.push(Unit(el, text, lang, list[i].clone())),
            None => return Outcome::Missing(lang),
        }
    }
    if units.is_empty() {
        return Outcome::Nothing;
    }
    stop();
    UNITS.with(|u| *u.borrow_mut() = units);
    AT.with(|a| a.set(0));
    set_reader(by, false);
    speak();
    Outcome::Reading
}

/// Says the current sentence (from its start), or ends when there is none left.
fn speak() {
    let at = AT.with(Cell::get);
    let slow = now().get_untracked() & SLOW != 0;
    let utterance = UNITS.with(|u| {
        let units = u.borrow();
        let Unit(el, text, lang, voice) = units.get(at)?;
        mark(el, true);
        let utterance = SpeechSynthesisUtterance::new_with_text(text).ok()?;
        utterance.set_lang(lang);
        utterance.set_voice(Some(voice));
        utterance.set_rate(if slow { 0.7 } else { 1.0 });
        DONE.with(|d| {
            utterance.set_onend(Some(d.as_ref().unchecked_ref()));
            utterance.set_onerror(Some(d.as_ref().unchecked_ref()));
        });
        Some(utterance)
    });
    match (utterance, synth()) {
        (Some(utterance), Some(s)) => {
            CURRENT.with(|c| *c.borrow_mut() = Some(utterance.clone()));
            s.speak(&utterance);
        }
        _ => stop(),
    }
}

/// A sentence ended: the next one. An error (no audio, a broken voice) stops reading. Events of a
/// sentence that was stopped on purpose do not come here (its handlers were taken off first).
fn done(ev: web_sys::Event) {
    let ours = CURRENT.with(|c| {
        let target: Option<JsValue> = ev.target().map(Into::into);
        c.borrow().as_ref().map(JsValue::from) == target
    });
    if !ours {
        return;
    }
    if ev.type_() == "error" {
        return stop();
    }
    UNITS.with(|u| {
        if let Some(Unit(el, ..)) = u.borrow().get(AT.with(Cell::get)) {
            mark(el, false);
        }
    });
    AT.with(|a| a.set(a.get() + 1));
    speak();
}

/// Silences the sentence being said, without ending the reading.
fn hush() {
    if let Some(u) = CURRENT.with(|c| c.borrow_mut().take()) {
        u.set_onend(None);
        u.set_onerror(None);
    }
    if let Some(s) = synth() {
        s.cancel();
    }
}

/// Stops reading (quick exit, lock, another screen, "Stop").
pub fn stop() {
    hush();
    UNITS.with(|u| {
        for Unit(el, ..) in u.borrow_mut().drain(..) {
            mark(&el, false);
        }
    });
    set_reader(0, false);
}

/// Pauses (`true`) or goes on with the sentence from its start (`false`).
pub fn pause(paused: bool) {
    set_reader(reader_untracked(), paused);
    hush();
    if !paused {
        speak();
    }
}

/// Slower or normal speed; the sentence being said starts again at the new speed.
pub fn slower() {
    let n = now();
    n.set(n.get_untracked() ^ SLOW);
    if reader_untracked() != 0 && n.get_untracked() & PAUSED == 0 {
        hush();
        speak();
    }
}

/// Marks the sentence being read, and keeps it on the screen (without a smooth scroll when the phone asks
/// for less motion).
fn mark(el: &Element, on: bool) {
    let _ = el.class_list().toggle_with_force("speaking", on);
    if on {
        let calm = window()
            .match_media("(prefers-reduced-motion: reduce)")
            .ok()
            .flatten()
            .is_some_and(|m| m.matches());
        let options = web_sys::ScrollIntoViewOptions::new();
        options.set_block(web_sys::ScrollLogicalPosition::Nearest);
        options.set_behavior(if calm {
            web_sys::ScrollBehavior::Instant
        } else {
            web_sys::ScrollBehavior::Smooth
        });
        el.scroll_into_view_with_scroll_into_view_options(&options);
    }
}

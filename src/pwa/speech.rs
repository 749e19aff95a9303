//! Read aloud with the phone's own voices (the Web Speech API), one sentence at a time; the sentence being
//! read has the class `speaking`. What is read is what is shown: every `.say` element of a `.readable`
//! region (not of a region inside it), its text as shown, in the language of its nearest `lang`. Only voices
//! with `localService` are used, and only a voice of the text's own language (`domain::speech`): a remote
//! voice would send the text to a server, so with no local voice Koers does not read.
//!
//! Pause and "slower" stop the sentence and say it again from its start (`pause()` does not work on many
//! Android phones). Reading stops on quick exit, on lock and when the reading part leaves the screen.

use crate::domain::speech::{choose, spoken};
use leptos::prelude::*;
use std::cell::{Cell, RefCell};
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::{Element, SpeechSynthesis, SpeechSynthesisUtterance, SpeechSynthesisVoice};

/// What reading is doing now: which read-aloud part reads (`by`, 0 for none), paused, slower.
#[derive(Clone, Copy, PartialEq, Eq, Default)]
pub struct Now {
    pub by: u32,
    pub paused: bool,
    pub slow: bool,
}

/// The result of asking to read a region.
pub enum Outcome {
    Reading,
    /// No voice on this phone for this language (its `lang` as shown).
    Missing(String),
    /// Nothing to read, or reading was asked again meanwhile.
    Nothing,
}

/// One sentence to read: where it is shown, its text, its language, the voice.
struct Unit(Element, String, String, SpeechSynthesisVoice);

thread_local! {
    static NOW: ArcRwSignal<Now> = ArcRwSignal::new(Now::default());
    static UNITS: RefCell<Vec<Unit>> = const { RefCell::new(Vec::new()) };
    static AT: Cell<usize> = const { Cell::new(0) };
    static CURRENT: RefCell<Option<SpeechSynthesisUtterance>> = const { RefCell::new(None) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
    /// Called when a sentence ends (or fails): one function for every sentence, for the page's life.
    static DONE: Closure<dyn Fn(web_sys::Event)> = Closure::new(done);
}

/// The reading state, for the read-aloud buttons.
pub fn now() -> ArcRwSignal<Now> {
    NOW.with(Clone::clone)
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

/// Whether this browser can read aloud at all.
pub fn supported() -> bool {
    synth().is_some()
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

/// Voices often arrive a moment after the page (`voiceschanged`): waits for them, at most a second.
async fn wait_for_voices(s: &SpeechSynthesis) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = s.add_event_listener_with_callback("voiceschanged", &resolve);
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 1000);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Waits `ms` milliseconds.
pub async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// What `region` shows to read: each `.say` element of it (not of a region inside it), with its text and
/// the language it is shown in.
fn shown(region: &Element) -> Vec<(Element, String, String)> {
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
        let lang = el
            .closest("[lang]")
            .ok()
            .flatten()
            .and_then(|l| l.get_attribute("lang"))
            .unwrap_or_default();
        if !text.is_empty() {
            out.push((el, text, lang));
        }
    }
    out
}

/// Reads what `region` shows, for the read-aloud part `by`. Stops any other reading first.
pub async fn read(region: Element, by: u32) -> Outcome {
    stop();
    let Some(s) = synth() else {
        return Outcome::Nothing;
    };
    let (mut list, mut pairs) = voices(&s);
    if list.is_empty() {
        wait_for_voices(&s).await;
        (list, pairs) = voices(&s);
        if !region.is_connected() || now().get_untracked().by != 0 {
            return Outcome::Nothing;
        }
    }
    let mut units = Vec::new();
    for (el, text, lang) in shown(&region) {
        match choose(&pairs, &lang) {
            Some(i) => units.push(Unit(el, text, lang, list[i].clone())),
            None => return Outcome::Missing(lang),
        }
    }
    if units.is_empty() {
        return Outcome::Nothing;
    }
    UNITS.with(|u| *u.borrow_mut() = units);
    AT.with(|a| a.set(0));
    now().update(|n| {
        n.by = by;
        n.paused = false;
    });
    speak();
    Outcome::Reading
}

/// Says the current sentence (from its start), or ends when there is none left.
fn speak() {
    let at = AT.with(Cell::get);
    let slow = now().get_untracked().slow;
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
    let now = now();
    if now.get_untracked().by != 0 {
        now.update(|n| {
            n.by = 0;
            n.paused = false;
        });
    }
}

/// Pauses (`true`) or goes on with the sentence from its start (`false`).
pub fn pause(paused: bool) {
    now().update(|n| n.paused = paused);
    hush();
    if !paused {
        speak();
    }
}

/// Slower or normal speed; the sentence being said starts again at the new speed.
pub fn slower(slow: bool) {
    let n = now();
    n.update(|n| n.slow = slow);
    let n = n.get_untracked();
    if n.by != 0 && !n.paused {
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

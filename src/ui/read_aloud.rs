//! "Read aloud" for the part of the screen it sits in (the nearest `.readable` around it): then pause or go
//! on, stop and slower. With no voice on the phone for the language, an honest message instead
//! (`NoVoice`); when the part can be shown in Dutch or English (`alt`) and the phone has such a voice, it
//! offers those, and shows what it reads. Reading stops when this part leaves the screen.

use super::icon::{Icon, IconName};
use super::no_voice::NoVoice;
use super::read_controls::ReadControls;
use super::text::loc;
use crate::i18n::*;
use crate::pwa::speech::{self, Outcome};
use leptos::html::Div;
use leptos::prelude::*;
use std::sync::Arc;

/// This part in another language, to listen to when its own language has no voice.
pub type Alt = Arc<dyn Fn(Locale) -> AnyView + Send + Sync>;

/// Reads `region` for `id`; a missing voice lands in `missing`. Asks again for a moment while the phone's
/// voices or the part's words are still coming.
fn start(region: Option<web_sys::Element>, id: u32, missing: RwSignal<Option<String>>) {
    let Some(region) = region else { return };
    leptos::task::spawn_local(async move {
        for _ in 0..12 {
            match speech::read(&region, id) {
                Outcome::Missing(lang) => {
                    let _ = missing.try_set(Some(lang));
                    return;
                }
                Outcome::Reading => return,
                Outcome::Nothing => speech::sleep(150).await,
            }
        }
        // Still no voice at all: this phone has none for this language either.
        let _ = missing.try_set(speech::first_lang(&region));
    });
}

/// Focuses the first button of this part when focus was lost (its button went away) or was in it.
fn keep_focus(root: NodeRef<Div>) {
    use wasm_bindgen::JsCast;
    let Some(root) = root.get() else { return };
    let active = document().active_element();
    let lost = active
        .as_ref()
        .is_none_or(|a| a.tag_name() == "BODY" || root.contains(Some(a)));
    if let Some(button) = root
        .query_selector("button")
        .ok()
        .flatten()
        .and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok())
        .filter(|_| lost)
    {
        let _ = button.focus();
    }
}

#[component]
pub fn ReadAloud(
    #[prop(optional)] locale: Option<Locale>,
    #[prop(optional)] alt: Option<Alt>,
) -> impl IntoView {
    if !speech::supported() {
        return ().into_any();
    }
    let locale = locale.unwrap_or_else(loc);
    let id = speech::new_id();
    let missing = RwSignal::new(None::<String>);
    let other = RwSignal::new(None::<Locale>);
    let root = NodeRef::<Div>::new();
    let alt_root = NodeRef::<Div>::new();
    on_cleanup(move || {
        if speech::reader_untracked() == id {
            speech::stop();
        }
    });
    let read = move |_| {
        missing.set(None);
        other.set(None);
        let region = root
            .get()
            .and_then(|r| r.parent_element())
            .and_then(|p| p.closest(".readable").ok().flatten());
        start(region, id, missing);
    };
    let has_alt = alt.is_some();
    let pick = Callback::new(move |l: Locale| {
        leptos::task::spawn_local(async move {
            // Its words must be here before it is drawn in it (else another language's text would show).
            if crate::ui::text::load(l).await {
                missing.set(None);
                other.set(Some(l));
                start(alt_root.get().map(Into::into), id, missing);
            }
        });
    });
    let mine = move || speech::reader() == id;
    // The button pressed makes way for the controls (and back): focus stays in this part.
    Effect::new(move |before: Option<bool>| {
        let reading = mine();
        if before.is_some_and(|b| b != reading) {
            request_animation_frame(move || keep_focus(root));
        }
        reading
    });
    let no_voice = move || {
        missing.get().map(|lang| {
            let others = if has_alt {
                [Locale::nl, Locale::en]
                    .into_iter()
                    .filter(|l| l.as_str() != lang && speech::has_voice(l.as_str()))
                    .collect()
            } else {
                Vec::new()
            };
            view! { <NoVoice locale lang others on_pick=pick/> }
        })
    };
    let shown = move || {
        let (Some(l), Some(alt)) = (other.get(), alt.clone()) else {
            return ().into_any();
        };
        view! { <div class="read-other" lang=l.as_str() dir=l.direction().as_str()>{alt(l)}</div> }
            .into_any()
    };
    view! {
        <div class="read-aloud readable" lang=locale.as_str() dir=locale.direction().as_str() node_ref=root>
            {move || if mine() {
                view! { <ReadControls locale/> }.into_any()
            } else {
                view! {
                    <button type="button" class="button button-quiet" on:click=read>
                        <Icon name=IconName::Speaker/> {td_string!(locale, speech.read)}
                    </button>
                }.into_any()
            }}
            {no_voice}
            <div node_ref=alt_root class="readable">{shown}</div>
        </div>
    }
    .into_any()
}

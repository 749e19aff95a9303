//! Dutch fallbacks (issue 14): a string not translated yet in a language (`null` in its locale file) comes in
//! Dutch with [`FALLBACK`] (an invisible U+2060) in front (scripts/text-files.mjs). Once a language with such
//! strings is read, one MutationObserver watches the page: the element holding each text node that carries
//! the marker gets `lang="nl" dir="ltr" data-nl`, so screen readers and read aloud use a Dutch voice and the
//! Dutch runs left to right in a right-to-left page. When such a text changes in place to a translated one,
//! the marking goes again. The marker stays in the text (invisible; read aloud leaves it out). Attributes
//! (`aria-label`, `placeholder`) cannot carry a `lang`: there the Dutch is read in the page's language.
//! Kept small for the start-up budget: only imports the app has anyway, but for the observer's own few.

use crate::ui::text::FALLBACK;
use std::cell::Cell;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};
use web_sys::{MutationObserver, MutationRecord, Node};

thread_local! {
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Starts watching the page, once (when the first language with fallbacks is read, before it is shown).
pub fn watch() {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    let seen = Closure::<dyn FnMut(JsValue)>::new(|records: JsValue| {
        for record in records.unchecked_into::<js_sys::Array>() {
            let record: MutationRecord = record.unchecked_into();
            let added = record.added_nodes();
            for i in 0..added.length() {
                if let Some(node) = added.item(i) {
                    visit(&node);
                }
            }
            // A text changed in place: then the target is the text node itself.
            if let Some(node) = record.target() {
                text(&node, true);
            }
        }
    });
    let options = js_sys::Object::new();
    for name in ["childList", "subtree", "characterData"] {
        let _ = js_sys::Reflect::set(&options, &name.into(), &JsValue::TRUE);
    }
    if let (Ok(observer), Some(root)) = (
        MutationObserver::new(seen.as_ref().unchecked_ref()),
        leptos::prelude::document().document_element(),
    ) {
        let _ = observer.observe_with_options(&root, options.unchecked_ref());
    }
    seen.forget();
}

/// `node` and all in it.
fn visit(node: &Node) {
    if !text(node, false) {
        let children = node.child_nodes();
        for i in 0..children.length() {
            if let Some(child) = children.item(i) {
                visit(&child);
            }
        }
    }
}

/// Marks the element holding `node` when it is a fallback text; `changed`: its text changed, so a marking
/// it no longer needs goes. `false` when `node` is an element (it has no text of its own).
fn text(node: &Node, changed: bool) -> bool {
    let Some(value) = node.node_value() else {
        return false;
    };
    if let Some(el) = node.parent_element() {
        if value.contains(FALLBACK) {
            for (name, value) in [("lang", "nl"), ("dir", "ltr"), ("data-nl", "")] {
                let _ = el.set_attribute(name, value);
            }
        } else if changed && el.has_attribute("data-nl") {
            for name in ["lang", "dir", "data-nl"] {
                let _ = el.remove_attribute(name);
            }
        }
    }
    true
}

//! Dutch fallbacks (issue 14): a string not translated yet in a language (`null` in its locale file) comes in
//! Dutch with [`FALLBACK`] in front (scripts/text-files.mjs). Once a language with such strings is read, one
//! MutationObserver watches the page: each text node that carries the marker loses it, and the element
//! holding it gets `lang="nl" dir="ltr" data-nl`, so screen readers and read aloud use a Dutch voice and the
//! Dutch runs left to right in a right-to-left page. When such a text changes in place to a translated one,
//! the marking goes again. Attributes (`aria-label`, `placeholder`) cannot carry a `lang`: there the Dutch
//! keeps the invisible marker and is read in the page's language.

use crate::ui::text::FALLBACK;
use std::cell::Cell;
use wasm_bindgen::{JsCast, closure::Closure};
use web_sys::{MutationObserver, MutationObserverInit, MutationRecord, Node};

thread_local! {
    static WATCHING: Cell<bool> = const { Cell::new(false) };
}

/// Starts watching the page, once (when the first language with fallbacks is read, before it is shown).
pub fn watch() {
    if WATCHING.with(|w| w.replace(true)) {
        return;
    }
    let seen = Closure::<dyn Fn(js_sys::Array, MutationObserver)>::new(
        |records: js_sys::Array, observer: MutationObserver| {
            for record in records {
                let record: MutationRecord = record.unchecked_into();
                let added = record.added_nodes();
                for i in 0..added.length() {
                    if let Some(node) = added.item(i) {
                        visit(&node, false);
                    }
                }
                // A text changed in place: the target is the text node itself.
                if let Some(node) = record.target().filter(|n| n.node_type() == Node::TEXT_NODE) {
                    visit(&node, true);
                }
            }
            // Taking the marker off changed text too: those records are this callback's own.
            observer.take_records();
        },
    );
    let options = MutationObserverInit::new();
    options.set_child_list(true);
    options.set_subtree(true);
    options.set_character_data(true);
    if let (Ok(observer), Some(root)) = (
        MutationObserver::new(seen.as_ref().unchecked_ref()),
        leptos::prelude::document().document_element(),
    ) {
        let _ = observer.observe_with_options(&root, &options);
    }
    seen.forget();
}

/// Marks the element holding each fallback text in `node` (a text node, or an element and all in it).
/// `changed`: the text node's own text changed, so a marking it no longer needs goes.
fn visit(node: &Node, changed: bool) {
    if node.node_type() != Node::TEXT_NODE {
        let mut child = node.first_child();
        while let Some(c) = child {
            visit(&c, false);
            child = c.next_sibling();
        }
        return;
    }
    let (Some(text), Some(el)) = (node.node_value(), node.parent_element()) else {
        return;
    };
    if text.contains(FALLBACK) {
        node.set_node_value(Some(&text.replace(FALLBACK, "")));
        for (name, value) in [("lang", "nl"), ("dir", "ltr"), ("data-nl", "")] {
            let _ = el.set_attribute(name, value);
        }
    } else if changed && el.has_attribute("data-nl") {
        for name in ["lang", "dir", "data-nl"] {
            let _ = el.remove_attribute(name);
        }
    }
}

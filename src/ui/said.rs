//! Text shown as its sentences, each in a `.say` span, so reading aloud can mark the sentence it reads
//! (see `pwa::speech`). The words on the screen stay exactly as they were. A Dutch fallback (a text not
//! translated yet, `ui::text::FALLBACK` in front) keeps its marker on every sentence, so each is marked Dutch.

use crate::domain::speech::sentences;
use crate::ui::text::FALLBACK;
use leptos::prelude::*;

/// `text` as sentence spans; `each` draws one sentence (plain text, or with links in it).
pub fn said_by(text: &str, each: &mut dyn FnMut(&str) -> AnyView) -> AnyView {
    let mut out = Vec::new();
    let dutch = text.starts_with(FALLBACK);
    for (i, sentence) in sentences(text).into_iter().enumerate() {
        let mut marked = String::new();
        if i > 0 {
            out.push(" ".into_any());
            if dutch {
                marked.push(FALLBACK);
            }
        }
        marked.push_str(sentence);
        out.push(view! { <span class="say">{each(&marked)}</span> }.into_any());
    }
    out.into_any()
}

/// `text` as sentence spans of plain text.
pub fn said(text: &str) -> AnyView {
    said_by(text, &mut |s| s.to_string().into_any())
}

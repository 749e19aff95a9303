//! Read aloud, the pure part: text into sentences, and which of the phone's voices may read which language.
//!
//! Only a voice on the phone itself (`localService`) is ever chosen: a remote voice sends the text to a
//! server. And a language is only ever read by a voice of that language: Tigrinya is never read by an
//! Amharic voice, Dari (`prs`) never by the Persian of Iran (`fa-IR`).

/// Splits `text` into sentences: after `.`, `!`, `?`, the Arabic `؟` and `۔`, and the Ethiopic `።` `፧`,
/// when a space or the end follows (so "1.5" and "www.x.nl" stay whole). Each sentence keeps its mark;
/// spaces between sentences are left out. Every character except those spaces is in exactly one sentence.
pub fn sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?' | '؟' | '۔' | '።' | '፧') {
            continue;
        }
        let end = i + c.len_utf8();
        // Ethiopic and Arabic marks often have no space after them; the Latin ones need one.
        let ends = match chars.peek() {
            None => true,
            Some((_, next)) => next.is_whitespace() || matches!(c, '።' | '፧' | '؟' | '۔'),
        };
        if ends {
            push(&mut out, &text[start..end]);
            start = end;
        }
    }
    push(&mut out, &text[start..]);
    out
}

fn push<'a>(out: &mut Vec<&'a str>, part: &'a str) {
    let part = part.trim();
    if !part.is_empty() {
        out.push(part);
    }
}

/// Three-letter codes of the languages Koers speaks, as some phones give them, and their two-letter code.
const THREE: [(&str, &str); 14] = [
    ("nld", "nl"),
    ("dut", "nl"),
    ("eng", "en"),
    ("ara", "ar"),
    ("fra", "fr"),
    ("fre", "fr"),
    ("tir", "ti"),
    ("som", "so"),
    ("pus", "ps"),
    ("pbt", "ps"),
    ("pbu", "ps"),
    ("pst", "ps"),
    ("fas", "fa"),
    ("per", "fa"),
];

/// A language tag split into its language and region: "nl_NL" and "nl-NL" both give ("nl", "NL"),
/// "zh-Hant-TW" gives ("zh", "TW") (a script comes before the region; a region is two letters or three
/// digits). A three-letter code of a language Koers speaks becomes its two-letter code; Dari stays `prs`.
fn parts(tag: &str) -> (&str, &str) {
    let mut subtags = tag.trim().split(['-', '_']);
    let language = subtags.next().unwrap_or_default();
    let language = THREE
        .iter()
        .find(|(three, _)| three.eq_ignore_ascii_case(language))
        .map_or(language, |(_, two)| two);
    let region = subtags
        .find(|s| s.len() == 2 || (s.len() == 3 && s.bytes().all(|b| b.is_ascii_digit())))
        .unwrap_or_default();
    (language, region)
}

/// Whether a voice for `voice` (its BCP-47 `lang`, as the phone gives it) reads text in `text` in its own
/// language. Same language, any region ("ar" is read by "ar-SA" and "ar-EG"). Dari (`prs`) is read only
/// by a Dari voice: `prs`, or Persian of Afghanistan (`fa-AF`); never plain Persian or `fa-IR`.
pub fn fits(voice: &str, text: &str) -> bool {
    let (voice, region) = parts(voice);
    let (text, _) = parts(text);
    let is = |a: &str, b: &str| a.eq_ignore_ascii_case(b);
    if is(text, "prs") {
        return is(voice, "prs") || (is(voice, "fa") && is(region, "af"));
    }
    !voice.is_empty() && is(voice, text)
}

/// The voice to read `lang` with, from the phone's voices as (lang, on the phone itself) pairs: the first
/// local voice of that language. A remote voice is never chosen, even when it is the only one.
pub fn choose(voices: &[(String, bool)], lang: &str) -> Option<usize> {
    voices
        .iter()
        .position(|(voice, local)| *local && fits(voice, lang))
}

/// One stretch of text as it will be spoken: spaces and line breaks as one space, trimmed; without the
/// invisible marker (U+2060) in front of a Dutch fallback (`ui::text::FALLBACK`).
pub fn spoken(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        let word = word.trim_start_matches('\u{2060}');
        if word.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn voices(list: &[(&str, bool)]) -> Vec<(String, bool)> {
        list.iter().map(|(l, b)| (l.to_string(), *b)).collect()
    }

    #[test]
    fn sentences_split_after_marks_followed_by_a_space() {
        assert_eq!(
            sentences("Je mag je school afmaken. Vraag het je mentor! Wanneer? Nu."),
            [
                "Je mag je school afmaken.",
                "Vraag het je mentor!",
                "Wanneer?",
                "Nu."
            ]
        );
        assert_eq!(
            sentences("Het is 1.5 jaar. Zie www.koers.nl voor meer"),
            ["Het is 1.5 jaar.", "Zie www.koers.nl voor meer"]
        );
        assert_eq!(sentences("  "), Vec::<&str>::new());
        assert_eq!(sentences("Geen punt"), ["Geen punt"]);
        assert_eq!(sentences("Een.  Twee.\nDrie."), ["Een.", "Twee.", "Drie."]);
    }

    #[test]
    fn sentences_split_arabic_and_ethiopic_marks() {
        assert_eq!(sentences("هل تذهب؟ نعم."), ["هل تذهب؟", "نعم."]);
        assert_eq!(sentences("ትምህርቲ።ሕቶ፧ እወ።"), ["ትምህርቲ።", "ሕቶ፧", "እወ።"]);
        assert_eq!(sentences("دا ښه دی۔ هو"), ["دا ښه دی۔", "هو"]);
    }

    #[test]
    fn nothing_is_lost_in_splitting() {
        let text = "Een. Twee! Drie? Vier";
        let joined: String = sentences(text).join(" ");
        assert_eq!(joined, text);
    }

    #[test]
    fn a_language_is_read_by_a_voice_of_that_language_only() {
        assert!(fits("ar-SA", "ar"));
        assert!(fits("ar_EG", "ar"));
        assert!(fits("nl-NL", "nl"));
        assert!(fits("nl-BE", "nl"));
        assert!(fits("NL", "nl"));
        assert!(fits("nld-NLD", "nl"));
        assert!(fits("en-GB", "en"));
        assert!(fits("ti-ER", "ti"));
        assert!(fits("so-SO", "so"));
        assert!(fits("ps-AF", "ps"));
        assert!(!fits("am-ET", "ti"), "Amharic is not Tigrinya");
        assert!(!fits("en-US", "nl"));
        assert!(!fits("nl-NL", "en"));
        assert!(!fits("", "nl"));
        assert!(!fits("nl-NL", ""));
        assert!(!fits("ur-PK", "ps"), "Urdu is not Pashto");
    }

    #[test]
    fn dari_is_read_by_dari_only_never_by_persian_of_iran() {
        assert!(fits("prs", "prs"));
        assert!(fits("prs-AF", "prs"));
        assert!(fits("fa-AF", "prs"));
        assert!(fits("fa_af", "prs"));
        assert!(fits("fas-AF", "prs"));
        assert!(!fits("fa-IR", "prs"));
        assert!(!fits("fa", "prs"));
        assert!(!fits("ps-AF", "prs"), "Pashto is not Dari");
        assert!(!fits("prs-AF", "ps"));
    }

    #[test]
    fn a_remote_voice_is_never_chosen() {
        let list = voices(&[("nl-NL", false)]);
        assert_eq!(choose(&list, "nl"), None, "the only Dutch voice is remote");
        let list = voices(&[("nl-NL", false), ("en-US", true), ("nl-BE", true)]);
        assert_eq!(choose(&list, "nl"), Some(2));
        assert_eq!(choose(&list, "en"), Some(1));
        assert_eq!(choose(&list, "ti"), None);
        assert_eq!(choose(&[], "nl"), None);
        let list = voices(&[("fa-IR", true), ("fa-AF", false)]);
        assert_eq!(choose(&list, "prs"), None);
    }

    #[test]
    fn spoken_text_has_single_spaces() {
        assert_eq!(spoken("  Je mag\n  blijven.  "), "Je mag blijven.");
        assert_eq!(spoken(""), "");
        // The invisible marker of a Dutch fallback is not spoken.
        assert_eq!(spoken("\u{2060}Wie kan helpen?"), "Wie kan helpen?");
        assert_eq!(spoken("Eerst. \u{2060}Dan"), "Eerst. Dan");
        assert_eq!(spoken("\u{2060} x"), "x");
    }
}

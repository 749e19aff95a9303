//! The tab's title: the screen's name, never anything the person wrote (tab titles end up in the
//! browser's history and in the app switcher).

/// Sets the title to "<screen> · Koers".
pub fn set(screen: &str) {
    let title = if screen.is_empty() {
        String::from("Koers")
    } else {
        [screen, " · Koers"].concat()
    };
    set_exact(&title);
}

/// Sets the title as given (the quick-exit screen shows only the time).
pub fn set_exact(title: &str) {
    if let Some(d) = web_sys::window().and_then(|w| w.document()) {
        d.set_title(title);
    }
}

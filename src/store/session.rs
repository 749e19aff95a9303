//! The browser session's own storage (`sessionStorage`), for the one thing that must survive a reload
//! but not the session: where a conversation is (`koers.talk`: topic ids, languages, step; no personal text).
//! Everything else lives in the document. Failures are quiet: a blocked session storage only means a
//! reload starts the conversation's choices again.

use crate::domain::talk::Session;

/// The key of the conversation in progress.
pub const TALK_KEY: &str = "koers.talk";

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok()?
}

/// The conversation this tab is in, if any.
pub fn talk() -> Option<Session> {
    let raw = storage()?.get_item(TALK_KEY).ok()??;
    Session::decode(&raw)
}

pub fn set_talk(session: &Session) {
    if let Some(s) = storage() {
        let _ = s.set_item(TALK_KEY, &session.encode());
    }
}

pub fn end_talk() {
    if let Some(s) = storage() {
        let _ = s.remove_item(TALK_KEY);
    }
}

/// Set by quick exit: this tab showed the neutral screen. A page that comes back through Back or Forward
/// (reloaded, or restored from the browser's page cache) shows the neutral screen again, not the data.
pub const EXIT_KEY: &str = "koers.exit";

pub fn set_exited() {
    if let Some(s) = storage() {
        let _ = s.set_item(EXIT_KEY, "1");
    }
}

pub fn exited() -> bool {
    storage()
        .and_then(|s| s.get_item(EXIT_KEY).ok().flatten())
        .is_some()
}

/// Koers was opened on purpose (a typed address, a bookmark, the home-screen icon, a reload).
pub fn clear_exited() {
    if let Some(s) = storage() {
        let _ = s.remove_item(EXIT_KEY);
    }
}

//! What sits below the fold waits until the top of the screen is painted.

use leptos::prelude::*;

/// Turns true once the browser has painted the screen as it is now: after the next frame, in a task of its own.
/// A screen puts what lies below the fold behind it (on My timeline: the story and the calendar export), so its
/// heading and first card appear without waiting for the rest. Measured: a repeat start offline painted its heading
/// about 50 ms sooner with 20 entries (docs/PERFORMANCE.md).
pub fn after_paint() -> ReadSignal<bool> {
    let (painted, set_painted) = signal(false);
    request_animation_frame(move || {
        // A frame's callbacks run before its paint; a task queued from one runs after it.
        set_timeout(
            move || {
                // The screen may be gone already (a quick tap elsewhere): then there is nothing to draw.
                let _ = set_painted.try_set(true);
            },
            std::time::Duration::ZERO,
        );
    });
    painted
}

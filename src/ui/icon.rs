//! Line icons drawn inline as SVG (no icon font, no request). Always shown next to words, never alone.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IconName {
    Compass,
    Timeline,
    School,
    Future,
    Me,
    Offline,
    Download,
    Refresh,
    Info,
    Phone,
    Shield,
    Language,
    Plane,
    Document,
    Chat,
    Letter,
    Scale,
    Home,
    Heart,
    Star,
    Dot,
    Lock,
    Calendar,
    Plus,
    Pencil,
    Cake,
    Flag,
    Exit,
    /// An arrow back (towards the start of the line; mirrored in right-to-left text).
    Back,
    /// A chevron forward, for links to another screen (mirrored in right-to-left text).
    Forward,
    Search,
    Plan,
    TextSize,
    /// Read aloud, and its controls.
    Speaker,
    Pause,
    Play,
    Stop,
    Slow,
}

/// The icon for a kind of timeline entry.
pub fn kind_icon(kind: crate::domain::timeline::EntryKind) -> IconName {
    use crate::domain::timeline::EntryKind as K;
    match kind {
        K::Arrival => IconName::Plane,
        K::Registration => IconName::Document,
        K::Interview => IconName::Chat,
        K::Decision(_) => IconName::Letter,
        K::Appeal => IconName::Scale,
        K::Move(_) => IconName::Home,
        K::School(_) => IconName::School,
        K::Talk(_) => IconName::Chat,
        K::Health => IconName::Heart,
        K::GoodMoment => IconName::Star,
        K::Other => IconName::Dot,
    }
}

/// A 24×24 stroke icon, hidden from screen readers because the words next to it say the same.
#[component]
pub fn Icon(name: IconName) -> impl IntoView {
    // One path per icon (circles and rectangles written as path data): a single view type for all
    // icons keeps the wasm small.
    let d = match name {
        IconName::Compass => "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M15.5 8.5l-2 5-5 2 2-5z",
        IconName::Timeline => {
            "M4 6a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M4 18a2 2 0 1 0 4 0a2 2 0 1 0 -4 0M6 8v8M11 6h9M11 18h9M11 12h6"
        }
        IconName::School => "M3 9l9-5 9 5-9 5zM7 11.5V16c0 1.5 2.5 3 5 3s5-1.5 5-3v-4.5M21 9v6",
        IconName::Future => "M12 3v18M5 6h11l3 3-3 3H5zM9 21h6",
        IconName::Me => "M8 8a4 4 0 1 0 8 0a4 4 0 1 0 -8 0M4 21c0-4 3.6-6 8-6s8 2 8 6",
        IconName::Offline => {
            "M3 3l18 18M7 18H6.5a4.5 4.5 0 0 1-.8-8.9M10 6.3A6 6 0 0 1 17.7 10 4 4 0 0 1 20 17"
        }
        IconName::Download => "M12 4v11M7 10l5 5 5-5M5 20h14",
        IconName::Refresh => "M20 12a8 8 0 1 1-2.3-5.7M20 4v5h-5",
        IconName::Info => "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M12 11v6M12 7.5v.01",
        IconName::Phone => {
            "M8 2h8a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H8a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2zM11 18h2"
        }
        IconName::Shield => "M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z",
        IconName::Language => {
            "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18"
        }
        IconName::Plane => "M3 14l7-2 4-8 2 1-2 7 6 2v2l-6-1-3 5H9l1-5-7 1z",
        IconName::Document => "M7 3h7l4 4v14H7zM14 3v4h4M10 12h5M10 16h5",
        IconName::Chat => "M4 5h16v11H9l-5 4z",
        IconName::Letter => "M3 6h18v12H3zM3 7l9 6 9-6",
        IconName::Scale => "M12 4v16M7 20h10M5 8h14M5 8l-3 6h6zM19 8l-3 6h6z",
        IconName::Home => "M4 11l8-7 8 7M6 9.5V20h12V9.5M10 20v-5h4v5",
        IconName::Heart => "M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.5A4 4 0 0 1 19 10c0 5.5-7 10-7 10z",
        IconName::Star => {
            "M12 3l2.7 5.6 6.1.8-4.5 4.2 1.1 6L12 16.8 6.6 19.6l1.1-6L3.2 9.4l6.1-.8z"
        }
        IconName::Dot => "M8 12a4 4 0 1 0 8 0a4 4 0 1 0 -8 0",
        IconName::Lock => {
            "M7 11h10a2 2 0 0 1 2 2v6a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2v-6a2 2 0 0 1 2-2zM8 11V8a4 4 0 0 1 8 0v3"
        }
        IconName::Calendar => "M4 6h16v14H4zM4 10h16M8 3v5M16 3v5",
        IconName::Plus => "M12 5v14M5 12h14",
        IconName::Pencil => "M4 20l1-5L16 4l4 4L9 19zM14 6l4 4",
        IconName::Cake => {
            "M4 20h16v-8H4zM4 15c2 1.5 4 1.5 6 0s4-1.5 6 0 2.7 1 4 0M12 12V8M12 4.5v.01"
        }
        IconName::Flag => "M5 21V4M5 4h11l-2 4 2 4H5",
        IconName::Exit => "M14 4h5v16h-5M10 8l-4 4 4 4M6 12h10",
        IconName::Back => "M19 12H5M11 6l-6 6 6 6",
        IconName::Forward => "M9 5l7 7-7 7",
        IconName::Search => "M4 11a7 7 0 1 0 14 0a7 7 0 1 0 -14 0M16 16l5 5",
        IconName::Plan => "M9 3h6v3H9zM7 4.5H5V21h14V4.5h-2M8 12l2 2 4-4M8 17h8",
        IconName::TextSize => "M3 19l5-14 5 14M5 14h6M14 19l3.5-9 3.5 9M15.2 16h4.6",
        IconName::Speaker => "M4 9h4l5-4v14l-5-4H4zM16 9a4 4 0 0 1 0 6M18.5 6.5a7.5 7.5 0 0 1 0 11",
        IconName::Pause => "M8 5v14M16 5v14",
        IconName::Play => "M7 4l13 8-13 8z",
        IconName::Stop => "M6 6h12v12H6z",
        IconName::Slow => "M3 12a9 9 0 1 0 18 0a9 9 0 1 0 -18 0M12 7v5l3 2",
    };
    // Icons that point along the line of text turn around in right-to-left text (style/main.css).
    let class = match name {
        IconName::Back | IconName::Forward | IconName::Future | IconName::Exit => "icon icon-flip",
        _ => "icon",
    };
    view! {
        <svg class=class viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d=d/>
        </svg>
    }
}

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
}

/// A 24×24 stroke icon, hidden from screen readers because the words next to it say the same.
#[component]
pub fn Icon(name: IconName) -> impl IntoView {
    let shape = match name {
        IconName::Compass => view! {
            <circle cx="12" cy="12" r="9"/>
            <path d="M15.5 8.5l-2 5-5 2 2-5z"/>
        }
        .into_any(),
        IconName::Timeline => view! {
            <circle cx="6" cy="6" r="2"/>
            <circle cx="6" cy="18" r="2"/>
            <path d="M6 8v8M11 6h9M11 18h9M11 12h6"/>
        }
        .into_any(),
        IconName::School => view! { <path d="M3 9l9-5 9 5-9 5zM7 11.5V16c0 1.5 2.5 3 5 3s5-1.5 5-3v-4.5M21 9v6"/> }.into_any(),
        IconName::Future => view! { <path d="M12 3v18M5 6h11l3 3-3 3H5zM9 21h6"/> }.into_any(),
        IconName::Me => view! {
            <circle cx="12" cy="8" r="4"/>
            <path d="M4 21c0-4 3.6-6 8-6s8 2 8 6"/>
        }
        .into_any(),
        IconName::Offline => view! { <path d="M3 3l18 18M7 18H6.5a4.5 4.5 0 0 1-.8-8.9M10 6.3A6 6 0 0 1 17.7 10 4 4 0 0 1 20 17"/> }
            .into_any(),
        IconName::Download => view! { <path d="M12 4v11M7 10l5 5 5-5M5 20h14"/> }.into_any(),
        IconName::Refresh => view! { <path d="M20 12a8 8 0 1 1-2.3-5.7M20 4v5h-5"/> }.into_any(),
        IconName::Info => view! {
            <circle cx="12" cy="12" r="9"/>
            <path d="M12 11v6M12 7.5v.01"/>
        }
        .into_any(),
        IconName::Phone => view! {
            <rect x="6" y="2" width="12" height="20" rx="2"/>
            <path d="M11 18h2"/>
        }
        .into_any(),
        IconName::Shield => view! { <path d="M12 3l8 3v6c0 5-3.5 8-8 9-4.5-1-8-4-8-9V6z"/> }.into_any(),
        IconName::Language => view! {
            <circle cx="12" cy="12" r="9"/>
            <path d="M3 12h18M12 3c3 3 3 15 0 18M12 3c-3 3-3 15 0 18"/>
        }
        .into_any(),
    };
    view! {
        <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            {shape}
        </svg>
    }
}

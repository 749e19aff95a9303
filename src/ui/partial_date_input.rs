//! A date picker that accepts what people know: only the year, the year and month, or the full date.
//! Three native selects (easy with one thumb); month and day can be "I don't know".

use super::format::month_name;
use crate::domain::date::{PartialDate, days_in_month};
use crate::ui::text::loc;
use leptos::prelude::*;

/// `value` holds the picked date. With `optional`, an empty year means "no date" (`None`).
#[component]
pub fn PartialDateInput(
    legend: AnyView,
    id: &'static str,
    value: RwSignal<Option<PartialDate>>,
    min_year: i32,
    max_year: i32,
    #[prop(optional)] optional: bool,
    #[prop(optional, into)] described_by: Option<Signal<Option<String>>>,
) -> impl IntoView {
    let initial = value.get_untracked();
    let year = RwSignal::new(initial.map(|p| p.year().to_string()).unwrap_or_default());
    let month = RwSignal::new(
        initial
            .and_then(|p| p.month())
            .map(|m| m.to_string())
            .unwrap_or_default(),
    );
    let day = RwSignal::new(
        initial
            .and_then(|p| p.day())
            .map(|d| d.to_string())
            .unwrap_or_default(),
    );
    let update = move || {
        let y = year.get_untracked().parse::<i32>().ok();
        let m = month.get_untracked().parse::<u8>().ok();
        let mut d = day.get_untracked().parse::<u8>().ok();
        if let (Some(y), Some(m), Some(dd)) = (y, m, d)
            && dd > days_in_month(y, m)
        {
            d = Some(days_in_month(y, m));
            day.set(d.map(|v| v.to_string()).unwrap_or_default());
        }
        value.set(y.and_then(|y| PartialDate::from_parts(y, m, m.and(d))));
    };
    let years = move || {
        (min_year..=max_year)
            .rev()
            .map(|y| view! { <option value=y.to_string() selected=move || year.get() == y.to_string()>{y}</option> })
            .collect_view()
    };
    let months = {
        let locale = loc();
        (1..=12u8)
            .map(|m| view! { <option value=m.to_string() selected=move || month.get() == m.to_string()>{month_name(locale, m)}</option> })
            .collect_view()
    };
    let days = move || {
        let max = match (year.get().parse::<i32>(), month.get().parse::<u8>()) {
            (Ok(y), Ok(m)) => days_in_month(y, m),
            _ => 31,
        };
        (1..=max).map(|d| view! { <option value=d.to_string() selected=move || day.get() == d.to_string()>{d}</option> }).collect_view()
    };
    let described = move || described_by.and_then(|s| s.get());
    view! {
        <fieldset class="date-input" aria-describedby=described>
            <legend>{legend}</legend>
            <div class="date-parts">
                <label class="date-part">
                    <span>{crate::tr!(form.year)}</span>
                    <select id=id on:change=move |ev| { year.set(event_target_value(&ev)); update(); }>
                        {optional.then(|| view! { <option value="" selected=move || year.get().is_empty()>{crate::tr!(form.no_date)}</option> })}
                        {years}
                    </select>
                </label>
                <label class="date-part">
                    <span>{crate::tr!(form.month)}</span>
                    <select
                        disabled=move || year.get().is_empty()
                        on:change=move |ev| { month.set(event_target_value(&ev)); if month.get_untracked().is_empty() { day.set(String::new()); } update(); }
                    >
                        <option value="" selected=move || month.get().is_empty()>{crate::tr!(form.unknown)}</option>
                        {months}
                    </select>
                </label>
                <label class="date-part">
                    <span>{crate::tr!(form.day)}</span>
                    <select disabled=move || month.get().is_empty() on:change=move |ev| { day.set(event_target_value(&ev)); update(); }>
                        <option value="" selected=move || day.get().is_empty()>{crate::tr!(form.unknown)}</option>
                        {days}
                    </select>
                </label>
            </div>
        </fieldset>
    }
}

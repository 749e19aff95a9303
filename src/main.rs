//! Mounts the app. Nothing else.

#[cfg(target_arch = "wasm32")]
fn main() {
    // No console_error_panic_hook: it costs ~1 KB of the download budget, and a panic (which the code avoids;
    // storage errors are values) still shows as an error in the console. Add it back for debugging.
    leptos::mount::mount_to_body(koers::app::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "Koers runs in the browser: build it with `make build` and serve it with `make serve`."
    );
}

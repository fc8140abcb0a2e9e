fn main() {
    #[cfg(target_arch = "wasm32")]
    taizhou_plan::ui::start();
}

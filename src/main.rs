fn main() {
    taizhou_plan::ui::start();
}

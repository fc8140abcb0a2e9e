//! The chart component: it owns a `<canvas>` on the page and draws a spec
//! on it. [`draw_on`] is the one place a plotters `CanvasBackend` is made:
//! the component, the PNG download and the poster (`ui::download`,
//! `ui::share`, on canvases of their own off the page) all draw through it.
//!
//! The backing store is the CSS size × `devicePixelRatio` (plotters lays out
//! in backing pixels and ignores the ratio), redrawn when the container
//! resizes. Pointer and keyboard move a highlighted mark; a tooltip and an
//! `aria-live` region say which. Listeners and the observer are held in
//! values whose `Drop` removes them.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlCanvasElement, ResizeObserver, ResizeObserverEntry};
use yew::prelude::*;

use crate::charts::{draw, ChartSpec, ChartStyle, Geometry, LARGE_TEXT};
use crate::i18n::{self, Lang};
use crate::state::Shared;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Variant {
    /// The indicator chart: axes, labels, tooltips, keyboard.
    Full,
    /// A sparkline on a scorecard card.
    Spark,
}

#[derive(Properties, PartialEq, Clone)]
pub struct ChartCanvasProps {
    pub spec: Shared<ChartSpec>,
    pub lang: Lang,
    pub variant: Variant,
    /// The chart's text alternative, used as its accessible name.
    pub label: AttrValue,
    /// The target as worded, drawn beside the goal.
    pub goal_label: AttrValue,
    #[prop_or_default]
    pub describedby: Option<AttrValue>,
}

thread_local! {
    static FIRST_CHART_MARKED: Cell<bool> = const { Cell::new(false) };
}

/// Watches an element's width; disconnects when dropped.
///
/// The width comes from the observer's entry, which the browser measured in
/// its own layout pass (it reports once on `observe`). Asking the element
/// (`getBoundingClientRect`) would force a layout of the page for every
/// chart as it mounts: on hydration, one per scorecard card.
struct SizeWatch {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl SizeWatch {
    fn new(el: &Element, on_width: impl Fn(f64) + 'static) -> Option<SizeWatch> {
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
            let last = entries.iter().last().map(|e| e.unchecked_into::<ResizeObserverEntry>());
            // `.chart` has no padding or border: its content box is its width.
            if let Some(entry) = last {
                on_width(entry.content_rect().width());
            }
        });
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
        observer.observe(el);
        Some(SizeWatch { observer, _callback: callback })
    }
}

impl Drop for SizeWatch {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

fn device_pixel_ratio() -> f64 {
    web_sys::window().map(|w| w.device_pixel_ratio()).filter(|r| *r > 0.0).unwrap_or(1.0)
}

/// CSS height for a chart of CSS width `w`.
fn height_for(variant: Variant, w: f64, text: f64) -> f64 {
    match variant {
        Variant::Full => (w * 0.52).clamp(220.0 * text, 440.0 * text),
        Variant::Spark => 44.0,
    }
}

/// Sizes the backing store and draws.
fn paint(
    canvas: &HtmlCanvasElement,
    spec: &ChartSpec,
    css: (f64, f64),
    dpr: f64,
    style: &ChartStyle,
) -> Option<Geometry> {
    let (bw, bh) = ((css.0 * dpr).round() as u32, (css.1 * dpr).round() as u32);
    if canvas.width() != bw {
        canvas.set_width(bw);
    }
    if canvas.height() != bh {
        canvas.set_height(bh);
    }
    // Unchanged, the height is not written again: a write invalidates the
    // page's layout.
    let height = format!("{}px", css.1);
    let css_style = canvas.style();
    if css_style.get_property_value("height").ok().as_deref() != Some(height.as_str()) {
        let _ = css_style.set_property("height", &height);
    }
    draw_on(canvas, |root| draw(root, spec, style)).ok()
}

/// Draws with `f` on `canvas` through plotters' `CanvasBackend`, and shows
/// what was drawn.
pub fn draw_on<T, E: std::fmt::Display>(
    canvas: &HtmlCanvasElement,
    f: impl FnOnce(&DrawingArea<CanvasBackend, plotters::coord::Shift>) -> Result<T, E>,
) -> Result<T, JsValue> {
    let fail = |e: &dyn std::fmt::Display| JsValue::from_str(&e.to_string());
    let root = CanvasBackend::with_canvas_object(canvas.clone())
        .ok_or_else(|| JsValue::from_str("no 2d context"))?
        .into_drawing_area();
    let out = f(&root).map_err(|e| fail(&e))?;
    root.present().map_err(|e| fail(&e))?;
    Ok(out)
}

/// A canvas off the page, `width` × `height` pixels, to draw a file on.
pub fn detached_canvas(width: u32, height: u32) -> Result<HtmlCanvasElement, JsValue> {
    let canvas: HtmlCanvasElement = gloo::utils::document().create_element("canvas")?.dyn_into()?;
    canvas.set_width(width);
    canvas.set_height(height);
    Ok(canvas)
}

/// Marks are visited by the keyboard in year order, a year's series mark
/// first: the order of `ChartSpec::marks`.
fn key_order(geometry: &Geometry) -> Vec<usize> {
    (0..geometry.points.len()).collect()
}

#[component]
pub fn ChartCanvas(props: &ChartCanvasProps) -> Html {
    let wrap = use_node_ref();
    let canvas = use_node_ref();
    let width = use_state_eq(|| 0.0_f64);
    let dpr = use_state_eq(|| 1.0_f64);
    let active = use_state_eq(|| None::<usize>);
    let geometry: Rc<RefCell<Option<Geometry>>> = use_mut_ref(|| None);
    let variant = props.variant;

    {
        let (wrap, width, dpr) = (wrap.clone(), width.clone(), dpr.clone());
        use_effect_with((), move |_| {
            let watch = wrap.cast::<Element>().and_then(|el| {
                SizeWatch::new(&el, move |w| {
                    width.set(w);
                    dpr.set(device_pixel_ratio());
                })
            });
            move || drop(watch)
        });
    }

    {
        let (canvas, geometry) = (canvas.clone(), geometry.clone());
        // The reader's modes: larger text and thicker lines, black labels.
        let modes = use_context::<super::nav::Nav>().map(|n| n.modes).unwrap_or_default();
        let deps = (props.spec.clone(), *width, *dpr, *active, props.lang, props.goal_label.clone(), modes);
        use_effect_with(deps, move |(spec, w, dpr, active, lang, goal, modes)| {
            let canvas = canvas.cast::<HtmlCanvasElement>().filter(|_| *w >= 1.0);
            let pending = canvas.and_then(|c| {
                let style = ChartStyle {
                    scale: *dpr,
                    compact: variant == Variant::Spark,
                    active: *active,
                    lang: *lang,
                    goal_label: goal.to_string(),
                    frame: None,
                    text: if modes.large_text { LARGE_TEXT } else { 1.0 },
                    high_contrast: modes.high_contrast,
                };
                let (spec, w, dpr) = (spec.clone(), *w, *dpr);
                // A full chart's first drawing runs in a task of its own: it
                // follows the view's first layout, in the same frame, and the
                // two together held the main thread longest at start-up.
                // Redraws (a key, the pointer, a resize) draw at once.
                let first = variant == Variant::Full && geometry.borrow().is_none();
                let draw = move || {
                    let perf = web_sys::window().and_then(|w| w.performance());
                    if let (Some(p), Variant::Full) = (&perf, variant) {
                        let _ = p.mark("tz:draw-start");
                    }
                    *geometry.borrow_mut() = paint(&c, &spec, (w, height_for(variant, w, style.text)), dpr, &style);
                    if let Some(p) = &perf {
                        if variant == Variant::Full {
                            let _ = p.mark("tz:draw-end");
                            let _ = p.measure_with_start_mark_and_end_mark("tz:redraw", "tz:draw-start", "tz:draw-end");
                        }
                        if !FIRST_CHART_MARKED.with(|m| m.replace(true)) {
                            let _ = p.mark("tz:chart");
                        }
                    }
                };
                if first {
                    Some(gloo::timers::callback::Timeout::new(0, draw))
                } else {
                    draw();
                    None
                }
            });
            move || drop(pending)
        });
    }

    // The tooltip is placed through the CSS object model, not a style
    // attribute, so a strict style-src Content-Security-Policy allows it.
    let tip_ref = use_node_ref();
    {
        let tip_ref = tip_ref.clone();
        use_effect_with((*active, *width), move |_| {
            if let Some(el) = tip_ref.cast::<web_sys::HtmlElement>() {
                let style = el.style();
                for (prop, attr) in [("left", "data-x"), ("top", "data-y")] {
                    let v = el.get_attribute(attr).unwrap_or_default();
                    let _ = style.set_property(prop, &format!("{v}px"));
                }
                let _ = style.set_property("visibility", "visible");
            }
        });
    }
    let interactive = variant == Variant::Full && !props.spec.is_empty();
    let onpointermove = {
        let (geometry, active, dpr) = (geometry.clone(), active.clone(), *dpr);
        Callback::from(move |e: PointerEvent| {
            let px = ((f64::from(e.offset_x()) * dpr).round() as i32, (f64::from(e.offset_y()) * dpr).round() as i32);
            let hit = geometry.borrow().as_ref().and_then(|g| g.hit(px));
            if hit.is_some() || e.pointer_type() == "mouse" {
                active.set(hit);
            }
        })
    };
    let onpointerleave = {
        let active = active.clone();
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() == "mouse" {
                active.set(None);
            }
        })
    };
    let onkeydown = {
        let (geometry, active) = (geometry.clone(), active.clone());
        Callback::from(move |e: KeyboardEvent| {
            let order = geometry.borrow().as_ref().map(key_order).unwrap_or_default();
            if order.is_empty() {
                return;
            }
            let at = (*active).and_then(|a| order.iter().position(|&i| i == a));
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowUp" => Some(at.map_or(0, |p| (p + 1).min(order.len() - 1))),
                "ArrowLeft" | "ArrowDown" => Some(at.map_or(order.len() - 1, |p| p.saturating_sub(1))),
                "Home" => Some(0),
                "End" => Some(order.len() - 1),
                "Escape" => {
                    active.set(None);
                    return;
                }
                _ => return,
            };
            e.prevent_default();
            active.set(next.map(|p| order[p]));
        })
    };
    let onblur = {
        let active = active.clone();
        Callback::from(move |_: FocusEvent| active.set(None))
    };

    let lang = props.lang;
    let tip = (*active).and_then(|i| {
        let m = props.spec.marks.get(i)?;
        let (x, y) = *geometry.borrow().as_ref()?.points.get(i)?;
        Some((m, f64::from(x) / *dpr, f64::from(y) / *dpr))
    });
    // In a chart of several series, which one the point belongs to comes first.
    let series_name = |m: &crate::charts::Mark| props.spec.series.get(m.series).map(|x| x.name.clone());
    let announcement = tip.map(|(m, _, _)| {
        let sep = if lang == Lang::Zh { "；" } else { "; " };
        let name = series_name(m).map(|n| format!("{n}{sep}")).unwrap_or_default();
        format!("{name}{}{sep}{}", i18n::figure_with_year(lang, &m.figure), i18n::source_line(lang, &m.figure))
    });

    let class = match variant {
        Variant::Full => "chart chart-full",
        Variant::Spark => "chart chart-spark",
    };
    html! {
        <div class={class} ref={wrap}>
            <canvas ref={canvas}
                role="img"
                aria-label={props.label.clone()}
                aria-describedby={props.describedby.clone()}
                tabindex={interactive.then_some("0")}
                onpointermove={interactive.then_some(onpointermove.clone())}
                onpointerdown={interactive.then_some(onpointermove)}
                onpointerleave={interactive.then_some(onpointerleave)}
                onkeydown={interactive.then_some(onkeydown)}
                onblur={interactive.then_some(onblur)}
            ></canvas>
            if let Some((m, x, y)) = tip {
                <div class="tooltip" role="tooltip" ref={tip_ref.clone()} data-x={format!("{x:.0}")} data-y={format!("{y:.0}")}>
                    if let Some(name) = series_name(m) { <span>{ name }</span> }
                    <strong>{ i18n::figure_with_year(lang, &m.figure) }</strong>
                    <span>{ format!("{}{}{}", i18n::t(lang, i18n::Text::SourceLabel), if lang == Lang::Zh { "：" } else { ": " }, m.figure.source.publisher) }</span>
                    <span class="muted">{ format!("{} · {} {}", m.figure.scope, i18n::t(lang, i18n::Text::ConfidenceLabel), i18n::confidence_name(lang, m.figure.confidence)) }</span>
                </div>
            }
            if interactive {
                <p class="visually-hidden chart-live" aria-live="polite">{ announcement.unwrap_or_default() }</p>
            }
        </div>
    }
}

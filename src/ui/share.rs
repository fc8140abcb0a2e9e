//! "分享 / Share": the view as a poster for WeChat (drawn in the page by
//! `charts::poster`, with the chart where there is one and a QR code of the
//! view's permalink), shown as an image to long-press or save.

use std::rc::Rc;

use yew::prelude::*;

use crate::charts::poster::{Poster, Qr};
use crate::charts::{ChartSpec, ChartStyle};
use crate::i18n::{self, t, tx, verdict_name, Lang, Text, X};
use crate::model::atlas::Place;
use crate::route::{UrlState, View};
use crate::state::{AppState, Loaded};

/// The poster's words for the view on screen, and its chart if it has one.
pub fn poster_for(state: &AppState, url: &str) -> Option<(Poster, Option<Rc<ChartSpec>>)> {
    let lang = state.url.lang;
    let loaded: &Rc<Loaded> = state.shown().ok()?;
    let site = t(lang, Text::Title).to_string();
    let scan = t(lang, Text::ScanToOpen).to_string();
    let stamp = i18n::data_stamp(lang, loaded.data.edition(), loaded.latest_year).unwrap_or_default();
    let poster = |title: String, headline: String, lines: Vec<String>| Poster {
        site: site.clone(),
        title,
        headline,
        lines,
        scan: scan.clone(),
        url: url.to_string(),
        stamp: stamp.clone(),
    };
    let atlas = state.bundle().map(|b| &b.atlas);
    let f = &state.url.filters;
    let colon = lang.pick("：", ": ");
    // A place's latest figures, each with its year, period and publisher.
    let latest_lines = |mut figs: Vec<&crate::model::atlas::PlaceFigure>| -> Vec<String> {
        figs.sort_by_key(|x| std::cmp::Reverse(x.year));
        figs.iter()
            .take(4)
            .map(|x| {
                let (open, close) = (lang.pick("（", " ("), lang.pick("）", ")"));
                format!(
                    "{}{colon}{}{open}{} {}{close} · {}",
                    lang.pick(&x.metric_zh, &x.metric_en),
                    i18n::value(lang, &x.value, &x.unit),
                    x.year,
                    i18n::period_name(lang, &x.period),
                    x.source.publisher
                )
            })
            .collect()
    };
    Some(match (&state.url.view, atlas) {
        (View::Indicator(id), _) => {
            let card = loaded.card(id)?;
            let mut lines = vec![format!(
                "{}{colon}{} · {}",
                t(lang, Text::TargetLabel),
                i18n::target_wording(lang, &card.target),
                i18n::by_year(lang, card.target.target_year)
            )];
            match &card.latest {
                Some(fig) => {
                    lines.push(format!("{}{colon}{}", t(lang, Text::LatestLabel), i18n::figure_with_year(lang, fig)))
                }
                None => lines.push(t(lang, Text::NoFigure).to_string()),
            }
            if let Some(fig) = &card.latest {
                lines.push(i18n::source_line(lang, fig));
            }
            let title = i18n::target_name(lang, &card.target).to_string();
            (poster(title, i18n::status_label(lang, card.status), lines), loaded.spec(id).cloned())
        }
        (View::Parks, Some(a)) if f.park.is_some() => {
            let p = a.park(f.park.as_deref()?)?;
            let counties: Vec<&str> =
                p.counties.iter().filter_map(|k| a.county(k)).map(|k| lang.pick(&k.name_zh, &k.name_en)).collect();
            let headline = format!("{} · {}", i18n::level_name(lang, p.level), i18n::status_name(lang, p.status));
            let mut lines = vec![
                format!("{}{colon}{}", tx(lang, X::ColCounties), counties.join("、")),
                format!("{}{colon}{}", tx(lang, X::ColApproved), i18n::approved(lang, &p.approved)),
            ];
            lines.extend(latest_lines(a.figures_of(Place::Park, &p.id)));
            (poster(lang.pick(&p.name_zh, &p.name_en).to_string(), headline, lines), None)
        }
        (View::Counties, Some(a)) if f.county.is_some() => {
            let k = a.county(f.county.as_deref()?)?;
            let parks = a.parks.iter().filter(|p| p.counties.contains(&k.id)).count();
            let headline = i18n::with_count(lang, i18n::view_name(lang, &View::Parks), parks);
            let lines = latest_lines(a.figures_of(Place::County, &k.id));
            (poster(lang.pick(&k.name_zh, &k.name_en).to_string(), headline, lines), None)
        }
        (View::Clusters, Some(a)) if f.clusters.len() == 1 => {
            let c = a.cluster(&f.clusters[0])?;
            let series = a.output_series(&loaded.data, std::slice::from_ref(&c.id));
            let latest = series
                .iter()
                .filter(|s| s.place.is_none())
                .filter_map(|s| s.latest().map(|p| (p, &s.unit)))
                .max_by_key(|(p, _)| p.year);
            let headline = match latest {
                Some((pt, unit)) => format!("{} · {}", i18n::value(lang, &pt.value, unit), pt.year),
                None => i18n::group_name(lang, c.group).to_string(),
            };
            let lines = vec![i18n::group_name(lang, c.group).to_string(), format!("“{}”", c.phrase)];
            (poster(lang.pick(&c.name_zh, &c.name_en).to_string(), headline, lines), None)
        }
        (view, _) => {
            let v = loaded.scorecard.verdict;
            let counts = v
                .parts()
                .iter()
                .filter(|(_, n)| *n > 0)
                .map(|(part, n)| format!("{n} {}", verdict_name(lang, *part)))
                .collect::<Vec<_>>()
                .join(lang.pick("，", ", "));
            let headline = format!("{} {}", v.total(), t(lang, Text::TargetsTotal));
            let title = match view {
                View::Scorecard => t(lang, Text::PlanTitle).to_string(),
                v => i18n::view_name(lang, v).to_string(),
            };
            (poster(title, headline, vec![counts]), None)
        }
    })
}

/// The permalink of the view on screen: this page's address for it, without
/// embed mode's options; or, in a frame, the address the portal gave for
/// the widget (`share=` in the embed code).
pub fn permalink(url: &UrlState) -> String {
    if let Some(share) = url.embed.as_ref().and_then(|e| e.share.clone()) {
        return share;
    }
    let location = web_sys::window().map(|w| w.location());
    let base = location.and_then(|l| Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))).unwrap_or_default();
    format!("{base}{}", UrlState { embed: None, ..url.clone() }.print())
}

/// Draws the poster into a detached canvas: its PNG as a data URL.
fn render(poster: &Poster, chart: Option<(&ChartSpec, &ChartStyle)>) -> Result<String, wasm_bindgen::JsValue> {
    use crate::charts::poster::{draw_poster, POSTER_HEIGHT, POSTER_WIDTH};
    let qr =
        Qr::of(&poster.url).ok_or_else(|| wasm_bindgen::JsValue::from_str("the address is too long for a QR code"))?;
    let canvas = super::chart::detached_canvas(POSTER_WIDTH, POSTER_HEIGHT)?;
    super::chart::draw_on(&canvas, |root| draw_poster(root, poster, &qr, chart))?;
    canvas.to_data_url()
}

#[derive(Properties)]
pub struct ShareProps {
    /// The app's state as the reducer holds it: no copy of it per render.
    pub state: UseReducerHandle<AppState>,
}

impl PartialEq for ShareProps {
    /// The same state, not an equal one: the reducer makes a new one for
    /// every change, and comparing two in depth costs more than the render.
    fn eq(&self, o: &Self) -> bool {
        std::ptr::eq::<AppState>(&*self.state, &*o.state)
    }
}

/// The share button, and the poster it makes (an image with its text as
/// `alt`, and a link that saves it).
#[component]
pub fn ShareButton(props: &ShareProps) -> Html {
    let lang = props.state.url.lang;
    let made = use_state_eq(|| None::<Result<(String, String), String>>);
    // A new view: the old poster is not this view's.
    {
        let made = made.clone();
        use_effect_with(props.state.url.clone(), move |_| made.set(None));
    }
    let onclick = {
        let (state, made) = (props.state.clone(), made.clone());
        Callback::from(move |_: MouseEvent| {
            let url = permalink(&state.url);
            let Some((poster, spec)) = poster_for(&state, &url) else { return };
            let style = spec.as_ref().and_then(|_| match &state.url.view {
                View::Indicator(id) => state
                    .shown()
                    .ok()?
                    .card(id)
                    .map(|c| ChartStyle::new(lang, crate::charts::chart_goal_label(lang, &c.target))),
                _ => None,
            });
            let chart = spec.as_deref().zip(style.as_ref());
            let alt =
                format!("{} · {} · {} · {}", poster.title, poster.headline, poster.lines.join(" · "), poster.stamp);
            made.set(Some(render(&poster, chart).map(|png| (png, alt)).map_err(|e| format!("{e:?}"))));
        })
    };
    let close = {
        let made = made.clone();
        Callback::from(move |_: MouseEvent| made.set(None))
    };
    let file = match &props.state.url.view {
        View::Indicator(id) => format!("taizhou-plan-{id}-share.png"),
        _ => "taizhou-plan-share.png".to_string(),
    };
    html! {
        <div class="share">
            <button type="button" id="share-button" class="share-button" {onclick}
                aria-expanded={if made.is_some() { "true" } else { "false" }} aria-controls="share-panel">
                { t(lang, Text::Share) }
            </button>
            if let Some(result) = &*made {
                <div id="share-panel" class="share-panel" role="group" aria-label={t(lang, Text::Share)}>
                    { match result {
                        Ok((png, alt)) => html! {
                            <>
                                <p class="small">{ t(lang, Text::ShareHint) }</p>
                                <img class="share-poster" src={png.clone()} alt={alt.clone()} width="540" height="720" />
                                <p><a href={png.clone()} download={file.clone()} class="share-save">{ t(lang, Text::ShareSave) }</a>
                                    { " · " }<button type="button" class="share-close" onclick={close}>{ t(lang, Text::Close) }</button></p>
                            </>
                        },
                        Err(e) => html! { <p class="error" role="alert">{ e.clone() }</p> },
                    } }
                </div>
            }
        </div>
    }
}

/// A QR code as one SVG path: its side in modules (with the quiet zone)
/// and the path of its dark modules.
#[derive(Clone, PartialEq)]
struct QrPath {
    side: usize,
    d: String,
}

impl QrPath {
    fn of(qr: &Qr) -> QrPath {
        let mut d = String::new();
        for y in 0..qr.width {
            for x in 0..qr.width {
                if qr.is_dark(x, y) {
                    d.push_str(&format!("M{},{}h1v1h-1z", x + 4, y + 4));
                }
            }
        }
        QrPath { side: qr.width + 8, d }
    }

    fn svg(&self, label: &'static str) -> Html {
        let side = self.side.to_string();
        html! {
            <svg class="print-qr" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={label}>
                <rect width={side.clone()} height={side} fill="#fff" />
                <path d={self.d.clone()} fill="#000" />
            </svg>
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct PrintStampProps {
    pub lang: Lang,
    pub url: UrlState,
}

/// On paper only: a QR code of the view's permalink in the page's corner,
/// and the address (the data's edition is under the title).
#[component]
pub fn PrintStamp(props: &PrintStampProps) -> Html {
    // The view's permalink and its QR code.
    let stamp = use_state_eq(|| None::<(String, Option<QrPath>)>);
    {
        // The address is known in the browser only. The QR code is made once
        // per address, in a task of its own, after the view is on screen and
        // answering (a print comes much later): not in the task that renders
        // a navigation or the page's start.
        let stamp = stamp.clone();
        use_effect_with(props.url.clone(), move |url| {
            let url = url.clone();
            let later = gloo::timers::callback::Timeout::new(0, move || {
                let address = permalink(&url);
                let qr = Qr::of(&address).map(|q| QrPath::of(&q));
                stamp.set(Some((address, qr)));
            });
            move || drop(later)
        });
    }
    let lang = props.lang;
    let Some((address, qr)) = &*stamp else { return html! {} };
    html! {
        <div class="print-stamp" aria-hidden="true">
            if let Some(qr) = qr { { qr.svg(t(lang, Text::ScanToOpen)) } }
            <p class="print-address">{ address.clone() }</p>
        </div>
    }
}

//! The plan's full text with every target's words marked and linked to its
//! chart; `?view=plan#<target id>` scrolls to a target's words.
//!
//! The text is not in the bundle: it is fetched from `data/plan.txt` (written
//! by the build next to the page) the first time the view opens, and kept.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use super::nav::{scroll_to_hash, Link};
use crate::i18n::{t, Lang, Text};
use crate::model::plan::{Block, MarkedBlock, PlanText};
use crate::route::View;

const PLAN_URL: &str = "data/plan.txt";

thread_local! {
    static CACHE: RefCell<Option<Rc<Vec<MarkedBlock>>>> = const { RefCell::new(None) };
}

#[derive(Clone, PartialEq)]
enum Loading {
    Pending,
    Failed(String),
    Ready(Rc<Vec<MarkedBlock>>),
}

#[derive(Properties, Clone)]
pub struct PlanViewProps {
    pub lang: Lang,
    /// (target id, phrase), in scorecard order.
    pub phrases: Rc<Vec<(String, String)>>,
}

impl PartialEq for PlanViewProps {
    fn eq(&self, o: &Self) -> bool {
        self.lang == o.lang && Rc::ptr_eq(&self.phrases, &o.phrases)
    }
}

async fn fetch_text(url: &str) -> Result<String, String> {
    let js = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response =
        JsFuture::from(window.fetch_with_str(url)).await.map_err(js)?.dyn_into().map_err(js)?;
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(js)?).await.map_err(js)?;
    text.as_string().ok_or_else(|| "not text".into())
}

#[component]
pub fn PlanView(props: &PlanViewProps) -> Html {
    let lang = props.lang;
    let state = use_state(|| CACHE.with(|c| c.borrow().clone()).map_or(Loading::Pending, Loading::Ready));
    {
        let (state, phrases) = (state.clone(), props.phrases.clone());
        use_effect_with((), move |_| {
            if *state == Loading::Pending {
                wasm_bindgen_futures::spawn_local(async move {
                    match fetch_text(PLAN_URL).await {
                        Ok(text) => {
                            let pairs: Vec<(&str, &str)> =
                                phrases.iter().map(|(i, p)| (i.as_str(), p.as_str())).collect();
                            let marked = Rc::new(PlanText::from_readable(&text).marked(&pairs));
                            CACHE.with(|c| *c.borrow_mut() = Some(marked.clone()));
                            state.set(Loading::Ready(marked));
                        }
                        Err(e) => state.set(Loading::Failed(e)),
                    }
                });
            }
        });
    }
    let ready = matches!(*state, Loading::Ready(_));
    // The anchor of `#<target id>` exists only once the text is here.
    use_effect_with(ready, |ready| {
        if *ready {
            scroll_to_hash();
        }
    });
    html! {
        <article class="plan" id="plan" aria-labelledby="plan-h" aria-busy={(!ready).to_string()}>
            <p class="back"><Link to={View::Scorecard}>{ t(lang, Text::BackToScorecard) }</Link></p>
            <h2 id="plan-h" tabindex="-1">{ t(lang, Text::PlanView) }</h2>
            <p class="muted">{ t(lang, Text::PlanViewIntro) }</p>
            { match &*state {
                Loading::Pending => html! { <p class="muted" role="status">{ t(lang, Text::PlanLoading) }</p> },
                Loading::Failed(e) => html! {
                    <p class="error" role="alert">{ format!("{} ({e}) ", t(lang, Text::PlanFailed)) }
                        <a href={PLAN_URL}>{ PLAN_URL }</a></p>
                },
                Loading::Ready(blocks) => html! {
                    <div class="plan-text" lang="zh-CN">{ for blocks.iter().map(block) }</div>
                },
            } }
        </article>
    }
}

fn block(b: &MarkedBlock) -> Html {
    let inner: Html = b
        .pieces
        .iter()
        .map(|p| {
            let anchors: Html =
                p.anchors.iter().map(|id| html! { <span class="anchor" id={id.clone()}></span> }).collect();
            match p.covered_by.first() {
                Some(first) => html! {
                    <>{ anchors }<Link to={View::Indicator(first.clone())} class={classes!("phrase")}>
                        <mark data-targets={p.covered_by.join(" ")}>{ &p.text }</mark></Link></>
                },
                None => html! { <>{ anchors }{ &p.text }</> },
            }
        })
        .collect();
    match &b.block {
        Block::Heading { level, .. } => match level {
            1 => html! { <h3>{ inner }</h3> },
            2 => html! { <h4>{ inner }</h4> },
            _ => html! { <h5>{ inner }</h5> },
        },
        Block::Paragraph(_) => html! { <p>{ inner }</p> },
        Block::Rule => html! { <hr/> },
    }
}

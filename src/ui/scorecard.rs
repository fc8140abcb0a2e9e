//! The scorecard, the first view: the city-wide verdict, every target by
//! the plan's five dimensions and other sections, every published figure
//! (the table when opened), the downloads and the credits. This is what the
//! build prerenders into `index.html`.

use yew::prelude::*;

use super::card::TargetCard;
use super::figures::FiguresTable;
use super::later::Later;
use super::parts::{downloads, method_note, verdict_bar, Disclosure};
use crate::i18n::{self, t, Lang, Text};
use crate::model::scorecard::GroupKey;
use crate::state::{Loaded, Shared};

/// How many cards one task hydrates at start-up (see `ui::later`).
const CARDS_PER_TASK: usize = 3;

#[derive(Properties, Clone, PartialEq)]
pub struct ScorecardProps {
    pub lang: Lang,
    pub loaded: Shared<Loaded>,
}

#[component]
pub fn ScorecardView(props: &ScorecardProps) -> Html {
    let (lang, loaded) = (props.lang, &props.loaded);
    let sc = &loaded.scorecard;
    let missing = sc.cards().filter(|c| c.latest.is_none()).count();
    let (figures, groups, conflicting) = loaded.figure_counts;
    html! {
        <>
            // Every part of the scorecard is hydrated after the page's frame,
            // a part per task (ui::later).
            <Later>
                <section class="verdict" aria-labelledby="verdict-h">
                    <h2 id="verdict-h">{ t(lang, Text::VerdictHeading) }</h2>
                    { verdict_bar(lang, sc.verdict) }
                    <Disclosure class="missing" summary={i18n::with_count(lang, t(lang, Text::Missing), missing)}>
                        <MissingTargets {lang} loaded={loaded.clone()} />
                    </Disclosure>
                    { method_note(lang, "method") }
                </section>
                <nav class="toc" aria-label={t(lang, Text::GroupsNav)}>
                    <ul>
                        { for sc.groups.iter().map(|g| html! {
                            <li><a href={format!("#{}", g.key.anchor())}>{ group_name(lang, g.key) }</a></li>
                        }) }
                    </ul>
                </nav>
            </Later>
            <div id="targets" class="groups">
                { for sc.groups.iter().map(|g| {
                    let id = g.key.anchor();
                    html! {
                        <section class="group" aria-labelledby={id.clone()}>
                            <h2 id={id}>{ group_name(lang, g.key) }
                                <span class="count">{ format!(" · {}", g.cards.len()) }</span></h2>
                            <div class="cards">
                                // A few cards per part: on a phone (CPU 4× slower) the whole
                                // scorecard in one task kept a tap waiting ~150 ms; a group of
                                // eleven cards, ~110.
                                { for g.cards.chunks(CARDS_PER_TASK).map(|cards| html! {
                                    <Later>
                                        { for cards.iter().map(|c| {
                                            let spark = loaded.spec(&c.target.id).filter(|s| !s.is_empty()).cloned().map(Shared::from);
                                            html! { <TargetCard key={c.target.id.to_string()} lang={lang} card={c.clone()} {spark} /> }
                                        }) }
                                    </Later>
                                }) }
                            </div>
                        </section>
                    }
                }) }
            </div>
            <Later>
                <section class="data" id="data" aria-labelledby="data-h">
                    <h2 id="data-h">{ i18n::with_count(lang, t(lang, Text::AllFigures), figures) }</h2>
                    <p>{ i18n::conflict_summary(lang, groups, conflicting) }</p>
                    // About a thousand nodes that most visitors never open: made when opened.
                    <Disclosure id="data-table" class="data-table" summary={t(lang, Text::ShowTable)}>
                        <FiguresTable {lang} loaded={loaded.clone()} />
                    </Disclosure>
                </section>
                { downloads(lang) }
                <section class="about" aria-labelledby="about-h">
                    <h2 id="about-h">{ t(lang, Text::AboutHeading) }</h2>
                    <p>{ t(lang, Text::AboutData) }</p>
                    <p>{ t(lang, Text::AboutLicence) }</p>
                </section>
            </Later>
        </>
    }
}

fn group_name(lang: Lang, key: GroupKey) -> String {
    match key {
        GroupKey::Dimension(d) => format!(
            "{} · {}",
            i18n::section_name(lang, crate::model::Section::MainTargets),
            i18n::dimension_name(lang, d)
        ),
        GroupKey::Section(s) => format!("{} · {}", t(lang, Text::OtherCommitments), i18n::section_name(lang, s)),
    }
}

/// The targets with no published figure, linked to their cards: a
/// component, so that the list is built only when its disclosure is opened.
#[component]
fn MissingTargets(props: &ScorecardProps) -> Html {
    let lang = props.lang;
    html! {
        <ul>
            { for props.loaded.scorecard.cards().filter(|c| c.latest.is_none()).map(|c| html! {
                <li><a href={format!("#t-{}", c.target.id)}>{ i18n::target_name(lang, &c.target) }</a></li>
            }) }
        </ul>
    }
}

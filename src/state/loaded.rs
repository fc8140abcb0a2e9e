//! The published data as the views read it: the dataset with its scorecard
//! and chart specs, built once (the desk's preview builds another).

use std::rc::Rc;

use crate::charts::ChartSpec;
use crate::model::bundle::DecodeError;
use crate::model::id::Names;
use crate::model::scorecard::{Card, Scorecard};
use crate::model::{Dataset, IndicatorId};

/// What the page shows, built once from the bundled dataset.
pub struct Loaded {
    pub data: Dataset,
    pub scorecard: Scorecard,
    /// Figures published, groups of sources in conflict, figures in them.
    pub figure_counts: (usize, usize, usize),
    /// The latest year any figure is for: the stamp says it on every view.
    pub latest_year: Option<u16>,
    /// One chart spec per target, in `Dataset::targets` order.
    pub specs: Vec<(IndicatorId, Rc<ChartSpec>)>,
}

impl Loaded {
    pub fn build(data: Dataset) -> Loaded {
        Loaded {
            scorecard: Scorecard::build(&data),
            latest_year: data.figures.iter().map(|f| f.year).max(),
            figure_counts: (
                data.figures.len(),
                data.conflicts().len(),
                data.conflict_flags().iter().filter(|&&c| c).count(),
            ),
            specs: data.targets.iter().map(|t| (t.id.clone(), Rc::new(ChartSpec::build(&data, t)))).collect(),
            data,
        }
    }

    pub fn bundled() -> Result<Loaded, DecodeError> {
        crate::bundle::dataset().map(Loaded::build)
    }

    /// The bundled dataset, decoded and built once per thread: the page's
    /// start decodes it in a task of its own, before hydration (two shorter
    /// tasks, and the page answers input between them), and the app takes
    /// the same one.
    pub fn shared() -> Result<Rc<Loaded>, DecodeError> {
        thread_local! {
            static SHARED: std::cell::OnceCell<Result<Rc<Loaded>, DecodeError>> = const { std::cell::OnceCell::new() };
        }
        SHARED.with(|s| s.get_or_init(|| Loaded::bundled().map(Rc::new)).clone())
    }

    // Generic only in a thin inlined shell (see `model::id::Names`).

    #[inline]
    pub fn spec<Q: Names<IndicatorId> + ?Sized>(&self, id: &Q) -> Option<&Rc<ChartSpec>> {
        self.spec_named(id.id())
    }

    fn spec_named(&self, id: &str) -> Option<&Rc<ChartSpec>> {
        self.specs.iter().find(|(t, _)| t == id).map(|(_, s)| s)
    }

    #[inline]
    pub fn card<Q: Names<IndicatorId> + ?Sized>(&self, id: &Q) -> Option<&Rc<Card>> {
        self.card_named(id.id())
    }

    fn card_named(&self, id: &str) -> Option<&Rc<Card>> {
        self.scorecard.cards().find(|c| c.target.id == id)
    }

    #[inline]
    pub fn is_target<Q: Names<IndicatorId> + ?Sized>(&self, id: &Q) -> bool {
        self.spec_named(id.id()).is_some()
    }
}

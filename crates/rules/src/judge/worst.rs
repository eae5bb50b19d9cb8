//! Combines the outcomes of several parts of one resource (listeners of a load balancer,
//! behaviors of a distribution, inline subscriptions of a topic) into one verdict.

use crate::{Outcome, Verdict};

/// How serious a verdict is when parts are combined: fail, then unknown, then pass,
/// then not applicable.
fn rank(v: Verdict) -> u8 {
    match v {
        Verdict::Fail => 0,
        Verdict::Unknown => 1,
        Verdict::Pass => 2,
        Verdict::NotApplicable => 3,
    }
}

/// Keeps the most serious outcome added (the first one among equals).
#[derive(Debug, Default)]
pub struct Worst(Option<Outcome>);

impl Worst {
    /// An empty accumulator.
    pub fn new() -> Self {
        Self(None)
    }

    /// Considers one more outcome.
    pub fn add(&mut self, o: Outcome) {
        if self
            .0
            .as_ref()
            .is_none_or(|w| rank(o.verdict) < rank(w.verdict))
        {
            self.0 = Some(o);
        }
    }

    /// The most serious outcome, if any was added.
    pub fn into_outcome(self) -> Option<Outcome> {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fail_beats_unknown_beats_pass() {
        let mut w = Worst::new();
        w.add(Outcome::pass("a"));
        w.add(Outcome::unknown("b"));
        w.add(Outcome::pass("c"));
        assert_eq!(w.into_outcome().unwrap().message, "b");
        let mut w = Worst::new();
        w.add(Outcome::fail("x"));
        w.add(Outcome::fail("y"));
        w.add(Outcome::unknown("z"));
        assert_eq!(w.into_outcome().unwrap().message, "x");
    }
}

//! The progress bar: on stderr, only when stderr is a terminal, only once a scan has run
//! for about a second, never with `--quiet`. Nothing is drawn into a pipe or a CI log.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use phiguard_i18n::Tr;
use std::io::IsTerminal;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// How long a scan runs before the bar appears; `PHIGUARD_PROGRESS_AFTER_MS` changes it
/// (for tests).
fn delay() -> Duration {
    std::env::var("PHIGUARD_PROGRESS_AFTER_MS")
        .ok()
        .and_then(|v| v.parse().ok())
        .map_or(Duration::from_secs(1), Duration::from_millis)
}

/// A progress bar over the inputs of one scan.
pub struct Progress {
    enabled: bool,
    start: Instant,
    delay: Duration,
    bar: OnceLock<ProgressBar>,
    label: String,
}

impl Progress {
    /// A bar that may appear: `wanted` is false with `--quiet`; labelled in `tr`'s language.
    pub fn new(wanted: bool, tr: Tr) -> Self {
        Self::labelled(wanted, tr, "progress-reading")
    }

    /// A bar whose label is message `id` (`progress-collecting`: live AWS services).
    pub fn labelled(wanted: bool, tr: Tr, id: &str) -> Self {
        Progress {
            enabled: wanted && std::io::stderr().is_terminal(),
            start: Instant::now(),
            delay: delay(),
            bar: OnceLock::new(),
            label: tr.t(id).replace(['{', '}'], ""),
        }
    }

    /// `done` of `total` inputs are read (called from the reading threads).
    pub fn tick(&self, done: usize, total: usize) {
        if !self.enabled || self.start.elapsed() < self.delay {
            return;
        }
        let bar = self.bar.get_or_init(|| {
            let b = ProgressBar::with_draw_target(Some(total as u64), ProgressDrawTarget::stderr());
            let template = format!(
                "{{spinner}} {} {{bar:30}} {{pos}}/{{len}} {{elapsed}}",
                self.label
            );
            if let Ok(style) = ProgressStyle::with_template(&template) {
                b.set_style(style);
            }
            b
        });
        bar.set_position(done as u64);
    }

    /// Clears the bar, if it was drawn.
    pub fn finish(&self) {
        if let Some(b) = self.bar.get() {
            b.finish_and_clear();
        }
    }
}

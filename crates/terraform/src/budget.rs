//! Evaluation budgets of one input (a root module and the modules it calls).
//!
//! A hostile or mistaken configuration can ask for unbounded work: a template that
//! includes itself, `[for i in range(10000) : [for j in range(10000) : j]]`, locals that
//! double forty times. Evaluation stops at a nesting depth, a size per value, a total
//! size and a wall time; what is over budget becomes an unknown value with a warning.

use phiguard_model::{Node, Value};
use std::cell::Cell;
use std::time::{Duration, Instant};

/// Nested evaluations (expressions, template and module calls) deeper than this are not
/// evaluated.
pub const MAX_DEPTH: u32 = 96;

/// The largest value evaluated, in elements (a list item, a map entry, each 32 bytes
/// of text count one).
pub const MAX_VALUE_ELEMENTS: u64 = 250_000;

/// The most elements evaluated for one input, over all its values.
pub const MAX_TOTAL_ELEMENTS: u64 = 4_000_000;

/// The longest one input is evaluated.
pub const MAX_TIME: Duration = Duration::from_secs(10);

/// Text bytes that count as one element.
const BYTES_PER_ELEMENT: u64 = 32;

/// The budget state of one input, shared by its module instances.
#[derive(Debug)]
pub struct Budget {
    deadline: Instant,
    depth: Cell<u32>,
    steps: Cell<u32>,
    total: Cell<u64>,
    spent: Cell<bool>,
}

/// Why an evaluation was refused, and whether this is the first time (to warn once).
pub struct Refused {
    /// The end of a sentence ("... that {why}").
    pub why: String,
    /// Whether the input's budget ran out just now (warn), or ran out earlier.
    pub first: bool,
}

impl Default for Budget {
    fn default() -> Self {
        Self {
            deadline: Instant::now() + MAX_TIME,
            depth: Cell::new(0),
            steps: Cell::new(0),
            total: Cell::new(0),
            spent: Cell::new(false),
        }
    }
}

const SPENT: &str = "is not evaluated: this input went over its evaluation budget";

impl Budget {
    /// Enters one nested evaluation; `leave` must follow when this returns `Ok`.
    pub fn enter(&self) -> Result<(), Refused> {
        if self.spent.get() {
            return Err(Refused {
                why: format!("{SPENT} (see the warning where it ran out)"),
                first: false,
            });
        }
        let steps = self.steps.get().wrapping_add(1);
        self.steps.set(steps);
        if steps & 0xff == 0 && Instant::now() > self.deadline {
            self.spent.set(true);
            return Err(Refused {
                why: format!("{SPENT} of {} s", MAX_TIME.as_secs()),
                first: true,
            });
        }
        if self.depth.get() >= MAX_DEPTH {
            return Err(Refused {
                why: format!(
                    "is not evaluated: it nests more than {MAX_DEPTH} evaluations deep (a template, policy document or module that includes itself?)"
                ),
                first: true,
            });
        }
        self.depth.set(self.depth.get() + 1);
        Ok(())
    }

    /// Leaves a nested evaluation entered with `enter`.
    pub fn leave(&self) {
        self.depth.set(self.depth.get().saturating_sub(1));
    }

    /// Whether the input's budget has run out.
    pub fn spent(&self) -> bool {
        self.spent.get()
    }

    /// Counts a value built while evaluating: `Err` when it is over the size of one
    /// value or the input's total.
    pub fn charge(&self, n: &Node) -> Result<(), Refused> {
        self.charge_weight(weight(n, MAX_VALUE_ELEMENTS))
    }

    /// Counts `w` elements (see [`weight`]).
    pub fn charge_weight(&self, w: u64) -> Result<(), Refused> {
        if w > MAX_VALUE_ELEMENTS {
            return Err(Refused {
                why: format!(
                    "is not evaluated: it has more than {MAX_VALUE_ELEMENTS} elements, over the limit of one value"
                ),
                first: true,
            });
        }
        let total = self.total.get() + w;
        self.total.set(total);
        if total > MAX_TOTAL_ELEMENTS {
            let first = !self.spent.replace(true);
            return Err(Refused {
                why: format!("{SPENT} of {MAX_TOTAL_ELEMENTS} elements evaluated"),
                first,
            });
        }
        Ok(())
    }
}

/// The size of a value in elements: one per node, plus one per 32 bytes of text;
/// counting stops past `limit`.
pub fn weight(n: &Node, limit: u64) -> u64 {
    fn go(n: &Node, acc: &mut u64, limit: u64) {
        *acc += 1;
        if *acc > limit {
            return;
        }
        match &n.value {
            Value::Str(s) => *acc += s.len() as u64 / BYTES_PER_ELEMENT,
            Value::Unknown(s) => *acc += s.len() as u64 / BYTES_PER_ELEMENT,
            Value::List(items) => {
                for i in items {
                    go(i, acc, limit);
                    if *acc > limit {
                        return;
                    }
                }
            }
            Value::Map(entries) => {
                for (k, v) in entries {
                    *acc += k.len() as u64 / BYTES_PER_ELEMENT;
                    go(v, acc, limit);
                    if *acc > limit {
                        return;
                    }
                }
            }
            _ => {}
        }
    }
    let mut acc = 0;
    go(n, &mut acc, limit);
    acc
}

/// The size in elements of text of `len` bytes.
pub fn text_weight(len: usize) -> u64 {
    1 + len as u64 / BYTES_PER_ELEMENT
}

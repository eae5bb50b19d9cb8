//! Evaluating a module instance: variables, locals, `count`/`for_each` expansion,
//! dynamic blocks, local child modules and their outputs.

use crate::budget::{Budget, MAX_VALUE_ELEMENTS, weight};
use crate::config::{Decl, Module, VarType};
use crate::eval::{Scope, invalid, iterate, last_wins, unknown, why};
use crate::source::SourceFile;
use hcl_edit::Span;
use hcl_edit::expr::TraversalOperator;
use hcl_edit::structure::{Body, Structure};
use phiguard_model::{Diagnostic, Location, MessagePart, Node, Value};
use std::cell::RefCell;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::Arc;

/// Child modules nested deeper than this are not read.
const MAX_DEPTH: usize = 16;

/// A `count` over this reads only this many instances.
const MAX_COUNT: i64 = 10_000;

/// Reads module directories and files.
pub trait Loader {
    /// The files of a directory, in name order.
    fn list(&self, dir: &Path) -> Result<Vec<PathBuf>, String>;
    /// One configuration file's text (`.tf`, `.tfvars`, `modules.json`).
    fn read(&self, path: &Path) -> Result<String, String>;
    /// A file a configuration reads through `file()`, `templatefile()` and the like
    /// (a smaller size limit applies).
    fn read_data(&self, path: &Path) -> Result<String, String> {
        self.read(path)
    }
    /// A file named on the command line (`--var-file`), which may lie outside the
    /// scanned tree.
    fn read_given(&self, path: &Path) -> Result<String, String> {
        self.read(path)
    }
}

/// Files held in memory, keyed by path: for tests, fuzzing and embedding, where nothing
/// may be read from disk.
pub struct MemLoader(pub BTreeMap<PathBuf, String>);

impl Loader for MemLoader {
    fn list(&self, dir: &Path) -> Result<Vec<PathBuf>, String> {
        Ok(self
            .0
            .keys()
            .filter(|p| p.parent() == Some(dir))
            .cloned()
            .collect())
    }
    fn read(&self, path: &Path) -> Result<String, String> {
        self.0
            .get(path)
            .cloned()
            .ok_or_else(|| format!("no file {}", path.display()))
    }
}

/// A Terraform resource block instance, evaluated but not yet mapped to the AWS schema.
#[derive(Clone, Debug)]
pub struct RawResource {
    /// Full address: `module.x.aws_s3_bucket.logs["a"]`.
    pub address: String,
    /// The module part of the address (`module.x.`), empty in the root module.
    pub module: String,
    /// Terraform type (`aws_s3_bucket`).
    pub ty: String,
    /// Arguments (snake_case keys; nested blocks as lists of maps).
    pub attrs: Node,
    /// Where the block (or the plan entry) is.
    pub location: Location,
    /// The provider's `default_tags`, if any.
    pub default_tags: Option<Node>,
    /// Why the instance may not exist (its `count`/`for_each` is not known).
    pub uncertain: Option<String>,
}

/// What evaluating a module instance (and its children) gives.
#[derive(Default)]
pub struct Evaluated {
    /// Resource instances, children's included.
    pub resources: Vec<RawResource>,
    /// Output values.
    pub outputs: HashMap<String, Node>,
    /// Every file read, children's included.
    pub files: Vec<Arc<SourceFile>>,
    /// Problems noticed.
    pub diagnostics: Vec<Diagnostic>,
}

type Instances = Result<Vec<(String, Vec<(String, Node)>)>, String>;

/// Where a module instance sits: the directories of the modules that led to it (root
/// first), its directory relative to the root module's, and the input's budget.
pub struct Frame {
    /// Module directories from the root to this one.
    pub chain: Vec<PathBuf>,
    /// This module's directory relative to the root module's.
    pub rel: PathBuf,
    /// The input's evaluation budget.
    pub budget: Rc<Budget>,
}

impl Frame {
    /// The frame of a root module in `dir`.
    pub fn root(dir: &Path) -> Self {
        Self {
            chain: vec![crate::normalize(dir)],
            rel: PathBuf::from("."),
            budget: Rc::default(),
        }
    }
}

/// A called child module, evaluated once per instance.
struct Child {
    instances: Result<Vec<(String, Evaluated)>, String>,
    /// Its `count`/`for_each` is unknown: one instance stands for all of them.
    judged_once: bool,
}

/// The evaluation state of one module instance.
pub struct Env<'m> {
    /// The module.
    pub module: &'m Module,
    /// Address prefix of its resources (`module.x.`), empty for the root.
    pub prefix: String,
    /// Variable values.
    pub vars: HashMap<String, Node>,
    /// Variables whose value a `module` block passes: they keep the location where the
    /// caller wrote them (the place to change), instead of taking the reference's.
    pub passed: HashSet<String>,
    loader: &'m dyn Loader,
    chain: Vec<PathBuf>,
    /// The module's directory relative to the root module's (`path.module`).
    rel: PathBuf,
    /// The input's evaluation budget, shared with the modules it calls.
    pub budget: Rc<Budget>,
    default_tags: Option<Node>,
    locals: RefCell<HashMap<String, Node>>,
    busy: RefCell<HashSet<String>>,
    expansions: RefCell<HashMap<String, Instances>>,
    children: RefCell<HashMap<String, Rc<Child>>>,
    diagnostics: RefCell<Vec<Diagnostic>>,
}

impl<'m> Env<'m> {
    fn new(module: &'m Module, prefix: String, loader: &'m dyn Loader, frame: Frame) -> Self {
        Self {
            module,
            prefix,
            vars: HashMap::new(),
            passed: HashSet::new(),
            loader,
            chain: frame.chain,
            rel: frame.rel,
            budget: frame.budget,
            default_tags: None,
            locals: RefCell::default(),
            busy: RefCell::default(),
            expansions: RefCell::default(),
            children: RefCell::default(),
            diagnostics: RefCell::default(),
        }
    }

    fn scope(&self, file: usize) -> Scope<'_> {
        Scope::new(self, &self.module.files[file])
    }

    /// The value of `local.name`.
    pub fn local(&self, name: &str) -> Node {
        if let Some(v) = self.locals.borrow().get(name) {
            return v.clone();
        }
        let Some(l) = self.module.locals.iter().find(|l| l.name == name) else {
            return invalid(format!("no local value '{name}' is declared"), None);
        };
        let key = format!("local.{name}");
        if !self.busy.borrow_mut().insert(key.clone()) {
            return invalid(format!("local.{name} refers to itself"), None);
        }
        let v = self.scope(l.file).eval(&l.expr);
        self.busy.borrow_mut().remove(&key);
        self.locals.borrow_mut().insert(name.to_string(), v.clone());
        v
    }

    /// Whether the module declares resource `ty.name`.
    pub fn declares(&self, ty: &str, name: &str) -> bool {
        self.module
            .resources
            .iter()
            .any(|d| d.ty == ty && d.name == name)
    }

    /// The instance key suffixes (`""`, `[0]`, `["a"]`) of a resource, or why they are unknown.
    pub fn instance_keys(&self, ty: &str, name: &str) -> Result<Vec<String>, String> {
        let Some(d) = self
            .module
            .resources
            .iter()
            .find(|d| d.ty == ty && d.name == name)
        else {
            return Err(format!("{ty}.{name} is not declared"));
        };
        self.expansion(&format!("{ty}.{name}"), d)
            .map(|v| v.into_iter().map(|(k, _)| k).collect())
    }

    /// The instances of a block with `count` or `for_each`: key suffix and the names
    /// they bind (`count`, `each`).
    fn expansion(&self, key: &str, d: &Decl) -> Instances {
        if let Some(v) = self.expansions.borrow().get(key) {
            return v.clone();
        }
        if !self.busy.borrow_mut().insert(key.to_string()) {
            return Err(format!("the count or for_each of {key} depends on itself"));
        }
        let v = expand(&self.scope(d.file), &d.body);
        self.busy.borrow_mut().remove(key);
        self.expansions
            .borrow_mut()
            .insert(key.to_string(), v.clone());
        v
    }

    /// The rendered policy document of `data.aws_iam_policy_document.<name><key>`.
    pub fn policy_document(&self, name: &str, key: &str) -> Node {
        let Some(d) = self
            .module
            .data
            .iter()
            .find(|d| d.ty == "aws_iam_policy_document" && d.name == name)
        else {
            return invalid(
                format!("no data.aws_iam_policy_document.{name} is declared"),
                None,
            );
        };
        let instances = match self.expansion(&format!("data.aws_iam_policy_document.{name}"), d) {
            Ok(i) => i,
            Err(why) => return unknown(why, None),
        };
        let Some((_, bindings)) = instances.into_iter().find(|(k, _)| k == key) else {
            return invalid(
                format!("no instance {key} of data.aws_iam_policy_document.{name}"),
                None,
            );
        };
        let mut scope = self.scope(d.file);
        scope.bindings = bindings;
        let busy = format!("data.aws_iam_policy_document.{name}{key}");
        if !self.busy.borrow_mut().insert(busy.clone()) {
            let loc = self.module.location(d.file, d.span.clone());
            let why = format!("{busy} includes its own document (directly or through another)");
            self.warn_said(
                Some(loc.clone()),
                format!("{why}; it is unknown"),
                MessagePart::new("diag-tf-policy-document-cycle", &[("document", &busy)]),
            );
            return invalid(why, Some(loc));
        }
        let body = eval_body(&scope, &d.body, true);
        self.busy.borrow_mut().remove(&busy);
        crate::policy::render(&body, self.module.location(d.file, d.span.clone()))
    }

    /// Reads a file named by `file()` or `templatefile()`: a relative path is relative
    /// to the root module's directory, as for Terraform (where `path.module` gives the
    /// module's directory relative to it).
    pub fn read_file(&self, p: &Path) -> Result<String, String> {
        self.loader.read_data(&self.resolve(p))
    }

    /// Where a path named in the configuration is: a relative one is relative to the
    /// root module's directory.
    pub fn resolve(&self, p: &Path) -> PathBuf {
        match self.chain.first() {
            Some(root) if p.is_relative() => crate::normalize(&root.join(p)),
            _ => p.to_path_buf(),
        }
    }

    /// The module's directory relative to the root module's (`path.module`).
    pub fn module_path(&self) -> &Path {
        &self.rel
    }

    /// A warning at `loc` (or the module's first file), reported once per place and message.
    pub fn warn_at(&self, loc: Option<Location>, message: String) {
        self.push_warning(loc, message, None);
    }

    /// [`Env::warn_at`] with the warning's Fluent form.
    pub fn warn_said(&self, loc: Option<Location>, message: String, l10n: MessagePart) {
        self.push_warning(loc, message, Some(l10n));
    }

    fn push_warning(&self, loc: Option<Location>, message: String, l10n: Option<MessagePart>) {
        let loc = loc.or_else(|| self.module.files.first().map(|f| f.start()));
        let file = loc.as_ref().map_or_else(
            || self.module.dir.to_string_lossy().into_owned(),
            |l| l.file.to_string(),
        );
        let mut d = Diagnostic::warning(&file, loc, message);
        d.l10n = l10n.map(Box::new);
        let mut all = self.diagnostics.borrow_mut();
        if !all.contains(&d) {
            all.push(d);
        }
    }

    fn warn(&self, file: usize, span: Option<std::ops::Range<usize>>, message: String) {
        self.warn_at(Some(self.module.location(file, span)), message);
    }

    fn warn_l10n(
        &self,
        file: usize,
        span: Option<std::ops::Range<usize>>,
        message: String,
        l10n: MessagePart,
    ) {
        self.warn_said(Some(self.module.location(file, span)), message, l10n);
    }

    /// Where `terraform init` installed the remote module `name` called here, per
    /// `.terraform/modules/modules.json` in the root module's directory: the directory,
    /// and the same relative to the root module's.
    fn installed(&self, name: &str) -> Option<(PathBuf, PathBuf)> {
        let root = self.chain.first()?;
        let text = self
            .loader
            .read(&root.join(".terraform/modules/modules.json"))
            .ok()?;
        let json: serde_json::Value = serde_json::from_str(&text).ok()?;
        let mut key: Vec<&str> = Vec::new();
        let prefix = crate::plan::strip_indexes(&self.prefix);
        key.extend(
            prefix
                .split('.')
                .filter(|s| !s.is_empty() && *s != "module"),
        );
        key.push(name);
        let key = key.join(".");
        let entry = json
            .get("Modules")?
            .as_array()?
            .iter()
            .find(|m| m.get("Key").and_then(|k| k.as_str()) == Some(&key))?;
        let dir = entry.get("Dir")?.as_str()?;
        Some((
            crate::normalize(&root.join(dir)),
            crate::normalize(Path::new(dir)),
        ))
    }

    /// The child module `name`, evaluated (once).
    fn child(&self, name: &str) -> Rc<Child> {
        if let Some(c) = self.children.borrow().get(name) {
            return c.clone();
        }
        let key = format!("call of module.{name}");
        if !self.busy.borrow_mut().insert(key.clone()) {
            return Rc::new(Child {
                instances: Err(format!("module.{name} depends on itself")),
                judged_once: false,
            });
        }
        let c = Rc::new(self.eval_child(name));
        self.busy.borrow_mut().remove(&key);
        self.children
            .borrow_mut()
            .insert(name.to_string(), c.clone());
        c
    }

    fn eval_child(&self, name: &str) -> Child {
        let err = |why: String| Child {
            instances: Err(why),
            judged_once: false,
        };
        let Some(call) = self.module.calls.iter().find(|c| c.ty == name) else {
            return err(format!("{INVALID_MODULE}'{name}' is not declared"));
        };
        let source = call
            .body
            .get_attribute("source")
            .and_then(|a| a.value.as_str().map(str::to_string));
        let Some(source) = source else {
            return err(format!("module.{name} has no literal source"));
        };
        let (dir, rel) = if source.starts_with("./") || source.starts_with("../") {
            (
                crate::normalize(&self.module.dir.join(&source)),
                crate::normalize(&self.rel.join(&source)),
            )
        } else if let Some(found) = self.installed(name) {
            found
        } else {
            self.warn_l10n(
                call.file,
                call.span.clone(),
                format!(
                    "module \"{name}\" comes from '{source}', which is not read (only local modules and modules installed by `terraform init` are); its outputs are unknown"
                ),
                MessagePart::new(
                    "diag-tf-module-source-not-read",
                    &[("name", name), ("source", &source)],
                ),
            );
            return err(format!(
                "comes from module.{name}, whose source '{source}' is not read (only local modules and modules installed by `terraform init` are)"
            ));
        };
        if self.chain.contains(&dir) {
            let cycle = self
                .chain
                .iter()
                .chain([&dir])
                .map(|d| d.display().to_string())
                .collect::<Vec<_>>()
                .join(" -> ");
            let shown = dir.display().to_string();
            let why = format!(
                "module.{name} calls {shown}, a module that is already being read (a cycle: {cycle})"
            );
            self.warn_l10n(
                call.file,
                call.span.clone(),
                format!("{why}; it is not read again"),
                MessagePart::new(
                    "diag-tf-module-cycle",
                    &[("name", name), ("dir", &shown), ("cycle", &cycle)],
                ),
            );
            return err(why);
        }
        if self.chain.len() >= MAX_DEPTH {
            let why = format!("module.{name} is nested more than {MAX_DEPTH} modules deep");
            self.warn_l10n(
                call.file,
                call.span.clone(),
                format!("{why}; it is not read"),
                MessagePart::new(
                    "diag-tf-module-too-deep",
                    &[("name", name), ("depth", &MAX_DEPTH.to_string())],
                ),
            );
            return err(why);
        }
        if self.budget.spent() {
            return err(format!(
                "module.{name} is not read: this input went over its evaluation budget"
            ));
        }
        let files = match module_files(self.loader, &dir) {
            Ok((f, refused)) => {
                for (p, e) in refused {
                    self.warn_l10n(
                        call.file,
                        call.span.clone(),
                        format!("module \"{name}\": {p} is not read: {e}"),
                        crate::sandbox::with_error(
                            MessagePart::new(
                                "diag-tf-module-file-refused",
                                &[("name", name), ("file", &p)],
                            ),
                            &e,
                        ),
                    );
                }
                if f.is_empty() {
                    self.warn_l10n(
                        call.file,
                        call.span.clone(),
                        format!("module \"{name}\": no .tf files read in {}", dir.display()),
                        MessagePart::new(
                            "diag-tf-module-empty",
                            &[("name", name), ("dir", &dir.display().to_string())],
                        ),
                    );
                    return err(format!(
                        "module.{name} has no .tf files read in {}",
                        dir.display()
                    ));
                }
                f
            }
            Err(e) => {
                self.warn_l10n(
                    call.file,
                    call.span.clone(),
                    format!("module \"{name}\": cannot read {}: {e}", dir.display()),
                    crate::sandbox::with_error(
                        MessagePart::new(
                            "diag-tf-module-unreadable",
                            &[("name", name), ("dir", &dir.display().to_string())],
                        ),
                        &e.to_string(),
                    ),
                );
                return err(format!("module.{name} cannot be read"));
            }
        };
        let mut sources = Vec::new();
        for (p, t) in files {
            match SourceFile::load(&p, t) {
                Ok(f) => sources.push(Arc::new(f)),
                Err(d) => self.diagnostics.borrow_mut().push(d),
            }
        }
        let child = Module::parse(&dir, sources);
        let base = format!("{}module.{name}", self.prefix);
        let (instances, uncertain) = match self.expansion(&format!("module.{name}"), call) {
            Ok(i) => (i, None),
            Err(why) => {
                let message = format!(
                    "module \"{name}\": {why}; its resources are judged once, for every instance it may create"
                );
                match expansion_l10n(&why) {
                    Some(w) => self.warn_l10n(
                        call.file,
                        call.span.clone(),
                        message,
                        MessagePart::new("diag-tf-module-instances-unknown", &[("name", name)])
                            .with("why", w),
                    ),
                    None => self.warn(call.file, call.span.clone(), message),
                }
                let uncertain = format!("{base} exists only if {why}, which is not known");
                (unknown_instance(&base, &why), Some(uncertain))
            }
        };
        let mut out = Vec::new();
        for (suffix, bindings) in instances {
            let mut scope = self.scope(call.file);
            scope.bindings = bindings;
            let mut given = Vec::new();
            for s in call.body.iter() {
                if let Structure::Attribute(a) = s {
                    let k = a.key.as_str();
                    if !matches!(
                        k,
                        "source" | "version" | "count" | "for_each" | "providers" | "depends_on"
                    ) {
                        given.push((k.to_string(), scope.charged(scope.eval(&a.value))));
                    }
                }
            }
            let prefix = format!("{}module.{name}{suffix}.", self.prefix);
            let mut chain = self.chain.clone();
            chain.push(dir.clone());
            let frame = Frame {
                chain,
                rel: rel.clone(),
                budget: self.budget.clone(),
            };
            let ev = evaluate(
                &child,
                prefix,
                Inputs::Module(given),
                self.loader,
                frame,
                self.default_tags.clone(),
            );
            let mut ev = ev;
            if let Some(u) = &uncertain {
                for r in &mut ev.resources {
                    r.uncertain.get_or_insert_with(|| u.clone());
                }
            }
            out.push((suffix, ev));
        }
        Child {
            instances: Ok(out),
            judged_once: uncertain.is_some(),
        }
    }
}

/// The `.tf` files of a module directory as (path, text), and those that cannot be read
/// (path, why).
type ModuleFiles = (Vec<(String, String)>, Vec<(String, String)>);

fn module_files(loader: &dyn Loader, dir: &Path) -> Result<ModuleFiles, String> {
    let mut read = Vec::new();
    let mut refused = Vec::new();
    for p in loader.list(dir)? {
        if !crate::is_config_file(&p) {
            continue;
        }
        let shown = p.to_string_lossy().into_owned();
        match loader.read(&p) {
            Ok(t) => read.push((shown, t)),
            Err(e) => refused.push((shown, e)),
        }
    }
    Ok((read, refused))
}

const INVALID_MODULE: &str = "invalid expression: module ";

/// A reference to a module output: `module.x.bucket_arn`, `module.x[0].bucket_arn`.
pub fn output_ref(
    scope: &Scope<'_>,
    name: &str,
    ops: &[&TraversalOperator],
    loc: Option<Location>,
) -> Node {
    let child = scope.env.child(name);
    let instances = match &child.instances {
        Ok(i) => i,
        Err(why) => return unknown(why.clone(), loc),
    };
    let output = |ev: &Evaluated, ops: &[&TraversalOperator]| match ops.first() {
        Some(TraversalOperator::GetAttr(o)) => match ev.outputs.get(o.as_str()) {
            Some(v) => scope.apply(relocate(v.clone(), &loc), &ops[1..], &loc),
            None => invalid(
                format!("module.{name} has no output '{}'", o.as_str()),
                loc.clone(),
            ),
        },
        None => {
            let entries = ev
                .outputs
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect();
            Node::new(Value::Map(entries), loc.clone())
        }
        Some(_) => invalid(
            format!("module.{name} must be followed by an output name"),
            loc.clone(),
        ),
    };
    match ops.first() {
        // One instance stands for all: any key selects it.
        Some(TraversalOperator::Index(_)) if child.judged_once => match instances.first() {
            Some((_, ev)) => output(ev, &ops[1..]),
            None => unknown(format!("module.{name} has no instance"), loc),
        },
        Some(TraversalOperator::Index(e)) => match instance_key(&scope.eval(e)) {
            Ok(k) => match instances.iter().find(|(s, _)| *s == k) {
                Some((_, ev)) => output(ev, &ops[1..]),
                None => invalid(format!("module.{name} has no instance {k}"), loc),
            },
            Err(n) => unknown(
                format!(
                    "selects an instance of module.{name} by a key that {}",
                    why(&n)
                ),
                loc,
            ),
        },
        Some(TraversalOperator::AttrSplat(_) | TraversalOperator::FullSplat(_)) => {
            let items = instances
                .iter()
                .map(|(_, ev)| output(ev, &ops[1..]))
                .collect();
            Node::new(Value::List(items), loc)
        }
        _ => match instances.as_slice() {
            [(k, ev)] if k.is_empty() => output(ev, ops),
            _ => invalid(
                format!("module.{name} has several instances; select one"),
                loc,
            ),
        },
    }
}

fn relocate(mut n: Node, loc: &Option<Location>) -> Node {
    if loc.is_some() {
        n.location = loc.clone();
    }
    n
}

/// The address suffix of an instance key: `[0]`, `["a"]`.
pub fn instance_key(k: &Node) -> Result<String, Node> {
    match &k.value {
        Value::Int(i) => Ok(format!("[{i}]")),
        Value::Float(f) if f.fract() == 0.0 => Ok(format!("[{}]", *f as i64)),
        Value::Str(s) => Ok(format!("[{}]", serde_json::Value::String(s.clone()))),
        _ => Err(k.clone()),
    }
}

fn expand(scope: &Scope<'_>, body: &Body) -> Instances {
    if scope.env.budget.spent()
        && (body.get_attribute("count").is_some() || body.get_attribute("for_each").is_some())
    {
        return Err("is not evaluated: this input went over its evaluation budget".into());
    }
    if let Some(c) = body.get_attribute("count") {
        let v = scope.eval(&c.value);
        return match v.as_i64() {
            Some(n) => Ok((0..{
                if n > MAX_COUNT {
                    scope.env.warn_said(
                        scope.loc(&c.value),
                        format!("count is {n}; only the first {MAX_COUNT} instances are read"),
                        MessagePart::new(
                            "diag-tf-count-capped",
                            &[("count", &n.to_string()), ("max", &MAX_COUNT.to_string())],
                        ),
                    );
                }
                n.clamp(0, MAX_COUNT)
            })
                .map(|i| {
                    let b = map(vec![("index", Node::bare(Value::Int(i)))]);
                    (format!("[{i}]"), vec![("count".to_string(), b)])
                })
                .collect()),
            None => Err(format!("its count {}", why(&v))),
        };
    }
    if let Some(f) = body.get_attribute("for_each") {
        let v = scope.eval(&f.value);
        let pairs: Vec<(String, Node)> = match &v.value {
            Value::Map(entries) => entries.clone(),
            Value::List(items) => {
                let mut out = Vec::new();
                for i in items {
                    match i.as_str() {
                        Some(s) => out.push((s.to_string(), i.clone())),
                        None => return Err(format!("its for_each has an element that {}", why(i))),
                    }
                }
                out
            }
            Value::Null => Vec::new(),
            _ => return Err(format!("its for_each {}", why(&v))),
        };
        return Ok(pairs
            .into_iter()
            .map(|(k, val)| {
                let each = map(vec![
                    ("key", Node::bare(Value::Str(k.clone()))),
                    ("value", val),
                ]);
                (
                    format!("[{}]", serde_json::Value::String(k)),
                    vec![("each".to_string(), each)],
                )
            })
            .collect());
    }
    Ok(vec![(String::new(), Vec::new())])
}

/// The one instance a block with an unknown `count`/`for_each` is judged as: its
/// `count.index`, `each.key` and `each.value` are unknown.
fn unknown_instance(base: &str, why: &str) -> Vec<(String, Vec<(String, Node)>)> {
    let u = |r: &str| Node::bare(Value::Unknown(format!("{r} of {base} {why}")));
    vec![(
        String::new(),
        vec![
            ("count".to_string(), map(vec![("index", u("count.index"))])),
            (
                "each".to_string(),
                map(vec![("key", u("each.key")), ("value", u("each.value"))]),
            ),
        ],
    )]
}

fn map(entries: Vec<(&str, Node)>) -> Node {
    Node::bare(Value::Map(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .collect(),
    ))
}

const META_ATTRIBUTES: &[&str] = &["count", "for_each", "provider", "depends_on"];
const META_BLOCKS: &[&str] = &["lifecycle", "provisioner", "connection"];

/// Evaluates a block body: attributes by name, nested blocks as lists of maps under
/// their type name (dynamic blocks expanded). `top` skips meta-arguments.
pub fn eval_body(scope: &Scope<'_>, body: &Body, top: bool) -> Node {
    let mut entries = Entries::default();
    let mut size = 0;
    for s in body.iter() {
        match s {
            Structure::Attribute(a) => {
                let k = a.key.as_str();
                if top && META_ATTRIBUTES.contains(&k) {
                    continue;
                }
                let mut v = scope.eval(&a.value);
                size += weight(&v, MAX_VALUE_ELEMENTS);
                if size > MAX_VALUE_ELEMENTS {
                    v = scope.over_budget(size, scope.loc(&a.value));
                }
                if !matches!(v.value, Value::Null) {
                    entries.set(k, v);
                }
            }
            Structure::Block(b) => {
                let id = b.ident.as_str();
                if top && META_BLOCKS.contains(&id) {
                    continue;
                }
                if id == "dynamic" {
                    dynamic(scope, b, &mut entries);
                } else {
                    let mut n = eval_body(scope, &b.body, false);
                    n.location = scope.loc(b);
                    entries.push_block(id, n);
                }
            }
        }
    }
    Node::new(Value::Map(last_wins(entries.list)), None)
}

/// The entries of a block body being evaluated: nested blocks of one type gather in
/// one list; a later attribute of the same name wins (see [`last_wins`]).
#[derive(Default)]
struct Entries {
    list: Vec<(String, Node)>,
    blocks: HashMap<String, usize>,
}

impl Entries {
    fn set(&mut self, k: &str, v: Node) {
        self.blocks.remove(k);
        self.list.push((k.to_string(), v));
    }

    fn push_block(&mut self, id: &str, block: Node) {
        match self.blocks.get(id) {
            Some(&i) => {
                if let Value::List(items) = &mut self.list[i].1.value {
                    items.push(block);
                }
            }
            None => {
                let loc = block.location.clone();
                self.blocks.insert(id.to_string(), self.list.len());
                self.list
                    .push((id.to_string(), Node::new(Value::List(vec![block]), loc)));
            }
        }
    }
}

fn dynamic(scope: &Scope<'_>, b: &hcl_edit::structure::Block, entries: &mut Entries) {
    let Some(label) = b.labels.first().map(|l| l.as_str().to_string()) else {
        return;
    };
    let loc = scope.loc(b);
    let iterator = b
        .body
        .get_attribute("iterator")
        .and_then(|a| a.value.as_variable().map(|v| v.as_str().to_string()))
        .unwrap_or_else(|| label.clone());
    let coll = b
        .body
        .get_attribute("for_each")
        .map(|a| scope.eval(&a.value))
        .unwrap_or_else(|| invalid("a dynamic block needs for_each", loc.clone()));
    let content = b.body.get_blocks("content").next();
    let items = match iterate(&coll) {
        Ok(items) => items,
        Err(n) => {
            let u = unknown(
                format!("is generated by a dynamic block whose for_each {}", why(&n)),
                loc,
            );
            entries.set(&label, u);
            return;
        }
    };
    for (k, v) in items {
        let Some(content) = content else { continue };
        let s = scope.with(&iterator, map(vec![("key", k), ("value", v)]));
        let mut n = eval_body(&s, &content.body, false);
        n.location = s.loc(content).or_else(|| loc.clone());
        entries.push_block(&label, n);
    }
}

/// Where a module's variable values come from.
pub enum Inputs {
    /// The root module: values in increasing precedence (tfvars files, `--var-file`, `--var`).
    Root(Vec<(String, RootValue)>),
    /// A child module: the arguments of its `module` block.
    Module(Vec<(String, Node)>),
}

/// A root variable value: a parsed expression from a var file, or command-line text.
pub enum RootValue {
    /// Already evaluated, from a `.tfvars` file; `true` for the module directory's own
    /// (`terraform.tfvars`, `*.auto.tfvars`: committed with it), `false` for `--var-file`.
    Value(Node, bool),
    /// `--var name=text`, converted by the variable's type.
    Text(String),
}

/// Evaluates a module instance and its local children.
pub fn evaluate(
    module: &Module,
    prefix: String,
    inputs: Inputs,
    loader: &dyn Loader,
    frame: Frame,
    default_tags: Option<Node>,
) -> Evaluated {
    let mut env = Env::new(module, prefix, loader, frame);
    if let Inputs::Module(given) = &inputs {
        env.passed = given
            .iter()
            .filter(|(_, n)| n.location.is_some())
            .map(|(k, _)| k.clone())
            .collect();
    }
    env.vars = variables(&env, inputs);
    env.default_tags = default_tags.or_else(|| provider_default_tags(&env));
    let mut out = Evaluated {
        files: module.files.clone(),
        diagnostics: module.diagnostics.clone(),
        ..Evaluated::default()
    };
    for d in &module.resources {
        let location = module.location(d.file, d.span.clone());
        let base = format!("{}{}.{}", env.prefix, d.ty, d.name);
        let mut uncertain = None;
        let instances = match env.expansion(&format!("{}.{}", d.ty, d.name), d) {
            Ok(i) => i,
            Err(why) => {
                uncertain = Some(format!("{base} exists only if {why}, which is not known"));
                let message = format!(
                    "{base}: {why}; the block is judged once, for every instance it may create"
                );
                match expansion_l10n(&why) {
                    Some(w) => env.warn_l10n(
                        d.file,
                        d.span.clone(),
                        message,
                        MessagePart::new("diag-tf-block-instances-unknown", &[("address", &base)])
                            .with("why", w),
                    ),
                    None => env.warn(d.file, d.span.clone(), message),
                }
                unknown_instance(&base, &why)
            }
        };
        for (suffix, bindings) in instances {
            let mut scope = env.scope(d.file);
            scope.bindings = bindings;
            out.resources.push(RawResource {
                address: format!("{base}{suffix}"),
                module: env.prefix.clone(),
                ty: d.ty.clone(),
                attrs: scope.charged_in_total(eval_body(&scope, &d.body, true)),
                location: location.clone(),
                default_tags: env.default_tags.clone(),
                uncertain: uncertain.clone(),
            });
        }
    }
    for o in &module.outputs {
        out.outputs
            .insert(o.name.clone(), env.scope(o.file).eval(&o.expr));
    }
    for call in &module.calls {
        let child = env.child(&call.ty);
        if let Ok(instances) = &child.instances {
            for (_, ev) in instances {
                out.resources.extend(ev.resources.iter().cloned());
                out.files.extend(ev.files.iter().cloned());
                out.diagnostics.extend(ev.diagnostics.iter().cloned());
            }
        }
    }
    out.diagnostics.extend(env.diagnostics.take());
    out
}

fn variables(env: &Env<'_>, inputs: Inputs) -> HashMap<String, Node> {
    let module = env.module;
    let mut values: HashMap<String, Node> = HashMap::new();
    // (name, value, whether the value is written in the repository).
    let given: Vec<(String, Node, bool)> = match inputs {
        Inputs::Module(given) => given.into_iter().map(|(k, n)| (k, n, true)).collect(),
        Inputs::Root(given) => given
            .into_iter()
            .map(|(name, v)| match v {
                RootValue::Value(n, committed) => (name, n, committed),
                RootValue::Text(t) => {
                    let ty = module
                        .variables
                        .iter()
                        .find(|x| x.name == name)
                        .map_or(VarType::String, |x| x.ty);
                    let n = from_text(env, &t, ty);
                    (name, n, false)
                }
            })
            .collect(),
    };
    for v in &module.variables {
        let given = given
            .iter()
            .rev()
            .find(|(n, _, _)| *n == v.name)
            .map(|(_, n, committed)| (n.clone(), *committed));
        let (value, committed) = match (given, &v.default) {
            (Some(g), _) => g,
            (None, Some(d)) => (env.scope(v.file).eval(d), true),
            (None, None) => (
                unknown(
                    format!(
                        "comes from variable '{}', which has no default and no value was given (--var, --var-file)",
                        v.name
                    ),
                    None,
                ),
                false,
            ),
        };
        values.insert(
            v.name.clone(),
            hide_sensitive(v.sensitive, value, committed),
        );
    }
    values
}

/// The value of a `sensitive` variable is hidden: a literal written in the repository (its
/// default, the module's own `.tfvars`, a caller's argument) is a [`Value::LiteralSecret`],
/// anything else (`--var`, `--var-file`, a generated or referenced value) a [`Value::Secret`].
fn hide_sensitive(sensitive: bool, value: Node, committed: bool) -> Node {
    if !sensitive || matches!(value.value, Value::Null | Value::Unknown(_)) {
        return value;
    }
    let literal = match &value.value {
        Value::Secret | Value::Ref { .. } => false,
        Value::LiteralSecret => true,
        _ => {
            committed
                && crate::eval::first_opaque(&value).is_none()
                && !crate::eval::has_ref(&value)
        }
    };
    let hidden = if literal {
        Value::LiteralSecret
    } else {
        Value::Secret
    };
    Node::new(hidden, value.location)
}

fn from_text(env: &Env<'_>, text: &str, ty: VarType) -> Node {
    let v = match ty {
        VarType::String => Value::Str(text.to_string()),
        VarType::Bool => match text {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => Value::Unknown(format!("{}'{text}' is not a bool", crate::eval::INVALID)),
        },
        VarType::Number => match text.trim().parse::<f64>() {
            Ok(f) => crate::eval::number_value(f),
            Err(_) => Value::Unknown(format!("{}'{text}' is not a number", crate::eval::INVALID)),
        },
        VarType::Complex => {
            let file = SourceFile::new("<--var>", text.to_string());
            return match hcl_edit::parser::parse_expr(text) {
                Ok(e) => {
                    let mut n = Scope::new(env, &file).eval(&e);
                    n.walk_mut_locations();
                    n
                }
                Err(e) => invalid(format!("--var value '{text}': {}", e.message()), None),
            };
        }
    };
    Node::bare(v)
}

/// Clearing locations of values parsed from command-line text (they have no file).
trait ClearLocations {
    fn walk_mut_locations(&mut self);
}

impl ClearLocations for Node {
    fn walk_mut_locations(&mut self) {
        self.location = None;
        match &mut self.value {
            Value::List(items) => items.iter_mut().for_each(|n| n.walk_mut_locations()),
            Value::Map(entries) => entries.iter_mut().for_each(|(_, n)| n.walk_mut_locations()),
            _ => {}
        }
    }
}

/// The root `provider "aws"` block's `default_tags { tags = ... }` (the unaliased one).
fn provider_default_tags(env: &Env<'_>) -> Option<Node> {
    let p = env
        .module
        .providers
        .iter()
        .find(|p| p.ty == "aws" && p.body.get_attribute("alias").is_none())?;
    let dt = p.body.get_blocks("default_tags").next()?;
    let tags = dt.body.get_attribute("tags")?;
    Some(env.scope(p.file).eval(&tags.value))
}

/// Parses a `.tfvars` file into (name, value) pairs; a syntax error becomes a diagnostic.
pub fn read_tfvars(
    module: &Module,
    loader: &dyn Loader,
    file: SourceFile,
) -> Result<Vec<(String, Node)>, Diagnostic> {
    let body = crate::config::parse_file(&file)?;
    let env = Env::new(
        module,
        String::new(),
        loader,
        Frame {
            chain: Vec::new(),
            rel: PathBuf::from("."),
            budget: Rc::default(),
        },
    );
    let scope = Scope::new(&env, &file);
    Ok(body
        .into_attributes()
        .map(|a| {
            let loc = a.span();
            let mut v = scope.eval(&a.value);
            if v.location.is_none() {
                v.location = file.span(loc);
            }
            (a.key.as_str().to_string(), v)
        })
        .collect())
}

/// Why a block's instances are unknown (`its count …`, `its for_each …`, from
/// `expansion`) as a Fluent message, when the reason after it has one.
fn expansion_l10n(why: &str) -> Option<MessagePart> {
    let (id, reason) = match why.strip_prefix("its count ") {
        Some(r) => ("diag-tf-its-count", r),
        None => ("diag-tf-its-for-each", why.strip_prefix("its for_each ")?),
    };
    Some(MessagePart::new(id, &[]).with("reason", phiguard_model::reason_l10n(reason)?))
}

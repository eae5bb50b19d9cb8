//! One Terraform module directory, parsed: its variables, locals, resources, data
//! sources, module calls, outputs and provider blocks, each with the file it is in.

use crate::source::SourceFile;
use hcl_edit::Span;
use hcl_edit::expr::Expression;
use hcl_edit::structure::{Block, Body, Structure};
use phiguard_model::{Diagnostic, Location};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A labelled block: `resource "aws_s3_bucket" "logs" { ... }`, `module "x" { ... }`.
#[derive(Debug)]
pub struct Decl {
    /// First label (the resource type; the name for `module`, `provider`, `variable`).
    pub ty: String,
    /// Second label (the resource name), empty for one-label blocks.
    pub name: String,
    /// The block body.
    pub body: Body,
    /// Index of the file in [`Module::files`].
    pub file: usize,
    /// Byte span of the block.
    pub span: Option<Range<usize>>,
}

/// The type constraint of a variable, as far as value conversion needs it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarType {
    /// `string`, or no type (command-line values are strings).
    String,
    /// `number`.
    Number,
    /// `bool`.
    Bool,
    /// Anything else (`list(...)`, `map(...)`, `object(...)`, `any`): values are HCL expressions.
    Complex,
}

/// A `variable` block.
#[derive(Debug)]
pub struct Variable {
    /// Variable name.
    pub name: String,
    /// The default, if any.
    pub default: Option<Expression>,
    /// Type constraint.
    pub ty: VarType,
    /// `sensitive = true`.
    pub sensitive: bool,
    /// Index of the file in [`Module::files`].
    pub file: usize,
}

/// A named expression: a local value or an output.
#[derive(Debug)]
pub struct Named {
    /// The name.
    pub name: String,
    /// The expression.
    pub expr: Expression,
    /// Index of the file in [`Module::files`].
    pub file: usize,
}

/// A parsed module directory.
#[derive(Debug, Default)]
pub struct Module {
    /// The directory.
    pub dir: PathBuf,
    /// Its files, in name order.
    pub files: Vec<Arc<SourceFile>>,
    /// `variable` blocks.
    pub variables: Vec<Variable>,
    /// Entries of `locals` blocks.
    pub locals: Vec<Named>,
    /// `resource` blocks.
    pub resources: Vec<Decl>,
    /// `data` blocks.
    pub data: Vec<Decl>,
    /// `module` blocks (`ty` holds the call name).
    pub calls: Vec<Decl>,
    /// `output` blocks.
    pub outputs: Vec<Named>,
    /// `provider` blocks (`ty` holds the provider name).
    pub providers: Vec<Decl>,
    /// Files that could not be parsed.
    pub diagnostics: Vec<Diagnostic>,
}

impl Module {
    /// Parses the files of one module directory. A file that does not parse gives a
    /// located error and is left out; the others are still read.
    pub fn parse(dir: &Path, files: Vec<Arc<SourceFile>>) -> Module {
        let mut m = Module {
            dir: dir.to_path_buf(),
            ..Module::default()
        };
        for (i, f) in files.iter().enumerate() {
            match parse_file(f) {
                Ok(body) => m.add_body(i, body),
                Err(d) => m.diagnostics.push(d),
            }
        }
        m.files = files;
        m
    }

    fn add_body(&mut self, file: usize, body: Body) {
        for s in body {
            let Structure::Block(b) = s else { continue };
            let span = b.span();
            let labels: Vec<String> = b.labels.iter().map(|l| l.as_str().to_string()).collect();
            let label = |i: usize| labels.get(i).cloned().unwrap_or_default();
            let decl = |b: Block| Decl {
                ty: label(0),
                name: label(1),
                body: b.body,
                file,
                span: span.clone(),
            };
            match b.ident.as_str() {
                "resource" if labels.len() == 2 => self.resources.push(decl(b)),
                "data" if labels.len() == 2 => self.data.push(decl(b)),
                "module" if labels.len() == 1 => self.calls.push(decl(b)),
                "provider" if labels.len() == 1 => self.providers.push(decl(b)),
                "variable" if labels.len() == 1 => {
                    let attr = |k: &str| b.body.get_attribute(k).map(|a| a.value.clone());
                    self.variables.push(Variable {
                        name: label(0),
                        default: attr("default"),
                        ty: attr("type").map_or(VarType::String, |t| var_type(&t)),
                        sensitive: attr("sensitive").and_then(|e| e.as_bool()) == Some(true),
                        file,
                    });
                }
                "locals" => {
                    for a in b.body.into_attributes() {
                        self.locals.push(Named {
                            name: a.key.as_str().to_string(),
                            expr: a.value,
                            file,
                        });
                    }
                }
                "output" if labels.len() == 1 => {
                    if let Some(a) = b.body.get_attribute("value") {
                        self.outputs.push(Named {
                            name: label(0),
                            expr: a.value.clone(),
                            file,
                        });
                    }
                }
                _ => {}
            }
        }
    }

    /// The location of a declaration's block.
    pub fn location(&self, file: usize, span: Option<Range<usize>>) -> Location {
        let f = &self.files[file];
        f.span(span).unwrap_or_else(|| f.start())
    }
}

/// Parses one file's text; a syntax error becomes a located diagnostic.
pub fn parse_file(f: &SourceFile) -> Result<Body, Diagnostic> {
    hcl_edit::parser::parse_body(&f.text).map_err(|e| {
        let l = e.location();
        Diagnostic::error(
            &f.path,
            Some(f.line_col(l.line() as u32, l.column() as u32)),
            format!("cannot parse Terraform file: {}", e.message()),
        )
        .l10n("diag-tf-parse", &[("error", e.message())])
    })
}

fn var_type(e: &Expression) -> VarType {
    match e {
        Expression::Variable(v) => match v.as_str() {
            "string" => VarType::String,
            "number" => VarType::Number,
            "bool" => VarType::Bool,
            _ => VarType::Complex,
        },
        Expression::String(s) => match s.as_str() {
            "string" => VarType::String,
            "number" => VarType::Number,
            "bool" => VarType::Bool,
            _ => VarType::Complex,
        },
        _ => VarType::Complex,
    }
}

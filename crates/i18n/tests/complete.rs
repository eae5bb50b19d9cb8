//! Every language has every English message (or lists it, exactly, as not yet
//! translated), no message English does not have, files that parse, and no variable
//! English does not pass.

use fluent_bundle::FluentResource;
use phiguard_i18n::{FILES, Lang, sources, untranslated};
use std::collections::{BTreeMap, BTreeSet};

/// Message ids of one file, and the `$variables` each one uses.
fn messages(src: &str) -> BTreeMap<String, BTreeSet<String>> {
    let mut out: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut current = None;
    for line in src.lines() {
        let first = line.chars().next();
        if first.is_some_and(|c| c.is_ascii_alphabetic())
            && let Some((id, _)) = line.split_once(" =")
        {
            current = Some(id.trim().to_string());
            out.entry(id.trim().to_string()).or_default();
        } else if first == Some('#') {
            current = None;
        }
        if let Some(id) = &current {
            let vars = line.split('$').skip(1).map(|rest| {
                rest.chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || *c == '-' || *c == '_')
                    .collect::<String>()
            });
            out.get_mut(id).unwrap().extend(vars);
        }
    }
    out
}

fn all_messages(lang: Lang) -> (BTreeMap<String, BTreeSet<String>>, Vec<String>) {
    let mut all = BTreeMap::new();
    let mut problems = Vec::new();
    for (file, src) in FILES.iter().zip(sources(lang)) {
        if let Err((_, errors)) = FluentResource::try_new(src.to_string()) {
            problems.push(format!("{lang}/{file}.ftl does not parse: {errors:?}"));
        }
        for (id, vars) in messages(src) {
            if all.insert(id.clone(), vars).is_some() {
                problems.push(format!("{lang}/{file}.ftl: {id} is defined twice"));
            }
        }
    }
    (all, problems)
}

#[test]
fn every_language_has_every_message() {
    let (english, mut problems) = all_messages(Lang::En);
    assert!(
        english.len() > 500,
        "English has only {} messages",
        english.len()
    );
    for lang in Lang::ALL.into_iter().skip(1) {
        let (have, p) = all_messages(lang);
        problems.extend(p);
        let listed: BTreeSet<&str> = untranslated(lang)
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let missing: Vec<&String> = english
            .keys()
            .filter(|id| !have.contains_key(*id) && !listed.contains(id.as_str()))
            .collect();
        if !missing.is_empty() {
            problems.push(format!("{lang}: missing (translate, or list in locales/{lang}/untranslated.txt): {missing:?}"));
        }
        let orphans: Vec<&String> = have
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        if !orphans.is_empty() {
            problems.push(format!("{lang}: ids English does not have: {orphans:?}"));
        }
        let stale: Vec<&&str> = listed
            .iter()
            .filter(|id| have.contains_key(**id) || !english.contains_key(**id))
            .collect();
        if !stale.is_empty() {
            problems.push(format!(
                "{lang}/untranslated.txt lists ids that are translated or gone: {stale:?}"
            ));
        }
        for (id, vars) in &have {
            if let Some(en) = english.get(id)
                && let extra = vars.difference(en).collect::<Vec<_>>()
                && !extra.is_empty()
            {
                problems.push(format!(
                    "{lang}: {id} uses variables English does not pass: {extra:?}"
                ));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_english_files_parse_and_have_unique_ids() {
    let (_, problems) = all_messages(Lang::En);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

//! The schema's versions: one numbered SQL file per version and backend, applied in order
//! inside one transaction and recorded in `phiguard_schema`.

/// SQLite migrations, version 1 first.
pub const SQLITE: &[(i64, &str)] = &[(1, include_str!("../migrations/sqlite/0001_scans.sql"))];

/// PostgreSQL migrations, version 1 first.
pub const POSTGRES: &[(i64, &str)] = &[(1, include_str!("../migrations/postgres/0001_scans.sql"))];

/// The migrations after `current`; an error when the store is newer than this phiguard.
pub fn pending(
    all: &'static [(i64, &'static str)],
    current: i64,
    store: &str,
) -> Result<&'static [(i64, &'static str)], crate::Error> {
    let latest = all.last().map_or(0, |m| m.0);
    if current > latest {
        return Err(crate::Error::Newer {
            store: store.to_string(),
            current,
            latest,
        });
    }
    Ok(&all[all.iter().take_while(|m| m.0 <= current).count()..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_numbered_in_order_and_match_file_names() {
        for all in [SQLITE, POSTGRES] {
            for (i, (v, _)) in all.iter().enumerate() {
                assert_eq!(*v, i as i64 + 1);
            }
        }
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
        for (backend, all) in [("sqlite", SQLITE), ("postgres", POSTGRES)] {
            let files = std::fs::read_dir(dir.join(backend)).unwrap().count();
            assert_eq!(files, all.len(), "every {backend} migration file is listed");
        }
        assert_eq!(pending(SQLITE, 0, "x").unwrap().len(), SQLITE.len());
        assert!(
            pending(SQLITE, SQLITE.len() as i64, "x")
                .unwrap()
                .is_empty()
        );
        let e = pending(SQLITE, 99, "h.db").unwrap_err().to_string();
        assert!(e.contains("version 99, newer than this phiguard"), "{e}");
    }
}

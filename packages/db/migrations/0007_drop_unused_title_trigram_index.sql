-- The trigram index on fold_vi(title) (0001) was never used: the activity
-- search matches title OR channel/notes, and an OR with an unindexed side is a
-- sequential scan whatever the index (EXPLAIN, 100,000 activities on
-- PostgreSQL 15: 268 ms either way). Maintaining it cost about 1.6 s of every
-- 100,000 imported rows on the embedded database. fold_vi() stays: the search
-- uses it.
DROP INDEX IF EXISTS activities_title_fold_trgm;

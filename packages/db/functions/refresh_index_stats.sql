-- refresh_index_stats(): current text, as the database holds it after migration 0021_profile_figures_year_before.sql.
-- To change it: edit this file, then add a migration carrying the same text (test/functions.test.ts keeps them equal).
CREATE OR REPLACE FUNCTION public.refresh_index_stats()
 RETURNS void
 LANGUAGE plpgsql
 SET work_mem TO '64MB'
AS $function$
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext('refresh_index_stats'));
  DELETE FROM index_value_stats;
  DELETE FROM index_group_stats;
  DELETE FROM index_stats;
  DELETE FROM index_profile_figures;
  INSERT INTO index_stats (index_code, component_key, year, version_code, n, mean, sd, median, q1, q3, min, max, best, worst)
    SELECT v.index_code, coalesce(v.component_id, ''), v.year, v.version_code, count(v.value),
           avg(v.value::float8), stddev_pop(v.value::float8),
           percentile_cont(0.5) WITHIN GROUP (ORDER BY v.value::float8),
           percentile_cont(0.25) WITHIN GROUP (ORDER BY v.value::float8),
           percentile_cont(0.75) WITHIN GROUP (ORDER BY v.value::float8),
           min(v.value::float8), max(v.value::float8),
           CASE WHEN bool_and(i.higher_is_better) THEN max(v.value::float8) ELSE min(v.value::float8) END,
           CASE WHEN bool_and(i.higher_is_better) THEN min(v.value::float8) ELSE max(v.value::float8) END
    FROM index_values v JOIN indices i ON i.code = v.index_code
    GROUP BY 1, 2, 3, 4;
  INSERT INTO index_value_stats (value_id, rank, out_of, z_score, percentile)
    SELECT r.id, r.rank, r.n,
           CASE WHEN r.n > 1 AND s.sd > 0 THEN (r.value - s.mean) / s.sd END,
           100 * (r.n - r.rank + 1)::float8 / r.n
    FROM (
      SELECT v.id, v.index_code, coalesce(v.component_id, '') AS component_key, v.year, v.version_code, v.value::float8 AS value,
             rank() OVER (PARTITION BY v.index_code, v.component_id, v.year, v.version_code
                          ORDER BY CASE WHEN i.higher_is_better THEN -v.value ELSE v.value END) AS rank,
             count(*) OVER (PARTITION BY v.index_code, v.component_id, v.year, v.version_code) AS n
      FROM index_values v JOIN indices i ON i.code = v.index_code
      WHERE v.value IS NOT NULL
    ) r
    JOIN index_stats s ON s.index_code = r.index_code AND s.component_key = r.component_key AND s.year = r.year AND s.version_code = r.version_code;
  INSERT INTO index_group_stats (index_code, component_key, year, version_code, group_kind, group_code, n, mean)
    SELECT v.index_code, coalesce(v.component_id, ''), v.year, v.version_code, 'region', coalesce(p.region_code, ''),
           count(v.value), avg(v.value::float8)
    FROM index_values v LEFT JOIN provinces p ON p.code = v.subject_code
    GROUP BY 1, 2, 3, 4, 6
    UNION ALL
    SELECT v.index_code, coalesce(v.component_id, ''), v.year, v.version_code, 'peer', m.peer_group_code,
           count(v.value), avg(v.value::float8)
    FROM index_values v
    JOIN index_peer_membership m ON m.province_code = v.subject_code
      AND (m.first_year IS NULL OR v.year >= m.first_year) AND (m.last_year IS NULL OR v.year <= m.last_year)
    GROUP BY 1, 2, 3, 4, 6;
  -- Each value beside its measures, its distribution's and region's figures, the year
  -- before's (when the subject has a value then) and its default peer group's mean: the
  -- profile reads one index range of rows, written here in that order (0021).
  INSERT INTO index_profile_figures (value_id, subject_code, year, index_code, component_id, component_key, parent_key,
                                     version_code, value, published_rank, published_out_of, status, rank, out_of, z_score,
                                     percentile, mean, median, best, region_mean, peer_group_code, peer_mean,
                                     previous_value, previous_rank, previous_published_rank, previous_version, previous_percentile)
    -- Materialized: peer_group_of() once per subject and year, not per value.
    WITH peers AS MATERIALIZED (
      SELECT s.subject_code, s.year, coalesce(peer_group_of(s.subject_code, s.year), '') AS peer_group_code
      FROM (SELECT DISTINCT subject_code, year FROM index_values) s
    ), f AS (
      SELECT v.id, v.subject_code, v.year, v.index_code, v.component_id, coalesce(v.component_id, '') AS component_key,
             coalesce(c.parent_id, '') AS parent_key, v.version_code,
             v.value::float8 AS value, v.published_rank, v.published_out_of, v.status::text AS status, vs.rank,
             coalesce(st.n, 0) AS out_of, vs.z_score, vs.percentile, st.mean, st.median, st.best, rg.mean AS region_mean,
             pm.peer_group_code, pg.mean AS peer_mean
      FROM index_values v
      LEFT JOIN peers pm ON pm.subject_code = v.subject_code AND pm.year = v.year
      LEFT JOIN index_components c ON c.id = v.component_id
      LEFT JOIN provinces p ON p.code = v.subject_code
      LEFT JOIN index_value_stats vs ON vs.value_id = v.id
      LEFT JOIN index_stats st ON st.index_code = v.index_code AND st.component_key = coalesce(v.component_id, '')
        AND st.year = v.year AND st.version_code = v.version_code
      LEFT JOIN index_group_stats rg ON rg.index_code = st.index_code AND rg.component_key = st.component_key
        AND rg.year = st.year AND rg.version_code = st.version_code AND rg.group_kind = 'region' AND rg.group_code = coalesce(p.region_code, '')
      LEFT JOIN index_group_stats pg ON pg.index_code = st.index_code AND pg.component_key = st.component_key
        AND pg.year = st.year AND pg.version_code = st.version_code AND pg.group_kind = 'peer' AND pg.group_code = pm.peer_group_code
    )
    -- The year before: the row before in the subject's series of that index and component, if it is year − 1's.
    SELECT f.id, f.subject_code, f.year, f.index_code, f.component_id, f.component_key, f.parent_key,
           f.version_code, f.value, f.published_rank, f.published_out_of, f.status, f.rank, f.out_of, f.z_score,
           f.percentile, f.mean, f.median, f.best, f.region_mean, f.peer_group_code, f.peer_mean,
           CASE WHEN lag(f.year) OVER w = f.year - 1 THEN lag(f.value) OVER w END,
           CASE WHEN lag(f.year) OVER w = f.year - 1 THEN lag(f.rank) OVER w END,
           CASE WHEN lag(f.year) OVER w = f.year - 1 THEN lag(f.published_rank) OVER w END,
           CASE WHEN lag(f.year) OVER w = f.year - 1 THEN lag(f.version_code) OVER w END,
           CASE WHEN lag(f.year) OVER w = f.year - 1 THEN lag(f.percentile) OVER w END
    FROM f
    WINDOW w AS (PARTITION BY f.subject_code, f.index_code, f.component_key ORDER BY f.year)
    ORDER BY f.subject_code, f.year, f.parent_key, f.index_code, f.component_key;
END $function$
;

-- refresh_index_stats(): current text, as the database holds it after migration 0019_index_profile_figures.sql.
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
  -- Each value beside its measures and its distribution's and region's figures, for the
  -- profile: one index range scan per subject and year instead of four lookups per value.
  INSERT INTO index_profile_figures (value_id, subject_code, year, index_code, component_id, component_key, version_code,
                                     value, published_rank, published_out_of, status, rank, out_of, z_score, percentile,
                                     mean, median, best, region_mean)
    SELECT v.id, v.subject_code, v.year, v.index_code, v.component_id, coalesce(v.component_id, ''), v.version_code,
           v.value::float8, v.published_rank, v.published_out_of, v.status::text, vs.rank, coalesce(st.n, 0), vs.z_score, vs.percentile,
           st.mean, st.median, st.best, rg.mean
    FROM index_values v
    LEFT JOIN provinces p ON p.code = v.subject_code
    LEFT JOIN index_value_stats vs ON vs.value_id = v.id
    LEFT JOIN index_stats st ON st.index_code = v.index_code AND st.component_key = coalesce(v.component_id, '')
      AND st.year = v.year AND st.version_code = v.version_code
    LEFT JOIN index_group_stats rg ON rg.index_code = st.index_code AND rg.component_key = st.component_key
      AND rg.year = st.year AND rg.version_code = st.version_code AND rg.group_kind = 'region' AND rg.group_code = coalesce(p.region_code, '');
END $function$
;

select "year", "value", "published_rank", "published_out_of", "status", "version_code", "source_url", "note" from "index_values" where ("index_values"."subject_code" = $1 and "index_values"."index_code" = $2 and "index_values"."component_id" is null) order by "index_values"."year" asc

select "year", "value", "published_rank", "published_out_of", "status", "version_code", "source_url", "note" from "index_values" where ("index_values"."subject_code" = $1 and "index_values"."index_code" = $2 and "index_values"."component_id" is null) order by "index_values"."year" asc

select "code", "index_code", "name_vi", "first_year", "last_year", "total_min", "total_max", "legal_basis", "source_url", "notes" from "methodology_versions" where "methodology_versions"."code" in ($1, $2)
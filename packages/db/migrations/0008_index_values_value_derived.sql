-- Whether a value was computed here from published parts (a PAPI dimension or
-- total summed from what it is made of) rather than read from a publication.
-- The importer uses it so a derived figure never silently replaces a figure
-- read from a publication (Nghệ An PAPI 2017: 35,77 printed, 35,7539 summed).
ALTER TABLE "index_values" ADD COLUMN "value_derived" boolean DEFAULT false NOT NULL;
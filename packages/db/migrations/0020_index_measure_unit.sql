-- Tracker #20, one meaning per word: `unit` is an organisational unit (an activity's, a
-- target's, a plan's); an index's unit of measure ("%", "điểm") is now measure_unit.
ALTER TABLE "indices" RENAME COLUMN "unit" TO "measure_unit";

-- A bulk import inserts with session_replication_role = replica, which skips
-- the per-row foreign-key triggers (the importer checks the same references
-- set-based, locking the referenced rows as those triggers would). The data
-- version must still move on every write, so its triggers fire ALWAYS, in any
-- replication role.
ALTER TABLE activities ENABLE ALWAYS TRIGGER activities_data_version;--> statement-breakpoint
ALTER TABLE activity_topics ENABLE ALWAYS TRIGGER activity_topics_data_version;

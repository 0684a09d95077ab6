-- Covering indexes for the story page, which counts a story's reports per outlet and its copies
-- from link rows: without them each report costs a read of its row, text and all.
CREATE INDEX IF NOT EXISTS reports_outlet ON reports(id, outlet);
CREATE INDEX IF NOT EXISTS report_sources_first ON report_sources(report_id, position, name);
CREATE INDEX IF NOT EXISTS link_items_ref_id ON link_items(kind, ref, id);

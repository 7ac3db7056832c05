-- Performance of the value store (docs/adr/0009): cheap change markers for caches of the territory hierarchy, and one
-- index less to maintain on every value written.

-- Territories.revision(): max(updated_at) by an index scan instead of reading the whole table on every request
CREATE INDEX territory_updated_idx ON territory (updated_at);
CREATE INDEX territory_population_updated_idx ON territory_population (updated_at);

-- The time series of a territory is read through the unique index (indicator_id, territory_id, period) and sorted in
-- memory (at most a few hundred periods); the separate series index only cost time on every insert.
DROP INDEX indicator_value_series_idx;
